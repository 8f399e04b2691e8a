import NewsModel
import Testing

@Suite struct DisplayPathTests {
    @Test func bundledPathBesideTheBuildIsShownRelative() {
        let built = "/repo/.build/x86_64-unknown-linux-gnu/debug/../../../Fixtures/articles/budget-row.txt"
        #expect(DisplayPath.standardized(built, relativeTo: "/repo") == "Fixtures/articles/budget-row.txt")
        #expect(DisplayPath.standardized(built, relativeTo: "/repo/") == "Fixtures/articles/budget-row.txt")
        #expect(DisplayPath.standardized(built, relativeTo: "/elsewhere") == "/repo/Fixtures/articles/budget-row.txt")
    }

    @Test func relativePathsAreTidiedButNeverClimbAboveTheirStart() {
        #expect(DisplayPath.standardized("./a//b/./c.txt", relativeTo: "/x") == "a/b/c.txt")
        #expect(DisplayPath.standardized("a/../b.txt", relativeTo: "/x") == "b.txt")
        #expect(DisplayPath.standardized("../up/b.txt", relativeTo: "/x") == "../up/b.txt")
        #expect(DisplayPath.standardized("-", relativeTo: "/x") == "-")
        #expect(DisplayPath.standardized("/repoX/a.txt", relativeTo: "/repo") == "/repoX/a.txt")
    }
}
