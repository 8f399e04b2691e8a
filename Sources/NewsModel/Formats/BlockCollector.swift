import CLibXML2

/// Turns the body of an article in markup (NITF, XHTML, HTML) into blocks of text:
/// block elements end a block, headings are blocks of their own, dropped elements
/// (scripts, styles, navigation, asides, figures, page furniture; see
/// `MarkupVocabulary`) and comments give nothing. Iterative, so nesting depth costs
/// no stack.
struct BlockCollector {
    let tree: XMLTree
    /// Web pages: also drop elements marked as page furniture by class, id or role.
    let page: Bool
    private(set) var blocks: [ExtractedBlock] = []
    private var current = ""

    init(tree: XMLTree, page: Bool) {
        self.tree = tree
        self.page = page
    }

    private enum Kind { case inline, block, heading, dropped }

    private func kind(_ node: xmlNodePtr) -> Kind {
        let name = XMLElement.lowercased(node.pointee.name)
        if MarkupVocabulary.dropped.contains(name) { return .dropped }
        if page, MarkupVocabulary.isFurniture(XMLElement(node: node, tree: tree)) { return .dropped }
        if MarkupVocabulary.headings.contains(name) { return .heading }
        if MarkupVocabulary.blocks.contains(name) { return .block }
        return .inline
    }

    /// Adds the blocks of `element`'s content (the element itself is a container).
    mutating func collect(_ element: XMLElement) {
        collect(children: element.node.pointee.children)
        flush(heading: false)
    }

    mutating func collect(children first: xmlNodePtr?) {
        var stack: [(next: xmlNodePtr?, kind: Kind)] = [(first, .block)]
        while !stack.isEmpty, !tree.exhausted {
            guard let node = stack[stack.count - 1].next else {
                let frame = stack.removeLast()
                if frame.kind == .heading { flush(heading: true) } else if frame.kind == .block { flush(heading: false) }
                continue
            }
            stack[stack.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                XMLText.appendContent(node, to: &current, tree: tree)
            case XML_ENTITY_REF_NODE:
                                if node.pointee.children != nil { stack.append((node.pointee.children, .inline)) }
            case XML_ELEMENT_NODE:
                let kind = kind(node)
                switch kind {
                case .dropped: continue
                case .block, .heading: flush(heading: false)
                case .inline:
                    // A line break inside a paragraph separates words, not blocks.
                    if XMLElement.lowercased(node.pointee.name) == "br" { current += " " }
                }
                stack.append((node.pointee.children, kind))
            default:
                continue
            }
        }
    }

    private mutating func flush(heading: Bool) {
        guard !current.isEmpty else { return }
        if let text = FormatText.clean(current) { blocks.append(ExtractedBlock(text: text, isHeading: heading)) }
        current = ""
    }
}

/// Element names by what they mean for the text, and the marks of page furniture.
/// Data, not rules: extend the lists to teach the extractor a new element.
enum MarkupVocabulary {
    /// Never text of the article: code, styling, navigation, asides, media and their
    /// captions, forms, embedded objects, the document head.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "figure", "figcaption", "iframe", "svg",
        "math", "form", "button", "select", "textarea", "input", "object", "embed", "canvas", "video", "audio",
        "picture", "img", "head", "title", "meta", "link", "menu", "dialog",
        // NITF: media and its caption, editorial notes, footnotes, body.end (tagline and bibliography).
        "media", "media-caption", "media-reference", "media-metadata", "note", "fn", "body.end",
    ]
    /// Section headings (HTML and NITF `hl2`). `h1` in a body is a heading too unless it repeats the headline.
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "hl2"]
    /// Elements that start and end a block of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "address",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr",
        "body", "html", "details", "summary",
        // NITF
        "block", "bq", "body.content", "credit", "tagline", "nitf-table",
    ]
    /// Class, id and ARIA role words that mark page furniture (advertising, sharing, related links,
    /// newsletter boxes, comments, cookie banners, navigation). A word matches a whole token of the
    /// attribute, split at anything that is not a letter or a digit.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo",
        "promotion", "newsletter", "subscribe", "related", "share", "sharing", "social", "comments", "comment",
        "cookie", "cookies", "banner", "breadcrumb", "breadcrumbs", "sidebar", "outbrain", "taboola", "paywall",
        "navigation", "nav", "menu", "footer", "masthead", "byline", "dateline", "author", "caption", "complementary",
        "contentinfo", "popup", "modal",
    ]

    static func isFurniture(_ element: XMLElement) -> Bool {
        guard element.hasAttributes else { return false }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
        for attribute in ["class", "id", "role"] {
            guard let value = element.attribute(attribute) else { continue }
            for token in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            where furnitureWords.contains(String(token)) {
                return true
            }
        }
        return false
    }
}
