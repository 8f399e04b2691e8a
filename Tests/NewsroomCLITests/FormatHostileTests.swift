import Foundation
import Testing

/// The hostile XML, HTML and JSON fixtures: each ends in a clear one-line error or a
/// clean article, quickly and in bounded memory (HostileInputTests also runs every
/// command on them and checks the output for raw control characters).
@Suite struct FormatHostileTests {
    static func hostile(_ name: String) -> String { repositoryRoot + "/Fixtures/hostile/" + name }

    private func expectError(_ name: String, _ reason: String) throws {
        let started = Date()
        let run = try runNewsroom(["sections", "--json", Self.hostile(name)])
        #expect(run.status == 2, "\(name): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "newsroom: error: \(Self.hostile(name)): \(reason)\n")
        #expect(Date().timeIntervalSince(started) < 5, "\(name) took too long")
    }

    private func text(_ name: String) throws -> String {
        let run = try runNewsroom(["text", "--json", Self.hostile(name)])
        #expect(run.status == 0, "\(name): \(run.stderr)")
        let records = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        return try #require(records?.first?["text"] as? String)
    }

    @Test func billionLaughsIsAnErrorNotAHang() throws {
        try expectError("xml-billion-laughs.xml", "not well-formed XML: line 1: Detected an entity reference loop")
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let extracted = try text("xml-external-entity.xml")
        #expect(extracted == "External entities are never loaded\n\nThe password file: and a remote one: .\n")
        #expect(!extracted.contains("root:"))
    }

    @Test func externalParameterEntitiesAreNeverLoaded() throws {
        // Neither the network nor the file is read, so the entity they would define stays undefined.
        try expectError("xml-external-parameter-entity.xml", "not well-formed XML: line 9: Entity 'leak' not defined")
    }

    @Test func tenThousandDeepNestingIsAnError() throws {
        try expectError("xml-deep-nesting.xml",
                        "not well-formed XML: line 2: Excessive depth in document: 256 use XML_PARSE_HUGE option")
        try expectError("html-deep-nesting.html",
                        "unreadable HTML: line 2: Excessive depth in document: 256 use XML_PARSE_HUGE option")
    }

    @Test func truncatedFileIsAnError() throws {
        try expectError("xml-truncated.xml", "not well-formed XML: line 8: Premature end of data in tag description line 7")
    }

    @Test func wrongEncodingDeclarationsAreErrors() throws {
        try expectError("xml-wrong-encoding.xml", "not well-formed XML: line 1: Document labelled UTF-16 but has UTF-8 content")
        try expectError("xml-latin1-as-utf8.xml",
                        "not well-formed XML: line 2: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x20 0x6F 0x77")
    }

    @Test func scriptsStylesCommentsAndHandlersAreDropped() throws {
        let extracted = try text("html-script-injection.html")
        for word in ["alert", "Injected", "color", "commented-out", "NOSCRIPT", "iframe text", "onerror"] {
            #expect(!extracted.contains(word), "\(word) leaked into \(extracted)")
        }
        #expect(extracted.contains("\"We listened to students,\" said councillor Ada Brennan."))
        let quotes = try runNewsroom(["quotes", "--json", Self.hostile("html-script-injection.html")])
        #expect(quotes.stdout.contains("\"speaker\": \"Ada Brennan\""))
    }

    @Test func escapeSequencesInCDATAAreAnErrorInXMLAndStandInsElsewhere() throws {
        // XML 1.0 forbids the control characters themselves, CDATA or not.
        try expectError("xml-cdata-escapes.xml", "not well-formed XML: line 2: PCDATA invalid Char value 27")
        let page = try text("html-escapes.html")
        #expect(!page.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(page.contains("<U+202E>evil<U+202C>"))
        let json = try text("ninjs-escapes.json")
        #expect(json == "Escapes in JSON \u{241B}[31mred\u{241B}[0m\n\nClear \u{241B}[2J the screen and <U+202E>evil<U+202C> text.\n\nA bell \u{2407} rings.\n")
    }

    @Test func unknownXMLSaysWhatItIs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/orders.xml"
        try Data("<?xml version=\"1.0\"?>\n<x:orders xmlns:x=\"urn:shop\"><x:order/></x:orders>\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let run = try runNewsroom(["quotes", path])
        #expect(run.status == 2)
        #expect(run.stderr == "newsroom: error: \(path): XML of an unknown kind (root element 'x:orders')\n")
    }
}
