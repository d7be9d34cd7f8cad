// See include/cphone.h. libphonenumber's PhoneNumberUtil is a thread-safe singleton; the geocoder
// is made once and only read afterwards.
#include "cphone.h"

#include <cstring>
#include <exception>
#include <memory>
#include <string>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

void copy(const std::string &text, char *out, size_t size) {
    if (size == 0) return;
    size_t length = text.size() < size - 1 ? text.size() : size - 1;
    std::memcpy(out, text.data(), length);
    out[length] = 0;
}

const PhoneNumberOfflineGeocoder &geocoder() {
    // Made on first use, thread-safely (a C++11 static), never freed.
    static const PhoneNumberOfflineGeocoder *instance = new PhoneNumberOfflineGeocoder();
    return *instance;
}

}  // namespace

extern "C" int cphone_parse(const char *text, const char *region, cphone_info *info) {
    try {
        std::memset(info, 0, sizeof(*info));
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        PhoneNumber number;
        PhoneNumberUtil::ErrorType error = util.Parse(text, region, &number);
        info->parse_error = static_cast<int>(error);
        if (error != PhoneNumberUtil::NO_PARSING_ERROR) return 0;
        info->country_code = number.country_code();
        info->valid = util.IsValidNumber(number) ? 1 : 0;
        info->type = static_cast<int>(util.GetNumberType(number));
        std::string code;
        util.GetRegionCodeForNumber(number, &code);
        copy(code, info->region, sizeof(info->region));
        std::string national;
        util.GetNationalSignificantNumber(number, &national);
        copy(national, info->national, sizeof(info->national));
        return 0;
    } catch (...) {
        return -1;
    }
}

extern "C" int cphone_describe(
    int country_code, const char *national, const char *language, const char *user_region, char *out, size_t size) {
    try {
        if (size > 0) out[0] = 0;
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        PhoneNumber number;
        std::string text = std::string("+") + std::to_string(country_code) + national;
        if (util.Parse(text, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return -1;
        icu::Locale locale(language);
        copy(geocoder().GetDescriptionForNumber(number, locale, user_region), out, size);
        return 0;
    } catch (...) {
        return -1;
    }
}
