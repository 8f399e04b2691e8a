/// A list whose first element is kept inline: an entity's forms, roles and last words are
/// one element for most entities, and an array each would be an allocation each (and a
/// release when the article is done) for every entity of every article.
struct SmallList<Element>: Sequence {
    private var first: Element?
    private var rest: [Element] = []

    init() {}

    var count: Int { first == nil ? 0 : 1 + rest.count }
    var isEmpty: Bool { first == nil }

    mutating func append(_ element: Element) {
        if first == nil { first = element } else { rest.append(element) }
    }

    struct Iterator: IteratorProtocol {
        fileprivate let list: SmallList
        fileprivate var index = 0

        mutating func next() -> Element? {
            defer { index += 1 }
            if index == 0 { return list.first }
            return index - 1 < list.rest.count ? list.rest[index - 1] : nil
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }

    var underestimatedCount: Int { count }
}

extension SmallList: Sendable where Element: Sendable {}
