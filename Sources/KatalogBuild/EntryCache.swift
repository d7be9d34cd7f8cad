import Foundation
import KatalogContent
import KatalogSystem

/// The decoded entries of the last build, kept beside the output as `.<output>.katalog-entries`
/// so that the next build decodes only the files whose bytes changed. Safe to delete (the next
/// build decodes everything); read only when made by this same katalog binary for the same
/// content folder, and ignored whole when it cannot be read.
enum EntryCache {
    static let header = "katalog-entries 1"

    /// katalog's own binary and version, and where the content is: decoding depends on nothing
    /// else (messages name files below the folder as the user gave it).
    static func key(options: BuildOptions) -> String {
        let binary = Builder.binaryStamp
        let content = OutputFolder.resolve(options.absolute(options.content))
        return "\(KatalogVersion.current) \(binary) \(options.content.utf8.count):\(options.content) \(content)"
    }

    static func read(from path: String, key: String) -> DecodedEntries {
        guard case .success(let data) = SafeRead.bytes(path, limit: Int.max) else { return DecodedEntries() }
        let prefix = Array(prefix(key).utf8)
        guard data.count > prefix.count, data.starts(with: prefix) else { return DecodedEntries() }
        var reader = EntryArchive.Reader(data, from: prefix.count)
        var files: [DecodedEntries.Key: LoadedFile] = [:]
        var built: [String: ContentHash] = [:]
        do throws(EntryArchive.Malformed) {
            while !reader.atEnd {
                let flag = try reader.int()
                guard let digest = ContentHash(try reader.string()[...]) else { return DecodedEntries() }
                let (path, file) = try reader.file()
                files[DecodedEntries.Key(path: path, digest: digest)] = file
                if flag == 1 { built[path] = digest }
            }
        } catch {
            return DecodedEntries()
        }
        return DecodedEntries(files, built: built)
    }

    /// Writes the entries (each with whether the last successful build used it), beside the file, then renames it into place.
    static func write(_ entries: DecodedEntries, to path: String, key: String) throws {
        let all = entries.all
        // Sorted by path, the built version first: by index, comparing plain arrays (reading a
        // record out of `all` copies it, which made this sort a fifth of a one-edit rebuild).
        let paths = all.map(\.key.path)
        let built = all.map(\.built)
        let order = all.indices.sorted { paths[$0] != paths[$1] ? paths[$0] < paths[$1] : built[$0] && !built[$1] }
        let temporary = path + ".tmp"
        do throws(SystemError) {
            // Streamed a megabyte at a time: the whole archive (over 200 MB at 50,000 products)
            // held at once, during the build's own peak, raised its memory by as much.
            try FileSystem.withNewFile(temporary) { fd throws(SystemError) in
                var writer = EntryArchive.Writer()
                writer.append(Array(prefix(key).utf8))
                for index in order {
                    writer.int(built[index] ? 1 : 0)
                    writer.string(all[index].key.digest.description)
                    writer.file(all[index].file, key: paths[index])
                    if writer.bytes.count >= 1 << 20 {
                        if let error = writer.bytes.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }) { throw error }
                        writer.clear()
                    }
                }
                if let error = writer.bytes.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }) { throw error }
            }
        } catch {
            // A full disk: the half-written file would take the room the next build needs.
            unlink(temporary)
            unlink(path)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = SystemError.current
            unlink(temporary)
            throw error
        }
    }

    private static func prefix(_ key: String) -> String {
        "\(header)\n\(EntryArchive.version)\n\(key)\n"
    }
}
