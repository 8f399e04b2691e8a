import Foundation

/// Golden files: output compared with a reviewed file, byte for byte. One
/// switch re-records them, `NEWSROOM_RECORD=1` (exactly "1": `=0` or any other
/// value compares), and a mismatch says what differs as a line diff.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["NEWSROOM_RECORD"] == "1" }

    /// Nil when `actual` equals the golden file at `path` (or, when recording, once
    /// it is written there); otherwise a message with the differing lines.
    public static func mismatch(_ actual: String, golden path: String) -> String? {
        if recording {
            do {
                try actual.write(toFile: path, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "could not record \(path): \(error)"
            }
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "no golden file \(path); record it with NEWSROOM_RECORD=1 and review it line by line"
        }
        if expected == actual { return nil }
        return "\(path) differs (- golden, + actual; NEWSROOM_RECORD=1 re-records once the change is reviewed):\n"
            + LineDiff.text(from: expected, to: actual)
    }
}

/// A unified-style diff of two texts by lines, for test messages.
public enum LineDiff {
    /// Lines of context around each change, and the most lines a message shows.
    static let context = 2, shownLines = 60

    public static func text(from old: String, to new: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The common head and tail are skipped, so the quadratic table covers the changed middle only.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        var edits: [(Character, Int, String)] = []  // (" " / "-" / "+", line number in old or new, text)
        if x.count * y.count <= 4_000_000 {
            // Longest common subsequence, then a walk from the start.
            var lcs = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < x.count || j < y.count {
                if i < x.count, j < y.count, x[i] == y[j] {
                    edits.append((" ", head + i + 1, x[i])); i += 1; j += 1
                } else if i < x.count, j == y.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                    edits.append(("-", head + i + 1, x[i])); i += 1
                } else {
                    edits.append(("+", head + j + 1, y[j])); j += 1
                }
            }
        } else {
            edits = x.enumerated().map { ("-", head + $0.offset + 1, $0.element) }
                + y.enumerated().map { ("+", head + $0.offset + 1, $0.element) }
        }
        // The unchanged lines just before and after the change, for context.
        let before = (max(0, head - context)..<head).map { (Character(" "), $0 + 1, a[$0]) }
        let after = ((a.count - tail)..<min(a.count, a.count - tail + context)).map { (Character(" "), $0 + 1, a[$0]) }
        edits = before + edits + after
        var lines: [String] = []
        for (k, edit) in edits.enumerated() {
            let near = edits[max(0, k - context)...min(edits.count - 1, k + context)].contains { $0.0 != " " }
            if edit.0 == " ", !near { continue }
            lines.append("\(edit.0) \(edit.1): \(edit.2)")
        }
        let shown = lines.prefix(shownLines).joined(separator: "\n")
        return lines.count > shownLines ? shown + "\n… \(lines.count - shownLines) more lines" : shown
    }
}
