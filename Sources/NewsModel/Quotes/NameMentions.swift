enum Gender: UInt8, Sendable {
    case unknown, feminine, masculine

    /// The gender a personal pronoun says: "she", "he"; unknown for any other word.
    init(pronoun: String) { self = pronoun == "she" ? .feminine : pronoun == "he" ? .masculine : .unknown }
}

/// Tokens `start..<end` of a phrase's block; `skipsHonorifics` leaves out "Mr" and the like
/// when the span is read as role words. Eight bytes (the flag is the sign of the stored end;
/// token indices are far below 2^31), because phrases are copied often and are mostly spans.
struct TokenSpan: Sendable {
    private(set) var start: Int32 = 0
    private var storedEnd: Int32 = 0

    init() {}

    init(_ start: Int, _ end: Int, skipsHonorifics: Bool = false) {
        self.start = Int32(truncatingIfNeeded: start)
        let end = Int32(truncatingIfNeeded: end) & Int32.max
        self.storedEnd = skipsHonorifics ? ~end : end
    }

    var end: Int32 { storedEnd < 0 ? ~storedEnd : storedEnd }
    var skipsHonorifics: Bool { storedEnd < 0 }

    var range: Range<Int> { Int(start)..<max(Int(start), Int(end)) }
}

/// A few token spans kept inline: a phrase has at most two roles and three runs of role
/// words (a role or description joined with one appositive, `PhraseReader.combine`, which
/// is never applied twice). With no array in it, a phrase (and a mention holding one) is
/// plain data: copying, sorting and freeing lists of them touches no reference counts.
/// Room is kept for four; a fifth span, which no reader makes, would be dropped.
struct SpanList: Sendable {
    private var a = TokenSpan(), b = TokenSpan(), c = TokenSpan(), d = TokenSpan()
    private(set) var count = 0

    init() {}

    init(_ span: TokenSpan) { append(span) }

    var isEmpty: Bool { count == 0 }

    mutating func append(_ span: TokenSpan) {
        switch count {
        case 0: a = span
        case 1: b = span
        case 2: c = span
        case 3: d = span
        default: return
        }
        count += 1
    }

    mutating func append(contentsOf other: SpanList) {
        for k in 0..<other.count { append(other[k]) }
    }

    subscript(k: Int) -> TokenSpan {
        switch k {
        case 0: return a
        case 1: return b
        case 2: return c
        case 3: return d
        default: return TokenSpan()
        }
    }
}

/// A noun phrase that may stand for a speaker: a name (with the role written
/// around it), a description ("the Ukrainian president"), or a pronoun.
///
/// Its words are kept as token spans of its block: most phrases read around verbs
/// and capitalised words never name anyone, so their strings are only made
/// (`PhraseReader.lower`, `lastKey(of:)` and the rest) for those that reach an entity, and
/// written names and roles (`PhraseReader.words`, `text`) only for those that become speakers.
struct Phrase: Sendable {
    enum Kind: UInt8, Sendable { case name, description, pronoun, invalid }

    var kind: Kind
    /// Token range in the block.
    var start: Int
    var end: Int
    /// Name words as written: "Karoline Leavitt"; keyed, lowercased, for linking.
    var name = TokenSpan()
    /// A later mention of a known name: its key counts, its written form is not kept.
    var nameless = false
    /// Roles as written: "White House spokeswoman".
    var roles = SpanList()
    /// Role words, lowercased, for matching descriptions.
    var roleWords = SpanList()
    /// For a description: its head noun (a token, -1 for none) and the words before it.
    var head: Int32 = -1
    var modifiers = TokenSpan()
    /// The description as written, without its article: "Ukrainian president".
    var text = TokenSpan()
    /// The pronoun's token, -1 for none.
    var pronoun: Int32 = -1
    var isOrganisation = false
    var gender = Gender.unknown
    /// A group ("officials", "Residents"): a valid subject that names no one.
    var plural = false
    /// A capitalised run with nothing else saying it is a person ("Marta Ilves" or "United States").
    var weak = false
    /// Said to be a person by its sentence ("Petrov, who made three saves,"), though named with one word.
    var person = false
    /// A source that stands for no one known and that the text never names: "one", "another",
    /// "the report". Its quotes are credited to it as written.
    var unnamedSource = false

    static func invalid(_ start: Int, _ end: Int) -> Phrase { Phrase(kind: .invalid, start: start, end: end) }

    /// The head as a one-token span of role words.
    var headSpan: TokenSpan { head >= 0 ? TokenSpan(Int(head), Int(head) + 1) : TokenSpan() }
}

/// Reads noun phrases around speech verbs from a block's tokens.
struct PhraseReader {
    let tokens: [Token]
    /// The lowercased words tokens refer to (`Token.lower`).
    let lowers: [String]
    let scalars: BlockScalars

    /// Word `i` lowercased; plain words are only lowercased here, when a phrase needs them.
    func lower(_ i: Int) -> String {
        guard tokens.indices.contains(i) else { return "" }
        let t = tokens[i]
        switch t.lower {
        case .kept(let k):
            return lowers.indices.contains(k) ? lowers[k] : ""
        case .listed(let e):
            let words = ScalarTable.shared.words
            return words.indices.contains(e) ? words[e] : ""
        case .onDemand(let capped):
            guard t.isWord else { return "" }
            let a = max(0, t.start)
            var b = min(t.end, scalars.count)
            if capped { b = min(b, a + Token.lowercasedCap) }
            var ascii = a < b
            for k in a..<max(a, b) where !scalars[k].isASCII { ascii = false; break }
            guard ascii else { return a < b ? String.lowercasing(scalars[a..<b]) : "" }
            // ASCII lowercases byte by byte, as `lowercased()` would.
            return String(unsafeUninitializedCapacity: b - a) { buffer in
                for k in a..<b {
                    let v = UInt8(truncatingIfNeeded: scalars[k].value)
                    buffer[k - a] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                }
                return b - a
            }
        }
    }

    /// Where the key of word `i` (`NameKey.key(lowered: lower(i))`) lies among the scalars, for an
    /// ASCII word of at most `Token.lowercasedCap` scalars: its lowercased form is then its scalars
    /// lowercased (see `Token.lower`), so the key is read from them (`lowerByte`) without making a
    /// string; nil for any other token.
    func asciiKeyRange(_ i: Int) -> Range<Int>? {
        guard tokens.indices.contains(i) else { return nil }
        let t = tokens[i]
        let a = t.start, b = t.end
        guard t.isWord, a >= 0, a < b, b <= scalars.count, b - a <= Token.lowercasedCap else { return nil }
        for k in a..<b where scalars[k].value >= 0x80 { return nil }
        // `NameKey.key` drops a possessive ending: "okafor's", "jones'".
        let count = b - a, last = lowerByte(b - 1)
        if count > 3, last == 0x73, scalars[b - 2].value == 0x27 { return a..<(b - 2) }
        if count > 2, last == 0x27 { return a..<(b - 1) }
        return a..<b
    }

    /// Scalar `k`, an ASCII one, lowercased.
    @inline(__always)
    func lowerByte(_ k: Int) -> UInt8 {
        let v = UInt8(truncatingIfNeeded: scalars[k].value)
        return v >= 0x41 && v <= 0x5A ? v + 0x20 : v
    }

    func text(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= tokens.count else { return "" }
        let a = tokens[from].start, b = min(tokens[to - 1].end, scalars.count)
        guard a < b else { return "" }
        return ScalarString.make(scalars, a, b)
    }

    func word(_ i: Int) -> String { text(i, i + 1) }

    /// Word `i` is `ascii` (lowercase) in any case, compared without making a string.
    func isWord(_ i: Int, _ ascii: StaticString) -> Bool {
        guard tokens.indices.contains(i), tokens[i].isWord else { return false }
        let a = tokens[i].start, b = min(tokens[i].end, scalars.count)
        guard b - a == ascii.utf8CodeUnitCount else { return false }
        return ascii.withUTF8Buffer { bytes in
            for k in 0..<bytes.count where scalars[a + k].value | 0x20 != UInt32(bytes[k]) { return false }
            return true
        }
    }

    /// Word `i` with the possessive ending the tokenizer cut from a name ("Pruett's" is read "Pruett").
    func wordWithPossessive(_ i: Int) -> String {
        guard tokens.indices.contains(i), tokens[i].isPossessive else { return word(i) }
        let a = tokens[i].start
        var b = min(tokens[i].end, scalars.count)
        if b < scalars.count, scalars[b] == "'" || scalars[b] == "\u{2019}" {
            b += 1
            if b < scalars.count, scalars[b] == "s" || scalars[b] == "S" { b += 1 }
        }
        return a < b ? ScalarString.make(scalars, a, b) : ""
    }

    func text(_ span: TokenSpan) -> String { text(Int(span.start), Int(span.end)) }

    /// The words of `span` as written, joined by single spaces, with how many words and
    /// scalars that makes (counted from the tokens, not by walking the string).
    func joinedWords(_ span: TokenSpan) -> (text: String, words: Int, scalars: Int) {
        // Words one space apart (most names) are the text of the whole run, made at once; a
        // possessive inside one is followed by its apostrophe, not a space, so it is never among them.
        if let run = spacedRun(span.range) { return (ScalarString.make(scalars, run.lowerBound, run.upperBound), span.range.count, run.count) }
        var text = ""
        var scalarCount = 0
        for i in span.range {
            if i > span.range.lowerBound {
                text += " "
                scalarCount += 1
            }
            // A possessive inside a name keeps its "'s": "Alzheimer's Research Foundation".
            text += i < span.range.upperBound - 1 ? wordWithPossessive(i) : word(i)
            // `word` is empty, or the token's scalars up to the end of the block.
            if i >= 0, i < tokens.count, tokens[i].start < min(tokens[i].end, scalars.count) {
                scalarCount += min(tokens[i].end, scalars.count) - tokens[i].start
            }
        }
        return (text, span.range.count, scalarCount)
    }

    /// The scalars of words `range` when each is followed by a single space before the next.
    private func spacedRun(_ range: Range<Int>) -> Range<Int>? {
        guard let first = range.first, let last = range.last, first >= 0, last < tokens.count,
              tokens[first].start >= 0, tokens[last].end <= scalars.count else { return nil }
        for i in range {
            guard tokens[i].start < tokens[i].end else { return nil }
            if i < last, !(tokens[i].end + 1 == tokens[i + 1].start && scalars[tokens[i].end] == " ") { return nil }
        }
        return tokens[first].start..<tokens[last].end
    }

    /// The key of the last name word ("trump" in "Donald Trump").
    func lastKey(of p: Phrase) -> String? {
        let r = p.name.range
        guard let last = r.last else { return nil }
        return NameKey.key(lowered: lower(last))
    }

    func head(of p: Phrase) -> String { p.head >= 0 ? lower(Int(p.head)) : "" }


    func pronoun(of p: Phrase) -> String { p.pronoun >= 0 ? lower(Int(p.pronoun)) : "" }

    private func isRoleToken(_ t: Token) -> Bool { t.isWord && t.has(.title) }
    private func isOrgToken(_ t: Token) -> Bool { t.isWord && t.has(.organisation) }

    /// Whether token `i` may be part of a name or a role phrase read backwards;
    /// lowercase words only once a role word was read ("the café owner").
    private func isPhraseWord(_ i: Int, headSeen: Bool) -> Bool {
        let t = tokens[i]
        guard t.isWord else { return false }
        if t.isNameWord || isRoleToken(t) || isOrgToken(t) { return true }
        if t.nameShaped && t.sentenceStart == false && !t.has(.determiners)
            && !t.has(.notNames) { return true }
        if t.has(.nameParticles), i > 0, tokens[i - 1].isNameWord
            || (i > 1 && tokens[i - 1].has(.nameParticles) && tokens[i - 2].isNameWord) {
            return true
        }
        if headSeen && t.isPossessive { return true }
        // "Ministry of Water Resources", "Bank of England", "Centre for Public Finance"
        if t.has([.of, .forWord]), i > 0, tokens[i - 1].isNameWord, tokens[i - 1].has([.organisation, .organisationNameEnd]) {
            return true
        }
        // "Ministry of Housing and Communities"
        if t.has(.andWord), i > 2, i + 1 < tokens.count, tokens[i - 1].isNameWord, tokens[i + 1].isNameWord,
           (max(1, i - 4)..<i).contains(where: { tokens[$0].has([.of, .forWord])
               && tokens[$0 - 1].isNameWord && tokens[$0 - 1].has([.organisation, .organisationNameEnd]) }) {
            return true
        }
        // "Secretary of State", "Chancellor of the Exchequer": the office belongs to the title.
        if t.has([.of, .forWord]), i > 0, isRoleToken(tokens[i - 1]), officeFollows(i) { return true }
        if isWord(i, "the"), i > 1, tokens[i - 1].has(.of), isRoleToken(tokens[i - 2]), officeFollows(i) { return true }
        // "Kettering endorsed state Treasurer Ann Hollis": a past tense right after a name is its verb.
        if headSeen, !t.nameShaped, !t.has(.determiners), !t.has(.notNames),
           !t.has(.speechVerbs), !t.has(.betweenSubjectAndVerb),
           !t.has(.startsWithDigit), !(t.has(.edEnding) && i > 0 && tokens[i - 1].isNameWord) {
            return true
        }
        return false
    }

    /// Whether an office name follows token `i` ("of" or "the"): "State", "the Exchequer".
    func officeFollows(_ i: Int) -> Bool {
        var j = i + 1
        if j < tokens.count, isWord(j, "the") { j += 1 }
        return j < tokens.count && tokens[j].isWord && tokens[j].nameShaped && tokens[j].has(.officeDomain)
    }

    /// Whether token `k` is an office name of a title: "State" in "Secretary of State", "Security" in
    /// "Secretary of Homeland Security".
    func isOffice(_ k: Int) -> Bool {
        guard k > 1, tokens[k].isWord, tokens[k].nameShaped, tokens[k].has(.officeDomain), !isWord(k, "the") else { return false }
        var j = k - 1
        while j > 0, k - j <= 3, tokens[j].isWord, tokens[j].nameShaped, tokens[j].has(.officeDomain) { j -= 1 }
        if j > 0, isWord(j, "the") { j -= 1 }
        return j > 0 && tokens[j].has([.of, .forWord]) && isRoleToken(tokens[j - 1])
    }

    /// Whether role word `k` is a given name: capitalised, known as a given name, after a title and
    /// before the last word of the name ("Rep. Dean Prewitt", "Sen. Major Owens").
    func isGivenNameAfterTitle(_ k: Int, _ to: Int) -> Bool {
        guard k > 0, k + 1 < to, tokens[k].nameShaped, tokens[k].has(.givenFeminine) || tokens[k].has(.givenMasculine),
              isRoleToken(tokens[k - 1]), tokens[k + 1].isNameWord, !isRoleToken(tokens[k + 1]) else { return false }
        return true
    }

    /// Whether the capitalised word `k`, before a name, describes the person rather than names them:
    /// an age ("Eight-year-old"), or a word that is no given name before one that is.
    func isLeadingEpithet(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 1].isNameWord, tokens[k + 2].isNameWord else { return false }
        if lower(k).hasSuffix("-year-old") { return true }
        let isGiven: (Token) -> Bool = { $0.has(.givenFeminine) || $0.has(.givenMasculine) }
        return !isGiven(tokens[k]) && !tokens[k].has(.nameParticles) && isGiven(tokens[k + 1])
    }

    /// The phrase ending at token `end` (inclusive), read backwards, not before `lower`.
    func phrase(endingAt end: Int, lower: Int, complement: Bool = true) -> Phrase? {
        guard end >= lower, end < tokens.count, tokens[end].isWord else { return nil }
        // "Another said": a determiner standing alone for someone.
        if tokens[end].has(.unnamedSubjects), let p = unnamedSource(endingAt: end, lower: lower) { return p }
        var k = end
        var headSeen = false
        var count = 0
        while k >= lower, count < 10, isPhraseWord(k, headSeen: headSeen) {
            if isRoleToken(tokens[k]) || isOrgToken(tokens[k]) { headSeen = true }
            k -= 1
            count += 1
        }
        if k >= lower, tokens[k].isWord, tokens[k].has(.determiners) { k -= 1 }
        // "one GOP staffer said": "one" as the determiner of someone unnamed.
        else if k >= lower, k < end, tokens[k].isWord, tokens[k].has(.unnamedSubjects), isRoleToken(tokens[end]) { k -= 1 }
        if complement, let p = roleWithComplement(endingAt: end, lower: lower, nameFound: k + 1 <= end) { return p }
        if k + 1 > end {
            // Nothing name- or role-like before the verb: a pronoun, a group, or a common noun.
            let t = tokens[end]
            if let p = pronoun(at: end) { return p }
            if let p = unnamedSource(endingAt: end, lower: lower) { return p }
            if end - 1 >= lower, let p = ageEpithet(at: end) { return p }
            if t.has(.group) {
                var start = end
                while start > lower, start > end - 4, tokens[start - 1].isWord, !tokens[start - 1].nameShaped || !tokens[start - 1].sentenceStart,
                      !tokens[start - 1].has(.speechVerbs), !tokens[start - 1].has(.notNames) { start -= 1 }
                return group(start, end + 1)
            }
            return .invalid(end, end + 1)
        }
        var p = analyze(k + 1, end + 1)
        // "a spokesman for the company": a role with its complement.
        if complement, k - 1 >= lower, tokens[k].has(.complementPreposition), isRoleToken(tokens[k - 1]),
           var role = phrase(endingAt: k - 1, lower: lower, complement: false), role.kind == .description {
            var a = role.start
            while a < k, tokens[a].has(.determiners) { a += 1 }
            role.end = end + 1
            role.text = TokenSpan(a, end + 1)
            role.roles = SpanList(role.text)
            p = role
        }
        return p
    }

    /// A role, then a complement ending at `end`: the source is the whole of it. Read only where the
    /// phrase found so far is nothing or a name after a preposition ("familiar with Acme").
    private func roleWithComplement(endingAt end: Int, lower: Int, nameFound: Bool) -> Phrase? {
        if nameFound {
            var n = end
            while n > lower, tokens[n].isNameWord { n -= 1 }
            guard n < end, tokens[n].isWord, isWord(n, "with") || isWord(n, "to") || isWord(n, "on") else { return nil }
        }
        var r = end - 1
        while r >= lower, end - r <= 7, tokens[r].isWord {
            if tokens[r].has(.speechVerbs) { return nil }
            if tokens[r].has(.sourceComplement), r > lower, isRoleToken(tokens[r - 1]),
               var p = phrase(endingAt: r - 1, lower: lower, complement: false), p.kind == .description {
                var a = p.start
                while a < r, tokens[a].has(.determiners) { a += 1 }
                p.end = end + 1
                p.text = TokenSpan(a, end + 1)
                p.roles = SpanList(p.text)
                return p
            }
            r -= 1
        }
        return nil
    }

    /// "one" or "another" alone, or a document with its determiner and at most three modifiers
    /// ("the report", "the joint statement", "a court filing"), ending at `end`.
    func unnamedSource(endingAt end: Int, lower: Int) -> Phrase? {
        guard end >= lower, end < tokens.count, tokens[end].isWord else { return nil }
        let t = tokens[end]
        var p = Phrase(kind: .description, start: end, end: end + 1)
        p.head = Int32(truncatingIfNeeded: end)
        p.unnamedSource = true
        if t.has(.unnamedSubjects), end == lower || !tokens[end - 1].isWord || !tokens[end - 1].has(.determiners) {
            p.text = TokenSpan(end, end + 1)
            return p
        }
        guard t.has(.document), !t.nameShaped || t.sentenceStart else { return nil }
        var k = end - 1
        while k >= lower, end - k <= 4, tokens[k].isWord, !tokens[k].has(.determiners) {
            if tokens[k].has([.speechVerbs, .relative, .betweenSubjectAndVerb]) || tokens[k].has(.notNames)
                && !tokens[k].isPossessive { return nil }
            k -= 1
        }
        guard k >= lower, tokens[k].isWord, tokens[k].has(.determiners) else { return nil }
        p.start = k
        p.modifiers = TokenSpan(k + 1, end)
        p.text = TokenSpan(k + 1, end + 1)
        return p
    }

    func pronoun(at i: Int) -> Phrase? {
        let t = tokens[i]
        guard t.has([.personalPronouns, .it, .unnamedPronouns])
        else { return nil }
        var p = Phrase(kind: .pronoun, start: i, end: i + 1)
        p.pronoun = Int32(truncatingIfNeeded: i)
        return p
    }

    /// "the 21-year-old" (at `i`, after "the"): an epithet that stands for the person just
    /// mentioned, as a pronoun does, but says nothing of gender.
    func ageEpithet(at i: Int) -> Phrase? {
        guard i > 0, tokens.indices.contains(i), tokens[i].isWord, tokens[i].has(.startsWithDigit),
              tokens[i - 1].isWord, tokens[i - 1].has(.determiners), lower(i).hasSuffix("-year-old") else { return nil }
        var p = Phrase(kind: .pronoun, start: i - 1, end: i + 1)
        p.pronoun = Int32(truncatingIfNeeded: i)
        return p
    }

    func group(_ from: Int, _ to: Int) -> Phrase {
        var p = Phrase(kind: .description, start: from, end: to)
        p.plural = true
        p.head = Int32(truncatingIfNeeded: to - 1)
        p.text = TokenSpan(from, to)
        return p
    }

    /// The phrase starting at token `start`, read forwards, before `upper`.
    func phrase(startingAt start: Int, upper: Int) -> Phrase? {
        guard start < upper, start < tokens.count, tokens[start].isWord else { return nil }
        let first = tokens[start]
        if let p = pronoun(at: start) { return p }
        // "said the 21-year-old." but not "said the 48-year-old manager Ian Ross".
        if start + 1 < upper, start + 2 >= upper || start + 2 >= tokens.count || !tokens[start + 2].isWord
            || tokens[start + 2].has(.speechVerbs), let p = ageEpithet(at: start + 1) {
            return p
        }
        var k = start
        // "said one delegate": "one" counts as the determiner of someone unnamed.
        if first.has(.determiners) || first.has(.unnamedSubjects) && start + 1 < upper && start + 1 < tokens.count
            && tokens[start + 1].isWord && !tokens[start + 1].has(.complementPreposition) { k += 1 }
        let bodyStart = k
        while k < upper, k < tokens.count, k - start < 10 {
            let t = tokens[k]
            guard t.isWord else { break }
            if t.isNameWord || isRoleToken(t) || isOrgToken(t) || t.isPossessive && k > bodyStart {
                k += 1
            } else if k > bodyStart, t.has(.of) || isWord(k, "the"), isRoleToken(tokens[k - 1]) || tokens[k - 1].has(.of),
                      officeFollows(k) {
                // "said Chancellor of the Exchequer Tom Verey"
                k += 1
            } else if t.has(.nameParticles), k > bodyStart, k + 1 < upper, k + 1 < tokens.count,
                      tokens[k + 1].isNameWord || (k + 2 < upper && k + 2 < tokens.count
                                                   && tokens[k + 1].has(.nameParticles)
                                                   && tokens[k + 2].isNameWord) {
                k += 1
            } else if !t.nameShaped, roleAhead(k, upper) || nameAhead(k, upper) {
                k += 1
            } else {
                break
            }
        }
        guard k > bodyStart else {
            // "said another", "said the report", "said a court filing".
            var end = start
            while end < upper, end < tokens.count, end - start < 5, tokens[end].isWord, !tokens[end].nameShaped || end == start,
                  !tokens[end].has(.document) || end + 1 < upper && end + 1 < tokens.count && tokens[end + 1].isWord
                    && !tokens[end + 1].has([.speechVerbs, .complementPreposition, .relative, .betweenSubjectAndVerb]) {
                end += 1
            }
            // The document ends its clause: "called the ruling \"…\"" names a thing, not a speaker.
            if end < upper, end < tokens.count, tokens[end].isWord, tokens[end].has(.document),
               end + 1 >= tokens.count || tokens[end + 1].kind == .terminal || tokens[end + 1].kind == .comma,
               let p = unnamedSource(endingAt: end, lower: start), p.start == start {
                return p
            }
            if first.has(.unnamedSubjects), start + 1 >= upper || start + 1 >= tokens.count || !tokens[start + 1].isWord {
                return unnamedSource(endingAt: start, lower: start) ?? .invalid(start, start + 1)
            }
            return .invalid(start, start + 1)
        }
        var p = analyze(start, k)
        // "the head of the national drought agency": the complement belongs to the role.
        if p.kind == .description, k < upper, k < tokens.count, tokens[k].has(.complementPreposition) {
            var j = k + 1
            while j < upper, j < tokens.count, tokens[j].isWord, j - k <= 7, !tokens[j].has(.speechVerbs) { j += 1 }
            if j > k + 1, j >= upper || j >= tokens.count || tokens[j].kind != .word {
                p.end = j
                p.text = TokenSpan(bodyStart, j)
                p.roles = SpanList(p.text)
            }
        }
        return p
    }

    /// Every letter a capital, of a word of two letters or more: "ADDISON".
    func isAllCapitals(_ i: Int) -> Bool { tokens.indices.contains(i) && tokens[i].isWord && isAcronym(i) }

    /// Two or more letters, all capitals: "NATO", "UNICEF".
    private func isAcronym(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.end - t.start >= 2 else { return false }
        for k in t.start..<min(t.end, scalars.count) where scalars[k].isLetter && !scalars[k].isUppercaseLetter { return false }
        return true
    }

    /// Lowercase words (at most three) and then a capitalised name: "housekeeper Lucia Mendez".
    private func nameAhead(_ k: Int, _ upper: Int) -> Bool {
        var j = k
        while j < min(upper, k + 4), j < tokens.count, tokens[j].isWord {
            if tokens[j].isNameWord { return j > k }
            if tokens[j].nameShaped || tokens[j].has([.speechVerbs, .determiners, .notNames, .betweenSubjectAndVerb]) { return false }
            j += 1
        }
        return false
    }

    /// A role word within the next three words, before any punctuation.
    private func roleAhead(_ k: Int, _ upper: Int) -> Bool {
        var j = k
        while j < min(upper, k + 4), j < tokens.count, tokens[j].isWord {
            if isRoleToken(tokens[j]) || isOrgToken(tokens[j]) { return true }
            if tokens[j].has([.speechVerbs, .determiners, .notNames]) { return false }
            j += 1
        }
        return false
    }

    /// Letters after a name that are honours or offices, not part of it: "Eleanor Marsh KC",
    /// "Simon Varley SC", "Mary Doyle TD".
    private static let postNominals: [StaticString] = [
        "kc", "qc", "sc", "mp", "mep", "msp", "mla", "td", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd",
        "md", "esq", "esq.", "jp", "ao", "frcp",
    ]

    private func isPostNominal(_ i: Int) -> Bool { Self.postNominals.contains { isWord(i, $0) } }

    /// Splits tokens `from..<to` into role and name: the name is the run of
    /// capitalised words after the last role or title word.
    func analyze(_ from: Int, _ fullTo: Int) -> Phrase {
        var a = from
        while a < fullTo, tokens[a].isWord, tokens[a].has(.determiners) { a += 1 }
        guard a < fullTo else { return .invalid(from, fullTo) }
        var to = fullTo
        while to - 1 > a + 1, tokens[to - 1].end - tokens[to - 1].start <= 4, tokens[to - 2].isNameWord,
              isPostNominal(to - 1) {
            to -= 1
        }
        if tokens[to - 1].has(.group) { return group(from, to) }
        var lastRole = -1
        // "Rep. Dean Prewitt": a role word after a title and before a surname is a given name.
        for k in a..<to where (isRoleToken(tokens[k]) || isOffice(k)) && !isGivenNameAfterTitle(k, to) { lastRole = k }
        var gender = Gender.unknown
        for k in a..<to {
            if tokens[k].has(.feminine) { gender = .feminine } else if tokens[k].has(.masculine) { gender = .masculine }
        }
        var tailStart = lastRole + 1 > a ? lastRole + 1 : a
        var plainRoleEnd = -1
        if lastRole < 0, !tokens[a].nameShaped {
            // Lowercase words before a name are its role even when not in the list: "housekeeper Lucia Mendez".
            var f = a
            while f < to, !tokens[f].nameShaped { f += 1 }
            if f > a, f < to, f - a <= 3, (f..<to).allSatisfy({ tokens[$0].isNameWord || tokens[$0].has(.nameParticles) }) {
                tailStart = f
                plainRoleEnd = f
            }
        }
        // "Conservator Jonah Whitcroft", "Eight-year-old Maisie Carrow": a capitalised word opening the
        // sentence before a given name and a surname is what the person is, not part of their name.
        if lastRole < 0, plainRoleEnd < 0, to - tailStart >= 3, tokens[tailStart].sentenceStart,
           tokens[tailStart].isNameWord, isLeadingEpithet(tailStart) {
            tailStart += 1
            plainRoleEnd = tailStart
        }
        let tail = tailStart..<to
        // "Bank of England", "Centre for Public Finance", "Ministry of Housing and Communities".
        let orgLinks = tail.contains { tokens[$0].has([.organisation, .organisationNameEnd]) }
        let tailIsName = !tail.isEmpty && tail.allSatisfy { tokens[$0].isNameWord || tokens[$0].has(.nameParticles)
            || (tokens[$0].has(.of) && $0 > tail.lowerBound && tokens[$0 - 1].has(.organisation))
            || (orgLinks && $0 > tail.lowerBound && tokens[$0].has([.of, .forWord, .andWord])) }
            && tokens[tail.lowerBound].isNameWord && tail.contains(where: { tokens[$0].end - tokens[$0].start >= 2 })
        if tailIsName, !(lastRole < 0 && tail.count == 1 && tokens[tail.lowerBound].sentenceStart == false
                         && isOrgToken(tokens[tail.lowerBound])) {
            var p = Phrase(kind: .name, start: from, end: fullTo)
            p.name = TokenSpan(tail.lowerBound, tail.upperBound)
            if lastRole >= a {
                let roleStart = a
                if roleStart <= lastRole {
                    if !tokens[lastRole].has(.honorifics) || lastRole > roleStart {
                        p.roles = SpanList(TokenSpan(roleStart, lastRole + 1))
                        p.roleWords = SpanList(TokenSpan(roleStart, lastRole + 1, skipsHonorifics: true))
                    }
                }
            }
            if plainRoleEnd > a, plainRoleEnd <= tail.lowerBound {
                p.roles = SpanList(TokenSpan(a, plainRoleEnd))
                p.roleWords = SpanList(TokenSpan(a, plainRoleEnd))
            }
            if let last = tail.last, tokens[last].has(.organisation) || tokens[tail.lowerBound].has(.organisation)
                || tail.count > 1 && tokens[last].has(.organisationNameEnd) {
                p.isOrganisation = true
            }
            // "Ingrid Sowerby": a given name that says the person's sex, when no title or role did.
            if gender == .unknown, !p.isOrganisation, tail.count > 1 {
                let given = tokens[tail.lowerBound]
                if given.has(.givenFeminine) { gender = .feminine } else if given.has(.givenMasculine) { gender = .masculine }
            }
            // An acronym alone ("NATO said") is an organisation.
            if tail.count == 1, lastRole < a, isAcronym(tail.lowerBound) { p.isOrganisation = true }
            p.gender = gender
            return p
        }
        // A description: role or organisation noun last, modifiers before it.
        let last = to - 1
        let headToken = tokens[last]
        let headIsRole = isRoleToken(headToken)
        let headIsOrg = isOrgToken(headToken)
        if (headIsRole || headIsOrg) && (lastRole == last || lastRole < 0 || headIsOrg) {
            var p = Phrase(kind: .description, start: from, end: fullTo)
            p.head = Int32(truncatingIfNeeded: last)
            p.modifiers = TokenSpan(a, last)
            p.text = TokenSpan(a, to)
            p.roles = SpanList(p.text)
            p.isOrganisation = headIsOrg && !headIsRole
            p.gender = gender
            // A capitalised organisation ("the Russian Defense Ministry") is a name.
            if p.isOrganisation, headToken.nameShaped, (a..<to).allSatisfy({ tokens[$0].nameShaped }) {
                p.kind = .name
                p.name = TokenSpan(a, to)
            }
            return p
        }
        return .invalid(from, fullTo)
    }
}

extension String {
    /// The byte test first: most words do not end in a period.
    var trimmingPeriod: String { lastUTF8Byte == 0x2E && hasSuffix(".") ? String(dropLast()) : self }
}
