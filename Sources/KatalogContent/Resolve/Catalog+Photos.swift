import KatalogImages

extension Catalog {
    /// Finds every listed photo (the product's own folder first, then `images/`), refuses what
    /// libvips cannot publish, warns about photos too small to look sharp and about photo files no
    /// sheet lists.
    static func resolvePhotos(
        _ content: LoadedContent, products: [Product], into diagnostics: inout Diagnostics
    ) -> [String: [Photo]] {
        var result: [String: [Photo]] = [:]
        var used: [String: Set<String>] = [:]
        // Published names per folder (stem → listed file): `kain.jpg` and `kain.png` would clash.
        var stems: [Photo.Folder: [String: String]] = [:]
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
                let header: ImageHeader
                switch file.header {
                case .success(let read): header = read
                case .failure(let problem):
                    diagnostics.error(name.location, Self.reason(problem, name: name.value))
                    continue
                }
                let stem = Photo.stem(of: name.value)
                if let other = stems[folder]?[stem], other != name.value {
                    diagnostics.error(
                        name.location, .photoNamesClash(name: name.value, other: other, published: stem + "-*.webp"))
                    continue
                }
                stems[folder, default: [:]][stem] = name.value
                if header.width < ImageRecipe.smallWidth {
                    diagnostics.warning(
                        SourceLocation(path: file.displayPath),
                        .photoTooSmall(name: name.value, width: header.width, wanted: ImageRecipe.smallWidth))
                }
                photos.append(
                    Photo(
                        sourcePath: file.sourcePath, displayPath: file.displayPath, folder: folder, file: name.value,
                        header: header, version: file.version))
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

    /// The logo `name` (site.yml's `logo`), from `images/`: a PNG or JPEG at least as large as the
    /// largest icon made of it (on its longer side: a wide logo is fitted into the square).
    static func resolveLogo(
        _ name: Located<String>, in content: LoadedContent, into diagnostics: inout Diagnostics
    ) -> Photo? {
        guard Product.photoNameProblem(name.value) == nil, let file = content.sharedImages[name.value] else {
            diagnostics.error(name.location, .logoNotFound(name: name.value))
            return nil
        }
        let header: ImageHeader
        switch file.header {
        case .success(let read): header = read
        case .failure(let problem):
            diagnostics.error(name.location, Self.reason(problem, name: name.value))
            return nil
        }
        guard header.format == .png || header.format == .jpeg else {
            diagnostics.error(
                name.location, .logoNotPNGOrJPEG(name: name.value, format: header.format == .webp ? "WebP" : "HEIF"))
            return nil
        }
        let wanted = LogoFile.minimumSize
        guard max(header.width, header.height) >= wanted else {
            diagnostics.error(
                name.location,
                .logoTooSmall(name: name.value, width: header.width, height: header.height, wanted: wanted))
            return nil
        }
        return Photo(
            sourcePath: file.sourcePath, displayPath: file.displayPath, folder: .shared, file: name.value,
            header: header, version: file.version)
    }

    /// The message for a photo libvips refused.
    package static func reason(_ problem: ImageProblem, name: String) -> Diagnostic.Reason {
        switch problem {
        case .notAPhoto(let kind): .photoNotAnImage(name: name, kind: kind)
        case .damaged: .photoDamaged(name: name)
        case .tooManyPixels(let width, let height):
            .photoTooManyPixels(name: name, width: width, height: height, limit: ImageHeader.pixelLimit)
        case .heifUnreadable: .photoHEICUnreadable(name: name)
        case .failed(let detail): .photoCannotBeProcessed(name: name, detail: detail)
        }
    }
}
