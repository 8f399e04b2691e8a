import Testing
@testable import NewsModel

/// The line splitter reads UTF-8 eight bytes at a time and marks verbatim lines, whose
/// display text is then copied from the source bytes. Both must agree exactly with the
/// scalar-by-scalar reference (`ArticleParser.splitLines`, `BlockBuilder` without bytes)
/// wherever a word boundary, a break or an odd byte falls.
struct LineSplittingTests {
    static let texts: [String] = {
        var texts = [
            "", "\n", "\r\n\r\n", "one line", "Head\r\nline  two\r\rthree\ttab\n  lead and trail  \nend",
            "\u{A0}no-break edges\u{A0}\n\u{3000}ideographic\u{3000}\nDEL\u{7F}x\nab  cd\n\u{FEFF}BOM",
            "a\u{1}b control\n\u{0B}vertical\u{0C}feed\n", "trailing newline\n",
        ]
        // Double spaces, "!" after a space, breaks and non-ASCII at every offset around a word.
        for odd in ["  ", " !", "\n", "\r\n", "\t", "é", "—", "😀", " ", "\u{A0}", " \u{2009} ", "\u{3000}", "\u{2007}",
                    "\u{202F}", "\u{FEFF}", "\u{1680}", "\u{205F}", "\u{7F}", "\u{85}", " \u{200B} "] {
            for offset in 0..<18 {
                let before = String(repeating: "w", count: offset)
                texts.append(before + odd + "tail of the line with words\nnext line" + odd + "x")
            }
        }
        return texts
    }()

    @Test func linesMatchTheScalarReference() {
        for text in Self.texts {
            let source = SourceText(text)
            let scalars = source.scalarArray()
            let reference = ArticleParser.splitLines(scalars)
            var bytes = text
            let lines = bytes.withUTF8 { utf8 in scalars.withUnsafeBufferPointer { LineSplitting.lines(utf8, $0) } }
            #expect(lines.map(\.start) == reference.map(\.start), "\(text.debugDescription)")
            #expect(lines.map(\.end) == reference.map(\.end), "\(text.debugDescription)")
            #expect(lines.map(\.contentStart) == reference.map(\.contentStart), "\(text.debugDescription)")
            #expect(lines.map(\.contentEnd) == reference.map(\.contentEnd), "\(text.debugDescription)")
        }
    }

    @Test func verbatimLinesHoldNoCollapsibleSpace() {
        var verbatim = 0, verbatimWide = 0
        for text in Self.texts {
            let scalars = SourceText(text).scalarArray()
            var bytes = text
            let lines = bytes.withUTF8 { utf8 in scalars.withUnsafeBufferPointer { LineSplitting.lines(utf8, $0) } }
            for line in lines where line.isVerbatim {
                verbatim += 1
                let content = scalars[line.start..<line.end]
                if content.contains(where: { !$0.isASCII }) { verbatimWide += 1 }
                #expect(!content.contains { $0.value < 0x20 || $0.isHorizontalSpace && !$0.isNoBreakSpace && $0 != " " },
                        "\(text.debugDescription)")
                #expect(!String(String.UnicodeScalarView(content)).contains("  "), "\(text.debugDescription)")
            }
        }
        // Most lines of these texts are verbatim, some with non-ASCII letters: the fast path is exercised.
        #expect(verbatim > 200)
        #expect(verbatimWide > 40)
    }

    @Test func blocksCopiedFromBytesMatchBlocksBuiltFromScalars() {
        for text in Self.texts {
            let scalars = SourceText(text).scalarArray()
            var bytes = text
            let lines = bytes.withUTF8 { utf8 in scalars.withUnsafeBufferPointer { LineSplitting.lines(utf8, $0) } }
            let fast = BlockBuilder(scalars: scalars, markdown: false, source: text)
            let reference = BlockBuilder(scalars: scalars, markdown: false)
            // Each line alone, and all of them as one block (a paragraph wrapped over lines).
            for group in lines.map({ [$0] }) + [lines] {
                let a = fast.build(group), b = reference.build(group)
                #expect(a == b, "\(text.debugDescription)")
            }
        }
    }
}
