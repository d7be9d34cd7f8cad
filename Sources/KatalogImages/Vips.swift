import CImages

/// libvips, started once per process (see CImages: which loaders may run, cache, threads).
enum Vips {
    private static let started: String? = {
        var detail = [CChar](repeating: 0, count: 256)
        return kimg_start(&detail, detail.count) == 0 ? nil : String(buffer: detail)
    }()

    static func start() throws(ImageProblem) {
        if let detail = started { throw .failed(detail: "libvips did not start: " + detail) }
    }

    /// "8.14.1": part of every recipe, since another libvips may encode differently.
    package static var version: String { String(cString: kimg_version()) }
}

extension String {
    /// The text in a NUL-terminated C buffer.
    init(buffer: [CChar]) {
        self.init(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
