import Foundation
@testable import NewsModel

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let fixturesDirectory = repositoryRoot + "/Fixtures/articles"
let expectedDirectory = repositoryRoot + "/Fixtures/expected"

func fixturePath(_ name: String) -> String { fixturesDirectory + "/" + name }

func loadFixture(_ name: String) throws -> Article {
    switch ArticleLoader.loadFile(fixturePath(name)) {
    case .success(let (article, _)): return article
    case .failure(let failure): throw failure
    }
}

func parse(_ text: String, format: ArticleFormat = .plainText) throws -> Article {
    try ArticleParser.parse(SourceText(text), path: "test", format: format)
}

/// A fresh temporary folder, removed by the caller.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "newsroom-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Python-style slicing by code points, independent of `SourceText`.
func codePointSlice(_ text: String, _ range: SourceRange) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range.start..<range.end])
    return String(view)
}

/// Compares `actual` with the golden file `name`, or rewrites it when NEWSROOM_RECORD=1.
func matchesGolden(_ actual: String, _ name: String) throws -> Bool {
    let path = expectedDirectory + "/" + name
    if ProcessInfo.processInfo.environment["NEWSROOM_RECORD"] == "1" {
        try actual.write(toFile: path, atomically: false, encoding: .utf8)
        return true
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    return expected == actual
}
