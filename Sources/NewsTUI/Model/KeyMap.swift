/// Every operation a key can trigger.
public enum Action: String, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case open, back, quit, close, cyclePanel
    case nextSection, previousSection
    case outline, quotes, figures, speakers, help
    case search, nextMatch, previousMatch, toggleGrouping, cycleSort
    case toggleMark, markedOnly, clip, copyQuote
    case fullTextSearch
}

/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
    case library, reader, panel

    public var title: String {
        switch self {
        case .library: return "Library"
        case .reader: return "Reader"
        case .panel: return "Panels (outline, quotes, figures, speakers, help)"
        }
    }
}

/// One row of the key table.
public struct KeyBinding: Sendable {
    public let action: Action
    public let keys: [Key]
    public let description: String
    public let contexts: Set<KeyContext>
}

/// The one key table: key handling and the help screen both come from it, so
/// they cannot drift apart (newsboat's keymap, Bubble Tea's help).
public enum KeyMap {
    private static let all: Set<KeyContext> = Set(KeyContext.allCases)
    private static func chars(_ s: String) -> [Key] { s.map { Key.character($0) } }

    public static let bindings: [KeyBinding] = [
        KeyBinding(action: .lineDown, keys: chars("j") + [.down, .control("n")], description: "down one line / next item", contexts: all),
        KeyBinding(action: .lineUp, keys: chars("k") + [.up, .control("p")], description: "up one line / previous item", contexts: all),
        KeyBinding(action: .pageDown, keys: chars(" f") + [.pageDown, .control("f")], description: "down one page", contexts: all),
        KeyBinding(action: .pageUp, keys: chars("b") + [.pageUp, .control("b")], description: "up one page", contexts: all),
        KeyBinding(action: .halfPageDown, keys: chars("d") + [.control("d")], description: "down half a page", contexts: all),
        KeyBinding(action: .halfPageUp, keys: chars("u") + [.control("u")], description: "up half a page", contexts: all),
        KeyBinding(action: .top, keys: chars("g") + [.home], description: "to the top", contexts: all),
        KeyBinding(action: .bottom, keys: chars("G") + [.end], description: "to the end", contexts: all),
        KeyBinding(action: .open, keys: [.enter], description: "open / jump to the selected item", contexts: [.library, .panel]),
        KeyBinding(action: .nextSection, keys: chars("]"), description: "next section", contexts: [.reader]),
        KeyBinding(action: .previousSection, keys: chars("["), description: "previous section", contexts: [.reader]),
        KeyBinding(action: .search, keys: chars("/"), description: "search the text (in the library: filter)", contexts: [.library, .reader]),
        KeyBinding(action: .nextMatch, keys: chars("n"), description: "next match (wraps around)", contexts: [.reader]),
        KeyBinding(action: .previousMatch, keys: chars("N"), description: "previous match (wraps around)", contexts: [.reader]),
        KeyBinding(action: .outline, keys: chars("o"), description: "outline: the sections", contexts: [.reader, .panel]),
        KeyBinding(action: .quotes, keys: chars("\""), description: "quotes and their speakers", contexts: [.reader, .panel]),
        KeyBinding(action: .figures, keys: chars("#"), description: "figures, inconsistencies marked", contexts: [.reader, .panel]),
        KeyBinding(action: .fullTextSearch, keys: chars("S"), description: "search the archive's full text (results as you type)", contexts: [.library, .reader]),
        KeyBinding(action: .speakers, keys: chars("@"), description: "speaker search (from the library: all articles)", contexts: [.library, .reader, .panel]),
        KeyBinding(action: .toggleGrouping, keys: chars("t"), description: "quotes: in order / grouped by speaker", contexts: [.panel]),
        KeyBinding(action: .cycleSort, keys: chars("s"), description: "sort by path, date (newest first), headline", contexts: [.library]),
        KeyBinding(action: .toggleMark, keys: chars("m"), description: "mark / unmark the article (kept between sessions)", contexts: [.library, .reader]),
        KeyBinding(action: .markedOnly, keys: chars("M"), description: "library: marked articles only / all", contexts: [.library]),
        KeyBinding(action: .clip, keys: chars("c"), description: "clip the quote or figure, with its citation", contexts: [.reader, .panel]),
        KeyBinding(action: .copyQuote, keys: chars("y"), description: "copy the quote with its citation (terminal clipboard)", contexts: [.reader, .panel]),
        KeyBinding(action: .cyclePanel, keys: [.tab], description: "next panel", contexts: [.reader, .panel]),
        KeyBinding(action: .help, keys: chars("?") + [.character("h")], description: "this help", contexts: all),
        KeyBinding(action: .close, keys: [.escape], description: "close the panel or prompt; clear the search or filter", contexts: all),
        KeyBinding(action: .back, keys: chars("q"), description: "back (quits from the first screen)", contexts: all),
        KeyBinding(action: .quit, keys: chars("Q"), description: "quit", contexts: all),
    ]

    private static let index: [KeyContext: [Key: Action]] = {
        var table: [KeyContext: [Key: Action]] = [:]
        for binding in bindings {
            for context in binding.contexts {
                for key in binding.keys where table[context, default: [:]][key] == nil {
                    table[context, default: [:]][key] = binding.action
                }
            }
        }
        return table
    }()

    public static func action(for key: Key, in context: KeyContext) -> Action? {
        index[context]?[key]
    }

    public static func binding(_ action: Action) -> KeyBinding? {
        bindings.first { $0.action == action }
    }

    /// "j Down C-n" for the help screen.
    public static func keyLabels(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: " ")
    }
}
