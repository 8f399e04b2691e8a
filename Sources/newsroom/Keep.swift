import NewsModel
import NewsTUI
#if canImport(Glibc)
import Glibc
#endif

/// The files behind what the reader keeps: positions and bookmarks (state),
/// clippings (data).
enum Keep {
    /// The saved reading memory. A state file that cannot be read or is corrupt
    /// is reported (on standard error and as the reader's first notice), moved
    /// aside to `state.json.corrupt` so it is reported once, and ignored.
    static func loadMemory() -> (ReadingMemory, String?) {
        guard let path = UserFiles.stateFile else { return (ReadingMemory(), nil) }
        let text: String?
        do { text = try UserFiles.read(path) } catch {
            let problem = "cannot read \(path): \(error.description); reading positions start afresh"
            Output.warning(path, "cannot be read (\(error.description)); reading positions start afresh")
            return (ReadingMemory(), problem)
        }
        guard let text else { return (ReadingMemory(), nil) }
        do {
            return (try ReadingMemory.parse(text), nil)
        } catch {
            rename(path, path + ".corrupt")
            Output.warning(path, "corrupt (\(error.description)); ignored and moved to \(path).corrupt")
            return (ReadingMemory(), "state file corrupt (moved to state.json.corrupt); positions start afresh")
        }
    }

    @MainActor static let keeping = Keeping(
        saveMemory: { memory in
            guard let path = UserFiles.stateFile else { return "no HOME or XDG_STATE_HOME: positions are not kept" }
            return UserFiles.writeAtomically(memory.serialized(), to: path)
        },
        saveClipping: { clipping in
            guard let path = UserFiles.clippingsFile else { return "no HOME or XDG_DATA_HOME: clippings are not kept" }
            var stamped = clipping
            stamped.saved = Int(time(nil))
            if let problem = UserFiles.appendLine(stamped.json.compact(), to: path) { return problem }
            return "clipped the \(clipping.kind.rawValue) (newsroom clippings lists it)"
        })
}
