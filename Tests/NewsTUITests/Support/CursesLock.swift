#if canImport(Glibc)
import Glibc
#endif

/// ncurses keeps one global screen; test targets run in one process, in
/// parallel, so every test that opens a screen holds this lock (an flock on a
/// file, which also excludes other open descriptions in the same process).
enum CursesLock {
    static func held<T>(_ body: () throws -> T) rethrows -> T {
        let fd = open("/tmp/newsroom-ncurses-tests.lock", O_CREAT | O_RDWR, 0o600)
        if fd >= 0 { flock(fd, LOCK_EX) }
        defer { if fd >= 0 { flock(fd, LOCK_UN); close(fd) } }
        return try body()
    }
}
