/// Finds the people and organisations a block's narrative names, with the
/// patterns news prose introduces them by: the subject of a speech verb, a
/// title or role before a name ("Finnish President Alexander Stubb"), an
/// appositive ("Teodor Brannigan, the union's general secretary" / "The
/// minister, Helena Corvin"), a capitalised organisation ("Russian Defense
/// Ministry"), a transliteration in brackets, and descriptions ("the mayor").
struct MentionScanner {
    let attribution: AttributionReader
    let block: Int
    var reader: PhraseReader { attribution.reader }
    var tokens: [Token] { reader.tokens }

    /// Appends the block's mentions to `events` (the article's, so no list is made per block).
    /// `taken`: positions (ascending) already holding a speaker's mention. `seen`: the article's
    /// scratch list, by token, of the index in `events` of the mention found there, -1 for none;
    /// at least as long as the block's tokens, all -1, and left so for the next block.
    func scan(skipping taken: [TokenPosition], into events: inout [MentionEvent], seen: inout [Int]) {
        let first = events.count
        // A mention at a token beyond `seen` (none is) would go here.
        var seenElsewhere: [TokenPosition: Int] = [:]
        func add(_ p: Phrase, salient: Bool, aliasOf: TokenPosition? = nil, speaks: Bool = false) -> TokenPosition? {
            guard p.kind != .invalid else { return nil }
            let position = TokenPosition(block: block, token: p.start)
            if Self.holds(taken, position) { return position }
            let inList = p.start >= 0 && p.start < seen.count
            if let existing = inList ? (seen[p.start] >= 0 ? seen[p.start] : nil) : seenElsewhere[position] {
                // A weak capitalised run gives way to the same words found as a speaker or with a role,
                // and a description to the name its appositive gives ("The chief of staff, Giulia Renzetti,").
                // An unnamed source read with its complement replaces the same words read without it.
                if events[existing].phrase.weak && !p.weak
                    || events[existing].phrase.kind == .description && p.kind == .name
                    || events[existing].phrase.kind == .description && p.kind == .description
                    && p.end > events[existing].phrase.end {
                    events[existing] = MentionEvent(position: position, phrase: p, salient: salient, aliasOf: aliasOf,
                                                    speaks: speaks)
                } else if speaks, !events[existing].speaks, p.kind == .description,
                          events[existing].phrase.kind == .description {
                    // The same words found again as the subject of a speech verb: they speak.
                    events[existing].speaks = true
                    events[existing].salient = events[existing].salient || salient
                }
                return position
            }
            if inList { seen[p.start] = events.count } else { seenElsewhere[position] = events.count }
            events.append(MentionEvent(position: position, phrase: p, salient: salient, aliasOf: aliasOf, speaks: speaks))
            return position
        }
        // The scratch list is cleared where this block wrote to it, so clearing costs no more than finding.
        defer {
            for k in first..<events.count {
                let t = events[k].phrase.start
                if t >= 0 && t < seen.count { seen[t] = -1 }
            }
        }
        let n = tokens.count
        var i = 0
        while i < n {
            let t = tokens[i]
            // Most tokens start none of the patterns below: a word must be capitalised, or a
            // speech verb, title, pronoun, role or organisation; other tokens a comma or a bracket.
            if t.kind == .word ? !t.nameShaped && t.classes.isDisjoint(with: Self.patternWords)
                : t.kind != .comma && t.kind != .openParen {
                i += 1
                continue
            }
            if t.isNameWord, i == 0 || !tokens[i - 1].isNameWord, !t.has(.title) {
                // A run of two or more capitalised words: perhaps a person, weakly.
                var e = i
                while e + 1 < n, e - i < 5, tokens[e + 1].isNameWord, !tokens[e + 1].has(.title),
                      !tokens[e + 1].has(.organisation) { e += 1 }
                // "Petrov, who made three saves, summed up the mood": "who" makes a person of one word.
                // At the start of its sentence: "a concert hall in Hamburg, who took her on" is about someone else.
                let who = t.sentenceStart && e + 2 < n && tokens[e + 1].kind == .comma && reader.isWord(e + 2, "who")
                // "NORTH ADDISON, Vt. —": a run in capitals is a dateline or a heading, not a person.
                let shouted = e > i && (i...e).allSatisfy { reader.isAllCapitals($0) }
                if e > i || who, !shouted, e + 1 >= n || !(tokens[e + 1].isNameWord || tokens[e + 1].kind == .openParen) {
                    var p = reader.analyze(i, e + 1)
                    if p.kind == .name, !p.isOrganisation {
                        p.weak = !who
                        p.person = who
                        _ = add(p, salient: reader.opensClause(i))
                    }
                }
            }
            if reader.isSpeechVerb(i) {
                let start = attribution.sentenceStart(i)
                if let p = reader.subject(beforeVerb: i, lower: start), p.kind != .invalid {
                    _ = add(p, salient: true, speaks: true)
                }
            } else if t.isWord, t.has(.title), i + 1 < n, let nameStart = nameAfterTitle(i),
                      !tokens[nameStart].has(.title) {
                let e = nameRunEnd(from: nameStart)
                if let p = reader.phrase(endingAt: e, lower: attribution.sentenceStart(i)), p.kind == .name {
                    let full = appositiveAfter(p, at: e + 1)
                    _ = add(full, salient: reader.opensClause(p.start))
                    if let alias = bracketed(after: e) { _ = add(alias, salient: false, aliasOf: TokenPosition(block: block, token: p.start)) }
                }
                i = e
            } else if t.kind == .comma, i > 0, i + 1 < n {
                let before = tokens[i - 1], after = tokens[i + 1]
                if before.isNameWord, after.isWord, after.has(.determiners) || after.has(.role),
                   let head = reader.phrase(endingAt: i - 1, lower: attribution.sentenceStart(i - 1)), head.kind == .name {
                    _ = add(appositiveAfter(head, at: i), salient: reader.opensClause(head.start))
                } else if after.isNameWord, before.isWord, let roleEnd = Self.roleEnd(beforeComma: i, tokens),
                          let head = reader.phrase(endingAt: roleEnd, lower: attribution.sentenceStart(roleEnd)),
                          head.kind == .description {
                    let combined = appositiveAfter(head, at: i)
                    if combined.kind == .name { _ = add(combined, salient: reader.opensClause(head.start)) }
                }
            } else if t.isNameWord, t.has(.organisation) || t.has(.organisationNameEnd) && i > 0 && tokens[i - 1].isNameWord,
                      i + 1 >= n || !(tokens[i + 1].isNameWord || tokens[i + 1].has(.title)) {
                // "Russian Defense Ministry", "Ministry of Water Resources", "Ministry of Housing and
                // Communities", "Centre for Public Finance", "Corvane Logistics"
                var e = i
                if e + 2 < n, tokens[e + 1].has([.of, .forWord]), tokens[e + 2].isNameWord {
                    e += 2
                    while e + 1 < n, tokens[e + 1].isNameWord { e += 1 }
                    if e + 2 < n, tokens[e + 1].has(.andWord), tokens[e + 2].isNameWord {
                        e += 2
                        while e + 1 < n, tokens[e + 1].isNameWord { e += 1 }
                    }
                }
                if let p = reader.phrase(endingAt: e, lower: attribution.sentenceStart(i)), p.kind == .name, p.isOrganisation {
                    // After a dateline's dash ("SAN JOSE, Calif. — Tessellate Corp. reported") it is the subject.
                    _ = add(p, salient: reader.opensClause(p.start) || p.start > 0 && tokens[p.start - 1].kind == .dash)
                }
                i = e
            } else if t.isWord, t.has(.personalPronouns), reader.opensClause(i) {
                var p = Phrase(kind: .pronoun, start: i, end: i + 1)
                p.pronoun = Int32(truncatingIfNeeded: i)
                _ = add(p, salient: true)
            } else if t.isWord, !t.nameShaped || (i > 0 && tokens[i - 1].has(.determiners)),
                      t.has(.role) || t.has(.organisation),
                      i + 1 >= n || !(tokens[i + 1].isNameWord || tokens[i + 1].has(.title)),
                      i > 0, tokens[i - 1].isWord,
                      !(i + 2 < n && tokens[i + 1].kind == .comma && tokens[i + 2].isNameWord) {
                if let p = reader.phrase(endingAt: i, lower: attribution.sentenceStart(i)), p.kind == .description,
                   tokens[p.start].has(.determiners) {
                    _ = add(p, salient: reader.opensClause(p.start))
                }
            } else if t.kind == .openParen, i > 0, tokens[i - 1].isNameWord, let alias = bracketed(after: i - 1),
                      let outer = reader.phrase(endingAt: i - 1, lower: attribution.sentenceStart(i - 1)), outer.kind == .name {
                let outerPosition = add(outer, salient: reader.opensClause(outer.start))
                _ = add(alias, salient: false, aliasOf: outerPosition)
            }
            i += 1
        }
    }

    /// The word lists a lowercase word must be in to start a pattern of `scan`.
    private static let patternWords: WordClass = [.speechVerbs, .title, .personalPronouns, .role, .organisation]

    /// Whether the ascending `list` holds `value`.
    static func holds(_ list: [TokenPosition], _ value: TokenPosition) -> Bool {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == value
    }

    /// Where the name after the title at `i` starts: the next word, or after the office of
    /// "Secretary of State Ingrid Sowerby" or "Chancellor of the Exchequer Gareth Amory".
    func nameAfterTitle(_ i: Int) -> Int? {
        let n = tokens.count
        if i + 1 < n, tokens[i + 1].isNameWord { return i + 1 }
        guard i + 2 < n, tokens[i + 1].has([.of, .forWord]) else { return nil }
        var j = i + 2
        if j < n, reader.isWord(j, "the") { j += 1 }
        let officeStart = j
        while j < n, j - officeStart < 3, tokens[j].isNameWord, tokens[j].has(.officeDomain) { j += 1 }
        guard j > officeStart, j < n, tokens[j].isNameWord else { return nil }
        return j
    }

    /// The last token of the name starting at `i`: capitalised words, with
    /// particles between them ("Ursula von der Leyen").
    func nameRunEnd(from i: Int) -> Int {
        var e = i
        let n = tokens.count
        while e + 1 < n, e - i < 8 {
            if tokens[e + 1].isNameWord { e += 1; continue }
            var p = e + 1
            while p < n, p - e <= 3, tokens[p].has(.nameParticles) { p += 1 }
            if p > e + 1, p < n, tokens[p].isNameWord { e = p; continue }
            break
        }
        return e
    }

    /// "NAME (Other Name)": the name in brackets after token `e`.
    private func bracketed(after e: Int) -> Phrase? {
        let open = e + 1
        guard open < tokens.count, tokens[open].kind == .openParen else { return nil }
        var close = open + 1
        while close < tokens.count, close - open < 6, tokens[close].isNameWord { close += 1 }
        guard close < tokens.count, close > open + 1, tokens[close].kind == .closeParen,
              !reader.isPartyTag(open + 1) else { return nil }
        let p = reader.analyze(open + 1, close)
        return p.kind == .name ? p : nil
    }

    /// The phrase joined with an appositive starting at the comma `comma`, if any.
    private func appositiveAfter(_ p: Phrase, at comma: Int) -> Phrase {
        guard comma < tokens.count, tokens[comma].kind == .comma else { return p }
        var close = comma + 1
        while close < tokens.count, close - comma < 16, tokens[close].kind != .comma, tokens[close].kind != .terminal,
              tokens[close].kind != .quote, tokens[close].kind != .semicolon {
            close += 1
        }
        return reader.combine(p, appositiveFrom: comma + 1, to: close)
    }

    /// The role word a description before the comma at `comma` ends on: the word before it
    /// ("the envoy, Amadou Keller"), or the role before its complement ("His chief of staff,
    /// Giulia Renzetti", "the head of research, Ana Ruiz").
    static func roleEnd(beforeComma comma: Int, _ tokens: [Token]) -> Int? {
        if comma >= 1, tokens[comma - 1].isWord, tokens[comma - 1].has(.role) { return comma - 1 }
        if comma >= 3, tokens[comma - 1].isWord, !tokens[comma - 1].nameShaped, tokens[comma - 2].isWord,
           tokens[comma - 2].has(.complementPreposition), tokens[comma - 3].isWord, tokens[comma - 3].has(.role) {
            return comma - 3
        }
        return nil
    }
}
