import Testing
@testable import NewsTUI
import NewsTestSupport

/// Screen snapshots: the screen as plain text lines in Snapshots/NAME.txt.
/// Re-recorded only on purpose, with NEWSROOM_RECORD=1.
enum Snapshot {
    static let directory = TestArticles.root + "/Tests/NewsTUITests/Snapshots"

    static func text(_ buffer: ScreenBuffer) -> String {
        buffer.lines().joined(separator: "\n") + "\n"
    }

    static func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let buffer = Renderer.render(state)
        // Every recorded screen also keeps the promises of a frame.
        #expect(buffer.invariantViolations() == [], sourceLocation: sourceLocation)
        let actual = text(buffer)
        if let mismatch = Golden.mismatch(actual, golden: directory + "/" + name + ".txt") {
            Issue.record(Comment(rawValue: "snapshot \(name): \(mismatch)\n--- screen ---\n\(actual)"), sourceLocation: sourceLocation)
        }
    }
}
