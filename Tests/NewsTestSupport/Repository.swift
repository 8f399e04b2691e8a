import Foundation

/// Where the repository is, for every test target: found once, from this
/// file's path, so tests do not depend on the working folder.
public enum Repository {
    /// The package root (this file is Tests/NewsTestSupport/Repository.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `relative` (e.g. "Fixtures/articles") as an absolute path.
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The names of the files in the folder `relative`, sorted as the loader sorts a
    /// folder (hidden files left out): tests take their fixtures from here, so a
    /// fixture added to the folder is tested without being named anywhere. Empty
    /// when the folder cannot be read; suites check that their list is not.
    public static func files(in relative: String, where keep: (String) -> Bool = { _ in true }) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []
        return names.filter { !$0.hasPrefix(".") && keep($0) }.sorted()
    }

    /// The `newsroom` executable of the build that built the running tests: the
    /// test bundle and the products of one `swift build` share a folder. Nil when
    /// it is not there (a test that needs it then fails, rather than running
    /// some other binary that happens to exist).
    public static func builtProduct(_ name: String) -> String? {
        guard let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        var url = URL(fileURLWithPath: runner)
        url.deleteLastPathComponent()
        let candidate = url.path + "/" + name
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }
}
