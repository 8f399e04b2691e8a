import NewsModel

/// Which extraction produced an archived article. `index` re-analyzes the
/// articles whose version differs from the running one's.
///
/// The version is the release number bumped by hand when extraction changes
/// on purpose, plus a fingerprint of what the running extractors make of a
/// built-in probe article, so that a change nobody bumped is noticed too.
public enum AnalyzerVersion {
    public static let release = 1

    public static let current: String = "\(release)." + String(ContentHash.hex(Array(probeOutput.utf8)).prefix(12))

    private static let probeText = """
        Port strike talks 'close to a deal', union says

        By A. Reporter

        HARWICK, March 3 (Wire) - Talks to end the strike at the port were "close to a deal", \
        the union's general secretary, Dana Holm, said on Tuesday. About 1,200 dockers have been out \
        for 12 days, costing the port an estimated £4.5m a week.

        "We are not there yet," said the port's chief executive, Oren Vale. "But we have moved."

        Pay and hours

        The union wants a 9% rise over two years; the port has offered 6%. Holm said the gap was \
        "smaller than it looks" and that more than 300 members had voted to return.
        """

    /// The probe article's quotes and figures as JSON: what the fingerprint hashes.
    static var probeOutput: String {
        guard let article = try? ArticleParser.parse(SourceText(probeText), path: "probe.txt", format: .plainText) else {
            return ""
        }
        let a = AnalyzedArticle(article)
        let quotes = QuoteJSON.quotes(a.quotes.map { ($0, a) })
        let figures = JSON.array(a.figures.map { FigureJSON.figure($0, article: "probe.txt") })
        return quotes.serialized() + figures.serialized() + SectionJSON.article(article).serialized()
    }
}
