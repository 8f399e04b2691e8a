/// Recognises a file's format from its content (and, for plain text, its name) and
/// reads structured formats into extracted articles.
public enum FormatReader {
    public enum Outcome: Sendable {
        /// Plain text or Markdown: the existing text path reads it.
        case text
        /// A structured format: its articles in document order, and whether they are items
        /// addressed as `FILE#N` (a feed, a NewsML-G2 message or package) even when there is one.
        case structured(ArticleFormat, [ExtractedArticle], items: Bool)
    }

    /// File names a folder is searched for besides plain text and Markdown.
    public static let structuredExtensions: Set<String> = ["xml", "json", "html", "htm", "rss", "atom", "nitf"]

    private static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    /// Reads `bytes` named `path`. A `.txt` or `.md` file is structured only when it starts
    /// like XML or HTML (`<?xml`, `<!DOCTYPE html`, `<html`); any other name is sniffed.
    public static func read(_ bytes: [UInt8], path: String) throws(LoadFailureReason) -> Outcome {
        let ext = fileExtension(path)
        if let head = utf16Head(bytes) {
            // XML or HTML in UTF-16 with a byte-order mark: libxml2 decodes it; text is left to the text path.
            guard head.hasPrefix("<") else { return .text }
            let html = head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || ext == "html" || ext == "htm"
            if html {
                let tree = try XMLTree.html(bytes)
                let articles = try HTMLPageReader.read(tree)
                try tree.checkBudget()
                return .structured(.html, articles, items: false)
            }
            return try readXML(try XMLTree.xml(bytes))
        }
        let start = contentStart(bytes)
        let head = lowercasedPrefix(bytes, from: start, count: 14)
        let startsLikeHTML = head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
        let startsLikeXML = head.hasPrefix("<?xml")
        if textExtensions.contains(ext) {
            guard startsLikeHTML || startsLikeXML else { return .text }
        }
        if ext == "html" || ext == "htm" || startsLikeHTML {
            let tree = try XMLTree.html(bytes)
            let articles = try HTMLPageReader.read(tree)
            try tree.checkBudget()
            return .structured(.html, articles, items: false)
        }
        if head.hasPrefix("<") {
            return try readXML(try XMLTree.xml(bytes))
        }
        if head.hasPrefix("{") || ext == "json" {
            return .structured(.ninjs, [try NinjsReader.read(Array(bytes[start...]))], items: false)
        }
        if structuredExtensions.contains(ext) {
            throw .notReadable("neither XML, HTML nor JSON (an .\(ext) file should start with '<' or '{')")
        }
        return .text
    }

    private static func readXML(_ tree: XMLTree) throws(LoadFailureReason) -> Outcome {
        let outcome = try readXMLRoot(tree)
        try tree.checkBudget()
        return outcome
    }

    private static func readXMLRoot(_ tree: XMLTree) throws(LoadFailureReason) -> Outcome {
        guard let root = tree.root else { throw .notReadable("XML without a root element") }
        switch root.name {
        case "nitf": return .structured(.nitf, [try NITFReader.read(root)], items: false)
        case "newsitem": return .structured(.newsml, [try NewsMLReader.item(root)], items: false)
        case "newsmessage", "packageitem": return .structured(.newsml, try NewsMLReader.items(root), items: true)
        case "rss", "rdf": return .structured(.rss, try FeedReader.rss(root), items: true)
        case "feed": return .structured(.atom, try FeedReader.atom(root), items: true)
        case "html": return .structured(.html, try HTMLPageReader.read(tree), items: false)
        default:
            let name = TerminalText.sanitize(root.writtenName)
            throw .notReadable("XML of an unknown kind (root element '\(name)')")
        }
    }

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The first characters (ASCII, lower-cased) of UTF-16 with a byte-order mark, past white space.
    private static func utf16Head(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) else {
            return nil
        }
        let little = bytes[0] == 0xFF
        var ascii: [UInt8] = []
        var i = 2
        while i + 1 < bytes.count, ascii.count < 14 {
            let unit = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            i += 2
            guard unit < 0x80 else { break }
            let byte = UInt8(unit)
            if ascii.isEmpty, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            ascii.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: ascii, as: UTF8.self)
    }

    /// Past a UTF-8 byte-order mark and white space.
    private static func contentStart(_ bytes: [UInt8]) -> Int {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i
    }

    private static func lowercasedPrefix(_ bytes: [UInt8], from start: Int, count: Int) -> String {
        let end = min(bytes.count, start + count)
        return String(decoding: bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension XMLElement {
    /// The element's name as written, with its prefix (for messages).
    var writtenName: String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        guard let prefix = node.pointee.ns?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }
}
