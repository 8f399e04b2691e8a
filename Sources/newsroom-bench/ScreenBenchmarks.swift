import NewsBench

/// Screen figures come with the reader; until it is wired in there are none.
enum ScreenBenchmarks {
    static let probe: (@Sendable (String, String) -> [BenchResult])? = nil
}
