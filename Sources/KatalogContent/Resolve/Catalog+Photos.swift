extension Catalog {
    /// Finds every listed photo (the product's own folder first, then `images/`), and warns about
    /// photo files no sheet lists.
    static func resolvePhotos(
        _ content: LoadedContent, products: [Product], into diagnostics: inout Diagnostics
    ) -> [String: [Photo]] {
        var result: [String: [Photo]] = [:]
        var used: [String: Set<String>] = [:]
        for product in products {
            var photos: [Photo] = []
            var seen: Set<String> = []
            for name in product.photos where Product.photoNameProblem(name.value) == nil {
                guard seen.insert(name.value).inserted else {
                    diagnostics.warning(name.location, .photoListedTwice(name: name.value))
                    continue
                }
                let file: PhotoFile
                let folder: Photo.Folder
                if let own = content.productFolders[product.slug]?[name.value] {
                    (file, folder) = (own, .product(product.slug))
                    used[product.slug, default: []].insert(name.value)
                } else if let shared = content.sharedImages[name.value] {
                    (file, folder) = (shared, .shared)
                } else {
                    diagnostics.error(name.location, .photoNotFound(name: name.value, product: product.slug))
                    continue
                }
                guard let info = file.info else {
                    diagnostics.error(name.location, .photoNotAnImage(name: name.value))
                    continue
                }
                photos.append(
                    Photo(
                        sourcePath: file.sourcePath, folder: folder, file: name.value, info: info, version: file.version
                    ))
            }
            if !photos.isEmpty { result[product.slug] = photos }
        }
        for (slug, files) in content.productFolders.sorted(by: { $0.key < $1.key }) {
            let folder = content.productFolderPaths[slug] ?? slug
            guard content.products[slug] != nil || content.failed.contains("products/" + slug) else {
                diagnostics.warning(SourceLocation(path: folder), .photoFolderWithoutSheet(slug: slug))
                continue
            }
            for name in files.keys.sorted() where !(used[slug]?.contains(name) ?? false) {
                diagnostics.warning(SourceLocation(path: files[name]!.displayPath), .photoNotListed)
            }
        }
        return result
    }
}
