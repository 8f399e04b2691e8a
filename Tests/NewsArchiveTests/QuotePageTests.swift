import Foundation
@testable import NewsArchive
import Testing

@Suite struct QuotePageTests {
    /// Pages of a speaker's quotes, put end to end, are the whole answer in its order, with its count.
    @Test func pagesAreSlicesOfTheWholeAnswer() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = try SQLiteArchive(path: folder + "/a.sqlite", mode: .write)
        _ = try ArchiveIndexer(store: archive).run([fixturesFolder], prune: false)
        var filters = ["zelensky", "Volodymyr Zelensky", "minister", "a", "mar", "coach", "spokeswoman", "trump"]
            .map { ArchiveFilter(speaker: $0) }
        var nameOnly = ArchiveFilter(speaker: "zelensky")
        nameOnly.nameOnly = true
        filters += [nameOnly, ArchiveFilter(speaker: "a", since: "2000-01-01"), ArchiveFilter(speaker: "a", kind: "full"),
                    ArchiveFilter()]
        for filter in filters {
            let whole = try archive.quotes(filter)
            #expect(!whole.isEmpty, "\(filter.speaker ?? "-")")
            for size in [1, 3, 7, 50] {
                var pages: [ArchivedQuote] = []
                var offset = 0
                while true {
                    let page = try archive.quotes(filter, offset: offset, limit: size)
                    #expect(page.total == whole.count)
                    pages += page.quotes
                    if page.quotes.count < size { break }
                    offset += size
                }
                #expect(pages == whole, "\(filter.speaker ?? "-") in pages of \(size)")
            }
        }
        #expect(try archive.quotes(ArchiveFilter(speaker: "nobody-at-all"), offset: 0, limit: 5).total == 0)
    }
}
