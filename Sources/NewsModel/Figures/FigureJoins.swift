/// Figures that the scan finds apart but that are one figure: both ends of a range
/// written as two bounds ("greater than 12 and below 30 ppm", "from €35 up to €120"),
/// two numbers sharing one unit ("eight or nine euros"), both ends of a change
/// ("to 3.7% from 3.9%", "2.5 million visitors, up from 1.9 million") and date or
/// time spans ("July 7 to July 13", "between 8:00 and 9:30 a.m."). One pass over a
/// block's drafts, each pair looked at once.
extension FigureParser {
    func joinDrafts(_ out: inout [FigureDraft]) {
        // In place, and only for drafts at most four tokens apart: most pairs are further apart, and
        // copying a draft retains and releases its strings.
        var k = 0
        while k + 1 < out.count {
            let gap = out[k + 1].first - out[k].end
            if gap >= 0, gap <= 4, let merged = join(out[k], out[k + 1]) {
                out[k] = merged
                out.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// Borrowed: a draft passed by value was copied (retaining its strings) for every pair tried.
    private func join(_ a: borrowing FigureDraft, _ b: borrowing FigureDraft) -> FigureDraft? {
        let gap = b.first - a.end
        guard gap >= 0, gap <= 4 else { return nil }
        // A bound and the bound that closes it: "greater than 12 and below 30 ppm", "from €35 up to €120".
        if a.bound == .low, b.bound == .high, gap == 1, isWord(a.end, "and"), kindsAgree(a, b),
           let lo = a.value, let hi = b.value, lo < hi {
            return range(a, b, low: lo, high: hi, first: a.first)
        }
        if isWord(a.first - 1, "from"), a.low == nil, a.high == nil, b.qualifier == "up to", gap == 0, kindsAgree(a, b),
           let lo = a.value, let hi = b.value, lo < hi {
            return range(a, b, low: lo, high: hi, first: a.first - 1)
        }
        // "eight or nine euros", "two or three days": one unit for both numbers.
        if gap == 1, isWord(a.end, "or"), a.kind == .count, a.phrase == nil, a.unit == nil, a.low == nil, a.high == nil,
           b.low == nil, b.high == nil, b.qualifier == nil, let lo = a.value, let hi = b.value, lo < hi, hi - lo <= max(1, lo),
           t[b.first].kind == t[a.first].kind {
            var r = range(a, b, low: lo, high: hi, first: a.first)
            r.kind = b.kind
            r.unit = b.unit
            return r
        }
        // "July 7 to July 13", "between 8:00 and 9:30 a.m.": a span of dates or times.
        if a.kind == b.kind, a.kind == .date || a.kind == .time, gap == 1, isWord(a.end, "to") || isWord(a.end, "and"),
           let lo = a.value, let hi = b.value, lo < hi, a.low == nil, b.low == nil {
            let between = isWord(a.first - 1, "between")
            guard isWord(a.end, "to") || between else { return nil }
            var r = range(a, b, low: lo, high: hi, first: between ? a.first - 1 : a.first)
            if between { r.qualifier = "between" }
            return r
        }
        // "to 3.7% from 3.9%": the level reached, then where it came from.
        if gap == 1, isWord(a.end, "from"), isWord(a.first - 1, "to"), a.low == nil, b.low == nil, b.high == nil,
           kindsAgree(a, b), let to = a.value, let from = b.value, change(before: a.first) != nil {
            var r = copy a
            r.first = a.first - 1
            r.end = b.end
            r.from = from
            r.to = to
            if r.unit == nil { r.unit = b.unit; r.kind = b.kind }
            r.change = change(before: a.first) ?? (to > from ? .up : .down)
            return r
        }
        // "2.5 million visitors, up from 1.9 million": the new level, then the old.
        if gap == 3 || gap == 2, isWord(b.first - 1, "from"), let direction = FigureChangeWords.adverbs[word(b.first - 2) ?? ""],
           gap == 2 || symbol(a.end) == ",", a.low == nil, b.low == nil, b.high == nil, kindsAgree(a, b),
           let to = a.value, let from = b.value {
            var r = copy a
            r.end = b.end
            r.from = from
            r.to = to
            r.change = direction
            return r
        }
        return nil
    }

    /// Both drafts measure the same thing: the same kind and unit, or one side without a unit.
    private func kindsAgree(_ a: borrowing FigureDraft, _ b: borrowing FigureDraft) -> Bool {
        if a.unit == nil, a.kind == .count { return true }
        if b.unit == nil, b.kind == .count { return true }
        return a.kind == b.kind && a.unit == b.unit
    }

    private func range(_ a: borrowing FigureDraft, _ b: borrowing FigureDraft, low: Double, high: Double,
                       first: Int) -> FigureDraft {
        var r = b.unit != nil || b.phrase != nil ? copy b : copy a
        r.first = first
        r.end = b.end
        r.low = low
        r.high = high
        r.value = low
        r.qualifier = a.qualifier ?? b.qualifier
        r.bound = nil
        if r.unit == nil { r.unit = a.unit ?? b.unit }
        if r.kind == .count, b.kind != .count { r.kind = b.kind }
        if r.phrase == nil { r.phrase = b.phrase ?? a.phrase }
        return r
    }
}
