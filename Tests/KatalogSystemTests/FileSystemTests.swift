import Foundation
import Testing

@testable import KatalogSystem

@Suite struct FileSystemTests {
    @Test(arguments: [
        ("content", "/home/sari/katalog", "/home/sari/katalog/content"),
        ("content/products", "/srv/", "/srv/content/products"),
        ("/etc/katalog", "/home/sari", "/etc/katalog"),
        (".", "/home/sari", "/home/sari"),
        ("", "/home/sari", "/home/sari"),
    ])
    func absolutePathsAreResolvedAgainstTheGivenFolder(_ path: String, _ directory: String, _ absolute: String) {
        #expect(FileSystem.absolute(path, in: directory) == absolute)
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-fs-\(UUID().uuidString)").path
        try FileSystem.makeDirectories(path + "/a/b")
        return path
    }

    @Test func writeCopyAndRemove() throws {
        let folder = try Self.temporaryFolder()
        try FileSystem.writeFile(folder + "/a/b/x.txt", Array("kain".utf8))
        try FileSystem.copyFile(folder + "/a/b/x.txt", to: folder + "/a/y.txt")
        #expect(try SafeRead.bytes(folder + "/a/y.txt", limit: 10).get() == Array("kain".utf8))
        #expect(Set(try FileSystem.names(in: folder + "/a")) == ["b", "y.txt"])
        #expect(FileSystem.isDirectory(folder + "/a"))
        #expect(!FileSystem.isDirectory(folder + "/a/y.txt"))
        FileSystem.removeTree(folder)
        #expect(!FileSystem.exists(folder))
    }

    @Test func copyFromAMissingFileSaysSo() throws {
        let folder = try Self.temporaryFolder()
        defer { FileSystem.removeTree(folder) }
        #expect(throws: CopyError.read(.missing)) { try FileSystem.copyFile(folder + "/none", to: folder + "/x") }
    }

    @Test func writeIntoAMissingFolderReportsTheSystemError() throws {
        let folder = try Self.temporaryFolder()
        defer { FileSystem.removeTree(folder) }
        #expect(throws: SystemError(ENOENT)) { try FileSystem.writeFile(folder + "/none/x", []) }
        #expect(SystemError(ENOSPC).description == "No space left on device")
    }

    @Test func makeDirectoriesRefusesAFileInTheWay() throws {
        let folder = try Self.temporaryFolder()
        defer { FileSystem.removeTree(folder) }
        try FileSystem.writeFile(folder + "/f", [])
        #expect(throws: SystemError(ENOTDIR)) { try FileSystem.makeDirectories(folder + "/f/g") }
    }

    @Test func exchangeSwapsTwoFolders() throws {
        let folder = try Self.temporaryFolder()
        defer { FileSystem.removeTree(folder) }
        try FileSystem.makeDirectory(folder + "/old")
        try FileSystem.writeFile(folder + "/old/v", Array("1".utf8))
        try FileSystem.makeDirectory(folder + "/new")
        try FileSystem.writeFile(folder + "/new/v", Array("2".utf8))
        #expect(FileSystem.exchange(folder + "/old", folder + "/new"))
        #expect(try SafeRead.bytes(folder + "/old/v", limit: 1).get() == Array("2".utf8))
    }

    @Test func fileVersionChangesWithTheFile() throws {
        let folder = try Self.temporaryFolder()
        defer { FileSystem.removeTree(folder) }
        try FileSystem.writeFile(folder + "/v", Array("1".utf8))
        let first = try #require(FileVersion(path: folder + "/v"))
        #expect(first.size == 1)
        try FileSystem.writeFile(folder + "/v", Array("12".utf8))
        #expect(FileVersion(path: folder + "/v") != first)
        #expect(FileVersion(path: folder + "/none") == nil)
    }
}

@Suite struct SafeReadTests {
    @Test func readsWithinTheLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-sr-\(UUID().uuidString)").path
        defer { unlink(path) }
        try FileSystem.writeFile(path, Array(repeating: 65, count: 100))
        #expect(try SafeRead.bytes(path, limit: 100).get().count == 100)
        #expect(SafeRead.bytes(path, limit: 99) == .failure(.tooLarge(bytes: 100, limit: 99)))
    }

    @Test func refusesWhatIsNotARegularFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-fifo-\(UUID().uuidString)")
            .path
        defer { unlink(path) }
        #expect(mkfifo(path, 0o644) == 0)
        // A named pipe without a writer would block a plain read for ever.
        #expect(SafeRead.bytes(path, limit: 10) == .failure(.notAFile))
        #expect(SafeRead.bytes("/", limit: 10) == .failure(.notAFile))
        #expect(SafeRead.bytes(path + "-none", limit: 10) == .failure(.missing))
    }
}

@Suite struct ParallelMapTests {
    @Test func keepsTheInputOrder() {
        let input = Array(0..<1000)
        #expect(input.parallelMap { $0 * 2 } == input.map { $0 * 2 })
        #expect([Int]().parallelMap { $0 } == [])
        #expect([7].parallelMap { $0 + 1 } == [8])
    }
}
