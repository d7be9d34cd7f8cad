import Foundation
import Testing

@testable import KatalogRender

/// The theme compiled into the binary must be exactly the repository's templates/ folder. (What a
/// template may print unescaped is no longer the template's choice: see `Text`.)
@Suite struct DefaultThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        var onDisk: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: Self.templates.path)!
        while let relative = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let path = Self.templates.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                onDisk[relative] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        // Text files as text, binary files (the icons) as hexadecimal digits.
        let embedded = Dictionary(
            uniqueKeysWithValues: DefaultTheme.files.map { ($0.0, Array($0.1.utf8)) }
                + DefaultTheme.binaryFiles.map { ($0.0, Theme.bytes(hex: $0.1)) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run `make theme`")
        for (name, bytes) in onDisk {
            #expect(embedded[name] == bytes, "\(name) differs from the embedded copy: run `make theme`")
        }
        #expect(
            DefaultTheme.binaryFiles.map(\.0).sorted() == [
                "icons/apple-touch-icon.png", "icons/favicon.ico", "icons/icon-192.png", "icons/icon-512.png",
            ])
    }

    @Test func everyPageTemplateExists() {
        let names = Set(DefaultTheme.files.map { $0.0 })
        for page in Theme.pageTemplates { #expect(names.contains(page + ".mustache")) }
    }
}
