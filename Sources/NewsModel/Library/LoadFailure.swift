/// Why an input could not become an article. `description` is the reason shown
/// after the path in `newsroom: error: PATH: reason`.
public enum LoadFailureReason: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound
    case permissionDenied
    case noArticlesInDirectory
    case empty
    case blank
    case binary
    case tooLarge(limit: Int)
    case notReadable(String)
    case symlinkLoop
    case unsupportedEncoding(String)

    /// The extensions the loader reads, from its own list: `.md, .txt, .text, .markdown`.
    public static var extensionList: String {
        ArticleLoader.articleExtensions.sorted { ($0.count, $0) < ($1.count, $1) }.map { "." + $0 }.joined(separator: ", ")
    }

    public var description: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .permissionDenied: return "permission denied"
        case .noArticlesInDirectory: return "no articles (\(Self.extensionList)) in this directory"
        case .empty: return "empty file"
        case .blank: return "no text (the file holds only white space)"
        case .binary: return "binary file (contains NUL bytes), not an article"
        case .tooLarge(let limit): return "larger than the \(limit / (1 << 20)) MiB article size limit"
        case .notReadable(let why): return why
        case .symlinkLoop: return "symbolic link loop"
        case .unsupportedEncoding(let why): return why
        }
    }
}

public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: LoadFailureReason

    public init(path: String, reason: LoadFailureReason) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

public struct LoadWarning: Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
