/// Where a quote is: article index in the library and quote index in the article.
public struct QuoteLocation: Sendable, Hashable {
    public var article: Int
    public var quote: Int
    public init(article: Int, quote: Int) {
        self.article = article
        self.quote = quote
    }
}

/// A speaker across the library, with every quote attributed to them.
public struct LibrarySpeaker: Sendable, Hashable {
    public var name: String
    public var kind: SpeakerKind
    public var aliases: [String]
    public var roles: [String]
    public var quotes: [QuoteLocation]
    /// How many articles quote this speaker.
    public var articles: Int

    public init(name: String, kind: SpeakerKind = .person, aliases: [String], roles: [String], quotes: [QuoteLocation],
                articles: Int) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.quotes = quotes
        self.articles = articles
    }
}

/// Speakers merged across articles and searchable by name, alias, name prefix or role.
///
/// Articles' speakers merge when their folded names are equal, or when one is
/// a single word that is the other's surname ("Zelensky", "Volodymyr
/// Zelensky") and no other speaker has that surname. Unnamed sources ("a
/// spokesman") never merge across articles. Every searchable key is
/// folded once here; a search is two dictionary look-ups and a binary search
/// over the sorted keys, so it stays fast on a large library.
public struct SpeakerIndex: Sendable {
    public let speakers: [LibrarySpeaker]
    private let exactName: [String: [Int]]
    private let exactAlias: [String: [Int]]
    /// Folded words and whole forms of names, aliases and roles, sorted, for prefix search.
    private let keys: [(key: [UInt8], speaker: Int, rank: Int, nameForm: Bool)]
    /// Each speaker's folded name and name-form aliases (not descriptions such as "the minister").
    private let nameForms: [Set<String>]

    private enum Rank { static let name = 0, alias = 1, namePrefix = 2, aliasPrefix = 3, role = 4 }

    /// The library's speakers from its entries (what the reader keeps per article).
    public init(entries: [LibraryEntry]) { self.init(entries) }

    /// Articles or entries: anything with speakers and its quotes' speakers.
    public init<C: Collection>(_ articles: C) where C.Element: SpeakerSource {
        var merged: [LibrarySpeaker] = []
        var byName: [String: Int] = [:]
        var bySurname: [String: [Int]] = [:]
        var articleSets: [Set<Int>] = []
        for (a, article) in articles.enumerated() {
            var local: [Int: Int] = [:]
            for (s, speaker) in article.speakers.enumerated() {
                if speaker.kind == .unnamed {
                    // "a spokesman" here and "a spokesman" there are not one person.
                    merged.append(LibrarySpeaker(name: speaker.name, kind: .unnamed, aliases: speaker.aliases,
                                                 roles: speaker.roles, quotes: [], articles: 0))
                    articleSets.append([])
                    local[s] = merged.count - 1
                    continue
                }
                let key = Folding.fold(speaker.name)
                let words = key.split(separator: " ").map(String.init)
                var target = byName[key]
                if target == nil, words.count == 1, let candidates = bySurname[key], candidates.count == 1 {
                    target = candidates[0]
                }
                if target == nil, words.count > 1, let last = words.last, let single = byName[last],
                   (bySurname[last]?.count ?? 0) <= 1, !Folding.fold(merged[single].name).contains(" ") {
                    // "Zelensky" in one article, "Volodymyr Zelensky" in another.
                    target = single
                }
                if let t = target {
                    var m = merged[t]
                    if words.count > Folding.fold(m.name).split(separator: " ").count {
                        m.aliases.append(m.name)
                        m.name = speaker.name
                        byName[key] = t
                        if let last = words.last, !(bySurname[last]?.contains(t) ?? false) { bySurname[last, default: []].append(t) }
                    }
                    for alias in speaker.aliases + [speaker.name] where alias != m.name && !m.aliases.contains(alias) {
                        m.aliases.append(alias)
                    }
                    for role in speaker.roles where !m.roles.contains(where: { Folding.fold($0) == Folding.fold(role) }) {
                        m.roles.append(role)
                    }
                    merged[t] = m
                    local[s] = t
                } else {
                    merged.append(LibrarySpeaker(name: speaker.name, kind: speaker.kind, aliases: speaker.aliases,
                                                 roles: speaker.roles, quotes: [], articles: 0))
                    articleSets.append([])
                    let t = merged.count - 1
                    byName[key] = t
                    if words.count > 1, let last = words.last { bySurname[last, default: []].append(t) }
                    local[s] = t
                }
            }
            for (q, speaker) in article.quoteSpeakers.enumerated() {
                guard let s = speaker, let t = local[s] else { continue }
                merged[t].quotes.append(QuoteLocation(article: a, quote: q))
                articleSets[t].insert(a)
            }
        }
        for t in merged.indices { merged[t].articles = articleSets[t].count }
        speakers = merged

        var names: [String: [Int]] = [:]
        var aliases: [String: [Int]] = [:]
        var keys: [(key: [UInt8], speaker: Int, rank: Int, nameForm: Bool)] = []
        var forms: [Set<String>] = []
        forms.reserveCapacity(merged.count)
        func addKeys(_ text: String, _ s: Int, _ rank: Int, nameForm: Bool) {
            let folded = Folding.fold(text)
            keys.append((Array(folded.utf8), s, rank, nameForm))
            let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" })
            if words.count > 1 { for w in words { keys.append((Array(w.utf8), s, rank, nameForm)) } }
        }
        for (s, speaker) in merged.enumerated() {
            let named = speaker.kind != .unnamed
            var own: Set<String> = named ? [Folding.fold(speaker.name)] : []
            names[Folding.fold(speaker.name), default: []].append(s)
            addKeys(speaker.name, s, named ? Rank.namePrefix : Rank.role, nameForm: named)
            for alias in speaker.aliases {
                let form = named && Speaker.isNameForm(alias)
                if form { own.insert(Folding.fold(alias)) }
                aliases[Folding.fold(alias), default: []].append(s)
                addKeys(alias, s, Rank.aliasPrefix, nameForm: form)
            }
            for role in speaker.roles { addKeys(role, s, Rank.role, nameForm: false) }
            forms.append(own)
        }
        nameForms = forms
        keys.sort { $0.key.lexicographicallyPrecedes($1.key) }
        exactName = names
        exactAlias = aliases
        self.keys = keys
    }

    /// How a speaker matched a query, best first.
    public enum MatchRank: Int, Sendable, Comparable {
        case name, alias, namePrefix, aliasPrefix, role
        public static func < (a: MatchRank, b: MatchRank) -> Bool { a.rawValue < b.rawValue }
    }

    /// Matching speakers, best first: exact name, then alias, name-word prefix, alias prefix, role.
    public func search(_ query: String) -> [LibrarySpeaker] { matches(query).map(\.speaker) }

    /// Matching speakers with how each matched, best first, then most quoted. `nameOnly` leaves out
    /// matches through a role or a description ("the minister"): only the forms of the name count.
    public func matches(_ query: String, nameOnly: Bool = false) -> [(speaker: LibrarySpeaker, rank: MatchRank)] {
        let q = Folding.fold(query)
        guard !q.isEmpty else { return [] }
        var best: [Int: Int] = [:]
        func offer(_ s: Int, _ rank: Int) { if rank < best[s] ?? Int.max { best[s] = rank } }
        for s in exactName[q] ?? [] where !nameOnly || speakers[s].kind != .unnamed { offer(s, Rank.name) }
        for s in exactAlias[q] ?? [] where !nameOnly || nameForms[s].contains(q) { offer(s, Rank.alias) }
        let bytes = Array(q.utf8)
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid].key.lexicographicallyPrecedes(bytes) { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < keys.count, keys[i].key.starts(with: bytes) {
            let entry = keys[i]
            i += 1
            if nameOnly, entry.rank == Rank.role || (entry.rank == Rank.aliasPrefix && !entry.nameForm) { continue }
            // A role matches as whole words ("spokeswoman"), names also by prefix ("zel").
            if entry.rank != Rank.role || entry.key.count == bytes.count || bytes.count >= 4 {
                offer(entry.speaker, entry.rank)
            }
        }
        return best.sorted { a, b in
            if a.value != b.value { return a.value < b.value }
            let qa = speakers[a.key].quotes.count, qb = speakers[b.key].quotes.count
            return qa != qb ? qa > qb : a.key < b.key
        }.map { (speakers[$0.key], MatchRank(rawValue: $0.value) ?? .role) }
    }

    /// What `--speaker QUERY` lists: when the query is exactly someone's name or a form of it
    /// ("Ann Hale", "Hale"), those people only; otherwise every match, best first. "Carl Hale"
    /// does not bring in "Carl Hale Jr." by prefix.
    public func selection(_ query: String, nameOnly: Bool = false) -> [LibrarySpeaker] {
        let found = matches(query, nameOnly: nameOnly)
        guard let best = found.first?.rank, best <= .alias else { return found.map(\.speaker) }
        return found.filter { $0.rank <= .alias }.map(\.speaker)
    }

    /// All speakers, most quoted first.
    public func byQuoteCount() -> [LibrarySpeaker] {
        speakers.enumerated().sorted { a, b in
            a.element.quotes.count != b.element.quotes.count ? a.element.quotes.count > b.element.quotes.count : a.offset < b.offset
        }.map { $0.element }
    }
}
