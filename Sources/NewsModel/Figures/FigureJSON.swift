/// The `newsroom figures --json` records.
public enum FigureJSON {
    /// One figure with the documented fields in order, then its sentence's offsets.
    public static func figure(_ f: Figure, article: String) -> JSON {
        .object([
            ("article", .string(article)),
            ("text", .string(f.text)),
            ("kind", .string(f.kind.rawValue)),
            ("value", .optional(f.value)),
            ("low", .optional(f.low)),
            ("high", .optional(f.high)),
            ("qualifier", .optional(f.qualifier)),
            ("unit", .optional(f.unit)),
            ("counted", .optional(f.counted)),
            ("change", .optional(f.change?.rawValue)),
            ("from", .optional(f.from)),
            ("to", .optional(f.to)),
            ("start", .int(f.range.start)),
            ("end", .int(f.range.end)),
            ("section", .int(f.section)),
            ("paragraph", .optional(f.paragraph)),
            ("sentence", .object([("start", .int(f.sentence.start)), ("end", .int(f.sentence.end))])),
        ])
    }

    /// One conflict: why, and both figures with the text of their sentences.
    public static func conflict(_ c: FigureConflict, in analyzed: AnalyzedArticle) -> JSON {
        let source = analyzed.article.source
        let first = analyzed.figures[c.first], second = analyzed.figures[c.second]
        return .object([
            ("article", .string(analyzed.article.path)),
            ("reason", .string(c.reason)),
            ("first", figure(first, article: analyzed.article.path)),
            ("firstSentence", .string(source.slice(first.sentence))),
            ("second", figure(second, article: analyzed.article.path)),
            ("secondSentence", .string(source.slice(second.sentence))),
        ])
    }
}
