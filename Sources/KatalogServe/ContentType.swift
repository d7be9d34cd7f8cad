import Foundation

/// The `Content-Type` of a site file, by its name. Text types say UTF-8, which is what katalog
/// writes; unknown extensions are `application/octet-stream` (with `nosniff`, never run as a page).
package enum ContentType {
    package static let html = "text/html; charset=utf-8"
    package static let plainText = "text/plain; charset=utf-8"
    package static let eventStream = "text/event-stream; charset=utf-8"
    package static let javaScript = "text/javascript; charset=utf-8"

    /// The type of the file at `sitePath`.
    package static func of(_ sitePath: String) -> String {
        let name = sitePath.split(separator: "/").last.map { $0.lowercased() } ?? ""
        // katalog's Atom feed is `feed.xml` (Route.feed).
        if name == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[String(name[name.index(after: dot)...])] ?? "application/octet-stream"
    }

    /// Whether `contentType` is HTML, the only type the live-reload script and the problems banner
    /// are put into.
    package static func isHTML(_ contentType: String) -> Bool {
        let media = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return media.trimmingCharacters(in: .whitespaces).lowercased() == "text/html"
    }

    private static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": javaScript, "mjs": javaScript,
        "json": "application/json",
        "webmanifest": "application/manifest+json",
        "xml": "application/xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8",
        "txt": plainText,
        "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "webp": "image/webp",
        "avif": "image/avif",
        "gif": "image/gif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff2": "font/woff2",
        "woff": "font/woff",
    ]
}
