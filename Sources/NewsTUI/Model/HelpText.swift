import NewsModel

/// The help screen, generated from the key table so it cannot drift from the keys.
public enum HelpText {
    public struct Line: Sendable, Hashable {
        public var keys: String
        public var text: String
        public var isHeader: Bool
    }

    /// The help for the default keys.
    public static var lines: [Line] { KeyTable.standard.helpLines }

    /// Keys that work everywhere first, then each context's own.
    static func lines(for all: [KeyBinding]) -> [Line] {
        var lines: [Line] = []
        let everywhere = Set(KeyContext.allCases)
        let groups: [(String, (KeyBinding) -> Bool)] = [("Everywhere", { $0.contexts == everywhere })]
            + KeyContext.allCases.map { context in (context.title, { $0.contexts != everywhere && $0.contexts.contains(context) }) }
        for (title, belongs) in groups {
            let bindings = all.filter { belongs($0) && !$0.keys.isEmpty }
            if bindings.isEmpty { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isHeader: false)) }
            lines.append(Line(keys: "", text: title, isHeader: true))
            for binding in bindings {
                lines.append(Line(keys: KeyMap.keyLabels(binding), text: binding.description, isHeader: false))
            }
        }
        lines.append(Line(keys: "", text: "", isHeader: false))
        lines.append(Line(keys: "", text: "In the speaker search, typing edits the query; Backspace deletes.", isHeader: false))
        // The keys as bound now, so a remapped key reads right here too.
        func key(_ action: Action) -> String { all.first { $0.action == action }?.keys.first?.label ?? "" }
        let open = key(.open), back = key(.back), close = key(.close)
        lines.append(Line(keys: "", text: "\(open) on a person lists their quotes; \(back), \(close) or Backspace go back to the",
                          isHeader: false))
        lines.append(Line(keys: "", text: "people, and \(back) in an article opened from a quote goes back to the quotes.", isHeader: false))
        // The marks as `Presentation` words them, in the reader and the command line alike.
        func mark(_ via: SpeakerVia) -> String { Presentation.viaMark(via) ?? "" }
        lines.append(Line(keys: "", text: "Marks after a speaker, to double-check: \(mark(.pronoun)) found through a pronoun,", isHeader: false))
        lines.append(Line(keys: "", text: "\(mark(.description)) through a description, \(mark(.continuation)) as the speaker of the quote before;",
                          isHeader: false))
        lines.append(Line(keys: "", text: "\(Presentation.unnamedMark) a source the article does not name.", isHeader: false))
        lines.append(Line(keys: "", text: "Mouse: the wheel scrolls, a click selects, a second click opens.", isHeader: false))
        return lines
    }

    /// Width of the key column.
    public static var keyColumn: Int { KeyTable.standard.helpKeyColumn }
}
