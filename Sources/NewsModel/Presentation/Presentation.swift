/// How Newsroom words what it shows, the same in the command line's listings and
/// in the reader: section names, where a quote is, speaker labels and their
/// marks, the dateline in front of the first paragraph, one-line text, a figure's
/// value. The text is not sanitized here: the CLI sanitizes each line it prints,
/// the reader each cell it draws.
public enum Presentation {
    /// The part of an article before its first heading.
    public static let opening = "Opening"
    /// The speaker of a quote nobody could be found for.
    public static let unknownSpeaker = "(unknown speaker)"
    /// After the description that stands for an unnamed source's name.
    public static let unnamedMark = "(unnamed)"

    /// Section `index` by its heading; `opening` for the part before the first one
    /// (and for an index the article does not have).
    public static func sectionName(_ article: Article, _ index: Int) -> String {
        guard index >= 0, index < article.sections.count else { return opening }
        return sectionName(heading: article.sections[index].heading?.text)
    }

    public static func sectionName(heading: String?) -> String {
        heading.map(oneLine) ?? opening
    }

    /// Where a quote is: `headline`, `subheadline`, or its section's name.
    public static func place(of quote: Quote, in article: Article) -> String {
        if quote.paragraph == nil, article.headline.range.contains(quote.range) { return "headline" }
        if quote.paragraph == nil, let dek = article.dek, dek.range.contains(quote.range) { return "subheadline" }
        return sectionName(article, quote.section)
    }

    /// The mark after a speaker found other than by name, for the reader to
    /// double-check: through a pronoun, a description, or as the previous quote's
    /// speaker (no attribution of its own). Text, so it survives NO_COLOR.
    public static func viaMark(_ via: SpeakerVia?) -> String? {
        switch via {
        case .pronoun: return "?pron"
        case .description: return "?desc"
        case .continuation: return "?cont"
        case .name, .introduction, nil: return nil
        }
    }

    /// A quote's speaker as one label: the name (or `unknownSpeaker`), then
    /// `(unnamed)` for an unnamed source and the mark of how it was found.
    public static func speakerLabel(_ name: String?, unnamed: Bool, via: SpeakerVia?) -> String {
        let (who, marks) = speakerLabelParts(name, unnamed: unnamed, via: via)
        return who + marks
    }

    /// The label in two: who (the name, or `unknownSpeaker`), and the marks after it
    /// (each after a space; empty when none), for a caller that styles the name.
    public static func speakerLabelParts(_ name: String?, unnamed: Bool, via: SpeakerVia?) -> (who: String, marks: String) {
        guard let name else { return (unknownSpeaker, "") }
        var marks = ""
        if unnamed { marks += " " + unnamedMark }
        if let mark = viaMark(via) { marks += " " + mark }
        return (oneLine(name), marks)
    }

    /// What goes in front of the first paragraph's text: the dateline and a dash
    /// ("KYIV, March 19 (Reuters) - — Russia said…").
    public static func datelineLead(_ dateline: TextBlock?) -> String {
        dateline.map { $0.text + " \u{2014} " } ?? ""
    }

    /// Text for one line: line breaks and runs of white space become one space,
    /// none at either end. No-break spaces stay (they hold "$1 million" together).
    public static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in text.unicodeScalars {
            if c.isSpaceOrBreak && !c.isNoBreakSpace { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(c)
        }
        return String(out)
    }

    /// "about 175", "20–30%", "▲ up to 50%", "$1.2 billion", "25%" for "one in four": the figure as
    /// normalized, ▲ or ▼ before a figure of change; its own text when it has
    /// no number ("dozens of").
    public static func figureValue(_ figure: Figure) -> String {
        // A share of a group ("one in four", "two-thirds") is kept as a fraction and read as a percentage.
        let share = figure.unit == "fraction"
        func shown(_ v: Double) -> String {
            share ? FigureNumberText.format((v * 1000).rounded() / 10) : FigureNumberText.format(v, kind: figure.kind)
        }
        let number: String
        if let low = figure.low, let high = figure.high, low != high {
            number = shown(low) + "\u{2013}" + shown(high)
        } else if let value = figure.value ?? figure.high ?? figure.low {
            number = shown(value)
        } else {
            return oneLine(figure.text)
        }
        var text = figure.change.map { $0 == .up ? "\u{25B2} " : "\u{25BC} " } ?? ""
        text += figure.qualifier.map { $0 + " " } ?? ""
        text += number
        if share {
            text += "%"
        } else if let unit = figure.unit {
            let one = figure.low == nil || figure.high == nil || figure.low == figure.high
            text += unit == "%" ? "%" : " " + unitText(unit, plural: !(one && (figure.value ?? figure.high ?? figure.low) == 1))
        }
        return oneLine(text)
    }

    /// Units written as English words, with their plurals: "6 weeks", "3 hours/day", "1 mile".
    /// Symbols and codes ("km", "USD", "%") are written as they are.
    static let unitPlurals: [String: String] = [
        "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
        "year": "years", "decade": "decades", "century": "centuries", "mile": "miles", "foot": "feet",
        "inch": "inches", "yard": "yards", "acre": "acres", "tonne": "tonnes", "barrel": "barrels",
        "gallon": "gallons", "litre": "litres", "liter": "liters", "point": "points", "percentage point": "percentage points",
        "basis point": "basis points", "storey": "storeys", "game": "games", "degree": "degrees", "knot": "knots",
        "nautical mile": "nautical miles", "light year": "light years", "stone": "stone",
    ]

    /// A unit as read: its first part in the plural when the amount is not one ("hours/day"), and a
    /// count's rate as "per week" ("2 per week" for "twice a week").
    public static func unitText(_ unit: String, plural: Bool) -> String {
        if unit.hasPrefix("/") { return "per " + unit.dropFirst() }
        guard plural else { return unit }
        let parts = unit.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let head = parts.first, let word = unitPlurals[String(head)] else { return unit }
        return parts.count > 1 ? word + "/" + parts[1] : word
    }
}
