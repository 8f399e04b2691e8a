/// Decodes an article's bytes. UTF-8 is expected; invalid sequences become
/// U+FFFD with a warning, UTF-16 with a byte-order mark is decoded too, and a
/// NUL byte marks a binary file.
public enum TextDecoding {
    public struct Result: Sendable {
        public let text: String
        public let warnings: [String]
    }

    public static func decode(_ bytes: [UInt8]) throws(LoadFailureReason) -> Result {
        if bytes.isEmpty { throw .empty }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        let (nul, ascii) = scan(bytes)
        if nul { throw .binary }
        // ASCII needs no validation, and this initializer skips it for ASCII (the validator
        // behind `String(validating:)` reads byte by byte).
        if ascii { return Result(text: String(decoding: bytes, as: UTF8.self), warnings: []) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Result(text: text, warnings: [])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return Result(text: text, warnings: ["invalid UTF-8: \(replaced) character(s) replaced with U+FFFD"])
    }

    /// Whether `bytes` hold a NUL byte, and whether they are all ASCII: eight bytes at a time.
    private static func scan(_ bytes: [UInt8]) -> (nul: Bool, ascii: Bool) {
        bytes.withUnsafeBytes { raw in
            let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
            var zero: UInt64 = 0, all: UInt64 = 0
            var i = 0
            while i + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A zero byte sets its high bit here (bytes above it may too, which changes nothing).
                zero |= (word &- ones) & ~word & high
                all |= word
                i += 8
            }
            var nul = zero != 0, ascii = all & high == 0
            while i < raw.count {
                nul = nul || raw[i] == 0
                ascii = ascii && raw[i] < 0x80
                i += 1
            }
            return (nul, ascii)
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(LoadFailureReason) -> Result {
        guard bytes.count % 2 == 0 else { throw .unsupportedEncoding("UTF-16 file with an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                    : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            if unit == 0 { throw .binary }
            units.append(unit)
            i += 2
        }
        var warnings = ["decoded as UTF-16 (byte-order mark found); offsets count its code points"]
        let text = String(decoding: units, as: UTF16.self)
        if String(validating: units, as: UTF16.self) == nil {
            warnings.append("invalid UTF-16: unpaired surrogates replaced with U+FFFD")
        }
        return Result(text: text, warnings: warnings)
    }
}
