import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Loads the articles named on the command line: files, folders searched
/// recursively, or `-` for standard input. A bad input is reported and skipped;
/// the others still load.
public enum ArticleLoader {
    public static let articleExtensions: Set<String> = ["txt", "md", "text", "markdown"]

    public struct Result: Sendable {
        public var articles: [Article]
        public var failures: [LoadFailure]
        public var warnings: [LoadWarning]
    }

    /// Expands `paths` into article files, sorted by path within each folder.
    public static func expand(_ paths: [String]) -> (files: [String], failures: [LoadFailure]) {
        var files: [String] = []
        var failures: [LoadFailure] = []
        for path in paths {
            if path == "-" { files.append(path); continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                // FILE#N, an item of a feed or package: checked when it is read.
                if ItemAddress.split(path).item != nil { files.append(path); continue }
                var linkInfo = stat()
                let reason: LoadFailureReason = errno == ELOOP || (errno == ENOENT && lstat(path, &linkInfo) == 0)
                    ? (errno == ELOOP ? .symlinkLoop : .notFound) : FileReader.reason(errno: errno)
                failures.append(LoadFailure(path: path, reason: reason))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                var found: [String] = []
                var visited: Set<DirectoryID> = []
                walk(path, into: &found, visited: &visited, failures: &failures)
                if found.isEmpty {
                    failures.append(LoadFailure(path: path, reason: .noArticlesInDirectory))
                }
                files.append(contentsOf: found.sorted())
            } else {
                files.append(path)
            }
        }
        return (files, failures)
    }

    private struct DirectoryID: Hashable { let device: UInt64; let inode: UInt64 }

    private static func walk(_ directory: String, into found: inout [String], visited: inout Set<DirectoryID>,
                             failures: inout [LoadFailure]) {
        var info = stat()
        guard stat(directory, &info) == 0 else { return }
        let id = DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(id).inserted else { return }  // a symlink back up the tree
        guard let dir = opendir(directory) else {
            failures.append(LoadFailure(path: directory, reason: FileReader.reason(errno: errno)))
            return
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        for name in names.sorted() {
            let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else {
                if errno == ELOOP { failures.append(LoadFailure(path: child, reason: .symlinkLoop)) }
                continue
            }
            if childInfo.st_mode & S_IFMT == S_IFDIR {
                walk(child, into: &found, visited: &visited, failures: &failures)
            } else if childInfo.st_mode & S_IFMT == S_IFREG, isArticleName(name) {
                found.append(child)
            }
        }
    }

    public static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        return articleExtensions.contains(ext) || FormatReader.structuredExtensions.contains(ext)
    }

    public static func format(forPath path: String) -> ArticleFormat {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plainText
    }

    /// Reads, decodes and parses one article: a file, or item N of a feed or package as `FILE#N`.
    /// A file holding several articles without `#N` is an error here; `loadArticles` reads them all.
    public static func loadFile(_ path: String) -> Swift.Result<(Article, [LoadWarning]), LoadFailure> {
        switch loadArticles(path) {
        case .failure(let failure): return .failure(failure)
        case .success(let articles):
            if articles.count == 1, let only = articles.first { return .success(only) }
            return .failure(LoadFailure(path: path, reason: .notReadable(
                "holds \(articles.count) articles; name one as \(TerminalText.sanitize(path))#N")))
        }
    }

    /// Every article of one file: one for text, NITF, ninjs, a web page or a NewsML-G2 item;
    /// one per item of a feed or a NewsML-G2 message or package, each with the path `FILE#N`.
    /// `FILE#N` (when no file has that very name) reads item N alone.
    public static func loadArticles(_ path: String) -> Swift.Result<[(Article, [LoadWarning])], LoadFailure> {
        let (file, item) = ItemAddress.split(path)
        do {
            let bytes = try FileReader.read(path: file)
            return .success(try articles(from: bytes, file: file, item: item))
        } catch {
            return .failure(LoadFailure(path: path, reason: error))
        }
    }

    /// Decodes and parses a file's bytes already read (the archive hashes them first): every article
    /// of the file, as `loadArticles` gives them (`FILE#N` for each item of a feed or package).
    public static func loadBytes(_ bytes: [UInt8], path: String) -> Swift.Result<[(Article, [LoadWarning])], LoadFailure> {
        do {
            return .success(try articles(from: bytes, file: path))
        } catch {
            return .failure(LoadFailure(path: path, reason: error))
        }
    }

    /// The articles in the bytes of `file` (recognised by content and name), or item `item` alone.
    public static func articles(from bytes: [UInt8], file: String,
                                item: Int? = nil) throws(LoadFailureReason) -> [(Article, [LoadWarning])] {
        let path = item.map { file + "#" + String($0) } ?? file
        switch try FormatReader.read(bytes, path: file) {
        case .text:
            if item != nil { throw .notReadable("not a feed or package: #N names an item of one") }
            let decoded = try TextDecoding.decode(bytes)
            let source = SourceText(decoded.text)
            let article = try parse(source, path: path, warnings: decoded.warnings)
            return [(article, decoded.warnings.map { LoadWarning(path: path, message: $0) })]
        case .structured(let format, let items, let several):
            var chosen = Array(items.enumerated())
            if let item {
                guard several, item >= 1, item <= items.count else {
                    throw .notReadable(several ? "no item \(item) (the file holds \(items.count))"
                                               : "not a feed or package: #N names an item of one")
                }
                chosen = [chosen[item - 1]]
            }
            if chosen.isEmpty { throw .notReadable("a \(format.rawValue) file without any item") }
            var articles: [(Article, [LoadWarning])] = []
            articles.reserveCapacity(chosen.count)
            for (index, extracted) in chosen {
                let itemPath = several ? file + "#" + String(index + 1) : file
                articles.append((try structured(extracted, format: format, path: itemPath), []))
            }
            return articles
        }
    }

    private static func structured(_ extracted: ExtractedArticle, format: ArticleFormat,
                                   path: String) throws(LoadFailureReason) -> Article {
        do {
            return try ArticleParser.parse(SourceText(extracted.text), path: path, format: format,
                                           layout: extracted.layout, metadata: extracted.metadata)
        } catch {
            throw .notReadable("no text (the \(format.rawValue) item holds no headline or body)")
        }
    }

    private static func parse(_ source: SourceText, path: String, warnings: [String]) throws(LoadFailureReason) -> Article {
        do {
            return try ArticleParser.parse(source, path: path, format: format(forPath: path), warnings: warnings)
        } catch {
            throw .blank
        }
    }

    /// Loads every input, parsing files in parallel; results keep the input order.
    public static func load(_ paths: [String]) -> Result {
        let (files, expandFailures) = expand(paths)
        let results = parallelMap(files) { loadArticles($0) }
        var result = Result(articles: [], failures: expandFailures, warnings: [])
        for item in results {
            switch item {
            case .success(let articles):
                for (article, warnings) in articles {
                    result.articles.append(article)
                    result.warnings.append(contentsOf: warnings)
                }
            case .failure(let failure):
                result.failures.append(failure)
            }
        }
        return result
    }
}

/// `map` over all cores; the order of the results is the order of the input.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let slots = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        slots.set(i, transform(items[i]))
    }
    return slots.values()
}

/// Each slot is written by exactly one iteration of `concurrentPerform`, and
/// read only after all of them finished.
private final class ResultSlots<R>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<R?>
    private let count: Int
    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }
    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
    func set(_ i: Int, _ value: R) { storage[i] = value }
    func values() -> [R] { (0..<count).compactMap { storage[$0] } }
}
