#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with a size cap, so that `/dev/zero`, a FIFO or a huge
/// file ends in an error instead of a hang or unbounded memory.
public enum FileReader {
    /// Articles larger than this are refused.
    public static let sizeLimit = 16 << 20

    public static func read(path: String, limit: Int = sizeLimit) throws(LoadFailureReason) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, limit: limit) }
        // O_NONBLOCK: opening a FIFO that has no writer must not wait for one.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw reason(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw reason(errno: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw .notReadable("is a directory")
        case S_IFIFO:
            // A FIFO with no writer reads as empty; with one, read it to its end.
            let flags = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        case S_IFREG:
            if Int(info.st_size) > limit { throw .tooLarge(limit: limit) }
        default:
            break
        }
        return try readAll(fd: fd, limit: limit)
    }

    private static func readAll(fd: Int32, limit: Int) throws(LoadFailureReason) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { break }
                throw reason(errno: errno)
            }
            if count == 0 { break }
            if bytes.count + count > limit { throw .tooLarge(limit: limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    static func reason(errno code: Int32) -> LoadFailureReason {
        switch code {
        case ENOENT, ENOTDIR: return .notFound
        case EACCES, EPERM: return .permissionDenied
        case ELOOP: return .symlinkLoop
        case EISDIR: return .notReadable("is a directory")
        default: return .notReadable(String(cString: strerror(code)))
        }
    }
}
