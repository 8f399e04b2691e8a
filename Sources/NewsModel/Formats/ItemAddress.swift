#if canImport(Glibc)
import Glibc
#endif

/// `FILE#N`: item N (from 1) of a feed or a NewsML-G2 message or package. A path that
/// names an existing file is that file, `#` and all; otherwise a trailing `#` and
/// digits after an existing file are the item number.
public enum ItemAddress {
    public static func split(_ path: String) -> (file: String, item: Int?) {
        guard let hash = path.lastIndex(of: "#"), hash != path.startIndex,
              let n = Int(path[path.index(after: hash)...]), n >= 0,
              path[path.index(after: hash)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return (path, nil) }
        var info = stat()
        if stat(path, &info) == 0 { return (path, nil) }
        let file = String(path[..<hash])
        guard stat(file, &info) == 0 else { return (path, nil) }
        return (file, n)
    }

    /// Whether `path` is a file whose articles are addressed as `FILE#N` (a feed, a NewsML-G2
    /// message or package): reads and recognises it.
    public static func holdsItems(_ path: String) -> Bool {
        guard let bytes = try? FileReader.read(path: path),
              case .structured(_, _, let items)? = try? FormatReader.read(bytes, path: path) else { return false }
        return items
    }
}
