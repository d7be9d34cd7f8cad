import KatalogSystem
import Testing

@testable import KatalogContent

@Suite struct FacetTests {
    @Test func priceBandsFromLimits() {
        let bands = PriceBand.bands(limits: [100_000, 250_000, 1_500_000])
        #expect(bands.map(\.slug) == ["under-100rb", "100rb-250rb", "250rb-1-5jt", "from-1-5jt", "on-request"])
        #expect(bands[0].contains(99_999) && !bands[0].contains(100_000) && !bands[0].contains(nil))
        #expect(bands[1].contains(100_000) && bands[1].contains(249_999) && !bands[1].contains(250_000))
        #expect(bands[3].contains(1_500_000) && bands[3].contains(90_000_000))
        #expect(bands[4].contains(nil) && !bands[4].contains(1))
        // Every price falls in exactly one band.
        for price in [nil, 1, 99_999, 100_000, 250_000, 1_499_999, 1_500_000] as [Int?] {
            #expect(bands.count { $0.contains(price) } == 1)
        }
    }

    @Test(arguments: [
        (750, "750"), (1_000, "1rb"), (2_500, "2-5rb"), (100_000, "100rb"), (1_000_000, "1jt"), (1_250_000, "1-25jt"),
        (2_000_000_000, "2m"),
    ])
    func amountSlugs(amount: Int, slug: String) {
        #expect(PriceBand.slug(amount) == slug)
    }

    static func product(
        _ slug: String, technique: Technique? = nil, price: Int? = nil, available: Bool = true, added: String? = nil,
        producer: String = "sari"
    ) -> Product {
        Product(
            slug: slug, name: slug, producer: Located(producer, at: SourceLocation(path: "p.md")), technique: technique,
            price: price, available: available, added: added.flatMap(Day.init), body: Body(path: "p.md"))
    }

    @Test func groupingByTechniqueBandProvinceStockAndDate() {
        let clusters = [
            Cluster(slug: "sumut", name: "Sumut", province: "Sumatera Utara", body: Body(path: "c.md")),
            Cluster(slug: "deli", name: "Deli", province: "sumatera  utara", body: Body(path: "d.md")),
            Cluster(slug: "ijen", name: "Ijen", province: "Jawa Timur", body: Body(path: "e.md")),
        ]
        let producers = [
            "sari": Producer(
                slug: "sari", name: "Sari", cluster: Located("sumut", at: SourceLocation(path: "s")),
                contact: Contact(), body: Body(path: "s")),
            "dewi": Producer(
                slug: "dewi", name: "Dewi", cluster: Located("ijen", at: SourceLocation(path: "s")), contact: Contact(),
                body: Body(path: "s")),
        ]
        let products = [
            Self.product("a", technique: .tulis, price: 450_000, added: "2025-01-02"),
            Self.product("b", technique: .cap, price: 90_000, available: false, added: "2025-03-01", producer: "dewi"),
            Self.product("c", technique: .tulis),
            Self.product("d", price: 1_000_000, added: "2024-12-31", producer: "dewi"),
        ]
        var diagnostics = Diagnostics()
        let facets = Facets.group(
            products: products, producers: producers, clusters: clusters, limits: SiteConfig.defaultPriceBands,
            into: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(facets.productsByTechnique == [.tulis: ["a", "c"], .cap: ["b"]])
        #expect(
            facets.productsByBand.mapKeys(\.slug) == [
                "under-100rb": ["b"], "250rb-500rb": ["a"], "from-1jt": ["d"], "on-request": ["c"],
            ])
        // Spellings of one province are one province, named as most clusters write it.
        #expect(facets.provinces.map(\.slug) == ["jawa-timur", "sumatera-utara"])
        #expect(facets.provinces.map(\.name) == ["Jawa Timur", "Sumatera Utara"])
        #expect(facets.productsByProvince == ["sumatera-utara": ["a", "c"], "jawa-timur": ["b", "d"]])
        #expect(
            facets.provinceOfCluster == ["sumut": "sumatera-utara", "deli": "sumatera-utara", "ijen": "jawa-timur"])
        #expect(facets.inStock == ["a", "c", "d"])
        // Newest first, the undated last.
        #expect(facets.newest == ["b", "a", "d", "c"])
        #expect(facets.band(of: 250_000).slug == "250rb-500rb")
    }

    @Test func provinceWithoutLettersIsAnError() {
        var diagnostics = Diagnostics()
        _ = Facets.group(
            products: [], producers: [:],
            clusters: [Cluster(slug: "x", name: "X", province: "!!", body: Body(path: "content/clusters/x.md"))],
            limits: [], into: &diagnostics)
        #expect(
            diagnostics.items.map(\.description) == [
                "content/clusters/x.md: error: province '!!' has no letters or digits"
            ])
    }

    @Test(arguments: [
        ("2024-03-12", "2024-03-12"), ("2024-02-29", "2024-02-29"), ("1999-12-31", "1999-12-31"),
    ])
    func validDays(text: String, written: String) throws {
        #expect(try #require(Day(text)).description == written)
    }

    @Test(arguments: [
        "12/03/2024", "2024-3-12", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "1899-01-01", "kemarin",
        "2024-03-12T10:00",
    ])
    func invalidDays(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func dayOrdinalsCountDays() throws {
        #expect(try #require(Day("1900-01-01")).ordinal == 0)
        #expect(try #require(Day("1900-03-01")).ordinal == 59)
        #expect(try #require(Day("2000-03-01")).ordinal - (try #require(Day("2000-02-28")).ordinal) == 2)
        #expect(try #require(Day("2025-01-01")).ordinal - (try #require(Day("2024-01-01")).ordinal) == 366)
    }
}

extension Dictionary {
    fileprivate func mapKeys<K: Hashable>(_ key: (Key) -> K) -> [K: Value] {
        [K: Value](uniqueKeysWithValues: map { (key($0.key), $0.value) })
    }
}
