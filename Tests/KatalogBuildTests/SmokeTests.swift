import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func minimalSiteChecksClean() throws {
        let site = try TestSite([:])
        #expect(site.check() == [])
    }
}
