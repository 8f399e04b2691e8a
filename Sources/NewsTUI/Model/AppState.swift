import NewsModel

/// The screens under the panels: the library, and the article open from it.
public enum Screen: Sendable, Hashable { case library, reader }

public enum PanelKind: Sendable, Hashable, CaseIterable { case outline, quotes, figures, speakers, help }

/// A list on screen: which item is selected and which is the first shown.
public struct ListPosition: Sendable, Hashable {
    public var selection = 0
    public var top = 0
}

/// One result of a speaker search: a quote and who said it.
public struct SpeakerHit: Sendable, Hashable {
    public var location: QuoteLocation
    public var speaker: String
    public var roles: [String]
    public var kind: SpeakerKind = .person
}

/// One person, organisation or unnamed source found by a speaker search, with
/// their quotes' places in the library.
public struct PersonHit: Sendable, Hashable {
    public var name: String
    public var kind: SpeakerKind
    public var roles: [String]
    public var quotes: [QuoteLocation]
    /// How many articles quote them.
    public var articles: Int
}

public struct PanelState: Sendable {
    public var kind: PanelKind
    public var list = ListPosition()
    /// Quotes panel: grouped by speaker instead of in reading order.
    public var grouped = false
    /// Quotes panel: the order of the quotes shown.
    public var order: [Int] = []
    /// Quotes panel: the rows each quote takes at the screen's width (`QuoteRows`).
    public var heights: [Int] = []
    /// Speaker panel: the query typed so far and the people it finds, best match first.
    public var query = ""
    public var people: [PersonHit] = []
    /// Speaker panel: the person whose quotes are listed (an index into `people`); nil lists the people.
    public var person: Int?
    /// Speaker panel: the listed person's quotes.
    public var hits: [SpeakerHit] = []
    /// Speaker panel: where the people list was when a person was opened, to return to.
    public var peopleList = ListPosition()
    /// Speaker panel: search every article (opened from the library) or the open one.
    public var acrossLibrary = false
}

/// A speaker search left for an article: `q` in the article comes back to it.
public struct SpeakerReturn: Sendable {
    public var panel: PanelState
    /// The screens under the panel when the article was opened from it.
    public var screens: [Screen]
}

/// An open text search: its matches and the current one.
public struct SearchState: Sendable {
    public var query: String
    public var matches: [DocumentRange]
    public var current: Int?
}

public struct ReaderState: Sendable {
    public var article: Int
    /// The open article in full (the library keeps only its entry).
    public let analyzed: AnalyzedArticle
    public var document: ArticleDocument
    public var layout: ArticleLayout
    /// First line shown. Tied to `layout`; a reflow carries it over through its `ScrollAnchor`.
    public var top = 0
    public var search: SearchState?
    /// The quote or figure jumped to from a panel.
    public var highlight: DocumentRange?

    public var anchor: ScrollAnchor { layout.anchor(ofLine: top) }
}

public enum PromptKind: Sendable, Hashable { case search, filter }

/// The one-line prompt at the bottom: `/` in the reader and the library.
public struct PromptState: Sendable, Hashable {
    public var kind: PromptKind
    public var editor: LineEditor
    /// Where the reader was when the prompt opened, to return to on Esc.
    public var origin = 0

    /// A prompt holding `text`, selected: typing replaces it.
    public init(kind: PromptKind, text: String = "", origin: Int = 0) {
        self.kind = kind
        editor = LineEditor(text, selected: true)
        self.origin = origin
    }

    public var text: String { editor.text }
}

/// The library's order: `s` cycles through them.
public enum LibrarySort: String, Sendable, CaseIterable {
    /// As loaded: a folder's files sorted by path.
    case path
    /// Newest first; undated articles last.
    case date
    case headline

    /// As the status line names it.
    public var label: String {
        switch self {
        case .path: return "path"
        case .date: return "date (newest first)"
        case .headline: return "headline"
        }
    }

    public var next: LibrarySort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

public struct LibraryState: Sendable {
    public var list = ListPosition()
    public var filter = ""
    public var sort = LibrarySort.path
    /// Indices of the articles that pass the filter, in the sort's order.
    public var visible: [Int] = []
    /// With a filter: how often it matches each article (headline, byline, source, path, text), by article index.
    public var matchCounts: [Int: Int] = [:]
    /// Only the bookmarked articles (`M`).
    public var markedOnly = false
}

/// All of the app's state, a value: `update` changes it, views draw it.
public struct AppState: Sendable {
    /// What the library keeps of each article; the open one is in `reader` in full.
    public internal(set) var entries: [LibraryEntry]
    /// Where an article comes from in full when it is opened: kept for the
    /// runner, which answers `Effect.load` from it; `update` never calls it.
    public let source: any ArticleSource
    /// The articles opened last, in full, most recent last: going back and
    /// forth between a few articles does not read them again.
    var recent: [(index: Int, analyzed: AnalyzedArticle)] = []
    /// Where each article read this session was left, by article index.
    var readingPositions: [Int: ScrollAnchor] = [:]
    /// Articles of a large library still loading in the background.
    public var loadingRemaining = 0
    public var width: Int
    public var height: Int
    public var screens: [Screen]
    public var library = LibraryState()
    public var reader: ReaderState?
    public var panel: PanelState?
    /// The speaker search a quote was opened from, until `q` goes back to it.
    public var speakerReturn: SpeakerReturn?
    public var prompt: PromptState?
    /// The archive's full-text search screen (`S`), over everything else while open.
    public var fullText: FullTextState?
    /// What answers `S`: the archive the library came from; nil for a library of files.
    /// Kept for the runner, which answers `Effect.search` from it; `update` never calls it.
    public var archiveSearch: (any FullTextSearching)?
    /// A one-off message in the status line, cleared by the next key.
    public var notice: String?
    /// Reading positions and bookmarks kept between sessions, by absolute path.
    public internal(set) var memory: ReadingMemory
    /// The working folder that relative article paths start from (nil: not kept).
    let memoryDirectory: String?
    /// Counts changes to `memory`: the runner saves it when this moved.
    public internal(set) var memoryRevision = 0
    /// Keys, styles and reading width from the settings file.
    public let settings: ReaderSettings
    public var keys: KeyTable { settings.keys }
    public var theme: Theme { settings.theme }
    var speakerIndexCache: SpeakerIndex?
    /// An index built in the background for the library as it will be once the
    /// last batch arrives (it comes just before that batch).
    var pendingSpeakerIndex: (SpeakerIndex, entries: Int)?

    public static let minimumWidth = 30
    public static let minimumHeight = 8
    static let recentLimit = 3

    /// Articles already analyzed and held in memory (tests, a single article).
    /// `open` opens an article at a section; `speaker` starts a speaker search.
    public init(articles: [AnalyzedArticle], width: Int, height: Int,
                open: (article: Int, section: Int)? = nil, speaker: String? = nil,
                memory: ReadingMemory = ReadingMemory(), directory: String? = nil, settings: ReaderSettings = .standard) {
        self.init(entries: articles.map(LibraryEntry.init), source: .memory(articles), width: width, height: height,
                  open: open, speaker: speaker, memory: memory, directory: directory, settings: settings)
    }

    /// A library of entries; articles are loaded from `source` when opened.
    /// `memory`: positions and bookmarks of earlier sessions, keyed by the absolute
    /// paths `directory` (the working folder) makes of the entries' paths.
    /// The articles to open first are loaded through `Runner`, so a new state is ready to draw.
    public init(entries: [LibraryEntry], source: any ArticleSource = ArticleFiles(), width: Int, height: Int,
                open: (article: Int, section: Int)? = nil, speaker: String? = nil,
                memory: ReadingMemory = ReadingMemory(), directory: String? = nil, settings: ReaderSettings = .standard) {
        self.entries = entries
        self.source = source
        self.memory = memory
        self.memoryDirectory = directory
        self.settings = settings
        library.sort = settings.sort
        self.width = width
        self.height = height
        screens = [.library]
        library.visible = Array(entries.indices)
        if library.sort != .path { sortVisible() }
        if entries.count == 1 { Runner.perform(self.open(0, then: .only), on: &self) }
        if let open, open.article >= 0, open.article < entries.count {
            if entries.count > 1 { library.list.selection = open.article }
            Runner.perform(self.open(open.article, then: .section(open.section)), on: &self)
        }
        if let speaker { openSpeakerPanel(query: speaker) }
    }

    /// Columns of article text: the screen less a margin each side, at most the settings' width.
    public var textWidth: Int {
        let full = ArticleLayout.textWidth(forScreen: width)
        return settings.maxWidth > 0 ? min(full, settings.maxWidth) : full
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var screen: Screen { screens.last ?? .library }
    /// Rows for the article or a list: everything but the status line.
    public var bodyHeight: Int { max(1, height - 1) }

    public var keyContext: KeyContext {
        if panel != nil { return .panel }
        return screen == .library ? .library : .reader
    }

    public var speakerIndex: SpeakerIndex {
        mutating get {
            if let cached = speakerIndexCache { return cached }
            let index = SpeakerIndex(entries: entries)
            speakerIndexCache = index
            return index
        }
    }
}
