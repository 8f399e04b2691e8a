/// Finds direct quotations and their speakers.
///
/// The headline, dek, section headings and paragraphs are scanned in reading order: quotation
/// marks are paired per block (`QuoteScanner`), a quote left open at the end
/// of a paragraph continues when the next paragraph opens with a mark, the
/// narrative around each quote is read for its speaker (`AttributionReader`),
/// and names, descriptions and pronouns are linked to people
/// (`Coreference`). Every step is linear in the text, or bounded per quote.
public enum QuoteExtractor {
    public struct Result: Sendable {
        public var quotes: [Quote]
        public var speakers: [Speaker]
        public var warnings: [String]
    }

    struct BlockInfo {
        var map: OffsetMap
        var section: Int
        var paragraph: Int?
        /// Set once the document's buffer is held (see `extract(_:)`).
        var scalars = BlockScalars(UnsafeBufferPointer(start: nil, count: 0))
        /// How a warning names a block that is not a paragraph.
        var place: String
    }

    struct Part {
        var block: Int
        var start: Int
        var end: Int
    }

    /// A quotation being assembled, possibly over several paragraphs.
    struct Draft {
        var parts: SmallList<Part>
        var family: QuoteFamily
        var closed: Bool
        var slot = QuoteSlot()
        var speaker: Int? = nil
        var via: SpeakerVia? = nil
        /// A subject that names no one known ("officials", "a spokesman for the port", "the
        /// report"): the quote's speaker is that source, as written.
        var unnamed: WrittenForm? = nil
        var unnamedIsOrganisation = false
        var kind = QuoteKind.scare
        var firstToken = 0
        var lastToken = 0
        var isEmpty: Bool { parts.allSatisfy { $0.start >= $0.end } }
        var firstBlock: Int { parts.first?.block ?? 0 }
        var lastBlock: Int { parts.last?.block ?? 0 }
    }


    public static func extract(_ article: Article) -> Result { extract(AnalysisDocument(article)) }

    /// The quotes of `document`'s headline, dek, section headings ("'We will rebuild': the mayor's
    /// plan") and paragraphs, read in place in its buffer; not of its dateline, a place and a date.
    public static func extract(_ document: AnalysisDocument) -> Result {
        var blocks: [BlockInfo] = []
        // Where each block's scalars lie in the document's buffer.
        var ranges: [Range<Int>] = []
        blocks.reserveCapacity(document.blocks.count)
        ranges.reserveCapacity(document.blocks.count)
        for block in document.blocks {
            let place: String
            switch block.role {
            case .dateline: continue
            case .headline, .paragraph: place = "the headline"
            case .dek: place = "the subheadline"
            case .heading: place = "a section heading"
            }
            blocks.append(BlockInfo(map: block.map, section: block.section,
                                    paragraph: block.role == .paragraph ? block.paragraph : nil, place: place))
            ranges.append(block.scalars)
        }
        // Every block, token and reader below reads the buffer in place, inside this call only.
        return document.withScalars { buffer in
            for b in blocks.indices { blocks[b].scalars = BlockScalars(UnsafeBufferPointer(rebasing: buffer[ranges[b]])) }
            return extract(document.article, blocks: blocks)
        }
    }

    /// The quotes of `blocks`, whose scalars are read in place (valid during this call only).
    private static func extract(_ article: Article, blocks: [BlockInfo]) -> Result {
        var warnings: [String] = []
        var (drafts, spans) = pair(blocks, warnings: &warnings)

        var readers: [AttributionReader] = []
        readers.reserveCapacity(blocks.count)
        // By index, here and below: a block's info copied out would retain and release its text.
        for b in blocks.indices {
            let scalars = blocks[b].scalars
            let (tokens, lowers, quoteTokens) = NarrativeTokenizer.tokenize(scalars, quotes: spans[b])
            for k in quoteTokens where tokens.indices.contains(k) && drafts.indices.contains(tokens[k].quote) {
                let t = tokens[k]
                if drafts[t.quote].firstBlock == b { drafts[t.quote].firstToken = k }
                if drafts[t.quote].lastBlock == b { drafts[t.quote].lastToken = k }
            }
            readers.append(AttributionReader(reader: PhraseReader(tokens: tokens, lowers: lowers, scalars: scalars)))
        }

        // Who the narrative around each quote names.
        var events: [MentionEvent] = []
        // About one mention in ten tokens: room for one in eight, so the list grows once or not at all.
        var tokenCount = 0
        for r in readers { tokenCount += r.tokens.count }
        events.reserveCapacity(tokenCount / 8 + 8)
        var taken: Set<TokenPosition> = []
        taken.reserveCapacity(drafts.count)
        // A title-case headline or heading ("Kettering Endorses Hollis") glues verbs onto names: its
        // capitalised runs are not read as names, and its quotes take no speaker from it.
        var titleCase = Array(repeating: false, count: blocks.count)
        for b in blocks.indices where blocks[b].paragraph == nil { titleCase[b] = readers[b].isTitleCase }
        for d in drafts.indices {
            let left = readers[drafts[d].firstBlock], right = readers[drafts[d].lastBlock]
            drafts[d].slot = left.slot(leftToken: drafts[d].firstToken, rightToken: drafts[d].lastToken, rightReader: right)
            if titleCase[drafts[d].firstBlock] || titleCase[drafts[d].lastBlock] { drafts[d].slot.phrase = nil }
            if let p = drafts[d].slot.phrase, p.kind != .invalid {
                let block = drafts[d].slot.inRightBlock ? drafts[d].lastBlock : drafts[d].firstBlock
                let position = TokenPosition(block: block, token: p.start)
                if taken.insert(position).inserted {
                    events.append(MentionEvent(position: position, phrase: p, salient: true, speaks: true))
                }
            }
        }
        // A block's scan finds positions in that block only, so the speakers' positions are all it
        // skips: sorted once, they are searched, not hashed, and the scans' own positions are not kept.
        let speakerPositions = taken.sorted()
        // Which mention each token holds, one list for the article rather than a dictionary per block.
        var longest = 0
        for r in readers { longest = max(longest, r.tokens.count) }
        var seen = Array(repeating: -1, count: longest)
        for b in blocks.indices where !titleCase[b] {
            let scanner = MentionScanner(attribution: readers[b], block: b)
            scanner.scan(skipping: speakerPositions, into: &events, seen: &seen)
        }
        var coref = Coreference(events: consume events)
        coref.linkNames(readers)
        coref.add(laterMentions(readers, coref: coref, taken: coref.events))
        coref.resolve(readers)
        // Who each block's narrative is about, in reading order: the events are sorted by
        // position, so one flat list holds every block's topics, block after block.
        var topics: [Topic] = []
        topics.reserveCapacity(coref.events.count)
        var topicStart = Array(repeating: 0, count: blocks.count + 1)
        for e in coref.events {
            guard let entity = e.entity else { continue }
            let b = e.position.block
            if blocks.indices.contains(b) {
                topics.append(Topic(token: e.position.token, entity: entity, salient: e.salient))
                topicStart[b + 1] = topics.count
            }
        }
        // A block without topics starts (and ends) where the one before it ends.
        for b in 0..<blocks.count where topicStart[b + 1] < topicStart[b] { topicStart[b + 1] = topicStart[b] }

        attribute(&drafts, blocks: blocks, readers: readers, events: coref.events, entities: coref.entities, topics: topics,
                  topicStart: topicStart)
        return build(article, blocks: blocks, readers: readers, drafts: drafts, coref: coref, warnings: warnings)
    }

    /// Pairs marks in every block and joins quotes that run on into the next paragraph.
    static func pair(_ blocks: [BlockInfo], warnings: inout [String])
        -> ([Draft], [[(start: Int, end: Int, index: Int)]]) {
        var drafts: [Draft] = []
        var spans: [[(start: Int, end: Int, index: Int)]] = Array(repeating: [], count: blocks.count)
        var carry: Int? = nil
        func warn(_ d: Draft) {
            let info = blocks[d.lastBlock]
            warnings.append("unclosed quotation mark in " + (info.paragraph.map { "paragraph \($0 + 1)" } ?? info.place))
        }
        for b in blocks.indices {
            let s = blocks[b].scalars
            let inParagraph = blocks[b].paragraph != nil
            for (k, q) in QuoteScanner.scan(s).enumerated() {
                let end = q.close.map { $0 + q.closeWidth } ?? s.count
                var start = q.open + q.openWidth, stop = q.close ?? s.count
                while start < stop, s[start].isSpaceOrBreak { start += 1 }
                while stop > start, s[stop - 1].isSpaceOrBreak { stop -= 1 }
                let part = Part(block: b, start: start, end: stop)
                if k == 0, let c = carry, q.open == 0, inParagraph, drafts[c].family == q.family {
                    drafts[c].parts.append(part)
                    drafts[c].closed = q.close != nil
                    spans[b].append((q.open, end, c))
                    carry = q.close == nil ? c : nil
                    continue
                }
                if let c = carry { warn(drafts[c]); carry = nil }
                drafts.append(Draft(parts: SmallList(part), family: q.family, closed: q.close != nil))
                spans[b].append((q.open, end, drafts.count - 1))
                if q.close == nil { carry = inParagraph ? drafts.count - 1 : nil }
                if q.close == nil, !inParagraph { warn(drafts[drafts.count - 1]) }
            }
            if let c = carry, drafts[c].lastBlock != b { warn(drafts[c]); carry = nil }
        }
        if let c = carry { warn(drafts[c]) }
        return (drafts, spans)
    }

    /// Every later use of a known name word ("Zelensky" once "Volodymyr Zelensky" is known).
    /// `taken` is sorted by position, as `Coreference.events` is, so each block's phrases are read in turn.
    static func laterMentions(_ readers: [AttributionReader], coref: Coreference, taken: [MentionEvent]) -> [MentionEvent] {
        var out: [MentionEvent] = []
        // Most capitalised words name no one known: a cheap signature test spares them the hash lookup.
        let known = coref.keySignatures()
        var next = 0
        for b in readers.indices {
            let r = readers[b].reader
            let tokens = r.tokens
            while next < taken.count, taken[next].position.block < b { next += 1 }
            // A token inside a phrase already taken is skipped. The block's phrases come sorted by
            // start (their position's token): those starting at or before a token are taken in
            // as the tokens go, and the furthest end among them says whether the token is inside one.
            var phrase = next
            var coveredUpTo = 0
            for (k, t) in tokens.enumerated() where t.isNameWord {
                while phrase < taken.count, taken[phrase].position.block == b, max(taken[phrase].phrase.start, 0) <= k {
                    coveredUpTo = max(coveredUpTo, taken[phrase].phrase.end)
                    phrase += 1
                }
                if k < coveredUpTo { continue }
                // Most name words are no known name's: their signature says so, and the word ids
                // find the others, from the scalars, without a string.
                if let quick = known.mayContainKey(ofWord: k, in: r) {
                    guard quick, coref.hasEntity(keyOfWord: k, in: r) == true else { continue }
                } else {
                    let key = NameKey.key(lowered: r.lower(k))
                    guard known.mayContain(key), coref.hasEntity(named: key) else { continue }
                }
                var p = Phrase(kind: .name, start: k, end: k + 1)
                p.name = TokenSpan(k, k + 1)
                p.nameless = true
                var event = MentionEvent(position: TokenPosition(block: b, token: k), phrase: p, salient: r.opensClause(k))
                event.entity = nil
                out.append(event)
            }
        }
        return out
    }

    /// Speakers and kinds, in reading order, so that a quote can continue the one before.
    static func attribute(_ drafts: inout [Draft], blocks: [BlockInfo], readers: [AttributionReader],
                          events: [MentionEvent], entities: [Entity], topics: [Topic], topicStart: [Int]) {
        // Each block's last quote: where it ends, and who spoke it (a known entity, or an unnamed source by
        // the draft that named it), so that a quote without an attribution continues either.
        var lastInBlock = [(token: Int, speaker: Int?, draft: Int)?](repeating: nil, count: blocks.count)
        for d in drafts.indices {
            let draft = drafts[d]
            let slot = draft.slot
            let b = draft.firstBlock
            let tokens = readers[b].tokens
            var speaker: Int? = nil
            var via: SpeakerVia? = nil
            var speech = slot.source != .none
            let valid = slot.phrase.map { $0.kind != .invalid } ?? false
            if slot.labelled {
                speech = false
            } else if valid, let p = slot.phrase {
                let block = slot.inRightBlock ? draft.lastBlock : b
                speaker = entity(at: TokenPosition(block: block, token: p.start), in: events)
                switch p.kind {
                case .pronoun: via = .pronoun
                case .description:
                    // An unnamed source is named by the description that brought it in.
                    var own = speaker == nil
                    if let e = speaker, entities.indices.contains(e), entities[e].anonymous, let w = entities[e].written {
                        own = w.block == block && w.span.range.upperBound == p.end
                    }
                    via = own ? .name : .description
                default: via = .name
                }
                if speaker == nil, p.unnamedSource, let author = author(of: p, block: block, readers: readers, topics: topics,
                                                                       topicStart: topicStart) {
                    // "X said in a statement… ¶ "…," the statement said": the statement is X's.
                    speaker = author
                    via = .description
                } else if speaker == nil, p.kind == .description, readers.indices.contains(block) {
                    // Nobody known: the source as the attribution writes it.
                    drafts[d].unnamed = WrittenForm(block: block, span: TokenSpan(p.start, p.end))
                    drafts[d].unnamedIsOrganisation = p.isOrganisation
                }
            } else {
                let previous = b < lastInBlock.count ? lastInBlock[b] : nil
                let subject = topicStart.indices.contains(b + 1)
                    ? lastTopic(topics, from: topicStart[b], to: topicStart[b + 1], before: draft.firstToken) : nil
                func continues(_ earlier: (token: Int, speaker: Int?, draft: Int)) {
                    speaker = earlier.speaker
                    if speaker == nil, drafts.indices.contains(earlier.draft), let form = drafts[earlier.draft].unnamed {
                        drafts[d].unnamed = form
                        drafts[d].unnamedIsOrganisation = drafts[earlier.draft].unnamedIsOrganisation
                    }
                    if speaker != nil || drafts[d].unnamed != nil { via = .continuation }
                }
                if slot.followsQuoteInSentence, let previous {
                    continues(previous)
                    speech = speech || via != nil
                } else if slot.startsSentence || fullShaped(draft, blocks) || slot.phrase != nil {
                    if let previous, previous.speaker != nil || drafts[previous.draft].unnamed != nil,
                       subject.map({ $0.token < previous.token }) ?? true {
                        continues(previous)
                    } else if let subject {
                        speaker = subject.entity
                        via = .continuation
                    } else if draft.firstToken == 0, let intro = introducer(of: b, readers: readers, topics: topics,
                                                                          topicStart: topicStart) {
                        speaker = intro
                        via = .introduction
                    } else if draft.firstToken == 0, b > 0, b - 1 < lastInBlock.count, let before = lastInBlock[b - 1] {
                        continues(before)
                    }
                    speech = speech || via != nil
                }
            }
            drafts[d].speaker = speaker
            drafts[d].via = via
            drafts[d].kind = kind(draft, blocks, slot: slot, speech: speech, tokens: tokens)
            if draft.lastBlock < lastInBlock.count { lastInBlock[draft.lastBlock] = (draft.lastToken, speaker, d) }
        }
    }

    /// The author of "the statement" (a definite document): the subject of the sentence, in this block
    /// or the one before, where "a statement" was issued ("X said in a statement", "X issued a statement").
    static func author(of p: Phrase, block b: Int, readers: [AttributionReader], topics: [Topic], topicStart: [Int]) -> Int? {
        guard p.head >= 0, readers.indices.contains(b), readers[b].reader.isWord(p.start, "the") else { return nil }
        let head = readers[b].reader.lower(Int(p.head))
        for block in [b, b - 1] where readers.indices.contains(block) && topicStart.indices.contains(block + 1) {
            let r = readers[block]
            var k = block == b ? p.start - 1 : r.tokens.count - 1
            while k > 0 {
                if r.tokens[k].isWord, r.tokens[k].has(.document), r.reader.lower(k) == head,
                   r.reader.isWord(k - 1, "a") || r.reader.isWord(k - 1, "an") {
                    let sentence = r.sentenceStart(k)
                    if let t = lastTopic(topics, from: topicStart[block], to: topicStart[block + 1], before: k), t.salient,
                       t.token >= sentence {
                        return t.entity
                    }
                    return nil
                }
                k -= 1
            }
        }
        return nil
    }

    /// "Ana Ruiz said: ¶ "…"", "Our reporter is at the roadblock. He sends this: ¶ "…"": the subject of
    /// the last sentence of the block before, when that sentence ends with a colon.
    static func introducer(of b: Int, readers: [AttributionReader], topics: [Topic], topicStart: [Int]) -> Int? {
        guard b > 0, readers.indices.contains(b - 1), topicStart.indices.contains(b) else { return nil }
        let count = readers[b - 1].tokens.count
        guard count > 1, readers[b - 1].tokens[count - 1].kind == .colon,
              let intro = lastTopic(topics, from: topicStart[b - 1], to: topicStart[b], before: count - 1),
              intro.salient, intro.token >= readers[b - 1].sentenceStart(count - 1) else { return nil }
        return intro.entity
    }

    /// Someone the narrative of a block is about: a resolved mention, and whether it was a subject.
    struct Topic {
        var token: Int
        var entity: Int
        var salient: Bool
    }

    /// The last subject mentioned before `token` in a block, or else the last mention.
    /// `topics[from..<to]` are one block's, sorted by token.
    static func lastTopic(_ topics: [Topic], from: Int, to: Int, before token: Int) -> Topic? {
        guard from >= 0, from <= to, to <= topics.count else { return nil }
        var low = from, high = to
        while low < high {
            let mid = (low + high) / 2
            if topics[mid].token < token { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= max(from, low - 64) {
            if topics[k].salient { return topics[k] }
            k -= 1
        }
        return low > from ? topics[low - 1] : nil
    }

    /// The entity of the last resolved event at `position`; `events` are sorted by position,
    /// so a binary search finds it without a table of positions.
    static func entity(at position: TokenPosition, in events: [MentionEvent]) -> Int? {
        var low = 0, high = events.count
        while low < high {
            let mid = (low + high) / 2
            if events[mid].position <= position { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0, events[k].position == position {
            if let e = events[k].entity { return e }
            k -= 1
        }
        return nil
    }

    /// Starts like a sentence: a capital (or a digit, or a script without case) and three words
    /// or an end mark (a comma or dash too: `"Yes," he said`).
    static func fullShaped(_ d: Draft, _ blocks: [BlockInfo]) -> Bool {
        guard let first = d.parts.first, let last = d.parts.last else { return false }
        let s = blocks[first.block].scalars
        var i = first.start
        while i < first.end, !(s[i].isLetter || s[i].isDigit) { i += 1 }
        guard i < first.end, !s[i].isLowercaseLetter else { return false }
        if d.parts.count > 1 { return true }
        var words = 1
        for k in i..<first.end where s[k] == " " { words += 1; if words >= 3 { return true } }
        let e = blocks[last.block].scalars
        var j = last.end - 1
        while j > last.start, e[j].isQuoteMark || e[j] == ")" { j -= 1 }
        // "Yes," he said.
        return j >= last.start && (e[j].isSentenceTerminal || e[j] == "," || e[j].isDash)
    }

    static func kind(_ d: Draft, _ blocks: [BlockInfo], slot: QuoteSlot, speech: Bool, tokens: [Token]) -> QuoteKind {
        if slot.labelled { return .scare }
        let full = fullShaped(d, blocks)
        if full && slot.source == .reported && !slot.startsSentence {
            // Inside reported speech only a sentence is full: `called it "Europe's biggest mistake"` is partial.
            return wordCount(d, blocks) >= 7 ? .full : .partial
        }
        if full && (speech || slot.startsSentence) { return .full }
        if !full, slot.source == .before, slot.followsQuoteInSentence, endsWithTerminal(d, blocks) { return .full }
        return speech ? .partial : .scare
    }

    /// Words in the quote, counted up to seven.
    static func wordCount(_ d: Draft, _ blocks: [BlockInfo]) -> Int {
        var words = 0
        for part in d.parts {
            let s = blocks[part.block].scalars
            var inWord = false
            for k in part.start..<part.end {
                let letter = s[k].isLetter || s[k].isDigit
                if letter && !inWord { words += 1; if words >= 7 { return words } }
                inWord = letter || (inWord && (s[k] == "'" || s[k] == "\u{2019}" || s[k] == "-"))
            }
        }
        return words
    }

    static func endsWithTerminal(_ d: Draft, _ blocks: [BlockInfo]) -> Bool {
        guard let last = d.parts.last else { return false }
        let e = blocks[last.block].scalars
        var j = last.end - 1
        while j > last.start, e[j].isQuoteMark { j -= 1 }
        return j >= last.start && e[j].isSentenceTerminal
    }

    static func build(_ article: Article, blocks: [BlockInfo], readers: [AttributionReader], drafts: [Draft], coref: Coreference,
                      warnings: [String]) -> Result {
        // Each entity's speaker number, -1 until it has one: entities are numbered densely.
        var speakerOf = Array(repeating: -1, count: coref.entities.count)
        var speakers: [Speaker] = []
        // At most one speaker a quote: one allocation.
        speakers.reserveCapacity(min(drafts.count, coref.entities.count))
        var quotes: [Quote] = []
        quotes.reserveCapacity(drafts.count)
        // Drafts and blocks are read in place: copying one out would retain and release its lists.
        // Unnamed sources by what they are called, so that "officials said" twice is one source.
        var unnamedSpeakers: [String: Int] = [:]
        for k in drafts.indices where !drafts[k].isEmpty {
            var speaker: Int? = nil
            if let e = drafts[k].speaker, speakerOf.indices.contains(e) {
                if speakerOf[e] >= 0 {
                    speaker = speakerOf[e]
                } else {
                    speakers.append(SpeakerGrouping.speaker(e, of: coref.entities, readers: readers))
                    speakerOf[e] = speakers.count - 1
                    speaker = speakers.count - 1
                }
            } else if let form = drafts[k].unnamed, readers.indices.contains(form.block) {
                let source = SpeakerGrouping.unnamed(form, organisation: drafts[k].unnamedIsOrganisation, readers: readers)
                let key = source.name.quickLowercased
                if let known = unnamedSpeakers[key] {
                    speaker = known
                } else if !source.name.isEmpty {
                    speakers.append(source)
                    speaker = speakers.count - 1
                    unnamedSpeakers[key] = speaker
                }
            }
            var parts: [SourceRange] = []
            parts.reserveCapacity(drafts[k].parts.count)
            for p in drafts[k].parts where p.start < p.end {
                parts.append(blocks[p.block].map.sourceRange(ofDisplay: p.start, p.end))
            }
            guard let first = parts.first, let last = parts.last else { continue }
            let range = SourceRange(first.start, last.end)
            let b = drafts[k].firstBlock
            quotes.append(Quote(range: range, text: article.source.slice(range), kind: drafts[k].kind, speaker: speaker,
                                via: drafts[k].via, section: blocks[b].section, paragraph: blocks[b].paragraph, parts: parts))
        }
        quotes.sort { $0.range < $1.range }
        return Result(quotes: quotes, speakers: speakers, warnings: warnings)
    }
}
