import KatalogContent

/// The ways to browse the catalogue, as chips with counts (`partials/browse`): `groups`
/// [{`label`, `chips` [{`name`, `url`, `count`, `current`}], `all` (the page listing every value,
/// or false)}]. Long groups show their largest values only, so the bar stays small at 1,000
/// clusters.
package struct BrowseView: TemplateView {
    package struct Chip: TemplateView {
        package var name: Text
        package var url: Text
        package var count: Text
        /// This page shows it.
        package var current: Bool

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("url", url)
            fields.field("count", count)
            fields.field("current", current)
        }
    }

    package struct Group: TemplateView {
        package var label: Text
        package var chips: [Chip]
        package var all: Text?

        /// A group of these values, none of them current.
        static func values(_ values: [BrowseSummary.Value], label: Word, in context: PageContext) -> Group {
            Group(
                label: context.word(label),
                chips: values.map {
                    Chip(
                        name: Text($0.name), url: context.href($0.route), count: Text(context.words.number($0.count)),
                        current: false)
                }, all: nil)
        }

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("label", label)
            fields.field("chips", chips)
            fields.field("all", all)
        }
    }

    package var groups: [Group]

    package func fields<F: TemplateFields>(_ fields: inout F) { fields.field("groups", groups) }

    /// The chips, with the one for the page being made marked.
    package init(_ summary: BrowseSummary, in context: PageContext) {
        func chips(_ values: [BrowseSummary.Value]) -> [Chip] {
            values.map {
                Chip(
                    name: Text($0.name), url: context.href($0.route), count: Text(context.words.number($0.count)),
                    current: $0.route == context.route.firstPage)
            }
        }
        var groups: [Group] = []
        func group(_ label: Word, _ values: [BrowseSummary.Value], all: Route?) {
            guard !values.isEmpty else { return }
            groups.append(Group(label: context.word(label), chips: chips(values), all: all.map(context.href)))
        }
        group(.techniques, summary.techniques, all: nil)
        group(.priceBands, summary.bands, all: nil)
        group(.provinces, summary.provinces, all: summary.moreProvinces ? .provinces : nil)
        group(.clusters, summary.clusters, all: summary.moreClusters ? .clusters() : nil)
        group(.motifs, summary.motifs, all: summary.moreMotifs ? .motifs() : nil)
        group(.inStock, summary.inStock, all: nil)
        self.groups = groups
    }
}

/// What the browse chips show, worked out once per build: each facet's values with products, the
/// long ones cut to their largest.
package struct BrowseSummary: Sendable {
    package struct Value: Sendable {
        package var name: String
        package var route: Route
        package var count: Int
    }

    /// How many values a long group shows.
    package static let shown = 8

    package let techniques: [Value]
    package let bands: [Value]
    package let provinces: [Value]
    package let moreProvinces: Bool
    package let clusters: [Value]
    package let moreClusters: Bool
    package let motifs: [Value]
    package let moreMotifs: Bool
    package let inStock: [Value]

    package init(_ catalog: Catalog, words: Words) {
        let facets = catalog.facets
        techniques = Technique.allCases.compactMap { technique in
            facets.productsByTechnique[technique].map {
                Value(name: words.technique(technique), route: .technique(technique.rawValue), count: $0.count)
            }
        }
        bands = facets.bands.compactMap { band in
            facets.productsByBand[band].map {
                Value(name: words.priceBand(band), route: .priceBand(band.slug), count: $0.count)
            }
        }
        /// The largest values, by count, then in the order given (by name).
        func largest(_ values: [Value]) -> ([Value], Bool) {
            let sorted = values.enumerated().sorted { a, b in
                a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
            }.map(\.element)
            return (Array(sorted.prefix(Self.shown)), sorted.count > Self.shown)
        }
        (provinces, moreProvinces) = largest(
            facets.provinces.map {
                Value(name: $0.name, route: .province($0.slug), count: facets.productsByProvince[$0.slug]?.count ?? 0)
            })
        (clusters, moreClusters) = largest(
            catalog.clusters.map {
                Value(name: $0.name, route: .cluster($0.slug), count: catalog.productsByCluster[$0.slug]?.count ?? 0)
            })
        (motifs, moreMotifs) = largest(
            catalog.motifs.map { Value(name: $0.name, route: .motif($0.slug), count: $0.products.count) })
        inStock =
            facets.inStock.isEmpty
            ? [] : [Value(name: words[.inStock], route: .inStock(), count: facets.inStock.count)]
    }
}
