/// Where lists are on screen. `update` (to keep the selection visible, to map
/// a click to an item) and the views use the same numbers.
public struct ListGeometry: Sendable, Hashable {
    /// Screen row of the first item.
    public var firstRow: Int
    /// Rows the items may use.
    public var rows: Int
    /// Rows each item takes.
    public var itemHeight: Int
    public var count: Int

    public var perPage: Int { max(1, rows / max(1, itemHeight)) }

    /// The item under screen row `row`, if any.
    public func item(atRow row: Int, top: Int) -> Int? {
        guard row >= firstRow, row < firstRow + perPage * itemHeight else { return nil }
        let item = top + (row - firstRow) / itemHeight
        return item < count ? item : nil
    }

    /// `position` moved by `delta` items and kept in range and on screen.
    public func moved(_ position: ListPosition, by delta: Int) -> ListPosition {
        var p = position
        p.selection = count == 0 ? 0 : min(max(p.selection + delta, 0), count - 1)
        return visible(p)
    }

    /// `position` with its first item adjusted so the selection shows.
    public func visible(_ position: ListPosition) -> ListPosition {
        var p = position
        if count == 0 { return ListPosition() }
        p.selection = min(max(p.selection, 0), count - 1)
        if p.selection < p.top { p.top = p.selection }
        if p.selection >= p.top + perPage { p.top = p.selection - perPage + 1 }
        p.top = min(max(0, p.top), max(0, count - perPage))
        return p
    }
}

extension AppState {
    public var libraryGeometry: ListGeometry {
        ListGeometry(firstRow: 1, rows: bodyHeight - 1, itemHeight: 3, count: library.visible.count)
    }

    public func panelGeometry(_ panel: PanelState) -> ListGeometry {
        let count: Int
        let itemHeight: Int
        var firstRow = 1
        switch panel.kind {
        case .outline:
            count = reader.map { $0.analyzed.article.sections.count } ?? 0
            itemHeight = 1
        case .quotes:
            count = panel.order.count
            itemHeight = 2
        case .figures:
            count = reader.map { $0.analyzed.figures.count } ?? 0
            itemHeight = 2
        case .speakers:
            // The people one row each; a person's quotes two (who and where, then the words).
            count = panel.person == nil ? panel.people.count : panel.hits.count
            itemHeight = panel.person == nil ? 1 : 2
            firstRow = 2
        case .help:
            count = keys.helpLines.count
            itemHeight = 1
        }
        return ListGeometry(firstRow: firstRow, rows: bodyHeight - firstRow, itemHeight: itemHeight, count: count)
    }
}
