@testable import NewsTUI

/// Scripted input for tests: "jj<Enter>/drones<Enter>n" — a character is a key,
/// <Name> a named key (Enter, Esc, Tab, Up, Down, PgDn, PgUp, Home, End, BS, Space).
enum Script {
    static func keys(_ script: String) -> [Key] {
        var keys: [Key] = []
        var i = script.startIndex
        while i < script.endIndex {
            if script[i] == "<", let close = script[i...].firstIndex(of: ">"), close > script.index(after: i) {
                let name = String(script[script.index(after: i)..<close])
                if let key = named(name) {
                    keys.append(key)
                    i = script.index(after: close)
                    continue
                }
            }
            keys.append(.character(script[i]))
            i = script.index(after: i)
        }
        return keys
    }

    private static func named(_ name: String) -> Key? {
        switch name {
        case "Enter": return .enter
        case "Esc": return .escape
        case "Tab": return .tab
        case "Up": return .up
        case "Down": return .down
        case "Left": return .left
        case "Right": return .right
        case "PgDn": return .pageDown
        case "PgUp": return .pageUp
        case "Home": return .home
        case "End": return .end
        case "BS": return .backspace
        case "Space": return .character(" ")
        case _ where name.hasPrefix("C-") && name.count == 3: return name.last.map { .control($0) }
        default: return nil
        }
    }

    /// Presses each key of `script` through the runner (articles load as in the
    /// app); returns the last effect.
    @discardableResult
    static func run(_ state: inout AppState, _ script: String) -> Effect {
        var effect = Effect.none
        for key in keys(script) { effect = Runner.send(.key(key), to: &state) }
        return effect
    }
}
