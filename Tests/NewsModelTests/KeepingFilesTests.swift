import NewsModel
import Testing

/// The files behind reading positions, bookmarks and clippings.
@Suite struct KeepingFilesTests {
    @Test func readingMemoryRoundTripsAndRejectsCorruptFiles() throws {
        var memory = ReadingMemory()
        memory.positions["/news/a \"b\".txt"] = SavedPosition(block: 7, offset: 12, blankBefore: true)
        memory.bookmarks = ["/news/c.md"]
        #expect(try ReadingMemory.parse(memory.serialized()) == memory)
        for corrupt in ["{not json", "[]", "{\"version\": 2}", "{\"positions\": {\"/a\": [1, 2]}}", "{\"bookmarks\": [1]}", ""] {
            #expect(throws: ReadingMemory.Corrupt.self) { try ReadingMemory.parse(corrupt) }
        }
        #expect(ReadingMemory.key("x/../a.txt", directory: "/home/r") == "/home/r/a.txt")
        #expect(ReadingMemory.key("-", directory: "/home/r") == nil)
    }

    @Test func jsonParsesWhatItWrites() throws {
        let value = JSON.object([("a", .string("q\"\\\n\u{1B}é😀")), ("b", .array([.int(-3), .double(1.5), .null, .bool(false)]))])
        #expect(try JSON.parse(value.serialized()) == value)
        #expect(try JSON.parse(value.compact()) == value)
        #expect(try JSON.parse("\"\\ud83d\\ude00\"") == .string("😀"))
        #expect(throws: JSON.ParseError.self) { try JSON.parse("{\"a\": 1,}") }
        #expect(throws: JSON.ParseError.self) { try JSON.parse("[1] 2") }
    }

    @Test func clippingsRoundTripWithTheirCitation() throws {
        let clip = Clipping(kind: .quote, text: "on track", speaker: "Donald Trump", role: "US president", headline: "Truce bid",
                            date: "Mar 19", source: "Reuters", article: "/news/seed.txt", start: 30, end: 38, saved: 1_700_000_000)
        #expect(Clipping(json: try JSON.parse(clip.json.compact())) == clip)
        #expect(clip.citation == "\u{201C}on track\u{201D} \u{2014} Donald Trump, US president. Truce bid, Reuters, Mar 19 (/news/seed.txt)")
        #expect(Clipping(json: .object([("kind", .string("quote"))])) == nil)
    }
}
