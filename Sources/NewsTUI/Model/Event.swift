/// A key as the app sees it, whatever terminal sent it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    /// A control key: `.control("c")` for Ctrl-C.
    case control(Character)

    /// How the help screen names the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .control(let c): return "C-" + String(c)
        }
    }
}

public enum MouseAction: Sendable, Hashable {
    case wheelUp, wheelDown, click
}

import NewsModel

/// Everything that can happen to the app: the backend turns terminal input into
/// these, tests script them.
public enum Event: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseAction, x: Int, y: Int)
    /// Time passed with no input (clears an old notice).
    case tick
    /// More articles of a large library finished loading; `remaining` are still to come.
    case loaded([LibraryEntry], remaining: Int)
    /// The speaker index of the first `entries` articles, built off the screen's
    /// thread once a large library finished loading, so `@` answers at once.
    case speakerIndex(SpeakerIndex, entries: Int)
    /// The answer to `Effect.load`: the article in full, or why it could not be read.
    case articleLoaded(ArticleRequest, Result<AnalyzedArticle, LoadFailure>)
    /// The answer to `Effect.search`: the articles found, or why the query is not one yet.
    case fullTextFound(FullTextRequest, Result<[FullTextHit], FullTextFailure>)
}

/// What `update` asks the outside world to do. The state never performs effects
/// itself: it reads no file and writes nothing; the runner does (`Runner` loads
/// articles, the terminal backend does the rest).
public enum Effect: Sendable, Hashable {
    case none
    case quit
    /// Load this article in full from the `ArticleSource` and send it back as
    /// `Event.articleLoaded`.
    case load(ArticleRequest)
    /// Save this clipping (the runner stamps the time and says where it went).
    case clip(Clipping)
    /// Put this text on the system clipboard through the terminal (OSC 52).
    case copy(String)
    /// Search the archive's full text (the state's `archiveSearch`) and send the answer
    /// back as `Event.fullTextFound`.
    case search(FullTextRequest)
}

/// A full-text search `update` asks for (the `S` screen's query as typed).
public struct FullTextRequest: Sendable, Hashable {
    public let query: String
    public let limit: Int

    public init(query: String, limit: Int) {
        self.query = query
        self.limit = limit
    }
}

/// An article `update` needs in full, and what to do with it once it is there.
public struct ArticleRequest: Sendable, Hashable {
    /// Its index in the library.
    public let index: Int
    /// Its entry when asked: the answer is dropped if the library moved on meanwhile.
    public let entry: LibraryEntry
    public let then: AfterLoad

    public init(index: Int, entry: LibraryEntry, then: AfterLoad) {
        self.index = index
        self.entry = entry
        self.then = then
    }
}

/// Where a requested article opens once it is loaded.
public enum AfterLoad: Sendable, Hashable {
    /// The only article: the reader, with no library under it.
    case only
    /// The reader over the current screen (Enter or a click in the library).
    case read
    /// The reader at section N (`PATH#N`, `--section N`).
    case section(Int)
    /// The reader at the quote of hit N of the speaker panel, the search kept for `q`.
    case speakerHit(Int)
}
