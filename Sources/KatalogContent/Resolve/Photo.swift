import KatalogImages
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
    /// The path as the user names it, for messages.
    package var displayPath: String
    package var folder: Folder
    package var file: String
    package var header: ImageHeader
    package var version: FileVersion

    package init(
        sourcePath: String, displayPath: String, folder: Folder, file: String, header: ImageHeader,
        version: FileVersion
    ) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.folder = folder
        self.file = file
        self.header = header
        self.version = version
    }

    /// The name the published files start with: the file name without its extension
    /// (`kain-1.jpg` is published as `kain-1-480.webp`, `kain-1-480.jpg`, ...).
    package var stem: String { Self.stem(of: file) }

    package static func stem(of file: String) -> String {
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The image cache's view of it.
    package var source: ImageCache.Source { ImageCache.Source(path: sourcePath, version: version, header: header) }
}
