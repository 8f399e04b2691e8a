import Testing
@testable import NewsTUI
#if canImport(Glibc)
import Glibc
#endif

/// Screen snapshots: the screen as plain text lines in Snapshots/NAME.txt.
/// Re-recorded only on purpose, with NEWSROOM_RECORD=1.
enum Snapshot {
    static let directory = TestArticles.root + "/Tests/NewsTUITests/Snapshots"

    static func text(_ buffer: ScreenBuffer) -> String {
        buffer.lines().joined(separator: "\n") + "\n"
    }

    static func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let buffer = Renderer.render(state)
        // Every recorded screen also keeps the promises of a frame.
        #expect(buffer.invariantViolations() == [], sourceLocation: sourceLocation)
        let actual = text(buffer)
        let path = directory + "/" + name + ".txt"
        if let record = getenv("NEWSROOM_RECORD"), String(cString: record) == "1" {
            write(actual, to: path)
            return
        }
        guard let expected = read(path) else {
            Issue.record("no snapshot \(name).txt; record it with NEWSROOM_RECORD=1 and review it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let row = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = row < a.count ? String(a[row]) : "(none)", want = row < e.count ? String(e[row]) : "(none)"
            Issue.record("snapshot \(name) differs at row \(row):\n  got:  \(got)\n  want: \(want)\n--- screen ---\n\(actual)",
                         sourceLocation: sourceLocation)
        }
    }

    private static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ text: String, to path: String) {
        guard let file = fopen(path, "w") else { return }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        _ = fwrite(bytes, 1, bytes.count, file)
    }
}
