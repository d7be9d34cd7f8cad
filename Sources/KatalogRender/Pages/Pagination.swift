/// How a list of `count` items falls into pages of `size`: page 1 at the list's own address, page N
/// at `<list>/page/N/`. An empty list still has its first page. Pure.
package struct Pagination: Sendable, Equatable {
    package let count: Int
    package let size: Int

    package init(count: Int, size: Int) {
        precondition(size > 0, "a page holds at least one item")
        self.count = count
        self.size = size
    }

    /// How many pages: at least one.
    package var pages: Int { max(1, (count + size - 1) / size) }

    /// The positions of the items on `page` (1-based; pages past the end are empty).
    package func items(onPage page: Int) -> Range<Int> {
        let start = min((page - 1) * size, count)
        return start..<min(start + size, count)
    }

    /// The page numbers a pager shows around `page`: the first, the last, and the two either side
    /// of the current one, with nil for each gap (`1 … 4 5 6 7 8 … 20` on page 6). Every number a thumb needs is
    /// one tap away: the next, the previous, both ends.
    package func window(around page: Int) -> [Int?] {
        let shown = Set([1, pages] + Array(max(1, page - 2)...min(pages, page + 2)))
        var window: [Int?] = []
        for number in shown.sorted() {
            if let last = window.last, let last, number > last + 1 {
                // A gap of a single page shows that page rather than "…".
                window.append(number == last + 2 ? last + 1 : nil)
            }
            window.append(number)
        }
        return window
    }
}
