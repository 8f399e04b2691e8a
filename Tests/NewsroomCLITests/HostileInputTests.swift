import Foundation
import Testing

/// Every command on every file of Fixtures/hostile: a clear error or a result,
/// never a crash, and never a raw control, escape or bidi character on stdout.
@Suite struct HostileInputTests {
    static let hostileFiles: [String] = {
        let dir = repositoryRoot + "/Fixtures/hostile"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }()

    static let textCommands: [[String]] = [["show"], ["sections"], ["quotes"], ["speakers"], ["figures"], ["figures", "--check"],
                                           ["quotes", "--format", "csv"], ["figures", "--format", "tsv"], ["speakers", "--format", "csv"]]
    static let jsonCommands: [[String]] = [["sections", "--json"], ["quotes", "--json"], ["speakers", "--json"], ["figures", "--json"], ["figures", "--check", "--json"],
                                           ["quotes", "--format", "jsonl"]]

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A) || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    @Test(arguments: hostileFiles)
    func textOutputIsSafe(path: String) throws {
        for command in Self.textCommands {
            let run = try runNewsroom(command + [path])
            // `figures --check` exits 1 when it finds a conflict, as grep does on a match.
            let allowed: Set<Int32> = command.contains("--check") ? [0, 1, 2] : [0, 2]
            #expect(allowed.contains(run.status), "\(command) \(path): status \(run.status)")
            // CSV rows end with CR LF (RFC 4180); no other CR may appear.
            // TSV separates with tabs.
            var stdout = command.contains("csv") ? run.stdout.replacingOccurrences(of: "\r\n", with: "\n") : run.stdout
            if command.contains("tsv") { stdout = stdout.replacingOccurrences(of: "\t", with: " ") }
            #expect(!stdout.unicodeScalars.contains(where: Self.isUnsafe), "\(command) \(path)")
            #expect(!run.stderr.unicodeScalars.contains(where: Self.isUnsafe), "\(command) \(path)")
            if run.status == 2 { #expect(run.stderr.hasPrefix("newsroom: error: ")) }
        }
    }

    @Test(arguments: hostileFiles)
    func jsonOutputIsValidAndEscaped(path: String) throws {
        for command in Self.jsonCommands {
            let run = try runNewsroom(command + [path])
            guard run.status == 0 || (run.status == 1 && command.contains("--check")) else { continue }
            #expect(!run.stdout.unicodeScalars.contains(where: Self.isUnsafe), "\(command) \(path)")
            let documents = command.contains("jsonl") ? run.stdout.split(separator: "\n").map(String.init) : [run.stdout]
            for document in documents {
                #expect((try? JSONSerialization.jsonObject(with: Data(document.utf8))) != nil, "\(command) \(path)")
            }
        }
    }
}
