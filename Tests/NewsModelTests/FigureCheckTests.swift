import Testing
@testable import NewsModel

/// The figure check: real inconsistencies are flagged, everything else is not.
struct FigureCheckTests {
    private func conflicts(_ body: String) -> [(String, String)] {
        let result = FigureExtractor.extract(FigureTesting.article(body))
        return result.conflicts.map { (result.figures[$0.first].text, result.figures[$0.second].text) }
    }

    @Test func seedFlagsPrisonerCounts() throws {
        let a = try FigureGoldenTests.analyzed("seed-article.txt")
        #expect(a.conflicts.count == 1)
        let c = try #require(a.conflicts.first)
        #expect(a.figures[c.first].text == "300 prisoners")
        #expect(a.figures[c.second].text == "175 prisoners of war")
        #expect(c.reason.contains("prisoners"))
    }

    @Test func ferryFixtureFlagsPassengerCounts() throws {
        let a = try FigureGoldenTests.analyzed("ferry-capsize.txt")
        #expect(a.conflicts.map { [a.figures[$0.first].text, a.figures[$0.second].text] } == [["46 passengers", "52 passengers"]])
    }

    @Test(arguments: FigureGoldenTests.fixtureNames.filter { $0 != "seed-article.txt" && $0 != "ferry-capsize.txt" })
    func otherFixturesHaveNoConflicts(_ name: String) throws {
        let a = try FigureGoldenTests.analyzed(name)
        #expect(a.conflicts.isEmpty, "\(name): \(a.conflicts.map(\.reason))")
    }

    @Test func sameThingDifferentNumbersSameStatement() {
        #expect(conflicts("Police arrested 12 protesters on Monday. Later, police said they arrested 19 protesters.").count == 1)
    }

    @Test func boundsThatAgreeAreNotFlagged() {
        #expect(conflicts("Officials counted more than 1,000 tents. By night officials counted 1,200 tents.").isEmpty)
        #expect(conflicts("The ferry carried about 100 cars. The ferry carried 104 cars.").isEmpty)
    }

    @Test func partsAndRatesAreNotFlagged() {
        #expect(conflicts("The ferry carried 46 passengers. The ferry carried 12 of them to safety.").isEmpty)
        #expect(conflicts("The ferry carried 46 passengers. The ferry carried 900 passengers a day.").isEmpty)
        #expect(conflicts("The ferry carried 46 passengers. The ferry carried 20 passengers from Holm.").isEmpty)
        #expect(conflicts("The ferry carried 46 passengers. The ferry carried 20 injured passengers.").isEmpty)
    }

    @Test func differentStatementsAreNotFlagged() {
        #expect(conflicts("The ferry carried 46 passengers. Rescuers found 38 passengers.").isEmpty)
        #expect(conflicts("Primary classes average 24 pupils. Secondary classes average 27 pupils.").isEmpty)
    }

    @Test func unrelatedNumbersAreNotFlagged() {
        #expect(conflicts("Crews worked 12 hours and moved 40 tonnes. In 2023 they worked 14 hours and moved 45 tonnes.").isEmpty)
        #expect(conflicts("Turnout was 40%, up from 35%. Officials counted 12 ballots, then 15 ballots.").isEmpty)
        #expect(conflicts("The first round drew 3 teams; the third round drew 5 teams.").isEmpty)
    }

    @Test func anaphoricRestatementOfASubsetIsNotFlagged() {
        #expect(conflicts("Moscow exchanged 300 prisoners. Moscow returned 22 wounded prisoners. Moscow returned the 22 prisoners by train.").isEmpty)
    }
}
