/// Finds who speaks in a clause: the subject before a speech verb ("Trump
/// said", "Teodor Brannigan, the union's general secretary, said"), the
/// speaker after it ("said White House spokeswoman Karoline Leavitt"), and
/// "according to X".
extension PhraseReader {
    func isSpeechVerb(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord else { return false }
        let t = tokens[i]
        guard t.has(.speechVerbs) else { return false }
        // "was told", "were asked": the subject is the listener.
        if i > 0, tokens[i - 1].has(.passiveAuxiliary), t.has([.edEnding, .told]) {
            return false
        }
        // "a call", "the note": a determiner before it makes it a noun.
        // "Another said", "one told": a determiner standing for someone, then a verb no noun shares.
        if i > 0, tokens[i - 1].has(.determiners),
           !(tokens[i - 1].has(.unnamedSubjects) && (t.has([.edEnding, .told]) || isWord(i, "said") || isWord(i, "says"))) {
            return false
        }
        // "the United States": a capital inside a name is no verb (a title-case headline's "Says" still is).
        if t.nameShaped, !t.sentenceStart, i > 0, tokens[i - 1].isNameWord || tokens[i - 1].has(.determiners) { return false }
        return true
    }

    /// A verb naming or judging someone's words ("dismissed … as", "dubbed", "compared … to"), not a noun.
    func isNamingVerb(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord, tokens[i].has(.namingVerbs) else { return false }
        if i > 0, tokens[i - 1].has(.determiners) || tokens[i - 1].has(.passiveAuxiliary) { return false }
        return true
    }

    /// "… and Carl Hale raised the stakes by saying": the subject of the clause a participle after
    /// "by", "after" or "while" belongs to, the nearest name, description or pronoun opening a clause.
    private func participleSubject(_ verb: Int, lower: Int) -> Phrase? {
        guard verb >= 2, tokens[verb].isWord, isWord(verb - 1, "by") || isWord(verb - 1, "after")
                || isWord(verb - 1, "while") || isWord(verb - 1, "before"),
              self.lower(verb).hasSuffix("ing") else { return nil }
        var k = verb - 2
        while k >= lower, verb - k <= 16 {
            let t = tokens[k]
            if t.kind == .quote || t.kind == .terminal || t.kind == .semicolon { return nil }
            if t.isWord, t.isNameWord || t.has([.personalPronouns, .role]),
               let p = phrase(endingAt: k, lower: lower), p.kind != .invalid,
               p.start == lower || tokens[p.start].sentenceStart || p.start > 0
                && (tokens[p.start - 1].kind == .comma || isWord(p.start - 1, "and") || isWord(p.start - 1, "but")) {
                return p
            }
            k -= 1
        }
        return nil
    }

    /// The speaker before the verb at `verb`, not reading before token `lower`.
    func subject(beforeVerb verb: Int, lower: Int) -> Phrase? {
        if let p = participleSubject(verb, lower: lower) { return p }
        if let p = indefiniteSource(beforeVerb: verb, lower: lower) { return p }
        var j = verb - 1
        var skipped = 0
        while j >= lower, skipped < 6, tokens[j].isWord, tokens[j].has(.betweenSubjectAndVerb)
                || (tokens[j].has(.lyAdverb) && !tokens[j].nameShaped) {
            j -= 1
            skipped += 1
        }
        guard j >= lower else { return nil }
        let t = tokens[j]
        if t.isWord, t.has(.relative) {
            guard j - 1 >= lower, tokens[j - 1].kind == .comma else { return nil }
            return mainPhrase(endingAt: skippingParenthetical(j - 2, lower: lower), lower: lower)
        }
        if t.kind == .comma { return appositive(endingBefore: j, lower: lower) }
        if t.kind == .closeParen {
            let before = skippingParenthetical(j, lower: lower)
            return before < j && before >= lower && tokens[before].isWord ? personPhrase(endingAt: before, lower: lower) : nil
        }
        guard t.isWord else { return nil }
        if let p = partitiveSource(endingAt: j, lower: lower) { return p }
        return personPhrase(endingAt: j, lower: lower)
    }

    /// A phrase that may itself carry an appositive: "X, the Y," or "the Y, X,".
    private func mainPhrase(endingAt end: Int, lower: Int) -> Phrase? {
        guard end >= lower else { return nil }
        if tokens[end].kind == .comma { return appositive(endingBefore: end, lower: lower) }
        return personPhrase(endingAt: end, lower: lower)
    }

    /// The token before a bracketed tag ending at `end` ("Sen. Ana Dorn (D-Ore.)"), or `end`.
    func skippingParenthetical(_ end: Int, lower: Int) -> Int {
        guard end > lower, end < tokens.count, tokens[end].kind == .closeParen else { return end }
        var k = end - 1
        while k > lower, end - k <= 8, tokens[k].kind != .openParen, tokens[k].kind != .closeParen { k -= 1 }
        return k > lower && tokens[k].kind == .openParen ? k - 1 : end
    }

    /// `phrase(endingAt:)`, reading a person's place as theirs: "Gov. Harlan Petrosky of Nebraska" is
    /// the governor, not the state; "Rep. Ana Dorn of Oregon".
    func personPhrase(endingAt end: Int, lower: Int) -> Phrase? {
        guard let p = phrase(endingAt: end, lower: lower) else { return nil }
        guard p.kind == .name, !p.isOrganisation, p.start - 2 >= lower, tokens[p.start - 1].isWord,
              tokens[p.start - 1].has(.of) || isWord(p.start - 1, "from"), tokens[p.start - 2].isNameWord,
              let person = phrase(endingAt: p.start - 2, lower: lower), person.kind == .name, !person.isOrganisation,
              !person.roles.isEmpty || person.name.range.count >= 2
        else { return p }
        return person
    }

    /// `HEAD, APPOSITIVE,` followed by the verb; `comma` is the second comma. `depth`: the
    /// relative clauses and ages already stepped over (a few at most, so a long list of
    /// commas is not read again and again).
    private func appositive(endingBefore comma: Int, lower: Int, depth: Int = 0) -> Phrase? {
        var k = comma - 1
        // An appositive may be long: "a fisheries biologist at the University of Turku who was not involved".
        while k >= lower, comma - k <= 28 {
            let kind = tokens[k].kind
            if kind == .comma { break }
            if kind == .terminal || kind == .quote || kind == .colon || kind == .semicolon { return nil }
            k -= 1
        }
        guard k >= lower, tokens[k].kind == .comma, k + 1 < comma else { return nil }
        if depth < 3, k - 1 >= lower {
            // "Lucy Hendry, 34, who organised the petition, said" / "Rafael Montoya, a portfolio manager
            // at Cedar Ridge, which holds shares, said": a relative clause or an age between the
            // subject and its verb is stepped over.
            let skips = tokens[k + 1].isWord && tokens[k + 1].has(.relative)
                || k + 2 == comma && tokens[k + 1].isWord && tokens[k + 1].has(.startsWithDigit)
            if skips {
                if let p = appositive(endingBefore: k, lower: lower, depth: depth + 1), p.kind == .name || p.kind == .description {
                    return p
                }
                // "Sen. Joan Pryce (R-Wyo.), who chairs the panel, warned": the tag is stepped over.
                let end = skippingParenthetical(k - 1, lower: lower)
                return end >= lower && tokens[end].isWord ? personPhrase(endingAt: end, lower: lower) : nil
            }
        }
        let head = personPhrase(endingAt: skippingParenthetical(k - 1, lower: lower), lower: lower)
        // "The council's cabinet member for the environment, Cllr Amrit Dhaliwal, said": a head too
        // long to read still has its person in the appositive, when that is a name and nothing else.
        if head == nil || head?.kind == .invalid, let inner = phrase(startingAt: k + 1, upper: comma),
           inner.kind == .name, !inner.isOrganisation, inner.end == comma {
            return inner
        }
        guard let head else { return nil }
        return combine(head, appositiveFrom: k + 1, to: comma)
    }

    /// Joins a phrase with the appositive after it: the name from one, the role from the other.
    func combine(_ head: Phrase, appositiveFrom a: Int, to b: Int) -> Phrase {
        guard a < b else { return head }
        let first = tokens[a]
        if !first.isWord || first.has([.relative, .aged, .startsWithDigit]) {
            return head
        }
        let inner = phrase(startingAt: a, upper: b)
        switch (head.kind, inner?.kind) {
        case (.description, .name?):
            guard var p = inner else { return head }
            p.start = head.start
            var roles = head.roles
            roles.append(contentsOf: p.roles)
            p.roles = roles
            var words = SpanList(head.modifiers)
            words.append(head.headSpan)
            words.append(contentsOf: p.roleWords)
            p.roleWords = words
            if p.gender == .unknown { p.gender = head.gender }
            return p
        case (.name, .name?):
            // "Her fellow senator from Nevada, Democrat Carlos Ibarra,": a name after a
            // preposition is the complement of an unread description; the appositive is the person.
            guard let inner, head.start > 0, tokens[head.start - 1].isWord,
                  tokens[head.start - 1].has(.complementPreposition) || isWord(head.start - 1, "from")
                    || isWord(head.start - 1, "in") || isWord(head.start - 1, "with")
            else { return head }
            return inner
        case (.name, .description?):
            // "the union's general secretary", "a crane operator with 22 years at the port"
            guard let inner else { return head }
            // "Speaking in Harwick, the Premier said": a place after a preposition, then the subject
            // of a speech verb, not an appositive.
            if inner.end < b, isSpeechVerb(inner.end) { return head }
            var p = head
            p.roles.append(inner.text)
            p.roleWords.append(inner.modifiers)
            p.roleWords.append(inner.headSpan)
            if p.gender == .unknown { p.gender = inner.gender }
            if inner.isOrganisation { p.isOrganisation = true }
            return p
        default:
            return head
        }
    }

    /// The speaker after the verb at `verb`, before token `upper`: "said the envoy, Amadou Keller".
    func speaker(afterVerb verb: Int, upper: Int) -> Phrase? {
        let start = verb + 1
        guard start < upper, let main = phrase(startingAt: start, upper: upper) else { return nil }
        guard main.kind == .name || main.kind == .description else { return main }
        // "said one MP who has been approached."
        if let p = withSourceComplement(main, limit: upper) { return p }
        if main.end < upper, main.end < tokens.count, tokens[main.end].kind == .comma {
            var close = main.end + 1
            while close < upper, close < tokens.count, close - main.end < 16,
                  tokens[close].kind != .comma, tokens[close].kind != .terminal, tokens[close].kind != .quote {
                close += 1
            }
            return combine(main, appositiveFrom: main.end + 1, to: close)
        }
        return main
    }

    /// "according to X," ending right before `before` or anywhere in `lower..<before`.
    func accordingTo(in lower: Int, _ before: Int) -> Phrase? {
        var k = before - 1
        while k > lower {
            if tokens[k].isWord, tokens[k].has(.to), tokens[k - 1].has(.according) {
                var end = k + 1
                while end < before, tokens[end].kind != .comma, tokens[end].kind != .terminal { end += 1 }
                guard let p = phrase(startingAt: k + 1, upper: end) else { return nil }
                if p.end < end, p.kind == .name || p.kind == .description {
                    // "according to the ministry's figures": not a speaker.
                    return nil
                }
                // "according to Sunita Rao, chair of the traders' association, ..."
                if end < before, tokens[end].kind == .comma, p.kind == .name {
                    var close = end + 1
                    while close < before, close - end < 16, tokens[close].kind != .comma, tokens[close].kind != .terminal { close += 1 }
                    if close < before { return combine(p, appositiveFrom: end + 1, to: close) }
                }
                return p
            }
            k -= 1
        }
        return nil
    }
}
