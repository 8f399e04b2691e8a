import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// One fuzz input through the whole pipeline, with every invariant checked.
/// The first byte picks the format, the rest is the article's bytes: bit 1 set reads
/// them as a structured file (XML, JSON or HTML by content; bit 2 names it `.html`),
/// otherwise bit 0 picks plain text or Markdown.
func checkPipeline(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    if first & 2 != 0 {
        let file = first & 4 == 0 ? "fuzz.xml" : "fuzz.html"
        guard let articles = try? ArticleLoader.articles(from: Array(bytes.dropFirst()), file: file) else { return }
        for (article, _) in articles { check(AnalyzedArticle(article), seed: first) }
        return
    }
    let format: ArticleFormat = first & 1 == 0 ? .plainText : .markdown
    guard let decoded = try? TextDecoding.decode(Array(bytes.dropFirst())),
          let article = try? ArticleParser.parse(SourceText(decoded.text), path: "fuzz", format: format)
    else { return }
    check(AnalyzedArticle(article), seed: first)
}

private func check(_ analyzed: AnalyzedArticle, seed first: UInt8) {
    let problems = analyzed.invariantViolations() + FuzzScreens.check(analyzed, seed: first)
    if !problems.isEmpty {
        for problem in problems { printError("invariant violated: \(problem)") }
        abort()
    }
}

func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    checkPipeline(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM gives every executable its own entry point, so libFuzzer's main is
// not used: the driver is started from ours.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
/// Without libFuzzer the same check replays files: `newsroom-fuzz FILE...`.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let bytes = try? FileReader.read(path: path) else {
                printError("newsroom-fuzz: cannot read \(path)")
                exit(2)
            }
            checkPipeline(bytes)
        }
    }
}
#endif
