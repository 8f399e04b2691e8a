import Foundation
@testable import NewsArchive
import Testing

@Suite struct SearchTests {
    @Test func queriesTranslateToFTS5() throws {
        #expect(try SearchQuery.translate("ceasefire talks") == "ceasefire talks")
        #expect(try SearchQuery.translate("\"energy facilities\"") == "\"energy facilities\"")
        #expect(try SearchQuery.translate("ceasefir*") == "ceasefir*")
        #expect(try SearchQuery.translate("truce OR ceasefire NOT (Russia AND Moscow)")
                == "truce OR ceasefire NOT ( Russia AND Moscow )")
        #expect(try SearchQuery.translate("U.S. Kyiv-based") == "\"U.S.\" \"Kyiv-based\"")
        #expect(try SearchQuery.translate("x'; DROP TABLE articles; --") == "\"x';\" DROP TABLE \"articles;\"")
        #expect(try SearchQuery.translate("Zoë") == "Zoë")
    }

    @Test func malformedQueriesSayWhy() {
        let cases: [(String, String)] = [
            ("\"open", "unclosed quotation mark"), ("NOT x", "NOT needs a term before it"),
            ("x OR", "OR needs a term after it"), ("(x", "a '(' without its ')'"), ("x)", "a ')' without its '('"),
            ("()", "empty parentheses"), ("", "nothing to search for"), ("-- !!", "nothing to search for"),
            ("x AND OR y", "OR needs a term before it"),
        ]
        for (query, reason) in cases {
            #expect(throws: ArchiveError.malformedQuery(reason)) { try SearchQuery.translate(query) }
        }
    }

    @Test func searchRanksAndFilters() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = try SQLiteArchive(path: folder + "/a.sqlite", mode: .write)
        _ = try ArchiveIndexer(store: archive).run([fixturesFolder], prune: false)
        let hits = try archive.search(SearchRequest(query: "\"prisoner exchange\""))
        #expect(hits.first?.path.hasSuffix("/seed-article.txt") == true)
        #expect(hits.first?.snippet.unicodeScalars.contains(SearchHit.markStart) == true)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score <= $1.score })
        let limited = try archive.search(SearchRequest(query: "said", limit: 3))
        #expect(limited.count == 3)
        let bySpeaker = try archive.search(SearchRequest(query: "said", filter: ArchiveFilter(speaker: "zelensky")))
        #expect(!bySpeaker.isEmpty && bySpeaker.allSatisfy { $0.path.hasSuffix("/seed-article.txt") })
        let future = try archive.search(SearchRequest(query: "said", filter: ArchiveFilter(since: "2999-01-01")))
        #expect(future.isEmpty)
        #expect(try archive.articleCount() == 17)
    }
}
