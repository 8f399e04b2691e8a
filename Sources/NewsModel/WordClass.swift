/// The word lists a token belongs to, looked up once when it is read, so the
/// attribution rules test bits instead of hashing the word again and again.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

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

    /// Every listed word with its classes.
    private static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func mark(_ words: Set<String>, _ c: WordClass) { for w in words { table[w, default: []].insert(c) } }
        mark(Lexicon.speechVerbs, .speechVerbs)
        mark(Lexicon.personRoles, [.role, .title])
        mark(Lexicon.honorifics, [.title, .honorifics])
        mark(Lexicon.organisations, .organisation)
        mark(Lexicon.notNames, .notNames)
        mark(Lexicon.determiners, .determiners)
        mark(Lexicon.betweenSubjectAndVerb, .betweenSubjectAndVerb)
        mark(Lexicon.nameParticles, .nameParticles)
        mark(Lexicon.personalPronouns, .personalPronouns)
        mark(Lexicon.unnamedPronouns, .unnamedPronouns)
        mark(Lexicon.groupNouns, .group)
        // Plurals of roles are groups: "officials", "secretaries".
        for role in Lexicon.personRoles {
            table[role + "s", default: []].insert(.group)
            if role.hasSuffix("y") { table[String(role.dropLast()) + "ies", default: []].insert(.group) }
            if role.hasSuffix("man") { table[String(role.dropLast(3)) + "men", default: []].insert(.group) }
        }
        mark(Lexicon.labelMarkers, .labelMarkers)
        mark(Lexicon.feminine, .feminine)
        mark(Lexicon.masculine, .masculine)
        return table
    }()

    /// The classes of a lowercased word: "mr." is a title like "mr", "co-founder" a role like "founder".
    static func of(_ lower: String) -> WordClass {
        var c = table[lower] ?? []
        let bytes = lower.utf8
        if bytes.last == 0x2E, bytes.count > 1 {
            let bare = table[String(lower.dropLast())] ?? []
            c.formUnion(bare.intersection([.title, .honorifics, .role, .feminine, .masculine]))
        }
        if let dash = bytes.lastIndex(of: 0x2D), c.isDisjoint(with: [.role]) {
            let tail = String(lower[lower.utf8.index(after: dash)...])
            c.formUnion((table[tail] ?? []).intersection([.role, .title]))
        }
        return c
    }
}
