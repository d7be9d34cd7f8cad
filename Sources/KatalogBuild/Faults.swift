import KatalogSystem

/// Failures a test injects where the real ones cannot be had on demand: a disk that fills up or
/// turns read-only during a build, a content file that vanishes or becomes unreadable between
/// the folder scan and the read. Each hook is asked before the real operation.
package struct Faults: Sendable {
    /// A failure instead of reading this content file or photo.
    package var read: (@Sendable (_ path: String) -> SafeRead.Failure?)?
    /// An `errno` instead of this output operation: `lock`, `staging`, `folder <path>`,
    /// `write <path>`, `marker`, `swap` (paths inside the site).
    package var write: (@Sendable (_ operation: String) -> Int32?)?

    package init() {}
}
