import NewsModel

/// The panels over the reader or the library: outline, quotes, figures, speaker
/// search and help. Each is a list with a title row; only visible items are built.
enum PanelView {
    static func draw(_ state: AppState, _ panel: PanelState, into buffer: inout ScreenBuffer) {
        let geometry = state.panelGeometry(panel)
        Renderer.drawTitle(title(state, panel), into: &buffer)
        if panel.kind == .speakers { drawQuery(panel, into: &buffer) }
        if geometry.count == 0 {
            buffer.put(emptyText(state, panel), x: 2, y: geometry.firstRow + (panel.kind == .speakers ? 0 : 1), style: Palette.dim,
                       limit: buffer.width - 1)
            return
        }
        let bottom = geometry.firstRow + geometry.rows
        for (item, y) in geometry.shown(top: panel.list.top) {
            if panel.kind == .speakers, panel.person == nil {
                if item < panel.people.count { drawPerson(state, panel.people[item], across: panel.acrossLibrary, y: y, into: &buffer) }
            }
            let height = geometry.height(of: item)
            let rows = self.rows(state, panel, item: item)
            for (r, row) in rows.prefix(height).enumerated() where y + r < bottom {
                row.draw(into: &buffer, x: 2, y: y + r, limit: buffer.width - 1)
            }
            if item == panel.list.selection, panel.kind != .help {
                // A speaker's name above their quotes is not part of the selection.
                let header = panel.kind == .quotes && startsRun(state, panel, item) ? 1 : 0
                if y + header < bottom { buffer.put("\u{25b8}", x: 0, y: y + header, style: Palette.bold) }
                for r in header..<max(header, height) where y + r < bottom {
                    buffer.overlay(x: 1, y: y + r, count: buffer.width - 2, style: Palette.selection)
                }
            }
        }
    }

    private static func title(_ state: AppState, _ panel: PanelState) -> Segments {
        var s = Segments()
        let count = state.panelGeometry(panel).count
        switch panel.kind {
        case .outline: s.add("Outline \u{b7} \(LibraryView.count(count, "section"))")
        case .quotes:
            s.add("Quotes \u{b7} \(count) \u{b7} " + (panel.grouped ? "by speaker" : "in order"))
            if let toggle = state.keys.hint(.toggleGrouping, panel.grouped ? "in order" : "group by speaker") {
                s.add("  (\(toggle))", Palette.dim)
            }
        case .figures:
            let conflicts = state.reader.map { $0.analyzed.conflicts.count } ?? 0
            s.add("Figures \u{b7} \(count)")
            if conflicts > 0 { s.add(" \u{b7} \(conflicts) inconsistent " + (conflicts == 1 ? "pair" : "pairs") + " (!)") }
        case .speakers:
            s.add("Speaker search \u{b7} " + (panel.acrossLibrary ? "all \(LibraryView.count(state.entries.count, "article"))" : "this article"))
            if panel.person != nil, let back = state.keys.hint(.back, "back to the people") { s.add("  (\(back))", Palette.dim) }
        case .help: s.add("Help \u{b7} keys")
        }
        return s
    }

    private static func drawQuery(_ panel: PanelState, into buffer: inout ScreenBuffer) {
        if let i = panel.person, i < panel.people.count {
            drawPerson(panel.people[i], into: &buffer)
            return
        }
        let label = "Speaker: "
        let text = TerminalText.sanitize(panel.query)
        let end = buffer.put(label, x: 1, y: 1, style: Palette.bold)
        let cursor = buffer.put(TextFit.truncate(text, width: max(1, buffer.width - end - 16)), x: end, y: 1)
        let found = panel.query.isEmpty ? "" : LibraryView.count(panel.people.count, "speaker")
        buffer.put(found, x: max(cursor + 2, buffer.width - DisplayWidth.of(found) - 1), y: 1, style: Palette.dim)
        buffer.cursor = CursorPosition(x: min(cursor, buffer.width - 1), y: 1)
    }

    /// The row over a person's quotes: who they are and how many quotes.
    private static func drawPerson(_ person: PersonHit, into buffer: inout ScreenBuffer) {
        let count = LibraryView.count(person.quotes.count, "quote")
        let room = max(1, buffer.width - DisplayWidth.of(count) - 3)
        var s = Segments()
        s.add("\u{2039} ", Palette.dim)
        s.add(TextFit.oneLine(person.name), Palette.bold)
        if person.kind == .unnamed { s.add(" " + Presentation.unnamedMark, Palette.dim) }
        if let role = person.roles.first { s.add(" \u{b7} " + TextFit.oneLine(role), Palette.dim) }
        s.draw(into: &buffer, x: 1, y: 1, limit: room)
        buffer.put(count, x: buffer.width - DisplayWidth.of(count) - 1, y: 1, style: Palette.dim)
    }

    /// A speaker's name with its marks: unnamed, and how it was found.
    private static func addSpeaker(_ name: String, kind: SpeakerKind, via: SpeakerVia?, style: Style, to s: inout Segments) {
        s.add(TextFit.oneLine(name), style)
        if kind == .unnamed { s.add(" " + Presentation.unnamedMark, Palette.dim) }
        if let mark = Presentation.viaMark(via) { s.add(" " + mark, Palette.conflict) }
    }

    private static func emptyText(_ state: AppState, _ panel: PanelState) -> String {
        switch panel.kind {
        case .outline: return "no sections"
        case .quotes: return "no quotes found in this article"
        case .figures: return "no figures found in this article"
        case .speakers:
            if panel.person != nil { return "no quotes" }
            let close = state.keys.binding(.close)?.keys.first.map { " (\($0.label) closes)" } ?? ""
            return panel.query.trimmingSpaces.isEmpty
                ? "type a name, surname, alias or role" + close : "no speaker matches \u{201c}\(TerminalText.sanitize(panel.query))\u{201d}"
        case .help: return ""
        }
    }

    private static func rows(_ state: AppState, _ panel: PanelState, item: Int) -> [Segments] {
        switch panel.kind {
        case .outline: return outlineRows(state, item)
        case .quotes: return quoteRows(state, panel, item: item)
        case .figures: return figureRows(state, item)
        case .speakers:
            if panel.person == nil { return [] }
            return item < panel.hits.count ? speakerRows(state, panel.hits[item], across: panel.acrossLibrary) : []
        case .help: return helpRows(state, item)
        }
    }

    private static func outlineRows(_ state: AppState, _ item: Int) -> [Segments] {
        guard let r = state.reader else { return [] }
        let article = r.analyzed.article
        guard item < article.sections.count else { return [] }
        let section = article.sections[item]
        var s = Segments()
        let number = String(item)
        s.add(String(repeating: " ", count: max(0, 3 - number.count)) + number + "  ", Palette.dim)
        s.add(TerminalText.sanitize(Presentation.sectionName(article, item)), item == state.currentSection ? Palette.bold : .plain)
        s.add("  " + LibraryView.count(section.paragraphs.count, "paragraph"), Palette.dim)
        return [s]
    }

    private static func startsRun(_ state: AppState, _ panel: PanelState, _ item: Int) -> Bool {
        guard let r = state.reader else { return false }
        return QuoteRows.startsRun(order: panel.order, at: item, in: r.analyzed)
    }

    /// A quote wrapped to the panel (`QuoteRows`), under its speaker's name when it
    /// starts their run: the name, `(unnamed)` and the first role, or the words the
    /// command line uses for a quote with no speaker.
    private static func quoteRows(_ state: AppState, _ panel: PanelState, item: Int) -> [Segments] {
        guard let r = state.reader, item >= 0, item < panel.order.count, panel.order[item] < r.analyzed.quotes.count else {
            return []
        }
        let analyzed = r.analyzed
        let quote = analyzed.quotes[panel.order[item]]
        var rows: [Segments] = []
        if QuoteRows.startsRun(order: panel.order, at: item, in: analyzed) {
            var head = Segments()
            if let speaker = quote.speaker, speaker < analyzed.speakers.count {
                let person = analyzed.speakers[speaker]
                head.add(TextFit.oneLine(person.name), state.theme.speaker(speaker).merged(with: Palette.bold))
                if person.kind == .unnamed { head.add(" " + Presentation.unnamedMark, Palette.dim) }
                if let role = person.roles.first { head.add(" \u{b7} " + TextFit.oneLine(role), Palette.dim) }
            } else {
                head.add(Presentation.unknownSpeaker, Palette.dim)
            }
            rows.append(head)
        }
        let indent = String(repeating: " ", count: QuoteRows.indent)
        for line in QuoteRows.lines(QuoteRows.pieces(quote, in: analyzed), width: QuoteRows.width(screen: state.width)) {
            var row = Segments()
            row.add(indent)
            for (text, part) in line {
                switch part {
                case .mark: row.add(text, Palette.conflict)
                case .words: row.add(text)
                case .about: row.add(text, Palette.dim)
                }
            }
            rows.append(row)
        }
        return rows
    }

    private static func figureRows(_ state: AppState, _ index: Int) -> [Segments] {
        guard let r = state.reader else { return [] }
        let analyzed = r.analyzed
        guard index < analyzed.figures.count else { return [] }
        let figure = analyzed.figures[index]
        let conflicts = analyzed.conflicts.filter { $0.first == index || $0.second == index }
        var first = Segments()
        first.add(conflicts.isEmpty ? "  " : "! ", Palette.conflict)
        first.add(TerminalText.sanitize(Presentation.figureValue(figure)), Palette.bold)
        first.add("  " + figure.kind.rawValue, Palette.dim)
        if let counted = figure.counted { first.add("  " + TextFit.oneLine(counted)) }
        for conflict in conflicts {
            let other = conflict.first == index ? conflict.second : conflict.first
            let otherText = other < analyzed.figures.count ? TextFit.oneLine(analyzed.figures[other].text) : "?"
            first.add("  \u{2260} \u{201c}\(otherText)\u{201d}: " + TextFit.oneLine(conflict.reason), Palette.conflict)
        }
        var second = Segments()
        second.add("  " + TextFit.oneLine(analyzed.article.source.slice(figure.sentence)), Palette.dim)
        return [first, second]
    }


    private static func speakerRows(_ state: AppState, _ hit: SpeakerHit, across: Bool) -> [Segments] {
        let location = hit.location
        guard location.article >= 0, location.article < state.entries.count else { return [] }
        let entry = state.entries[location.article]
        guard location.quote >= 0, location.quote < entry.quotes.count else { return [] }
        let quote = entry.quotes[location.quote]
        var first = Segments()
        addSpeaker(hit.speaker, kind: hit.kind, via: quote.via, style: state.theme.speaker(quote.speaker ?? 0).merged(with: Palette.bold),
                   to: &first)
        if let role = hit.roles.first { first.add(" \u{b7} " + TextFit.oneLine(role), Palette.dim) }
        if across { first.add("  " + TextFit.oneLine(entry.headline), Palette.dim) }
        var second = Segments()
        second.add("  \u{201c}" + TextFit.oneLine(quote.text) + "\u{201d}")
        return [first, second]
    }

    /// One row per person: name and first role, and on the right how often they
    /// are quoted (dropped when the row is too narrow for both).
    private static func drawPerson(_ state: AppState, _ person: PersonHit, across: Bool, y: Int, into buffer: inout ScreenBuffer) {
        var s = Segments()
        s.add(TextFit.oneLine(person.name), person.kind == .unnamed ? .plain : Palette.bold)
        if person.kind == .unnamed { s.add(" " + Presentation.unnamedMark, Palette.dim) }
        if let role = person.roles.first { s.add(" \u{b7} " + TextFit.oneLine(role), Palette.dim) }
        var count = LibraryView.count(person.quotes.count, "quote")
        if across { count += " \u{b7} " + LibraryView.count(person.articles, "article") }
        let countX = buffer.width - 1 - DisplayWidth.of(count)
        if countX - 2 >= 2 + 16 {
            s.draw(into: &buffer, x: 2, y: y, limit: countX - 2)
            buffer.put(count, x: countX, y: y, style: Palette.dim)
        } else {
            s.draw(into: &buffer, x: 2, y: y, limit: buffer.width - 1)
        }
    }

    private static func helpRows(_ state: AppState, _ item: Int) -> [Segments] {
        let lines = state.keys.helpLines
        guard item < lines.count else { return [] }
        let line = lines[item]
        var s = Segments()
        if line.isHeader {
            s.add(line.text, Palette.heading)
        } else if line.keys.isEmpty {
            s.add(line.text)
        } else {
            s.add(line.keys + String(repeating: " ", count: max(0, state.keys.helpKeyColumn - DisplayWidth.of(line.keys)) + 2), Palette.bold)
            s.add(line.text)
        }
        return [s]
    }
}
