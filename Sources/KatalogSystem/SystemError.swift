#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed system call's `errno`, described as the system describes it (`No space left on
/// device`), so that messages say what the disk said.
package struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    package var code: Int32

    package init(_ code: Int32) { self.code = code }

    /// The current `errno`.
    package static var current: SystemError { SystemError(errno) }

    package var description: String { String(cString: strerror(code)) }
}
