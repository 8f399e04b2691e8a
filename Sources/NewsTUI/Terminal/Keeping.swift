import NewsModel

/// How the runner saves what the reader keeps; the app supplies the files.
public struct Keeping {
    /// Writes positions and bookmarks; returns a problem to show, or nil.
    public var saveMemory: (ReadingMemory) -> String?
    /// Saves a clipping; returns the notice to show (where it went, or why it failed).
    public var saveClipping: (Clipping) -> String

    public init(saveMemory: @escaping (ReadingMemory) -> String?, saveClipping: @escaping (Clipping) -> String) {
        self.saveMemory = saveMemory
        self.saveClipping = saveClipping
    }
}

/// Standard Base64 (RFC 4648) with padding, for OSC 52.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".unicodeScalars)

    static func encode(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i])
            let b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            out.append(alphabet[b0 >> 2])
            out.append(alphabet[((b0 & 3) << 4) | (b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : "=")
            out.append(i + 2 < bytes.count ? alphabet[b2 & 63] : "=")
            i += 3
        }
        return String(out)
    }
}
