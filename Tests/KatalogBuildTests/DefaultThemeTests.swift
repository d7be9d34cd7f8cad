import Foundation
import Testing

@testable import KatalogRender

/// The theme compiled into the binary must be exactly the repository's templates/ folder. (What a
/// template may print unescaped is no longer the template's choice: see `Text`.)
@Suite struct DefaultThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        var onDisk: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: Self.templates.path)!
        while let relative = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let path = Self.templates.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                onDisk[relative] = try String(contentsOfFile: path, encoding: .utf8)
            }
        }
        let embedded = Dictionary(uniqueKeysWithValues: DefaultTheme.files)
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run `make theme`")
        for (name, text) in onDisk {
            #expect(embedded[name] == text, "\(name) differs from the embedded copy: run `make theme`")
        }
    }

    @Test func everyPageTemplateExists() {
        let names = Set(DefaultTheme.files.map { $0.0 })
        for page in Theme.pageTemplates { #expect(names.contains(page + ".mustache")) }
    }
}
