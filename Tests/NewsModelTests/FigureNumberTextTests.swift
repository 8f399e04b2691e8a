import Testing
import NewsModel

/// Values as the text listing and the reader's panel show them.
struct FigureNumberTextTests {
    @Test(arguments: [
        (1_300_000_000, "1.3 billion"), (4.1e9, "4.1 billion"), (2.5e12, "2.5 trillion"), (12_700_000, "12.7 million"),
        (1_204_337, "1,204,337"), (180_000, "180,000"), (1250, "1,250"), (2030, "2,030"), (300, "300"), (-7, "-7"),
        (0.25, "0.25"), (3e-8, "3e-08"),
        (1.0 / 3, "0.333"), (2.0 / 3, "0.667"), (7.08, "7.08"), (40.3, "40.3"), (-12_500, "-12,500"), (1.5, "1.5"),
        (123_456.75, "123,456.75"), (1_234_567.891, "1,234,567.891"),
    ] as [(Double, String)])
    func formats(_ value: Double, _ text: String) {
        #expect(FigureNumberText.format(value) == text)
    }

    @Test(arguments: [
        (18 + 5.0 / 60, FigureKind.time, "18:05"), (9.5, .time, "09:30"), (0, .time, "00:00"), (2030, .date, "2030"),
        (19, .date, "19"), (1250, .count, "1,250"), (180_000, .measure, "180,000"),
    ] as [(Double, FigureKind, String)])
    func formatsByKind(_ value: Double, _ kind: FigureKind, _ text: String) {
        #expect(FigureNumberText.format(value, kind: kind) == text)
    }

    @Test func nonFiniteIsADash() {
        #expect(FigureNumberText.format(.infinity) == "-")
        #expect(FigureNumberText.format(.nan) == "-")
    }
}
