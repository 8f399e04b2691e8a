/// A word list with values, looked up by a token's packed bytes (one multiply
/// and a probe or two) instead of hashing a `String`.
///
/// Built without a `Dictionary`: a `[String: Value]` per list hashed every word
/// and instantiated its generic metadata at run time, a one-off cost larger
/// than scanning a dozen articles. Keys that do not fit `PackedText` (none of
/// the current lists has one) are kept aside and compared as strings.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    struct Slot: Sendable {
        var key = PackedText()
        /// Index in `values`, or -1 for an empty slot.
        var index: Int32 = -1
    }

    /// Every key once, in the order first given (the lexicon is built from them).
    let keys: [String]
    private let slots: [Slot]
    private let values: [Value]
    private let bits: Int
    /// Keys that do not fit `PackedText`, with their values.
    private let wideKeys: [String]
    private let wideValues: [Value]

    /// A later pair with a key already given replaces its value, as in a dictionary literal.
    init(pairs: [(String, Value)]) {
        // At most half full, so that misses end after a probe or two.
        var bits = 4
        while (1 << bits) < 2 * pairs.count { bits += 1 }
        let mask = (1 << bits) - 1
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        var values: [Value] = [], keys: [String] = []
        var wideKeys: [String] = [], wideValues: [Value] = []
        values.reserveCapacity(pairs.count)
        keys.reserveCapacity(pairs.count)
        for (word, value) in pairs {
            guard let p = PackedText(word), p.count > 0 else {
                if let k = wideKeys.firstIndex(of: word) {
                    wideValues[k] = value
                } else {
                    wideKeys.append(word)
                    wideValues.append(value)
                    keys.append(word)
                }
                continue
            }
            var h = p.hash(bits: bits)
            while slots[h].index >= 0, slots[h].key != p { h = (h + 1) & mask }
            if slots[h].index >= 0 {
                values[Int(slots[h].index)] = value
            } else {
                slots[h] = Slot(key: p, index: Int32(truncatingIfNeeded: values.count))
                values.append(value)
                keys.append(word)
            }
        }
        self.keys = keys
        self.slots = slots
        self.values = values
        self.bits = bits
        self.wideKeys = wideKeys
        self.wideValues = wideValues
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(pairs: elements)
    }

    subscript(word: String) -> Value? {
        if let p = PackedText(word), p.count > 0 { return self[packed: p] }
        return wideKeys.firstIndex(of: word).map { wideValues[$0] }
    }

    /// Inlined, like the lookups below: the parser makes tens of thousands of them, and
    /// through four calls (subscript, index, its closure, the probe loop) each cost over 100
    /// instructions where the probe itself takes a dozen.
    @inline(__always)
    subscript(word: FigureWord) -> Value? {
        // A wide word may still lowercase to short ASCII (the Kelvin sign becomes "k").
        if let wide = word.wide { return self[wide] }
        return self[packed: word.packed]
    }

    /// `body` applied to the value of `word` where the table holds it, or nil: for
    /// values that hold arrays, which a subscript would retain and release on every lookup.
    func withValue<R>(for word: FigureWord, _ body: (Value) -> R) -> R? {
        if let wide = word.wide { return self[wide].map(body) }
        guard let k = index(packed: word.packed) else { return nil }
        return values.withUnsafeBufferPointer { body($0[k]) }
    }

    /// The index in `values` of a packed key, or nil.
    @inline(__always)
    private func index(packed p: PackedText) -> Int? {
        let mask = (1 << bits) - 1
        return slots.withUnsafeBufferPointer { s in
            var h = p.hash(bits: bits)
            while true {
                let slot = s[h]
                if slot.index < 0 { return nil }
                if slot.key.lo == p.lo, slot.key.hi == p.hi, slot.key.count == p.count { return Int(slot.index) }
                h = (h + 1) & mask
            }
        }
    }

    @inline(__always)
    subscript(packed p: PackedText) -> Value? {
        guard let k = index(packed: p) else { return nil }
        return values.withUnsafeBufferPointer { $0[k] }
    }
}

/// A `WordTable` without values.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>

    init(_ words: [String]) {
        table = WordTable(pairs: words.map { ($0, true) })
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { table[word] != nil }
    @inline(__always)
    func contains(_ word: FigureWord) -> Bool { table[word] != nil }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
