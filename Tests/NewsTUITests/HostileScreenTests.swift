import Foundation
import Testing
import NewsModel
import NewsTestSupport
@testable import NewsTUI

/// The reader's loader and screens on every hostile input: each file either
/// fails to load with a reason or is shown with every frame keeping its promises.
@Suite struct HostileScreenTests {
    static let files = Repository.files(in: "Fixtures/hostile").map { Repository.path("Fixtures/hostile/" + $0) }

    @Test func theHostileFolderIsListed() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func hostileArticleRendersSafely(path: String) throws {
        DisplayWidth.prepareLocale()
        let article: Article
        switch ArticleLoader.loadFile(path) {
        case .success(let (loaded, _)): article = loaded
        case .failure(let failure):
            // Refused, with a reason on one line.
            let reason = failure.reason.description
            #expect(!reason.isEmpty && !reason.contains("\n"), "\(path): \(reason)")
            return
        }
        for (width, height) in [(80, 24), (31, 8), (200, 60)] {
            var state = AppState(articles: [AnalyzedArticle(article)], width: width, height: height)
            for key in Script.keys("jjj<PgDn>]]\"<Enter>#<Enter>o<End><Enter>/e<Enter>nN@a<Esc>?<Esc>G") {
                Runner.send(.key(key), to: &state)
                #expect(Renderer.render(state).invariantViolations() == [], "\(path) at \(width)x\(height) after \(key)")
            }
        }
    }

    @Test func tooSmallAndDegenerateSizes() throws {
        let seed = try TestArticles.fixture("seed-article.txt")
        for (width, height) in [(0, 0), (1, 1), (29, 7), (30, 8), (2, 100), (500, 3)] {
            let state = AppState(articles: [seed], width: width, height: height)
            #expect(Renderer.render(state).invariantViolations() == [])
        }
    }
}
