/// What a count counts: the noun phrase after the number ("175 prisoners of
/// war", "22 seriously wounded Ukrainian prisoners") or, for "35 of them",
/// the pronoun that the extractor resolves to an earlier count.
struct CountedPhrase: Sendable {
    /// Token after the phrase.
    var end: Int
    /// Display range of the counted words (without "of" and determiners).
    var start: Int
    var stop: Int
    /// Token of the head noun ("prisoners" for "prisoners of war"), or of the pronoun.
    /// Words are kept as token positions, not strings: most phrases the parser tries
    /// are dropped, and the strings are built only for the figures kept (see `head(_:)`).
    var headToken: Int
    /// The modifiers are the word tokens from here up to the head.
    var modifiersFrom: Int
    /// "35 of them", "a quarter of the trucks": part of a larger group.
    var partitive: Bool
    /// "35 of them": the head is a pronoun ("them", "those", "these", "us", "you").
    var isPronoun: Bool
    /// "Nine of the 11 judges": the token of the whole's number, a figure of its own, where the
    /// scan goes on (-1 for none).
    var whole = -1

    /// The head noun, lowercased.
    func head(_ t: FigureTokens) -> String { t.string(headToken) }

    /// Words before the head ("seriously wounded Ukrainian"), lowercased; empty for none.
    func modifiers(_ t: FigureTokens) -> String {
        var modifiers = ""
        for w in modifiersFrom..<max(modifiersFrom, headToken) where t[w].kind == .word {
            if !modifiers.isEmpty { modifiers += " " }
            modifiers += t.string(w)
        }
        return modifiers
    }

    /// `!modifiers(t).isEmpty`, without building it.
    func hasModifiers(_ t: FigureTokens) -> Bool {
        for w in modifiersFrom..<max(modifiersFrom, headToken) where t[w].kind == .word { return true }
        return false
    }

    /// The pronoun, if the phrase is one.
    func pronoun(_ t: FigureTokens) -> String? { isPronoun ? t.string(headToken) : nil }
}

enum CountedNoun {
    /// Words that end a noun phrase: determiners, prepositions, conjunctions,
    /// pronouns, auxiliaries and the adverbs that follow counts in news copy.
    static let stopWords: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "each", "every", "all", "both", "some", "any", "no", "another", "other", "such", "own",
        "of", "in", "on", "at", "from", "to", "for", "with", "by", "over", "under", "into", "onto", "across",
        "after", "before", "during", "since", "until", "till", "through", "about", "around", "against", "among",
        "amid", "between", "per", "via", "near", "off", "out", "up", "down", "along", "behind", "beyond",
        "within", "without", "toward", "towards", "despite", "like", "than", "as", "upon", "inside", "outside",
        "above", "below", "beneath", "throughout", "including", "excluding", "plus", "minus", "versus", "vs",
        "and", "or", "but", "nor", "so", "yet", "because", "while", "if", "when", "where", "who", "whom",
        "whose", "which", "what", "whether", "although", "though", "unless", "whereas",
        "it", "they", "them", "he", "she", "we", "you", "i", "us", "him", "me", "itself", "themselves",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says",
        "say", "told", "according", "not", "never", "also", "only", "just", "even", "still", "already", "now",
        "then", "again", "too", "very", "more", "most", "less", "least", "fewer", "here", "there", "ago",
        "overnight", "yesterday", "today", "tomorrow", "tonight", "apiece", "altogether", "instead", "later",
        "earlier", "last", "next", "each", "every", "respectively", "total", "annually", "daily", "weekly",
        "monthly", "yearly", "away", "back", "left", "remaining", "combined", "alone", "abroad", "ahead",
        "aboard", "home", "nationwide", "worldwide", "else", "whereby", "thereby", "either", "neither",
        "or", "etc",
    ]

    /// Plural nouns without a final s.
    static let irregularPlurals: WordSet = [
        "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "fish",
        "deer", "aircraft", "spacecraft", "livestock", "poultry", "offspring", "crew", "infantry", "clergy",
        "data", "media", "alumni", "bacteria", "criteria", "phenomena", "teeth", "mice", "geese", "oxen",
        "feet", "militia", "youth", "swine", "salmon", "troops", "folk", "head", "kin", "faculty", "seniors",
    ]

    /// Words that end in s without being plural nouns.
    static let notPlural: WordSet = [
        "this", "its", "his", "has", "was", "is", "as", "us", "yes", "less", "unless", "across", "always",
        "perhaps", "whereas", "towards", "besides", "sometimes", "afterwards", "nevertheless", "thus", "plus",
        "minus", "gas", "bias", "lens", "canvas", "chaos", "ethos", "alias", "atlas", "does", "goes", "says",
        "news", "whereas", "upwards", "downwards", "backwards", "forwards", "nowadays", "overseas", "sometimes",
        "means", "series", "headquarters", "whereabouts", "onwards",
    ]

    static func looksPlural(_ w: String) -> Bool {
        if irregularPlurals.contains(w) { return true }
        guard w.utf8.count >= 3, w.utf8.last == UInt8(ascii: "s") else { return false }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("ous") { return false }
        return !notPlural.contains(w)
    }

    /// `looksPlural(t.string(i))` from the token's classes (the two word lists
    /// are lexicon classes) and packed bytes, without building a `String`.
    static func looksPlural(_ tokens: FigureTokens, _ i: Int) -> Bool {
        let t = tokens[i]
        if t.cls.contains(.irregularPlural) { return true }
        if t.cls.contains(.notPlural) { return false }
        guard t.wideIndex < 0 else { return looksPlural(tokens.string(i)) }
        // Packed words are ASCII here, where bytes are characters.
        let w = FigureWord(packed: t.packed, wide: nil)
        guard w.utf8Count >= 3, w.endsWithS else { return false }
        return !(w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("ous"))
    }

    static func looksLikeVerb(_ w: FigureWord) -> Bool {
        w.hasSuffix("ed") || w.hasSuffix("ing") || (w.hasSuffix("s") && !w.hasSuffix("ss"))
    }

    /// A word that can be part of a counted noun phrase.
    /// The lexicon marks every such word `.nonContent`, so no string is hashed.
    static func isContent(_ t: FigureToken) -> Bool {
        t.kind == .word && !t.cls.contains(.nonContent)
    }

    /// Plurals of people, which do not modify a following noun as "crew members" does.
    static let personPlurals: WordSet = ["people", "children", "men", "women"]

    static let pronouns: WordSet = ["them", "those", "these", "us", "you", "whom", "which"]
    static let determiners: WordSet = [
        "the", "its", "their", "our", "his", "her", "these", "those", "my", "your", "this", "that", "all",
    ]

    /// Words between a partitive's determiner and the whole's number: "of their last 20 games".
    static let wholeModifiers: WordSet = ["last", "first", "next", "past", "other", "remaining", "previous"]

    /// The phrase counted by a number that ends at token `k`. `plural`: the
    /// number is not one, so the head must look plural.
    static func phrase(_ t: FigureTokens, at k: Int, plural: Bool, partitiveOnly: Bool) -> CountedPhrase? {
        guard k < t.count, t[k].kind == .word else { return nil }
        if t.text(k) == "of", k + 1 < t.count, t[k + 1].kind == .word, t[k + 1].spaceBefore {
            let next = t[k + 1]
            // "of these reports": a determiner, not a pronoun.
            let determinerUse = (t.text(k + 1) == "these" || t.text(k + 1) == "those") && k + 2 < t.count
                && isContent(t[k + 2]) && t[k + 2].spaceBefore
            if next.cls.contains(.pronoun), !determinerUse {
                guard t.text(k + 1) != "whom", t.text(k + 1) != "which" else { return nil }
                return CountedPhrase(end: k + 2, start: next.start, stop: next.end, headToken: k + 1,
                                     modifiersFrom: k + 1, partitive: true, isPronoun: true)
            }
            if next.cls.contains(.determiner) {
                // "Nine of the 11 judges", "18 of their last 20 games": the whole has a number of its own.
                var m = k + 2
                if m < t.count, t[m].kind == .word, Self.wholeModifiers.contains(t.text(m)) { m += 1 }
                if m + 1 < t.count, t[m].kind == .number, t[m].spaceBefore, var inner = bare(t, at: m + 1, plural: true) {
                    inner.partitive = true
                    inner.whole = m
                    return inner
                }
                // "a third of the budget": the whole may be singular.
                guard var inner = bare(t, at: k + 2, plural: plural) ?? bare(t, at: k + 2, plural: false) else {
                    return nil
                }
                inner.partitive = true
                return inner
            }
            return bare(t, at: k + 1, plural: plural)
        }
        if partitiveOnly { return nil }
        return bare(t, at: k, plural: plural)
    }

    /// A noun phrase without determiner: modifiers, the head, and "of" + a bare
    /// noun that belongs to it ("prisoners of war").
    static func bare(_ t: FigureTokens, at k: Int, plural: Bool) -> CountedPhrase? {
        var i = k
        // The words read so far are the word tokens from `wordsFrom` (the only other tokens
        // in between are the hyphens of hyphenated modifiers): counts, not an array.
        var wordsFrom = k
        var wordCount = 0
        var firstWord = -1, lastWord = -1
        var headIndex: Int? = nil
        while i < t.count, wordCount < 6, i - k < 12 {
            let tok = t[i]
            if tok.kind == .symbol, t.text(i) == "-", !tok.spaceBefore, wordCount > 0, i + 1 < t.count,
               !t[i + 1].spaceBefore, t[i + 1].kind == .word {
                // Hyphenated modifier: long-range, Russian-made.
                i += 1
                continue
            }
            // The first part of a hyphenated modifier may be any word: "on-street", "so-called".
            let hyphenated = tok.kind == .word && i + 2 < t.count && t[i + 1].kind == .symbol && t.text(i + 1) == "-"
                && !t[i + 1].spaceBefore && !t[i + 2].spaceBefore && t[i + 2].kind == .word
            guard isContent(tok) || hyphenated, i == k || tok.spaceBefore || t.text(i - 1) == "-" else { break }
            // "this year's pupils", "the port's grain": a possessive is a determiner.
            if tok.possessive {
                guard i + 1 < t.count, isContent(t[i + 1]), t[i + 1].spaceBefore else { break }
                wordsFrom = i + 1
                wordCount = 0
                firstWord = -1
                lastWord = -1
                i += 1
                continue
            }
            if wordCount == 0 { firstWord = i }
            lastWord = i
            wordCount += 1
            if plural, looksPlural(t, i) {
                headIndex = i
                i += 1
                // "crew members", "police officers": a collective noun used as a modifier.
                // Not "children", "people", "men", "women": "one in five children lives", "two
                // children minutes before" end at the person.
                if tok.cls.contains(.irregularPlural), i < t.count, isContent(t[i]), t[i].spaceBefore,
                   looksPlural(t, i), !t[i].capitalized, !personPlurals.contains(t.text(i - 1)) {
                    lastWord = i
                    wordCount += 1
                    headIndex = i
                    i += 1
                }
                break
            }
            i += 1
            // One thing: the phrase ends before a verb-looking word ("one person died").
            if !plural, i < t.count, !isContent(t[i]) || wordCount >= 3 || looksLikeVerb(t.text(i)) {
                headIndex = lastWord
                break
            }
        }
        if !plural, headIndex == nil, wordCount > 0, wordCount <= 3 { headIndex = lastWord }
        guard let head = headIndex, wordCount > 0 else { return nil }
        let first = firstWord
        var end = head + 1
        // "prisoners of war", "barrels of oil": of + a bare noun.
        if end + 1 < t.count, t.text(end) == "of", t[end].kind == .word, isContent(t[end + 1]),
           !t[head].possessive {
            var j = end + 1
            var count = 0
            while j < t.count, isContent(t[j]), count < 2, t[j].spaceBefore {
                j += 1
                count += 1
                if t[j - 1].possessive { break }
            }
            end = j
        }
        return CountedPhrase(end: end, start: t[first].start, stop: t[end - 1].end, headToken: head,
                             modifiersFrom: wordsFrom, partitive: false, isPronoun: false)
    }
}
