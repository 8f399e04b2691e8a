enum Gender: UInt8, Sendable { case unknown, feminine, masculine }

/// A noun phrase that may stand for a speaker: a name (with the role written
/// around it), a description ("the Ukrainian president"), or a pronoun.
struct Phrase: Sendable {
    enum Kind: UInt8, Sendable { case name, description, pronoun, invalid }

    var kind: Kind
    /// Token range in the block.
    var start: Int
    var end: Int
    /// Name words as written: ["Karoline", "Leavitt"].
    var name: [String] = []
    /// Roles as written: "White House spokeswoman".
    var roles: [String] = []
    /// Lowercased role words, for matching descriptions.
    var roleWords: [String] = []
    /// For a description: its head noun and the words before it, lowercased.
    var head: String = ""
    var modifiers: [String] = []
    /// The description as written, without its article: "Ukrainian president".
    var text: String = ""
    var pronoun: String = ""
    var isOrganisation = false
    var gender = Gender.unknown
    /// A capitalised run with nothing else saying it is a person ("Marta Ilves" or "United States").
    var weak = false

    static func invalid(_ start: Int, _ end: Int) -> Phrase { Phrase(kind: .invalid, start: start, end: end) }
}

/// Reads noun phrases around speech verbs from a block's tokens.
struct PhraseReader {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]

    func text(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= tokens.count else { return "" }
        let a = tokens[from].start, b = min(tokens[to - 1].end, scalars.count)
        guard a < b else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[a..<b])
        return String(out)
    }

    func word(_ i: Int) -> String { text(i, i + 1) }

    private func isRoleToken(_ t: Token) -> Bool { t.isWord && Lexicon.isTitle(t.lower) }
    private func isOrgToken(_ t: Token) -> Bool { t.isWord && Lexicon.isOrganisation(t.lower) }

    /// Whether token `i` may be part of a name or a role phrase read backwards;
    /// lowercase words only once a role word was read ("the café owner").
    private func isPhraseWord(_ i: Int, headSeen: Bool) -> Bool {
        let t = tokens[i]
        guard t.isWord else { return false }
        if t.isNameWord || isRoleToken(t) || isOrgToken(t) { return true }
        if t.nameShaped && t.sentenceStart == false && !Lexicon.determiners.contains(t.lower)
            && !Lexicon.notNames.contains(t.lower) { return true }
        if Lexicon.nameParticles.contains(t.lower), i > 0, tokens[i - 1].isNameWord { return true }
        if headSeen && t.isPossessive { return true }
        if headSeen, !t.nameShaped, !Lexicon.determiners.contains(t.lower), !Lexicon.notNames.contains(t.lower),
           !Lexicon.speechVerbs.contains(t.lower), !Lexicon.betweenSubjectAndVerb.contains(t.lower),
           t.lower.unicodeScalars.first.map({ $0.isLetter }) ?? false {
            return true
        }
        return false
    }

    /// The phrase ending at token `end` (inclusive), read backwards, not before `lower`.
    func phrase(endingAt end: Int, lower: Int) -> Phrase? {
        guard end >= lower, end < tokens.count, tokens[end].isWord else { return nil }
        var k = end
        var headSeen = false
        var count = 0
        while k >= lower, count < 10, isPhraseWord(k, headSeen: headSeen) {
            if isRoleToken(tokens[k]) || isOrgToken(tokens[k]) { headSeen = true }
            k -= 1
            count += 1
        }
        if k >= lower, tokens[k].isWord, Lexicon.determiners.contains(tokens[k].lower) { k -= 1 }
        if k + 1 > end {
            // Nothing name- or role-like before the verb: a pronoun, or a common noun.
            let t = tokens[end]
            if Lexicon.personalPronouns.contains(t.lower) || t.lower == "it" {
                var p = Phrase(kind: .pronoun, start: end, end: end + 1)
                p.pronoun = t.lower
                return p
            }
            return .invalid(end, end + 1)
        }
        return analyze(k + 1, end + 1)
    }

    /// The phrase starting at token `start`, read forwards, before `upper`.
    func phrase(startingAt start: Int, upper: Int) -> Phrase? {
        guard start < upper, start < tokens.count, tokens[start].isWord else { return nil }
        let first = tokens[start]
        if Lexicon.personalPronouns.contains(first.lower) || first.lower == "it" {
            var p = Phrase(kind: .pronoun, start: start, end: start + 1)
            p.pronoun = first.lower
            return p
        }
        var k = start
        if Lexicon.determiners.contains(first.lower) { k += 1 }
        let bodyStart = k
        while k < upper, k < tokens.count, k - start < 10 {
            let t = tokens[k]
            guard t.isWord else { break }
            if t.isNameWord || isRoleToken(t) || isOrgToken(t) || t.isPossessive && k > bodyStart {
                k += 1
            } else if Lexicon.nameParticles.contains(t.lower), k > bodyStart, k + 1 < upper, k + 1 < tokens.count,
                      tokens[k + 1].isNameWord {
                k += 1
            } else if !t.nameShaped, roleAhead(k, upper) {
                k += 1
            } else {
                break
            }
        }
        guard k > bodyStart else { return .invalid(start, start + 1) }
        var p = analyze(start, k)
        // "the head of the national drought agency": the complement belongs to the role.
        if p.kind == .description, k < upper, k < tokens.count, ["of", "for", "at"].contains(tokens[k].lower) {
            var j = k + 1
            while j < upper, j < tokens.count, tokens[j].isWord, j - k <= 7, !Lexicon.speechVerbs.contains(tokens[j].lower) { j += 1 }
            if j > k + 1, j >= upper || j >= tokens.count || tokens[j].kind != .word {
                p.end = j
                p.text = text(bodyStart, j)
                p.roles = [p.text]
            }
        }
        return p
    }

    /// A role word within the next three words, before any punctuation.
    private func roleAhead(_ k: Int, _ upper: Int) -> Bool {
        var j = k
        while j < min(upper, k + 4), j < tokens.count, tokens[j].isWord {
            if isRoleToken(tokens[j]) || isOrgToken(tokens[j]) { return true }
            if Lexicon.speechVerbs.contains(tokens[j].lower) || Lexicon.determiners.contains(tokens[j].lower) { return false }
            j += 1
        }
        return false
    }

    /// Splits tokens `from..<to` into role and name: the name is the run of
    /// capitalised words after the last role or title word.
    func analyze(_ from: Int, _ to: Int) -> Phrase {
        var a = from
        while a < to, tokens[a].isWord, Lexicon.determiners.contains(tokens[a].lower) { a += 1 }
        guard a < to else { return .invalid(from, to) }
        var lastRole = -1
        for k in a..<to where isRoleToken(tokens[k]) { lastRole = k }
        var gender = Gender.unknown
        for k in a..<to {
            let bare = tokens[k].lower.hasSuffix(".") ? String(tokens[k].lower.dropLast()) : tokens[k].lower
            if Lexicon.feminine.contains(bare) { gender = .feminine } else if Lexicon.masculine.contains(bare) { gender = .masculine }
        }
        let tailStart = lastRole + 1 > a ? lastRole + 1 : a
        let tail = tailStart..<to
        let tailIsName = !tail.isEmpty && tail.allSatisfy { tokens[$0].isNameWord || Lexicon.nameParticles.contains(tokens[$0].lower) }
            && tokens[tail.lowerBound].isNameWord && tail.contains(where: { tokens[$0].end - tokens[$0].start >= 2 })
        if tailIsName, !(lastRole < 0 && tail.count == 1 && tokens[tail.lowerBound].sentenceStart == false
                         && isOrgToken(tokens[tail.lowerBound])) {
            var p = Phrase(kind: .name, start: from, end: to)
            p.name = tail.map { word($0) }
            if lastRole >= a {
                let roleStart = a
                if roleStart <= lastRole {
                    let roleText = text(roleStart, lastRole + 1)
                    if !Lexicon.honorifics.contains(tokens[lastRole].lower.trimmingPeriod) || lastRole > roleStart {
                        p.roles = [roleText]
                        p.roleWords = (roleStart...lastRole).map { tokens[$0].lower.trimmingPeriod }
                            .filter { !Lexicon.honorifics.contains($0) }
                    }
                }
            }
            if let last = tail.last, Lexicon.isOrganisation(tokens[last].lower) || Lexicon.isOrganisation(tokens[tail.lowerBound].lower) {
                p.isOrganisation = true
            }
            p.gender = gender
            return p
        }
        // A description: role or organisation noun last, modifiers before it.
        let last = to - 1
        let headToken = tokens[last]
        let headIsRole = isRoleToken(headToken)
        let headIsOrg = isOrgToken(headToken)
        if (headIsRole || headIsOrg) && (lastRole == last || lastRole < 0 || headIsOrg) {
            var p = Phrase(kind: .description, start: from, end: to)
            p.head = headToken.lower.trimmingPeriod
            p.modifiers = (a..<last).map { tokens[$0].lower }
            p.text = text(a, to)
            p.roles = [p.text]
            p.isOrganisation = headIsOrg && !headIsRole
            p.gender = gender
            // A capitalised organisation ("the Russian Defense Ministry") is a name.
            if p.isOrganisation, headToken.nameShaped, (a..<to).allSatisfy({ tokens[$0].nameShaped }) {
                p.kind = .name
                p.name = (a..<to).map { word($0) }
            }
            return p
        }
        return .invalid(from, to)
    }
}

extension String {
    var trimmingPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
