/// The reader's styles in one place.
public enum Palette {
    /// Speaker colours, in the order speakers first appear; readable on dark and light backgrounds.
    static let speakerColours: [UInt8] = [6, 3, 2, 5, 4, 1]

    /// A speaker keeps one colour everywhere in the article: reader, quotes panel, search.
    public static func speaker(_ index: Int) -> Style {
        Style(foreground: speakerColours[((index % speakerColours.count) + speakerColours.count) % speakerColours.count])
    }

    // Each element in a look of its own; the headline takes no colour, so no speaker shares it.
    public static let figure = Style(underline: true)
    public static let headline = Style(bold: true)
    public static let heading = Style(bold: true, underline: true)
    public static let byline = Style(dim: true)
    public static let match = Style(reverse: true)
    public static let currentMatch = Style(bold: true, reverse: true, foreground: 3)
    public static let highlight = Style(bold: true, reverse: true)
    public static let status = Style(reverse: true)
    public static let title = Style(bold: true, reverse: true)
    public static let selection = Style(reverse: true)
    public static let conflict = Style(bold: true, foreground: 1)
    public static let dim = Style(dim: true)
    public static let bold = Style(bold: true)
}
