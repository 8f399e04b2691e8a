import NewsModel

/// The quotes panel's rows. Each quote is wrapped to the panel's width (never cut
/// with "…"); a speaker's name heads each run of their quotes once (in reading
/// order a run is consecutive quotes, grouped by speaker it is the whole group).
/// `update` keeps each quote's height in the panel state (for scrolling and
/// clicks) and the view draws the rows of the quotes on screen, both from here.
enum QuoteRows {
    /// What a piece of a quote's row is, for the view to style.
    enum Part: Sendable, Hashable {
        /// The mark of how the speaker was found (`?cont`).
        case mark
        /// The quoted words, in quotation marks.
        case words
        /// Kind (unless full) and where the quote is.
        case about
    }

    /// A quote's row pieces, sanitized.
    static func pieces(_ quote: Quote, in analyzed: AnalyzedArticle) -> [(String, Part)] {
        var pieces: [(String, Part)] = []
        if let mark = Presentation.viaMark(quote.via) { pieces.append((mark + " ", .mark)) }
        pieces.append(("\u{201c}" + TextFit.oneLine(quote.text) + "\u{201d}", .words))
        var about = Presentation.place(of: quote, in: analyzed.article)
        if quote.kind != .full { about = quote.kind.rawValue + " \u{b7} " + about }
        // One space before it: the wrap counts one space between words.
        pieces.append((" \u{b7} " + TerminalText.sanitize(Presentation.oneLine(about)), .about))
        return pieces
    }

    /// Columns for a quote's words: the panel less its margins and the indent.
    static func width(screen: Int) -> Int { max(8, screen - 3 - indent) }
    static let indent = 2

    /// The pieces wrapped to `width`: one array of (text, part) per line.
    static func lines(_ pieces: [(String, Part)], width: Int) -> [[(String, Part)]] {
        var scalars: [Unicode.Scalar] = []
        var parts: [Part] = []
        for (text, part) in pieces {
            for s in text.unicodeScalars {
                scalars.append(s)
                parts.append(part)
            }
        }
        var out: [[(String, Part)]] = []
        for line in TextWrap.wrap(scalars, width: width) {
            var row: [(String, Part)] = []
            var i = line.start
            while i < line.end {
                var j = i
                var run = String.UnicodeScalarView()
                while j < line.end, parts[j] == parts[i] {
                    run.append(scalars[j])
                    j += 1
                }
                row.append((String(run), parts[i]))
                i = j
            }
            out.append(row)
        }
        return out.isEmpty ? [[]] : out
    }

    /// Rows quote `index` of `order` takes: its wrapped lines, and one more when
    /// it starts a speaker's run.
    static func height(order: [Int], at index: Int, in analyzed: AnalyzedArticle, width: Int) -> Int {
        let quote = analyzed.quotes[order[index]]
        let pieces = self.pieces(quote, in: analyzed)
        let total = pieces.reduce(0) { $0 + DisplayWidth.of($1.0) }
        let rows = total <= width ? 1 : lines(pieces, width: width).count
        return rows + (startsRun(order: order, at: index, in: analyzed) ? 1 : 0)
    }

    static func heights(order: [Int], in analyzed: AnalyzedArticle, screen: Int) -> [Int] {
        let width = self.width(screen: screen)
        return order.indices.map { height(order: order, at: $0, in: analyzed, width: width) }
    }

    /// Whether quote `index` of `order` is the first of its speaker's run (no
    /// speaker is a run of its own, under `Presentation.unknownSpeaker`).
    static func startsRun(order: [Int], at index: Int, in analyzed: AnalyzedArticle) -> Bool {
        guard index > 0, index < order.count else { return true }
        return analyzed.quotes[order[index - 1]].speaker != analyzed.quotes[order[index]].speaker
    }
}
