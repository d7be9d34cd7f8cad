import Foundation
import Testing

/// docs/submissions.md is copied from by maintainers: its katalog command lines (in its
/// transcripts and in the CI files) must be ones katalog accepts, and the CI files it shows must be
/// the ones in docs/ci/. The command lines are read against the binary's own description of its
/// command line (ArgumentParser's `--experimental-dump-help`): every subcommand, option and flag
/// must exist, every value of an option with a fixed set of values (`--format`, `--lang`, `--as`,
/// a kind) must be one of them, and a command in a code block must have its required arguments.
@Suite struct SubmissionsDocTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// One subcommand's arguments, as the binary describes them.
    struct Argument {
        var names: [String]
        var positional: Bool
        var takesValue: Bool
        var values: [String]
        var optional: Bool
        var repeating: Bool
    }

    /// katalog's command line: each subcommand's arguments.
    struct Interface {
        var subcommands: [String: [Argument]]

        static func load() throws -> Interface {
            let run = try CLITests.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory)
            #expect(run.status == 0, "\(run.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let command = try #require(root["command"] as? [String: Any])
            var subcommands: [String: [Argument]] = [:]
            for sub in try #require(command["subcommands"] as? [[String: Any]]) {
                let name = try #require(sub["commandName"] as? String)
                subcommands[name] = try (sub["arguments"] as? [[String: Any]] ?? []).map { argument in
                    let kind = try #require(argument["kind"] as? String)
                    let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
                        guard let text = name["name"] as? String else { return nil }
                        return (name["kind"] as? String == "long" ? "--" : "-") + text
                    }
                    return Argument(
                        names: names, positional: kind == "positional", takesValue: kind == "option",
                        values: argument["allValues"] as? [String] ?? [],
                        optional: argument["isOptional"] as? Bool ?? true,
                        repeating: argument["isRepeating"] as? Bool ?? false)
                }
            }
            return Interface(subcommands: subcommands)
        }

        /// Why katalog would refuse these words (the subcommand first), or nil when it accepts
        /// them. `complete` is false for a command named in the text (`katalog new`), which need
        /// not have its required arguments.
        func problem(_ words: [String], complete: Bool = true) -> String? {
            guard let sub = words.first else { return "no subcommand" }
            guard let arguments = subcommands[sub] else { return "no subcommand '\(sub)'" }
            let positionals = arguments.filter(\.positional)
            var next = 0
            var index = 1
            while index < words.count {
                let word = words[index]
                index += 1
                if word.hasPrefix("-"), word.count > 1 {
                    let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                    guard let argument = arguments.first(where: { $0.names.contains(parts[0]) }) else {
                        return "\(sub) has no option \(parts[0])"
                    }
                    if !argument.takesValue {
                        if parts.count == 2 { return "\(parts[0]) takes no value" }
                        continue
                    }
                    let value: String
                    if parts.count == 2 {
                        value = parts[1]
                    } else {
                        guard index < words.count else { return "\(parts[0]) needs a value" }
                        value = words[index]
                        index += 1
                    }
                    if !argument.values.isEmpty, !argument.values.contains(value) {
                        return "\(parts[0]) \(value): not one of \(argument.values.joined(separator: ", "))"
                    }
                } else {
                    guard next < positionals.count else { return "\(sub) takes no argument '\(word)'" }
                    let argument = positionals[next]
                    if !argument.values.isEmpty, !argument.values.contains(word) {
                        return "'\(word)': not one of \(argument.values.joined(separator: ", "))"
                    }
                    if !argument.repeating { next += 1 }
                }
            }
            if complete, let missing = positionals[next...].first(where: { !$0.optional }) {
                return "\(sub) needs its \(missing.names.first ?? "required") argument(s): \(positionals.count) in all"
            }
            return nil
        }
    }

    /// A command's words as a shell splits them (quotes removed), up to a redirection or comment.
    static func words(_ command: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if !inWord && (character == ">" || character == "<" || character == "#") {
                return words
            } else if character == ">" && word.allSatisfy(\.isNumber) {
                return words  // 2>/dev/null
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// A shell line's commands: its parts between `;`, `|` and `&` outside quotes.
    static func segments(_ line: Substring) -> [Substring] {
        var segments: [Substring] = []
        var start = line.startIndex
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ";" || character == "|" || character == "&" {
                segments.append(line[start..<index])
                start = line.index(after: index)
            }
        }
        segments.append(line[start...])
        return segments
    }

    /// The katalog commands of a Markdown text: in code blocks, every command (after `$ `, a YAML
    /// `- ` or `run: `, and between `;`, `|`, `&&`, `||` and `then`) whose program is `katalog`
    /// or a path ending in `/katalog`, with `complete` true; in the text, every code span
    /// starting with `katalog `, with `complete` false. Each is its words after the program.
    static func commands(in markdown: String) -> [(words: [String], complete: Bool)] {
        var found: [(words: [String], complete: Bool)] = []
        var inBlock = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") {
                inBlock.toggle()
                continue
            }
            if inBlock {
                if trimmed.hasPrefix("#") { continue }
                for segment in segments(trimmed) {
                    var rest = segment.drop(while: { $0 == " " })
                    var stripped = true
                    while stripped {
                        stripped = false
                        for prefix in ["$ ", "- ", "run: ", "then ", "do "] where rest.hasPrefix(prefix) {
                            rest = rest.dropFirst(prefix.count).drop(while: { $0 == " " })
                            stripped = true
                        }
                    }
                    let all = words(rest)
                    if let program = all.first, program == "katalog" || program.hasSuffix("/katalog") {
                        found.append((Array(all.dropFirst()), true))
                    }
                }
            } else {
                for span in line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                where span.offset % 2 == 1 && span.element.hasPrefix("katalog ") {
                    found.append((Array(words(span.element).dropFirst()), false))
                }
            }
        }
        return found
    }

    @Test func everyKatalogCommandInTheSubmissionsDocIsOneKatalogAccepts() throws {
        let interface = try Interface.load()
        let commands = Self.commands(in: try Self.text("docs/submissions.md"))
        for command in commands {
            let problem = interface.problem(command.words, complete: command.complete)
            #expect(problem == nil, "katalog \(command.words.joined(separator: " ")): \(problem ?? "")")
        }
        // The lines the CI files run, the one-file check and new are among them.
        let lines = Set(commands.map { $0.words.joined(separator: " ") })
        for expected in [
            "check --content content --strict --format github", "check --content content --strict --format gitlab",
            "check ~/Downloads/batik-tulis-kopi-arabika.md", "check --as producer ~/Downloads/batik-kawung-ijen.md",
            "new product kain-kawung-biru --producer batik-kawung-ijen",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
    }

    /// The reading above refuses what katalog refuses, so a mistake in the doc would fail it.
    @Test func commandsKatalogRefusesAreFound() throws {
        let interface = try Interface.load()
        let markdown = """
            `katalog chek FILE` and `katalog new`

            ```
            $ katalog check --content content --strict --format gitlab-ci > report.json
            - if true; then .build/debug/katalog check --stirct || true; fi
            run: katalog new produk kain-baru
            katalog new product
            katalog check --lang jv x.md 2>/dev/null | python3 -c 'x; katalog check --bad'
            ```
            """
        let commands = Self.commands(in: markdown)
        #expect(
            commands.map(\.words) == [
                ["chek", "FILE"], ["new"],
                ["check", "--content", "content", "--strict", "--format", "gitlab-ci"], ["check", "--stirct"],
                ["new", "produk", "kain-baru"], ["new", "product"], ["check", "--lang", "jv", "x.md"],
            ])
        #expect(
            commands.map { interface.problem($0.words, complete: $0.complete) } == [
                "no subcommand 'chek'", nil,
                "--format gitlab-ci: not one of text, json, github, gitlab", "check has no option --stirct",
                "'produk': not one of cluster, producer, product, motif, page",
                "new needs its required argument(s): 2 in all", "--lang jv: not one of id, en",
            ])
        #expect(interface.problem(["new", "product", "kain-baru", "--producer", "sinar"]) == nil)
        #expect(interface.problem(["check", "--as", "producer", "a.md", "b.md", "--format=json"]) == nil)
    }

    /// The CI files the doc shows are docs/ci/'s, byte for byte, so that copying either is the same.
    @Test func theCIFilesInTheDocAreTheOnesInDocsCI() throws {
        let doc = try Self.text("docs/submissions.md")
        for file in ["docs/ci/github-workflow.yml", "docs/ci/gitlab-ci.yml"] {
            let yaml = try Self.text(file)
            #expect(doc.contains("```yaml\n" + yaml + "```\n"), "\(file) is not shown as it is")
        }
    }
}
