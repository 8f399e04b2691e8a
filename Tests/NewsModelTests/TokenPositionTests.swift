import Testing
@testable import NewsModel

/// Mentions are sorted and searched by position: reading order, block first, then token.
struct TokenPositionTests {
    @Test func readingOrder() {
        let positions = [TokenPosition(block: 2, token: 0), TokenPosition(block: 0, token: 7),
                         TokenPosition(block: 1, token: 300), TokenPosition(block: 1, token: 2), .none]
        #expect(positions.sorted().map { [$0.block, $0.token] } == [[-1, 0xFFFF_FFFF], [0, 7], [1, 2], [1, 300], [2, 0]])
        #expect(TokenPosition.none < TokenPosition(block: 0, token: 0))
        #expect(TokenPosition.none.isNone && !TokenPosition(block: 0, token: 0).isNone)
    }

    @Test func fieldsRoundTrip() {
        let p = TokenPosition(block: 70_000, token: 123_456)
        #expect(p.block == 70_000 && p.token == 123_456)
        #expect(p == TokenPosition(block: 70_000, token: 123_456))
        #expect(p.advanced(byTokens: 48) == TokenPosition(block: 70_000, token: 123_504))
    }
}
