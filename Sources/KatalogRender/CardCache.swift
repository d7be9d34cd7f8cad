import Foundation
import Mustache

/// Product cards, rendered once and reused on every page that shows them with the same links.
///
/// A product shows as a card on its producer's page, its cluster's, each of its motifs' and the
/// products list: rendering each card once per link prefix instead of once per page saves most of
/// the cards' share of a build (15 % of its CPU at 10,000 products, see Benchmarks/README.md).
/// A card is a pure function of its values, `ui` and the theme, so which thread renders it first
/// does not change a byte.
final class CardCache: @unchecked Sendable {
    private let lock = NSLock()
    private var cards: [String: String] = [:]

    func html(_ key: String, render: () -> String) -> String {
        if let found = lock.withLock({ cards[key] }) { return found }
        let html = render()
        lock.withLock { cards[key] = html }
        return html
    }
}

/// A product card's HTML among a page's values (`{{{html}}}` in `partials/product-grid`). It is
/// rendered from `partials/product-card` the first time a template shows it, with the card's own
/// values and `ui` only: a card cannot see the values of the page it is on.
struct RenderedCard: MustacheCustomRenderable, @unchecked Sendable {
    /// The product and its two links as seen from the page: equal keys render equal cards.
    let key: String
    let values: [String: Any]
    let ui: [String: String]
    let library: MustacheLibrary
    let cache: CardCache

    var renderText: String {
        cache.html(key) {
            var context = values
            context["ui"] = ui
            // The grid puts each card on its own line: the partial's last newline is the line's.
            var html = library.render(context, withTemplate: "partials/product-card") ?? ""
            if html.hasSuffix("\n") { html.removeLast() }
            return html
        }
    }

    var isNull: Bool { false }
}
