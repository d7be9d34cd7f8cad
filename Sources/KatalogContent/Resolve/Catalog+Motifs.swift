extension Catalog {
    /// Groups the motif names of every product by slug, with the description files: the motifs by
    /// name, and the motif slugs of each product in the order its sheet names them.
    static func groupMotifs(
        products: [Product], descriptions: [String: MotifDescription], into diagnostics: inout Diagnostics
    ) -> ([Motif], [String: [String]]) {
        var spellings: [String: [String: Int]] = [:]
        var productsByMotif: [String: [String]] = [:]
        var motifsByProduct: [String: [String]] = [:]
        for product in products {
            var seen: Set<String> = []
            for name in product.motifNames {
                let slug = Slug.make(name.value)
                guard !slug.isEmpty else {
                    diagnostics.error(name.location, .motifNameEmpty(name: name.value))
                    continue
                }
                guard slug != EntryKind.reservedSlug else {
                    diagnostics.error(name.location, .reservedMotifName(name: name.value, slug: slug))
                    continue
                }
                guard seen.insert(slug).inserted else {
                    diagnostics.warning(name.location, .motifListedTwice(name: name.value))
                    continue
                }
                spellings[slug, default: [:]][name.value, default: 0] += 1
                productsByMotif[slug, default: []].append(product.slug)
                motifsByProduct[product.slug, default: []].append(slug)
            }
        }
        for description in descriptions.values.sorted(by: { $0.slug < $1.slug }) {
            let nameSlug = Slug.make(description.name.value)
            if nameSlug != description.slug {
                diagnostics.warning(
                    description.name.location,
                    .motifNameMismatch(name: description.name.value, slug: nameSlug, file: description.slug))
            }
            if productsByMotif[description.slug] == nil {
                diagnostics.warning(
                    SourceLocation(path: description.body.path), .motifUnused(name: description.name.value))
            }
        }
        var motifs: [Motif] = []
        for slug in Set(spellings.keys).union(descriptions.keys) {
            let name: String
            if let description = descriptions[slug] {
                name = description.name.value
            } else {
                name = Facets.mostUsed(spellings[slug] ?? [:])
            }
            motifs.append(
                Motif(slug: slug, name: name, description: descriptions[slug], products: productsByMotif[slug] ?? []))
        }
        return (sortedByName(motifs, \.name, \.slug), motifsByProduct)
    }
}
