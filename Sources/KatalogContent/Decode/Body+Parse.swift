import KatalogMarkdown

extension Body {
    /// Renders a body's Markdown (the file with its front matter blanked, so lines are the file's)
    /// into safe HTML, collecting its links to other entries and every problem at its line.
    ///
    /// Only `product:`, `producer:`, `cluster:`, `motif:` and `page:` links are katalog's (scheme in
    /// any case, optional `#fragment`); each becomes a placeholder the renderer fills in. Every
    /// other link follows the safe-link rules, so `tel:` and `mailto:` are kept as written.
    package static func parse(_ markdown: String, path: String) -> (Body, [Diagnostic]) {
        guard !markdown.allSatisfy(\.isWhitespace) else { return (Body(path: path), []) }
        var links: [EntryLink] = []
        var problems: [Diagnostic] = []
        let result = Markdown.render(markdown) { link in
            guard let colon = link.destination.firstIndex(of: ":"),
                let target = EntryKind(scheme: link.destination[..<colon].lowercased())
            else { return .keep }
            var rest = link.destination[link.destination.index(after: colon)...]
            var fragment = ""
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            let location = SourceLocation(path: path, line: link.line, column: link.column)
            guard !rest.isEmpty else {
                problems.append(.error(location, .linkNeedsName(scheme: target.singular)))
                return .remove
            }
            links.append(EntryLink(target: target, name: String(rest), fragment: fragment, location: location))
            return .replace(placeholderScheme + String(links.count - 1))
        }
        for issue in result.issues {
            let location = SourceLocation(path: path, line: issue.line, column: issue.column)
            problems.append(Diagnostic(issue.severity == .error ? .error : .warning, location, Self.reason(issue.kind)))
        }
        return (Body(html: result.html, links: links, path: path, markdown: source(markdown)), problems)
    }

    /// The Markdown as written: `text` without its leading blank lines (the blanked front matter,
    /// and any the author left) and trailing white space. The first line keeps its indentation.
    static func source(_ text: String) -> Substring {
        let utf8 = text.utf8
        guard let firstVisible = utf8.firstIndex(where: { !isBlank($0) }) else { return "" }
        let lineStart =
            utf8[..<firstVisible].lastIndex(of: UInt8(ascii: "\n")).map(utf8.index(after:)) ?? utf8.startIndex
        let end = utf8.lastIndex(where: { !isBlank($0) }).map(utf8.index(after:)) ?? utf8.endIndex
        return text[lineStart..<end]
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    static func reason(_ kind: Markdown.Issue.Kind) -> Diagnostic.Reason {
        switch kind {
        case .rawHTML(let snippet): .rawHTML(snippet: snippet)
        case .linkRemoved(let destination, let isImage): .linkRemoved(destination: destination, isImage: isImage)
        case .tooDeep(let limit): .bodyTooDeep(limit: limit)
        case .tooManyItems(let count, let limit): .bodyListTooLong(count: count, limit: limit)
        case .moreProblems(let count): .moreProblems(count: count)
        case .nulCharacter: .nulCharacter
        }
    }
}
