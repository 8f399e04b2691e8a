import Testing
@testable import NewsModel

/// Pairing of quotation marks in one block: styles, apostrophes, nesting, unbalanced marks.
struct QuoteScannerTests {
    /// The text of each top-level quote (without its marks) found in `text`.
    func quotes(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return QuoteScanner.scan(s).map { q in
            String(String.UnicodeScalarView(s[(q.open + 1)..<(q.close ?? s.count)]))
        }
    }

    @Test func straightAndCurlyDoubleQuotes() {
        #expect(quotes(#""We will rebuild," he said."#) == ["We will rebuild,"])
        #expect(quotes("“We will rebuild,” he said. “Soon.”") == ["We will rebuild,", "Soon."])
    }

    @Test func singleQuotesInAHeadline() {
        #expect(quotes("Trump says truce bid 'on track' after call") == ["on track"])
        #expect(quotes("‘We were the better side,’ said the coach.") == ["We were the better side,"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quotes("Ukraine's army and the union's leaders don't agree.").isEmpty)
        #expect(quotes("They had worked the docks since the '90s and the ’80s.").isEmpty)
        #expect(quotes("Old rock 'n' roll records played at the Joneses' café.").isEmpty)
        #expect(quotes("The Traders' Association met. Rock 'n' roll, O'Brien said.").isEmpty)
        #expect(quotes("She said 'em all were fine, and \"nothing else\" mattered.") == ["nothing else"])
    }

    @Test func pluralPossessiveInsideASingleQuote() {
        #expect(quotes("'The players' union is right,' said the coach.") == ["The players' union is right,"])
        #expect(quotes("‘The Joneses’ café is open,’ she said.") == ["The Joneses’ café is open,"])
    }

    @Test func apostrophesInsideAQuoteDoNotCloseIt() {
        #expect(quotes(#""It's the night shifts, the '90s," he said. "The Joneses' kids grew up here.""#)
                == ["It's the night shifts, the '90s,", "The Joneses' kids grew up here."])
    }

    @Test func nestedQuotesStayInsideTheOuterOne() {
        let text = "“He told us, ‘We’re done talking,’ and walked out,” said Okafor."
        #expect(quotes(text) == ["He told us, ‘We’re done talking,’ and walked out,"])
        #expect(quotes("‘I told them, “Keep the ball,” and they did,’ she said.") == ["I told them, “Keep the ball,” and they did,"])
    }

    @Test func guillemetsAndCornerBrackets() {
        #expect(quotes("Elle a dit «un film qui respire» hier.") == ["un film qui respire"])
        #expect(quotes("Its title, 「慢慢来」, translates as “take it slowly”.") == ["慢慢来", "take it slowly"])
        #expect(quotes("Er sagte: „Wir schaffen das“ und ging.") == ["Wir schaffen das"])
        #expect(quotes("Han sa »det går bra« i går.") == ["det går bra"])
    }

    @Test func unclosedQuoteEndsAtTheBlock() {
        let s = Array(#"He said "this never ends and nothing closes it"#.unicodeScalars)
        let found = QuoteScanner.scan(s)
        #expect(found.count == 1)
        #expect(found.first?.close == nil)
    }

    @Test func strayClosingMarkIsIgnored() {
        #expect(quotes("The word” appeared alone.").isEmpty)
    }

    @Test func hostileRunsOfMarksAreLinearAndBounded() {
        var text = String.UnicodeScalarView()
        let marks: [Unicode.Scalar] = ["\"", "'", "\u{201C}", "\u{201D}"]
        for i in 0..<100_000 {
            text.append(marks[i % 4])
            if i % 7 == 0 { text.append("a") }
        }
        let s = Array(text)
        let found = QuoteScanner.scan(s)
        #expect(found.count <= 100_000)
        for q in found { #expect(q.open < (q.close ?? s.count)) }
    }
}
