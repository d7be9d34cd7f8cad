import Foundation
import KatalogSystem

/// The processed photos, kept beside the output (`.<output>.katalog-images/`) so that a rebuild
/// encodes nothing it encoded before.
///
/// Files are keyed by the source's bytes (SHA-256), not its path: an edited photo is re-encoded
/// even under the same name, and a photo moved or shared keeps its files. Each file's name holds
/// the recipe that made it (width, quality, libvips and pipeline version), so a changed recipe
/// re-encodes exactly the files it changes. The manifest remembers each source's digest by path,
/// size and time (so unchanged photos are not read again) and what was made of each digest; after
/// a successful build, files and digests no build uses any more are removed.
///
/// Used under the output's lock (one build at a time); files are written to a temporary name and
/// renamed, so a killed build leaves no half-written file under a real name.
package final class ImageCache: @unchecked Sendable {
    /// A photo to publish.
    package struct Source: Hashable, Sendable {
        package var path: String
        package var version: FileVersion
        package var header: ImageHeader

        package init(path: String, version: FileVersion, header: ImageHeader) {
            self.path = path
            self.version = version
            self.header = header
        }
    }

    /// What one build did, for its summary and the tests.
    package struct Work: Sendable, Equatable {
        /// Files encoded (not found in the cache).
        package var encoded = 0
        /// Photos decoded to encode them.
        package var decoded = 0
        /// Files removed because no build uses them any more.
        package var removed = 0
    }

    package let folder: String
    package let recipe: ImageRecipe
    private var manifest: Manifest
    private var used = Manifest()
    package internal(set) var work = Work()

    /// The manifest as the last build left it.
    var manifestSnapshot: Manifest { manifest }

    package init(folder: String, recipe: ImageRecipe = .standard) {
        self.folder = folder
        self.recipe = recipe
        manifest = Manifest.read(from: folder + "/" + Manifest.fileName) ?? Manifest()
    }

    /// The headers the last builds read, by source path, with the version they were read at: the
    /// loader need not ask libvips again for a photo whose size and time are unchanged (libvips
    /// opens a file some twenty times to find its loader).
    package static func knownHeaders(in folder: String) -> [String: (version: FileVersion, header: ImageHeader)] {
        (Manifest.read(from: folder + "/" + Manifest.fileName)?.sources ?? [:]).mapValues { ($0.version, $0.header) }
    }

    /// Processes every photo, on every core: the cached files, or new ones encoded. Results in
    /// `sources` order.
    package func process(_ sources: [Source]) -> [Result<ProcessedPhoto, ImageProblem>] {
        if !sources.isEmpty { try? FileSystem.makeDirectories(folder) }
        let manifest = self.manifest
        let folder = self.folder
        let recipe = self.recipe
        let outcomes = sources.parallelMap { source in
            Self.process(source, manifest: manifest, folder: folder, recipe: recipe)
        }
        for (source, outcome) in zip(sources, outcomes) {
            work.encoded += outcome.encoded
            work.decoded += outcome.encoded > 0 ? 1 : 0
            guard let digest = outcome.digest else { continue }
            if let entry = outcome.entry {
                remember(source, digest: digest, entry: entry)
            } else {
                used.sources[source.path] = .init(version: source.version, digest: digest, header: source.header)
            }
        }
        return outcomes.map(\.result)
    }

    /// Marks a source's files as used by this build (the rest go after a successful one).
    func remember(_ source: Source, digest: String, entry: Manifest.Entry) {
        used.sources[source.path] = .init(version: source.version, digest: digest, header: source.header)
        used.digests[digest, default: entry].files.merge(entry.files) { $1 }
    }

    /// Saves the manifest. After a successful build (`removeUnused`), it lists only what this build
    /// used, and every other cached file is deleted; otherwise it keeps everything, so that the
    /// work of a failed build is not lost.
    package func save(removeUnused: Bool) {
        var next = used
        if removeUnused {
            for (digest, entry) in manifest.digests {
                guard let kept = used.digests[digest] else {
                    FileSystem.removeTree(folder + "/" + digest)
                    work.removed += entry.files.count
                    continue
                }
                for name in entry.files.keys where kept.files[name] == nil {
                    unlink(folder + "/" + digest + "/" + name)
                    work.removed += 1
                }
            }
        } else {
            next.sources.merge(manifest.sources) { new, _ in new }
            next.digests.merge(manifest.digests) { new, old in
                var merged = old
                merged.files.merge(new.files) { $1 }
                merged.colour = new.colour
                return merged
            }
        }
        // A site without photos leaves no cache folder behind.
        if FileSystem.exists(folder) { try? next.write(to: folder + "/" + Manifest.fileName) }
        manifest = next
        used = Manifest()
    }

    private struct Outcome: Sendable {
        var digest: String?
        var entry: Manifest.Entry?
        var result: Result<ProcessedPhoto, ImageProblem>
        var encoded = 0
    }

    private static func process(_ source: Source, manifest: Manifest, folder: String, recipe: ImageRecipe) -> Outcome {
        let known = manifest.sources[source.path]
        guard let digest = known?.version == source.version ? known?.digest : DecodedImage.digest(of: source.path)
        else {
            return Outcome(result: .failure(.damaged(detail: "cannot read the file")))
        }
        let largest = recipe.widths(forSourceWidth: source.header.width).last ?? source.header.width
        var entry = manifest.digests[digest] ?? Manifest.Entry(colour: "", files: [:])
        func widths(_ format: VariantFormat) -> [Int] { recipe.widths(format, forSourceWidth: source.header.width) }
        func names(_ format: VariantFormat) -> [String] {
            widths(format).map { recipe.cacheName(width: $0, format: format) }
        }
        let cachedFallback = [VariantFormat.jpeg, .png].first { format in
            names(format).allSatisfy { entry.files[$0] != nil }
        }
        let complete =
            !entry.colour.isEmpty && cachedFallback != nil && names(.webp).allSatisfy { entry.files[$0] != nil }
        var encoded = 0
        if !complete {
            do throws(ImageProblem) {
                let image = try DecodedImage(path: source.path, maxWidth: largest)
                entry.colour = image.meanColour()
                do {
                    try FileSystem.makeDirectories(folder + "/" + digest)
                } catch {
                    throw .failed(detail: "cannot write the image cache: \(error)")
                }
                for format in recipe.formats(hasAlpha: image.hasAlpha) {
                    for width in widths(format) {
                        let name = recipe.cacheName(width: width, format: format)
                        if entry.files[name] != nil { continue }
                        let made = try image.encode(width: width, format: format, quality: recipe.quality(format))
                        try write(made.bytes, to: folder + "/" + digest + "/" + name)
                        entry.files[name] = .init(width: made.width, height: made.height, bytes: made.bytes.count)
                        encoded += 1
                    }
                }
            } catch {
                return Outcome(digest: nil, entry: nil, result: .failure(error), encoded: encoded)
            }
        }
        let fallback = cachedFallback ?? (names(.jpeg).allSatisfy { entry.files[$0] != nil } ? .jpeg : .png)
        var variants: [ProcessedPhoto.Variant] = []
        var files: [String: Manifest.File] = [:]
        for format in [VariantFormat.webp, fallback] {
            for width in widths(format) {
                let name = recipe.cacheName(width: width, format: format)
                guard let file = entry.files[name] else { continue }
                files[name] = file
                variants.append(
                    .init(
                        width: file.width, height: file.height, format: format,
                        cachePath: folder + "/" + digest + "/" + name, bytes: file.bytes))
            }
        }
        return Outcome(
            digest: digest, entry: Manifest.Entry(colour: entry.colour, files: files),
            result: .success(ProcessedPhoto(variants: variants, colour: entry.colour)), encoded: encoded)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(ImageProblem) {
        // Unique per call: two products may list photos with the same bytes, encoded at the same
        // time into the same files (same bytes; the last rename wins).
        let temporary = path + ".tmp-\(getpid())-\(UUID().uuidString)"
        do {
            try FileSystem.writeFile(temporary, bytes)
        } catch {
            unlink(temporary)
            throw .failed(detail: "cannot write the image cache: \(error)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .failed(detail: "cannot write the image cache: " + String(cString: strerror(errno)))
        }
    }
}
