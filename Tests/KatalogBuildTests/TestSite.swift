import Foundation
import KatalogBuild
import KatalogContent
import KatalogRender

/// A small site written inline in a test: path → text, in a fresh temporary folder.
struct TestSite {
    let root: URL

    /// A minimal valid catalogue that tests extend or break.
    static let minimal: [String: String] = [
        "content/site.yml": "title: Katalog Uji\n",
        "content/clusters/sumut.md":
            "---\nname: Klaster Batik Sumut\nprovince: Sumatera Utara\ncity: Medan\n---\nProfil klaster.\n",
        "content/producers/sinar.md": "---\nname: Rumah Batik Sinar\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n",
        "content/products/kain-gorga.md":
            "---\nname: Kain Gorga\nproducer: sinar\nmotifs: [Gorga]\nprice: 450000\n---\nKain tulis.\n",
    ]

    init(_ files: [String: String], base: [String: String] = TestSite.minimal) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("katalog-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in base.merging(files, uniquingKeysWith: { $1 }) {
            try write(path, Data(text.utf8))
        }
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Options for this site: relative paths are read from the site's folder, so the paths in
    /// messages are the short ones a user would see (`content/products/x.md:3:8`). Nothing changes
    /// the process's current folder, so tests build in parallel.
    func options(_ options: BuildOptions = BuildOptions()) -> BuildOptions {
        var options = options
        options.workingDirectory = root.path
        return options
    }

    /// `katalog check` on this site: the printed diagnostic lines.
    func check(templates: String? = nil) -> [String] {
        Builder.check(options(BuildOptions(content: "content", templates: templates))).diagnostics.map(\.description)
    }

    /// Only the error lines of a check.
    func errors() -> [String] { check().filter { $0.contains(": error: ") } }

    /// Only the warning lines of a check.
    func warnings() -> [String] { check().filter { $0.contains(": warning: ") } }

    func build(_ options: BuildOptions = BuildOptions()) -> Report {
        Builder.build(self.options(options))
    }

    /// The text of an output file.
    func output(_ relative: String, folder: String = "public") -> String? {
        try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file below `folder`, relative path → bytes.
    func tree(_ folder: String = "public") -> [String: Data] {
        var result: [String: Data] = [:]
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [:] }
        while let relative = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = base.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                result[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }
}

extension BuildOptions {
    /// Options without a working folder, for tests that give absolute paths or set the folder
    /// later (`TestSite.options`).
    init(
        content: String = "content", templates: String? = nil, output: String = "public", baseURL: String? = nil,
        links: LinkStyle = .dirs, force: Bool = false
    ) {
        self.init(
            content: content, templates: templates, output: output, baseURL: baseURL, links: links, force: force,
            workingDirectory: "/")
    }
}
