import NewsArchive
import NewsTUI

/// The reader's `S` search answered by the archive the library came from.
struct ArchiveFullText: FullTextSearching {
    let archive: any ArchiveStore

    func search(_ query: String, limit: Int) -> Result<[FullTextHit], FullTextFailure> {
        do throws(ArchiveError) {
            let hits = try archive.search(SearchRequest(query: query, limit: limit))
            return .success(hits.map { FullTextHit(path: $0.path, headline: $0.headline, date: $0.date, source: $0.source,
                                                   snippet: $0.snippet) })
        } catch {
            // A query half typed (`"open`, `x OR`) says why it is not one yet, as `search` does.
            return .failure(FullTextFailure(error.description))
        }
    }
}
