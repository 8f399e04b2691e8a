import Testing
@testable import NewsModel

/// Inputs built to break a number scanner: they must finish in linear time,
/// not crash, and give finite values or null.
struct FigureHostileTests {
    private func figures(_ body: String) -> [Figure] {
        let figures = FigureTesting.figures(body)
        for f in figures {
            for v in [f.value, f.low, f.high] {
                if let v { #expect(v.isFinite) }
            }
        }
        return figures
    }

    @Test func tenThousandDigits() {
        let digits = String(repeating: "9", count: 10_000)
        let found = figures("The counter showed \(digits) visitors.")
        #expect(found.count == 1)
        #expect(found.first?.value == nil)
        #expect(found.first?.text == digits + " visitors")
    }

    @Test func scientificNotationIsNotAFigure() {
        #expect(figures("The limit is 1e308 in the spec.").isEmpty)
    }

    @Test func hugeGroupedNumberKeepsAFiniteValue() {
        let found = figures("The debt reached 999,999,999,999,999,999,999 units.")
        #expect(found.count == 1)
        #expect(found.first?.value == 999_999_999_999_999_999_999.0)
    }

    @Test func megabyteWord() {
        let word = String(repeating: "a", count: 1_000_000)
        #expect(figures("Here is \(word) and 3 cats.").map(\.text) == ["3 cats"])
    }

    @Test func hundredThousandCommaSeparatedDigits() {
        let text = (0..<100_000).map { String($0 % 10) }.joined(separator: ",")
        let found = figures(text)
        #expect(!found.isEmpty)
    }

    @Test func hundredThousandDigitGroups() {
        let text = "1" + String(repeating: ",000", count: 100_000) + " ships"
        let found = figures(text)
        #expect(found.count == 1)
        #expect(found.first?.value == nil)
    }

    @Test func longDecimals() {
        let found = figures("Pi is 3." + String(repeating: "1", count: 5000) + " roughly.")
        #expect(found.count == 1)
    }

    @Test func manyQualifiersAndDashes() {
        let text = String(repeating: "more than - up to -- between and ", count: 20_000) + "5 boats"
        #expect(figures(text).last?.text == "5 boats")
    }

    @Test func figureCheckStaysBoundedOnRepeatedCounts() {
        let text = (0..<20_000).map { "Crews saw \($0 % 50 + 2) boats." }.joined(separator: " ")
        let result = FigureExtractor.extract(FigureTesting.article(text))
        #expect(result.figures.count == 20_000)
        #expect(result.conflicts.isEmpty)
    }

    @Test func controlCharactersAndUnicode() {
        let found = figures("Crowds of \u{1B}[31m40\u{1B}[0m people and ١٢ tents and 7\u{0301} cars.")
        for f in found { #expect(!f.text.isEmpty) }
    }
}
