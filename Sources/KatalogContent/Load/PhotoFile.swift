import KatalogImages
import KatalogSystem

/// A photo file found in `content/`.
package struct PhotoFile: Sendable {
    /// Absolute path on disk, for copying.
    package var sourcePath: String
    /// The path as the user names it, for messages.
    package var displayPath: String
    /// Format and size as libvips reads them, or why it cannot be published.
    package var header: Result<ImageHeader, ImageProblem>
    /// Size and modification time when it was read: a build copies it again only when they change.
    package var version: FileVersion

    package init(
        sourcePath: String, displayPath: String, header: Result<ImageHeader, ImageProblem>, version: FileVersion
    ) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.header = header
        self.version = version
    }
}
