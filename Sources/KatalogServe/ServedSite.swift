/// One file of the site as `DevServer` serves it.
package struct ServedFile: Sendable {
    package enum Body: Sendable {
        /// The file's bytes, held in memory (a rendered page, an asset).
        case bytes([UInt8])
        /// A file on disk at this absolute path, which the site chose (a photo in the image cache);
        /// never a path made from a request. Read when it is served, as a regular file only.
        case disk(String)
    }

    package var body: Body
    /// The `Content-Type` to send; nil: by the site path's extension (`ContentType.of`).
    package var contentType: String?

    package init(body: Body, contentType: String? = nil) {
        self.body = body
        self.contentType = contentType
    }

    package static func bytes(_ bytes: [UInt8], contentType: String? = nil) -> ServedFile {
        ServedFile(body: .bytes(bytes), contentType: contentType)
    }

    package static func disk(_ path: String, contentType: String? = nil) -> ServedFile {
        ServedFile(body: .disk(path), contentType: contentType)
    }
}

/// The site being served: a snapshot of every file, replaced whole by `DevServer.publish` after
/// every rebuild. Asked from many requests at once, so it must be safe to read from any thread.
package protocol ServedSite: Sendable {
    /// The file at `sitePath`, or nil. A site path has no leading slash and is percent-decoded, as
    /// the file's path in a built output folder: `index.html`, `products/kain/index.html`,
    /// `css/site.css`. The server asks only for paths it has checked (no `.` or `..` segment, no
    /// empty segment, no NUL or backslash), and never reads the file system for a site path itself.
    func file(at sitePath: String) -> ServedFile?
}

/// A site with no file: what to publish when the first build failed, so that every page shows the
/// problems.
package struct EmptySite: ServedSite {
    package init() {}
    package func file(at sitePath: String) -> ServedFile? { nil }
}

/// Which pages a rebuild changed, to tell the browsers that show them to reload.
package enum ChangedPages: Sendable, Equatable {
    /// Every page (a template, a stylesheet or a script changed, or the site's shared values).
    case all
    /// The site paths of the HTML files that changed (`products/kain/index.html`), added or
    /// removed. A change to a file that is not HTML (CSS, a photo, a script) should be `.all`: no
    /// page would reload for it.
    case pages(Set<String>)
}
