#if canImport(Glibc)
import Glibc
#endif

/// Paths as a person reads them: `.` and `..` resolved, and relative to the
/// working folder when the file is under it (`Fixtures/articles/x.txt`, not
/// `/repo/.build/x86_64-unknown-linux-gnu/debug/../../../Fixtures/articles/x.txt`).
public enum DisplayPath {
    /// `path` with `.`, `..` and repeated slashes resolved lexically, then made
    /// relative to `directory` (an absolute path) when it lies inside it.
    /// `-` (standard input) and paths that climb above a relative start stay as given.
    public static func standardized(_ path: String, relativeTo directory: String?) -> String {
        guard path != "-", !path.isEmpty else { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." { parts.removeLast(); continue }
                if absolute { continue }
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        guard absolute else { return joined.isEmpty ? "." : joined }
        let full = "/" + joined
        if let directory, directory.hasPrefix("/") {
            let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
            if full.hasPrefix(base + "/") { return String(full.dropFirst(base.count + 1)) }
        }
        return full
    }

    /// `standardized` relative to the working folder, when that names the same
    /// file (a `..` after a symbolic link may not): otherwise `path` as given.
    public static func readable(_ path: String) -> String {
        let shorter = standardized(path, relativeTo: currentDirectory())
        guard shorter != path else { return path }
        var a = stat(), b = stat()
        guard stat(path, &a) == 0, stat(shorter, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino else { return path }
        return shorter
    }

    public static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
