#if canImport(Glibc)
import Glibc
#endif
import NewsModel
import Synchronization

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

    /// Writes text as it is; callers sanitize article text first. Its UTF-8 is
    /// buffered here and written 64 KB at a time (`print` cost a dynamic cast per
    /// call, as much as serializing a small record); `flush` and the process's
    /// exit write the rest. On a terminal each write goes out at once, as
    /// standard output's line buffering did.
    static func write(_ text: String) {
        _ = flushedAtExit
        let full = pending.withLock { buffer -> Bool in
            buffer.append(contentsOf: text.utf8)
            return buffer.count >= bufferSize
        }
        if full || toTerminal { writePending() }
    }

    /// UTF-8 written as it is, like `write`.
    static func write(bytes: [UInt8]) {
        _ = flushedAtExit
        let full = pending.withLock { buffer -> Bool in
            buffer.append(contentsOf: bytes)
            return buffer.count >= bufferSize
        }
        if full || toTerminal { writePending() }
    }

    private static let toTerminal = isatty(1) == 1

    /// Standard output is buffered; messages on standard error must come after it.
    static func flush() {
        writePending()
        fflush(nil)
    }

    private static let bufferSize = 1 << 16
    private static let pending = Mutex<[UInt8]>([])
    private static let flushedAtExit: Void = { atexit { Output.flush() } }()

    private static func writePending() {
        pending.withLock { buffer in
            writeAll(1, buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    private static func writeError(_ text: String) {
        flush()
        writeAll(2, Array(text.utf8))
    }

    /// All of `bytes` to the file descriptor, or as much as it takes (a closed pipe takes none).
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, buffer.count - offset)
            }
            if written < 0, errno == EINTR { continue }
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
