import Testing
@testable import NewsModel

/// The quotes' tokenizer classifies an ASCII word straight from its scalars (`WordClass.lookup`)
/// and any other word from its lowercased string (`WordClass.of`): both paths must always give a
/// word the same classes, whatever its case, possessive or hyphenated prefix.
struct WordKeyPathTests {
    /// Every listed ASCII word (without a period, which the tokenizer reads apart), and unlisted ones.
    static let words: [String] = ScalarTable.shared.words.filter { w in
        !w.isEmpty && w.unicodeScalars.allSatisfy { $0.isASCII && $0 != "." && $0 != " " }
    } + ["zorblat", "farmed", "quickly", "12th", "co-founder", "ex-minister", "o'brien", "x", "ab"]

    private func fast(_ word: String) -> WordClass? {
        let s = Array(word.unicodeScalars)
        let dash = s.lastIndex(of: "-") ?? -1
        return s.withUnsafeBufferPointer { WordClass.lookup($0, 0, s.count, table: ScalarTable.shared, lastDash: dash)?.classes }
    }

    @Test func fastAndSlowPathsAgree() {
        #expect(Self.words.count > 500)
        var disagreements: [String] = []
        for w in Self.words {
            let forms = [w, w.prefix(1).uppercased() + w.dropFirst(), w.uppercased(), w + "'s", w + "s'", "co-" + w]
            for form in forms where fast(form) != WordClass.of(form.lowercased()) {
                disagreements.append(form)
            }
        }
        #expect(disagreements.isEmpty, "classes differ between the two paths for \(disagreements.prefix(20))")
    }
}
