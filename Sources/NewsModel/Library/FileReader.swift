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
            return try readAll(fd: fd, limit: limit, sizeHint: Int(info.st_size))
        default:
            break
        }
        return try readAll(fd: fd, limit: limit)
    }

    /// Reads to the end into one buffer sized from `sizeHint` (a regular file's size, plus
    /// one byte so that the end is found in the same buffer) and doubled if the input is
    /// longer: no zero-filled chunk, no copy per chunk.
    private static func readAll(fd: Int32, limit: Int, sizeHint: Int = 1 << 16) throws(LoadFailureReason) -> [UInt8] {
        var capacity = min(max(sizeHint, 0) + 1, limit + 1)
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        var count = 0
        while true {
            if count == capacity {
                // Full: the input is longer than expected (a pipe, a growing file).
                guard capacity <= limit else { throw .tooLarge(limit: limit) }
                capacity = min(capacity * 2, limit + 1)
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
                larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                buffer.deallocate()
                buffer = larger
            }
            let read = Glibc.read(fd, buffer.baseAddress.map { $0 + count }, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { break }
                throw reason(errno: errno)
            }
            if read == 0 { break }
            count += read
            if count > limit { throw .tooLarge(limit: limit) }
        }
        return Array(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
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
