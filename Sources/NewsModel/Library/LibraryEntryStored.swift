/// A library entry made from what an archive stores, without the article in full.
extension LibraryEntry {
    /// `quotes` with their texts; `body` is the text the library filter searches (an archive
    /// leaves it empty: its full-text search covers the bodies without holding them in memory).
    public init(path: String, format: ArticleFormat, headline: String, sectionCount: Int, figureCount: Int,
                quotes: [Quote], speakers: [Speaker], date: ArticleDate?, source: String?, byline: String?,
                body: String = "") {
        self.path = path
        self.format = format
        self.headline = headline
        self.sectionCount = sectionCount
        self.figureCount = figureCount
        self.date = date
        self.source = source
        self.byline = byline
        self.body = body
        var texts = ""
        texts.reserveCapacity(quotes.reduce(0) { $0 + $1.text.utf8.count })
        var offsets: [Int] = []
        offsets.reserveCapacity(quotes.count)
        for quote in quotes {
            offsets.append(texts.utf8.count)
            texts += quote.text
        }
        self.quotes = zip(quotes, offsets).map { EntryQuote($0, texts: texts, textStart: $1) }
        self.speakers = speakers
    }

    /// Whether `self` (from the article read again) says what `entry` says: equal, but for
    /// the body when `entry` has none (an archive's entry leaves it out).
    public func isSameAnalysis(as entry: LibraryEntry) -> Bool {
        guard entry.body.isEmpty, !body.isEmpty else { return self == entry }
        return path == entry.path && format == entry.format && headline == entry.headline
            && sectionCount == entry.sectionCount && figureCount == entry.figureCount && quotes == entry.quotes
            && speakers == entry.speakers && date == entry.date && source == entry.source && byline == entry.byline
    }
}
