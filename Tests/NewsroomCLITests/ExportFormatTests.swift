import Foundation
import Testing

/// `--format json|jsonl|csv|tsv|text` on quotes, figures and speakers: the
/// same records in every format, tables with one column per JSON field.
@Suite struct ExportFormatTests {
    static let articles = repositoryRoot + "/Fixtures/articles"

    /// RFC 4180 parsing: quoted fields with doubled quotes, commas and line breaks; CRLF rows.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex, text[next] == "\"" { field.append("\""); i = next } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
            i = text.index(after: i)
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    private func json(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try runNewsroom(arguments)
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    }

    private func jsonKeys(_ arguments: [String]) throws -> [String] {
        // Key order as printed: the first record's lines.
        let out = try runNewsroom(arguments).stdout
        var keys: [String] = []
        for line in out.split(separator: "\n").dropFirst(2) {
            if line.hasPrefix("  }") { break }
            if line.hasPrefix("    \""), let end = line.dropFirst(5).firstIndex(of: "\"") { keys.append(String(line[line.index(line.startIndex, offsetBy: 5)..<end])) }
        }
        return keys
    }

    @Test(arguments: [["quotes"], ["figures"], ["speakers"]])
    func csvHasAColumnPerFieldAndARowPerRecord(_ command: [String]) throws {
        let records = try json(command + ["--json", Self.articles])
        let run = try runNewsroom(command + ["--format", "csv", Self.articles])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("\r\n"))
        let rows = Self.parseCSV(run.stdout)
        #expect(rows.count == records.count + 1)
        let header = try #require(rows.first)
        #expect(rows.allSatisfy { $0.count == header.count })
        let keys = try jsonKeys(command + ["--json", Self.articles]).filter { $0 != "sentence" }
        #expect(Array(header.prefix(keys.count)) == keys, "columns follow the JSON fields")
        // Every text cell holds the JSON value; one a spreadsheet would run as a formula starts with '.
        let nameColumn = command == ["speakers"] ? "name" : "text"
        let column = try #require(header.firstIndex(of: nameColumn))
        for (row, record) in zip(rows.dropFirst(), records) {
            let value = try #require(record[nameColumn] as? String)
            let formula = value.first.map { "=+-@".contains($0) } ?? false
            #expect(row[column] == (formula ? "'" : "") + value)
        }
    }

    @Test(arguments: [["quotes"], ["figures"], ["speakers"]])
    func tsvJsonlAndJsonHoldTheSameRecords(_ command: [String]) throws {
        let records = try json(command + ["--json", Self.articles])
        #expect(try runNewsroom(command + ["--format", "json", Self.articles]).stdout
                == runNewsroom(command + ["--json", Self.articles]).stdout)
        let lines = try runNewsroom(command + ["--format", "jsonl", Self.articles]).stdout.split(separator: "\n")
        #expect(lines.count == records.count)
        for (line, record) in zip(lines, records) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(NSDictionary(dictionary: object).isEqual(to: record))
        }
        let tsv = try runNewsroom(command + ["--format", "tsv", Self.articles]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(tsv.count == records.count + 2)   // header, records, the empty string after the last newline
        let width = tsv[0].split(separator: "\t", omittingEmptySubsequences: false).count
        #expect(tsv.dropLast().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == width })
        #expect(try runNewsroom(command + ["--format", "text", Self.articles]).stdout == runNewsroom(command + [Self.articles]).stdout)
    }

    @Test func formulaCellsAndSpecialCharactersAreEscaped() throws {
        let article = "Sheets\n\n\u{201C}=HYPERLINK(x), a, b,\u{201D} said Ana Ruiz.\n\n\u{201C}@SUM(1)\tand\ttabs,\u{201D} said Ana Ruiz.\n\n\u{201C}+1 and more,\u{201D} she said.\n"
        let csv = try runNewsroom(["quotes", "--format", "csv", "-"], stdin: Data(article.utf8))
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = Self.parseCSV(csv.stdout)
        let text = try #require(rows.first?.firstIndex(of: "text"))
        let cells = rows.dropFirst().map { $0[text] }
        #expect(cells.count == 3)
        #expect(cells.allSatisfy { $0.hasPrefix("'") }, "\(cells)")
        #expect(cells.first == "'=HYPERLINK(x), a, b,")
        #expect(csv.stdout.contains(",\"'=HYPERLINK(x), a, b,\","), "a cell with commas is quoted")
        let tsv = try runNewsroom(["quotes", "--format", "tsv", "-"], stdin: Data(article.utf8)).stdout
        #expect(tsv.contains("'@SUM(1) and tabs") || tsv.contains("'@SUM(1)\\tand\\ttabs"))
        // Numbers are numbers: a negative value is not escaped.
        let figures = try runNewsroom(["figures", "--format", "csv", "-"], stdin: Data("Cold\n\nIt was -5C at dawn.\n".utf8))
        #expect(figures.stdout.contains(",-5,"), "\(figures.stdout)")
    }

    @Test func jsonAndADifferentFormatAreAUsageError() throws {
        let run = try runNewsroom(["quotes", "--json", "--format", "csv", seedPath])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--json and --format csv disagree"))
    }
}
