import Foundation

/// What a request's path asks for, decided from the request target exactly as the client sent it
/// (FlyingFox's `request.path` has already removed dot segments, which would hide a traversal
/// attempt and serve something else than was asked). Pure: no file system, no site.
package enum RequestRoute: Equatable, Sendable {
    /// A file of the site by its site path: percent-decoded once, no leading slash, every segment
    /// checked; a path ending in `/` asks for the folder's `index.html`.
    case file(String)
    /// One of the server's own files under `<base>_katalog/` (`events`, `live.js`). Katalog's slugs
    /// never start with `_`, so no page of a site can be there.
    case reserved(String)
    /// A redirect to this path-absolute location (the base path, when the request is outside it).
    case redirect(String)
    /// Outside the base path.
    case notFound
    /// A path that is not one a browser makes for a site: `..` or `.` segments (encoded or not),
    /// empty segments, NUL or other control characters, backslashes, bad percent-encoding or UTF-8,
    /// or not starting with `/`.
    case badRequest

    /// The folder of the server's own files, under the base path.
    package static let reservedFolder = "_katalog"

    /// Routes `rawPath` (the request target's path, before `?`, as sent) under `basePath` (as
    /// `BasePath.normalize` makes it: starts and ends with `/`).
    package static func route(rawPath: String, basePath: String) -> RequestRoute {
        guard rawPath.hasPrefix("/"), rawPath.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return .badRequest
        }
        guard rawPath.hasPrefix(basePath) else {
            // `/` and the base path without its slash lead to the site; nothing else is served.
            return rawPath == "/" || rawPath + "/" == basePath ? .redirect(basePath) : .notFound
        }
        let encoded = rawPath.dropFirst(basePath.count)
        // Decoded once: `%2e%2e` is `..` (refused below), `%252e` stays the name `%2e`.
        guard let decoded = String(encoded).removingPercentEncoding else { return .badRequest }
        if decoded.isEmpty { return .file("index.html") }
        guard !decoded.hasPrefix("/"),
            !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" })
        else { return .badRequest }
        let isFolder = decoded.hasSuffix("/")
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropLast(isFolder ? 1 : 0)
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return .badRequest }
        if segments.first == Substring(reservedFolder) {
            return .reserved(segments.dropFirst().joined(separator: "/") + (isFolder ? "/" : ""))
        }
        return .file(isFolder ? decoded + "index.html" : decoded)
    }
}

/// The path the site is served under.
package enum BasePath {
    package struct Invalid: Error, Equatable, CustomStringConvertible {
        package var basePath: String
        package var description: String {
            "the base path \"\(basePath)\" must be a path of plain folder names, such as /batik/"
        }
    }

    /// `basePath` percent-encoded, starting and ending with `/` (`sub` → `/sub/`, `` → `/`), or
    /// `Invalid` when a segment is empty, `.` or `..`, or holds a control character or backslash.
    package static func normalize(_ basePath: String) throws(Invalid) -> String {
        let segments = basePath.split(separator: "/", omittingEmptySubsequences: false)
            .dropFirst(basePath.hasPrefix("/") ? 1 : 0)
            .dropLast(basePath.hasSuffix("/") && basePath != "/" ? 1 : 0)
        if basePath.isEmpty || basePath == "/" { return "/" }
        var path = "/"
        for segment in segments {
            guard !segment.isEmpty, segment != ".", segment != "..",
                !segment.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }),
                let encoded = encodePath(String(segment))
            else { throw Invalid(basePath: basePath) }
            path += encoded + "/"
        }
        return path
    }

    /// `path` percent-encoded for a URL path (slashes kept); nil only for unpaired surrogates.
    package static func encodePath(_ path: String) -> String? {
        path.addingPercentEncoding(withAllowedCharacters: pathAllowed)
    }

    /// RFC 3986 unreserved characters, sub-delimiters but `;` and `'`, `:`, `@` and `/`.
    private static let pathAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,=:@/")
}
