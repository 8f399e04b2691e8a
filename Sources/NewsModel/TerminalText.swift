/// Makes article text safe to write to a terminal: escape sequences, C0 and C1
/// controls, bidi overrides and invisible format characters are shown as
/// visible placeholders, never passed through.
public enum TerminalText {
    /// Bidi controls and invisible characters that can reorder or hide text.
    public static func isInvisibleControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2028, 0x2029, 0x2060...0x2064, 0x2066...0x206F, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    /// The visible stand-in for `scalar`, or nil when it may be printed as is.
    /// ESC becomes ␛, other C0 controls their Control Pictures, the rest `<U+XXXX>`.
    public static func replacement(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x20 {
            return v == 0x09 ? " " : String(Character(Unicode.Scalar(0x2400 + v) ?? "?"))
        }
        if v == 0x7F { return "\u{2421}" }
        if (0x80...0x9F).contains(v) || isInvisibleControl(scalar) {
            let hex = String(v, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
        if v == 0xFEFF { return "" }
        return nil
    }

    /// `text` with every unsafe character replaced; keeps "\n" when `keepNewlines`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepNewlines && scalar == "\n" { out.append(scalar); continue }
            if let r = replacement(for: scalar) { out.append(contentsOf: r.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
