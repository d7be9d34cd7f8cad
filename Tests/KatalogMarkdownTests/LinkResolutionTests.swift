import Testing
@testable import KatalogMarkdown

@Suite struct LinkResolutionTests {
    @Test func replaceRewritesLinks() {
        let result = Markdown.render("Lihat [Gorga](motif:gorga) dan [web](https://a.id).") { destination, isImage in
            destination == "motif:gorga" ? .replace("../../motifs/gorga/") : .keep
        }
        #expect(result.html == "<p>Lihat <a href=\"../../motifs/gorga/\">Gorga</a> dan <a href=\"https://a.id\">web</a>.</p>\n")
        #expect(result.issues.isEmpty)
    }

    @Test func replaceRewritesImages() {
        let result = Markdown.render("![Kain biru](kain biru.jpg)\n\n![Kain](<kain biru.jpg>)") { destination, isImage in
            isImage ? .replace("kain%20biru.jpg") : .keep
        }
        #expect(result.html == "<p>![Kain biru](kain biru.jpg)</p>\n<p><img src=\"kain%20biru.jpg\" alt=\"Kain\" /></p>\n")
    }

    @Test func resolverSeesEveryDestinationWithItsKind() {
        var seen: [String] = []
        _ = Markdown.render("[a](x.html) ![b](y.jpg)\n\n[c](https://z.id)") { destination, isImage in
            seen.append("\(isImage ? "image" : "link"):\(destination)")
            return .keep
        }
        #expect(seen == ["link:x.html", "image:y.jpg", "link:https://z.id"])
    }

    @Test func errorUnwrapsAndReports() {
        let result = Markdown.render("Teks.\n\nAda [produk lain](produk:tidak-ada) di sini.") { destination, _ in
            destination.hasPrefix("produk:") ? .error("unknown product 'tidak-ada'") : .keep
        }
        #expect(result.html == "<p>Teks.</p>\n<p>Ada produk lain di sini.</p>\n")
        #expect(result.issues == [Markdown.Issue(severity: .error, line: 3, column: 5, message: "unknown product 'tidak-ada'")])
    }

    @Test func errorOnImageLeavesAltText() {
        let result = Markdown.render("![Foto kain](hilang.jpg)") { _, isImage in
            isImage ? .error("photo 'hilang.jpg' not found") : .keep
        }
        #expect(result.html == "<p>Foto kain</p>\n")
        #expect(result.issues == [Markdown.Issue(severity: .error, line: 1, column: 1, message: "photo 'hilang.jpg' not found")])
    }

    @Test func keepStillChecksTheScheme() {
        let result = Markdown.render("[x](javascript:alert(1))") { _, _ in .keep }
        #expect(result.html == "<p>x</p>\n")
        #expect(result.issues.map(\.severity) == [.warning])
    }
}
