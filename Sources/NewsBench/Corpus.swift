import Foundation
import NewsModel

/// A deterministic corpus built from the fixture articles' patterns: each
/// generated article takes a headline, headings and paragraphs from the pool of
/// fixtures (plain-text ones), with the digits varied, until it reaches its size.
public struct Corpus: Sendable {
    public let headlines: [String]
    public let headings: [String]
    public let paragraphs: [String]

    public init(fixtures directory: String) throws {
        var headlines: [String] = [], headings: [String] = [], paragraphs: [String] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        for name in names where name.hasSuffix(".txt") {
            guard case .success(let (article, _)) = ArticleLoader.loadFile(directory + "/" + name) else { continue }
            headlines.append(article.headline.text)
            for section in article.sections {
                if let heading = section.heading { headings.append(heading.text) }
                paragraphs += section.paragraphs.map(\.text)
            }
        }
        guard !headlines.isEmpty, !paragraphs.isEmpty, !headings.isEmpty else {
            throw CorpusError.noFixtures(directory)
        }
        self.headlines = headlines
        self.headings = headings
        self.paragraphs = paragraphs
    }

    public enum CorpusError: Error, CustomStringConvertible {
        case noFixtures(String)
        public var description: String {
            switch self { case .noFixtures(let dir): return "\(dir): no plain-text fixture articles to build a corpus from" }
        }
    }

    /// Article `index` of a corpus with `seed`, about `bytes` long.
    public func article(_ index: Int, seed: UInt64, bytes: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x1000_0001)
        var text = pick(headlines, &rng) + "\n\n"
        var sinceHeading = 0
        while text.utf8.count < bytes {
            if sinceHeading >= 3, Int.random(in: 0..<4, using: &rng) == 0 {
                text += pick(headings, &rng) + "\n\n"
                sinceHeading = 0
            }
            text += varyDigits(pick(paragraphs, &rng), &rng) + "\n\n"
            sinceHeading += 1
        }
        return text
    }

    /// Writes `count` articles of about `bytes` each to `directory`; returns their total size.
    @discardableResult
    public func write(count: Int, seed: UInt64, bytes: Int, to directory: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var total = 0
        for i in 0..<count {
            let text = article(i, seed: seed, bytes: bytes)
            total += text.utf8.count
            let name = String(format: "%05d.txt", i)
            try text.write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
        }
        return total
    }

    private func pick(_ items: [String], _ rng: inout SplitMix64) -> String {
        items[Int.random(in: 0..<items.count, using: &rng)]
    }

    /// Varies the digits, and the capitalized words inside sentences (mostly
    /// names), so that the corpus quotes many different people, as a real one does.
    private func varyDigits(_ text: String, _ rng: inout SplitMix64) -> String {
        var out = String.UnicodeScalarView()
        let shift = UInt32.random(in: 0..<10, using: &rng)
        let suffix = String(Int.random(in: 0..<676, using: &rng), radix: 26)
            .unicodeScalars.map { Unicode.Scalar(($0.isDigit ? $0.value - 0x30 : $0.value - 0x61 + 10) + 0x61) ?? "a" }
        var previous: Unicode.Scalar = " ", beforeWord: Unicode.Scalar = "."
        var wordLength = 0, capitalized = false
        for scalar in text.unicodeScalars {
            if scalar.isLetter {
                if wordLength == 0 { capitalized = scalar.isUppercaseLetter && beforeWord != "." && !beforeWord.isQuoteMark }
                wordLength += 1
            } else {
                if wordLength >= 4, capitalized { out.append(contentsOf: suffix) }
                if wordLength > 0 || !scalar.isHorizontalSpace { beforeWord = scalar.isHorizontalSpace ? previous : scalar }
                wordLength = 0
            }
            if scalar.isDigit, let varied = Unicode.Scalar(0x30 + (scalar.value - 0x30 + shift) % 10) {
                out.append(varied)
            } else {
                out.append(scalar)
            }
            previous = scalar
        }
        if wordLength >= 4, capitalized { out.append(contentsOf: suffix) }
        return String(out)
    }
}
