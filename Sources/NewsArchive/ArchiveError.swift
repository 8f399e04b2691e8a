/// Why an archive cannot be used, with the one-line reason the command line
/// prints and the documented exit status. Never carries an SQL message.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database, or one Newsroom did not write.
    case notAnArchive
    /// SQLite reports the file damaged.
    case damaged
    /// Written by a newer Newsroom: its schema has migrations this one does not know.
    case newerVersion
    /// Written by an older Newsroom and opened read-only: `index` upgrades it.
    case needsUpgrade
    /// No archive at the path (for commands that only read).
    case missing
    /// The file or its folder cannot be written.
    case readOnly
    /// The disk (or the archive's size limit) is full; what was committed before stays.
    case full
    /// Another process holds the archive for longer than the wait.
    case busy
    /// The archive cannot be opened or read (permissions, I/O): `reason` says which.
    case unreadable(String)
    /// A search query that FTS5 syntax cannot express; `reason` is ours, not SQLite's.
    case malformedQuery(String)

    public var description: String {
        switch self {
        case .notAnArchive: return "not a Newsroom archive"
        case .damaged: return "the archive is damaged (start over with: newsroom index --rebuild)"
        case .newerVersion: return "the archive was written by a newer version of Newsroom"
        case .needsUpgrade: return "the archive was written by an older version of Newsroom (run: newsroom index)"
        case .missing: return "no archive here (create one with: newsroom index PATH...)"
        case .readOnly: return "the archive is read-only"
        case .full: return "disk full: the archive keeps what was committed before"
        case .busy: return "the archive is busy (another newsroom is writing to it)"
        case .unreadable(let reason): return reason
        case .malformedQuery(let reason): return "malformed query: \(reason)"
        }
    }

    /// 2 usage (a malformed query, no archive), 3 the archive cannot be read,
    /// 4 the archive cannot be written.
    public var exitStatus: Int32 {
        switch self {
        case .malformedQuery, .missing: return 2
        case .notAnArchive, .damaged, .newerVersion, .needsUpgrade, .unreadable, .busy: return 3
        case .readOnly, .full: return 4
        }
    }
}
