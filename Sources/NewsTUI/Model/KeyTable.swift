/// The key table in use: the defaults of `KeyMap` with the remappings of the
/// settings file. Key handling, the help screen and the status hints all read
/// it, so a remapped key shows everywhere it is named.
public struct KeyTable: Sendable {
    public private(set) var bindings: [KeyBinding]
    private var index: [KeyContext: [Key: Action]] = [:]
    /// The help screen's lines for these keys.
    public private(set) var helpLines: [HelpText.Line] = []
    public private(set) var helpKeyColumn = 0

    public static let standard = KeyTable(KeyMap.bindings)

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
        rebuild()
    }

    private mutating func rebuild() {
        index = [:]
        for binding in bindings {
            for context in binding.contexts {
                for key in binding.keys where index[context, default: [:]][key] == nil {
                    index[context, default: [:]][key] = binding.action
                }
            }
        }
        helpLines = HelpText.lines(for: bindings)
        helpKeyColumn = helpLines.reduce(0) { max($0, DisplayWidth.of($1.keys)) }
    }

    public func action(for key: Key, in context: KeyContext) -> Action? {
        index[context]?[key]
    }

    public func binding(_ action: Action) -> KeyBinding? {
        bindings.first { $0.action == action }
    }

    /// `action` on `keys` instead of its defaults. The keys leave the other
    /// actions that share a context with it, so no key means two things.
    public mutating func remap(_ action: Action, to keys: [Key]) {
        guard let target = bindings.firstIndex(where: { $0.action == action }) else { return }
        let contexts = bindings[target].contexts
        for i in bindings.indices where i != target && !bindings[i].contexts.isDisjoint(with: contexts) {
            let b = bindings[i]
            bindings[i] = KeyBinding(action: b.action, keys: b.keys.filter { !keys.contains($0) },
                                     description: b.description, contexts: b.contexts)
        }
        let b = bindings[target]
        bindings[target] = KeyBinding(action: b.action, keys: keys, description: b.description, contexts: b.contexts)
        rebuild()
    }

    /// "s sort": the first key of `action` and a word for the status line; nil when it has no key.
    public func hint(_ action: Action, _ word: String) -> String? {
        guard let key = binding(action)?.keys.first else { return nil }
        return key.label + " " + word
    }
}

extension Key {
    /// The key a settings file names as `label` shows it: "j", "Space", "C-n", "PgDn", "Enter"…
    public init?(label: String) {
        let named: [String: Key] = ["Space": .character(" "), "Up": .up, "Down": .down, "Left": .left, "Right": .right,
                                    "PgUp": .pageUp, "PgDn": .pageDown, "Home": .home, "End": .end, "Enter": .enter,
                                    "Esc": .escape, "Tab": .tab, "S-Tab": .backTab, "Backspace": .backspace]
        if let key = named[label] { self = key; return }
        if label.hasPrefix("C-"), label.count == 3, let c = label.last, c.isLetter, c.isASCII {
            self = .control(Character(c.lowercased()))
            return
        }
        guard label.count == 1, let c = label.first, !c.isWhitespace, !(c.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) else {
            return nil
        }
        self = .character(c)
    }
}
