/// The distinct name forms of one article ("Donald Trump", "Trump"), each a list of
/// `WordIds`, numbered once, so that an entity lists its forms as integers and the entity
/// last given a form is found by number. Open addressing on FNV-1a over the word ids, for
/// the reason `WordIds` gives.
struct FormIds {
    private var forms: [[Int32]] = []
    private var hashes: [UInt64] = []
    /// Ids by hash, -1 for an empty slot; at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    var count: Int { forms.count }

    mutating func reserveCapacity(_ n: Int) {
        forms.reserveCapacity(n)
        hashes.reserveCapacity(n)
        slots = SlotTable.reserved(slots, hashes: hashes, for: n)
    }

    /// The id of the form with these words, numbering it if it is new.
    mutating func id(_ words: [Int32]) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for w in words { h = (h ^ UInt64(UInt32(bitPattern: w))) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 1) & mask
        while slots[slot] >= 0 {
            let e = Int(slots[slot])
            if hashes[e] == h, forms[e] == words { return e }
            slot = (slot + 1) & mask
        }
        let id = forms.count
        forms.append(words)
        hashes.append(h)
        slots[slot] = Int32(truncatingIfNeeded: id)
        if forms.count * 2 > slots.count { rehash(slots.count * 2) }
        return id
    }

    private mutating func rehash(_ size: Int) {
        slots = SlotTable.rehash(slots, hashes: hashes, size: size)
    }
}
