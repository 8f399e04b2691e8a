import Testing
@testable import NewsModel

/// One abbreviation list: the quotes' tokenizer and the figures' sentence splitter agree on it.
struct AbbreviationTests {
    static let undotted = Abbreviations.words.filter { !$0.contains(".") }

    @Test(arguments: undotted)
    func listedWordEndsNoSentenceForEitherExtractor(_ word: String) {
        let text = Array("They met the \(word). Then 12 people came.".unicodeScalars)
        let dot = text.firstIndex(of: ".") ?? 0
        text.withUnsafeBufferPointer { buffer in
            var sentences = Sentences.Cursor(buffer)
            #expect(sentences.next() == 0..<text.count, "figures split a sentence after \(word).")
            let tokens = NarrativeTokenizer.tokenize(BlockScalars(buffer), quotes: []).tokens
            let then = tokens.first { $0.start == dot + 2 }
            #expect(tokens.contains { $0.end == dot + 1 && $0.kind == .word }, "quotes split \(word). from its period")
            #expect(then.map { !$0.sentenceStart } ?? false, "quotes start a sentence after \(word).")
        }
    }

    @Test func unlistedWordEndsASentenceForBoth() {
        let text = Array("They met the mayor. Then 12 people came.".unicodeScalars)
        text.withUnsafeBufferPointer { buffer in
            var sentences = Sentences.Cursor(buffer)
            #expect(sentences.next() == 0..<19)
            let tokens = NarrativeTokenizer.tokenize(BlockScalars(buffer), quotes: []).tokens
            #expect(tokens.first { $0.start == 20 }?.sentenceStart == true)
        }
    }
}
