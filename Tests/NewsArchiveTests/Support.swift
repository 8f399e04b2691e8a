import Foundation
@testable import NewsArchive
import NewsModel
import NewsTestSupport

/// A fresh folder under the system's temporary folder, removed by the caller.
func temporaryFolder(_ name: String = #function) -> String {
    let base = NSTemporaryDirectory() + "newsroom-archive-tests-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    return base
}

/// The project's fixture articles (plain text and Markdown).
let fixturesFolder = Repository.path("Fixtures/articles")

func write(_ text: String, to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}
