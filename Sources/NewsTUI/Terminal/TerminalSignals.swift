#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Signals that end or suspend the app. A handler may only do async-signal-safe
/// work, so it stores the signal here and the main loop acts on it when
/// `get_wch` returns early (the handlers use `sa_flags = 0`, no SA_RESTART).
let pendingSignal = Atomic<Int32>(0)

/// The terminal settings from before curses started, for the crash handler.
/// Written once before any handler is installed, then only read.
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false

enum TerminalSignals {
    /// SIGINT, SIGTERM, SIGHUP and SIGTSTP go to `pendingSignal`.
    static func installQuitHandlers() {
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGTSTP] { install(signal, handler: { pendingSignal.store($0, ordering: .relaxed) }, flags: 0) }
    }

    static func restoreDefault(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = nil
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    static func install(_ signal: Int32, handler: @convention(c) (Int32) -> Void, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        sigaction(signal, &action, nil)
    }

    /// Saves the terminal settings; call before curses changes them.
    static func saveTerminalSettings() {
        // Standard output: always the terminal here, while standard input may hold a piped article.
        if tcgetattr(1, &savedTermios) == 0 { haveSavedTermios = true }
    }

    /// A trap, abort or segfault would leave the terminal raw on the alternate
    /// screen: put it back, then die of the same signal (the handler resets itself).
    static func installCrashHandlers() {
        for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            install(signal, handler: { sig in
                if haveSavedTermios { tcsetattr(1, TCSANOW, &savedTermios) }
                let reset: StaticString = "\u{1b}[?1049l\u{1b}[?25h\u{1b}[0m\r\n"
                _ = write(1, reset.utf8Start, reset.utf8CodeUnitCount)
                raise(sig)
            }, flags: Int32(bitPattern: UInt32(SA_RESETHAND) | UInt32(SA_NODEFER)))
        }
    }
}
