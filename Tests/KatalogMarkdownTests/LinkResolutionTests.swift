import Testing

@testable import KatalogMarkdown

@Suite struct LinkResolutionTests {
    @Test func replaceRewritesLinks() {
        let result = Markdown.render("Lihat [Gorga](motif:gorga) dan [web](https://a.id).") { link in
            link.destination == "motif:gorga" ? .replace("../../motifs/gorga/") : .keep
        }
        #expect(
            result.html
                == "<p>Lihat <a href=\"../../motifs/gorga/\">Gorga</a> dan <a href=\"https://a.id\">web</a>.</p>\n")
        #expect(result.issues.isEmpty)
    }

    @Test func replaceRewritesImages() {
        let result = Markdown.render("![Kain biru](kain biru.jpg)\n\n![Kain](<kain biru.jpg>)") { link in
            link.isImage ? .replace("kain%20biru.jpg") : .keep
        }
        #expect(
            result.html == "<p>![Kain biru](kain biru.jpg)</p>\n<p><img src=\"kain%20biru.jpg\" alt=\"Kain\" /></p>\n")
    }

    @Test func resolverSeesEveryDestinationWithItsKindAndPosition() {
        var seen: [String] = []
        _ = Markdown.render("[a](x.html) ![b](y.jpg)\n\n[c](https://z.id) é [d](z)") { link in
            seen.append("\(link.isImage ? "image" : "link"):\(link.destination)@\(link.line):\(link.column)")
            return .keep
        }
        #expect(seen == ["link:x.html@1:1", "image:y.jpg@1:13", "link:https://z.id@3:1", "link:z@3:21"])
    }

    @Test func removeUnwrapsWithoutAnIssue() {
        let result = Markdown.render("Teks.\n\nAda [produk lain](produk:tidak-ada) di sini.") { link in
            link.destination.hasPrefix("produk:") ? .remove : .keep
        }
        #expect(result.html == "<p>Teks.</p>\n<p>Ada produk lain di sini.</p>\n")
        #expect(result.issues == [])
    }

    @Test func removeOnImageLeavesAltText() {
        let result = Markdown.render("![Foto kain](hilang.jpg)") { link in link.isImage ? .remove : .keep }
        #expect(result.html == "<p>Foto kain</p>\n")
        #expect(result.issues == [])
    }

    @Test func keepStillChecksTheScheme() {
        let result = Markdown.render("[x](javascript:alert(1))") { _ in .keep }
        #expect(result.html == "<p>x</p>\n")
        #expect(result.issues.map(\.severity) == [.warning])
    }
}

/// CommonMark replaces NUL by U+FFFD; the text used to reach cmark as a C string, so everything
/// after a NUL was silently lost.
@Suite struct NULTests {
    @Test func nulIsReplacedAndTheRestOfTheTextKept() {
        let result = Markdown.render("Kain\u{0}tenun.\n\nAkhir \u{0}.")
        #expect(result.html == "<p>Kain\u{FFFD}tenun.</p>\n<p>Akhir \u{FFFD}.</p>\n")
        #expect(
            result.issues == [
                Markdown.Issue(severity: .warning, line: 1, column: 5, kind: .nulCharacter),
                Markdown.Issue(severity: .warning, line: 3, column: 7, kind: .nulCharacter),
            ])
    }

    @Test func textWithoutNulHasNoIssue() {
        #expect(Markdown.render("Kain tenun.").issues == [])
    }
}
