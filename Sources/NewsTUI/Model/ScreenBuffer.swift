/// One terminal cell: a grapheme and its style. A character `width` columns wide
/// occupies its own cell and `width - 1` continuation cells after it.
public struct Cell: Sendable, Hashable {
    public var text: String
    /// Columns the grapheme takes; 0 marks a continuation cell of a wide character.
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1, style: .plain)
    public var isContinuation: Bool { width == 0 }
}

public struct CursorPosition: Sendable, Hashable {
    public var x: Int
    public var y: Int
}

/// A frame: every view draws into it, the backend diffs it with the last one.
///
/// Writing measures each grapheme with `DisplayWidth`, never writes past a
/// clip edge or the screen edge, never leaves half of a wide character, and
/// skips graphemes that take no column. Callers pass sanitized text.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes (a prompt's insertion point); hidden when nil.
    public var cursor: CursorPosition?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y`, up to column `limit` (exclusive,
    /// default the right edge). Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let edge = min(limit ?? width, width)
        var column = x
        for character in text {
            let w = DisplayWidth.of(character.unicodeScalars)
            if w == 0 { continue }
            if column + w > edge { break }
            if column >= 0 { setCell(x: column, y: y, text: String(character), width: w, style: style) }
            column += w
        }
        return max(column, x)
    }

    /// Fills columns `x..<x+count` of row `y` with spaces in `style`.
    public mutating func fill(x: Int, y: Int, count: Int, style: Style = .plain) {
        guard y >= 0, y < height else { return }
        var column = max(0, x)
        let end = min(width, x + count)
        while column < end {
            setCell(x: column, y: y, text: " ", width: 1, style: style)
            column += 1
        }
    }

    /// Applies `style` on top of the cells `x..<x+count` of row `y` (for a
    /// selection bar or a highlight over text already written).
    public mutating func overlay(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
            cells[y * width + column].style = cells[y * width + column].style.merged(with: style)
        }
    }

    private mutating func setCell(x: Int, y: Int, text: String, width w: Int, style: Style) {
        let row = y * width
        // A cell under a wide character's tail or head: blank the whole old character.
        clearCharacter(at: x, row: row)
        for extra in 1..<max(w, 1) where x + extra < width { clearCharacter(at: x + extra, row: row) }
        cells[row + x] = Cell(text: text, width: UInt8(clamping: w), style: style)
        for extra in 1..<max(w, 1) where x + extra < width {
            cells[row + x + extra] = Cell(text: "", width: 0, style: style)
        }
    }

    /// Blanks the character covering column `x`, all of its cells.
    private mutating func clearCharacter(at x: Int, row: Int) {
        var head = x
        while head > 0, cells[row + head].isContinuation { head -= 1 }
        let w = max(1, Int(cells[row + head].width))
        if w == 1 && head == x { return }
        for column in head..<min(width, head + w) { cells[row + column] = .blank }
    }

    /// The screen as plain text, one string per row, trailing spaces removed;
    /// what snapshot tests compare.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
