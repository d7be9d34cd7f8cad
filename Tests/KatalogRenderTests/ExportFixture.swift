import KatalogImages
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// `CatalogFixture` with what the feed and the exports read: `added` dates (a tie on 2026-07-11,
/// one undated product), every product field, accents, and hostile text in every kind of field.
enum ExportFixture {
    static let base = "https://katalog.example/sub/"
    /// Text that would end a script, break a JSON string or a CSV row, or run in a spreadsheet.
    static let hostile = "Sutra \"ATBM\", </script>\u{2028}baris\r\nbaru\u{2029} <!-- & é"
    static let formula = "=cmd|'/c calc'!A1"
    static let markdown = "Kain *tulis* dari [Sinar](producer:sinar).\n\n</script> \"kutip\" \u{2028} =1+1\n\n    kode"

    static func content(base: String? = base, language: Language = .id) -> LoadedContent {
        var content = CatalogFixture.content(
            site: SiteConfig(title: "Katalog <Uji> & \"Co\"", language: language, baseURL: base))
        content.producers["sinar"]?.name = "Sekar Jagad Ibu Siti"
        content.producers["sinar"]?.address = "Jl. Kenanga No. 3, Medan"
        content.producers["sinar"]?.since = 2012
        content.clusters["sumut"]?.contact.email = "sumut@batik.id"
        var merah = content.products["gorga-merah"]!
        merah.added = Day("2026-07-11")
        merah.material = hostile
        merah.size = "-2 m x 1 m"
        merah.colors = [formula, "merah, marun", "crème"]
        merah.featured = true
        merah.body = Body(
            html: merah.body.html, links: merah.body.links, path: merah.body.path, markdown: Substring(markdown))
        content.products["gorga-merah"] = merah
        content.products["gorga-katun"]?.added = Day("2026-07-11")
        content.products["kawah-ijen"]?.added = Day("2026-08-01")
        content.products["kawah-ijen"]?.name = "Kawah <Ijen> & \"Co\" </script>"
        content.products["daun-kopi"]?.added = Day("2025-01-31")
        return content
    }

    static func catalog(_ content: LoadedContent = content()) -> Catalog {
        let resolution = Catalog.resolve(content)
        guard case .valid(let catalog, _) = resolution else {
            preconditionFailure("the fixture is not valid: \(resolution.diagnostics)")
        }
        return catalog
    }

    /// The bytes of a file made in memory.
    static func bytes(_ file: OutputFile, path: String) throws -> [UInt8] {
        #expect(file.path == path)
        guard case .bytes(let bytes) = file.content else { throw CancellationError() }
        return bytes
    }

    static func site(_ content: LoadedContent = content(), style: LinkStyle = .dirs) -> Site {
        CatalogFixture.site(catalog(content), style: style)
    }
}
