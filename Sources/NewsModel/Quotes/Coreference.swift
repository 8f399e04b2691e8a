/// Lowercased comparison keys for names and roles.
enum NameKey {
    /// "Okafor's" and "OKAFOR" both key as "okafor".
    static func key(_ word: String) -> String { key(lowered: word.quickLowercased) }

    /// `key` of a word already lowercased.
    static func key(lowered: String) -> String {
        var w = lowered
        let last = w.lastUTF8Byte
        guard last == 0x73 || last == 0x27 || last == 0x99 else { return w }
        // ASCII (most names): bytes are characters, and only the straight-apostrophe endings can match.
        if let stripped = asciiKey(w) { return stripped }
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where w.hasSuffix(suffix) && w.count > suffix.count + 1 {
            w.removeLast(suffix.count)
            break
        }
        return w
    }

    /// `key(lowered:)` of an ASCII word, or nil for a word with other scalars.
    private static func asciiKey(_ w: String) -> String? {
        var copy = w
        return copy.withUTF8 { u -> String? in
            for b in u where b >= 0x80 { return nil }
            let count = u.count
            if count > 3, u[count - 2] == 0x27, u[count - 1] == 0x73 {
                return String(decoding: UnsafeBufferPointer(rebasing: u[..<(count - 2)]), as: UTF8.self)
            }
            if count > 2, u[count - 1] == 0x27 {
                return String(decoding: UnsafeBufferPointer(rebasing: u[..<(count - 1)]), as: UTF8.self)
            }
            return w
        }
    }

    /// Spokesman, spokeswoman and spokesperson hold the same post.
    static func normalRole(_ word: String) -> String {
        let w = word.trimmingPeriod
        // Every spelling below is 2 to 13 bytes and starts with one of these letters: most
        // role words are none of them.
        let u = w.utf8
        guard u.count >= 2, u.count <= 13, let first = u.first else { return w }
        switch first {
        case 0x61, 0x63, 0x64, 0x67, 0x6F, 0x70, 0x72, 0x73: break  // a c d g o p r s
        default: return w
        }
        // A string switch compares with each case in turn: the length picks the few that can match.
        switch u.count {
        case 2: if w == "dr" { return "doctor" }
        case 3:
            switch w {
            case "sen": return "senator"
            case "gov": return "governor"
            case "gen": return "general"
            case "rep": return "representative"
            default: break
            }
        case 4:
            if w == "capt" { return "captain" }
            if w == "prof" { return "professor" }
        case 7: if w == "adviser" { return "advisor" }
        case 8: if w == "chairman" { return "chair" }
        case 9:
            switch w {
            case "spokesman", "spokesmen": return "spokesperson"
            case "councilor": return "councillor"
            case "organiser": return "organizer"
            default: break
            }
        case 10:
            if w == "chairwoman" { return "chair" }
            if w == "councilman" { return "councillor" }
        case 11:
            if w == "spokeswoman" { return "spokesperson" }
            if w == "chairperson" { return "chair" }
        case 12:
            if w == "spokespeople" { return "spokesperson" }
            if w == "councilwoman" { return "councillor" }
        case 13:
            if w == "councilmember" { return "councillor" }
        default: break
        }
        return w
    }
}

/// A phrase found in the narrative, at a position in the article.
struct MentionEvent: Sendable {
    var position: TokenPosition
    var phrase: Phrase
    /// The subject of a sentence or of a speech verb: a better antecedent for "he".
    var salient: Bool
    var entity: Int? = nil
    /// The name this one is another spelling of: "Олена Коваль (Olena Koval)".
    var aliasOf: TokenPosition? = nil
    /// The subject of a speech verb or a quote's speaker: only such a pronoun teaches an
    /// entity its gender ("He hasn't read it yet" may be about someone named only in a quote).
    var speaks = false
}

/// Links names to entities and resolves descriptions and pronouns to the
/// nearest compatible entity mentioned before them (after them, for a
/// description that comes before the name: "the finance minister ... The
/// minister, Helena Corvin,").
struct Coreference {
    var entities: [Entity] = []
    var events: [MentionEvent]
    /// The article's name and role words: entities hold their ids.
    private var words = WordIds()
    /// The article's name forms, the entity last given each (-1 for none), and the
    /// entities with each word, by id.
    private var forms = FormIds()
    private var formOwner: [Int] = []
    /// The entities with each word as linked lists in one array, not an array per word:
    /// `keyHead[id]` is the link of the entity last added for word `id` (-1 for none).
    private var keyHead: [Int32] = []
    private var keyLinks: [KeyLink] = []
    /// The signatures of the words with an entity, kept as words get their first.
    private var signatures = KeySignatures()

    private struct KeyLink {
        var entity: Int
        /// The link added before this one for the same word, -1 for none.
        var next: Int32
    }
    /// Entities by recency of mention, most recent last, at most `recentLimit`.
    private var recent: [Int] = []
    private static let recentLimit = 48
    /// Entities sharing a name word looked at for the most recent match: bounds the work on a
    /// common word ("Smith") in a long story.
    private static let sameWordLookLimit = 32
    /// Later names looked at for a description that comes before its name (cataphora).
    private static let cataphoraLookLimit = 32
    /// Tokens by which a mention as a subject outweighs a later mention as an object when a
    /// pronoun is resolved: "within a sentence or two".
    private static let subjectLead = 48
    /// While resolving: the entities whose name has been read so far.
    private var namedSoFar: [Bool] = []
    /// While resolving: for an entity named as someone's counterpart, that someone (-1 for none).
    private var counterpartOf: [Int] = []
    /// While resolving: the person last named as the one a question was put to ("Orrowby pressed
    /// Scarisbrick on the fines"), the block of that question (-1 for none), and whether someone
    /// else has since spoken, asking it ("\"What did you do?\" Orrowby asked").
    private var questioned = (entity: -1, block: -1, asked: false)

    init(events: [MentionEvent]) {
        // Their positions are sorted (with their indices, so that equal positions keep their
        // order, as the standard library's stable sort keeps it) and the mentions then gathered
        // in that order: a mention is large, and moving each once costs less than a sort's moves.
        var keys: [(position: TokenPosition, index: Int)] = []
        keys.reserveCapacity(events.count)
        // By index: a mention is large, and enumerating would copy each one.
        for i in events.indices { keys.append((events[i].position, i)) }
        keys.sort { $0.position != $1.position ? $0.position < $1.position : $0.index < $1.index }
        var sorted: [MentionEvent] = []
        sorted.reserveCapacity(events.count)
        for key in keys where events.indices.contains(key.index) { sorted.append(events[key.index]) }
        self.events = sorted
    }

    /// The reader of the block an event is in.
    private static func reader(_ position: TokenPosition, _ readers: [AttributionReader]) -> PhraseReader? {
        let b = position.block
        return readers.indices.contains(b) ? readers[b].reader : nil
    }

    /// First pass: every name becomes an entity or joins one.
    mutating func linkNames(_ readers: [AttributionReader]) {
        // Room for every name up front, rather than growing (and rehashing) the tables.
        var names = 0
        for i in events.indices where events[i].phrase.kind == .name { names += 1 }
        forms.reserveCapacity(names)
        formOwner.reserveCapacity(names)
        words.reserveCapacity(names * 2)
        keyHead.reserveCapacity(names * 2)
        keyLinks.reserveCapacity(names * 2)
        for i in events.indices where events[i].phrase.kind == .name {
            guard let reader = Self.reader(events[i].position, readers) else { continue }
            var e: Int
            let phrase = events[i].phrase
            let lowered = nameIds(of: phrase, reader: reader)
            let form = forms.id(lowered)
            while formOwner.count < forms.count { formOwner.append(-1) }
            let owner = formOwner.indices.contains(form) ? formOwner[form] : -1
            if let target = events[i].aliasOf, let j = nameEvent(at: target, before: i), let owner = events[j].entity {
                e = owner
            } else {
                e = entityFor(phrase, keys: lowered, known: owner >= 0 ? owner : nil)
            }
            let roleIds = phrase.roles.isEmpty ? [] : roleIds(of: phrase, reader: reader)
            entities[e].add(phrase, keys: lowered, form: form, roleWords: roleIds, block: events[i].position.block)
            if formOwner.indices.contains(form) { formOwner[form] = e }
            for key in lowered { addOnce(e, key: key) }
            entities[e].lastMention = events[i].position
            events[i].entity = e
        }
        for e in entities.indices { entities[e].lastMention = .none }
    }

    /// The ids of the phrase's name words, lowercased and without a possessive ending, numbering new ones.
    private mutating func nameIds(of p: Phrase, reader: PhraseReader) -> [Int32] {
        let range = p.name.range
        var ids: [Int32] = []
        ids.reserveCapacity(range.count)
        for k in range {
            // Read from the scalars when it can be, so a name met again makes no string.
            ids.append(listed(words.id(keyOfWord: k, in: reader) ?? words.id(NameKey.key(lowered: reader.lower(k)))))
        }
        return ids
    }

    /// The ids of the phrase's role words, normalised ("spokesperson" for "spokeswoman").
    /// Role words are lowercased (a trailing period, as in "Gov.", is left to `NameKey.normalRole`);
    /// honorifics are left out of a span that skips them.
    private mutating func roleIds(of p: Phrase, reader: PhraseReader) -> [Int32] {
        var ids: [Int32] = []
        for k in 0..<p.roleWords.count {
            let span = p.roleWords[k]
            for i in span.range
            where !(span.skipsHonorifics && reader.tokens.indices.contains(i) && reader.tokens[i].has(.honorifics)) {
                ids.append(number(NameKey.normalRole(reader.lower(i))))
            }
        }
        return ids
    }

    /// The id of a word, with its (empty) list of entities if it is new.
    private mutating func number(_ word: String) -> Int32 { listed(words.id(word)) }

    /// `id`, with an (empty) list of entities made for it if it is new.
    private mutating func listed(_ id: Int32) -> Int32 {
        while keyHead.count <= Int(id) { keyHead.append(-1) }
        return id
    }

    /// The first link of the entities whose name has the word `id`, -1 for none.
    private func firstLink(_ id: Int32) -> Int32 {
        keyHead.indices.contains(Int(id)) ? keyHead[Int(id)] : -1
    }

    /// Lists entity `e` under word `key` unless it is there.
    private mutating func addOnce(_ e: Int, key: Int32) {
        guard keyHead.indices.contains(Int(key)) else { return }
        var link = keyHead[Int(key)]
        while link >= 0 {
            if keyLinks[Int(link)].entity == e { return }
            link = keyLinks[Int(link)].next
        }
        if keyHead[Int(key)] < 0 { signatures.insert(words.word(key)) }
        keyLinks.append(KeyLink(entity: e, next: keyHead[Int(key)]))
        keyHead[Int(key)] = Int32(truncatingIfNeeded: keyLinks.count - 1)
    }

    /// The last name event before index `limit` at `position`. Events are sorted by position,
    /// so a binary search finds it without a table of positions.
    private func nameEvent(at position: TokenPosition, before limit: Int) -> Int? {
        var low = 0, high = min(limit, events.count)
        while low < high {
            let mid = (low + high) / 2
            if events[mid].position <= position { low = mid + 1 } else { high = mid }
        }
        var j = low - 1
        while j >= 0, events[j].position == position {
            if events[j].phrase.kind == .name { return j }
            j -= 1
        }
        return nil
    }

    /// `known`: the entity last given the phrase's exact form, if any.
    private mutating func entityFor(_ phrase: Phrase, keys lowered: [Int32], known: Int?) -> Int {
        // "Mrs Smith" is not the Mr Smith named before her.
        let gender = phrase.gender
        func fits(_ e: Int) -> Bool {
            gender == .unknown || entities[e].gender == .unknown || entities[e].gender == gender
        }
        if let e = known, fits(e) { return e }
        if lowered.count == 1, let only = lowered.first {
            let candidates = firstLink(only)
            if let e = mostRecent(among: candidates, where: { entities[$0].lastKeys.contains(only) && fits($0) }) { return e }
            if let e = mostRecent(among: candidates, where: { fits($0) }) { return e }
        } else {
            // "Trump" seen first, "Donald Trump" later: one person.
            for key in lowered.reversed() {
                if let e = mostRecent(among: firstLink(key), where: { entities[$0].forms.allSatisfy { $0.count == 1 } }) { return e }
            }
        }
        entities.append(Entity())
        return entities.count - 1
    }

    /// The most recently mentioned match among the last `sameWordLookLimit` entities listed from link `first`
    /// on (newest first, so the newest wins a tie).
    private func mostRecent(among first: Int32, where match: (Int) -> Bool) -> Int? {
        var best: Int? = nil
        var link = first
        var looked = 0
        while link >= 0, looked < Self.sameWordLookLimit {
            let i = keyLinks[Int(link)].entity
            if match(i), best.map({ entities[$0].lastMention < entities[i].lastMention }) ?? true { best = i }
            link = keyLinks[Int(link)].next
            looked += 1
        }
        return best
    }

    /// The most recently mentioned entity that matches, among the last few mentioned.
    private func mostRecent(where match: (Int) -> Bool) -> Int? {
        for e in recent.reversed() where match(e) { return e }
        return nil
    }

    private mutating func touch(_ e: Int) {
        if let i = recent.lastIndex(of: e) { recent.remove(at: i) }
        recent.append(e)
        if recent.count > Self.recentLimit { recent.removeFirst() }
    }

    /// Whether some entity's name has the word `key` ("zelensky"); role words have ids too,
    /// with no entities.
    func hasEntity(named key: String) -> Bool { firstLink(words.existing(key)) >= 0 }

    /// `hasEntity(named:)` of the key of word `i`, read from its scalars; nil when it cannot be
    /// (see `PhraseReader.asciiKeyRange`).
    func hasEntity(keyOfWord i: Int, in reader: PhraseReader) -> Bool? {
        words.existing(keyOfWord: i, in: reader).map { firstLink($0) >= 0 }
    }

    /// The signatures of every name word known.
    func keySignatures() -> KeySignatures { signatures }

    /// Adds mentions found once the names were known. Both lists are sorted by position
    /// (`more` is read block by block, token by token), so they are merged rather than sorted
    /// again; on equal positions the earlier list's event comes first, as a stable sort leaves it.
    mutating func add(_ more: [MentionEvent]) {
        guard !more.isEmpty else { return }
        var merged: [MentionEvent] = []
        merged.reserveCapacity(events.count + more.count)
        var a = 0, b = 0
        while a < events.count || b < more.count {
            if b >= more.count || (a < events.count && events[a].position <= more[b].position) {
                merged.append(events[a])
                a += 1
            } else {
                merged.append(more[b])
                b += 1
            }
        }
        events = merged
    }

    /// For each event, the index of the first name event at or after it.
    private var nextName: [Int] = []

    /// Second pass, in reading order: recency, descriptions, pronouns.
    mutating func resolve(_ readers: [AttributionReader]) {
        namedSoFar = Array(repeating: false, count: entities.count)
        counterpartOf = Array(repeating: -1, count: entities.count)
        questioned = (-1, -1, false)
        let counterpart = words.existing("counterpart")
        nextName = Array(repeating: events.count, count: events.count + 1)
        var next = events.count
        for i in stride(from: events.count - 1, through: 0, by: -1) {
            if events[i].phrase.kind == .name { next = i }
            nextName[i] = next
        }
        for i in events.indices {
            let event = events[i]
            var resolved: Int? = event.entity
            // Every event is in a block of `readers`; a phrase with no reader would resolve to no one.
            // The reader is read in place, not copied (a copy retains and releases its lists).
            let b = event.position.block
            let hasReader = readers.indices.contains(b)
            switch event.phrase.kind {
            case .name:
                if resolved == nil, hasReader, let last = event.phrase.name.range.last {
                    // `lastKey(of:)`'s id, read from the scalars when it can be.
                    let reader = readers[b].reader
                    let id = words.existing(keyOfWord: last, in: reader) ?? words.existing(NameKey.key(lowered: reader.lower(last)))
                    // "Kroh" after "Anselm Kroh, 67," and "his daughter, Lisbeth Kroh": the person
                    // the bare name was already given to, before the one named last.
                    let form = id >= 0 && event.phrase.name.range.count == 1 ? forms.id([id]) : -1
                    while form >= 0, formOwner.count < forms.count { formOwner.append(-1) }
                    let owner = formOwner.indices.contains(form) ? formOwner[form] : -1
                    resolved = owner >= 0 && entities.indices.contains(owner)
                        ? owner : mostRecent(among: firstLink(id), where: { _ in true })
                    if owner < 0, let e = resolved, formOwner.indices.contains(form) { formOwner[form] = e }
                }
                if let e = resolved, namedSoFar.indices.contains(e) {
                    if entities[e].roleWords.contains(counterpart),
                       hasReader, Self.namesCounterpart(event.phrase, readers[b].reader) {
                        // "Zelensky and his US counterpart, Donald Trump": the person named just before.
                        counterpartOf[e] = recent.last { $0 != e && !entities[$0].isOrganisation } ?? -1
                    }
                    namedSoFar[e] = true
                }
                if let e = resolved, hasReader, Self.isQuestioned(event.phrase, readers[b].reader)
                    || Self.isQuestionedSubject(event.phrase, readers[b].reader) {
                    questioned = (e, b, false)
                }
            case .description:
                resolved = hasReader ? resolveDescription(event.phrase, at: i, reader: readers[b].reader) : nil
                // "… and a county official said": the subject of a speech verb brings someone in wherever it stands.
                // Not an appositive, though: "Mayor Ed Blaylock, a Republican, broke with him, saying".
                if resolved == nil, hasReader, event.salient || event.speaks && !Self.isAppositive(event.phrase, readers[b].reader),
                   Self.bringsInSomeone(event.phrase, readers[b].reader) {
                    resolved = addAnonymous(event.phrase, reader: readers[b].reader, block: b)
                }
                if let e = resolved, hasReader {
                    entities[e].descriptions.append(WrittenForm(block: b, span: event.phrase.text))
                }
            case .pronoun:
                let pronoun = hasReader ? readers[b].reader.pronoun(of: event.phrase) : ""
                let (found, alone) = resolvePronoun(pronoun, block: b)
                resolved = found
                // "Orrowby pressed Scarisbrick. \"Why?\" Orrowby asked. \"…,\" she replied.": the one a
                // question was put to answers it, though the one who asked was the last subject. Once: after the
                // answer, recency and the quote's own continuations carry the exchange.
                if event.speaks, let e = found, e != questioned.entity, answersQuestion(pronoun, block: b) {
                    resolved = questioned.entity
                    questioned = (-1, -1, false)
                }
                // "He was challenged by Councillor Hethersett": the one asked, named by a pronoun.
                if let e = resolved, hasReader, Self.isQuestionedSubject(event.phrase, readers[b].reader) { questioned = (e, b, false) }
                // "Her teacher was Hermann Stoltz… He was, she says,": a "he" with no one else it could
                // be in its paragraph also says who is a man.
                if let e = resolved, event.speaks || alone { learnGender(e, from: pronoun) }
            case .invalid:
                resolved = nil
            }
            if questioned.entity >= 0, let e = resolved {
                // The question is answered once its person speaks, and forgotten once a later
                // paragraph is about someone else ("Kessling offered a different view"); the one
                // asking, quoted in the next paragraph ("Mr Phelps-Ormerod asked"), keeps it open.
                if e == questioned.entity ? event.speaks : event.salient && !event.speaks && b > questioned.block {
                    questioned = (-1, -1, false)
                } else if e != questioned.entity, event.speaks {
                    questioned.asked = true
                }
            }
            events[i].entity = resolved
            if let e = resolved {
                touch(e)
                entities[e].lastMention = event.position
                if event.salient { entities[e].lastSalient = event.position }
            }
        }
    }

    /// Paragraphs after the one putting a question in which a pronoun may still answer it: the
    /// question itself is often quoted in a paragraph of its own between them.
    private static let answerLookLimit = 2

    /// Whether the question last put to someone, in this paragraph or the two before, can be
    /// what a speaking `pronoun` in block `block` answers: the question has been quoted from
    /// someone else, and the person asked fits the pronoun. Unquoted, the one pressing is the one
    /// speaking: "Vega pressed Moran on the figures. \"These numbers do not add up,\" she said."
    private func answersQuestion(_ pronoun: String, block: Int) -> Bool {
        let q = questioned.entity
        guard entities.indices.contains(q), questioned.asked, questioned.block <= block, block - questioned.block <= Self.answerLookLimit,
              !entities[q].isOrganisation else { return false }
        let wanted = Gender(pronoun: pronoun)
        guard wanted != .unknown else { return false }
        return entities[q].gender == .unknown || entities[q].gender == wanted
    }

    /// Whether a name is the object of a verb that puts a question to someone ("pressed
    /// Scarisbrick", "asked Ms Stroudwick"); not "asked by Stroudwick", where she is the one asking.
    private static func isQuestioned(_ p: Phrase, _ reader: PhraseReader) -> Bool {
        let before = p.start - 1
        return before >= 0 && reader.tokens.indices.contains(before) && reader.tokens[before].isWord
            && reader.tokens[before].has(.questionVerb)
    }

    /// Whether a subject is the one a question is put to, in the passive: "Tremayne-Okafor was
    /// pressed by a councillor", "Brackwater was then questioned"; one word may stand between.
    private static func isQuestionedSubject(_ p: Phrase, _ reader: PhraseReader) -> Bool {
        let tokens = reader.tokens
        let auxiliary = p.end
        guard tokens.indices.contains(auxiliary), tokens[auxiliary].isWord, tokens[auxiliary].has(.passiveAuxiliary) else { return false }
        return (auxiliary + 1...auxiliary + 2).contains { tokens.indices.contains($0) && tokens[$0].isWord && tokens[$0].has(.questionVerb) }
    }

    /// Whether the phrase's role is "counterpart" ("his US counterpart, Donald Trump").
    private static func namesCounterpart(_ p: Phrase, _ reader: PhraseReader) -> Bool {
        for k in 0..<p.roleWords.count {
            for i in p.roleWords[k].range where reader.isWord(i, "counterpart") { return true }
        }
        return false
    }

    /// "A resident, who asked not to be named, said": a person the article does not name, as
    /// the subject of a sentence. Later pronouns may stand for them rather than for the last
    /// person named.
    private static func bringsInSomeone(_ d: Phrase, _ reader: PhraseReader) -> Bool {
        guard !d.plural, !d.isOrganisation, d.head >= 0 else { return false }
        // "Another said he had been buying bottled water. "…," he said.": "one" or "another" alone
        // is someone, as an indefinite description is; a document is not.
        if d.unnamedSource { return d.end - d.start == 1 && reader.tokens[d.start].has(.unnamedSubjects) }
        return isIndefinite(d, reader) || (d.start > 0 && reader.isWord(d.start - 1, "one"))
    }

    /// A description right after a comma: perhaps an appositive of the name before it.
    private static func isAppositive(_ d: Phrase, _ reader: PhraseReader) -> Bool {
        d.start > 0 && reader.tokens.indices.contains(d.start - 1) && reader.tokens[d.start - 1].kind == .comma
    }

    /// "a passenger", "an official", "another resident".
    private static func isIndefinite(_ d: Phrase, _ reader: PhraseReader) -> Bool {
        reader.isIndefiniteDeterminer(d.start)
    }

    private mutating func addAnonymous(_ d: Phrase, reader: PhraseReader, block: Int) -> Int {
        var entity = Entity()
        entity.anonymous = true
        entity.evidenced = true
        entity.gender = d.gender
        entity.roles.append(WrittenForm(block: block, span: d.text))
        // "one official said": the number is part of how the source is written.
        let start = d.start > 0 && reader.isWord(d.start - 1, "one") ? d.start - 1 : d.start
        entity.written = WrittenForm(block: block, span: TokenSpan(start, d.end))
        entity.roleWords.append(number(NameKey.normalRole(reader.head(of: d))))
        for k in d.modifiers.range {
            let id = number(NameKey.normalRole(NameKey.key(reader.lower(k))))
            if !entity.roleWords.contains(id) { entity.roleWords.append(id) }
        }
        entities.append(entity)
        // Counted as named, so that an indefinite description after it ("another resident") is someone new again.
        namedSoFar.append(true)
        counterpartOf.append(-1)
        return entities.count - 1
    }

    private func resolveDescription(_ d: Phrase, at index: Int, reader: PhraseReader) -> Int? {
        if d.plural || d.unnamedSource { return nil }
        let key = DescriptionKey(d, reader: reader, words: words)
        // "a passenger said", "another official said": an indefinite description brings in
        // someone new, never a person named earlier. It may be named later ("A regional envoy
        // called it…" before "envoy Amadou Keller"), but not when one like it came before: then
        // the later one may be someone else again.
        let indefinite = Self.isIndefinite(d, reader)
        // A head no entity has fits none of them: most descriptions are not of anyone named.
        if !key.fitsNone {
            // "the company" is the company the story is about, a subject before, rather than the analyst's
            // firm named since.
            if key.genericHead || key.media {
                for e in recent.reversed() where !entities[e].lastSalient.isNone && compatible(key, e) { return e }
            }
            for e in recent.reversed() where !entities[e].lastMention.isNone && compatible(key, e) {
                return indefinite && namedSoFar.indices.contains(e) && namedSoFar[e] ? nil : e
            }
            // Cataphora: the first later name that fits, among the next few names.
            var j = index + 1 < nextName.count ? nextName[index + 1] : events.count
            var looked = 0
            while j < events.count, looked < Self.cataphoraLookLimit {
                if let e = events[j].entity, compatible(key, e, counterparts: false) { return e }
                looked += 1
                j = j + 1 < nextName.count ? nextName[j + 1] : events.count
            }
        }
        // "Whitlock, who was taken off injured, was more measured. "It's one game," the defender
        // said.": a definite description that fits no one known stands for the person its
        // paragraph is about, the last person named as a subject before it in the paragraph.
        // "the Prime Minister's official spokesman" is someone of the Prime Minister's, not the paragraph's subject.
        guard !indefinite, !d.isOrganisation, reader.isWord(d.start, "the"), events.indices.contains(index),
              !(d.start..<max(d.start, Int(d.head))).contains(where: { reader.tokens[$0].isPossessive && reader.tokens[$0].nameShaped }) else {
            return nil
        }
        var block = events[index].position.block
        // "Wilk made amends… ¶ "That's football," the midfielder said": at the start of a paragraph,
        // the paragraph before says whom it is about.
        if index == 0 || events[index - 1].position.block != block { block -= 1 }
        var k = index - 1
        while k >= 0, events[k].position.block == block {
            if events[k].salient, events[k].phrase.kind == .name, let e = events[k].entity,
               entities.indices.contains(e), !entities[e].isOrganisation, isPersonLike(e) {
                return e
            }
            k -= 1
        }
        return nil
    }

    /// The entity a pronoun in block `block` stands for, and whether it was the only person it
    /// could be among those mentioned in that block ("He hasn't read it yet" after a paragraph
    /// about a woman may be about someone the article never names).
    private func resolvePronoun(_ pronoun: String, block: Int) -> (Int?, alone: Bool) {
        if Lexicon.unnamedPronouns.contains(pronoun) { return (nil, false) }
        if pronoun == "it" {
            return (mostRecent(where: { entities[$0].isOrganisation && !entities[$0].lastMention.isNone }), false)
        }
        // "he", "she"; an epithet such as "the 21-year-old" fits either.
        let wanted = Gender(pronoun: pronoun)
        // People known as such first; a bare capitalised run only when there is no one else.
        for evidencedOnly in [true, false] {
            var best: Int? = nil
            var bestScore = TokenPosition.none
            var nearby = 0
            for i in recent {
                let gender = entities[i].gender
                if entities[i].isOrganisation || (gender != .unknown && wanted != .unknown && gender != wanted)
                    || (evidencedOnly && !isPersonLike(i)) {
                    continue
                }
                if entities[i].lastMention.block >= block { nearby += 1 }
                // The last subject wins over a later mention as an object, within a sentence or two.
                let score = max(entities[i].lastMention, entities[i].lastSalient.advanced(byTokens: Self.subjectLead))
                if score > bestScore { best = i; bestScore = score }
            }
            if let best {
                return (best, evidencedOnly && nearby == 1 && entities[best].lastMention.block >= block)
            }
        }
        return (nil, false)
    }

    /// Named as a person: with a role, a gender, or a first and last name. "Moscow said"
    /// makes a speaker of a city, and a lone capitalised word should not take a "he".
    private func isPersonLike(_ i: Int) -> Bool {
        // Read in place: a copy of the entity would retain and release its lists.
        if entities[i].evidenced {
            return entities[i].person || !entities[i].roles.isEmpty || entities[i].gender != .unknown || entities[i].forms.contains { $0.count >= 2 }
        }
        // "Giulia Renzetti has worked for three mayors. She told…": a first and last name
        // as the subject of a sentence is a person, though nothing has said so yet.
        return !entities[i].isOrganisation && !entities[i].lastSalient.isNone && entities[i].forms.contains { $0.count >= 2 }
    }

    /// Records what a resolved pronoun taught about gender.
    mutating func learnGender(_ entity: Int, from pronoun: String) {
        guard entities.indices.contains(entity), entities[entity].gender == .unknown else { return }
        if pronoun == "she" { entities[entity].gender = .feminine }
        if pronoun == "he" { entities[entity].gender = .masculine }
    }

    /// A description's words normalised once, for comparing with many entities: as ids of
    /// the article's words (-1 for a word no entity has), and the head also as a word.
    struct DescriptionKey {
        var headWord: String
        var head: Int32
        /// Left empty when the key fits no entity (`fitsNone`): nothing compares them.
        var modifiers: [Int32]
        var isOrganisation: Bool
        var gender: Gender
        /// An organisation's head that fits any organisation: "the ministry", "the company".
        var genericHead: Bool
        /// "the newspaper", "the daily": any news organisation (`Lexicon.mediaNameEnds`).
        var media = false

        /// `compatible` is false for every entity: the head is no entity's word (an entity's
        /// words and roles all have ids), and it is not a generic organisation noun.
        var fitsNone: Bool { head < 0 && !genericHead && !media }

        /// `Lexicon.vagueModifiers` numbered: probed for every modifier of every description,
        /// and a `Set<String>` lookup hashes with SipHash.
        private static let vague: WordIds = {
            var ids = WordIds()
            for word in Lexicon.vagueModifiers { _ = ids.id(word) }
            return ids
        }()

        init(_ d: Phrase, reader: PhraseReader, words: WordIds) {
            headWord = NameKey.normalRole(reader.head(of: d))
            head = words.existing(headWord)
            isOrganisation = d.isOrganisation
            gender = d.gender
            genericHead = d.isOrganisation && Lexicon.genericOrganisations.contains(headWord)
            media = Lexicon.mediaHeads.contains(headWord)
            modifiers = []
            if fitsNone { return }
            // One pass and one array: normalised, and without the vague ones ("former", "new").
            let span = d.modifiers.range
            if !span.isEmpty { modifiers.reserveCapacity(span.count) }
            let vague = Self.vague
            for k in span {
                let m = NameKey.normalRole(NameKey.key(reader.lower(k)))
                if vague.existing(m) < 0 { modifiers.append(words.existing(m)) }
            }
        }
    }

    /// Whether entity `index` may be what the description means: its role has
    /// the description's head, and no modifier contradicts its role ("the
    /// finance minister" is not the energy minister).
    /// `counterparts`: whether a counterpart may be meant, which only someone already mentioned can be.
    func compatible(_ d: DescriptionKey, _ index: Int, counterparts: Bool = true) -> Bool {
        let head = d.head
        if d.media {
            guard entities[index].isOrganisation else { return false }
            return entities[index].lastKeys.contains { Lexicon.mediaNameEnds.contains(words.word($0)) }
        }
        if d.isOrganisation {
            // "the company" is no court or agency.
            if d.genericHead, !entities[index].keys.contains(head),
               entities[index].lastKeys.contains(where: { Lexicon.publicBodies.contains(words.word($0)) }) {
                return false
            }
            guard entities[index].isOrganisation, entities[index].keys.contains(head)
                    || entities[index].roleWords.contains(head) || d.genericHead
            else { return false }
            return d.modifiers.allSatisfy { entities[index].keys.contains($0) || entities[index].roleWords.contains($0) }
        }
        guard !entities[index].isOrganisation,
              entities[index].roleWords.contains(head) || counterparts && isCounterpart(index, holding: head)
        else { return false }
        let gender = entities[index].gender
        if d.gender != .unknown, gender != .unknown, d.gender != gender { return false }
        var distinguishing: Bool? = nil
        for m in d.modifiers where !entities[index].roleWords.contains(m) && !entities[index].keys.contains(m) {
            if distinguishing == nil {
                distinguishing = entities[index].roleWords.contains { $0 != head && !Lexicon.vagueModifiers.contains(words.word($0)) }
            }
            if distinguishing == true { return false }
        }
        return true
    }

    /// "his Keltrian counterpart, Aleksandra Moravec" holds the post of the person named before her:
    /// she may be "the minister" as much as he is (and the nearer one wins), but not "the diplomat".
    private func isCounterpart(_ index: Int, holding head: Int32) -> Bool {
        guard head >= 0, counterpartOf.indices.contains(index) else { return false }
        let other = counterpartOf[index]
        return other != index && entities.indices.contains(other) && entities[other].roleWords.contains(head)
    }
}

/// A bit per signature (length and end bytes) of a set of words: a word whose bit is
/// clear is surely not in the set, so only the few left need a real lookup.
struct KeySignatures {
    private var bits = [UInt64](repeating: 0, count: 16)

    private static func signature(_ word: String) -> Int {
        // Through `withUTF8`: the `utf8` view's `last` walks generic indices.
        var copy = word
        return copy.withUTF8 { u in signature(count: u.count, first: u.first, last: u.last) }
    }

    /// The signature of a word of `count` bytes from its first and last bytes.
    private static func signature(count: Int, first: UInt8?, last: UInt8?) -> Int {
        var h = count &* 0x9E37
        if let first { h = (h &* 131) &+ Int(first) }
        if let last { h = (h &* 131) &+ Int(last) }
        return h & 1023
    }

    mutating func insert(_ word: String) {
        let s = Self.signature(word)
        bits[s >> 6] |= 1 << UInt64(s & 63)
    }

    func mayContain(_ word: String) -> Bool {
        let s = Self.signature(word)
        return bits[s >> 6] & (1 << UInt64(s & 63)) != 0
    }

    /// `mayContain(NameKey.key(lowered: reader.lower(i)))` read from the word's scalars, for a
    /// word whose key `PhraseReader.asciiKeyRange` finds there; nil for any other token.
    func mayContainKey(ofWord i: Int, in reader: PhraseReader) -> Bool? {
        guard let key = reader.asciiKeyRange(i) else { return nil }
        let sig = Self.signature(count: key.count, first: reader.lowerByte(key.lowerBound),
                                 last: reader.lowerByte(key.upperBound - 1))
        return bits[sig >> 6] & (1 << UInt64(sig & 63)) != 0
    }
}
