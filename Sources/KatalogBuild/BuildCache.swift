import Foundation
import KatalogContent
import KatalogRender
import KatalogSystem

/// What the last successful build saw and wrote, kept beside the output as
/// `.<output>.katalog-cache` (never inside it, so a web host never serves it). Safe to delete: the
/// next build is then a full one.
///
/// - `key`: katalog's own binary, the build options and the theme. Any change rebuilds everything.
/// - `inputs`: size and modification time of every file under the content and templates folders.
///   All the same (and the same key) means nothing to do.
/// - `outputs`: a fingerprint of every output file. A page whose view has the same fingerprint
///   is hard-linked from the previous output instead of rendered, keeping its bytes, inode and
///   modification time, so an upload or rsync sends only what changed.
/// - `warnings`: printed again when nothing had to be built, in `language` (site.yml's).
/// - `entries`: which versions of the entry files were built (see `EntryCache`), so a rebuild
///   whose only changes are to bodies re-renders only the pages that show them.
struct BuildCache: Equatable {
    static let header = "katalog-cache 6"

    var key: Fingerprint
    /// The values every page shares (`Site.sharedFingerprint`); pages are kept only when it is
    /// unchanged.
    var shared: Fingerprint
    var inputs: [String: FileVersion]
    var outputs: [String: Fingerprint]
    var warnings: [Diagnostic]
    var language: Language = .id
    /// What the spare tree beside the output holds (the site before this one), and the shared
    /// fingerprint its pages were rendered with.
    var spare: [String: Fingerprint] = [:]
    var spareShared: Fingerprint?
    /// The versions of the entry files this build used (`DecodedEntries.usedDigest`): the entry
    /// cache's record of them is trusted only when its digest is this one.
    var entries: ContentHash?

    /// katalog's own binary (so that a new version, or a rebuilt one, renders everything again),
    /// the options that change output, and the theme.
    static func key(options: BuildOptions, theme: Theme) -> Fingerprint {
        var digest = Fingerprint.Builder()
        digest.add("katalog \(KatalogVersion.current)")
        digest.add(Builder.binaryStamp)
        digest.add(options.links.rawValue)
        digest.add(options.baseURL ?? "")
        digest.add(OutputFolder.resolve(options.absolute(options.content)))
        digest.add(theme.fingerprint.description)
        return digest.finish()
    }
}
