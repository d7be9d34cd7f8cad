import Foundation
import KatalogContent
import KatalogRender
import KatalogSystem

/// The cache on disk: a text file, one record a line, tab-separated. A path holds `%`, tab and
/// newline percent-encoded (any file name can turn up in the content folder); warnings are stored
/// as JSON.
extension BuildCache {
    static func read(from path: String) -> BuildCache? {
        guard case .success(let data) = SafeRead.bytes(path, limit: Int.max) else { return nil }
        // Read as bytes: tens of thousands of lines, and Character-wise splitting of a String
        // took a fifth of a one-edit rebuild at 10,000 products.
        var lines = data.split(separator: 10, omittingEmptySubsequences: true)[...]
        func text(_ bytes: ArraySlice<UInt8>) -> Substring { Substring(decoding: bytes, as: UTF8.self) }
        guard let first = lines.first, text(first) == Substring(header) else { return nil }
        lines = lines.dropFirst()
        guard let keyLine = lines.first, keyLine.starts(with: Array("key\t".utf8)),
            let key = Fingerprint(text(keyLine.dropFirst(4)))
        else { return nil }
        lines = lines.dropFirst()
        guard let sharedLine = lines.first, sharedLine.starts(with: Array("shared\t".utf8)),
            let shared = Fingerprint(text(sharedLine.dropFirst(7)))
        else { return nil }
        var cache = BuildCache(key: key, shared: shared, inputs: [:], outputs: [:], warnings: [])
        let decoder = JSONDecoder()
        for line in lines.dropFirst() {
            let fields = line.split(separator: 9, omittingEmptySubsequences: false)
            switch fields.first.map(text) {
            case "in" where fields.count == 4:
                guard let size = Int64(text(fields[1])), let modified = Int64(text(fields[2])) else { return nil }
                cache.inputs[Self.decode(text(fields[3]))] = FileVersion(size: size, modified: modified)
            case "out" where fields.count == 3:
                guard let fingerprint = Fingerprint(text(fields[1])) else { return nil }
                cache.outputs[Self.decode(text(fields[2]))] = fingerprint
            case "spare" where fields.count == 3:
                guard let fingerprint = Fingerprint(text(fields[1])) else { return nil }
                cache.spare[Self.decode(text(fields[2]))] = fingerprint
            case "entries" where fields.count == 2:
                guard let digest = ContentHash(text(fields[1])) else { return nil }
                cache.entries = digest
            case "lang" where fields.count == 2:
                guard let language = Language(rawValue: String(text(fields[1]))) else { return nil }
                cache.language = language
            case "spareshared" where fields.count == 2:
                guard let fingerprint = Fingerprint(text(fields[1])) else { return nil }
                cache.spareShared = fingerprint
            case "warn" where fields.count == 2:
                guard let warning = try? decoder.decode(Diagnostic.self, from: Data(fields[1])) else { return nil }
                cache.warnings.append(warning)
            default:
                return nil
            }
        }
        return cache
    }

    /// Writes the cache beside itself, then renames it into place.
    func write(to path: String) throws {
        var text = Self.header + "\nkey\t\(key)\nshared\t\(shared)\nlang\t\(language.rawValue)\n"
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
            text += "in\t\(stamp.size)\t\(stamp.modified)\t\(Self.encode(path))\n"
        }
        for (path, fingerprint) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "out\t\(fingerprint)\t\(Self.encode(path))\n"
        }
        if let entries { text += "entries\t\(entries)\n" }
        if let spareShared { text += "spareshared\t\(spareShared)\n" }
        for (path, fingerprint) in spare.sorted(by: { $0.key < $1.key }) {
            text += "spare\t\(fingerprint)\t\(Self.encode(path))\n"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for warning in warnings {
            text += "warn\t" + String(decoding: try encoder.encode(warning), as: UTF8.self) + "\n"
        }
        let temporary = path + ".tmp"
        do {
            try FileSystem.writeFile(temporary, Array(text.utf8))
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = SystemError.current
            unlink(temporary)
            throw error
        }
    }

    static func encode(_ path: String) -> String {
        guard path.contains(where: { $0 == "%" || $0 == "\t" || $0 == "\n" }) else { return path }
        return path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func decode(_ field: Substring) -> String {
        guard field.contains("%") else { return String(field) }
        return field.replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%25", with: "%")
    }
}
