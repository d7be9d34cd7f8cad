/// Turns cmark's byte columns into character columns.
struct LineIndex {
    private let utf8: [UInt8]
    private var lineStarts: [Int] = [0]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
    }

    /// Line and column of every NUL byte.
    func nulPositions() -> [(line: Int, column: Int)] {
        guard utf8.contains(0) else { return [] }
        var points: [(line: Int, column: Int)] = []
        var line = 1
        for (offset, byte) in utf8.enumerated() {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == 0 {
                points.append((line, characterColumn(line: line, byteColumn: offset - lineStarts[line - 1] + 1)))
            }
        }
        return points
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        let prefix = utf8[start..<end]
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        return prefix.reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
