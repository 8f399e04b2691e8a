#if canImport(Glibc)
import Glibc
#endif

/// `newsroom shwo FILE` would open the reader on FILE (the default command) and
/// report `shwo` missing only after quitting. A first argument that names no
/// file but is a small edit from a command is a usage error instead.
enum CommandTypo {
    /// The message for a mistyped command, or nil when `arguments` are fine.
    static func message(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        var info = stat()
        if stat(first, &info) == 0 { return nil }
        if let hash = first.lastIndex(of: "#"), stat(String(first[..<hash]), &info) == 0 { return nil }
        let word = Array(first.lowercased().unicodeScalars)
        guard word.count >= 2, word.count <= 20 else { return nil }
        var best: (name: String, distance: Int)?
        for name in commands {
            let d = distance(word, Array(name.unicodeScalars))
            // One edit for short names, two for longer ones (transpositions count one).
            if d <= (name.count <= 4 ? 1 : 2), d < (best?.distance ?? .max) { best = (name, d) }
        }
        return best.map { "newsroom: error: unknown command '\(first)' (did you mean '\($0.name)'?)" }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions
    /// and swaps of neighbours each cost one.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
