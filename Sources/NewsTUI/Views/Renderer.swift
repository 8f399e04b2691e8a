/// Draws the whole state into a fresh buffer. Pure: the same state always gives
/// the same screen, which is what the snapshot tests rely on.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        if state.isTooSmall {
            drawTooSmall(state, into: &buffer)
            return buffer
        }
        if let fullText = state.fullText {
            FullTextView.draw(state, fullText, into: &buffer)
        } else if let panel = state.panel {
            PanelView.draw(state, panel, into: &buffer)
        } else if state.screen == .library {
            LibraryView.draw(state, into: &buffer)
        } else if let reader = state.reader {
            ReaderView.draw(state, reader, into: &buffer)
        }
        if let prompt = state.prompt {
            StatusLine.drawPrompt(state, prompt, into: &buffer)
        } else {
            StatusLine.draw(state, into: &buffer)
        }
        return buffer
    }

    private static func drawTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = ["terminal too small", "need \(AppState.minimumWidth)x\(AppState.minimumHeight),",
                     "have \(state.width)x\(state.height)", "q quits"]
        let first = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = TextFit.truncate(line, width: state.width)
            buffer.put(text, x: max(0, (state.width - DisplayWidth.of(text)) / 2), y: first + i, style: i == 0 ? Palette.bold : .plain)
        }
    }

    /// A title bar across the top row.
    static func drawTitle(_ segments: Segments, into buffer: inout ScreenBuffer) {
        buffer.fill(x: 0, y: 0, count: buffer.width, style: Palette.title)
        var titled = Segments()
        for (text, style) in segments.parts { titled.add(text, Palette.title.merged(with: style)) }
        titled.draw(into: &buffer, x: 1, y: 0, limit: buffer.width - 1)
    }
}
