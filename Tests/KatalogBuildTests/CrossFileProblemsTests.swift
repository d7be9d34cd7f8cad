import Foundation
import Testing

/// One run reports every problem in every file, without follow-on noise.
@Suite struct CrossFileProblemsTests {
    @Test func emptyPhoneDoesNotCountAsANumber() throws {
        let site = try TestSite([
            "content/producers/sinar.md": "---\nname: Rumah Batik Sinar\ncluster: sumut\nphone:\n---\n"
        ])
        #expect(
            site.errors() == [
                "content/producers/sinar.md:1:1: error: missing 'phone' or 'whatsapp': buyers need at least one number to call"
            ])
    }

    @Test func productWithUnknownProducerStillHasItsOtherProblemsReported() throws {
        let site = try TestSite([
            "content/products/kain-gorga.md":
                "---\nname: Kain Gorga\nproducer: sinr\nphotos: [hilang.jpg]\n---\n[x](product:nope)\n"
        ])
        #expect(
            site.check() == [
                "content/products/kain-gorga.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; did you mean 'sinar'?",
                "content/products/kain-gorga.md:4:10: error: photo 'hilang.jpg' not found: put it in products/kain-gorga/ or images/",
                "content/products/kain-gorga.md:6:1: error: link to unknown product 'nope': there is no file products/nope.md",
            ])
    }

    @Test func referenceToABrokenFileIsNotReportedTwice() throws {
        let site = try TestSite([
            "content/producers/sinar.md": "---\nname: [Rumah Batik Sinar\n---\n"
        ])
        let errors = site.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/producers/sinar.md:") == true)
    }

    @Test func everyProblemInEveryFileInOneRun() throws {
        let site = try TestSite([
            "content/producers/a.md": BadInput.producer("phone: 0812\n"),
            "content/products/a.md": "---\nproducer: sinar\n---\n",
            "content/products/b.md": BadInput.product(
                "price: murah\ntechnique: tullis\nstok: 5\n", body: "[x](product:nope)\n"),
            "content/pages/tentang.md": "---\ntitle: Tentang\n---\n",
        ])
        #expect(
            site.check() == [
                "content/pages/tentang.md:1:1: error: missing required field 'name'",
                "content/pages/tentang.md:2:1: warning: unknown field 'title' is ignored; known fields: name",
                "content/producers/a.md:4:8: error: phone number '0812' is too short for a mobile number: mobile numbers"
                    + " have 10 to 13 digits starting with 08; check the digits",
                "content/products/a.md:1:1: error: missing required field 'name'",
                "content/products/b.md:4:8: error: price 'murah' is not a number; write whole rupiah, like price: 450000, or leave price out",
                "content/products/b.md:5:12: error: unknown technique 'tullis'; did you mean 'tulis'? (one of: tulis, cap, kombinasi, printing, ecoprint)",
                "content/products/b.md:6:1: warning: unknown field 'stok' is ignored; known fields: name, producer, "
                    + "motifs, technique, material, size, price, colors, photos, available, featured, added",
                "content/products/b.md:8:1: error: link to unknown product 'nope': there is no file products/nope.md",
            ])
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.files == 0)
        #expect(site.output("index.html") == nil)
    }

    /// A file refused for its name exists: references to it are not reported again.
    @Test func referenceToAFileRefusedForItsNameIsNotReportedAgain() throws {
        let site = try TestSite([
            "content/producers/page.md": BadInput.producer("phone: 0812-3456-7890\n"),
            "content/products/kain-gorga.md": "---\nname: Kain Gorga\nproducer: page\n---\n[x](producer:page)\n",
        ])
        #expect(
            site.errors() == [
                "content/producers/page.md: error: file name 'page.md' is reserved for the numbered pages of the "
                    + "producers list (producers/page/2/); rename the file, e.g. to 'producer-page.md'"
            ])
    }
}
