/// What the narrative around one quotation says about who spoke it.
struct QuoteSlot: Sendable {
    enum Source: UInt8, Sendable {
        /// `"…," Trump said` / `"…," said the envoy`
        case after
        /// `Haldane said: "…"` / `the minister said, "but…"`
        case before
        /// `according to Zelensky, "…"`
        case according
        /// A speech verb earlier in the sentence: `Zelensky emphasized that … a "correct" first step`
        case reported
        case none
    }

    var source = Source.none
    /// The speaker phrase; `.invalid` when the verb's subject is not a speaker ("X said", "the note states").
    var phrase: Phrase? = nil
    /// The phrase is in the block where the quote ends (it may span paragraphs).
    var inRightBlock = false
    /// Set off as a label: "a so-called 'peace dividend'".
    var labelled = false
    /// Nothing of its sentence comes before it.
    var startsSentence = false
    /// Another quote comes earlier in the same sentence.
    var followsQuoteInSentence = false
}

/// Reads the clause around each quotation in a block.
struct AttributionReader {
    let reader: PhraseReader
    var tokens: [Token] { reader.tokens }

    init(reader: PhraseReader) {
        self.reader = reader
    }

    /// Most longer words capitalised, as in "Kettering Endorses Hollis in Governor's Race".
    var isTitleCase: Bool {
        var long = 0, capitalised = 0
        for t in tokens where t.isWord && t.end - t.start >= 4 {
            long += 1
            if t.nameShaped { capitalised += 1 }
        }
        return long >= 3 && capitalised * 4 >= long * 3
    }

    /// The first token of the sentence holding token `i` (never more than `Token.sentenceTokenLimit` back).
    func sentenceStart(_ i: Int) -> Int {
        reader.tokens.indices.contains(i) ? Int(reader.tokens[i].sentence) : max(0, i)
    }

    /// The token after the sentence holding token `i`, or `upper`.
    func sentenceEnd(after i: Int, upper: Int) -> Int {
        var k = i + 1
        while k < upper, k - i < Token.sentenceTokenLimit {
            if tokens[k].kind == .terminal { return k + 1 }
            if tokens[k].sentenceStart { return k }
            k += 1
        }
        return min(k, upper)
    }

    /// `left`: the quote's token where its text begins (its first part); `right`: where it ends.
    func slot(leftToken qi: Int, rightToken ri: Int, rightReader: AttributionReader) -> QuoteSlot {
        var slot = QuoteSlot()
        let sentence = sentenceStart(qi)
        var previousQuote = qi - 1
        while previousQuote >= sentence, tokens[previousQuote].kind != .quote { previousQuote -= 1 }
        slot.followsQuoteInSentence = previousQuote >= sentence
        let leftLower = max(previousQuote + 1, sentence)
        slot.startsSentence = tokens[qi].sentenceStart || (leftLower == qi && !slot.followsQuoteInSentence)

        if qi > 0, tokens[qi - 1].isWord, isLabel(before: qi, sentence: sentence) {
            slot.labelled = true
            return slot
        }
        if let phrase = rightReader.after(ri) {
            slot.source = .after
            slot.phrase = phrase
            slot.inRightBlock = true
            return slot
        }
        if let phrase = before(qi, leftLower: leftLower) {
            slot.source = phrase.1
            slot.phrase = phrase.0
            return slot
        }
        if let phrase = reported(qi, leftLower: leftLower, sentence: sentence) {
            slot.source = .reported
            slot.phrase = phrase
            return slot
        }
        if let phrase = rightReader.reportedAfter(ri) {
            slot.source = .reported
            slot.phrase = phrase
            slot.inRightBlock = true
        }
        return slot
    }

    /// A mark set off as a label, not as anyone's words: "so-called", "known as", or a label verb
    /// with no speaker of its own ("a scheme dubbed \"X\""); "critics dubbed it \"X\"" quotes the critics.
    private func isLabel(before qi: Int, sentence: Int) -> Bool {
        let w = qi - 1
        if tokens[w].has(.asWord), qi > 1, tokens[qi - 2].has(.knownOrCalled) { return true }
        guard tokens[w].has(.labelMarkers) else { return false }
        if reader.isWord(w, "so-called") { return true }
        guard let subject = reader.subject(beforeVerb: w, lower: sentence) else { return true }
        return subject.kind == .invalid
    }

    /// `"…," Trump said` and `"…," said Karoline Leavitt` right after the quote.
    func after(_ qi: Int) -> Phrase? {
        var r = qi + 1
        guard r < tokens.count else { return nil }
        // A new sentence after a quote that ended one is not its attribution.
        // `"…the end." said Tom Lutz`: a lowercase speech verb or pronoun does not start a new sentence.
        if tokens[r].isWord, tokens[r].sentenceStart, !isQuoteEndingSpeech(qi),
           tokens[r].nameShaped || !(reader.isSpeechVerb(r) || tokens[r].has(.personalPronouns)) { return nil }
        // A headline's "'We were never meant to win': novelist Ruth Amadi on her prize".
        let credit = qi == 0 && tokens[r].kind == .colon
        if tokens[r].kind == .comma || tokens[r].kind == .dash || credit { r += 1 }
        guard r < tokens.count, tokens[r].isWord else { return nil }
        var upper = r
        while upper < tokens.count, tokens[upper].kind != .quote, tokens[upper].kind != .terminal, upper - r < 40 { upper += 1 }
        if credit {
            guard let p = reader.phrase(startingAt: r, upper: upper), p.kind == .name else { return nil }
            return p
        }
        if reader.isSpeechVerb(r) { return reader.speaker(afterVerb: r, upper: upper) }
        if r + 1 < upper, tokens[r].has(.according), tokens[r + 1].has(.to) {
            return reader.phrase(startingAt: r + 2, upper: upper)
        }
        // A byline-style credit: "…" — Jane Smith, a nurse.
        if tokens[qi + 1].kind == .dash, let p = reader.phrase(startingAt: r, upper: upper), p.kind == .name,
           p.end >= upper || !tokens[p.end].isWord {
            return p
        }
        var v = r + 1
        while v < min(upper, r + 14) {
            if reader.isSpeechVerb(v) {
                // "veteran pollster Bill Carver said": lowercase modifiers before the name.
                if let p = reader.subject(beforeVerb: v, lower: r),
                   p.start == r || modifiersOnly(r, p.start) || outletPossessive(r, p.start) { return p }
                return nil
            }
            v += 1
        }
        // `"…," Havel shot back.` / `"…," the minister chimed in.`: a quote ending with a comma
        // leaves its sentence to the attribution, so a speaker followed by a verb the list lacks
        // still speaks it. Only a past-tense verb or a verb with its particle counts.
        if endsWithComma(qi), let p = reader.phrase(startingAt: r, upper: upper), p.start == r,
           p.kind == .name || p.kind == .pronoun || p.kind == .description, unlistedVerb(at: p.end, upper: upper) {
            return p
        }
        return nil
    }

    /// At most three lowercase words, none a verb of speech or a determiner: "veteran pollster".
    private func modifiersOnly(_ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 3 else { return false }
        for k in from..<to {
            guard tokens[k].isWord, !tokens[k].nameShaped, !tokens[k].has([.speechVerbs, .determiners, .betweenSubjectAndVerb,
                                                                              .relative, .startsWithDigit, .notNames])
            else { return false }
        }
        return true
    }

    /// An outlet's possessive before a name: "Channel 5's Dana Reeve", "the Post's Ann Lee".
    private func outletPossessive(_ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 5, tokens[to - 1].isWord, tokens[to - 1].isPossessive || tokens[to - 1].has(.possessive)
        else { return false }
        for k in from..<(to - 1) where !(tokens[k].isWord && (tokens[k].nameShaped || tokens[k].has([.determiners, .startsWithDigit]))) {
            return false
        }
        return true
    }

    /// Particles that turn a verb into one of speech: "shot back", "chimed in", "pointed out", "went on".
    private static let speechParticles: [StaticString] = ["back", "in", "out", "on", "up"]

    /// A lowercase verb at `v` closing the attribution: "-ed" before the sentence's end or a
    /// comma, or any verb followed by a speech particle.
    private func unlistedVerb(at v: Int, upper: Int) -> Bool {
        guard v < upper, v < tokens.count, tokens[v].isWord, !tokens[v].nameShaped,
              !tokens[v].has([.determiners, .relative, .startsWithDigit]) else { return false }
        let next = v + 1
        if next < upper, next < tokens.count, !tokens[next].nameShaped,
           Self.speechParticles.contains(where: { reader.isWord(next, $0) }) {
            return true
        }
        return tokens[v].has(.edEnding) && (next >= upper || next >= tokens.count || !tokens[next].isWord)
    }

    private func endsWithComma(_ qi: Int) -> Bool { lastQuotedScalar(qi) == "," }

    /// A quote ending with a comma, question or exclamation mark or dash still wants its speaker.
    private func isQuoteEndingSpeech(_ qi: Int) -> Bool {
        guard let c = lastQuotedScalar(qi) else { return false }
        return c == "," || c == "?" || c == "!" || c.isDash || c == "\u{2026}"
    }

    /// The last scalar inside the quote at token `qi`, before its closing marks and spaces.
    private func lastQuotedScalar(_ qi: Int) -> Unicode.Scalar? {
        let s = reader.scalars
        var k = min(tokens[qi].end, s.count) - 1
        while k > tokens[qi].start, s[k].isQuoteMark || s[k].isSpaceOrBreak { k -= 1 }
        return k > tokens[qi].start ? s[k] : nil
    }

    /// `Zelensky said: "…"`, `told reporters: "…"`, `according to Haldane, "…"`.
    func before(_ qi: Int, leftLower: Int) -> (Phrase, QuoteSlot.Source)? {
        guard qi > leftLower else { return nil }
        if let p = reader.accordingTo(in: leftLower, qi) { return (p, .according) }
        // A headline's "Zelensky: 'We want peace'".
        if qi >= 2, tokens[qi - 1].kind == .colon, let p = reader.phrase(endingAt: qi - 2, lower: leftLower),
           p.kind == .name, p.start == leftLower, tokens[leftLower].sentenceStart {
            return (p, .before)
        }
        var j = qi - 1
        var punct = false
        if tokens[j].kind == .colon || tokens[j].kind == .comma { j -= 1; punct = true }
        var reach = punct && tokens[qi - 1].kind == .colon ? 3 : 0
        while j >= leftLower {
            if reader.isSpeechVerb(j) {
                if let p = reader.subject(beforeVerb: j, lower: sentenceStart(j)) { return (p, .before) }
                return nil
            }
            if reach == 0 || !tokens[j].isWord { return nil }
            reach -= 1
            j -= 1
        }
        return nil
    }

    /// The last speech verb with a speaker earlier in the quote's sentence; for a
    /// verb without its own subject ("… and said it was"), the sentence's subject.
    /// A verb of an earlier fragment counts too: "He dismissed the so-called \"final package\" as \"…\"".
    func reported(_ qi: Int, leftLower: Int, sentence: Int) -> Phrase? {
        var v = qi - 1
        var sawVerb = false
        while v >= sentence {
            if reader.isSpeechVerb(v) || reader.isNamingVerb(v) {
                if let p = reader.subject(beforeVerb: v, lower: sentence), p.kind != .invalid { return p }
                sawVerb = true
            } else if let agent = passiveAgent(v, upper: qi) {
                // "mocked by the rival campaign as \"…\"": the agent named the words.
                return agent
            }
            v -= 1
        }
        // "… overruled most objections but warned prosecutors to \"…\"": the sentence's subject.
        if sawVerb, sentence < qi, let p = sentenceSubject(sentence, upper: qi), p.kind != .invalid,
           p.end < qi, tokens[p.end].isWord || tokens[p.end].kind == .comma || tokens[p.end].kind == .openParen {
            return p
        }
        return nil
    }

    /// The phrase opening the sentence at `sentence`, after an opening adverb: "Elsewhere, top seed Ana
    /// Ruiz won and said" is about Ana Ruiz. A one-word opener followed by a comma and a name that runs
    /// on into its verb is such an adverb; "Hale, the mayor, …" keeps Hale (its appositive ends in a comma).
    private func sentenceSubject(_ sentence: Int, upper: Int) -> Phrase? {
        guard let p = reader.phrase(startingAt: sentence, upper: upper) else { return nil }
        guard p.end == sentence + 1, p.end + 1 < upper, tokens[p.end].kind == .comma else { return p }
        // The name after the comma, perhaps after a few lowercase words ("top seed"), up to its verb.
        var first = p.end + 1
        while first < upper, first - p.end <= 3, tokens[first].isWord, !tokens[first].isNameWord { first += 1 }
        guard first < upper, tokens[first].isNameWord else { return p }
        var last = first
        while last + 1 < upper, tokens[last + 1].isNameWord { last += 1 }
        guard last + 1 < upper, tokens[last + 1].isWord,
              let next = reader.phrase(endingAt: last, lower: p.end + 1), next.kind == .name else { return p }
        return next
    }

    /// The agent of a passive naming or speech verb at `v`: "was described by her lawyer as".
    private func passiveAgent(_ v: Int, upper: Int) -> Phrase? {
        guard v > 0, v + 2 < upper, tokens[v].isWord, tokens[v].has([.namingVerbs, .speechVerbs]),
              tokens[v - 1].has(.passiveAuxiliary), reader.isWord(v + 1, "by"),
              let p = reader.phrase(startingAt: v + 2, upper: upper), p.kind == .name || p.kind == .description
        else { return nil }
        return p
    }

    /// `… a "correct" first step, Zelensky said.`: a speaker at the end of the sentence.
    func reportedAfter(_ qi: Int) -> Phrase? {
        let end = sentenceEnd(after: qi, upper: tokens.count)
        var c = qi + 1
        while c < end {
            if tokens[c].kind == .quote { return nil }
            if tokens[c].kind == .comma, c + 1 < end {
                if reader.isSpeechVerb(c + 1), let p = reader.speaker(afterVerb: c + 1, upper: end), p.kind != .invalid {
                    return p
                }
                var v = c + 2
                while v < min(end, c + 12) {
                    if reader.isSpeechVerb(v) {
                        if let p = reader.subject(beforeVerb: v, lower: c + 1), p.start == c + 1, p.kind != .invalid,
                           v + 1 >= end || tokens[v + 1].kind == .terminal || !tokens[v + 1].isWord
                            || tokens[v + 1].has(.betweenSubjectAndVerb) || tokens[v + 1].has(.inWord) {
                            return p
                        }
                        break
                    }
                    v += 1
                }
            }
            c += 1
        }
        return nil
    }
}
