import NewsModel

/// Loading a folder the way the reader does, and searching its speakers.
public enum LibraryBenchmarks {
    /// Everything the reader keeps: files read, parsed and analyzed into library
    /// entries (the same `Library.load` the reader uses), and the speaker index.
    public static func loadLibrary(_ directory: String) -> (entries: [LibraryEntry], index: SpeakerIndex) {
        let entries = Library.load([directory]).entries
        return (entries, SpeakerIndex(entries: entries))
    }

    /// The whole folder read, parsed and analyzed, as the reader has it once its
    /// background loading is done.
    public static func load(_ directory: String, label: String, runs: Int) -> BenchResult {
        let sample = Sample((0..<runs).map { _ in timeSeconds { blackHole(loadLibrary(directory).entries.count) } * 1000 })
        return BenchResult("load \(label) folder, all analyzed", sample.median, "ms", min: sample.min, max: sample.max)
    }

    /// What the reader does before its first frame on a large folder: list the
    /// folder and analyze the first `firstChunk` articles (the rest load behind it).
    public static func firstFrame(_ directory: String, label: String, runs: Int, firstChunk: Int = 256) -> BenchResult {
        let sample = Sample((0..<runs).map { _ in
            timeSeconds {
                let files = ArticleLoader.expand([directory]).files
                blackHole(Library.load(files: Array(files.prefix(firstChunk))).entries.count)
            } * 1000
        })
        return BenchResult("\(label) folder to first frame", sample.median, "ms", min: sample.min, max: sample.max,
                           target: label.hasPrefix("10000") ? "≤ 1000" : nil)
    }

    /// p50/p99 latency of speaker queries: a name prefix, a full name and a role,
    /// taken from the most quoted speakers so that they match something.
    public static func search(_ index: SpeakerIndex, repetitions: Int) -> [BenchResult] {
        let top = index.speakers.sorted { $0.quotes.count > $1.quotes.count }.prefix(5)
        let names = top.map(\.name)
        let prefixes = names.compactMap { $0.split(separator: " ").last.map { String($0.prefix(3)).lowercased() } }
        let roles = top.compactMap { $0.roles.first.flatMap { $0.split(separator: " ").last.map(String.init) } }
        var results: [BenchResult] = []
        for (label, queries) in [("prefix", prefixes), ("full name", names), ("role", roles)] {
            let queries = queries.isEmpty ? ["zz"] : queries
            var times: [Double] = []
            for r in 0..<repetitions {
                let query = queries[r % queries.count]
                times.append(timeSeconds { blackHole(index.search(query).count) } * 1000)
            }
            let sample = Sample(times)
            results.append(BenchResult("speaker search, \(label) (p50)", sample.median, "ms", min: sample.min, max: sample.max))
            results.append(BenchResult("speaker search, \(label) (p99)", sample.percentile(99), "ms", target: "≤ 5"))
        }
        return results
    }
}
