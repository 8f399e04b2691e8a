/// An article with everything extracted from it, built once when the article
/// loads; downstream code reads these records and never parses text again. The
/// text is decoded once (`AnalysisDocument`) and both extractors read it, but each
/// still tokenizes it with its own tokenizer (issue 15).
public struct AnalyzedArticle: Sendable {
    public let article: Article
    public let quotes: [Quote]
    public let speakers: [Speaker]
    public let figures: [Figure]
    public let conflicts: [FigureConflict]
    /// The article's own warnings plus the extractors' (an unclosed quote, say).
    public let warnings: [String]

    public init(article: Article, quotes: [Quote], speakers: [Speaker], figures: [Figure],
                conflicts: [FigureConflict], warnings: [String]) {
        self.article = article
        self.quotes = quotes
        self.speakers = speakers
        self.figures = figures
        self.conflicts = conflicts
        self.warnings = warnings
    }

    public init(_ article: Article) {
        let document = AnalysisDocument(article)
        let quotes = QuoteExtractor.extract(document)
        let figures = FigureExtractor.extract(document)
        self.init(article: article, quotes: quotes.quotes, speakers: quotes.speakers, figures: figures.figures,
                  conflicts: figures.conflicts, warnings: article.warnings + quotes.warnings)
    }

    public func speakerName(of quote: Quote) -> String? { quote.speaker.map { speakers[$0].name } }
}
