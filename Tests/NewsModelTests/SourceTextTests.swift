import Testing
@testable import NewsModel

/// `SourceText` counts scalars and places its checkpoints eight bytes at a time, and the
/// decoder widens ASCII runs in bulk: both are checked against the standard library's
/// own decoding on texts where the fast paths start, stop and straddle checkpoints.
struct SourceTextTests {
    /// ASCII runs of every length around the 8-byte words and 64-scalar checkpoints,
    /// between characters of two, three and four UTF-8 bytes.
    static let texts: [String] = {
        var texts = ["", "a", "é", "plain ASCII only", String(repeating: "x", count: 200)]
        for wide in ["é", "—", "😀", "\u{301}"] {
            for run in [0, 1, 7, 8, 9, 15, 16, 63, 64, 65, 127] {
                let ascii = String(repeating: "a", count: run)
                texts.append(ascii + wide + ascii + wide + wide + String(repeating: "b", count: 130) + wide)
                texts.append(String(repeating: wide + ascii, count: 12))
            }
        }
        return texts
    }()

    @Test func countsScalarsAndSlicesLikeTheStandardLibrary() {
        for text in Self.texts {
            let source = SourceText(text)
            let scalars = Array(text.unicodeScalars)
            #expect(source.scalarCount == scalars.count)
            var utf8 = 0
            for (offset, scalar) in scalars.enumerated() {
                #expect(source.utf8Offset(ofScalar: offset) == utf8)
                utf8 += String(scalar).utf8.count
            }
            #expect(source.utf8Offset(ofScalar: scalars.count) == utf8)
            for start in stride(from: 0, through: scalars.count, by: 7) {
                for end in [start, start + 1, start + 30, start + 70, scalars.count] where end <= scalars.count {
                    let range = SourceRange(start, end)
                    #expect(source.slice(range) == codePointSlice(text, range))
                }
            }
        }
    }

    @Test func decodesScalarsLikeTheStandardLibrary() {
        for text in Self.texts + [String(repeating: "ab—", count: 400)] {
            #expect(ScalarString.scalars(text) == Array(text.unicodeScalars))
            #expect(SourceText(text).scalarArray() == Array(text.unicodeScalars))
        }
    }

    /// Decoding one scalar at a time, and resuming after a bulk copy that ran out of room.
    @Test func scalarSequenceResumesWhereTheCopyStopped() {
        for text in Self.texts {
            let expected = Array(text.unicodeScalars)
            var utf8 = text
            utf8.withUTF8 { bytes in
                let sequence = UTF8Scalars(bytes: bytes)
                var iterator = sequence.makeIterator()
                var one: [Unicode.Scalar] = []
                while let scalar = iterator.next() { one.append(scalar) }
                #expect(one == expected)
                for room in [0, 1, 5, 64] {
                    var copied = [Unicode.Scalar](repeating: "?", count: room)
                    let (rest, count) = copied.withUnsafeMutableBufferPointer { sequence._copyContents(initializing: $0) }
                    var all = Array(copied[0..<count])
                    all.append(contentsOf: IteratorSequence(rest))
                    #expect(all == expected)
                }
            }
        }
    }

    @Test func slicesOutOfRangeAreClamped() {
        let source = SourceText("héllo")
        #expect(source.slice(SourceRange(3, 99)) == "lo")
        #expect(source.slice(SourceRange(99, 120)) == "")
    }
}
