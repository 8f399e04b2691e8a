import Foundation
@testable import NewsArchive
import NewsModel
import Testing

@Suite struct ArchiveLibraryTests {
    /// The reader's library read from the archive, page by page, is the library the files make
    /// (all but the body, which the archive's full-text search stands in for).
    @Test func pagesOfEntriesAreTheFilesEntries() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let formats = URL(fileURLWithPath: fixturesFolder).deletingLastPathComponent().path + "/formats"
        try FileManager.default.copyItem(atPath: fixturesFolder, toPath: folder + "/articles")
        try FileManager.default.copyItem(atPath: formats, toPath: folder + "/formats")
        let archive = try SQLiteArchive(path: folder + "/a.sqlite", mode: .write)
        let root = try #require(ArchiveIndexer.absolute(folder))
        _ = try ArchiveIndexer(store: archive).run([root + "/articles", root + "/formats"], prune: false)

        let files = Library.load(files: ArticleLoader.expand([root + "/articles", root + "/formats"]).files).entries
        var stored: [LibraryEntry] = []
        while true {
            let page = try archive.libraryEntries(offset: stored.count, limit: 5)
            stored += page
            if page.count < 5 { break }
        }
        #expect(stored.count == 41 && files.count == 41)
        for (a, b) in zip(files, stored) {
            #expect(a.path == b.path && a.format == b.format && a.headline == b.headline)
            #expect(a.sectionCount == b.sectionCount && a.figureCount == b.figureCount, "\(a.path)")
            #expect(a.quotes == b.quotes && a.speakers == b.speakers, "\(a.path)")
            #expect(a.date == b.date && a.source == b.source && a.byline == b.byline, "\(a.path)")
            #expect(b.body.isEmpty)
        }
    }
}
