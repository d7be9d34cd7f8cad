import KatalogSystem

/// A photo file found in `content/`.
package struct PhotoFile: Sendable {
    /// Absolute path on disk, for copying.
    package var sourcePath: String
    /// The path as the user names it, for messages.
    package var displayPath: String
    /// Format and size, nil when the file is not a JPEG, PNG or WebP image.
    package var info: ImageInfo?
    /// Size and modification time when it was read: a build copies it again only when they change.
    package var version: FileVersion

    package init(sourcePath: String, displayPath: String, info: ImageInfo?, version: FileVersion) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.info = info
        self.version = version
    }
}
