/// Section jumps: `]`, `[` and the outline.
extension AppState {
    // MARK: Sections

    /// The section of the line at the top of the reader.
    public var currentSection: Int {
        guard let r = reader, !r.layout.lines.isEmpty else { return 0 }
        let block = r.layout.block(atLine: r.top)
        return block < r.document.blocks.count ? r.document.blocks[block].section : 0
    }

    func sectionLine(_ section: Int) -> Int? {
        guard let r = reader, section >= 0, section < r.document.sectionBlocks.count else { return nil }
        let block = r.document.sectionBlocks[section]
        return block < r.layout.blockLines.count ? r.layout.blockLines[block] : nil
    }

    mutating func jumpToSection(_ section: Int) {
        guard let line = sectionLine(section) else {
            notice = "no section \(section)"
            return
        }
        reader?.top = line
    }

    mutating func nextSection() {
        let next = currentSection + 1
        if sectionLine(next) == nil { notice = "last section"; return }
        jumpToSection(next)
    }

    mutating func previousSection() {
        let current = currentSection
        if let line = sectionLine(current), let top = reader?.top, top > line {
            reader?.top = line
        } else if current > 0 {
            jumpToSection(current - 1)
        } else {
            notice = "first section"
        }
    }
}
