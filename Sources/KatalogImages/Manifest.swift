import Foundation
import KatalogSystem

/// The image cache's list of what it holds (see `ImageCache`), a small text file:
///
///     katalog-images 2
///     S <tab> size <tab> time <tab> digest <tab> format <tab> width <tab> height <tab> alpha <tab> path
///     D <tab> digest <tab> #rrggbb <tab> name:width:height:bytes <tab> ...
struct Manifest: Sendable, Equatable {
    struct Known: Sendable, Equatable {
        var version: FileVersion
        var digest: String
        var header: ImageHeader
    }
    struct File: Sendable, Equatable {
        var width: Int
        var height: Int
        var bytes: Int
    }
    struct Entry: Sendable, Equatable {
        var colour: String
        var files: [String: File]
    }

    static let fileName = "manifest"
    private static let header = "katalog-images 2"

    var sources: [String: Known] = [:]
    var digests: [String: Entry] = [:]

    static func read(from path: String) -> Manifest? {
        guard case .success(let bytes) = SafeRead.bytes(path, limit: 1 << 30) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return nil }
        var manifest = Manifest()
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "S":
                guard fields.count == 9, let size = Int64(fields[1]), let time = Int64(fields[2]),
                    let format = ImageFormat(rawValue: String(fields[4])), let width = Int(fields[5]),
                    let height = Int(fields[6])
                else { return nil }
                manifest.sources[String(fields[8])] = Known(
                    version: FileVersion(size: size, modified: time), digest: String(fields[3]),
                    header: ImageHeader(format: format, width: width, height: height, hasAlpha: fields[7] == "1"))
            case "D":
                guard fields.count >= 3 else { return nil }
                var files: [String: File] = [:]
                for item in fields.dropFirst(3) {
                    let parts = item.split(separator: ":")
                    guard parts.count == 4, let w = Int(parts[1]), let h = Int(parts[2]), let n = Int(parts[3]) else {
                        return nil
                    }
                    files[String(parts[0])] = File(width: w, height: h, bytes: n)
                }
                manifest.digests[String(fields[1])] = Entry(colour: String(fields[2]), files: files)
            default:
                return nil
            }
        }
        return manifest
    }

    /// Written to a temporary file, then renamed: a reader sees the old manifest or the new one.
    func write(to path: String) throws(SystemError) {
        var text = Self.header + "\n"
        for (path, known) in sources.sorted(by: { $0.key < $1.key }) {
            let header = known.header
            text += "S\t\(known.version.size)\t\(known.version.modified)\t\(known.digest)\t\(header.format.rawValue)"
            text += "\t\(header.width)\t\(header.height)\t\(header.hasAlpha ? 1 : 0)\t\(path)\n"
        }
        for (digest, entry) in digests.sorted(by: { $0.key < $1.key }) {
            text += "D\t\(digest)\t\(entry.colour)"
            for (name, file) in entry.files.sorted(by: { $0.key < $1.key }) {
                text += "\t\(name):\(file.width):\(file.height):\(file.bytes)"
            }
            text += "\n"
        }
        try FileSystem.writeFile(path + ".tmp", Array(text.utf8))
        guard rename(path + ".tmp", path) == 0 else { throw .current }
    }
}
