/// Dates and times that look like numbers or stand in for them: years,
/// "March 19", weekdays, "last month", "yesterday". Listed with kind `date`
/// so that they are never mistaken for counts.
enum Dates {
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// Abbreviations, used only before a day number.
    static let monthAbbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Month names that are also common words; dates only with a number or a date preposition.
    static let ambiguousMonths: WordSet = ["may", "march", "june", "august"]

    static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    static let deictic: WordSet = ["yesterday", "today", "tomorrow", "tonight"]

    /// Words that after last/next/this/past make a date: "last month", "next spring".
    static let periods: WordSet = [
        "week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "fall", "winter",
        "decade", "century", "season", "morning", "evening", "afternoon", "quarter",
    ]
    static let relativeStarters: WordSet = ["last", "next", "this", "past", "coming"]

    /// Prepositions and words that put a bare year or month in time: "in 2024", "since May".
    static let datePrepositions: WordSet = [
        "in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "through", "to",
        "early", "late", "mid", "end", "last", "next", "this", "between", "and", "spring", "summer", "autumn",
        "winter", "fall", "year", "on", "around", "circa", "throughout", "into", "as", "for",
    ]

    static func isMonthToken(_ t: FigureTokens, _ i: Int) -> Bool {
        t[i].kind == .word && t[i].capitalized && months[t.text(i)] != nil
    }
}
