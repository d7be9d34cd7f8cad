import KatalogSystem

/// A photo that will be published: where it comes from and which folder it was found in (the
/// renderer's `Route` knows where that puts it in the output).
package struct Photo: Sendable {
    package enum Folder: Sendable, Hashable {
        /// `products/<slug>/`, the product's own folder.
        case product(String)
        /// `images/`, shared by several products.
        case shared
    }

    package var sourcePath: String
    package var folder: Folder
    package var file: String
    package var info: ImageInfo
    package var version: FileVersion

    package init(sourcePath: String, folder: Folder, file: String, info: ImageInfo, version: FileVersion) {
        self.sourcePath = sourcePath
        self.folder = folder
        self.file = file
        self.info = info
        self.version = version
    }
}
