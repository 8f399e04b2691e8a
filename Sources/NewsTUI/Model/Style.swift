/// How a cell is drawn. Colours are indices into the terminal's basic palette
/// (1 red … 7 white, 0 = default); a backend without colour (NO_COLOR, a
/// monochrome terminal) keeps only the attributes, so every meaning that matters
/// is also carried by bold, underline or reverse.
public struct Style: Sendable, Hashable {
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
    public var foreground: UInt8 = 0

    public init(bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false,
                foreground: UInt8 = 0) {
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.foreground = foreground
    }

    public static let plain = Style()

    /// `other`'s attributes added to these; its colour wins when it has one.
    public func merged(with other: Style) -> Style {
        Style(bold: bold || other.bold, underline: underline || other.underline,
              reverse: reverse || other.reverse, dim: dim || other.dim,
              foreground: other.foreground != 0 ? other.foreground : foreground)
    }
}
