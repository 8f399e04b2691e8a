/// An unnamed source is reported as written, and reporters write it with what tells the reader who it
/// is: "a Senate aide familiar with the negotiations", "one MP who has been approached", "a spokesman
/// for the ministry". These read that complement after an indefinite description, up to the verb or
/// the clause's end.
extension PhraseReader {
    /// The longest complement a source is read with, in tokens: a longer one is a clause of its own,
    /// and the source stays as its head says it.
    static let sourceComplementLimit = 14

    /// "a", "an", "one", "another" at token `i`: what opens a description of someone new.
    func isIndefiniteDeterminer(_ i: Int) -> Bool {
        isWord(i, "a") || isWord(i, "an") || isWord(i, "one") || isWord(i, "another")
    }

    /// A description that brings in someone the article does not name: "a passenger", "one official".
    func isIndefiniteStart(_ p: Phrase) -> Bool {
        guard p.kind == .description, !p.isOrganisation, p.start >= 0, p.start < tokens.count else { return false }
        return isIndefiniteDeterminer(p.start) || p.start > 0 && isWord(p.start - 1, "one")
    }

    /// `p` read on through its complement, which must end where the clause does: at `limit` (the
    /// verb, or the end of the clause after it) or at a comma, full stop or quotation mark before it.
    func withSourceComplement(_ p: Phrase, limit: Int) -> Phrase? {
        guard isIndefiniteStart(p), !p.plural, p.end < limit, p.end < tokens.count, tokens[p.end].isWord else { return nil }
        let first = tokens[p.end]
        guard first.has(.relative) || first.has(.complementPreposition)
                || first.has(.sourceComplementStart) else { return nil }
        var j = p.end + 1
        while j < limit, j < tokens.count, tokens[j].isWord, j - p.end < Self.sourceComplementLimit {
            // "a source close to the player said": a second speech verb ends it, as the clause's own.
            if isSpeechVerb(j) { break }
            j += 1
        }
        guard j == limit || j >= tokens.count || !tokens[j].isWord || isSpeechVerb(j) else { return nil }
        var q = p
        q.end = j
        q.text = TokenSpan(p.text.range.isEmpty ? p.start : Int(p.text.start), j)
        q.roles = SpanList(q.text)
        return q
    }

    /// "One woman who had spent the night in her car said", "A Republican senator who supported the
    /// bill, speaking on condition of anonymity, said": an indefinite source opening the sentence, its
    /// complement, perhaps an aside between commas, then the verb at `verb`.
    func indefiniteSource(beforeVerb verb: Int, lower: Int) -> Phrase? {
        guard lower < verb, verb - lower <= 3 * Self.sourceComplementLimit, tokens[lower].isWord,
              isIndefiniteDeterminer(lower),
              let head = phrase(startingAt: lower, upper: verb), head.kind == .description, head.end < verb else { return nil }
        // The clause's end: the verb, or the comma before an aside that closes right before the verb.
        var end = head.end
        while end < verb, tokens[end].isWord { end += 1 }
        if end < verb {
            guard tokens[end].kind == .comma, tokens[verb - 1].kind == .comma, verb - 1 > end else { return nil }
            for k in end + 1..<(verb - 1) where !tokens[k].isWord && tokens[k].kind != .comma { return nil }
        }
        return withSourceComplement(head, limit: end)
    }

    /// "D-Carver City", "R-Texas": the party letter and hyphen of a party–state tag, which names
    /// no one.
    func isPartyTag(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].isWord else { return false }
        let w = lower(i).unicodeScalars
        guard w.count >= 3, let first = w.first, ("a"..."z").contains(first) else { return false }
        return w[w.index(after: w.startIndex)] == "-"
    }

    /// "one of the people said", "one of them said": a source picked out of a group, as written. `end` is
    /// the word before the verb.
    func partitiveSource(endingAt end: Int, lower: Int) -> Phrase? {
        guard end - 2 >= lower, end < tokens.count, tokens[end].isWord,
              isWord(end, "them") || tokens[end].has(.group) || tokens[end].has(.title) else { return nil }
        var of = end - 1
        if of - 1 >= lower, isWord(of, "the") || tokens[of].isPossessive { of -= 1 }
        guard of - 1 >= lower, tokens[of].has(.of), tokens[of - 1].isWord,
              tokens[of - 1].has(.partitiveHead) else { return nil }
        let start = of - 1
        var p = Phrase(kind: .description, start: start, end: end + 1)
        p.head = Int32(truncatingIfNeeded: start)
        p.unnamedSource = true
        p.text = TokenSpan(start, end + 1)
        return p
    }
}
