import NewsModel

/// One article found by the archive's full-text search.
public struct FullTextHit: Sendable, Hashable {
    public var path: String
    public var headline: String
    public var date: String?
    public var source: String?
    /// Text around the matches, each match between `FullTextHit.markStart` and `markEnd`.
    public var snippet: String

    public static let markStart: Character = "\u{E000}"
    public static let markEnd: Character = "\u{E001}"

    public init(path: String, headline: String, date: String?, source: String?, snippet: String) {
        self.path = path
        self.headline = headline
        self.date = date
        self.source = source
        self.snippet = snippet
    }
}

/// Why a search gave no list: the query as typed so far is not one yet, or the archive failed.
public struct FullTextFailure: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The full-text search `S` asks: an archive answers it (the reader holds no text of its own).
public protocol FullTextSearching: Sendable {
    /// The best `limit` articles for `query` (the archive's query syntax), best first.
    func search(_ query: String, limit: Int) -> Result<[FullTextHit], FullTextFailure>
}

/// The search screen (`S`): the query typed so far and the articles it finds, as you type.
public struct FullTextState: Sendable {
    public var query = ""
    public var hits: [FullTextHit] = []
    public var list = ListPosition()
    /// Instead of results: the query is not complete yet, or nothing matched.
    public var message: String?

    public init() {}
}

extension AppState {
    /// How many results the search screen asks for.
    static let fullTextLimit = 50

    public var fullTextGeometry: ListGeometry {
        ListGeometry(firstRow: 2, rows: bodyHeight - 2, itemHeight: 4, count: fullText?.hits.count ?? 0)
    }

    mutating func openFullText() {
        guard archiveSearch != nil else {
            notice = "full-text search needs the archive (newsroom index PATH..., then newsroom)"
            return
        }
        fullText = FullTextState()
        fullText?.message = "type words, \"a phrase\", a prefix*, OR, NOT"
    }

    /// Keys on the search screen: typing edits the query (and searches again), arrows
    /// move, Enter opens the article, Esc closes the screen.
    mutating func fullTextKey(_ key: Key) -> Effect {
        guard var f = fullText else { return .none }
        let geometry = fullTextGeometry
        switch key {
        case .escape:
            fullText = nil
            return .none
        case .enter:
            guard f.list.selection < f.hits.count else { return .none }
            return openFullTextHit(f.hits[f.list.selection])
        case .down, .control("n"): f.list = geometry.moved(f.list, by: 1)
        case .up, .control("p"): f.list = geometry.moved(f.list, by: -1)
        case .pageDown: f.list = geometry.moved(f.list, by: geometry.perPage)
        case .pageUp: f.list = geometry.moved(f.list, by: -geometry.perPage)
        case .backspace:
            if f.query.isEmpty { fullText = nil; return .none }
            f.query.removeLast()
            fullText = f
            return runFullText()
        case .character(let c) where !c.isNewline:
            f.query.append(c)
            fullText = f
            return runFullText()
        default:
            return .none
        }
        fullText = f
        return .none
    }

    /// The query as typed: asks the runner to search it (`Effect.search`); an empty query
    /// shows the syntax instead.
    mutating func runFullText() -> Effect {
        guard var f = fullText else { return .none }
        guard !f.query.trimmingSpaces.isEmpty else {
            f.list = ListPosition()
            f.hits = []
            f.message = "type words, \"a phrase\", a prefix*, OR, NOT"
            fullText = f
            return .none
        }
        return .search(FullTextRequest(query: f.query, limit: Self.fullTextLimit))
    }

    /// The answer to a search: its results, or why there are none yet (a half-typed
    /// phrase). An answer to a query typed over since, or to a closed screen, is dropped.
    mutating func fullTextFound(_ request: FullTextRequest, _ result: Result<[FullTextHit], FullTextFailure>) {
        guard var f = fullText, f.query == request.query else { return }
        f.list = ListPosition()
        switch result {
        case .success(let hits):
            f.hits = hits
            f.message = hits.isEmpty ? "no article matches" : nil
        case .failure(let failure):
            f.hits = []
            f.message = failure.message
        }
        fullText = f
    }

    /// Opens a found article when the library holds it (a large archive's library may
    /// still be loading): the search screen closes and the article is loaded (`Effect.load`).
    mutating func openFullTextHit(_ hit: FullTextHit) -> Effect {
        guard let index = entries.firstIndex(where: { $0.path == hit.path }) else {
            notice = "\(TextFit.fileName(TerminalText.sanitize(hit.path))) is not in the library yet (still loading)"
            return .none
        }
        fullText = nil
        panel = nil
        return open(index, then: .read)
    }
}
