/// The `newsroom sections --json` record of one article.
public enum SectionJSON {
    public static func article(_ article: Article) -> JSON {
        .object([
            ("article", .string(article.path)),
            ("format", .string(article.format.rawValue)),
            ("headline", .string(article.headline.text)),
            ("date", .optional(article.metadata.date)),
            ("byline", .optional(article.metadata.byline ?? article.byline.map(\.text))),
            ("source", .optional(article.metadata.source)),
            ("url", .optional(article.metadata.url)),
            ("sections", .array(article.sections.map { section in
                .object([
                    ("index", .int(section.index)),
                    ("heading", .optional(section.heading?.text)),
                    ("start", .int(section.range.start)),
                    ("end", .int(section.range.end)),
                    ("paragraphs", .int(section.paragraphs.count)),
                ])
            })),
        ])
    }
}
