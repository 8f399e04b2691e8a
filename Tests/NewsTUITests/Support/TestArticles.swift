import NewsModel
import NewsTestSupport
@testable import NewsTUI

/// Articles for the tests, loaded from the repository's fixtures. Paths are
/// kept relative to the repository so screens do not depend on where it is.
enum TestArticles {
    static let root = Repository.root

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func article(_ relativePath: String) throws -> Article {
        DisplayWidth.prepareLocale()
        switch ArticleLoader.loadFile(root + "/" + relativePath) {
        case .success(let (article, _)):
            return Article(path: relativePath, format: article.format, source: article.source, headline: article.headline,
                           dek: article.dek, byline: article.byline, dateline: article.dateline,
                           sections: article.sections, warnings: article.warnings)
        case .failure(let failure):
            throw Missing(description: failure.description)
        }
    }

    static func fixture(_ name: String) throws -> AnalyzedArticle {
        AnalyzedArticle(try article("Fixtures/articles/" + name))
    }

    /// Every bundled fixture, sorted by name like the loader sorts a folder.
    static func library() throws -> [AnalyzedArticle] {
        let names = ArticleLoader.expand([root + "/Fixtures/articles"]).files.map { String($0.split(separator: "/").last ?? "") }
        return try names.sorted().map { try fixture($0) }
    }

    static func text(_ string: String, path: String = "test.txt") throws -> Article {
        try ArticleParser.parse(SourceText(string), path: path, format: .plainText, warnings: [])
    }

    /// The source range of the first occurrence of `needle` (after `from`).
    static func range(of needle: String, in article: Article, from: Int = 0) -> SourceRange {
        let hay = article.source.scalarArray(), n = Array(needle.unicodeScalars)
        var i = from
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n { return SourceRange(i, i + n.count) }
            i += 1
        }
        return SourceRange(0, 0)
    }

    /// Article-wide index of the paragraph holding `offset`.
    static func paragraph(of offset: Int, in article: Article) -> Int? {
        article.paragraphs.first { $0.block.range.start <= offset && offset < $0.block.range.end }?.index
    }

    /// The seed with quotes, speakers and figures set by hand, pointing at its
    /// real text: what the extractors are expected to find, for panel tests.
    static func seedByHand() throws -> AnalyzedArticle {
        let article = try self.article("Fixtures/articles/seed-article.txt")
        let speakers = [
            Speaker(name: "Donald Trump", aliases: ["Trump"], roles: ["US President"]),
            Speaker(name: "Volodymyr Zelensky", aliases: ["Zelensky"], roles: ["Ukrainian President"]),
            Speaker(name: "Karoline Leavitt", aliases: ["Leavitt"], roles: ["White House spokeswoman"]),
        ]
        func quote(_ text: String, _ speaker: Int?, _ kind: QuoteKind = .full) -> Quote {
            let r = range(of: text, in: article)
            return Quote(range: r, text: article.source.slice(r), kind: kind, speaker: speaker,
                         section: article.sectionIndex(containing: r.start), paragraph: paragraph(of: r.start, in: article),
                         parts: [r])
        }
        let quotes = [
            quote("We just had a great phone call with President Zelensky", 0),
            quote("Ukrainians want peace, which is why Ukraine accepted the proposal for an unconditional ceasefire", 1),
            quote("ownership", 2, .partial),
            quote("We are now focused on a long-term peace agreement", 2),
            quote("I want there to be control. If the Russians don't attack our facilities, we won't attack theirs", 1),
            quote("correct", nil, .scare),
        ]
        func figure(_ text: String, _ sentenceStart: String, _ kind: FigureKind, _ value: Double?, high: Double? = nil,
                    qualifier: String? = nil, unit: String? = nil, counted: String? = nil) -> Figure {
            let r = range(of: text, in: article)
            let s = range(of: sentenceStart, in: article)
            let sentence = SourceRange(s.start, s.end)
            return Figure(range: r, text: article.source.slice(r), kind: kind, value: value, high: high, qualifier: qualifier,
                          unit: unit, counted: counted, sentence: sentence, section: article.sectionIndex(containing: r.start),
                          paragraph: paragraph(of: r.start, in: article))
        }
        let figures = [
            figure("300 prisoners", "Moscow and kyiv have exchanged 300 prisoners.", .count, 300, counted: "prisoners"),
            figure("about an hour", "The telephone meeting, which Washington said lasted about an hour", .duration, 1,
                   qualifier: "about", unit: "hour"),
            figure("up to 50%", "Under the terms of the agreement, Ukraine agreed to allocate up to 50%", .percent, nil, high: 50,
                   qualifier: "up to", unit: "%"),
            figure("175 prisoners of war", "Moscow and Kyiv each exchanged 175 prisoners of war", .count, 175,
                   counted: "prisoners of war"),
            figure("145 drones", "On Wednesday, Ukraine accused Russia of launching 145 drones over its territory.", .count, 145,
                   counted: "drones"),
        ]
        let conflicts = [FigureConflict(first: 0, second: 3, reason: "prisoners exchanged: 300 vs 175")]
        return AnalyzedArticle(article: article, quotes: quotes, speakers: speakers, figures: figures,
                               conflicts: conflicts, warnings: [])
    }
}
