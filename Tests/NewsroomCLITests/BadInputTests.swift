import Foundation
import NewsModel
import Testing

/// Every bad input ends with `newsroom: error: PATH: reason` and the documented exit status.
@Suite struct BadInputTests {
    private func expectFailure(_ path: String, _ reason: String, status: Int32 = 2,
                               command: String = "show") throws {
        let run = try runNewsroom([command, path])
        #expect(run.status == status, "\(path): \(run.stderr)")
        #expect(run.stderr.contains("newsroom: error: \(path): \(reason)"), "\(run.stderr)")
    }

    @Test func missingFile() throws {
        try expectFailure("/nonexistent/story.txt", "no such file or directory")
    }

    @Test func directoryWithNoArticles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Generated from the loader's own list, so it names every extension it reads.
        let listed = LoadFailureReason.noArticlesInDirectory.description
        for ext in ArticleLoader.articleExtensions { #expect(listed.contains(".\(ext),") || listed.contains(".\(ext))")) }
        #expect(listed.contains(".markdown"))
        try expectFailure(dir, listed)
    }

    @Test func emptyWhitespaceBinaryFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data().write(to: URL(fileURLWithPath: dir + "/e.txt"))
        try Data("  \n\n\t \n".utf8).write(to: URL(fileURLWithPath: dir + "/w.txt"))
        try Data([1, 0, 2, 0]).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        try expectFailure(dir + "/e.txt", "empty file")
        try expectFailure(dir + "/w.txt", "no text (the file holds only white space)")
        try expectFailure(dir + "/b.txt", "binary file (contains NUL bytes), not an article", command: "sections")
    }

    @Test func permissionDenied() throws {
        guard geteuid() != 0 else { return }  // root reads every file
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("H\n\nB.\n".utf8).write(to: URL(fileURLWithPath: dir + "/p.txt"))
        chmod(dir + "/p.txt", 0)
        try expectFailure(dir + "/p.txt", "permission denied")
    }

    @Test func invalidUTF8IsShownWithAWarning() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0x48, 0xC3, 0x28, 0x0A, 0x0A, 0x42, 0x0A]).write(to: URL(fileURLWithPath: dir + "/bad.txt"))
        let run = try runNewsroom(["show", dir + "/bad.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("H\u{FFFD}("))
        #expect(run.stderr == "newsroom: warning: \(dir)/bad.txt: invalid UTF-8: 1 character(s) replaced with U+FFFD\n")
    }

    @Test func fifoAndDevZeroEndWithoutHanging() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        mkfifo(dir + "/fifo.txt", 0o600)
        try expectFailure(dir + "/fifo.txt", "empty file")
        try expectFailure("/dev/zero", "larger than the 16 MiB article size limit")
    }

    @Test func tenMegabyteSingleLineLoads() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(String(repeating: "0123456789", count: 1_000_000).utf8).write(to: URL(fileURLWithPath: dir + "/l.txt"))
        let run = try runNewsroom(["sections", "--json", dir + "/l.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"end\": 10000000"))
    }

    @Test func partialFailureExitsOneAndPrintsTheRest() throws {
        let run = try runNewsroom(["sections", seedPath, "/nonexistent.txt"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Russia and Ukraine carry out a prisoner exchange"))
        #expect(run.stderr == "newsroom: error: /nonexistent.txt: no such file or directory\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let run = try runNewsroom(["show", "--width", "3", seedPath])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--width must be at least 10"))
        #expect(try runNewsroom(["no-such-command-or-file"]).status == 2)
    }

    @Test func aMistypedCommandIsAUsageErrorBeforeAnythingOpens() throws {
        let run = try runNewsroom(["shwo", seedPath])
        #expect(run.status == 2)
        #expect(run.stderr == "newsroom: error: unknown command 'shwo' (did you mean 'show'?)\n")
        #expect(run.stdout.isEmpty)
        let figs = try runNewsroom(["figuers", "--json", seedPath])
        #expect(figs.stderr == "newsroom: error: unknown command 'figuers' (did you mean 'figures'?)\n")
        // A file that happens to be named like a command is still a file.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Shwo\n\nBody.\n".write(toFile: dir + "/shwo", atomically: true, encoding: .utf8)
        let file = try runNewsroom(["shwo"], directory: dir)
        #expect(file.status == 2)
        #expect(file.stderr.hasPrefix("newsroom: error: not a terminal"), "\(file.stderr)")
    }
}
