import KatalogSystem

/// One file of the built site that is not a rendered page: bytes to write, or a file to copy, with
/// a fingerprint that changes when the file would.
package struct OutputFile: Sendable {
    package enum Content: Sendable, Equatable {
        case bytes([UInt8])
        /// A source file, with its size and time when it was read.
        case copy(from: String, version: FileVersion)
        /// A file katalog keeps beside the output (the image cache), named by its content:
        /// hard-linked, or copied where linking fails.
        case cached(from: String)
    }

    package var route: Route
    package var content: Content

    package init(route: Route, content: Content) {
        self.route = route
        self.content = content
    }

    /// Path inside the output folder, `/`-separated.
    package var path: String { route.path }

    /// Bytes by their content; a copy by its source's path, size and time.
    package var fingerprint: Fingerprint {
        var digest = Fingerprint.Builder()
        switch content {
        case .bytes(let bytes):
            digest.add(byte: 1)
            digest.add(bytes: bytes)
        case .copy(let source, let version):
            digest.add(byte: 2)
            digest.add(source)
            digest.add(int: Int(version.size))
            digest.add(int: Int(version.modified))
        case .cached(let source):
            digest.add(byte: 3)
            digest.add(source)
        }
        return digest.finish()
    }
}
