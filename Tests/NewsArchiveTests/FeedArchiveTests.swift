import Foundation
@testable import NewsArchive
import NewsModel
import Testing

/// Feeds and packages in the archive: each item an article of its own at `FILE#N`.
@Suite struct FeedArchiveTests {
    /// An RSS feed of `count` items; item N quotes a speaker and names a word of its own (`markerN`).
    private func feed(_ count: Int, edition: String = "") -> String {
        let surnames = ["Quist", "Berne", "Calloway", "Dunmore", "Ellery", "Fairley", "Gorman", "Hale", "Ingram",
                        "Jessop", "Kettering"]
        var items = ""
        for n in 1...count {
            items += """
                <item><title>Council report number \(n) on harbour works\(edition)</title>
                <pubDate>Wed, 14 Jan 2026 10:00:00 +0000</pubDate>
                <description>&lt;p&gt;The works reached stage \(n) this week, marker\(n) of the plan.&lt;/p&gt;\
                &lt;p&gt;"We will finish stage \(n) before the winter," said engineer Ada \(surnames[(n - 1) % surnames.count]).&lt;/p&gt;</description>
                </item>

                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Desk</title>
            \(items)</channel></rss>
            """
    }

    @Test func everyItemIsAnArticleWithItsOwnOffsetsAndIdentity() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        let path = folder + "/news/desk.rss"
        write(feed(11), to: path)
        write("Quay opens\n\n\"It is done,\" said Ada Quist.\n", to: folder + "/news/quay.txt")
        let archive = try SQLiteArchive(path: folder + "/a.sqlite", mode: .write)
        let indexer = ArchiveIndexer(store: archive)

        let first = try indexer.run([folder + "/news"], prune: false)
        #expect(first.files == 2 && first.added == 12 && first.failures.isEmpty)
        let file = try #require(ArchiveIndexer.absolute(path))
        // Items in document order (#2 before #10), after the file's other articles in path order.
        let library = try archive.library(offset: 0, limit: 20).map(\.path)
        #expect(library == (1...11).map { file + "#\($0)" } + [try #require(ArchiveIndexer.absolute(folder + "/news/quay.txt"))])
        #expect(try archive.knownArticles().filter { $0.file == file }.map(\.item).sorted() == Array(1...11))

        // Every quote's offsets index its item's extracted text, as `newsroom text FILE#N` prints it.
        let quotes = try archive.quotes(ArchiveFilter()).filter { $0.path.hasPrefix(file + "#") }
        #expect(quotes.count == 11)
        for quote in quotes {
            guard case .success(let (article, _)) = ArticleLoader.loadFile(quote.path) else {
                Issue.record("cannot load \(quote.path)")
                continue
            }
            let scalars = Array(article.source.string.unicodeScalars)
            let slice = String(String.UnicodeScalarView(scalars[quote.range.start..<quote.range.end]))
            #expect(slice == quote.text)
        }
        let tenth = try archive.quotes(ArchiveFilter(speaker: "Ada Jessop"))
        #expect(tenth.map(\.path) == [file + "#10"])
        #expect(tenth.first?.text == "We will finish stage 10 before the winter,")

        let hits = try archive.search(SearchRequest(query: "marker7"))
        #expect(hits.map(\.path) == [file + "#7"])
        #expect(hits.first?.snippet.contains("\u{E000}marker7\u{E001}") == true)
        #expect(try archive.sections(ArchiveFilter()).first?.path == file + "#1")

        // Unchanged: nothing read again.
        let again = try indexer.run([folder + "/news"], prune: false)
        #expect(again.unchanged == 12 && again.added == 0 && again.updated == 0)

        // The feed loses items: the three left are updated, the eight others removed.
        write(feed(3, edition: " (revised)"), to: path)
        let shrunk = try indexer.run([folder + "/news"], prune: false)
        #expect(shrunk.updated == 3 && shrunk.removed == 8 && shrunk.unchanged == 1)
        #expect(try archive.articleCount() == 4)
        #expect(try archive.search(SearchRequest(query: "revised")).count == 3)
        #expect(try archive.search(SearchRequest(query: "marker7")).isEmpty)

        // Moved: every item follows its file, none analyzed again.
        let ids = try archive.knownArticles().filter { $0.file == file }.map(\.id).sorted()
        try FileManager.default.moveItem(atPath: path, toPath: folder + "/news/moved.rss")
        let moved = try indexer.run([folder + "/news"], prune: false)
        #expect(moved.moved == 3 && moved.added == 0)
        let movedFile = try #require(ArchiveIndexer.absolute(folder + "/news/moved.rss"))
        let after = try archive.knownArticles().filter { $0.file == movedFile }
        #expect(after.map(\.id).sorted() == ids && after.map(\.path).sorted() == (1...3).map { movedFile + "#\($0)" })

        // A feed of one item (still `FILE#1`); then gone and pruned.
        write("Harbour works end\n\nThe works ended.\n", to: folder + "/news/moved.rss.txt")
        write(feed(1), to: folder + "/news/moved.rss")
        let single = try indexer.run([folder + "/news"], prune: false)
        #expect(single.updated == 1 && single.removed == 2 && single.added == 1)
        #expect(try archive.knownArticles().filter { $0.file == movedFile }.map(\.path) == [movedFile + "#1"])
        try FileManager.default.removeItem(atPath: folder + "/news/moved.rss")
        #expect(try indexer.run([folder + "/news"], prune: true).removed == 1)
        #expect(try archive.articleCount() == 2)
        #expect(try archive.verify().isEmpty)
    }
}
