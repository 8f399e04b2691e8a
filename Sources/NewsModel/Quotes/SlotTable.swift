/// The open-addressing slots `WordIds` and `FormIds` find entries by: each slot holds
/// an entry's number, -1 for empty, and an entry's hash picks where its search starts.
enum SlotTable {
    /// `slots` spread over `size` (a power of two) by the entries' `hashes`.
    static func rehash(_ slots: [Int32], hashes: [UInt64], size: Int) -> [Int32] {
        var fresh = Array(repeating: Int32(-1), count: size)
        let mask = size - 1
        for e in slots where e >= 0 {
            var slot = Int(truncatingIfNeeded: hashes[Int(e)] >> 1) & mask
            while fresh[slot] >= 0 { slot = (slot + 1) & mask }
            fresh[slot] = e
        }
        return fresh
    }

    /// `slots` grown, if need be, to hold `count` entries at most half full.
    static func reserved(_ slots: [Int32], hashes: [UInt64], for count: Int) -> [Int32] {
        var size = max(slots.count, 1)
        while size < count * 2 { size *= 2 }
        return size > slots.count ? rehash(slots, hashes: hashes, size: size) : slots
    }
}
