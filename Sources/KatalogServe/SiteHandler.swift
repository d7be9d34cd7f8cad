import FlyingFox
import Foundation
import KatalogSystem

/// Answers every request from the current snapshot (`RequestRoute` decides what is asked).
struct SiteHandler: HTTPHandler {
    let core: Core

    /// The largest file read from disk for one response (a photo is well under this).
    static let diskFileLimit = 256 << 20

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            var response = Self.text(.methodNotAllowed, "Only GET and HEAD are served here.\n", head: false)
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let snapshot = core.snapshot
        switch RequestRoute.route(rawPath: request.target.path(), basePath: core.basePath) {
        case .badRequest:
            return Self.text(.badRequest, "Bad request: not a path of this site.\n", head: head)
        case .redirect(let location):
            // 302, not 301: the base path is a setting of this server, not of the site.
            return Self.redirect(.found, to: location, head: head)
        case .notFound:
            return notFound(keys: [], snapshot: snapshot, head: head)
        case .reserved("live.js"):
            return Self.response(
                .ok, contentType: ContentType.javaScript, body: Array(LiveReload.script.utf8), head: head)
        case .reserved("events"):
            return events(request, head: head)
        case .reserved:
            return notFound(keys: [], snapshot: snapshot, head: head)
        case .file(let path):
            return file(path, snapshot: snapshot, head: head)
        }
    }

    private func file(_ path: String, snapshot: Core.Snapshot, head: Bool) -> HTTPResponse {
        guard let site = snapshot.site else {
            // Nothing published yet: a page that reloads on the first publish.
            let waiting =
                "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Building…</title><body><p>katalog serve is building the site. This page reloads when it is"
                + " ready.</p></body></html>"
            return page(Array(waiting.utf8), status: .serviceUnavailable, keys: ["*"], snapshot: snapshot, head: head)
        }
        if let served = site.file(at: path) {
            return serve(served, at: path, status: .ok, keys: [key(path)], snapshot: snapshot, head: head)
                ?? notFound(keys: [key(path)], snapshot: snapshot, head: head)
        }
        // `dir` whose `dir/index.html` exists: to `dir/`, as a static host does, so relative links work.
        if !path.hasSuffix("/index.html"), path != "index.html", site.file(at: path + "/index.html") != nil {
            let location = core.basePath + (BasePath.encodePath(path) ?? path) + "/"
            return Self.redirect(.movedPermanently, to: location, head: head)
        }
        // The page may appear in a later build: its keys make this 404 reload then.
        var keys = [key(path)]
        if !path.hasSuffix("index.html") { keys.append(key(path + "/index.html")) }
        return notFound(keys: keys, snapshot: snapshot, head: head)
    }

    /// The site's `404.html` with status 404, or a small page of the server's own.
    private func notFound(keys: [String], snapshot: Core.Snapshot, head: Bool) -> HTTPResponse {
        let notFoundPage = "404.html"
        if let site = snapshot.site, let page = site.file(at: notFoundPage),
            let response = serve(
                page, at: notFoundPage, status: .notFound, keys: keys + [key(notFoundPage)], snapshot: snapshot,
                head: head)
        {
            return response
        }
        let fallback =
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Not found</title><body><h1>Not found</h1><p>The site has no such page.</p></body></html>"
        return page(
            Array(fallback.utf8), status: .notFound, keys: keys + [key(notFoundPage)], snapshot: snapshot, head: head)
    }

    /// `served` as the response, or nil when its file on disk is gone.
    private func serve(
        _ served: ServedFile, at path: String, status: HTTPStatusCode, keys: [String], snapshot: Core.Snapshot,
        head: Bool
    ) -> HTTPResponse? {
        let bytes: [UInt8]
        switch served.body {
        case .bytes(let inMemory):
            bytes = inMemory
        case .disk(let file):
            switch SafeRead.bytes(file, limit: Self.diskFileLimit) {
            case .success(let read): bytes = read
            case .failure(.missing): return nil
            case .failure(let failure):
                return Self.text(.internalServerError, "Cannot read the file: \(failure)\n", head: head)
            }
        }
        let contentType = served.contentType ?? ContentType.of(path)
        guard ContentType.isHTML(contentType) else {
            return Self.response(status, contentType: contentType, body: bytes, head: head)
        }
        return page(bytes, status: status, keys: keys, snapshot: snapshot, head: head, contentType: contentType)
    }

    /// An HTML page with the banner and the reload script put in.
    private func page(
        _ html: [UInt8], status: HTTPStatusCode, keys: [String], snapshot: Core.Snapshot, head: Bool,
        contentType: String = ContentType.html
    ) -> HTTPResponse {
        let script = LiveReload.scriptTag(
            basePath: core.basePath, keys: keys, serverID: snapshot.serverID, version: snapshot.version)
        let body = HTMLInjection.inject(banner: snapshot.banner, script: script, into: html)
        return Self.response(status, contentType: contentType, body: body, head: head)
    }

    private func events(_ request: HTTPRequest, head: Bool) -> HTTPResponse {
        var headers = Self.commonHeaders(contentType: ContentType.eventStream)
        // Tells a proxy such as nginx not to hold events back.
        headers[HTTPHeader("X-Accel-Buffering")] = "no"
        guard !head else { return HTTPResponse(statusCode: .ok, headers: headers) }
        let query = { (name: String) in request.query.first { $0.name == name }?.value }
        guard let stream = core.subscribe(server: query("server"), since: query("since")) else {
            return Self.text(.serviceUnavailable, "The server is stopping.\n", head: head)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: stream))
    }

    private func key(_ sitePath: String) -> String { LiveReload.pageKey(sitePath, basePath: core.basePath) }

    // MARK: Responses

    static func commonHeaders(contentType: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = contentType
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[.cacheControl] = "no-store"
        return headers
    }

    /// A response with `body`; for HEAD, the same headers (and `Content-Length`) without the body.
    static func response(_ status: HTTPStatusCode, contentType: String, body: [UInt8], head: Bool) -> HTTPResponse {
        var headers = commonHeaders(contentType: contentType)
        guard !head else {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body))
    }

    static func text(_ status: HTTPStatusCode, _ text: String, head: Bool) -> HTTPResponse {
        response(status, contentType: ContentType.plainText, body: Array(text.utf8), head: head)
    }

    static func redirect(_ status: HTTPStatusCode, to location: String, head: Bool) -> HTTPResponse {
        var response = text(status, "See \(location)\n", head: head)
        response.headers[.location] = location
        return response
    }
}
