/// Words whose period ends no sentence ("Mr.", "Gen.", "Sept.", "a.m."), lowercase and without
/// that period: one list for the quotes' tokenizer (which keeps the period with the word) and
/// the figures' sentence splitter. Data, not rules: a new short form is one more entry. Initials
/// ("J.") and dotted forms ("U.S.") are recognised by their shape; the dotted forms listed here
/// also give the quote rules their word class (`WordClass.abbreviation`).
enum Abbreviations {
    static let words: [String] = [
        // Titles, ranks and honorifics.
        "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "adm",
        "maj", "cmdr", "supt", "insp", "det", "rev", "hon", "st", "jr", "sr",
        // Organisations.
        "inc", "co", "ltd", "corp", "bros", "dept", "univ", "assn",
        // Months.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Other short forms.
        "no", "vs", "etc", "approx", "est", "fig", "vol", "pp", "mt", "ft",
        // Dotted forms.
        "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e",
    ]
}
