/// Which way a figure moves what it measures: the verb, adverb or noun of change
/// around it ("rose 4%", "down 12 points", "a 5% increase", "a rise of $2 billion").
/// The words are data (`FigureChangeWords`); the rules only look at their places.
extension FigureParser {
    /// Marks the change of every draft of a block, from the words around it.
    /// A figure linked to a figure of change by "to", "at" or ", or" takes its direction: "rose
    /// 4% to $1.2 billion", "gained 310 points, or 1.9%, to close at 16,522".
    func markChanges(_ drafts: inout [FigureDraft]) {
        for d in drafts.indices where drafts[d].change == nil {
            switch drafts[d].kind {
            case .date, .time, .ordinal, .age: continue
            default: break
            }
            if let c = change(before: drafts[d].first, hasPhrase: drafts[d].phrase != nil)
                ?? change(after: drafts[d].end, hasPhrase: drafts[d].phrase != nil) {
                drafts[d].change = c
            } else if d > 0, let prior = figureOfChange(before: d, in: drafts), let c = drafts[prior].change,
                      linksChange(from: drafts[d - 1].end, to: drafts[d].first) {
                drafts[d].change = c
                // "closed down 12 points at 7,440", "the index rose 1.4% to 8,112.6": the index's level, in points.
                if drafts[d].kind == .count, drafts[d].phrase == nil, drafts[d].unit == nil,
                   drafts[prior].unit == "point" || indexWordBefore(drafts[d].first) {
                    drafts[d].kind = .measure
                    drafts[d].unit = "point"
                }
            }
        }
    }

    /// "fell from 412 to 305", "narrowed from 3.4 percent to 2.9 percent", "halved its fleet from 40 to 20
    /// aircraft": one figure of change with both ends, its value the level reached. The "from" at `i`
    /// follows a verb of change in its clause, or the numbers go down (a range goes up).
    func fromToChange(at i: Int) -> FigureDraft? {
        guard mayBeginQuantity(i + 1), let a = amount(at: i + 1, qualified: true, allowRange: false), a.low == nil, a.high == nil,
              isWord(a.end, "to"), let from = a.value else { return nil }
        let verb = changeVerb(before: i)
        guard var b = amount(at: a.end + 1, qualified: false, allowRange: false), b.low == nil, b.high == nil,
              let to = b.value, to != from else { return nil }
        guard verb != nil || to < from else { return nil }
        guard a.unit == nil || b.unit == nil || (a.kind == b.kind && a.unit == b.unit) else { return nil }
        if b.unit == nil, a.unit != nil {
            b.unit = a.unit
            b.kind = a.kind
        }
        b.first = i
        b.from = from
        b.to = to
        b.change = to > from ? .up : .down
        return b
    }

    /// A verb or adverb of change among the few words before `i`, within its clause: "fell from",
    /// "halved its fleet from".
    func changeVerb(before i: Int, reach: Int = 4) -> FigureChange? {
        var b = i - 1
        while b >= 0, i - b <= reach, t[b].kind == .word {
            let w = t.text(b)
            if let c = FigureChangeWords.verbs[w] ?? FigureChangeWords.adverbs[w] ?? FigureChangeWords.byVerbs[w] {
                return c
            }
            b -= 1
        }
        return nil
    }

    /// The figure before draft `d` that a change would come from: the one right before, or the one
    /// before a date right after it ("rose 11% last year to €2.1 million").
    private func figureOfChange(before d: Int, in drafts: [FigureDraft]) -> Int? {
        let p = d - 1
        // "eased to 2.1% in March from 2.4%": past a date right after the figure, or after one preposition.
        if drafts[p].kind == .date, p > 0, drafts[p].first - drafts[p - 1].end <= 1 { return p - 1 }
        return p
    }

    /// Only linking words between two figures: "to", "at", ", or", "to close at".
    private func linksChange(from end: Int, to first: Int) -> Bool {
        guard first > end, first - end <= 5 else { return false }
        var sawLink = false
        for k in end..<first {
            if symbol(k) == "," { continue }
            guard let w = word(k), FigureChangeWords.links.contains(w) else { return false }
            if w == "to" || w == "at" || w == "or" || w == "from" { sawLink = true }
        }
        return sawLink
    }

    /// The change a verb or adverb before token `first` gives: "rose 4%", "fell sharply by $2 billion",
    /// "up 12%", "up from 1.9 million", "a rise of 5%".
    func change(before first: Int) -> FigureChange? {
        change(before: first, hasPhrase: false)
    }

    private func change(before first: Int, hasPhrase _: Bool) -> FigureChange? {
        var b = first - 1
        guard b >= 0, t[b].kind == .word else { return nil }
        // One mask rejects most words before a figure: none of the words of change, "by", "to", "of",
        // "from", nor an adverb of manner ("sharply") before one.
        if !t[b].cls.contains(.change) {
            guard b > 0, t[b - 1].kind == .word, t[b - 1].cls.contains(.change), t.text(b).hasSuffix("ly") else {
                return nil
            }
        }
        // "a rise of 5%", "an increase of $2 billion": a noun of change and "of".
        if isWord(b, "of") {
            guard let w = word(b - 1), let c = FigureChangeWords.nouns[w] else { return nil }
            return c
        }
        // "up from 1.9 million", "down from a year earlier".
        if isWord(b, "from") {
            guard let w = word(b - 1), let c = FigureChangeWords.adverbs[w] else { return nil }
            return c
        }
        // "cut the price of its hatchback by 1,500 euros": the verb a few words before "by".
        if isWord(b, "by"), let c = changeVerb(before: b, reach: 7) { return c }
        // "cut its forecast to 2%", "widened its lead to 8 points": the verb a few words before "to".
        if isWord(b, "to"), !wordIs(b - 1, .change), let c = changeVerb(before: b, reach: 5) { return c }
        // "climbed to 5.1%", "edged down to 3.7%": the level a change reached.
        if isWord(b, "by") || isWord(b, "to") { b -= 1 }
        // One adverb of manner: "rose sharply by 4%", "fell slightly".
        if let w = word(b), FigureChangeWords.verbs[w] == nil, FigureChangeWords.adverbs[w] == nil,
           w.hasSuffix("ly"), w.utf8Count > 4 {
            b -= 1
        }
        guard let w = word(b) else { return nil }
        if let c = FigureChangeWords.verbs[w] { return measuresSize(first) ? nil : c }
        // "edged down to 3.7%", but not "folds down to 40 centimetres".
        if let c = FigureChangeWords.adverbs[w] {
            if isWord(b + 1, "to"), let carrier = word(b - 1), !FigureChangeWords.carriers.contains(carrier),
               FigureChangeWords.verbs[carrier] == nil {
                return nil
            }
            // "makes up two-thirds", "set up 12 stations": a phrasal verb, not a change.
            if let verb = word(b - 1), FigureChangeWords.phrasalVerbs.contains(verb) { return nil }
            return c
        }
        return nil
    }

    /// "rises 310 metres above the docks": a size, not a change.
    private func measuresSize(_ first: Int) -> Bool {
        var k = first
        // Past the qualifier: "surged above $100" is a change.
        while k < t.count, k - first < 4, t[k].kind == .word, t[k].cls.contains(.qualifier) { k += 1 }
        while k < t.count, k - first < 6, t[k].kind != .word || !t[k].cls.isDisjoint(with: .unitOrNumber) { k += 1 }
        guard let w = word(k) else { return false }
        return FigureChangeWords.sizeWords.contains(w)
    }

    /// A word naming an index in the few words before `first`: "the Dorrin index rose 1.4% to 8,112.6".
    func indexWordBefore(_ first: Int) -> Bool {
        var b = first - 1
        while b >= 0, first - b <= 16 {
            if let w = word(b), FigureChangeWords.indexWords.contains(w) { return true }
            b -= 1
        }
        return false
    }

    /// The change a word right after the figure gives: "a 5% increase", "closed 2% higher".
    private func change(after end: Int, hasPhrase: Bool) -> FigureChange? {
        guard !hasPhrase, wordIs(end, .change), let w = word(end), t[end].spaceBefore || isDash(end - 1) else {
            return nil
        }
        return FigureChangeWords.nounsAfter[w]
    }
}

/// The words of change, by direction. Data only: see `FigureParser.markChanges`.
enum FigureChangeWords {
    private static let upVerbs = [
        "rose", "rise", "rises", "rising", "risen", "climbed", "climb", "climbs", "climbing", "jumped", "jump",
        "jumps", "jumping", "increased", "increase", "increases", "increasing", "grew", "grow", "grows", "growing",
        "grown", "gained", "gain", "gains", "gaining", "surged", "surge", "surges", "surging", "soared", "soar",
        "soars", "soaring", "advanced", "advances", "advancing", "added", "adding", "adds", "boosted", "boost", "boosts", "boosting", "widened", "widen", "widens", "widening",
        "expanded", "expand", "expands", "expanding", "rallied", "rally", "rallies", "rallying", "spiked",
        "spikes", "swelled", "swell", "swells", "swollen", "hiked", "hike", "hikes", "hiking", "lifted", "lift",
        "lifts", "ballooned", "rebounded", "rebound", "rebounds", "recovered", "accelerated", "accelerates",
        "skyrocketed", "rocketed", "leapt", "leaped", "leap", "leaps", "mounted", "inflated", "topped",
        "doubled", "tripled", "trebled", "quadrupled", "extended", "stretched",
    ]
    private static let downVerbs = [
        "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined",
        "decline", "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "slipped", "slip",
        "slips", "slipping", "slid", "slide", "slides", "sliding", "plunged", "plunge", "plunges", "plunging",
        "tumbled", "tumble", "tumbles", "tumbling", "sank", "sink", "sinks", "sinking", "sunk", "slumped", "slump",
        "slumps", "slumping", "dipped", "dip", "dips", "dipping", "eased", "ease", "eases", "easing", "lost",
        "lose", "loses", "losing", "shed", "sheds", "shedding", "cut", "cuts", "cutting", "lowered", "lowers",
        "lowering", "narrowed", "narrow", "narrows", "narrowing", "shrank", "shrink", "shrinks", "shrinking",
        "shrunk", "contracted", "contracts", "contracting", "reduced", "reduce", "reduces", "reducing", "trimmed",
        "trim", "trims", "trimming", "slashed", "slash", "slashes", "slashing", "retreated", "retreat", "retreats",
        "plummeted", "plummet", "plummets", "crashed", "collapsed", "weakened", "dived", "dove", "deflated",
        "halved", "shortened", "tanked", "sagged", "skidded", "slowed", "declined", "receded", "subsided",
        "downgraded", "devalued",
    ]
    /// "up 4%", "down from 1.9 million", "4% higher".
    private static let upAdverbs = ["up", "higher", "upward", "upwards"]
    private static let downAdverbs = ["down", "lower", "downward", "downwards", "off"]
    /// Nouns of change: "a rise of 5%" (before "of") and "a 5% rise" (after the figure).
    private static let upNouns = [
        "rise", "rises", "increase", "increases", "jump", "jumps", "gain", "gains", "hike", "hikes", "surge",
        "climb", "boost", "uptick", "upswing", "growth", "expansion", "raise", "rebound", "spike", "leap",
    ]
    private static let downNouns = [
        "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases", "cut", "cuts", "reduction",
        "reductions", "slump", "plunge", "dip", "slide", "contraction", "downturn", "retreat",
        "tumble", "slowdown",
    ]

    /// Verbs that carry "up" or "down" as a change: "edged down to", "was up 4%".
    static let carriers: WordSet = [
        "edged", "edges", "edge", "inched", "inches", "ticked", "ticks", "crept", "creeps", "moved", "moves", "came",
        "come", "comes", "went", "go", "goes", "gone", "going", "was", "were", "is", "are", "be", "been", "being",
        "revised", "marked", "trended", "nudged", "closed", "closes", "ended", "ends", "finished", "opened",
        "traded", "trading", "stood", "slightly", "sharply", "way", "back", "further",
    ]

    /// Verbs whose "up" or "down" is a particle: "makes up two-thirds", "set up 12 stations".
    static let phrasalVerbs: WordSet = [
        "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "set", "sets", "setting",
        "sum", "sums", "summed", "pick", "picks", "picked", "break", "breaks", "broke", "broken", "back", "backed",
        "shut", "shuts", "turn", "turns", "turned", "show", "shows", "showed", "build", "builds", "built", "step",
        "steps", "stepped", "sign", "signs", "signed", "fold", "folds", "folded", "bring", "brings", "brought",
        "put", "puts", "give", "gives", "gave", "given", "write", "writes", "wrote", "written", "track", "tracked",
        "narrow", "narrowed", "wind", "winds", "wound", "count", "counts", "counted", "hand", "handed", "hands",
        "shot", "shoot", "shoots", "line", "lined", "lines", "round", "rounded", "mark", "marks", "chalk", "chalked",
    ]

    /// Words after a measure that make it a size, not a change: "rises 310 metres above the docks".
    static let sizeWords: WordSet = ["above", "high", "tall", "into", "deep", "below", "long", "wide"]

    /// Words that name a stock index: its levels are in points.
    static let indexWords: WordSet = ["index", "indices", "indexes", "composite", "benchmark", "average"]

    /// Words between a figure of change and the figure it leads to ("to close at").
    static let links: WordSet = [
        "to", "at", "or", "close", "closed", "closing", "end", "ended", "finish", "finished", "settle", "settled",
        "stand", "stood", "reach", "reached", "higher", "lower", "up", "down", "from",
    ]

    static let verbs = table(up: upVerbs, down: downVerbs)
    /// Verbs that change a figure only with "by" or "from … to": "raised prices by 5%", where "raised
    /// $40 million" is money raised.
    static let byVerbs = table(up: ["raised", "raise", "raises", "raising"], down: [])
    static let adverbs = table(up: upAdverbs, down: downAdverbs)
    static let nouns = table(up: upNouns, down: downNouns)
    /// After a figure: a noun of change or "higher"/"lower".
    static let nounsAfter = table(up: upNouns + ["higher", "up"], down: downNouns + ["lower", "down"])

    /// Every word the rules of change look up, for the lexicon's `.change` class.
    static var allWords: [String] {
        upVerbs + downVerbs + upAdverbs + downAdverbs + upNouns + downNouns + ["higher", "lower", "by", "to", "of", "from"]
            + ["raised", "raise", "raises", "raising"]
    }

    private static func table(up: [String], down: [String]) -> WordTable<FigureChange> {
        WordTable(pairs: up.map { ($0, FigureChange.up) } + down.map { ($0, FigureChange.down) })
    }
}
