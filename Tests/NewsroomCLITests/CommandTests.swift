import Foundation
import Testing

@Suite struct CommandTests {
    @Test func sectionsJSONListsTheSeedOutline() throws {
        let run = try runNewsroom(["sections", "--json", seedPath])
        #expect(run.status == 0)
        let data = Data(run.stdout.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let sections = try #require(json.first?["sections"] as? [[String: Any]])
        #expect(sections.count == 5)
        #expect(sections.compactMap { $0["heading"] as? String }.count == 4)
        #expect(sections.first?["heading"] is NSNull)
        // Offsets are code points: the heading starts the slice of its section.
        let text = Array(try String(contentsOfFile: seedPath, encoding: .utf8).unicodeScalars)
        for section in sections.dropFirst() {
            let start = try #require(section["start"] as? Int)
            let heading = try #require(section["heading"] as? String)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[start..<(start + heading.unicodeScalars.count)])
            #expect(String(view) == heading)
        }
    }

    @Test func showWrapsToTheGivenWidth() throws {
        let run = try runNewsroom(["show", "--width", "50", seedPath])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Trump says Ukraine truce bid 'on track' after")
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(lines.contains("Ukraine will not recognize any occupied"))
    }

    @Test func showNeverWritesControlCharacters() throws {
        let hostile = "Head\u{1B}[2Jline\n\nBody \u{1B}]52;c;aGk=\u{07} and \u{202E}reversed\u{9B}31m text.\n"
        let run = try runNewsroom(["show", "-"], stdin: Data(hostile.utf8))
        #expect(run.status == 0)
        #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!run.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(run.stdout.contains("\u{241B}[2J"))
        #expect(run.stdout.contains("<U+202E>"))
    }

    @Test func stdinIsReadAsAnArticleNamedDash() throws {
        let run = try runNewsroom(["sections", "-"], stdin: Data("Piped\n\nBody.\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("-: Piped"))
    }

    @Test func versionAndHelp() throws {
        #expect(try runNewsroom(["--version"]).stdout == "0.1.0\n")
        let help = try runNewsroom(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("sections"))
        #expect(try runNewsroom(["help", "sections"]).stdout.contains("--json"))
    }
}

/// Help is generated from the same definitions as the output: every field the
/// JSON of a command holds is named in that command's help.
@Suite struct HelpMatchesOutputTests {
    private func keys(_ command: String) throws -> Set<String> {
        let run = try runNewsroom([command, "--json", repositoryRoot + "/Fixtures/articles"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(!json.isEmpty)
        return Set(json.flatMap(\.keys))
    }

    @Test(arguments: ["quotes", "speakers"])
    func helpNamesEveryJSONField(_ command: String) throws {
        let help = try runNewsroom(["help", command]).stdout
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let fields = try keys(command)
        for field in fields {
            #expect(flat.range(of: "\\b\(field)\\b", options: .regularExpression) != nil, "\(command) --help lacks \(field)")
        }
        if command == "quotes" { #expect(fields.isSuperset(of: ["role", "parts"])) }
    }
}
