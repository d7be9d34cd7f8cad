import Foundation
import Testing

/// One run reports every problem in every file, without follow-on noise.
@Suite struct CrossFileProblemsTests {
    @Test func emptyPhoneDoesNotCountAsANumber() throws {
        let site = try TestSite([
            "content/producers/sinar.md": "---\nname: Rumah Batik Sinar\ncluster: sumut\nphone:\n---\n"
        ])
        #expect(site.errors() == [
            "content/producers/sinar.md:1:1: error: missing 'phone' or 'whatsapp': buyers need at least one number to call"
        ])
    }

    @Test func productWithUnknownProducerStillHasItsOtherProblemsReported() throws {
        let site = try TestSite([
            "content/products/kain-gorga.md":
                "---\nname: Kain Gorga\nproducer: sinr\nphotos: [hilang.jpg]\n---\n[x](product:nope)\n"
        ])
        #expect(site.check() == [
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
}
