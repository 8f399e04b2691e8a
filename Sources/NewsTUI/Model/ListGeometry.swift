/// Where lists are on screen. `update` (to keep the selection visible, to map
/// a click to an item) and the views use the same numbers.
public struct ListGeometry: Sendable, Hashable {
    /// Screen row of the first item.
    public var firstRow: Int
    /// Rows the items may use.
    public var rows: Int
    /// Rows each item takes (typically, when `heights` gives each its own).
    public var itemHeight: Int
    public var count: Int
    /// Rows of each item when they differ (the quotes panel's wrapped quotes); empty: all `itemHeight`.
    public var heights: [Int] = []

    public init(firstRow: Int, rows: Int, itemHeight: Int, count: Int, heights: [Int] = []) {
        self.firstRow = firstRow
        self.rows = rows
        self.itemHeight = itemHeight
        self.count = count
        self.heights = heights.count == count ? heights : []
    }

    /// Items a page moves by (for items of their own heights, by the typical height).
    public var perPage: Int { max(1, rows / max(1, itemHeight)) }

    public func height(of item: Int) -> Int {
        heights.isEmpty ? itemHeight : max(1, heights[item])
    }

    /// The items shown from `top`, each with its first screen row (the last may be cut by the bottom).
    public func shown(top: Int) -> [(item: Int, row: Int)] {
        var out: [(item: Int, row: Int)] = []
        var row = firstRow, item = max(0, top)
        while item < count, row < firstRow + rows {
            out.append((item, row))
            row += height(of: item)
            item += 1
        }
        return out
    }

    /// The item under screen row `row`, if any.
    public func item(atRow row: Int, top: Int) -> Int? {
        guard row >= firstRow, row < firstRow + rows else { return nil }
        for (item, first) in shown(top: top) where row >= first && row < first + height(of: item) {
            return item
        }
        return nil
    }

    /// The lowest first item that still fills the screen down to the last item.
    var lastTop: Int {
        if heights.isEmpty { return max(0, count - perPage) }
        var used = 0, top = count
        while top > 0, used + height(of: top - 1) <= rows {
            used += height(of: top - 1)
            top -= 1
        }
        return min(top, max(0, count - 1))
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
        if heights.isEmpty {
            if p.selection >= p.top + perPage { p.top = p.selection - perPage + 1 }
        } else {
            // The selected item whole on screen (its top row at least, when it is taller than the screen).
            var used = (p.top...p.selection).reduce(0) { $0 + height(of: $1) }
            while p.top < p.selection, used > rows {
                used -= height(of: p.top)
                p.top += 1
            }
        }
        p.top = min(max(0, p.top), lastTop)
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
            // Each quote its wrapped lines, a speaker's run one more (`QuoteRows`).
            count = panel.order.count
            itemHeight = 2
            return ListGeometry(firstRow: firstRow, rows: bodyHeight - firstRow, itemHeight: itemHeight, count: count,
                                heights: panel.heights)
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
