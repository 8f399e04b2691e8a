/// The distinct name and role words of one article, each numbered once.
///
/// Names are linked by their words many times over (every mention of "Trump" asks who
/// else is called "trump"), and descriptions are compared with every recent entity's
/// roles: with each word hashed once here, entities keep small integer arrays and the
/// link tables are indexed by number. The table is open addressing on FNV-1a over the
/// UTF-8 bytes: `String` hashing (seeded SipHash) costs several times as much for words
/// of a few letters, and a word is looked up for every mention of a name. Words beyond
/// ASCII go to a `Dictionary`, whose hashing follows String equality (canonical
/// equivalence: "é" and "e" + combining accent are one word); an ASCII word equals only itself.
struct WordIds {
    /// The word of each id, and its hash (0 for a word kept in `others`).
    private(set) var words: [String] = []
    private var hashes: [UInt64] = []
    /// Ids by hash, -1 for an empty slot; at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    private var others: [String: Int32] = [:]

    mutating func reserveCapacity(_ n: Int) {
        words.reserveCapacity(n)
        hashes.reserveCapacity(n)
        slots = SlotTable.reserved(slots, hashes: hashes, for: n)
    }

    /// The id of `word`, numbering it if it is new.
    mutating func id(_ word: String) -> Int32 {
        let id = Int32(truncatingIfNeeded: words.count)
        guard let h = Self.hash(word) else {
            if let found = others[word] { return found }
            // Room for a few at once: growing a dictionary one word at a time reallocates it often.
            if others.isEmpty { others.reserveCapacity(16) }
            others[word] = id
            words.append(word)
            hashes.append(0)
            return id
        }
        let (found, slot) = find(word, hash: h)
        if found >= 0 { return found }
        words.append(word)
        hashes.append(h)
        slots[slot] = id
        if words.count * 2 > slots.count { rehash(slots.count * 2) }
        return id
    }

    /// The id of `word` if it was numbered; -1 (equal to no id) if not, so that a word no
    /// entity has compares unequal to all of theirs.
    func existing(_ word: String) -> Int32 {
        guard let h = Self.hash(word) else { return others[word] ?? -1 }
        return find(word, hash: h).id
    }

    /// `id(NameKey.key(lowered: reader.lower(i)))` read from the scalars of word `i`: the
    /// string is made only for a word not numbered yet. nil when the key cannot be read from the
    /// scalars (`PhraseReader.asciiKeyRange`).
    mutating func id(keyOfWord i: Int, in reader: PhraseReader) -> Int32? {
        guard let key = reader.asciiKeyRange(i) else { return nil }
        let (found, slot, h) = find(key, in: reader)
        if found >= 0 { return found }
        let id = Int32(truncatingIfNeeded: words.count)
        words.append(String(unsafeUninitializedCapacity: key.count) { buffer in
            for (n, k) in key.enumerated() { buffer[n] = reader.lowerByte(k) }
            return key.count
        })
        hashes.append(h)
        slots[slot] = id
        if words.count * 2 > slots.count { rehash(slots.count * 2) }
        return id
    }

    /// `existing(NameKey.key(lowered: reader.lower(i)))` read from the scalars of word `i`; nil as for `id(keyOfWord:in:)`.
    func existing(keyOfWord i: Int, in reader: PhraseReader) -> Int32? {
        guard let key = reader.asciiKeyRange(i) else { return nil }
        return find(key, in: reader).id
    }

    /// `find` of the ASCII word at `key` of the reader's scalars, lowercased, with its hash.
    private func find(_ key: Range<Int>, in reader: PhraseReader) -> (id: Int32, slot: Int, hash: UInt64) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in key { h = (h ^ UInt64(reader.lowerByte(k))) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 1) & mask
        while true {
            let e = slots[slot]
            if e < 0 { return (-1, slot, h) }
            if hashes[Int(e)] == h {
                var word = words[Int(e)]
                let same = word.withUTF8 { u in
                    guard u.count == key.count else { return false }
                    for (n, k) in key.enumerated() where u[n] != reader.lowerByte(k) { return false }
                    return true
                }
                if same { return (e, slot, h) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The word of `id`, "" for -1.
    func word(_ id: Int32) -> String { words.indices.contains(Int(id)) ? words[Int(id)] : "" }

    /// The id of `word` (-1 if absent) and the slot where it is or would go.
    private func find(_ word: String, hash h: UInt64) -> (id: Int32, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 1) & mask
        while true {
            let e = slots[slot]
            if e < 0 { return (-1, slot) }
            if hashes[Int(e)] == h, words[Int(e)] == word { return (e, slot) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func rehash(_ size: Int) {
        // The words in the old slots, the ASCII ones: the others are not in the table.
        slots = SlotTable.rehash(slots, hashes: hashes, size: size)
    }

    /// FNV-1a over the UTF-8 bytes, read through `withUTF8` (cheap for the small strings
    /// words are); nil for a word beyond ASCII.
    static func hash(_ word: String) -> UInt64? {
        var copy = word
        return copy.withUTF8 { u -> UInt64? in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in u {
                guard b < 0x80 else { return nil }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            return h
        }
    }
}
