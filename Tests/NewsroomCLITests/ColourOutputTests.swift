import Foundation
import Testing

/// `--color`: the listings paint speakers and headings with SGR sequences on a
/// terminal (`auto`) or when asked (`always`); a pipe, `never` and NO_COLOR get none.
@Suite struct ColourOutputTests {
    static let escape = "\u{1b}["

    @Test func alwaysPaintsSpeakersAndHeadings() throws {
        let quotes = try runNewsroom(["quotes", "--color", "always", seedPath])
        #expect(quotes.status == 0)
        // A found speaker bold in the reader's first speaker colour (cyan), reset after the name.
        #expect(quotes.stdout.contains("\u{2014} \u{1b}[1;36mDonald Trump\u{1b}[0m [partial]"), "\(quotes.stdout.prefix(300))")
        // The words and the path stay plain.
        for line in quotes.stdout.split(separator: "\n") where !line.hasPrefix("  \u{2014} ") {
            #expect(!line.contains(Self.escape), "\(line)")
        }
        let sections = try runNewsroom(["sections", "--color", "always", seedPath])
        #expect(sections.stdout.contains("  1  \u{1b}[1;4mThe White House considers the minerals agreement obsolete\u{1b}[0m  ["))
        #expect(sections.stdout.contains("  0  Opening  ["), "the opening is not a heading")
        let show = try runNewsroom(["show", "--color", "always", "--width", "200", seedPath])
        #expect(show.stdout.hasPrefix("\u{1b}[1mTrump says Ukraine truce bid 'on track' after Zelensky call\u{1b}[0m\n"))
        #expect(show.stdout.contains("\u{1b}[1;4mRussia and Ukraine carry out a prisoner exchange\u{1b}[0m\n"))
        let speakers = try runNewsroom(["speakers", "--color", "always", seedPath])
        #expect(speakers.stdout.contains("\u{1b}[1mDonald Trump\u{1b}[0m  "))
    }

    @Test func aPipeNeverAndNoColorGetPlainText() throws {
        for command in ["quotes", "sections", "show", "speakers"] {
            let piped = try runNewsroom([command, seedPath])
            #expect(piped.status == 0)
            #expect(!piped.stdout.contains("\u{1b}"), "\(command) into a pipe")
            let never = try runNewsroom([command, "--color", "never", seedPath])
            #expect(never.stdout == piped.stdout, "\(command) --color never")
            let noColor = try runNewsroom([command, "--color", "auto", seedPath], environment: ["NO_COLOR": "1"])
            #expect(noColor.stdout == piped.stdout, "\(command) with NO_COLOR")
            let painted = try runNewsroom([command, "--color", "always", seedPath])
            #expect(painted.stdout.contains(Self.escape), "\(command) --color always")
            // Taking the sequences out gives the plain text back: colour adds, never changes.
            let stripped = painted.stdout.replacingOccurrences(of: "\u{1b}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(stripped == piped.stdout, "\(command): the same text under the colour")
        }
        let bad = try runNewsroom(["quotes", "--color", "sometimes", seedPath])
        #expect(bad.status == 64 || bad.status == 2)
        #expect(bad.stderr.contains("sometimes"))
    }
}
