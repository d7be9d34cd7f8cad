import Testing

@testable import KatalogRender

@Suite struct PaginationTests {
    @Test(arguments: [
        (0, 24, 1), (1, 24, 1), (24, 24, 1), (25, 24, 2), (10_000, 24, 417), (100, 100, 1), (101, 100, 2),
    ])
    func pages(count: Int, size: Int, pages: Int) {
        #expect(Pagination(count: count, size: size).pages == pages)
    }

    @Test func itemsOfEachPage() {
        let pagination = Pagination(count: 50, size: 24)
        #expect(pagination.items(onPage: 1) == 0..<24)
        #expect(pagination.items(onPage: 2) == 24..<48)
        #expect(pagination.items(onPage: 3) == 48..<50)
        #expect(pagination.items(onPage: 4) == 50..<50)
        #expect(Pagination(count: 0, size: 24).items(onPage: 1) == 0..<0)
    }

    /// The first, the last, the current and two either side; a gap of one page shows the page.
    @Test(
        arguments: [
            (1, 1, [1]),
            (3, 1, [1, 2, 3]),
            (20, 1, [1, 2, 3, nil, 20]),
            (20, 10, [1, nil, 8, 9, 10, 11, 12, nil, 20]),
            (20, 4, [1, 2, 3, 4, 5, 6, nil, 20]),
            (20, 5, [1, 2, 3, 4, 5, 6, 7, nil, 20]),
            (20, 20, [1, nil, 18, 19, 20]),
            (7, 4, [1, 2, 3, 4, 5, 6, 7]),
        ] as [(Int, Int, [Int?])])
    func window(pages: Int, page: Int, window: [Int?]) {
        #expect(Pagination(count: pages * 10, size: 10).window(around: page) == window)
    }
}
