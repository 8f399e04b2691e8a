import Foundation
import Testing
@testable import NewsModel
import NewsTestSupport

let repositoryRoot = Repository.root

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

/// Compares `actual` with the golden file Fixtures/expected/`name` (a failure shows the diff),
/// or rewrites it when NEWSROOM_RECORD=1.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let mismatch = Golden.mismatch(actual, golden: expectedDirectory + "/" + name) {
        Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
    }
}
