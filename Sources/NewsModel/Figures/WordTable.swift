/// A word list with values, looked up by a token's packed bytes (one multiply
/// and a probe or two) instead of hashing a `String`. Keys that do not fit
/// `PackedText` can only match wide words, which use the dictionary.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    struct Slot: Sendable {
        var key = PackedText()
        /// Index in `values`, or -1 for an empty slot.
        var index: Int32 = -1
    }

    let dictionary: [String: Value]
    private let slots: [Slot]
    private let values: [Value]
    private let bits: Int

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        // At most half full, so that misses end after a probe or two.
        var bits = 4
        while (1 << bits) < 2 * dictionary.count { bits += 1 }
        let mask = (1 << bits) - 1
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        var values: [Value] = []
        for (word, value) in dictionary {
            guard let p = PackedText(word), p.count > 0 else { continue }
            var h = p.hash(bits: bits)
            while slots[h].index >= 0 { h = (h + 1) & mask }
            slots[h] = Slot(key: p, index: Int32(truncatingIfNeeded: values.count))
            values.append(value)
        }
        self.slots = slots
        self.values = values
        self.bits = bits
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        // Sized up front: grown from empty, the dictionary rehashed every word several times,
        // a one-off cost per table that showed in the instruction counts of small runs.
        var d: [String: Value] = Dictionary(minimumCapacity: elements.count)
        for (k, v) in elements { d[k] = v }
        self.init(d)
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    subscript(word: String) -> Value? { dictionary[word] }

    subscript(word: FigureWord) -> Value? {
        if let wide = word.wide { return dictionary[wide] }
        return self[packed: word.packed]
    }

    /// `body` applied to the value of `word` where the table holds it, or nil: for
    /// values that hold arrays, which a subscript would retain and release on every lookup.
    func withValue<R>(for word: FigureWord, _ body: (Value) -> R) -> R? {
        if let wide = word.wide { return dictionary[wide].map(body) }
        guard let k = index(packed: word.packed) else { return nil }
        return values.withUnsafeBufferPointer { body($0[k]) }
    }

    /// The index in `values` of a packed key, or nil.
    private func index(packed p: PackedText) -> Int? {
        let mask = (1 << bits) - 1
        return slots.withUnsafeBufferPointer { s in
            var h = p.hash(bits: bits)
            while true {
                let slot = s[h]
                if slot.index < 0 { return nil }
                if slot.key == p { return Int(slot.index) }
                h = (h + 1) & mask
            }
        }
    }

    subscript(packed p: PackedText) -> Value? { index(packed: p).map { values[$0] } }
}

/// A `WordTable` without values.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>

    init(_ words: [String]) {
        var d: [String: Bool] = Dictionary(minimumCapacity: words.count)
        for w in words { d[w] = true }
        table = WordTable(d)
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { table[word] != nil }
    func contains(_ word: FigureWord) -> Bool { table[word] != nil }

    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator { table.keys.makeIterator() }
}
