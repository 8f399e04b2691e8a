/// The text of a one-line prompt and its insertion point, edited as in a shell
/// (readline's keys). Text put back into a reopened prompt starts selected, so
/// the first character typed replaces it, and a move keeps it instead.
public struct LineEditor: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// Insertion point, in characters from the start.
    public private(set) var cursor: Int
    /// The whole text is selected: typing replaces it, Backspace clears it.
    public private(set) var selected: Bool

    public init(_ text: String = "", selected: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.selected = selected && !text.isEmpty
    }

    public var text: String { String(characters) }

    public enum Outcome: Sendable, Hashable {
        /// The text changed.
        case edited
        /// Only the cursor or the selection changed.
        case moved
        /// Backspace on an empty line: the prompt closes.
        case emptyBackspace
        /// Not an editing key.
        case ignored
    }

    public mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .character(let c) where !c.isNewline:
            if selected { characters = []; cursor = 0; selected = false }
            characters.insert(c, at: cursor)
            cursor += 1
            return .edited
        case .backspace:
            if selected { return clearAll() }
            if characters.isEmpty { return .emptyBackspace }
            guard cursor > 0 else { return .moved }
            characters.remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .control("u"):
            if selected { return clearAll() }
            guard cursor > 0 else { return .moved }
            characters.removeSubrange(0..<cursor)
            cursor = 0
            return .edited
        case .control("k"):
            if selected { return clearAll() }
            guard cursor < characters.count else { return .moved }
            characters.removeSubrange(cursor...)
            return .edited
        case .control("w"):
            if selected { return clearAll() }
            // The word before the cursor and the spaces after it, as in a shell.
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            guard start < cursor else { return .moved }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .left, .control("b"):
            selected = false
            cursor = max(0, cursor - 1)
            return .moved
        case .right, .control("f"):
            selected = false
            cursor = min(characters.count, cursor + 1)
            return .moved
        case .home, .control("a"):
            selected = false
            cursor = 0
            return .moved
        case .end, .control("e"):
            selected = false
            cursor = characters.count
            return .moved
        default:
            return .ignored
        }
    }

    private mutating func clearAll() -> Outcome {
        characters = []
        cursor = 0
        selected = false
        return .edited
    }
}
