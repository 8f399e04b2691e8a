import Testing
@testable import NewsModel

/// A heading does not end on a function word; the check compares ASCII letters in any
/// case instead of lowercasing a string, so it must agree with `lowercased()`.
struct TitleShapeTests {
    @Test func trailingFunctionWordsInAnyCase() {
        for word in ["a", "An", "AND", "of", "The", "WITH", "from", "tHaT"] {
            let scalars = Array(("Budget talks " + word).unicodeScalars)
            #expect(ArticleParser.isTrailingFunctionWord(scalars, from: 13, to: scalars.count), "\(word)")
        }
        for word in ["Bay", "offer", "ände", "\u{212A}in", "thee", "", "withh"] {
            let scalars = Array(("Budget talks " + word).unicodeScalars)
            #expect(!ArticleParser.isTrailingFunctionWord(scalars, from: 13, to: scalars.count), "\(word)")
        }
    }

    @Test func titlesEndingOnAFunctionWordAreNotHeadings() throws {
        let shaped = { (text: String) in ArticleParser.isTitleShaped(try parse(text + "\n\nBody text.").headline) }
        #expect(try shaped("Flood Defences in the Valley"))
        #expect(try !shaped("Flood Defences in the"))
        #expect(try !shaped("Flood Defences AND"))
    }
}
