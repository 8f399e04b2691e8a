import NewsModel

/// What every frame promises the terminal, checked by the fuzzer and tests:
/// nothing past an edge, no half wide character, no control character.
extension ScreenBuffer {
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        if cells.count != width * height { problems.append("\(cells.count) cells for \(width)x\(height)") }
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = cells[y * width + x]
                if cell.isContinuation {
                    problems.append("row \(y) column \(x): continuation without a wide character")
                    x += 1
                    continue
                }
                let w = Int(cell.width)
                if x + w > width { problems.append("row \(y) column \(x): width \(w) past the edge") }
                for extra in 1..<max(w, 1) where x + extra < width && !cells[y * width + x + extra].isContinuation {
                    problems.append("row \(y) column \(x + extra): half of a wide character")
                }
                if cell.text.unicodeScalars.contains(where: { TerminalText.replacement(for: $0) != nil }) {
                    problems.append("row \(y) column \(x): unsafe character in \(cell.text.unicodeScalars.map { $0.value })")
                }
                x += max(w, 1)
            }
        }
        return problems
    }
}
