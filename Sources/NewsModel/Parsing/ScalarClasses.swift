/// Character classes shared by the parser and the extractors. Each is a switch
/// over code points, so a scan costs a few comparisons per character.
extension Unicode.Scalar {
    /// Horizontal white space, including the no-break and typographic spaces
    /// and the byte-order mark, which editors leave at the start of files.
    public var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    public var isLineBreak: Bool { value == 0x0A || value == 0x0D }

    public var isSpaceOrBreak: Bool { isHorizontalSpace || isLineBreak }

    /// A space that must not be collapsed into a line-breaking one.
    public var isNoBreakSpace: Bool { value == 0xA0 || value == 0x202F || value == 0x2007 }

    public var isLetter: Bool {
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return properties.isAlphabetic
    }

    public var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    public var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    public var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    /// A letter of a script without case, such as Chinese or Arabic.
    public var isCaselessLetter: Bool {
        value >= 0x80 && isLetter && !properties.isUppercase && !properties.isLowercase
    }

    /// Double quotation marks of any style, opening or closing.
    public var isDoubleQuoteMark: Bool {
        switch value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02:
            return true
        default:
            return false
        }
    }

    /// Single quotation marks, which are also apostrophes.
    public var isSingleQuoteMark: Bool {
        switch value {
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A:
            return true
        default:
            return false
        }
    }

    public var isQuoteMark: Bool { isDoubleQuoteMark || isSingleQuoteMark }

    /// Punctuation that ends a sentence.
    public var isSentenceTerminal: Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F:
            return true
        default:
            return false
        }
    }

    /// Dashes used to set off a dateline or an aside.
    public var isDash: Bool {
        switch value {
        case 0x2D, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
            return true
        default:
            return false
        }
    }
}
