/// A list whose first element is kept inline: an entity's forms, roles and last words, and
/// a quotation's paragraphs, are one element for most, and an array each would be an
/// allocation each (and a release when the article is done) for every one of every article.
struct SmallList<Element>: Sequence {
    private var head: Element?
    private var rest: [Element] = []

    init() {}

    init(_ element: Element) { head = element }

    var count: Int { head == nil ? 0 : 1 + rest.count }
    var isEmpty: Bool { head == nil }
    var first: Element? { head }
    var last: Element? { rest.last ?? head }

    mutating func append(_ element: Element) {
        if head == nil { head = element } else { rest.append(element) }
    }

    struct Iterator: IteratorProtocol {
        fileprivate let list: SmallList
        fileprivate var index = 0

        mutating func next() -> Element? {
            defer { index += 1 }
            if index == 0 { return list.head }
            return index - 1 < list.rest.count ? list.rest[index - 1] : nil
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }

    var underestimatedCount: Int { count }
}

extension SmallList: Sendable where Element: Sendable {}
