// katalog's phone calls: a plain C face over Google's libphonenumber (C++), so that no Swift
// module needs C++ interop. Only this target includes libphonenumber; only KatalogContent imports
// it. Every C++ exception is caught inside.
#ifndef KATALOG_CPHONE_H
#define KATALOG_CPHONE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What libphonenumber made of a text, read as a number dialled in `region`.
typedef struct {
    /// 0 when the text parsed as a number; else libphonenumber's ErrorType (1 invalid country code,
    /// 2 not a number, 3 too short after the international prefix, 4 too short, 5 too long).
    int parse_error;
    /// The country calling code (62 for Indonesia).
    int country_code;
    /// 1 when the number is valid (a real number plan's range and length).
    int valid;
    /// libphonenumber's PhoneNumberType: 0 fixed line, 1 mobile, 2 fixed line or mobile, 3 toll
    /// free, 4 premium rate, 5 shared cost, 6 VoIP, 7 personal, 8 pager, 9 UAN, 10 voicemail,
    /// 11 unknown.
    int type;
    /// The region of the number ("ID", "MY", "US"; "ZZ" when unknown).
    char region[4];
    /// The national significant number, digits only.
    char national[24];
} cphone_info;

/// Parses `text` (UTF-8) as dialled in `region` ("ID"). Returns 0, or -1 on an internal failure.
int cphone_parse(const char *text, const char *region, cphone_info *info);

/// The geocoder's description of the number `+<country_code> <national>` in `language` ("id",
/// "en"), as seen from `user_region`: an Indonesian landline's area ("Medan"), or a foreign
/// number's country ("Malaysia"). Writes "" when there is none. Returns 0, or -1 on a failure.
int cphone_describe(
    int country_code, const char *national, const char *language, const char *user_region, char *out, size_t size);

#ifdef __cplusplus
}
#endif

#endif
