#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock seconds of `body`.
public func timeSeconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Order statistics of repeated measurements.
public struct Sample: Sendable {
    public let values: [Double]
    public init(_ values: [Double]) { self.values = values.sorted() }
    public var median: Double { percentile(50) }
    public var min: Double { values.first ?? 0 }
    public var max: Double { values.last ?? 0 }
    public func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(values.count - 1)).rounded())
        return values[Swift.min(Swift.max(rank, 0), values.count - 1)]
    }
}

/// Peak resident memory of this process (VmHWM), in bytes.
public func peakResidentBytes() -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let digits = text.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
    }
    return 0
}
