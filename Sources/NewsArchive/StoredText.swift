import CZlib
import Foundation
import GRDB

/// An article's text as the archive stores it: its UTF-8 byte count (4 bytes, little
/// endian) then the bytes deflated by zlib. News text deflates to about a third, and the
/// text is the largest part of the archive; every read inflates it whole (a few
/// microseconds for an article), so offsets and snippets stay exact.
enum StoredText {
    /// zlib's fastest level: `index` deflates every article, and the levels above gain little on news text.
    static let level: Int32 = 1

    static func encode(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { source -> [UInt8] in
            let count = source.count
            var bound = compressBound(uLong(count))
            var out = [UInt8](repeating: 0, count: 4 + Int(bound))
            out[0] = UInt8(truncatingIfNeeded: count)
            out[1] = UInt8(truncatingIfNeeded: count >> 8)
            out[2] = UInt8(truncatingIfNeeded: count >> 16)
            out[3] = UInt8(truncatingIfNeeded: count >> 24)
            let status = out.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress.map { $0 + 4 }, &bound, source.baseAddress, uLong(count), level)
            }
            // Deflating into a buffer of `compressBound` bytes cannot fail but for lack of memory.
            guard status == Z_OK else { return [] }
            out.removeLast(out.count - 4 - Int(bound))
            return out
        }
    }

    /// The text's UTF-8, or nil when the bytes are not a stored text (a damaged archive).
    static func decodeUTF8(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.count >= 4 else { return nil }
        let count = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        guard count > 0 else { return [] }
        // Deflate shrinks at most 1032 to 1: a larger count is damage, not a size to allocate.
        guard count <= (bytes.count - 4) * 1032 else { return nil }
        var ok = false
        let out = [UInt8](unsafeUninitializedCapacity: count) { target, initialized in
            var length = uLong(count)
            let status = uncompress(target.baseAddress, &length,
                                    bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + 4 }, uLong(bytes.count - 4))
            ok = status == Z_OK && Int(length) == count
            initialized = ok ? count : 0
        }
        return ok ? out : nil
    }

    /// The text, or nil when the bytes are not a stored text (a damaged archive).
    static func decode(_ bytes: UnsafeRawBufferPointer) -> String? {
        decodeUTF8(bytes).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension StoredText {
    /// `article_text(texts.text)`: the text again, for SQL that reads it (the view the
    /// full-text index takes its content from, hence snippets and removals). Registered on
    /// every connection the archive opens; a text stored plain is returned as it is.
    static var function: DatabaseFunction {
        DatabaseFunction("article_text", argumentCount: 1, pure: true) { values -> String? in
            switch values[0].storage {
            case .blob(let data): return data.withUnsafeBytes { decode($0) }
            case .string(let text): return text
            default: return nil
            }
        }
    }

    /// The UTF-8 of an article's stored text, or nil when it has none (or it is damaged).
    static func readUTF8(_ article: Int64, _ db: Database) throws -> [UInt8]? {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT typeof(text) = 'blob', text FROM texts WHERE article_id = ?"),
                                       arguments: [article])
        guard let row = try rows.next() else { return nil }
        guard row[0] as Bool else { return (row[1] as String?).map { Array($0.utf8) } }
        // The blob read in place, not copied.
        return try row.withUnsafeData(atIndex: 1) { data in data?.withUnsafeBytes { decodeUTF8($0) } }
    }
}

/// Articles' texts, for slicing quotes and figures by their code-point offsets: the rows of
/// a listing come article by article, so only the last article's text is kept, as UTF-8
/// with the byte offset of every 64th code point (a slice scans at most 63 code points to
/// its start; an ASCII text is sliced by its bytes directly).
struct ArticleTexts {
    private var article: Int64?
    private var bytes: [UInt8] = []
    private var ascii = true
    private var marks: [Int] = []
    private static let stride = 64

    /// `text[start..<end]` of the article (clamped to the text: offsets of a damaged row read what is there).
    mutating func slice(_ article: Int64, _ start: Int, _ end: Int, _ db: Database) throws -> String {
        if article != self.article {
            self.article = article
            load(try StoredText.readUTF8(article, db) ?? [])
        }
        let lower = byteOffset(max(0, start)), upper = max(lower, byteOffset(max(0, end)))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    private mutating func load(_ utf8: [UInt8]) {
        bytes = utf8
        ascii = !bytes.contains { $0 >= 0x80 }
        marks = []
        guard !ascii else { return }
        var scalars = 0
        for (i, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if scalars % Self.stride == 0 { marks.append(i) }
            scalars += 1
        }
    }

    private func byteOffset(_ scalar: Int) -> Int {
        if ascii { return min(scalar, bytes.count) }
        let mark = scalar / Self.stride
        guard mark < marks.count else { return bytes.count }
        var i = marks[mark], left = scalar - mark * Self.stride
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if left == 0 { return i }
                left -= 1
            }
            i += 1
        }
        return bytes.count
    }
}
