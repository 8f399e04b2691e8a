/// Finds the figures of an article — counts, money, percentages, durations,
/// measures, ages, temperatures, dates, times and ordinals — and the pairs
/// that disagree (see `FigureCheck`).
///
/// Each block's display text is scanned once; positions are mapped back to
/// the source with the block's offset map, so `text == source.slice(range)`.
public enum FigureExtractor {
    public struct Result: Sendable {
        public var figures: [Figure]
        public var conflicts: [FigureConflict]
    }

    public static func extract(_ article: Article) -> Result { extract(AnalysisDocument(article)) }

    /// The figures of `document`'s headline, dek, dateline and paragraphs, read in place in its
    /// buffer (section headings are left out).
    public static func extract(_ document: AnalysisDocument) -> Result {
        var found = FoundFigures()
        let source = document.article.source
        // About one figure per 160 scalars of news copy: room up front spares most of the
        // regrowths, each of which copied every figure so far (capped for huge texts).
        let expected = min(source.scalarCount / 160 + 4, 4096)
        found.figures.reserveCapacity(expected)
        found.facts.reserveCapacity(expected)
        var cursor = SourceCursor(source)
        var buffers = ScanBuffers()
        document.withScalars { all in
            // Through a buffer pointer: each block is read in place, where the array's subscript
            // copied it out, retaining and releasing its text and offset map.
            document.blocks.withUnsafeBufferPointer { blocks in
                for b in blocks.indices where blocks[b].role != .heading {
                    scan(display: UnsafeBufferPointer(rebasing: all[blocks[b].scalars]), map: blocks[b].map,
                         section: blocks[b].section, paragraph: blocks[b].paragraph, source: source, cursor: &cursor,
                         buffers: &buffers, into: &found)
                }
            }
        }
        // Blocks are scanned in reading order and a block's figures come left to right, so the
        // figures are nearly always in order already; the (stable) sort then changes nothing.
        if !isInSourceOrder(found.figures) {
            let order = found.figures.indices.sorted { found.figures[$0].range < found.figures[$1].range }
            found = FoundFigures(figures: order.map { found.figures[$0] }, facts: order.map { found.facts[$0] },
                                 blocks: found.blocks)
        }
        let conflicts = FigureCheck.conflicts(found)
        return Result(figures: found.figures, conflicts: conflicts)
    }

    private static func isInSourceOrder(_ figures: [Figure]) -> Bool {
        for k in figures.indices.dropFirst() where figures[k].range < figures[k - 1].range { return false }
        return true
    }

    /// The arrays a block's scan fills, kept from block to block: each is allocated
    /// (and grown) once per article instead of once per paragraph.
    struct ScanBuffers {
        var tokens = FigureTokens()
        var drafts: [FigureDraft] = []
    }

    /// Figures of one block, with the pronouns of "35 of them" resolved.
    /// Takes the article's source, not the article: captured by the closures in `extract`, an
    /// article was copied (and each of its arrays retained and released) for every block.
    private static func scan(display: UnsafeBufferPointer<Unicode.Scalar>, map: OffsetMap, section: Int,
                             paragraph: Int?, source: SourceText, cursor: inout SourceCursor,
                             buffers: inout ScanBuffers, into found: inout FoundFigures) {
        FigureTokenizer.tokenize(display, into: &buffers.tokens) { i in
            // Display text shows a thin space as a plain one; look at the source.
            let s = map.source(ofDisplay: i)
            guard s >= 0, s < source.scalarCount else { return false }
            let utf8 = source.string.utf8
            let index = utf8.index(utf8.startIndex, offsetBy: source.utf8Offset(ofScalar: s))
            let c = source.string.unicodeScalars[index]
            return c.isNoBreakSpace || c.value == 0x2009 || c.value == 0x200A
        }
        // Local copies for reading; they are gone before the next block refills the buffers, which
        // then reuse their storage (unless the tokens are kept: see `FoundFigures.blocks`).
        let tokens = buffers.tokens
        guard !tokens.isEmpty else { return }
        FigureParser(t: tokens).parseAll(into: &buffers.drafts)
        let drafts = buffers.drafts
        guard !drafts.isEmpty else { return }
        // Sentences are found only as far as the last figure of the block.
        var sentences = Sentences.Cursor(display, tokens: tokens.items)
        var sentence = sentences.next() ?? 0..<display.count
        var sentenceIndex = 0
        let firstLocal = found.facts.count
        // This block's place in `found.blocks`, once a count of it needs its tokens kept.
        let keptBlock = found.blocks.count
        // Read in place: a copy of each draft (with its strings) would be made and destroyed.
        for d in drafts.indices {
            let start = tokens[drafts[d].first].start
            let last = tokens[drafts[d].end - 1]
            let end = last.possessive && last.kind == .word && drafts[d].kind == .date ? last.end - 2 : last.end
            while sentence.upperBound <= start, let next = sentences.next() {
                sentence = next
                sentenceIndex += 1
            }
            let range = map.sourceRange(ofDisplay: start, end)
            var counted: String? = nil
            var head: String? = nil
            let phrase = drafts[d].phrase
            if let phrase {
                if let pronoun = phrase.pronoun(tokens) {
                    if let referent = resolve(pronoun: pronoun, value: drafts[d].value, sentence: sentenceIndex,
                                              in: found.facts[firstLocal...]) {
                        counted = referent
                        head = referent
                    }
                } else {
                    counted = ScalarString.make(display, phrase.start, phrase.stop)
                    head = phrase.head(tokens)
                }
            }
            let checkable = drafts[d].kind == .count && phrase != nil && !(phrase?.isPronoun ?? false)
                && !(phrase?.partitive ?? true) && !drafts[d].vague && !drafts[d].rate && !drafts[d].subset
            // Where the check reads the words before a count it may compare (see `FigureCheck.isCandidate`):
            // the block's tokens are kept for it, and read only for the few counts it compares.
            var context: FigureContext? = nil
            if FigureCheck.isCandidate(checkable: checkable, head: head, value: drafts[d].value) {
                if found.blocks.count == keptBlock { found.blocks.append(KeptBlock(tokens: tokens, map: map)) }
                context = FigureContext(block: keptBlock, first: drafts[d].first, sentenceStart: sentence.lowerBound,
                                        sourceStart: range.start - FigureCheck.contextWindow)
            }
            // Built in the call: a figure held in a local was copied into the array and then
            // destroyed, retaining and releasing each of its strings.
            found.figures.append(Figure(
                range: range, text: cursor.slice(range), kind: drafts[d].kind, value: drafts[d].value,
                low: drafts[d].low, high: drafts[d].high, qualifier: drafts[d].qualifier, unit: drafts[d].unit, counted: counted,
                change: drafts[d].change, from: drafts[d].from, to: drafts[d].to,
                sentence: map.sourceRange(ofDisplay: sentence.lowerBound, sentence.upperBound),
                section: section, paragraph: paragraph))
            found.facts.append(FigureFacts(kind: drafts[d].kind, value: drafts[d].value, head: head,
                                           modifiers: phrase?.modifiers(tokens) ?? "",
                                           isPronoun: phrase?.isPronoun ?? false, checkable: checkable,
                                           bound: drafts[d].bound, sentenceIndex: sentenceIndex, context: context))
        }
    }

    /// A crude stem, enough to match "exchanged" with "exchange".
    static func stem(_ w: String) -> String {
        // ASCII words, nearly all of them, by their bytes: there each character is one byte.
        if let fast = asciiStem(w) { return fast }
        var s = Substring(w)
        for suffix in ["ing", "ed", "es", "s"] where s.count > suffix.count + 2 && s.hasSuffix(suffix) {
            s = s.dropLast(suffix.count)
            break
        }
        if s.hasSuffix("e"), s.count > 3 { s = s.dropLast() }
        return String(s)
    }

    /// `stem` of an ASCII word, or nil for any other.
    private static func asciiStem(_ w: String) -> String? {
        var w = w
        return w.withUTF8 { bytes -> String? in
            var n = bytes.count
            for byte in bytes where byte >= 0x80 { _ = byte; return nil }
            // The first of "ing", "ed", "es", "s" that ends a long enough word, tested in turn:
            // a list of the suffixes was an array allocated on every call. (No local function
            // over `n`: capturing the variable made every test an exclusivity check.)
            if n > 5, bytes.hasSuffix("ing", within: n) {
                n -= 3
            } else if n > 4, bytes.hasSuffix("ed", within: n) || bytes.hasSuffix("es", within: n) {
                n -= 2
            } else if n > 3, bytes.hasSuffix("s", within: n) {
                n -= 1
            }
            if bytes.hasSuffix("e", within: n), n > 3 { n -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self)
        }
    }

    /// What "them" in "35 of them" counts: the nearest earlier count in the
    /// same or the previous sentence that counts something, larger than this one.
    private static func resolve(pronoun: String, value: Double?, sentence: Int,
                                in earlier: ArraySlice<FigureFacts>) -> String? {
        guard pronoun == "them" || pronoun == "those" || pronoun == "these" else { return nil }
        for candidate in earlier.reversed() {
            if candidate.sentenceIndex < sentence - 1 { break }
            guard candidate.kind == .count, let head = candidate.head, !candidate.isPronoun else { continue }
            if let mine = value, let theirs = candidate.value, theirs <= mine { continue }
            return head
        }
        return nil
    }
}

/// An article's figures and, index for index, what the check needs to know about each.
/// Two arrays rather than one of pairs: the result is `figures` itself, not a copy of
/// every figure (and its strings) taken out of a combined array.
struct FoundFigures: Sendable {
    var figures: [Figure] = []
    var facts: [FigureFacts] = []
    /// The tokens of the blocks that hold a count the check may compare (see `FigureContext`).
    var blocks: [KeptBlock] = []
}

/// A block's tokens kept past its scan, with its offset map.
struct KeptBlock: Sendable {
    var tokens: FigureTokens
    var map: OffsetMap
}

/// Where the words before a count lie: its block's tokens before `first`, from display offset
/// `sentenceStart` (its sentence) and source offset `sourceStart` (a window) on.
struct FigureContext: Sendable {
    var block: Int
    var first: Int
    var sentenceStart: Int
    var sourceStart: Int
}

/// What the check and the pronoun resolution need to know about a figure.
struct FigureFacts: Sendable {
    /// The figure's kind and value (for "35 of them").
    var kind: FigureKind
    var value: Double?
    /// The head noun of what is counted, lowercased.
    var head: String?
    /// Words before the head ("seriously wounded Ukrainian").
    var modifiers: String
    /// "35 of them".
    var isPronoun: Bool
    /// A count of a whole named group, not a part, rate or vague amount.
    var checkable: Bool
    var bound: Qualifiers.Bound?
    var sentenceIndex: Int
    /// Where the words before the count lie; nil for a count the check never compares.
    var context: FigureContext?
}
