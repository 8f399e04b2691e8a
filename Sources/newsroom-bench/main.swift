import Foundation
import NewsBench
import NewsModel

// newsroom-bench [--quick] [--json FILE] [--fixtures DIR]
// newsroom-bench --memory-child DIR   (internal: load DIR, print peak RSS)
// newsroom-bench --profile DIR [--stage parse|quotes|figures|all] [--repeat N]
//     runs one stage over DIR's .txt files N times, for perf/callgrind
// newsroom-bench --write-corpus DIR [--count N] [--bytes B]   writes the benchmark corpus
// newsroom-bench --archive DIR [--count N] [--json FILE]   the archive benchmarks on a corpus of N in DIR

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

if let dir = option("--memory-child") {
    // --stage parse: articles only, without extraction (to see what extraction adds).
    if option("--stage") == "parse" {
        let loaded = ArticleLoader.load([dir])
        blackHole(loaded)
        print(peakResidentBytes())
    } else {
        let library = LibraryBenchmarks.loadLibrary(dir)
        blackHole(library)
        print(peakResidentBytes())
    }
    exit(0)
}

if let dir = option("--write-corpus") {
    do {
        let corpus = try Corpus(fixtures: option("--fixtures") ?? "Fixtures/articles")
        let defaults = BenchmarkSuite.Configuration(fixtures: "")
        let total = try corpus.write(count: Int(option("--count") ?? "1000") ?? 1_000, seed: defaults.seed,
                                     bytes: Int(option("--bytes") ?? "") ?? defaults.articleBytes, to: dir)
        print("\(dir): \(total) bytes")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("newsroom-bench: error: \(error)\n".utf8))
        exit(2)
    }
}

if let dir = option("--archive") {
    do {
        let defaults = BenchmarkSuite.Configuration(fixtures: "")
        let configuration = ArchiveBenchmarks.Configuration(
            folder: dir, count: Int(option("--count") ?? "") ?? 100_000, articleBytes: defaults.articleBytes,
            seed: defaults.seed, fixtures: option("--fixtures") ?? "Fixtures/articles")
        let results = try ArchiveBenchmarks.run(configuration) { FileHandle.standardError.write(Data(("bench: " + $0 + "\n").utf8)) }
        print(BenchTable.render(results), terminator: "")
        if let path = option("--json") {
            let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
            try BenchmarkSuite.json(results, machine: machine).serialized().write(toFile: path, atomically: false, encoding: .utf8)
        }
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("newsroom-bench: error: \(error)\n".utf8))
        exit(2)
    }
}

if let dir = option("--profile") {
    let stage = option("--stage") ?? "all"
    let repeats = Int(option("--repeat") ?? "1") ?? 1
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    let texts = names.compactMap { try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
    let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) * Double(repeats)
    let seconds = timeSeconds {
        for _ in 0..<repeats { blackHole(PipelineBenchmarks.profile(texts, stage: stage)) }
    }
    print("\(stage): \(texts.count) articles × \(repeats), \(String(format: "%.2f", bytes / 1e6 / seconds)) MB/s")
    exit(0)
}

let fixtures = option("--fixtures") ?? "Fixtures/articles"
var configuration = BenchmarkSuite.Configuration(fixtures: fixtures)
if arguments.contains("--quick") {
    configuration.counts = [100, 1_000]
    configuration.runs = 3
    configuration.largeArticles = 1
}
var suite = BenchmarkSuite(configuration)
suite.memoryProbe = { dir in
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    process.arguments = ["--memory-child", dir]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}
suite.screenProbe = ScreenBenchmarks.probe

do {
    let results = try suite.run { FileHandle.standardError.write(Data(("bench: " + $0 + "\n").utf8)) }
    print(BenchTable.render(results), terminator: "")
    if let path = option("--json") {
        let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
        try BenchmarkSuite.json(results, machine: machine).serialized().write(toFile: path, atomically: false, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("newsroom-bench: error: \(error)\n".utf8))
    exit(2)
}
