/// A block's display scalars, read in place in the article's buffer of all blocks' scalars
/// (`AnalysisDocument.scalars`): copying each block's scalars out into an array of its own cost
/// an allocation, a copy and a release per block. Valid only while `QuoteExtractor.extract`
/// holds that buffer, which outlives every token, reader and phrase that reads from it.
struct BlockScalars: RandomAccessCollection {
    private let buffer: UnsafeBufferPointer<Unicode.Scalar>

    init(_ buffer: UnsafeBufferPointer<Unicode.Scalar>) { self.buffer = buffer }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }
    var count: Int { buffer.count }

    /// Checked, as an array's subscript is: an index out of the block traps rather than
    /// reading past it.
    @inline(__always)
    subscript(i: Int) -> Unicode.Scalar {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: buffer.count), "scalar index out of the block")
        return buffer[i]
    }

    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R { body(buffer) }
}

extension ScalarString {
    /// The scalars `s[from..<to]` of a block as a string.
    static func make(_ s: BlockScalars, _ from: Int, _ to: Int) -> String {
        s.withUnsafeBufferPointer { make($0, from, to) }
    }
}
