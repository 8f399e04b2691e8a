import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// A document parsed by libxml2 (XML or HTML), freed with this object. Every
/// parse uses the safe options of the shim: no network, no external entity or
/// DTD loaded, entities not substituted, libxml2's depth and amplification
/// limits on. Text is read through `XMLElement.text`, which expands internal
/// entities under a budget of its own.
final class XMLTree {
    let document: xmlDocPtr
    /// Characters that text extraction may still produce from this document: entity
    /// references expand under it, so a "billion laughs" file ends in an error.
    /// Readers may read a text more than once (the HTML reader scores blocks before it
    /// collects one), hence four times the file limit.
    var budget = 4 * FileReader.sizeLimit
    /// Set when the budget ran out: the reader then fails with `XMLText.limitMessage`.
    var exhausted = false

    /// Fails when text extraction ran out of budget.
    func checkBudget() throws(LoadFailureReason) {
        if exhausted { throw .notReadable(XMLText.limitMessage) }
    }

    private init(_ document: xmlDocPtr) { self.document = document }
    deinit { xmlFreeDoc(document) }

    private static let initialized: Bool = {
        nr_xml_init()
        return true
    }()

    /// Parses XML; a document that is not well formed is an error naming libxml2's first reason and its line.
    static func xml(_ bytes: [UInt8]) throws(LoadFailureReason) -> XMLTree {
        _ = initialized
        guard let context = xmlNewParserCtxt() else { throw .notReadable("XML parser unavailable") }
        defer { xmlFreeParserCtxt(context) }
        var errors = nr_xml_errors()
        let document = withUnsafeMutablePointer(to: &errors) { errorsPointer in
            nr_xml_capture_errors(errorsPointer)
            defer { nr_xml_capture_errors(nil) }
            return bytes.withUnsafeBytes { raw in
                xmlCtxtReadMemory(context, raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                                  Int32(clamping: raw.count), nil, nil, nr_xml_options())
            }
        }
        if let document, context.pointee.wellFormed != 0, errors.count == 0 { return XMLTree(document) }
        if let document { xmlFreeDoc(document) }
        throw .notReadable("not well-formed XML: " + describe(&errors))
    }

    /// Parses HTML as a browser would, repairing tag soup. Only a limit that made the
    /// parser stop (nesting deeper than 256 elements) is an error: text would be lost.
    static func html(_ bytes: [UInt8], encoding: String? = nil) throws(LoadFailureReason) -> XMLTree {
        _ = initialized
        guard let context = htmlNewParserCtxt() else { throw .notReadable("HTML parser unavailable") }
        defer { htmlFreeParserCtxt(context) }
        var errors = nr_xml_errors()
        let document = withUnsafeMutablePointer(to: &errors) { errorsPointer in
            nr_xml_capture_errors(errorsPointer)
            defer { nr_xml_capture_errors(nil) }
            return bytes.withUnsafeBytes { raw in
                htmlCtxtReadMemory(context, raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                                   Int32(clamping: raw.count), nil, encoding ?? defaultEncoding(bytes),
                                   Int32(nr_html_options()))
            }
        }
        guard let document else { throw .notReadable("unreadable HTML: " + describe(&errors)) }
        if errors.internal != 0 {
            xmlFreeDoc(document)
            throw .notReadable("unreadable HTML: " + describe(&errors))
        }
        return XMLTree(document)
    }

    /// libxml2 reads an HTML page that declares no charset as ISO-8859-1; the web is UTF-8 now,
    /// and Windows-1252 is what a page that is not valid UTF-8 usually is. A declared charset
    /// (a `<meta>` in the first 4 KB, or a byte-order mark) is left to libxml2.
    private static func defaultEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return nil
        }
        let head = String(decoding: bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        if head.contains("charset") { return nil }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// HTML held in a string (an RSS `content:encoded`, a ninjs `body_html`): UTF-8 by construction.
    static func html(_ text: String) throws(LoadFailureReason) -> XMLTree {
        try html(Array(text.utf8), encoding: "UTF-8")
    }

    var root: XMLElement? {
        guard let node = xmlDocGetRootElement(document) else { return nil }
        return XMLElement(node: node, tree: self)
    }

    private static func describe(_ errors: inout nr_xml_errors) -> String {
        let line = errors.line
        let message = withUnsafeBytes(of: &errors.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        var text = message.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        while text.hasSuffix(" ") { text.removeLast() }
        if text.isEmpty { text = "unknown error" }
        return TerminalText.sanitize(line > 0 ? "line \(line): \(text)" : text)
    }
}

/// An element of an `XMLTree` (which it keeps alive).
struct XMLElement {
    let node: xmlNodePtr
    let tree: XMLTree

    /// The name without its namespace prefix, lower-cased ASCII (HTML and XML alike).
    var name: String { Self.lowercased(node.pointee.name) }

    /// The namespace URI, when the element has one.
    var namespace: String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// Whether the element has any attribute (most paragraphs have none).
    var hasAttributes: Bool { node.pointee.properties != nil }

    /// Child elements in document order.
    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, tree: tree)) }
            child = current.pointee.next
        }
        return result
    }

    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first element named `name` in this subtree (this one included), depth first, without recursion.
    func first(_ name: String) -> XMLElement? {
        var found: XMLElement?
        walkElements { element in
            if element.name == name { found = element; return false }
            return true
        }
        return found
    }

    /// Every element named `name` in the subtree, in document order.
    func all(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        walkElements { element in
            if element.name == name { found.append(element) }
            return true
        }
        return found
    }

    /// Visits the elements of the subtree in document order until `visit` returns false.
    /// Iterative: an HTML page nested 10,000 deep does not exhaust the stack.
    func walkElements(_ visit: (XMLElement) -> Bool) {
        guard visit(self) else { return }
        var stack: [xmlNodePtr?] = [node.pointee.children]
        while let top = stack.last {
            guard let current = top else { stack.removeLast(); continue }
            stack[stack.count - 1] = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            guard visit(XMLElement(node: current, tree: tree)) else { return }
            if current.pointee.children != nil { stack.append(current.pointee.children) }
        }
    }

    /// An attribute's value by its local name (any namespace).
    func attribute(_ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if xmlStrcasecmp(current.pointee.name, name) == 0 {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else {
                    return ""
                }
                defer { nr_xml_free(value) }
                return String(cString: value)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of the subtree, entities expanded, white space as written.
    func text() -> String {
        var out = ""
        XMLText.append(node.pointee.children, to: &out, tree: tree)
        return out
    }

    static func lowercased(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        var bytes: [UInt8] = []
        var p = name
        while p.pointee != 0 {
            let b = p.pointee
            bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            p += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

enum XMLText {
    /// Appends the text of `first` and its following siblings, depth first and without recursion.
    /// Entity references are followed into the entity's content, under the tree's budget.
    static func append(_ first: xmlNodePtr?, to out: inout String, tree: XMLTree) {
        var stack: [xmlNodePtr?] = [first]
        while let top = stack.last, !tree.exhausted {
            guard let current = top else { stack.removeLast(); continue }
            stack[stack.count - 1] = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendContent(current, to: &out, tree: tree)
            case XML_ENTITY_REF_NODE, XML_ELEMENT_NODE:
                // A reference's children are the entity's own content, shared by every reference.
                if current.pointee.children != nil { stack.append(current.pointee.children) }
            default:
                continue  // comments, processing instructions, DTD nodes
            }
        }
    }

    @inline(__always)
    static func appendContent(_ node: xmlNodePtr, to out: inout String, tree: XMLTree) {
        guard let content = node.pointee.content, !tree.exhausted else { return }
        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        tree.budget -= length
        if tree.budget < 0 { tree.exhausted = true; return }
        out += String(decoding: UnsafeRawBufferPointer(start: content, count: length), as: UTF8.self)
    }

    static let limitMessage = "text larger than 4 × the 16 MiB article size limit (entity expansion)"
}
