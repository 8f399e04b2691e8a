#if canImport(Glibc)
import Glibc
#endif

/// Where Newsroom keeps what a reader saves, by the XDG base directories:
/// reading positions and bookmarks in `$XDG_STATE_HOME/newsroom/state.json`
/// (default `~/.local/state`), clippings in `$XDG_DATA_HOME/newsroom/clippings.jsonl`
/// (default `~/.local/share`), settings in `$XDG_CONFIG_HOME/newsroom/config.toml`
/// (default `~/.config`).
public enum UserFiles {
    public static func directory(_ variable: String, default fallback: String) -> String? {
        if let value = getenv(variable).map({ String(cString: $0) }), value.hasPrefix("/") {
            return value + "/newsroom"
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home + "/" + fallback + "/newsroom"
    }

    public static var stateFile: String? { directory("XDG_STATE_HOME", default: ".local/state").map { $0 + "/state.json" } }
    public static var clippingsFile: String? { directory("XDG_DATA_HOME", default: ".local/share").map { $0 + "/clippings.jsonl" } }
    public static var configFile: String? { directory("XDG_CONFIG_HOME", default: ".config").map { $0 + "/config.toml" } }

    /// Creates `path`'s folder and its parents (mode 0700: what a person reads is private).
    public static func makeParent(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        var built = ""
        for part in path[..<slash].split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0, errno != EEXIST { return "cannot create \(built): \(String(cString: strerror(errno)))" }
        }
        return nil
    }

    /// Writes `text` to a temporary file beside `path` and renames it over
    /// `path`, so a crash leaves the old file or the new one, never half of one.
    /// Returns why it failed, or nil.
    public static func writeAtomically(_ text: String, to path: String) -> String? {
        if let problem = makeParent(of: path) { return problem }
        let temporary = path + ".tmp.\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return "cannot write \(temporary): \(String(cString: strerror(errno)))" }
        let ok = writeAll(fd, Array(text.utf8)) && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            return "cannot write \(path): \(why)"
        }
        return nil
    }

    /// Appends one line; a single `write` with O_APPEND, so two readers clipping at once do not interleave.
    public static func appendLine(_ line: String, to path: String) -> String? {
        if let problem = makeParent(of: path) { return problem }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
        defer { close(fd) }
        return writeAll(fd, Array((line + "\n").utf8)) ? nil : "cannot write \(path): \(String(cString: strerror(errno)))"
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + offset, buffer.count - offset)
            }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    /// The file's text, nil when it does not exist; throws the reason it cannot be read.
    public static func read(_ path: String) throws(LoadFailureReason) -> String? {
        var info = stat()
        if stat(path, &info) != 0, errno == ENOENT { return nil }
        let bytes = try FileReader.read(path: path, limit: 64 << 20)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Where an article was left: a block of its document and an offset in it.
public struct SavedPosition: Sendable, Hashable {
    public var block: Int
    public var offset: Int
    public var blankBefore: Bool

    public init(block: Int, offset: Int, blankBefore: Bool) {
        self.block = block
        self.offset = offset
        self.blankBefore = blankBefore
    }
}

/// What the reader remembers between sessions, by absolute article path.
public struct ReadingMemory: Sendable, Hashable {
    public var positions: [String: SavedPosition] = [:]
    public var bookmarks: Set<String> = []

    public init() {}

    /// `{"version": 1, "positions": {PATH: [block, offset, blank]}, "bookmarks": [PATH…]}`
    public func serialized() -> String {
        let positions = self.positions.keys.sorted().compactMap { path -> (String, JSON)? in
            guard let p = self.positions[path] else { return nil }
            return (path, .array([.int(p.block), .int(p.offset), .bool(p.blankBefore)]))
        }
        return JSON.object([
            ("version", .int(1)),
            ("positions", .object(positions)),
            ("bookmarks", .array(bookmarks.sorted().map(JSON.string))),
        ]).serialized()
    }

    public struct Corrupt: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ text: String) throws(Corrupt) -> ReadingMemory {
        let json: JSON
        do { json = try JSON.parse(text) } catch { throw Corrupt(description: error.description) }
        guard case .object(let fields) = json else { throw Corrupt(description: "not a JSON object") }
        var memory = ReadingMemory()
        for (key, value) in fields {
            switch (key, value) {
            case ("version", .int(1)): continue
            case ("version", _): throw Corrupt(description: "unknown version")
            case ("positions", .object(let items)):
                for (path, position) in items {
                    guard case .array(let parts) = position, parts.count == 3, case .int(let block) = parts[0],
                          case .int(let offset) = parts[1], case .bool(let blank) = parts[2] else {
                        throw Corrupt(description: "bad position for \(path)")
                    }
                    memory.positions[path] = SavedPosition(block: block, offset: offset, blankBefore: blank)
                }
            case ("bookmarks", .array(let items)):
                for item in items {
                    guard case .string(let path) = item else { throw Corrupt(description: "bad bookmark") }
                    memory.bookmarks.insert(path)
                }
            default:
                throw Corrupt(description: "unexpected field \(key)")
            }
        }
        return memory
    }

    /// The absolute form of `path` (from the working folder `directory`), the key it is kept under.
    public static func key(_ path: String, directory: String?) -> String? {
        guard path != "-" else { return nil }
        if path.hasPrefix("/") { return DisplayPath.standardized(path, relativeTo: nil) }
        guard let directory else { return nil }
        return DisplayPath.standardized(directory + "/" + path, relativeTo: nil)
    }
}
