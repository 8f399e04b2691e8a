/// Mouse reports in the SGR encoding (mode 1006): `ESC [ < button ; column ; row M`
/// for a press, `m` for a release, columns and rows from 1. Terminals send it
/// when asked for (and for positions past column 223, which X10 cannot encode);
/// ncurses reads only the X10 form its terminfo entry names, so the backend
/// reads this one itself.
enum SGRMouse {
    /// The event for the characters after `ESC`, or nil when they are not a complete report.
    /// A release, motion or an unknown button is `.some(nil)`: a report to swallow.
    static func parse(_ characters: [Unicode.Scalar]) -> Event?? {
        guard characters.count >= 7, characters[0] == "[", characters[1] == "<",
              let final = characters.last, final == "M" || final == "m" else { return nil }
        let fields = String(String.UnicodeScalarView(characters[2..<(characters.count - 1)])).split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3, let button = Int(fields[0]), let column = Int(fields[1]), let row = Int(fields[2]),
              column >= 1, row >= 1 else { return nil }
        guard final == "M", button & 32 == 0 else { return .some(nil) }
        let x = column - 1, y = row - 1
        // Bits 2-4 are Shift, Meta and Control; bit 6 marks the wheel.
        switch button & ~(4 | 8 | 16) {
        case 0: return .some(.mouse(.click, x: x, y: y))
        case 64: return .some(.mouse(.wheelUp, x: x, y: y))
        case 65: return .some(.mouse(.wheelDown, x: x, y: y))
        default: return .some(nil)
        }
    }

    /// Whether `characters` (after `ESC`) can still grow into a report.
    static func isPrefix(_ characters: [Unicode.Scalar]) -> Bool {
        for (i, c) in characters.enumerated() {
            switch i {
            case 0: if c != "[" { return false }
            case 1: if c != "<" { return false }
            default: if !(c.properties.numericType != nil && c.isASCII) && c != ";" { return false }
            }
        }
        return characters.count < 24
    }
}
