@testable import NewsArchive
import Testing

@Suite struct StoredTextTests {
    /// Texts come back exactly (UTF-8 of any length, code points beyond the BMP, none at all).
    @Test func storedTextsComeBackExactly() throws {
        let texts = ["", "a", "Kyiv — «Zelensky» said: “no” 🇺🇦\r\n", String(repeating: "Ünïcode news text. ", count: 5_000)]
        for text in texts {
            let stored = StoredText.encode(text)
            #expect(stored.withUnsafeBytes { StoredText.decode($0) } == text)
            if text.utf8.count > 1_000 { #expect(stored.count * 5 < text.utf8.count) }
        }
        // Damaged bytes are nil, never a crash or a partial text.
        var damaged = StoredText.encode(texts[3])
        damaged[10] ^= 0xFF
        damaged.removeLast(20)
        #expect(damaged.withUnsafeBytes { StoredText.decode($0) } == nil)
        #expect([UInt8]([1, 0]).withUnsafeBytes { StoredText.decode($0) } == nil)
    }
}
