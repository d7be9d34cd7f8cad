import Foundation
import KatalogRender

/// Live reload: the script the server puts into every HTML response it sends (never into a build),
/// the events it streams, and the log of recent changes that lets a page catch up on what it missed.
///
/// A page knows which snapshot it was served from (the server's id and the version in its script
/// tag) and which pages it shows (its keys). It opens `<base>_katalog/events?server=…&since=…`;
/// the server answers at once with what changed since that version (everything when the server is
/// another one: it restarted), then with every publish. The page reloads only when its own key is
/// in a change, or on `all`. A hidden tab closes its stream (browsers allow about six connections
/// to one host) and catches up the same way when it is shown again; a lost stream reconnects every
/// second, so the page finds a restarted server.
package enum LiveReload {
    /// The reload script, served at `<base>_katalog/live.js`. It reads its settings from its own tag's
    /// `data-katalog-*` attributes and uses only path-absolute URLs, so it works on any host the
    /// page was opened with (127.0.0.1, [::1], a LAN address).
    package static let script = #"""
        // katalog serve: reloads this page when the site is rebuilt and this page changed.
        (function () {
          "use strict";
          var tag = document.querySelector("script[data-katalog-events]");
          if (!tag || !window.EventSource) return;
          var keys = (tag.getAttribute("data-katalog-pages") || "").split(" ");
          var server = tag.getAttribute("data-katalog-server");
          var version = tag.getAttribute("data-katalog-version");
          var source = null, timer = null;
          function concerns(change) {
            if (change.all) return true;
            for (var i = 0; i < keys.length; i++) {
              if (keys[i] === "*" || change.pages.indexOf(keys[i]) >= 0) return true;
            }
            return false;
          }
          function connect() {
            timer = null;
            if (source || document.hidden) return;
            var url = tag.getAttribute("data-katalog-events") + "?server=" + encodeURIComponent(server) +
              "&since=" + encodeURIComponent(version);
            source = new EventSource(url);
            source.addEventListener("reload", function (event) {
              var change = JSON.parse(event.data);
              server = change.server;
              version = String(change.version);
              if (concerns(change)) { disconnect(); location.reload(); }
            });
            source.onerror = function () { disconnect(); if (!timer) timer = setTimeout(connect, 1000); };
          }
          function disconnect() { if (source) { source.close(); source = null; } }
          document.addEventListener("visibilitychange", function () {
            if (document.hidden) disconnect(); else connect();
          });
          window.addEventListener("pagehide", disconnect);
          window.addEventListener("pageshow", function (event) { if (event.persisted) connect(); });
          connect();
        })();
        """#

    /// The tag put before `</body>` of a page with these keys (`pageKey`s; `*`: any change),
    /// served by server `serverID` at `version`.
    package static func scriptTag(basePath: String, keys: [String], serverID: String, version: Int) -> String {
        let folder = basePath + RequestRoute.reservedFolder
        return "<script src=\"\(Text.escape(folder))/live.js\" data-katalog-events=\"\(Text.escape(folder))/events\" "
            + "data-katalog-server=\"\(Text.escape(serverID))\" data-katalog-version=\"\(version)\" "
            + "data-katalog-pages=\"\(Text.escape(keys.joined(separator: " ")))\" defer></script>"
    }

    /// The key of the page at `sitePath` in events and script tags: its URL path under the base
    /// path, percent-encoded, without a final `index.html` (`products/kain/index.html` →
    /// `/products/kain/`), so both link styles of a page have one key.
    package static func pageKey(_ sitePath: String, basePath: String) -> String {
        var path = sitePath
        if path == "index.html" || path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return basePath + (BasePath.encodePath(path) ?? path)
    }

    /// One reload event in the event-stream format: `event: reload` and one line of JSON
    /// (`{"all":false,"pages":["/products/kain/"],"server":"…","version":7}`; pages sorted).
    package static func event(_ change: Change, serverID: String, version: Int) -> [UInt8] {
        let message = Message(
            all: change == .all, pages: change.pages.sorted(), server: serverID, version: version)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A struct of strings, a number and a flag always encodes; the JSON has no line break.
        let json = (try? encoder.encode(message)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Array("event: reload\ndata: \(json)\n\n".utf8)
    }

    /// The first bytes of every stream: how long a browser waits before it reconnects by itself.
    package static let streamStart = Array("retry: 1000\n\n".utf8)
    /// A comment sent while nothing happens, so proxies and browsers keep the stream open.
    package static let keepAlive = Array(": keep-alive\n\n".utf8)

    /// What changed, as page keys.
    package enum Change: Equatable, Sendable {
        case all
        case pages(Set<String>)

        var pages: Set<String> {
            if case .pages(let pages) = self { pages } else { [] }
        }

        func merged(with other: Change) -> Change {
            switch (self, other) {
            case (.pages(let a), .pages(let b)): .pages(a.union(b))
            default: .all
            }
        }
    }

    private struct Message: Encodable {
        var all: Bool
        var pages: [String]
        var server: String
        var version: Int
    }

    /// The recent changes by version, so a page can catch up on the publishes it missed.
    package struct Log: Sendable {
        /// The version of the newest publish; 0 before any.
        package private(set) var version = 0
        private var entries: [(version: Int, change: Change)] = []
        /// How many changes are kept; a page further behind reloads (`all`).
        package static let capacity = 256

        package init() {}

        /// Records `change` as the next version, and returns that version.
        package mutating func record(_ change: Change) -> Int {
            version += 1
            entries.append((version, change))
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
            return version
        }

        /// Everything that changed after `since`: nil when nothing did, `all` when the log no longer
        /// reaches back that far or `since` is not a version of this log.
        package func changes(since: Int) -> Change? {
            guard since != version else { return nil }
            guard since >= 0, since < version, entries.isEmpty || entries[0].version <= since + 1 else {
                return .all
            }
            return entries.filter { $0.version > since }.map(\.change).reduce(Change.pages([])) { $0.merged(with: $1) }
        }
    }
}
