import Testing
@testable import NewsTUI

/// Issue 16, bug 7: SGR (1006) mouse reports, besides the X10 ones ncurses reads.
@Suite struct SGRMouseTests {
    private func parse(_ s: String) -> Event?? { SGRMouse.parse(Array(s.unicodeScalars)) }

    private func mouse(_ s: String) -> (MouseAction, Int, Int)? {
        guard case .some(.some(.mouse(let action, let x, let y))) = parse(s) else { return nil }
        return (action, x, y)
    }

    @Test func pressesAndTheWheel() throws {
        let click = try #require(mouse("[<0;3;8M"))
        #expect(click.0 == .click && click.1 == 2 && click.2 == 7)
        #expect(mouse("[<64;10;5M")?.0 == .wheelUp)
        #expect(mouse("[<65;300;5M")?.0 == .wheelDown, "columns past 223, which X10 cannot encode")
        #expect(mouse("[<16;3;8M")?.0 == .click, "with Control held")
    }

    @Test func releasesAndMotionAreSwallowedNotKeys() {
        guard case .some(.none) = parse("[<0;3;8m") else { Issue.record("release"); return }
        guard case .some(.none) = parse("[<32;3;8M") else { Issue.record("motion"); return }
        guard case .some(.none) = parse("[<2;3;8M") else { Issue.record("right button"); return }
    }

    @Test func otherSequencesAreNotReports() {
        #expect(parse("[A") == nil)
        #expect(parse("[<0;3M") == nil)
        #expect(parse("[<a;b;cM") == nil)
        #expect(SGRMouse.isPrefix(Array("[<0;1".unicodeScalars)))
        #expect(!SGRMouse.isPrefix(Array("[A".unicodeScalars)))
        #expect(!SGRMouse.isPrefix(Array("x".unicodeScalars)))
    }
}
