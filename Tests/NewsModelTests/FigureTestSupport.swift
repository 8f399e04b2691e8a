import NewsTestSupport
@testable import NewsModel

/// An expected figure: every field is compared, nil meaning "must be null".
struct ExpectedFigure: CustomStringConvertible {
    var text: String
    var kind: FigureKind
    var value: Double?
    var unit: String? = nil
    var qualifier: String? = nil
    var low: Double? = nil
    var high: Double? = nil
    var counted: String? = nil

    var description: String {
        "\(text) [\(kind.rawValue) \(value.map { "\($0)" } ?? "null") unit=\(unit ?? "-") q=\(qualifier ?? "-") "
            + "low=\(low.map { "\($0)" } ?? "-") high=\(high.map { "\($0)" } ?? "-") counted=\(counted ?? "-")]"
    }

    static func describe(_ f: Figure) -> String {
        ExpectedFigure(text: f.text, kind: f.kind, value: f.value, unit: f.unit, qualifier: f.qualifier, low: f.low,
                       high: f.high, counted: f.counted).description
    }

    func matches(_ f: Figure) -> Bool {
        f.text == text && f.kind == kind && close(f.value, value) && f.unit == unit && f.qualifier == qualifier
            && close(f.low, low) && close(f.high, high) && f.counted == counted
    }

    private func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= 1e-9 * max(1, abs(y))
        default: return false
        }
    }
}

/// Short constructors so the tables read like the sentences they test.
/// "One in five adults": a share of what its noun counts, as a fraction (0.2).
func share(_ text: String, _ value: Double, _ counted: String, q: String? = nil, high: Double? = nil) -> ExpectedFigure {
    ExpectedFigure(text: text, kind: .percent, value: value, unit: "fraction", qualifier: q, high: high, counted: counted)
}

func count(_ text: String, _ value: Double?, _ counted: String? = nil, q: String? = nil, low: Double? = nil,
           high: Double? = nil) -> ExpectedFigure {
    ExpectedFigure(text: text, kind: .count, value: value, qualifier: q, low: low, high: high, counted: counted)
}

func fig(_ text: String, _ kind: FigureKind, _ value: Double?, _ unit: String? = nil, q: String? = nil,
         low: Double? = nil, high: Double? = nil) -> ExpectedFigure {
    ExpectedFigure(text: text, kind: kind, value: value, unit: unit, qualifier: q, low: low, high: high)
}

func date(_ text: String, _ value: Double? = nil, unit: String? = nil, low: Double? = nil, high: Double? = nil)
    -> ExpectedFigure {
    ExpectedFigure(text: text, kind: .date, value: value, unit: unit, low: low, high: high)
}

enum FigureTesting {
    /// An article whose one paragraph is `sentence` (under a neutral headline).
    static func article(_ body: String, path: String = "test.txt") -> Article {
        let text = "Headline\n\n" + body + "\n"
        guard let article = try? ArticleParser.parse(SourceText(text), path: path, format: .plainText) else {
            fatalError("test article did not parse")
        }
        return article
    }

    static func figures(_ body: String) -> [Figure] {
        FigureExtractor.extract(article(body)).figures
    }

    static func fixture(_ name: String) -> String {
        Repository.path("Fixtures/" + name)
    }
}
