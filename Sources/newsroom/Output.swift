#if canImport(Glibc)
import Glibc
#endif
import NewsModel

/// Writes to standard output and error; messages to the user follow
/// `newsroom: error: PATH: reason`.
enum Output {
    static func error(_ message: String, newline: Bool = true) {
        writeError(!newline || message.hasSuffix("\n") ? message : message + "\n")
    }

    static func failure(_ path: String, _ reason: String) {
        writeError("newsroom: error: \(TerminalText.sanitize(path)): \(reason)\n")
    }

    static func warning(_ path: String, _ message: String) {
        writeError("newsroom: warning: \(TerminalText.sanitize(path)): \(message)\n")
    }

    /// A warning already written out (`newsroom: warning: …`).
    static func writeWarning(_ line: String) {
        writeError(line + "\n")
    }

    /// Writes text as it is; callers sanitize article text first.
    static func write(_ text: String) {
        print(text, terminator: "")
    }

    /// Standard output is buffered; messages on standard error must come after it.
    static func flush() {
        fflush(nil)
    }

    private static func writeError(_ text: String) {
        flush()
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(2, base + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Columns of the terminal on standard output, or nil when it is not one.
    static func terminalWidth() -> Int? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
