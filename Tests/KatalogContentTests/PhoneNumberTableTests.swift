import Testing

@testable import KatalogContent

/// Numbers written the ways Indonesians write them, through the whole path a producer's file takes
/// (`Fields.phoneNumber`, libphonenumber inside): each with its E.164 and display, or its
/// diagnostic code and exact message: mobiles of every operator prefix in every written form,
/// landlines, every international prefix form, every copy-paste character, foreign and service
/// numbers, labels, extensions and letters, too short, too long and no such number.
@Suite struct PhoneNumberTableTests {
    enum Expected: Sendable {
        case number(e164: String, display: String, warning: (code: String, message: String)?)
        case refused(code: String, message: String)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let written: String
        let key: String
        let expected: Expected
        init(_ written: String, _ key: String, _ expected: Expected) {
            self.written = written
            self.key = key
            self.expected = expected
        }
        var testDescription: String { "\(key): \(written.debugDescription)" }
    }

    static let rows: [Row] = [
        Row("0811-6789-7890", "phone", .number(e164: "+6281167897890", display: "0811-6789-7890", warning: nil)),
        Row("0811 6789 7890", "whatsapp", .number(e164: "+6281167897890", display: "0811-6789-7890", warning: nil)),
        Row("0812-7900-7927", "phone", .number(e164: "+6281279007927", display: "0812-7900-7927", warning: nil)),
        Row("0812.7900.7927", "phone", .number(e164: "+6281279007927", display: "0812-7900-7927", warning: nil)),
        Row("0813-9011-7964", "phone", .number(e164: "+6281390117964", display: "0813-9011-7964", warning: nil)),
        Row("+62 813 9011 7964", "phone", .number(e164: "+6281390117964", display: "0813-9011-7964", warning: nil)),
        Row("0821-0122-8001", "phone", .number(e164: "+6282101228001", display: "0821-0122-8001", warning: nil)),
        Row("6282101228001", "whatsapp", .number(e164: "+6282101228001", display: "0821-0122-8001", warning: nil)),
        Row("0822-1233-8038", "phone", .number(e164: "+6282212338038", display: "0822-1233-8038", warning: nil)),
        Row("0062 822 1233 8038", "phone", .number(e164: "+6282212338038", display: "0822-1233-8038", warning: nil)),
        Row("0823-2344-8075", "phone", .number(e164: "+6282323448075", display: "0823-2344-8075", warning: nil)),
        Row("(+62) 823-2344-8075", "phone", .number(e164: "+6282323448075", display: "0823-2344-8075", warning: nil)),
        Row("0851-3455-8112", "phone", .number(e164: "+6285134558112", display: "0851-3455-8112", warning: nil)),
        Row(
            "+62 (0)851 3455 8112", "whatsapp", .number(e164: "+6285134558112", display: "0851-3455-8112", warning: nil)
        ),
        Row("0852-4566-8149", "phone", .number(e164: "+6285245668149", display: "0852-4566-8149", warning: nil)),
        Row("0852 4566 8149", "phone", .number(e164: "+6285245668149", display: "0852-4566-8149", warning: nil)),
        Row("0853-5677-8186", "phone", .number(e164: "+6285356778186", display: "0853-5677-8186", warning: nil)),
        Row("0853.5677.8186", "phone", .number(e164: "+6285356778186", display: "0853-5677-8186", warning: nil)),
        Row("0814-6788-8223", "phone", .number(e164: "+6281467888223", display: "0814-6788-8223", warning: nil)),
        Row("+62 814 6788 8223", "whatsapp", .number(e164: "+6281467888223", display: "0814-6788-8223", warning: nil)),
        Row("0815-7899-8260", "phone", .number(e164: "+6281578998260", display: "0815-7899-8260", warning: nil)),
        Row("6281578998260", "phone", .number(e164: "+6281578998260", display: "0815-7899-8260", warning: nil)),
        Row("0816-9010-8297", "phone", .number(e164: "+6281690108297", display: "0816-9010-8297", warning: nil)),
        Row("0062 816 9010 8297", "phone", .number(e164: "+6281690108297", display: "0816-9010-8297", warning: nil)),
        Row("0855-0121-8334", "phone", .number(e164: "+6285501218334", display: "0855-0121-8334", warning: nil)),
        Row(
            "(+62) 855-0121-8334", "whatsapp", .number(e164: "+6285501218334", display: "0855-0121-8334", warning: nil)),
        Row("0856-1232-8371", "phone", .number(e164: "+6285612328371", display: "0856-1232-8371", warning: nil)),
        Row("+62 (0)856 1232 8371", "phone", .number(e164: "+6285612328371", display: "0856-1232-8371", warning: nil)),
        Row("0857-2343-8408", "phone", .number(e164: "+6285723438408", display: "0857-2343-8408", warning: nil)),
        Row("0857 2343 8408", "phone", .number(e164: "+6285723438408", display: "0857-2343-8408", warning: nil)),
        Row("0858-3454-8445", "phone", .number(e164: "+6285834548445", display: "0858-3454-8445", warning: nil)),
        Row("0858.3454.8445", "whatsapp", .number(e164: "+6285834548445", display: "0858-3454-8445", warning: nil)),
        Row("0817-4565-8482", "phone", .number(e164: "+6281745658482", display: "0817-4565-8482", warning: nil)),
        Row("+62 817 4565 8482", "phone", .number(e164: "+6281745658482", display: "0817-4565-8482", warning: nil)),
        Row("0818-5676-8519", "phone", .number(e164: "+6281856768519", display: "0818-5676-8519", warning: nil)),
        Row("6281856768519", "phone", .number(e164: "+6281856768519", display: "0818-5676-8519", warning: nil)),
        Row("0819-6787-8556", "phone", .number(e164: "+6281967878556", display: "0819-6787-8556", warning: nil)),
        Row("0062 819 6787 8556", "whatsapp", .number(e164: "+6281967878556", display: "0819-6787-8556", warning: nil)),
        Row("0859-7898-8593", "phone", .number(e164: "+6285978988593", display: "0859-7898-8593", warning: nil)),
        Row("(+62) 859-7898-8593", "phone", .number(e164: "+6285978988593", display: "0859-7898-8593", warning: nil)),
        Row("0877-9009-8630", "phone", .number(e164: "+6287790098630", display: "0877-9009-8630", warning: nil)),
        Row("+62 (0)877 9009 8630", "phone", .number(e164: "+6287790098630", display: "0877-9009-8630", warning: nil)),
        Row("0878-0120-8667", "phone", .number(e164: "+6287801208667", display: "0878-0120-8667", warning: nil)),
        Row("0878 0120 8667", "whatsapp", .number(e164: "+6287801208667", display: "0878-0120-8667", warning: nil)),
        Row("0831-1231-8704", "phone", .number(e164: "+6283112318704", display: "0831-1231-8704", warning: nil)),
        Row("0831.1231.8704", "phone", .number(e164: "+6283112318704", display: "0831-1231-8704", warning: nil)),
        Row("0832-2342-8741", "phone", .number(e164: "+6283223428741", display: "0832-2342-8741", warning: nil)),
        Row("+62 832 2342 8741", "phone", .number(e164: "+6283223428741", display: "0832-2342-8741", warning: nil)),
        Row("0833-3453-8778", "phone", .number(e164: "+6283334538778", display: "0833-3453-8778", warning: nil)),
        Row("6283334538778", "whatsapp", .number(e164: "+6283334538778", display: "0833-3453-8778", warning: nil)),
        Row("0838-4564-8815", "phone", .number(e164: "+6283845648815", display: "0838-4564-8815", warning: nil)),
        Row("0062 838 4564 8815", "phone", .number(e164: "+6283845648815", display: "0838-4564-8815", warning: nil)),
        Row("0895-5675-8852", "phone", .number(e164: "+6289556758852", display: "0895-5675-8852", warning: nil)),
        Row("(+62) 895-5675-8852", "phone", .number(e164: "+6289556758852", display: "0895-5675-8852", warning: nil)),
        Row("0896-6786-8889", "phone", .number(e164: "+6289667868889", display: "0896-6786-8889", warning: nil)),
        Row(
            "+62 (0)896 6786 8889", "whatsapp", .number(e164: "+6289667868889", display: "0896-6786-8889", warning: nil)
        ),
        Row("0897-7897-8926", "phone", .number(e164: "+6289778978926", display: "0897-7897-8926", warning: nil)),
        Row("0897 7897 8926", "phone", .number(e164: "+6289778978926", display: "0897-7897-8926", warning: nil)),
        Row("0898-9008-8963", "phone", .number(e164: "+6289890088963", display: "0898-9008-8963", warning: nil)),
        Row("0898.9008.8963", "phone", .number(e164: "+6289890088963", display: "0898-9008-8963", warning: nil)),
        Row("0899-0119-9000", "phone", .number(e164: "+6289901199000", display: "0899-0119-9000", warning: nil)),
        Row("+62 899 0119 9000", "whatsapp", .number(e164: "+6289901199000", display: "0899-0119-9000", warning: nil)),
        Row("0881-1230-9037", "phone", .number(e164: "+6288112309037", display: "0881-1230-9037", warning: nil)),
        Row("6288112309037", "phone", .number(e164: "+6288112309037", display: "0881-1230-9037", warning: nil)),
        Row("0882-2341-9074", "phone", .number(e164: "+6288223419074", display: "0882-2341-9074", warning: nil)),
        Row("0062 882 2341 9074", "phone", .number(e164: "+6288223419074", display: "0882-2341-9074", warning: nil)),
        Row("0883-3452-9111", "phone", .number(e164: "+6288334529111", display: "0883-3452-9111", warning: nil)),
        Row(
            "(+62) 883-3452-9111", "whatsapp", .number(e164: "+6288334529111", display: "0883-3452-9111", warning: nil)),
        Row("0884-4563-9148", "phone", .number(e164: "+6288445639148", display: "0884-4563-9148", warning: nil)),
        Row("+62 (0)884 4563 9148", "phone", .number(e164: "+6288445639148", display: "0884-4563-9148", warning: nil)),
        Row("0885-5674-9185", "phone", .number(e164: "+6288556749185", display: "0885-5674-9185", warning: nil)),
        Row("0885 5674 9185", "phone", .number(e164: "+6288556749185", display: "0885-5674-9185", warning: nil)),
        Row("0886-6785-9222", "phone", .number(e164: "+6288667859222", display: "0886-6785-9222", warning: nil)),
        Row("0886.6785.9222", "whatsapp", .number(e164: "+6288667859222", display: "0886-6785-9222", warning: nil)),
        Row("0887-7896-9259", "phone", .number(e164: "+6288778969259", display: "0887-7896-9259", warning: nil)),
        Row("+62 887 7896 9259", "phone", .number(e164: "+6288778969259", display: "0887-7896-9259", warning: nil)),
        Row("0888-9007-9296", "phone", .number(e164: "+6288890079296", display: "0888-9007-9296", warning: nil)),
        Row("6288890079296", "phone", .number(e164: "+6288890079296", display: "0888-9007-9296", warning: nil)),
        Row("0889-0118-9333", "phone", .number(e164: "+6288901189333", display: "0889-0118-9333", warning: nil)),
        Row("0062 889 0118 9333", "whatsapp", .number(e164: "+6288901189333", display: "0889-0118-9333", warning: nil)),
        Row("0812-345-678", "phone", .number(e164: "+62812345678", display: "0812-345-678", warning: nil)),
        Row("0812-3456-789", "phone", .number(e164: "+628123456789", display: "0812-3456-789", warning: nil)),
        Row("0812-3456-78901", "phone", .number(e164: "+62812345678901", display: "0812-3456-78901", warning: nil)),
        Row(
            "0812\u{2011}3456\u{2011}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "0812\u{2013}3456\u{2013}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "0812\u{2014}3456\u{2014}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "0812\u{2212}3456\u{2212}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "0812\u{A0}3456\u{A0}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "0812\u{2009}3456\u{2009}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "\u{202A}0812-3456-7890\u{202C}", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "\u{200E}+62 812-3456-7890\u{200E}", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "0812\u{200B}3456\u{200B}7890", "phone",
            .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "\u{FEFF}0812 3456 7890", "phone", .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "\u{2066}(+62) 813-7025-4418\u{2069}", "whatsapp",
            .number(e164: "+6281370254418", display: "0813-7025-4418", warning: nil)),
        Row(
            "0812\u{9}3456\u{9}7890", "phone", .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row("(021) 1234 5678", "phone", .number(e164: "+622112345678", display: "(021) 1234-5678", warning: nil)),
        Row("021-5678-1234", "phone", .number(e164: "+622156781234", display: "(021) 5678-1234", warning: nil)),
        Row("(022) 4231 567", "phone", .number(e164: "+62224231567", display: "(022) 423-1567", warning: nil)),
        Row("(024) 8311 234", "phone", .number(e164: "+62248311234", display: "(024) 831-1234", warning: nil)),
        Row("(031) 5678 123", "phone", .number(e164: "+62315678123", display: "(031) 567-8123", warning: nil)),
        Row("(061) 786 5521", "phone", .number(e164: "+62617865521", display: "(061) 786-5521", warning: nil)),
        Row("(061) 845-2197", "phone", .number(e164: "+62618452197", display: "(061) 845-2197", warning: nil)),
        Row("0274 512345", "phone", .number(e164: "+62274512345", display: "(0274) 512345", warning: nil)),
        Row("(0274) 5123456", "phone", .number(e164: "+622745123456", display: "(0274) 512-3456", warning: nil)),
        Row("0321-593102", "phone", .number(e164: "+62321593102", display: "(0321) 593102", warning: nil)),
        Row("(0332) 431562", "phone", .number(e164: "+62332431562", display: "(0332) 431562", warning: nil)),
        Row("0341 551234", "phone", .number(e164: "+62341551234", display: "(0341) 551234", warning: nil)),
        Row("(0361) 234567", "phone", .number(e164: "+62361234567", display: "(0361) 234567", warning: nil)),
        Row("0721 482910", "phone", .number(e164: "+62721482910", display: "(0721) 482910", warning: nil)),
        Row("(0541) 741234", "phone", .number(e164: "+62541741234", display: "(0541) 741234", warning: nil)),
        Row("+62 274 512345", "phone", .number(e164: "+62274512345", display: "(0274) 512345", warning: nil)),
        Row("0062 61 786 5521", "phone", .number(e164: "+62617865521", display: "(061) 786-5521", warning: nil)),
        Row("+62 (0)21 1234 5678", "phone", .number(e164: "+622112345678", display: "(021) 1234-5678", warning: nil)),
        Row("(0651) 634567", "phone", .number(e164: "+62651634567", display: "(0651) 634567", warning: nil)),
        Row("0411 872345", "phone", .number(e164: "+62411872345", display: "(0411) 872345", warning: nil)),
        Row(
            "(061) 786 5521", "whatsapp",
            .number(
                e164: "+62617865521", display: "(061) 786-5521",
                warning: (
                    "whatsapp-not-mobile",
                    "whatsapp number '(061) 786-5521' is not a mobile number (08...); WhatsApp usually needs a mobile"
                ))),
        Row(
            "812-3456-7890", "phone",
            .number(
                e164: "+6281234567890", display: "0812-3456-7890",
                warning: (
                    "phone-without-zero",
                    "phone number '812-3456-7890' has no 0 at the start; write it as it is dialled: phone: 0812-3456-7890"
                ))),
        Row(
            "813 7025 4418", "whatsapp",
            .number(
                e164: "+6281370254418", display: "0813-7025-4418",
                warning: (
                    "phone-without-zero",
                    "whatsapp number '813 7025 4418' has no 0 at the start; write it as it is dialled: whatsapp: 0813-7025-4418"
                ))),
        Row(
            "61 786 5521", "phone",
            .number(
                e164: "+62617865521", display: "(061) 786-5521",
                warning: (
                    "phone-without-zero",
                    "phone number '61 786 5521' has no 0 at the start; write it as it is dialled: phone: (061) 786-5521"
                ))),
        Row(
            "0060 12 345 6789", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '0060 12 345 6789' is a number in Malaysia (+60): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+60 12-345 6789", "whatsapp",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "whatsapp number '+60 12-345 6789' is a number in Malaysia (+60): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "001 212 555 0123", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '001 212 555 0123' is a number in United States (+1): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+1 212 555 0123", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '+1 212 555 0123' is a number in United States (+1): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+65 9123 4567", "whatsapp",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "whatsapp number '+65 9123 4567' is a number in Singapore (+65): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "0065 6123 4567", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '0065 6123 4567' is a number in Singapore (+65): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+61 412 345 678", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '+61 412 345 678' is a number in Australia (+61): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+31 6 12345678", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '+31 6 12345678' is a number in Netherlands (+31): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+44 20 7946 0958", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '+44 20 7946 0958' is a number in United Kingdom (+44): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+81 90-1234-5678", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '+81 90-1234-5678' is a number in Japan (+81): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+966 50 123 4567", "whatsapp",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "whatsapp number '+966 50 123 4567' is a number in Saudi Arabia (+966): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "+670 7723 4567", "phone",
            .refused(
                code: "phone-not-indonesian",
                message:
                    "phone number '+670 7723 4567' is a number in Timor-Leste (+670): katalog lists Indonesian numbers; write an Indonesian number, like 0812-3456-7890"
            )),
        Row(
            "0800 1 234 567", "whatsapp",
            .refused(
                code: "phone-service-number",
                message:
                    "whatsapp number '0800 1 234 567' is a toll-free number (0800), which WhatsApp cannot reach; give a mobile number (08...)"
            )),
        Row(
            "0809 1 234 567", "whatsapp",
            .refused(
                code: "phone-service-number",
                message:
                    "whatsapp number '0809 1 234 567' is a premium-rate number (callers pay extra), which WhatsApp cannot reach; give a mobile number (08...)"
            )),
        Row(
            "0800 1 234 567", "phone",
            .number(
                e164: "+628001234567", display: "0800-1234-567",
                warning: (
                    "phone-service-number",
                    "phone number '0800 1 234 567' is a toll-free number (0800): check that buyers can call it; a mobile or landline number is best"
                ))),
        Row(
            "0809 1 234 567", "phone",
            .number(
                e164: "+628091234567", display: "0809-1234-567",
                warning: (
                    "phone-service-number",
                    "phone number '0809 1 234 567' is a premium-rate number (callers pay extra): check that buyers can call it; a mobile or landline number is best"
                ))),
        Row(
            "0812-3456", "phone",
            .refused(
                code: "phone-wrong-length",
                message:
                    "phone number '0812-3456' is too short for a mobile number: mobile numbers have 10 to 13 digits starting with 08; check the digits"
            )),
        Row(
            "0812-345", "whatsapp",
            .refused(
                code: "phone-wrong-length",
                message:
                    "whatsapp number '0812-345' is too short for a mobile number: mobile numbers have 10 to 13 digits starting with 08; check the digits"
            )),
        Row(
            "0812 3456 7890 123", "phone",
            .refused(
                code: "phone-wrong-length",
                message:
                    "phone number '0812 3456 7890 123' is too long for a mobile number: mobile numbers have 10 to 13 digits starting with 08; check the digits"
            )),
        Row(
            "+62 812 3456 7890 1234", "whatsapp",
            .refused(
                code: "phone-wrong-length",
                message:
                    "whatsapp number '+62 812 3456 7890 1234' is too long for a mobile number: mobile numbers have 10 to 13 digits starting with 08; check the digits"
            )),
        Row(
            "(021) 12345", "phone",
            .refused(
                code: "phone-wrong-length",
                message:
                    "phone number '(021) 12345' is too short for a landline number: write the area code and the whole number, like (061) 786-5521"
            )),
        Row(
            "061 786", "phone",
            .refused(
                code: "phone-wrong-length",
                message:
                    "phone number '061 786' is too short for a landline number: write the area code and the whole number, like (061) 786-5521"
            )),
        Row(
            "01234567", "phone",
            .refused(
                code: "phone-invalid",
                message:
                    "phone number '01234567' is not a valid Indonesian number: no number starts like this; check the area code and the digits"
            )),
        Row(
            "(0123) 456789", "phone",
            .refused(
                code: "phone-invalid",
                message:
                    "phone number '(0123) 456789' is not a valid Indonesian number: no number starts like this; check the area code and the digits"
            )),
        Row(
            "WA: 0812-3456-7890", "whatsapp",
            .refused(
                code: "phone-label",
                message:
                    "whatsapp number 'WA: 0812-3456-7890' starts with the label 'WA:'; write only the number: whatsapp: 0812-3456-7890"
            )),
        Row(
            "Telp: (061) 786-5521", "phone",
            .refused(
                code: "phone-label",
                message:
                    "phone number 'Telp: (061) 786-5521' starts with the label 'Telp:'; write only the number: phone: (061) 786-5521"
            )),
        Row(
            "HP:0812-3456-7890", "phone",
            .refused(
                code: "phone-label",
                message:
                    "phone number 'HP:0812-3456-7890' starts with the label 'HP:'; write only the number: phone: 0812-3456-7890"
            )),
        Row(
            "(061) 786-5521 ext. 12", "phone",
            .refused(
                code: "phone-extension",
                message:
                    "phone number '(061) 786-5521 ext. 12' has an extension ('ext. 12') that a phone cannot dial from a link; write only the number: phone: (061) 786-5521"
            )),
        Row(
            "(021) 1234 5678 pes. 204", "phone",
            .refused(
                code: "phone-extension",
                message:
                    "phone number '(021) 1234 5678 pes. 204' has an extension ('pes. 204') that a phone cannot dial from a link; write only the number: phone: (021) 1234 5678"
            )),
        Row(
            "(021) 1234 5678 x204", "phone",
            .refused(
                code: "phone-extension",
                message:
                    "phone number '(021) 1234 5678 x204' has an extension ('x204') that a phone cannot dial from a link; write only the number: phone: (021) 1234 5678"
            )),
        Row(
            "0812 3456 7890 (Bu Sri)", "phone",
            .refused(
                code: "phone-letters",
                message:
                    "phone number '0812 3456 7890 (Bu Sri)' has letters ('(Bu Sri)'); write only the number, like 0812-3456-7890, and put names in the text"
            )),
        Row(
            "0812-3456-789O", "phone",
            .refused(
                code: "phone-letters",
                message:
                    "phone number '0812-3456-789O' has letters ('0812-3456-789O'); write only the number, like 0812-3456-7890, and put names in the text"
            )),
        Row(
            "0812/3456/7890", "phone",
            .refused(
                code: "phone-invalid-character",
                message:
                    "phone number '0812/3456/7890' contains '/'; write digits with spaces, '-', '.', '( )' or a leading '+'"
            )),
        Row(
            "0812-3456-7890, 0813-1111-2222", "phone",
            .refused(
                code: "phone-invalid-character",
                message:
                    "phone number '0812-3456-7890, 0813-1111-2222' contains ','; write digits with spaces, '-', '.', '( )' or a leading '+'"
            )),
        Row(
            "0812#3456", "phone",
            .refused(
                code: "phone-invalid-character",
                message:
                    "phone number '0812#3456' contains '#'; write digits with spaces, '-', '.', '( )' or a leading '+'")
        ),
        Row(
            "---", "phone",
            .refused(
                code: "phone-not-a-number",
                message: "phone number '---' has no digits; write the number, like 0812-3456-7890")),
        Row("+62 00812 3456 7890", "phone", .number(e164: "+6281234567890", display: "0812-3456-7890", warning: nil)),
        Row(
            "62617865521", "phone",
            .number(
                e164: "+62617865521", display: "(061) 786-5521",
                warning: (
                    "phone-ambiguous-62",
                    "phone number '62617865521' is read as +62 61 786-5521; if it is the landline (0626) 1786-5521, write it with its 0: phone: (0626) 1786-5521"
                ))),
        Row(
            "62 622 123456", "phone",
            .number(
                e164: "+62622123456", display: "(0622) 123456",
                warning: (
                    "phone-ambiguous-62",
                    "phone number '62 622 123456' is read as +62 622 123456; if it is the landline (0626) 2212-3456, write it with its 0: phone: (0626) 2212-3456"
                ))),
        Row("62 21 2345 6789", "phone", .number(e164: "+622123456789", display: "(021) 2345-6789", warning: nil)),
    ]

    @Test func thereAreAtLeast150() { #expect(Self.rows.count >= 150) }

    @Test(arguments: rows)
    func row(_ row: Row) {
        var quoted = ""
        for scalar in row.written.unicodeScalars {
            quoted += scalar == "\\" || scalar == "\"" ? "\\" + String(scalar) : String(scalar)
        }
        var fields = Fields(yaml: "\(row.key): \"\(quoted)\"\n", firstLine: 1, path: "p.md")
        let number = fields.phoneNumber(row.key)
        let found = fields.diagnostics.items.map { ($0.code.rawValue, $0.message) }
        switch row.expected {
        case .number(let e164, let display, let warning):
            #expect(number?.value.e164 == e164)
            #expect(number?.value.display == display)
            #expect(found.map(\.0) == (warning.map { [$0.code] } ?? []))
            #expect(found.map(\.1) == (warning.map { [$0.message] } ?? []))
        case .refused(let code, let message):
            #expect(number == nil)
            #expect(found.map(\.0) == [code])
            #expect(found.map(\.1) == [message])
        }
    }
}
