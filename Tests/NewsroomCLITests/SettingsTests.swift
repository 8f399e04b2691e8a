import Foundation
import Testing

/// The settings file: the default file reads back as valid, errors name the
/// file and line and exit 2, unknown settings warn.
@Suite struct SettingsTests {
    private func withConfig(_ text: String?, _ arguments: [String]) throws -> CLIRun {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        if let text {
            try FileManager.default.createDirectory(atPath: home + "/newsroom", withIntermediateDirectories: true)
            try text.write(toFile: home + "/newsroom/config.toml", atomically: true, encoding: .utf8)
        }
        return try runNewsroom(arguments, environment: ["XDG_CONFIG_HOME": home])
    }

    @Test func theDefaultFileIsValidAndNamesEveryAction() throws {
        let printed = try runNewsroom(["config", "--print-default"])
        #expect(printed.status == 0)
        for line in ["max_width = 80", "sort = \"path\"", "heading = \"bold underline\"", "figure = \"underline\"",
                     "line_down = [\"j\", \"Down\", \"C-n\"]", "cycle_sort = [\"s\"]", "quit = [\"Q\"]"] {
            #expect(printed.stdout.contains(line + "\n"), "\(line)")
        }
        let check = try withConfig(printed.stdout, ["config"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty)
        #expect(check.stdout.hasSuffix("config.toml: ok\n"))
        #expect(try withConfig(nil, ["config"]).status == 0, "no file: the defaults")
    }

    @Test func invalidFilesNameTheLineAndExitTwo() throws {
        let cases: [(String, String)] = [
            ("[reader]\nmax_width = [1,\n", "config.toml:2: "),
            ("# a comment\n[reader]\nmax_width = -3\n", "config.toml:3: max_width must be"),
            ("[library]\n\nsort = \"random\"\n", "config.toml:3: sort must be one of"),
            ("[colors]\nheading = \"bold purple\"\n", "config.toml:2: heading: unknown style word 'purple'"),
            ("[keys]\nquit = \"F13\"\n", "config.toml:2: quit: unknown key 'F13'"),
        ]
        for (text, message) in cases {
            let run = try withConfig(text, ["config"])
            #expect(run.status == 2, "\(text)")
            #expect(run.stderr.hasPrefix("newsroom: error: ") && run.stderr.contains(message), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1)
            // The reader stops on it too, before it needs a terminal.
            let reader = try withConfig(text, [seedPath])
            #expect(reader.status == 2 && reader.stderr.contains(message), "\(reader.stderr)")
        }
    }

    @Test func unknownSettingsWarn() throws {
        let run = try withConfig("[reader]\nmax_width = 70\nfont = \"serif\"\n[keys]\nfly = \"f\"\n[sound]\nbell = true\n", ["config"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("config.toml:3: unknown setting 'font' in [reader] (ignored)"), "\(run.stderr)")
        #expect(run.stderr.contains("config.toml:5: unknown action 'fly' in [keys] (ignored)"), "\(run.stderr)")
        #expect(run.stderr.contains("config.toml:6: unknown setting 'sound' (ignored)"), "\(run.stderr)")
    }
}
