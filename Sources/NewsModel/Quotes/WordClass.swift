/// The word lists a token belongs to, looked up once when it is read, so the
/// attribution rules test bits instead of hashing the word again and again.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let speechVerbs = WordClass(rawValue: 1 << 0)
    static let role = WordClass(rawValue: 1 << 1)
    static let title = WordClass(rawValue: 1 << 2)
    static let organisation = WordClass(rawValue: 1 << 3)
    static let notNames = WordClass(rawValue: 1 << 4)
    static let determiners = WordClass(rawValue: 1 << 5)
    static let betweenSubjectAndVerb = WordClass(rawValue: 1 << 6)
    static let nameParticles = WordClass(rawValue: 1 << 7)
    static let personalPronouns = WordClass(rawValue: 1 << 8)
    static let unnamedPronouns = WordClass(rawValue: 1 << 9)
    static let group = WordClass(rawValue: 1 << 10)
    static let labelMarkers = WordClass(rawValue: 1 << 11)
    static let honorifics = WordClass(rawValue: 1 << 12)
    static let feminine = WordClass(rawValue: 1 << 13)
    static let masculine = WordClass(rawValue: 1 << 14)
    // Single function words the rules look for.
    static let relative = WordClass(rawValue: 1 << 15)        // who, which
    static let of = WordClass(rawValue: 1 << 16)
    static let to = WordClass(rawValue: 1 << 17)
    static let according = WordClass(rawValue: 1 << 18)
    static let asWord = WordClass(rawValue: 1 << 19)
    static let knownOrCalled = WordClass(rawValue: 1 << 20)
    static let it = WordClass(rawValue: 1 << 21)
    static let inWord = WordClass(rawValue: 1 << 22)
    static let aged = WordClass(rawValue: 1 << 23)
    static let complementPreposition = WordClass(rawValue: 1 << 24)  // of, for, at
    static let passiveAuxiliary = WordClass(rawValue: 1 << 25)       // was, were, been, being, be, is, are
    static let told = WordClass(rawValue: 1 << 26)
    // Shapes of the word itself, set by the tokenizer.
    static let possessive = WordClass(rawValue: 1 << 27)
    static let lyAdverb = WordClass(rawValue: 1 << 28)
    static let startsWithDigit = WordClass(rawValue: 1 << 29)
    static let edEnding = WordClass(rawValue: 1 << 30)
    static let abbreviation = WordClass(rawValue: 1 << 31)
    /// "one", "another" as a subject: "\"…,\" one said", "said another".
    static let unnamedSubjects = WordClass(rawValue: 1 << 32)
    /// Documents that speak in news prose: "the report", "the joint statement".
    static let document = WordClass(rawValue: 1 << 33)
    /// Given names that say a person's sex (`GivenNames`).
    static let givenFeminine = WordClass(rawValue: 1 << 34)
    static let givenMasculine = WordClass(rawValue: 1 << 35)
    /// Verbs that name or judge someone's words: "dismissed it as", "dubbed", "compared it to".
    static let namingVerbs = WordClass(rawValue: 1 << 36)
    /// "state" in "Secretary of State", "exchequer" in "Chancellor of the Exchequer".
    static let officeDomain = WordClass(rawValue: 1 << 37)
    /// Last words of organisations' names that are not description heads: "Logistics", "Post".
    static let organisationNameEnd = WordClass(rawValue: 1 << 38)
    static let andWord = WordClass(rawValue: 1 << 39)
    static let forWord = WordClass(rawValue: 1 << 40)
    /// First words of a sentence's opening clause of circumstance: "Asked about …, X said".
    static let clauseOpener = WordClass(rawValue: 1 << 41)
    /// Words after an unnamed source's head that begin its complement: "familiar", "close", "with".
    static let sourceComplementStart = WordClass(rawValue: 1 << 42)
    /// Words that pick some out of a group: "one of the people", "two of them".
    static let partitiveHead = WordClass(rawValue: 1 << 43)
    /// Words that tie a complement to an unnamed source's role: "familiar", "close", "briefed".
    static let sourceComplement = WordClass(rawValue: 1 << 44)
    /// Verbs that put a question to the person named after them: "pressed", "questioned".
    static let questionVerb = WordClass(rawValue: 1 << 45)

    /// Bits describing the word's shape rather than a list it is in.
    static let shapes: WordClass = [.possessive, .lyAdverb, .startsWithDigit, .edEnding]

    /// Every listed word with a class it has, once per list it is in: `ScalarTable` merges them.
    /// A list of pairs rather than a dictionary, so the words are hashed once, by the table.
    static func listings() -> [(word: String, classes: WordClass)] {
        var out: [(word: String, classes: WordClass)] = []
        out.reserveCapacity(4096)
        func mark<Words: Sequence<String>>(_ words: Words, _ c: WordClass) { for w in words { out.append((w, c)) } }
        mark(Lexicon.speechVerbs, .speechVerbs)
        mark(Lexicon.personRoles, [.role, .title])
        mark(Lexicon.honorifics, [.title, .honorifics])
        mark(Lexicon.organisations, .organisation)
        mark(Lexicon.notNames, .notNames)
        mark(Lexicon.determiners, .determiners)
        mark(Lexicon.betweenSubjectAndVerb, .betweenSubjectAndVerb)
        mark(Lexicon.nameParticles, .nameParticles)
        mark(Lexicon.personalPronouns, .personalPronouns)
        // A pronoun is never part of a name, contracted or not: "He's arguing".
        mark(Lexicon.personalPronouns, .notNames)
        mark(Lexicon.unnamedPronouns, .unnamedPronouns)
        mark(Lexicon.groupNouns, .group)
        // Plurals of roles are groups: "officials", "secretaries".
        for role in Lexicon.personRoles {
            out.append((role + "s", .group))
            if role.hasSuffix("y") { out.append((String(role.dropLast()) + "ies", .group)) }
            if role.hasSuffix("man") { out.append((String(role.dropLast(3)) + "men", .group)) }
        }
        mark(Lexicon.labelMarkers, .labelMarkers)
        mark(Lexicon.feminine, .feminine)
        mark(["who", "which"], .relative)
        mark(["of"], .of)
        mark(["to"], .to)
        mark(["according"], .according)
        mark(["as"], .asWord)
        mark(["known", "called"], .knownOrCalled)
        mark(["it"], .it)
        mark(["in"], .inWord)
        mark(["aged"], .aged)
        mark(["of", "for", "at"], .complementPreposition)
        mark(["was", "were", "been", "being", "be", "is", "are"], .passiveAuxiliary)
        mark(["told"], .told)
        mark(Lexicon.abbreviations, .abbreviation)
        mark(Lexicon.masculine, .masculine)
        mark(Lexicon.unnamedSubjects, .unnamedSubjects)
        mark(Lexicon.documents, .document)
        mark(GivenNames.feminine, .givenFeminine)
        mark(GivenNames.masculine, .givenMasculine)
        mark(Lexicon.namingVerbs, .namingVerbs)
        mark(Lexicon.officeDomains, .officeDomain)
        mark(Lexicon.organisationNameEnds, .organisationNameEnd)
        mark(["and"], .andWord)
        mark(["for"], .forWord)
        mark(Lexicon.clauseOpeners, .clauseOpener)
        mark(Lexicon.sourceComplementStarts, .sourceComplementStart)
        mark(Lexicon.partitiveHeads, .partitiveHead)
        mark(Lexicon.sourceComplements, .sourceComplement)
        mark(Lexicon.questionVerbs, .questionVerb)
        return out
    }

    /// The classes of a lowercased word: "mr." is a title like "mr", "co-founder" a role like "founder".
    static func of(_ lower: String) -> WordClass {
        let table = ScalarTable.shared
        var c = table.listedClasses(of: lower) ?? []
        let u = lower.utf8
        if u.count > 2, let last = u.last {
            let secondLast = u[u.index(u.endIndex, offsetBy: -2)]
            if (last == 0x73 && (secondLast == 0x27 || secondLast == 0x99)) || ((last == 0x27 || last == 0x99) && secondLast == 0x73) {
                c.insert(.possessive)
            }
            if last == 0x79, secondLast == 0x6C, u.count > 4 { c.insert(.lyAdverb) }
            if last == 0x64, secondLast == 0x65 { c.insert(.edEnding) }
        }
        if let first = u.first, first >= 0x30, first <= 0x39 { c.insert(.startsWithDigit) }
        let bytes = lower.utf8
        if bytes.last == 0x2E, bytes.count > 1 {
            let bare = table.listedClasses(of: String(lower.dropLast())) ?? []
            c.formUnion(bare.intersection([.title, .honorifics, .role, .feminine, .masculine, .organisation, .organisationNameEnd]))
        }
        if let dash = bytes.lastIndex(of: 0x2D), c.isDisjoint(with: [.role]) {
            let tail = String(lower[lower.utf8.index(after: dash)...])
            c.formUnion((table.listedClasses(of: tail) ?? []).intersection([.role, .title]))
        }
        return c
    }

    /// The classes of the ASCII word `s[from..<to]`, looked up straight from the scalars so
    /// that ordinary words never become strings, and its entry in the table if listed.
    /// `lastDash`: its last hyphen (-1 for none), found by the tokenizer as it read the word;
    /// nil for an empty or out-of-range word. Inlined: it runs once a word.
    @inline(__always)
    static func lookup(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int,
                       table: ScalarTable, lastDash dash: Int) -> (classes: WordClass, entry: Int?)? {
        guard from >= 0, from < to, to <= s.count else { return nil }
        var c: WordClass = []
        let entry = table.find(s, from, to)
        if let e = entry { c = table.classes[e] }
        let count = to - from
        if count > 2 {
            let last = s[to - 1].value, secondLast = s[to - 2].value
            // Letters compared case-folded (`| 0x20` folds only an ASCII letter onto its lowercase),
            // as `of` sees the word lowercased: "WARNED" ends in "ed" as "warned" does. One branch
            // on the last letter, most of whose values end none of these.
            switch last | 0x20 {
            case 0x64: if secondLast | 0x20 == 0x65 { c.insert(.edEnding) }
            case 0x79: if count > 4, secondLast | 0x20 == 0x6C { c.insert(.lyAdverb) }
            case 0x73: if secondLast == 0x27 { c.insert(.possessive) }
            case 0x27: if last == 0x27, secondLast | 0x20 == 0x73 { c.insert(.possessive) }
            default: break
            }
        }
        if s[from].isDigit { c.insert(.startsWithDigit) }
        // "co-founder" is a role like "founder".
        if !c.contains(.role), dash > from, dash + 1 < to {
            if let e = table.find(s, dash + 1, to) {
                c.formUnion(table.classes[e].intersection([.role, .title]))
            }
        }
        return (c, entry)
    }
}

/// An open-addressing hash table of the word lists keyed by lowercase ASCII bytes,
/// probed with the scalars of a word as they stand (upper case folded on the fly).
/// A class, so that a lookup reaches its arrays without copying or retaining them.
final class ScalarTable: Sendable {
    static let shared = ScalarTable()

    /// Every key's bytes, one after another; key `e` is `bytes[offsets[e]..<offsets[e + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    let words: [String]
    let classes: [WordClass]
    private let slots: [Int32]
    /// No key holds an upper-case ASCII letter (the lists are lowercase), so `find` may
    /// compare a scalar with a key byte before folding it.
    let lowerKeys: Bool
    private let mask: Int

    /// Keys of at most eight bytes (most listed words: "said", "the", "minister"), each packed
    /// into one number, first byte highest, with the entry of each; 0 for an empty slot. A word
    /// of eight scalars or fewer is found with one comparison rather than one per byte.
    private let shortKeys: [UInt64]
    private let shortEntries: [Int32]
    private let shortMask: Int

    /// Listed words with a scalar beyond ASCII ("attaché"): few, and kept as Strings so that a
    /// word spelt with a combining accent still finds them, as String equality would.
    private let others: [String: WordClass]

    private init() {
        let listed = WordClass.listings()
        var bytes: [UInt8] = [], offsets: [Int] = [0], words: [String] = [], classes: [WordClass] = []
        var others: [String: WordClass] = [:]
        bytes.reserveCapacity(listed.count * 8)
        offsets.reserveCapacity(listed.count + 1)
        words.reserveCapacity(listed.count)
        classes.reserveCapacity(listed.count)
        // At least four slots a word, as the pairs are more than the words.
        var size = 16
        while size < listed.count * 4 { size *= 2 }
        let mask = size - 1
        var slots = Array(repeating: Int32(-1), count: size)
        for (word, c) in listed {
            // Read through `withUTF8`: the `utf8` view's iterator costs several times as much a
            // byte, and the table is built at every start of the program.
            var copy = word
            let ascii = copy.withUTF8 { u -> Bool in
                for b in u where b >= 0x80 { return false }
                var h = Self.basis
                for b in u { h = Self.step(h, UInt32(b)) }
                var slot = Self.index(h) & mask
                var found = -1
                while slots[slot] >= 0 {
                    let e = Int(slots[slot])
                    let start = offsets[e]
                    if offsets[e + 1] - start == u.count {
                        var same = true
                        for k in 0..<u.count where bytes[start + k] != u[k] { same = false; break }
                        if same { found = e; break }
                    }
                    slot = (slot + 1) & mask
                }
                if found >= 0 {
                    classes[found].formUnion(c)
                } else {
                    bytes.append(contentsOf: u)
                    offsets.append(bytes.count)
                    words.append(word)
                    classes.append(c)
                    slots[slot] = Int32(words.count - 1)
                }
                return true
            }
            if !ascii { others[word, default: []].insert(c) }
        }
        self.bytes = bytes
        self.offsets = offsets
        self.words = words
        self.classes = classes
        self.slots = slots
        self.mask = mask
        self.lowerKeys = !bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
        self.others = others
        var shortSize = 16
        while shortSize < words.count * 4 { shortSize *= 2 }
        var shortKeys = Array(repeating: UInt64(0), count: shortSize)
        var shortEntries = Array(repeating: Int32(-1), count: shortSize)
        for e in words.indices where offsets[e + 1] - offsets[e] <= 8 {
            var packed: UInt64 = 0
            for k in offsets[e]..<offsets[e + 1] { packed = packed << 8 | UInt64(bytes[k]) }
            var slot = Self.shortSlot(packed) & (shortSize - 1)
            while shortKeys[slot] != 0 { slot = (slot + 1) & (shortSize - 1) }
            shortKeys[slot] = packed
            shortEntries[slot] = Int32(truncatingIfNeeded: e)
        }
        self.shortKeys = shortKeys
        self.shortEntries = shortEntries
        self.shortMask = shortSize - 1
    }

    /// The entry of the word of at most eight scalars packed as `packed` (first scalar highest,
    /// each with bit 5 set), when `lowerKeys` holds. A slot is below `shortMask + 1`, the table's size.
    @inline(__always)
    func findShort(_ packed: UInt64) -> Int? {
        var slot = Self.shortSlot(packed) & shortMask
        while true {
            let key = shortKeys[slot]
            if key == packed { return Int(shortEntries[slot]) }
            if key == 0 { return nil }
            slot = (slot + 1) & shortMask
        }
    }

    private static func shortSlot(_ packed: UInt64) -> Int { Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 40) }

    /// The classes of a listed word, as exact as a dictionary of Strings: ASCII words by their
    /// bytes (no folding: `word` is lowercased already), others as Strings; nil for an unlisted word.
    func listedClasses(of word: String) -> WordClass? {
        let u = word.utf8
        var h = Self.basis
        for b in u {
            guard b < 0x80 else { return others[word] }
            h = Self.step(h, UInt32(b))
        }
        var slot = Self.index(h) & mask
        while slots[slot] >= 0 {
            let e = Int(slots[slot])
            if bytes[offsets[e]..<offsets[e + 1]].elementsEqual(u) { return classes[e] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the lowercased ASCII bytes.
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ value: UInt32) -> UInt64 {
        var b = UInt64(value & 0x7F)
        if b >= 0x41 && b <= 0x5A { b += 0x20 }
        return (h ^ b) &* 0x0000_0100_0000_01B3
    }

    private static func index(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 1) }

    /// The entry of the word `s[from..<to]`, made of ASCII letters, digits and the marks that
    /// join words (`'`, `-`, `.`, `:`, `&`), case ignored.
    /// Inlined: it runs once a word, and a call costs as much as the probe.
    @inline(__always)
    func find(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Int? {
        let count = to - from
        guard count > 0, count <= 24, from >= 0, to <= s.count else { return nil }
        if count <= 8, lowerKeys {
            // Setting bit 5 lowercases a capital and leaves every other scalar a word holds as it
            // is (digits and the joining marks have it set), so the packed word equals the packed
            // key exactly when the byte comparison below would match.
            var packed: UInt64 = 0
            for k in from..<to { packed = packed << 8 | UInt64(UInt8(truncatingIfNeeded: s[k].value) | 0x20) }
            return findShort(packed)
        }
        var hash = Self.basis
        for k in from..<to { hash = Self.step(hash, s[k].value) }
        var h = Self.index(hash) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while slots[h] >= 0 {
                let e = Int(slots[h])
                let start = offsets[e]
                if offsets[e + 1] - start == count {
                    var same = true
                    if lowerKeys {
                        // A key byte is never upper case, so a scalar equal to it matches as it
                        // stands, and one that differs matches only as the upper case of a letter.
                        for k in 0..<count {
                            let b = UInt8(truncatingIfNeeded: s[from + k].value), key = bytes[start + k]
                            if b != key && (b | 0x20 != key || key &- 0x61 >= 26) { same = false; break }
                        }
                    } else {
                        for k in 0..<count {
                            var b = UInt8(truncatingIfNeeded: s[from + k].value)
                            if b >= 0x41 && b <= 0x5A { b += 0x20 }
                            if b != bytes[start + k] { same = false; break }
                        }
                    }
                    if same { return e }
                }
                h = (h + 1) & mask
            }
            return nil
        }
    }
}
