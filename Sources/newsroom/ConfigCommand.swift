import ArgumentParser
import NewsModel
import NewsTUI

/// `newsroom config`: the settings file.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the default settings file, or check the one in use.",
        discussion: """
            Settings are read from $XDG_CONFIG_HOME/newsroom/config.toml (default \
            ~/.config/newsroom/config.toml). Start one with \
            `newsroom config --print-default > ~/.config/newsroom/config.toml`.
            """)

    @Flag(help: "Write the default settings file, commented, to standard output.")
    var printDefault = false

    func run() throws {
        if printDefault {
            Output.write(Settings.defaultFile())
            return
        }
        // Without --print-default: check the file in use (errors exit 2, warnings are printed).
        let path = UserFiles.configFile
        _ = try Settings.load(path: path)
        Output.write((path.map { TerminalText.sanitize($0) } ?? "no settings file (HOME is not set)") + ": ok\n")
    }
}
