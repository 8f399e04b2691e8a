import Foundation
import Testing
@testable import NewsModel

@Suite struct LoaderTests {
    private func failure(_ paths: [String]) -> [LoadFailureReason] {
        ArticleLoader.load(paths).failures.map(\.reason)
    }

    @Test func missingFile() {
        #expect(failure(["/nonexistent/article.txt"]) == [.notFound])
    }

    @Test func permissionDenied() throws {
        #expect(FileReader.reason(errno: EACCES) == .permissionDenied)
        // Root reads anything, so the file case is only observable as another user.
        guard geteuid() != 0 else { return }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/locked.txt"
        try "Headline\n\nBody.\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0)
        #expect(failure([path]) == [.permissionDenied])
    }

    @Test func directoryWithoutArticles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "not an article".write(toFile: dir + "/notes.csv", atomically: false, encoding: .utf8)
        #expect(failure([dir]) == [.noArticlesInDirectory])
    }

    @Test func emptyBlankBinaryAndInvalidUTF8() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data().write(to: URL(fileURLWithPath: dir + "/empty.txt"))
        try Data(" \n\t\r\n \n".utf8).write(to: URL(fileURLWithPath: dir + "/blank.txt"))
        try Data([0x48, 0x00, 0x49, 0x0A]).write(to: URL(fileURLWithPath: dir + "/binary.txt"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x42, 0x6F, 0x64, 0x79, 0x2E]).write(to: URL(fileURLWithPath: dir + "/latin1.txt"))
        let result = ArticleLoader.load([dir])
        #expect(result.failures.map(\.reason) == [.binary, .blank, .empty])
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.headline.text == "Caf\u{FFFD}")
        #expect(result.warnings.first?.message.hasPrefix("invalid UTF-8") == true)
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Заголовок\n\nТекст.\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/utf16.txt"))
        let result = ArticleLoader.load([dir + "/utf16.txt"])
        #expect(result.articles.first?.headline.text == "Заголовок")
    }

    @Test func fifoWithoutWriterDoesNotHang() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/pipe.txt"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(failure([path]) == [.empty])
    }

    @Test func devZeroHitsTheSizeCap() {
        #expect(failure(["/dev/zero"]) == [.tooLarge(limit: FileReader.sizeLimit)])
        #expect(LoadFailureReason.tooLarge(limit: FileReader.sizeLimit).description.contains("16 MiB"))
    }

    @Test func tenMegabyteSingleLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/long.txt"
        try Data(String(repeating: "abcdefghi ", count: 1_000_000).utf8).write(to: URL(fileURLWithPath: path))
        let result = ArticleLoader.load([path])
        #expect(result.articles.first?.headline.text.utf8.count == 9_999_999)
    }

    @Test func directoriesRecurseSkipHiddenSortAndSurviveSymlinkLoops() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/b/nested", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/.hidden", withIntermediateDirectories: true)
        for path in ["/b/nested/z.md", "/a.txt", "/b/c.text", "/.hidden/h.txt", "/.dot.txt"] {
            try "Headline\n\nBody.\n".write(toFile: dir + path, atomically: false, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: dir + "/b/nested/loop", withDestinationPath: dir)
        try fm.createSymbolicLink(atPath: dir + "/self.txt", withDestinationPath: dir + "/self.txt")
        let (files, failures) = ArticleLoader.expand([dir])
        #expect(files == [dir + "/a.txt", dir + "/b/c.text", dir + "/b/nested/z.md"])
        #expect(failures.map(\.reason) == [.symlinkLoop])
    }

    @Test func aBadInputDoesNotStopTheOthers() {
        let result = ArticleLoader.load([fixturePath("seed-article.txt"), "/nonexistent", fixturePath("port-fire.txt")])
        #expect(result.articles.map { ($0.path as NSString).lastPathComponent } == ["seed-article.txt", "port-fire.txt"])
        #expect(result.failures.count == 1)
    }
}
