import ArgumentParser
import NewsModel

/// `--format` of the listing commands. Every format but `text` holds the same
/// records as the JSON: tables have one column per JSON field, in its order.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case json, jsonl, csv, tsv, text

    static let help = ArgumentHelp(
        "Output format: \(allCases.map(\.rawValue).joined(separator: ", ")) (default: text; --json is --format json).",
        valueName: "F")

    /// `--format`, or `--json` as its short form; both at once must agree.
    static func resolve(_ format: ExportFormat?, json: Bool) throws -> ExportFormat {
        if json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) disagree; give one of them")
        }
        return format ?? (json ? .json : .text)
    }

    /// The records in this format (not `text`, which each command writes itself).
    /// `columns`: the fields in their documented order, for the header of an empty
    /// table; fields found in the records and not named there follow them.
    func render(_ records: [JSON], columns: [String]) -> String {
        switch self {
        case .json: return JSON.array(records).serialized()
        case .jsonl: return records.map { $0.compact() + "\n" }.joined()
        case .csv, .tsv:
            let rows = records.map(Table.flatten)
            var names = columns
            var known = Set(columns)
            for row in rows {
                for field in row where !known.contains(field.0) {
                    known.insert(field.0)
                    names.append(field.0)
                }
            }
            let separator = self == .csv ? "," : "\t"
            let end = self == .csv ? "\r\n" : "\n"
            let csv = self == .csv
            func cell(_ value: Table.Cell) -> String { csv ? Table.csv(value) : Table.tsv(value) }
            var out = names.map { (name: String) -> String in cell(.text(name)) }.joined(separator: separator) + end
            for row in rows {
                var values: [String: Table.Cell] = [:]
                for field in row where values[field.0] == nil { values[field.0] = field.1 }
                out += names.map { (name: String) -> String in cell(values[name] ?? .empty) }.joined(separator: separator) + end
            }
            return out
        case .text: return ""
        }
    }
}

/// JSON records as rows of cells, and the two cell encodings.
enum Table {
    enum Cell {
        case empty
        case number(String)
        case text(String)
    }

    /// One cell per field; an object's fields become `field.key` columns, an
    /// array of strings one cell joined by "; ", an array of objects compact JSON.
    static func flatten(_ record: JSON) -> [(String, Cell)] {
        guard case .object(let fields) = record else { return [("value", cell(record))] }
        var row: [(String, Cell)] = []
        for (key, value) in fields {
            if case .object(let inner) = value {
                for (innerKey, innerValue) in inner { row.append((key + "." + innerKey, cell(innerValue))) }
            } else {
                row.append((key, cell(value)))
            }
        }
        return row
    }

    private static func cell(_ value: JSON) -> Cell {
        switch value {
        case .null: return .empty
        case .bool(let b): return .text(b ? "true" : "false")
        case .int, .double: return .number(value.compact())
        case .string(let s): return .text(s)
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let s) = item else { return .text(value.compact()) }
                strings.append(s)
            }
            return .text(strings.joined(separator: "; "))
        case .object: return .text(value.compact())
        }
    }

    /// Text safe for a terminal and a spreadsheet: controls shown as visible
    /// stand-ins (line breaks kept), and a cell a spreadsheet would run as a
    /// formula (`=`, `+`, `-`, `@`, tab, CR first) starts with `'` instead.
    static func safeText(_ raw: String) -> String {
        let lines = raw.replacingLineBreaks()
        var text = TerminalText.sanitize(lines, keepNewlines: true)
        if let first = raw.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        return text
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    static func csv(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let n): return n
        case .text(let raw):
            let text = safeText(raw)
            guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.doublingQuotes() + "\""
        }
    }

    /// Tab-separated: a tab, line break or backslash in a field is written `\t`, `\n`, `\\`.
    static func tsv(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let n): return n
        case .text(let raw):
            var out = ""
            for c in safeText(raw).unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default: out.unicodeScalars.append(c)
                }
            }
            return out
        }
    }
}

extension String {
    /// CR LF and lone CR as LF, so a cell holds one kind of line break.
    func replacingLineBreaks() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for c in unicodeScalars {
            if c == "\r" { out.append("\n"); previousCR = true; continue }
            if c == "\n", previousCR { previousCR = false; continue }
            previousCR = false
            out.append(c)
        }
        return String(out)
    }

    func doublingQuotes() -> String {
        var out = String.UnicodeScalarView()
        for c in unicodeScalars {
            out.append(c)
            if c == "\"" { out.append(c) }
        }
        return String(out)
    }
}
