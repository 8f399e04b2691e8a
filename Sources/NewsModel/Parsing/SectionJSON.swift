/// The `newsroom sections --json` record of one article.
public enum SectionJSON {
    public static func article(_ article: Article) -> JSON {
        .object([
            ("article", .string(article.path)),
            ("headline", .string(article.headline.text)),
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
