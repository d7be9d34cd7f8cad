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
        return (Body(html: result.html, links: links, path: path), problems)
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
