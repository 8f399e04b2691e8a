import Testing
@testable import NewsTUI

@Suite struct ScreenBufferTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func writesAndClipsText() {
        var b = ScreenBuffer(width: 10, height: 2)
        let end = b.put("hello world", x: 1, y: 0)
        #expect(end == 10)
        #expect(b.lines() == [" hello wor", ""])
        b.put("abc", x: 0, y: 1, limit: 2)
        #expect(b.lines()[1] == "ab")
    }

    @Test func wideCharacterTakesTwoCells() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("中文a", x: 0, y: 0)
        #expect(b[0, 0].text == "中" && b[0, 0].width == 2)
        #expect(b[1, 0].isContinuation)
        #expect(b[2, 0].text == "文" && b[3, 0].isContinuation)
        #expect(b[4, 0].text == "a")
        #expect(b.lines() == ["中文a"])
    }

    @Test func noHalfWideCharacterAtTheEdge() {
        var b = ScreenBuffer(width: 5, height: 1)
        let end = b.put("abcd中", x: 0, y: 0)
        #expect(end == 4)
        #expect(b.lines() == ["abcd"])
        #expect(!b[4, 0].isContinuation && b[4, 0].text == " ")
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("中中", x: 0, y: 0)
        b.put("x", x: 1, y: 0)   // the tail of the first
        #expect(b.lines() == [" x中"])
        b.put("y", x: 2, y: 0)   // the head of the second
        #expect(b.lines() == [" xy"])
        #expect(!b[3, 0].isContinuation)
    }

    @Test func combiningMarksAndEmojiUseDisplayWidth() {
        var b = ScreenBuffer(width: 10, height: 1)
        let end = b.put("e\u{301}🎬x", x: 0, y: 0)
        #expect(end == 4)  // é is 1 column, the clapper 2, x 1
        #expect(b[0, 0].text == "e\u{301}")
        #expect(b[1, 0].text == "🎬" && b[2, 0].isContinuation)
        #expect(b.lines() == ["e\u{301}🎬x"])
    }

    @Test func overlayAddsStyleWithoutChangingText() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("ab", x: 0, y: 0, style: Style(bold: true))
        b.overlay(x: 0, y: 0, count: 10, style: Style(reverse: true))
        #expect(b[0, 0].style == Style(bold: true, reverse: true))
        #expect(b[3, 0].style == Style(reverse: true))
        #expect(b.lines() == ["ab"])
    }

    @Test func outOfRangeWritesAreIgnored() {
        var b = ScreenBuffer(width: 3, height: 1)
        b.put("abc", x: -1, y: 0)
        b.put("zzz", x: 0, y: 5)
        b.fill(x: -3, y: 0, count: 1)
        #expect(b.lines() == ["bc"])
        #expect(b[9, 9] == .blank)
    }
}
