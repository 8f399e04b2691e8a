import Foundation
import Testing
@testable import NewsModel

/// The figures-r1, figures-r2 and figures-r3 blind probe sets (sentences written by someone who had not read
/// the code, with an answer key) run in-process, scored as `scripts/score-figures-probe.py` scores
/// value F1: a figure counts when it overlaps a key figure (one to one, largest overlap first) and
/// its value agrees with the key's (for a key range, its low and high) within 1e-6 relative, or at
/// the key's own precision where it is written with two or more decimals (0.3333). Each floor is
/// the level last measured less a small margin: a rule that loses more fails here, with the misses.
struct FigureProbeTests {
    static let floors = ["figures-r1": 0.99, "figures-r2": 0.95, "figures-r3": 0.96]
    /// Sentences per set: a set read short (a truncated file) fails rather than scoring what is left.
    static let sizes = ["figures-r1": 467, "figures-r2": 378, "figures-r3": 330]

    struct KeyFigure {
        var text: String
        var value: Double?
        var low: Double?
        var high: Double?
    }

    struct Probe {
        var id: String
        var sentence: String
        var keys: [KeyFigure]
    }

    static func probes(_ set: String) throws -> [Probe] {
        let path = FigureTesting.fixture("../Tests/Probes/\(set)/sentences.jsonl")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out: [Probe] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let figures = object["figures"] as? [[String: Any]] ?? []
            out.append(Probe(id: object["id"] as? String ?? "?", sentence: object["sentence"] as? String ?? "",
                             keys: figures.map {
                                 KeyFigure(text: $0["text"] as? String ?? "", value: number($0["value"]),
                                           low: number($0["low"]), high: number($0["high"]))
                             }))
        }
        return out
    }

    private static func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    /// `a` agrees with the key number `k`: within 1e-6 relative, or, for a key written with two or
    /// more decimals (keys round thirds: 0.3333), once rounded to as many decimals.
    static func close(_ a: Double?, _ k: Double?) -> Bool {
        guard let a, let k else { return a == nil && k == nil }
        if abs(a - k) <= 1e-6 * max(abs(a), abs(k), 1e-12) { return true }
        let decimals = keyDecimals(k)
        guard decimals >= 2 else { return false }
        let scale = pow(10.0, Double(decimals))
        return abs((a * scale).rounded() / scale - k) <= 1e-9 * max(abs(k), 1)
    }

    /// Decimal places of the key number as JSON writes it (the shortest form that reads back).
    static func keyDecimals(_ k: Double) -> Int {
        let text = "\(k)"
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : fraction.count
    }

    @Test func keyPrecision() {
        #expect(Self.close(1.0 / 3, 0.3333))
        #expect(Self.close(18 + 5.0 / 60, 18.0833))
        #expect(!Self.close(0.334, 0.3333))
        #expect(!Self.close(2.54, 2.5))
        #expect(Self.close(1_370_000_000, 1_370_000_000.0))
    }

    /// The key's span in the sentence, in scalars (the n-th occurrence for the n-th repeat, then any,
    /// then ignoring case, as the script finds it).
    private static func spans(_ sentence: String, _ keys: [KeyFigure]) -> [Range<Int>?] {
        let s = Array(sentence.unicodeScalars)
        let lower = Array(sentence.lowercased().unicodeScalars)
        var from: [String: Int] = [:]
        func find(_ k: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
            guard !k.isEmpty, k.count <= s.count, start <= s.count - k.count else { return nil }
            for i in start...(s.count - k.count) where Array(s[i..<(i + k.count)]) == k { return i }
            return nil
        }
        return keys.map { key in
            let k = Array(key.text.unicodeScalars)
            let i = find(k, in: s, from: from[key.text] ?? 0) ?? find(k, in: s, from: 0)
                ?? (lower.count == s.count ? find(Array(key.text.lowercased().unicodeScalars), in: lower, from: 0) : nil)
            guard let i else { return nil }
            from[key.text] = i + 1
            return i..<(i + k.count)
        }
    }

    @Test(arguments: ["figures-r1", "figures-r2", "figures-r3"])
    func valueF1(_ set: String) throws {
        let probes = try Self.probes(set)
        #expect(probes.count == Self.sizes[set])
        var tp = 0, predicted = 0, keyed = 0
        var misses: [String] = []
        for probe in probes {
            let figures = FigureTesting.figures(probe.sentence)
            // The article is "Headline", a blank line, then the sentence: 10 scalars before it.
            let preds = figures.map { (span: ($0.range.start - 10)..<($0.range.end - 10), figure: $0) }
            let keySpans = Self.spans(probe.sentence, probe.keys)
            var candidates: [(overlap: Int, p: Int, k: Int)] = []
            for (p, pred) in preds.enumerated() {
                for (k, key) in probe.keys.enumerated() {
                    guard let span = keySpans[k] else { continue }
                    let overlap = min(span.upperBound, pred.span.upperBound) - max(span.lowerBound, pred.span.lowerBound)
                    let valueOK = key.low != nil && key.high != nil
                        ? Self.close(pred.figure.low, key.low) && Self.close(pred.figure.high, key.high)
                        : Self.close(pred.figure.value, key.value)
                    if overlap > 0, valueOK { candidates.append((overlap, p, k)) }
                }
            }
            candidates.sort { ($0.overlap, -$0.p, -$0.k) > ($1.overlap, -$1.p, -$1.k) }
            var usedP = Set<Int>(), usedK = Set<Int>()
            for c in candidates where !usedP.contains(c.p) && !usedK.contains(c.k) {
                usedP.insert(c.p)
                usedK.insert(c.k)
            }
            tp += usedK.count
            predicted += preds.count
            keyed += probe.keys.count
            for (k, key) in probe.keys.enumerated() where !usedK.contains(k) {
                misses.append("[\(probe.id)] missed or wrong \"\(key.text)\" (\(key.value.map { "\($0)" } ?? "null"))")
            }
            for (p, pred) in preds.enumerated() where !usedP.contains(p) {
                misses.append("[\(probe.id)] got \(ExpectedFigure.describe(pred.figure))")
            }
        }
        let precision = Double(tp) / Double(max(predicted, 1)), recall = Double(tp) / Double(max(keyed, 1))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        let floor = Self.floors[set] ?? 1
        #expect(f1 >= floor, "\(set): value F1 \(f1) below \(floor); errors:\n\(misses.joined(separator: "\n"))")
    }
}
