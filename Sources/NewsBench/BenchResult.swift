import NewsModel

/// One measured figure, with its spread and the target it is held to.
public struct BenchResult: Sendable {
    public let name: String
    public let value: Double
    public let unit: String
    public let min: Double?
    public let max: Double?
    public let target: String?

    public init(_ name: String, _ value: Double, _ unit: String, min: Double? = nil, max: Double? = nil,
                target: String? = nil) {
        self.name = name
        self.value = value
        self.unit = unit
        self.min = min
        self.max = max
        self.target = target
    }

    public var json: JSON {
        .object([
            ("name", .string(name)), ("value", .optional(value)), ("unit", .string(unit)),
            ("min", .optional(min)), ("max", .optional(max)), ("target", .optional(target)),
        ])
    }
}

public enum BenchTable {
    public static func render(_ results: [BenchResult]) -> String {
        let rows = results.map { r -> [String] in
            [r.name, format(r.value), r.unit,
             r.min.map(format) ?? "", r.max.map(format) ?? "", r.target ?? ""]
        }
        let header = ["figure", "value", "unit", "min", "max", "target"]
        let widths = (0..<header.count).map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == 0 ? cell.padding(widths[c]) : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
                + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e12 { return String(Int(v)) }
        let digits = abs(v) >= 100 ? 1 : abs(v) >= 1 ? 2 : 4
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return String((v * scale).rounded() / scale)
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}
