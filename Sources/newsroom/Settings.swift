import NewsModel
import NewsTUI
import ArgumentParser
import TOMLKit

/// The settings file, `$XDG_CONFIG_HOME/newsroom/config.toml`: key bindings,
/// colours, the reading width and the library's order. Every setting is
/// optional. A file that is not TOML, or a setting of the wrong type or value,
/// is an error (`newsroom: error: PATH:LINE: reason`, exit 2); an unknown table
/// or key is a warning.
enum Settings {
    struct Problem: Error {
        let line: Int
        let reason: String
    }

    /// Snake case of an action's name in the key table: `lineDown` is `line_down`.
    static func name(_ action: Action) -> String {
        var out = ""
        for c in action.rawValue {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    /// The reader's settings from the file at `path` (defaults when it does not exist);
    /// warnings go to standard error; throws exit status 2 after the error line.
    static func load(path: String?) throws -> ReaderSettings {
        guard let path else { return .standard }
        let text: String?
        do { text = try UserFiles.read(path) } catch {
            Output.failure(path, error.description)
            throw ExitCode(ExitStatus.usage)
        }
        guard let text else { return .standard }
        do {
            let (settings, warnings) = try parse(text)
            for w in warnings { Output.writeWarning("newsroom: warning: \(TerminalText.sanitize(path)):\(w.line): \(w.reason)") }
            return settings
        } catch {
            Output.error("newsroom: error: \(TerminalText.sanitize(path)):\(error.line): \(error.reason)")
            throw ExitCode(ExitStatus.usage)
        }
    }

    static func parse(_ text: String) throws(Problem) -> (ReaderSettings, [Problem]) {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw Problem(line: error.source.begin.line, reason: error.description)
        } catch {
            throw Problem(line: 1, reason: "not a TOML file")
        }
        var settings = ReaderSettings.standard
        var warnings: [Problem] = []
        let lines = Lines(text)
        for section in table.keys {
            guard ["reader", "library", "colors", "keys"].contains(section) else {
                warnings.append(Problem(line: lines.line(of: section, in: nil), reason: "unknown setting '\(section)' (ignored)"))
                continue
            }
            guard let inner = table[section]?.table else {
                throw Problem(line: lines.line(of: section, in: nil), reason: "'\(section)' must be a table ([\(section)])")
            }
            for key in inner.keys {
                let line = lines.line(of: key, in: section)
                guard let value = inner[key] else { continue }
                switch (section, key) {
                case ("reader", "max_width"):
                    guard let n = value.int, n >= 0, n <= 10_000 else {
                        throw Problem(line: line, reason: "max_width must be a whole number of columns, 0 or more (0: full width)")
                    }
                    settings.maxWidth = n
                case ("library", "sort"):
                    guard let s = value.string, let sort = LibrarySort(rawValue: s) else {
                        throw Problem(line: line, reason: "sort must be one of: " + LibrarySort.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
                    }
                    settings.sort = sort
                case ("colors", "speakers"):
                    guard let array = value.array else { throw Problem(line: line, reason: "speakers must be a list of colours") }
                    var colours: [UInt8] = []
                    for item in array {
                        guard let word = item.string, let i = Theme.colourNames.firstIndex(of: word.lowercased()), i > 0 else {
                            throw Problem(line: line, reason: "speakers: each must be one of " + Theme.colourNames.dropFirst().joined(separator: ", "))
                        }
                        colours.append(UInt8(i))
                    }
                    settings.theme.speakerColours = colours
                case ("colors", _) where Theme.elementNames.contains(key):
                    guard let words = value.string else { throw Problem(line: line, reason: "\(key) must be a string such as \"bold cyan\"") }
                    switch Theme.style(words) {
                    case .success(let style): settings.theme[element: key] = style
                    case .failure(let error): throw Problem(line: line, reason: "\(key): " + error.reason)
                    }
                case ("keys", _):
                    guard let action = Action.allCases.first(where: { name($0) == key }) else {
                        warnings.append(Problem(line: line, reason: "unknown action '\(key)' in [keys] (ignored)"))
                        continue
                    }
                    var labels: [String] = []
                    if let one = value.string { labels = [one] } else if let array = value.array {
                        for item in array {
                            guard let s = item.string else { throw Problem(line: line, reason: "\(key): keys are strings") }
                            labels.append(s)
                        }
                    } else {
                        throw Problem(line: line, reason: "\(key) must be a key or a list of keys")
                    }
                    var keys: [Key] = []
                    for label in labels {
                        guard let k = Key(label: label) else { throw Problem(line: line, reason: "\(key): unknown key '\(label)'") }
                        keys.append(k)
                    }
                    guard !keys.isEmpty else { throw Problem(line: line, reason: "\(key): give at least one key") }
                    settings.keys.remap(action, to: keys)
                default:
                    warnings.append(Problem(line: line, reason: "unknown setting '\(key)' in [\(section)] (ignored)"))
                }
            }
        }
        return (settings, warnings)
    }

    /// The settings file with every default, commented (`newsroom config --print-default`).
    static func defaultFile() -> String {
        var out = """
            # Newsroom settings: $XDG_CONFIG_HOME/newsroom/config.toml (default ~/.config/newsroom/config.toml).
            # Every setting is optional; these are the defaults. An invalid file stops the reader with
            # "newsroom: error: PATH:LINE: reason"; an unknown setting is a warning.

            [reader]
            # Columns of text at most, centred like a book page; 0 fills the screen.
            max_width = \(ReaderSettings.standard.maxWidth)

            [library]
            # The library's order at start ("s" cycles): "path", "date" (newest first) or "headline".
            sort = "\(ReaderSettings.standard.sort.rawValue)"

            [colors]
            # Attributes bold, underline, reverse, dim, and at most one colour:
            # \(Theme.colourNames.joined(separator: ", ")). The background is always the terminal's.

            """
        for element in Theme.elementNames {
            out += "\(element) = \"\(Theme.describe(Theme.standard[element: element] ?? .plain))\"\n"
        }
        out += "# Quotes and speakers, in the order speakers first appear in an article.\n"
        out += "speakers = [" + Theme.standard.speakerColours.map { "\"\(Theme.colourNames[Int($0)])\"" }.joined(separator: ", ") + "]\n"
        out += """

            [keys]
            # An action and its keys: a character ("j"), "Space", "Enter", "Esc", "Tab", "S-Tab", "Up", "Down",
            # "Left", "Right", "PgUp", "PgDn", "Home", "End", "Backspace", or a control key ("C-n").
            # A key given to one action leaves the others of the same screens.

            """
        for binding in KeyTable.standard.bindings {
            out += "# \(binding.description)\n"
            out += "\(name(binding.action)) = [" + binding.keys.map { "\"" + tomlEscape($0.label) + "\"" }.joined(separator: ", ") + "]\n"
        }
        return out
    }

    private static func tomlEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Finds the line a key is set on, for messages (TOMLKit keeps no positions for values).
    struct Lines {
        let lines: [Substring]
        init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

        func line(of key: String, in table: String?) -> Int {
            var current: String?
            for (i, raw) in lines.enumerated() {
                let line = raw.drop { $0 == " " || $0 == "\t" }
                if line.hasPrefix("[") {
                    current = String(line.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: " \t")
                    if table == nil, current == key { return i + 1 }
                    continue
                }
                guard current == table else { continue }
                for candidate in [key, "\"\(key)\""] where line.hasPrefix(candidate) {
                    let rest = line.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                    if rest.hasPrefix("=") { return i + 1 }
                }
            }
            return 1
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension ColorMode: ExpressibleByArgument {}
