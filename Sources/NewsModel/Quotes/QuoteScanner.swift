/// Quotation mark styles. A closing mark only closes a quote opened in its own
/// family, so an apostrophe can never close a double quote.
enum QuoteFamily: UInt8, Sendable {
    case double, single, guillemet, singleGuillemet, corner, whiteCorner
}

/// A top-level quotation in one block, by display offsets of its marks.
/// Quotes nested inside it are part of its text and are not reported apart.
struct ScannedQuote: Sendable, Equatable {
    var open: Int
    /// The closing mark; nil when the block ended with the quote still open.
    var close: Int?
    var family: QuoteFamily
    /// Two for a mark written as two apostrophes (''It is over,'' she said), one otherwise.
    var openWidth = 1
    var closeWidth = 1
}

/// Pairs quotation marks in one block of display text.
///
/// One pass with a small stack of open marks: a mark's direction comes from
/// its shape (curly, guillemet, corner) or, for straight marks, from what is
/// on either side of it. Apostrophes are single marks between letters, before
/// a two-digit year ('90s), in "'n'", or closing-shaped with no single quote
/// open (the Joneses'). A single quote still open at the end of the block was
/// an apostrophe too ('em): the block is paired again without it. The stack is
/// bounded, so hostile runs of marks cost linear time.
enum QuoteScanner {
    static let maxDepth = 6

    private enum Hint { case open, close, either }

    private static func classify(_ c: Unicode.Scalar) -> (QuoteFamily, Hint)? {
        switch c.value {
        case 0x22, 0xFF02: return (.double, .either)
        case 0x201C, 0x201E, 0x201F: return (.double, .open)
        case 0x201D: return (.double, .close)
        case 0x27: return (.single, .either)
        case 0x2018, 0x201A, 0x201B: return (.single, .open)
        case 0x2019: return (.single, .close)
        case 0xAB: return (.guillemet, .open)
        case 0xBB: return (.guillemet, .close)
        case 0x2039: return (.singleGuillemet, .open)
        case 0x203A: return (.singleGuillemet, .close)
        case 0x300C: return (.corner, .open)
        case 0x300D: return (.corner, .close)
        case 0x300E: return (.whiteCorner, .open)
        case 0x300F: return (.whiteCorner, .close)
        default: return nil
        }
    }

    /// Whether an opening-shaped `mark` closes a quote opened by `opener`:
    /// German „…“, Danish »…«.
    private static func closesReversed(_ opener: Unicode.Scalar, _ mark: Unicode.Scalar) -> Bool {
        switch (opener.value, mark.value) {
        case (0x201E, 0x201C), (0x201A, 0x2018), (0xBB, 0xAB), (0x203A, 0x2039): return true
        default: return false
        }
    }

    private static func opensContext(_ c: Unicode.Scalar) -> Bool {
        if c.isSpaceOrBreak || c.isQuoteMark || c.isDash { return true }
        switch c {
        case "(", "[", "{", "/", ":", "\u{2026}": return true
        default: return false
        }
    }

    private static func closesContext(_ c: Unicode.Scalar) -> Bool {
        if c.isSpaceOrBreak || c.isQuoteMark || c.isDash || c.isSentenceTerminal { return true }
        switch c {
        case ",", ";", ":", ")", "]", "}", "/", "\u{3001}", "\u{FF0C}": return true
        default: return false
        }
    }

    static func scan(_ s: [Unicode.Scalar]) -> [ScannedQuote] { s.withUnsafeBufferPointer { scan(BlockScalars($0)) } }

    static func scan(_ s: BlockScalars) -> [ScannedQuote] {
        var ignored: [Bool] = []
        var result: [ScannedQuote] = []
        for _ in 0..<3 {
            // `pass` reads only indices it has checked against the count.
            let (quotes, strays) = s.withUnsafeBufferPointer { pass($0, ignored: ignored) }
            result = quotes
            if strays.isEmpty { break }
            if ignored.isEmpty { ignored = Array(repeating: false, count: s.count) }
            for i in strays where i < ignored.count { ignored[i] = true }
        }
        return result
    }

    private struct Open { var family: QuoteFamily; var mark: Unicode.Scalar; var index: Int; var width = 1 }

    /// The last single mark shaped like a closer: after a letter or punctuation, before a space
    /// or the end; -1 for none.
    private static func lastSingleCloser(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        let n = s.count
        var k = n - 1
        while k > 0 {
            if (s[k] == "'" || s[k] == "\u{2019}"), !s[k - 1].isSpaceOrBreak, k + 1 >= n || closesContext(s[k + 1]) {
                return k
            }
            k -= 1
        }
        return -1
    }

    /// Nonzero when either 32-bit lane of `w` (two ASCII scalars) is `"`, `'`, `#` or `&`: `| 5`
    /// maps them to 0x27, the `^` to 0, and a lane of 0 is the one whose borrow sets its top bit.
    @inline(__always)
    private static func markLanes(_ w: UInt64) -> UInt64 {
        let z = (w | 0x0000_0005_0000_0005) ^ 0x0000_0027_0000_0027
        return (z &- 0x0000_0001_0000_0001) & ~z & 0x8000_0000_8000_0000
    }

    private static func pass(_ s: UnsafeBufferPointer<Unicode.Scalar>, ignored: [Bool]) -> (quotes: [ScannedQuote], strays: [Int]) {
        var stack: [Open] = []
        var quotes: [ScannedQuote] = []
        var strays: [Int] = []
        let n = s.count
        // The last single mark shaped like a closer (see `lastSingleCloser`), found the first time a
        // possessive needs it. A plain local rather than a closure's captured state, which would be
        // boxed on the heap for every block.
        var lastSingleCloserCache: Int? = nil
        var i = 0
        while i < n {
            // Most scalars are no quotation mark at all: every mark is `"`, `'` or above U+00AA.
            // A tight loop passes them by, eight at a time, two to a 64-bit word (a scalar is stored
            // as its 32-bit value): it stops at any scalar beyond ASCII, or with `value | 5 == 0x27`,
            // which holds for both ASCII marks (and for `#` and `&`, which the exact test below lets through).
            if let base = s.baseAddress {
                while i &+ 8 <= n {
                    let p = UnsafeRawPointer(base + i)
                    let a = p.loadUnaligned(as: UInt64.self), b = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    let c = p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                    let d = p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if (a | b | c | d) & 0xFFFF_FF80_FFFF_FF80 != 0 { break }
                    if (Self.markLanes(a) | Self.markLanes(b) | Self.markLanes(c) | Self.markLanes(d)) != 0 { break }
                    i &+= 8
                }
            }
            while i < n {
                let v = s[i].value
                if v >= 0xAB || v | 5 == 0x27 { break }
                i += 1
            }
            guard i < n else { break }
            let c = s[i]
            if c.value < 0xAB, c.value != 0x22, c.value != 0x27 { i += 1; continue }
            guard var (family, hint) = classify(c), !(i < ignored.count && ignored[i]) else { i += 1; continue }
            // Two apostrophes make a double mark in some newspaper archives: ''It is over,'' she said.
            let width = c == "'" && i + 1 < n && s[i + 1] == "'" && !(i + 1 < ignored.count && ignored[i + 1]) ? 2 : 1
            if width == 2 { family = .double; hint = .either }
            let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let next: Unicode.Scalar? = i + width < n ? s[i + width] : nil
            if family == .single {
                if let p = prev, let x = next, p.isLetter || p.isDigit, x.isLetter { i += 1; continue }
                if let x = next, x.isDigit, !(prev.map { $0.isLetter || $0.isDigit } ?? false),
                   i + 2 < n, s[i + 2].isDigit, i + 3 >= n || !s[i + 3].isDigit {
                    i += 1; continue
                }
                if let x = next, x == "n" || x == "N", i + 2 < n, s[i + 2].isSingleQuoteMark {
                    i += 3; continue
                }
                // "the players' union": a plural possessive before a lowercase word, when a later
                // mark can still close the open single quote.
                if prev == "s" || prev == "S", next == " ", i + 2 < n, s[i + 2].isLowercaseLetter {
                    let closer = lastSingleCloserCache ?? lastSingleCloser(s)
                    lastSingleCloserCache = closer
                    if i < closer { i += 1; continue }
                }
            }
            let openShape = (prev.map(opensContext) ?? true) && (next.map { !$0.isSpaceOrBreak } ?? false)
            let closeShape = (prev.map { !$0.isSpaceOrBreak } ?? false) && (next.map(closesContext) ?? true)
            var openIndex: Int? = nil
            var k = stack.count - 1
            while k >= 0 {
                if stack[k].family == family { openIndex = k; break }
                k -= 1
            }
            enum Action { case open, close, skip }
            var action = Action.skip
            switch hint {
            case .either:
                if openIndex != nil {
                    action = openShape && !closeShape ? .open : .close
                } else if openShape || (!closeShape && family != .single) {
                    action = .open
                }
            case .open:
                if let k = openIndex, closesReversed(stack[k].mark, c) || (closeShape && !openShape) {
                    action = .close
                } else if closeShape && !openShape {
                    action = .skip
                } else {
                    action = .open
                }
            case .close:
                if openIndex != nil {
                    action = .close
                } else if openShape && !closeShape && family != .single {
                    action = .open
                }
            }
            switch action {
            case .open:
                // Room for the deepest stack once, at the first open mark: most blocks have none.
                if stack.capacity == 0 { stack.reserveCapacity(maxDepth) }
                if stack.count < maxDepth { stack.append(Open(family: family, mark: c, index: i, width: width)) }
            case .close:
                if let k = openIndex {
                    if k == 0, i > stack[0].index + stack[0].width {
                        quotes.append(ScannedQuote(open: stack[0].index, close: i, family: family,
                                                   openWidth: stack[0].width, closeWidth: width))
                    }
                    stack.removeSubrange(k...)
                }
            case .skip:
                break
            }
            i += width
        }
        if let bottom = stack.first {
            // A British quote running on into the next paragraph: an opening single mark at
            // the start of a word that begins with a capital ('Nothing has been built. …).
            // Other open single marks were apostrophes ('em, 'cause).
            let k = bottom.index
            let runsOn = bottom.family == .single && k + 1 < n && s[k + 1].isUppercaseLetter
                && (k == 0 || s[k - 1].isSpaceOrBreak)
            if (bottom.family == .single || bottom.family == .singleGuillemet) && !runsOn {
                strays.append(bottom.index)
            } else if bottom.index + bottom.width < n {
                quotes.append(ScannedQuote(open: bottom.index, close: nil, family: bottom.family, openWidth: bottom.width))
            }
        }
        return (quotes, strays)
    }
}
