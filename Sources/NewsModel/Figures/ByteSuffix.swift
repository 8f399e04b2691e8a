extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the first `length` bytes end with `suffix`: word endings tested on a
    /// word's UTF-8 without making strings.
    /// Inlined: the suffix is a literal, whose length and bytes are then known where it is called.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString, within length: Int) -> Bool {
        let m = suffix.utf8CodeUnitCount
        guard m <= length, length <= count else { return false }
        return suffix.withUTF8Buffer { s in
            for k in 0..<m where self[length - m + k] != s[k] { return false }
            return true
        }
    }
}
