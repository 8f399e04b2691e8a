import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// `--color`: colours on a terminal that has them unless NO_COLOR is set (auto),
/// always, or never. Every meaning is also carried by bold, underline or reverse.
public enum ColorMode: String, Sendable, CaseIterable {
    case never, auto, always
}

/// What the terminal produced while waiting for input.
enum TerminalInput {
    case event(Event)
    /// SIGINT, SIGTERM, SIGHUP or SIGTSTP arrived.
    case signal(Int32)
    case endOfInput
}

/// The ncurses backend: the only code that talks to the terminal. It draws
/// buffers (only the cells that changed) and turns `get_wch` into events.
@MainActor
public final class CursesTerminal {
    private let screen: OpaquePointer
    private var previous: ScreenBuffer?
    private let colours: Bool
    private var cursorVisibility: Int32 = -1
    private let ownsProcess: Bool
    private var output: UnsafeMutablePointer<FILE>?
    /// Cells sent to curses by the last `draw`, for tests of the diffing.
    private(set) var cellsDrawn = 0

    /// Why the terminal cannot run the full-screen reader, or nil when it can.
    /// Checks everything `initscr` would otherwise die of, without writing to the terminal.
    /// `keysFromTerminal`: standard input holds an article (`cat story.txt | newsroom -`),
    /// so keys come from `/dev/tty`, as `less` does.
    public static func preflight(keysFromTerminal: Bool = false) -> String? {
        guard isatty(1) == 1 else { return "standard output is redirected" }
        if keysFromTerminal {
            let fd = open("/dev/tty", O_RDONLY | O_NOCTTY)
            guard fd >= 0 else { return "no terminal to read keys from (/dev/tty: \(String(cString: strerror(errno))))" }
            defer { close(fd) }
            guard isatty(fd) == 1 else { return "/dev/tty is not a terminal" }
        } else {
            guard isatty(0) == 1 else { return "standard input is redirected" }
        }
        guard let term = getenv("TERM"), term.pointee != 0 else { return "TERM is not set" }
        let name = String(cString: term)
        if name == "dumb" { return "TERM=dumb cannot show a full-screen reader" }
        var status: Int32 = 0
        guard setupterm(nil, 1, &status) == OK, status == 1 else { return "unknown terminal type TERM=\(name)" }
        defer { _ = nr_del_cur_term() }
        for capability in ["cup", "clear"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else {
                return "TERM=\(name) cannot move the cursor (no \(capability))"
            }
        }
        return nil
    }

    /// Starts curses on the terminal (after `preflight` said it can), reading
    /// keys from `keyboard` (standard input by default).
    public convenience init?(keyboard: UnsafeMutablePointer<FILE>? = nil, colour: ColorMode = .auto) {
        self.init(type: nil, output: nr_stdout(), input: keyboard ?? nr_stdin(), ownsProcess: true, colour: colour)
    }

    /// `ownsProcess`: install the signal and crash handlers (not for a headless test screen).
    init?(type: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, ownsProcess: Bool,
          colour: ColorMode = .auto) {
        self.ownsProcess = ownsProcess
        if ownsProcess {
            TerminalSignals.saveTerminalSettings()
            TerminalSignals.installCrashHandlers()
        }
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard let screen = newterm(type, output, input) else { return nil }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(nr_stdscr(), true)
        set_escdelay(25)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        switch colour {
        case .never: colours = false
        case .auto: colours = !noColor && has_colors()
        case .always: colours = has_colors()
        }
        if colours {
            start_color()
            use_default_colors()
            for colour in Int16(1)...7 { init_pair(colour, colour, -1) }
        }
        // Presses only: with a zero click interval a release would be a second click.
        mousemask(nr_button1_press() | nr_button4_pressed() | nr_button5_pressed(), nil)
        mouseinterval(0)
        // Ask for SGR reports too: terminals that send only those then work, and
        // ncurses still reads X10 reports from terminals that ignore the request.
        Self.writeRaw("\u{1b}[?1006h", to: output)
        self.output = output
        if ownsProcess { TerminalSignals.installQuitHandlers() }
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(nr_stdscr())), Int(getmaxy(nr_stdscr())))
    }

    /// Leaves curses and gives the terminal back as it was.
    public func end() {
        endwin()
        if let output { Self.writeRaw("\u{1b}[?1006l", to: output) }
        delscreen(screen)
    }

    private static func writeRaw(_ text: String, to file: UnsafeMutablePointer<FILE>) {
        fflush(file)
        fputs(text, file)
        fflush(file)
    }

    // MARK: Drawing

    /// Sends the cells that differ from the last frame, in runs of one style.
    public func draw(_ buffer: ScreenBuffer) {
        let window = nr_stdscr()
        let old = previous.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        cellsDrawn = 0
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let cell = buffer[x, y]
                if let old, old[x, y] == cell || cell.isContinuation { x += 1; continue }
                if cell.isContinuation { x += 1; continue }
                // A run: changed cells (and the tails of wide ones) in the same style.
                var text: [wchar_t] = []
                let start = x, style = cell.style
                while x < buffer.width {
                    let c = buffer[x, y]
                    if c.isContinuation { x += 1; continue }
                    if c.style != style { break }
                    if let old, old[x, y] == c { break }
                    for scalar in c.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                    cellsDrawn += 1
                    x += 1
                }
                wattr_set(window, attributes(style), colours ? Int16(style.foreground) : 0, nil)
                text.append(0)
                _ = mvwaddnwstr(window, Int32(y), Int32(start), text, -1)
            }
        }
        wattr_set(window, nr_a_normal(), 0, nil)
        if let cursor = buffer.cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
        wnoutrefresh(window)
        doupdate()
        // Only after the first update has switched to the alternate screen: a
        // terminal like tmux restores the cursor mode it saved on the switch.
        let visible: Int32 = buffer.cursor == nil ? 0 : 1
        if visible != cursorVisibility {
            curs_set(visible)
            cursorVisibility = visible
        }
        previous = buffer
    }

    private func attributes(_ style: Style) -> attr_t {
        var a = nr_a_normal()
        if style.bold { a |= nr_a_bold() }
        if style.underline { a |= nr_a_underline() }
        if style.reverse { a |= nr_a_reverse() }
        if style.dim { a |= nr_a_dim() }
        return a
    }

    /// Forgets the last frame so the next one is drawn whole.
    func invalidate() {
        previous = nil
        cursorVisibility = -1
        clearok(nr_stdscr(), true)
    }

    // MARK: Input

    /// Waits for input. With `poll`, waits at most 25 ms at a time and returns
    /// what `poll` produces in between (articles loaded in the background).
    func nextInput(poll: (() -> Event?)? = nil) -> TerminalInput {
        var failures = 0
        wtimeout(nr_stdscr(), poll == nil ? -1 : 25)
        while true {
            var ch: wint_t = 0
            let result = wget_wch(nr_stdscr(), &ch)
            let signal = pendingSignal.exchange(0, ordering: .relaxed)
            if signal != 0 { return .signal(signal) }
            if result == ERR {
                if let poll {
                    if let event = poll() { return .event(event) }
                    continue
                }
                // Without a signal, a blocking read fails only at end of input.
                failures += 1
                if failures > 3 { return .endOfInput }
                continue
            }
            if result == KEY_CODE_YES {
                if let event = keyCodeEvent(Int32(bitPattern: ch)) { return .event(event) }
                continue
            }
            if ch == 27, let report = sgrMouseReport(restoring: poll == nil ? -1 : 25) {
                if let event = report { return .event(event) }
                continue
            }
            if let key = characterKey(ch) { return .event(.key(key)) }
        }
    }

    /// After an ESC: an SGR mouse report (its event, or nil for a release), or
    /// nil when what follows is something else, which is put back to be read.
    private func sgrMouseReport(restoring timeout: Int32) -> Event?? {
        let window = nr_stdscr()
        var read: [wint_t] = []
        var scalars: [Unicode.Scalar] = []
        // The rest of a report arrives with its ESC; a lone Esc waits 10 ms more.
        wtimeout(window, 10)
        defer { wtimeout(window, timeout) }
        while SGRMouse.isPrefix(scalars) {
            var ch: wint_t = 0
            let result = wget_wch(window, &ch)
            if result == KEY_CODE_YES { ungetch(Int32(bitPattern: ch)); break }
            guard result == OK, let scalar = Unicode.Scalar(ch) else { break }
            read.append(ch)
            scalars.append(scalar)
            if let event = SGRMouse.parse(scalars) { return event }
        }
        // The input queue is a stack: the last character goes back first.
        for ch in read.reversed() { unget_wch(wchar_t(bitPattern: ch)) }
        return nil
    }

    private func keyCodeEvent(_ code: Int32) -> Event? {
        switch code {
        case KEY_RESIZE:
            let (width, height) = size
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & nr_button4_pressed() != 0 { return .mouse(.wheelUp, x: Int(event.x), y: Int(event.y)) }
            if event.bstate & nr_button5_pressed() != 0 { return .mouse(.wheelDown, x: Int(event.x), y: Int(event.y)) }
            if event.bstate & nr_button1_press() != 0 { return .mouse(.click, x: Int(event.x), y: Int(event.y)) }
            return nil
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_BTAB: return .key(.backTab)
        default: return nil
        }
    }

    private func characterKey(_ ch: wint_t) -> Key? {
        switch ch {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(ch + 96).map { .control(Character($0)) }
        default:
            guard ch >= 32, let scalar = Unicode.Scalar(ch) else { return nil }
            return .character(Character(scalar))
        }
    }

    // MARK: Measuring

    /// Draws `frames` one after the other on a headless `width`x`height` screen
    /// (output to /dev/null) and returns the seconds each draw took, curses
    /// included; for `newsroom read --benchmark`.
    public static func measureDraws(_ frames: [ScreenBuffer], width: Int, height: Int) -> [Double] {
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { return [] }
        defer { fclose(output); fclose(input) }
        guard let terminal = CursesTerminal(type: "xterm-256color", output: output, input: input, ownsProcess: false) else {
            return []
        }
        defer { terminal.end() }
        resizeterm(Int32(height), Int32(width))
        var times: [Double] = []
        for frame in frames {
            var start = timespec(), end = timespec()
            clock_gettime(CLOCK_MONOTONIC, &start)
            terminal.draw(frame)
            clock_gettime(CLOCK_MONOTONIC, &end)
            times.append(Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9)
        }
        return times
    }

    // MARK: Running

    /// Runs the app until it quits; returns the exit status (128 + a signal
    /// that ended it). `makeState` gets the terminal's size.
    /// `more` delivers articles still loading: a batch, or nil for none yet;
    /// it is asked while `loadingRemaining` is above zero.
    /// `keysFromTerminal`: read keys from `/dev/tty` (standard input held the article).
    /// `keeping` saves what the reader keeps (positions, bookmarks, clippings).
    public static func run(_ makeState: (Int, Int) -> AppState, more: (() -> Event?)? = nil,
                           keysFromTerminal: Bool = false, keeping: Keeping? = nil, colour: ColorMode = .auto,
                           onFirstFrame: () -> Void = {}) -> Int32 {
        var keyboard: UnsafeMutablePointer<FILE>?
        if keysFromTerminal {
            guard let tty = fopen("/dev/tty", "r") else { return 2 }
            keyboard = tty
        }
        defer { if let keyboard { fclose(keyboard) } }
        guard let terminal = CursesTerminal(keyboard: keyboard, colour: colour) else { return 2 }
        defer { terminal.end() }
        let (width, height) = terminal.size
        var state = makeState(width, height)
        var savedRevision = state.memoryRevision
        func saveMemory() {
            guard let keeping, state.memoryRevision != savedRevision else { return }
            savedRevision = state.memoryRevision
            if let problem = keeping.saveMemory(state.memory) { state.notice = problem }
        }
        terminal.draw(Renderer.render(state))
        onFirstFrame()
        while true {
            switch terminal.nextInput(poll: state.loadingRemaining > 0 ? more : nil) {
            case .event(let event):
                switch Runner.send(event, to: &state) {
                case .quit:
                    saveMemory()
                    return 0
                case .clip(let clipping):
                    state.notice = keeping?.saveClipping(clipping) ?? "clippings are not kept in this run"
                case .copy(let text):
                    terminal.copyToClipboard(text)
                    state.notice = "copied the quote with its citation (OSC 52)"
                case .none, .load, .search:
                    break
                }
                saveMemory()
                if case .resize = event { terminal.invalidate() }
            case .signal(SIGTSTP):
                terminal.suspend()
                let (width, height) = terminal.size
                state.update(.resize(width: width, height: height))
            case .signal(let signal):
                state.rememberPosition()
                saveMemory()
                return 128 + signal
            case .endOfInput:
                state.rememberPosition()
                saveMemory()
                return 0
            }
            terminal.draw(Renderer.render(state))
        }
    }

    /// OSC 52: the terminal puts `text` on the system clipboard (tmux, xterm,
    /// kitty, iTerm2, WezTerm…; a terminal without it ignores the sequence).
    func copyToClipboard(_ text: String) {
        guard let output else { return }
        Self.writeRaw("\u{1b}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{07}", to: output)
    }

    /// Ctrl-Z: give the terminal back, stop, and redraw everything on `fg`.
    private func suspend() {
        endwin()
        TerminalSignals.restoreDefault(SIGTSTP)
        raise(SIGTSTP)
        // Stopped here until SIGCONT.
        TerminalSignals.installQuitHandlers()
        invalidate()
        doupdate()
    }
}
