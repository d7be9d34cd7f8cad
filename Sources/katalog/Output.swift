import Foundation
import KatalogContent

/// Lines on standard error.
enum Output {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { stderr(diagnostic.description) }
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
