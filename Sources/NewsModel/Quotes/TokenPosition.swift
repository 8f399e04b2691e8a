/// Where a token is in an article: its block, then its index in the block, ordered as the text
/// reads. Kept as one integer, `block << 32 | token` (both fit 32 bits), so that sorting and
/// searching mentions, which coreference does for every mention, compares one number; nothing
/// outside this type packs or unpacks it.
struct TokenPosition: Comparable, Hashable, Sendable {
    private let packed: Int

    init(block: Int, token: Int) { packed = block << 32 | token }

    private init(packed: Int) { self.packed = packed }

    /// Before every token: where an entity not yet mentioned was last mentioned.
    static let none = TokenPosition(packed: -1)

    var block: Int { packed >> 32 }
    var token: Int { packed & 0xFFFF_FFFF }
    var isNone: Bool { packed < 0 }

    /// `count` tokens further on, as if in the same block: how far a salient mention outweighs a
    /// plain one when coreference ranks candidates (from `none`, a position early in the first block).
    func advanced(byTokens count: Int) -> TokenPosition { TokenPosition(packed: packed + count) }

    static func < (a: TokenPosition, b: TokenPosition) -> Bool { a.packed < b.packed }
}
