import NewsModel

/// One record in an export format, made on a worker thread: its UTF-8 text, and
/// for a table the fields it has beyond the documented columns.
struct RenderedRecord: Sendable {
    var text: [UInt8]
    var extraColumns: [String] = []

    /// Text already in its final form (a `text` listing's block).
    init(text: [UInt8]) {
        self.text = text
    }

    /// `record` as it appears in `format` (not `text`): an element of the JSON
    /// array (without its separator), a JSON Lines line, or a table row whose
    /// columns are `columns` followed by the record's own other fields.
    init(_ record: JSON, format: ExportFormat, columns: [String]) {
        switch format {
        case .json: text = record.serializedElementUTF8()
        case .jsonl:
            text = record.compactUTF8()
            text.append(0x0A)
        case .csv, .tsv:
            let row = Table.flatten(record)
            var names = columns
            for field in row where !names.contains(field.0) { extraColumns.append(field.0) }
            names += extraColumns
            var values: [String: Table.Cell] = [:]
            for field in row where values[field.0] == nil { values[field.0] = field.1 }
            text = Array(Self.line(names.map { values[$0] ?? .empty }, format: format).utf8)
        case .text: text = []
        }
    }

    /// Cells joined by the table's separator, with its line end.
    static func line(_ cells: [Table.Cell], format: ExportFormat) -> String {
        let csv = format == .csv
        return cells.map { csv ? Table.csv($0) : Table.tsv($0) }.joined(separator: csv ? "," : "\t") + (csv ? "\r\n" : "\n")
    }
}

/// Writes records as they come, so that a listing streams: `--format json`
/// stays one valid array (opened at the first record, closed by `finish`),
/// JSON Lines and tables are written line by line. The output is the same as
/// `ExportFormat.render` of all the records at once: every record of a
/// listing has the same fields, so a table's header, written with the first
/// row (the documented columns, then that record's other fields), is the one
/// all the records would give.
struct RecordWriter {
    let format: ExportFormat
    let columns: [String]
    private(set) var count = 0

    init(format: ExportFormat, columns: [String]) {
        self.format = format
        self.columns = columns
    }

    mutating func write(_ record: RenderedRecord) {
        if count == 0 {
            switch format {
            case .json: Output.write("[\n")
            case .csv, .tsv: Output.write(header(columns + record.extraColumns))
            case .jsonl, .text: break
            }
        } else if format == .json {
            Output.write(",\n")
        }
        count += 1
        Output.write(bytes: record.text)
    }

    mutating func write(_ records: [RenderedRecord]) {
        for record in records { write(record) }
    }

    /// Closes the array, or writes an empty listing's `[]` or header; nothing
    /// when no article loaded (the command then exits 2 with nothing on standard output).
    func finish(articlesLoaded: Bool) {
        guard articlesLoaded || count > 0 else { return }
        switch format {
        case .json: Output.write(count == 0 ? "[]\n" : "\n]\n")
        case .csv, .tsv: if count == 0 { Output.write(header(columns)) }
        case .jsonl, .text: break
        }
    }

    private func header(_ names: [String]) -> String {
        RenderedRecord.line(names.map { .text($0) }, format: format)
    }
}
