/// A 128-bit hash of a file's bytes (two 64-bit lanes of multiply-rotate
/// mixing, eight bytes a step): enough to tell whether a file changed or was
/// moved; not a cryptographic hash.
public enum ContentHash {
    public static func hex(_ bytes: [UInt8]) -> String {
        let c1: UInt64 = 0x87C3_7B91_1142_53D5, c2: UInt64 = 0x4CF5_AD43_2745_937F
        var h1: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var h2: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i + 16 <= n {
                var k1 = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                var k2 = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                k1 = rotl(k1 &* c1, 31) &* c2
                h1 = (rotl(h1 ^ k1, 27) &+ h2) &* 5 &+ 0x52DC_E729
                k2 = rotl(k2 &* c2, 33) &* c1
                h2 = (rotl(h2 ^ k2, 31) &+ h1) &* 5 &+ 0x3849_5AB5
                i += 16
            }
            var tail1: UInt64 = 0, tail2: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                if shift < 64 { tail1 |= UInt64(raw[i]) << shift } else { tail2 |= UInt64(raw[i]) << (shift - 64) }
                shift += 8
                i += 1
            }
            h1 ^= rotl(tail1 &* c1, 31) &* c2
            h2 ^= rotl(tail2 &* c2, 33) &* c1
        }
        h1 &+= h2
        h2 &+= h1
        h1 = mix(h1)
        h2 = mix(h2)
        h1 &+= h2
        h2 &+= h1
        return hex16(h1) + hex16(h2)
    }

    private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    private static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    private static func hex16(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
