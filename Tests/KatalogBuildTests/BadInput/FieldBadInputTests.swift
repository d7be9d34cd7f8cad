import Foundation
import KatalogBuild
import KatalogContent
import Testing

/// Bad values in fields (stage 3, decode): technique, years, prices, phone numbers, addresses,
/// photo names, site.yml settings.
///
/// Every test asserts the exact line a catalogue author reads: file, line and column (1-based,
/// columns in characters), severity and message.
@Suite struct FieldBadInputTests {
    @Test(arguments: [
        (
            "tullis",
            "unknown technique 'tullis'; did you mean 'tulis'? (one of: tulis, cap, kombinasi, printing, ecoprint)"
        ),
        (
            "Printng",
            "unknown technique 'Printng'; did you mean 'printing'? (one of: tulis, cap, kombinasi, printing, ecoprint)"
        ),
        ("batik", "unknown technique 'batik'; use one of: tulis, cap, kombinasi, printing, ecoprint"),
    ])
    func unknownTechnique(value: String, message: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("technique: \(value)\n")])
        #expect(site.errors() == ["content/products/x.md:4:12: error: \(message)"])
    }

    @Test func techniqueIsCaseInsensitive() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("technique: Tulis\n")])
        #expect(site.check() == [])
    }

    @Test(arguments: ["dua ribu", "18", "20188", "2018.5"])
    func yearNotAYear(value: String) throws {
        let site = try TestSite([
            "content/producers/x.md": BadInput.producer("whatsapp: 0812-3456-7890\nsince: \(value)\n")
        ])
        #expect(
            site.errors() == ["content/producers/x.md:5:8: error: 'since' must be a year like 2018, found '\(value)'"])
    }

    @Test(arguments: [
        (
            "450.000",
            "price '450.000' is written with a currency or thousands separator; write digits only: price: 450000"
        ),
        (
            "\"Rp 450.000\"",
            "price 'Rp 450.000' is written with a currency or thousands separator; write digits only: price: 450000"
        ),
        (
            "Rp450000",
            "price 'Rp450000' is written with a currency or thousands separator; write digits only: price: 450000"
        ),
        (
            "Rp 1.250.000,-",
            "price 'Rp 1.250.000,-' is written with a currency or thousands separator; write digits only: price: 1250000"
        ),
        (
            "450,000",
            "price '450,000' is written with a currency or thousands separator; write digits only: price: 450000"
        ),
        ("Rp 0", "price 'Rp 0' must be more than 0; leave price out to show \"Hubungi penjual\""),
        ("0", "price '0' must be more than 0; leave price out to show \"Hubungi penjual\""),
        ("-5", "price '-5' must be more than 0; leave price out to show \"Hubungi penjual\""),
        ("450000.50", "price '450000.50' has a fraction; write whole rupiah, like price: 450000"),
        ("murah", "price 'murah' is not a number; write whole rupiah, like price: 450000, or leave price out"),
    ])
    func badPrice(value: String, message: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("price: \(value)\n")])
        #expect(site.errors() == ["content/products/x.md:4:8: error: \(message)"])
    }

    @Test func priceLeftOutIsFine() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product()])
        #expect(site.check() == [])
    }

    @Test(arguments: [
        (
            "0812 345",
            "phone number '0812 345' is too short for a mobile number: mobile numbers have 10 to 13 digits starting"
                + " with 08; check the digits"
        ),
        (
            "0812 3456 7890 123",
            "phone number '0812 3456 7890 123' is too long for a mobile number: mobile numbers have 10 to 13 digits"
                + " starting with 08; check the digits"
        ),
        (
            "0812-ABCD-7890",
            "phone number '0812-ABCD-7890' has letters ('0812-ABCD-7890'); write only the number, like"
                + " 0812-3456-7890, and put names in the text"
        ),
        (
            "+1 555 1234567",
            "phone number '+1 555 1234567' is not a valid Indonesian number: no number starts like this; check the"
                + " area code and the digits"
        ),
    ])
    func badPhone(value: String, message: String) throws {
        let site = try TestSite(["content/producers/x.md": BadInput.producer("phone: \(value)\n")])
        #expect(site.errors() == ["content/producers/x.md:4:8: error: \(message)"])
    }

    @Test(arguments: [
        "0812-3456-7890", "0823 3144 5678", "0852.3066.7123", "+62 812 3456 7890", "(061) 786 5521",
        "0321-593102", "+62 (0)812 3456 7890", "0062 812 3456 7890", "6281234567890",
    ])
    func validPhone(value: String) throws {
        let site = try TestSite(["content/producers/x.md": BadInput.producer("phone: \(value)\n")])
        #expect(site.check() == [])
    }

    @Test(arguments: [
        ("(061) 786 5521", "(061) 786-5521"),
        ("0321-593102", "(0321) 593102"),
    ])
    func whatsappLandlineWarnsButBuilds(value: String, display: String) throws {
        let site = try TestSite(["content/producers/x.md": BadInput.producer("whatsapp: \(value)\n")])
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/producers/x.md:4:11: warning: whatsapp number '\(display)' is not a mobile number (08...); "
                    + "WhatsApp usually needs a mobile"
            ])
        #expect(report.succeeded)
        #expect(site.output("producers/x/index.html") != nil)
    }

    @Test(arguments: ["budi at gmail", "<a@b.co>", "budi@gmail", "budi@", "a?body=x@b.co", "a#x@b.co"])
    func badEmail(value: String) throws {
        let site = try TestSite([
            "content/producers/x.md": BadInput.producer("whatsapp: 0812-3456-7890\nemail: \(value)\n")
        ])
        #expect(
            site.errors() == ["content/producers/x.md:5:8: error: email '\(value)' does not look like name@domain.tld"])
    }

    @Test(arguments: ["javascript:alert(1)", "www.x.com", "ftp://x.com", "https://"])
    func badWebsite(value: String) throws {
        let site = try TestSite([
            "content/producers/x.md": BadInput.producer("whatsapp: 0812-3456-7890\nwebsite: \(value)\n")
        ])
        #expect(
            site.errors() == [
                "content/producers/x.md:5:10: error: website '\(value)' must be a full address starting with https:// or http://"
            ])
    }

    @Test func badContactOnCluster() throws {
        let site = try TestSite([
            "content/clusters/x.md":
                "---\nname: Klaster X\nprovince: Bali\nemail: budi at gmail\nwebsite: www.x.com\n---\n"
        ])
        #expect(
            site.errors() == [
                "content/clusters/x.md:4:8: error: email 'budi at gmail' does not look like name@domain.tld",
                "content/clusters/x.md:5:10: error: website 'www.x.com' must be a full address starting with https:// or http://",
            ])
    }

    @Test(arguments: [
        "batik.example.id", "ftp://batik.example.id/", "https://batik.example.id/?a=1", "https://batik.example.id/#top",
    ])
    func siteBaseURLInvalid(value: String) throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nbase_url: \(value)\n"])
        #expect(
            site.errors() == [
                "content/site.yml:2:11: error: base_url '\(value)' must be an absolute address like https://batik.example.id/katalog/"
            ])
    }

    @Test func siteLanguageInvalid() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nlanguage: jv\n"])
        #expect(site.errors() == ["content/site.yml:2:11: error: language 'jv' must be id or en"])
    }

    @Test func siteCurrencyInvalid() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\ncurrency: USD\n"])
        #expect(
            site.errors() == [
                "content/site.yml:2:11: error: currency 'USD' is not supported; prices are in rupiah (IDR)"
            ])
    }

    @Test(arguments: [
        (
            "https://x/y.jpg",
            "photo 'https://x/y.jpg' is a URL; copy the file into the product's folder and write its file name"
        ),
        ("//x/y.jpg", "photo '//x/y.jpg' is a URL; copy the file into the product's folder and write its file name"),
        ("../x.jpg", "photo '../x.jpg' must be a bare file name without folders, like kain-1.jpg"),
        ("a/b.jpg", "photo 'a/b.jpg' must be a bare file name without folders, like kain-1.jpg"),
        ("a\\b.jpg", "photo 'a\\b.jpg' must be a bare file name without folders, like kain-1.jpg"),
        (".hidden.jpg", "photo '.hidden.jpg' is not a usable file name"),
        (
            "index.html",
            "photo 'index.html' has the name of the product's own page; rename the file, e.g. to kain-1.jpg"
        ),
        ("kain-1.jpg", "photo 'kain-1.jpg' not found: put it in products/x/ or images/"),
    ])
    func badPhotoName(value: String, message: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("photos:\n  - \(value)\n")])
        #expect(site.errors() == ["content/products/x.md:5:5: error: \(message)"])
    }

    // MARK: Dates and site settings

    @Test(arguments: ["12/03/2024", "2024-3-12", "2023-02-29", "kemarin"])
    func addedNotADate(value: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("added: \(value)\n")])
        #expect(
            site.errors() == [
                "content/products/x.md:4:8: error: 'added' must be a date like 2024-03-12 (year-month-day), found '\(value)'"
            ])
    }

    @Test(arguments: [
        ("page_size: 2", "content/site.yml:2:12: error: 'page_size' must be a whole number from 4 to 200, found '2'"),
        (
            "page_size: banyak",
            "content/site.yml:2:12: error: 'page_size' must be a whole number from 4 to 200, found 'banyak'"
        ),
        (
            "directory_page_size: 5000",
            "content/site.yml:2:22: error: 'directory_page_size' must be a whole number from 10 to 1000, found '5000'"
        ),
        (
            "price_bands: [100.000, 250000]",
            "content/site.yml:2:15: error: 'price_bands' must list whole rupiah from low to high, like [100000, 250000, "
                + "500000, 1000000]; '100.000' is not written as digits only"
        ),
        (
            "price_bands: [250000, 100000]",
            "content/site.yml:2:23: error: 'price_bands' must list whole rupiah from low to high, like [100000, 250000, "
                + "500000, 1000000]; '100000' is not more than the one before it"
        ),
        (
            "price_bands: [1, 2, 3, 4, 5, 6, 7, 8, 9]",
            "content/site.yml:2:15: error: 'price_bands' has 9 limits; at most 8 are allowed"
        ),
    ])
    func badSiteSetting(line: String, message: String) throws {
        let site = try TestSite(["content/site.yml": "title: Uji\n\(line)\n"])
        #expect(site.errors() == [message])
    }

    /// `submissions: whatsapp:` is read as every WhatsApp number, and reported at its own line.
    @Test(arguments: [
        (
            "submissions:\n  whatsapp: 0812-3456",
            "content/site.yml:3:13: error: whatsapp number '0812-3456' is too short for a mobile number: mobile"
                + " numbers have 10 to 13 digits starting with 08; check the digits"
        ),
        (
            "submissions:\n  whatsapp: 0800 1 234 567",
            "content/site.yml:3:13: error: whatsapp number '0800 1 234 567' is a toll-free number (0800), which"
                + " WhatsApp cannot reach; give a mobile number (08...)"
        ),
        (
            "submissions:\n  whatsapp: 'WA: 0812-3456-7890'",
            "content/site.yml:3:13: error: whatsapp number 'WA: 0812-3456-7890' starts with the label 'WA:'; write"
                + " only the number: whatsapp: 0812-3456-7890"
        ),
        (
            "submissions: 0812-3456-7890",
            "content/site.yml:2:14: error: 'submissions' must hold its settings on indented lines below it, like"
                + " 'submissions:' and then '  whatsapp: 0812-3456-7890', found a single value"
        ),
        (
            "submissions: [0812-3456-7890]",
            "content/site.yml:2:14: error: 'submissions' must hold its settings on indented lines below it, like"
                + " 'submissions:' and then '  whatsapp: 0812-3456-7890', found a list"
        ),
        ("submissions:\n  email: a@b.id", "content/site.yml:2:1: error: missing required field 'whatsapp'"),
    ])
    func badSubmissionsSetting(lines: String, message: String) throws {
        let site = try TestSite(["content/site.yml": "title: Uji\n\(lines)\n"])
        #expect(site.errors() == [message])
    }

    @Test func submissionsSettingWarnings() throws {
        let site = try TestSite([
            "content/site.yml": "title: Uji\nsubmissions:\n  whatsapp: (061) 786 5521\n  whatsap: 0812-3456-7890\n"
        ])
        #expect(site.errors() == [])
        #expect(
            site.warnings() == [
                "content/site.yml:3:13: warning: whatsapp number '(061) 786-5521' is not a mobile number (08...);"
                    + " WhatsApp usually needs a mobile",
                "content/site.yml:4:3: warning: unknown field 'whatsap' is ignored; did you mean 'whatsapp'?",
            ])
        // A landline is accepted: the form is made, its chat at that number.
        #expect(site.build().succeeded)
        #expect(site.output("submit/index.html")?.contains("https://wa.me/62617865521?text=") == true)
    }

    @Test func siteSettingsShapeTheSite() throws {
        var files: [String: String] = ["content/site.yml": "title: Uji\npage_size: 4\nprice_bands: [200000]\n"]
        for i in 1...9 {
            files["content/products/kain-\(i).md"] =
                "---\nname: Kain \(i)\nproducer: sinar\nprice: \(i * 50_000)\n---\n"
        }
        let site = try TestSite(files)
        #expect(site.build().succeeded)
        // 10 products, 4 a page: three pages.
        #expect(site.output("products/page/3/index.html")?.contains("Halaman 3 dari 3") == true)
        #expect(site.output("products/page/4/index.html") == nil)
        // One limit: under 200 rb and from 200 rb.
        #expect(site.output("prices/under-200rb/index.html") != nil)
        #expect(site.output("prices/from-200rb/index.html") != nil)
    }
}
