import Testing
@testable import NewsModel

/// Every form the issue on figures in real text lists, in sentences written for these tests:
/// ranges and bounds, changes with their ends, units, currency forms, rates, number grammar,
/// not-figures, counted things and ages, and how values print.
struct FigureIssueTests {
    /// A figure the sentence must hold: its text, and the fields given (nil: must be null).
    struct Want: CustomStringConvertible {
        var sentence: String
        var text: String
        var kind: FigureKind
        var value: Double?
        var unit: String? = nil
        var low: Double? = nil
        var high: Double? = nil
        var change: FigureChange? = nil
        var from: Double? = nil
        var to: Double? = nil
        var counted: String?? = .none

        var description: String { "\(text) in \(sentence)" }
    }

    static func w(_ sentence: String, _ text: String, _ kind: FigureKind, _ value: Double?, _ unit: String? = nil,
                  low: Double? = nil, high: Double? = nil, change: FigureChange? = nil, from: Double? = nil,
                  to: Double? = nil, counted: String?? = .none) -> Want {
        Want(sentence: sentence, text: text, kind: kind, value: value, unit: unit, low: low, high: high, change: change,
             from: from, to: to, counted: counted)
    }

    static let rangesAndBounds: [Want] = [
        w("Seats range from $45 to $1,200.", "from $45 to $1,200", .money, 45, "USD", low: 45, high: 1200),
        w("Readings were greater than 12 and below 30 ppm.", "greater than 12 and below 30 ppm", .measure, 12, "ppm",
          low: 12, high: 30),
        w("The line will make 2000-3000 units.", "2000-3000 units", .count, 2000, low: 2000, high: 3000),
        w("Only turbines of 400 kW or greater qualify.", "400 kW or greater", .measure, 400, "kW", low: 400),
        w("Loads must be less than or equal to 5 tonnes.", "less than or equal to 5 tonnes", .measure, 5, "tonne", high: 5),
        w("Each family may claim at most $300.", "at most $300", .money, 300, "USD", high: 300),
        w("The law wants no fewer than 40 inspectors.", "no fewer than 40 inspectors", .count, 40, low: 40),
        w("The car was doing speeds exceeding 110 mph.", "exceeding 110 mph", .measure, 110, "mph", low: 110),
        w("Tickets cost from €35 up to €120.", "from €35 up to €120", .money, 35, "EUR", low: 35, high: 120),
        w("Voters aged 16 and over may take part.", "aged 16 and over", .age, 16, "year", low: 16),
    ]

    static let changes: [Want] = [
        w("Sales rose 4%.", "4%", .percent, 4, "%", change: .up),
        w("Profit fell by $2 billion.", "$2 billion", .money, 2e9, "USD", change: .down),
        w("Margins narrowed from 3.4 percent to 2.9 percent.", "from 3.4 percent to 2.9 percent", .percent, 2.9, "%",
          change: .down, from: 3.4, to: 2.9),
        w("The gallery drew 2.5 million visitors, up from 1.9 million.", "2.5 million visitors, up from 1.9 million",
          .count, 2.5e6, change: .up, from: 1.9e6, to: 2.5e6, counted: "visitors"),
        w("The index closed down 12 points at 7,440.", "12 points", .measure, 12, "point", change: .down),
        w("The index closed down 12 points at 7,440.", "7,440", .measure, 7440, "point", change: .down),
        w("Orders doubled to 18,000 tonnes.", "18,000 tonnes", .measure, 18000, "tonne", change: .up),
        w("The airline halved its fleet from 40 to 20 aircraft.", "from 40 to 20 aircraft", .count, 20, change: .down,
          from: 40, to: 20),
        w("Revenue grew 12% to $4.3 billion.", "$4.3 billion", .money, 4.3e9, "USD", change: .up),
        w("Unemployment edged down to 3.7% from 3.9%.", "to 3.7% from 3.9%", .percent, 3.7, "%", change: .down,
          from: 3.9, to: 3.7),
        w("A 12 percent increase in fares angered riders.", "12 percent", .percent, 12, "%", change: .up),
        w("Fees were cut by a third.", "a third", .percent, 1.0 / 3, "fraction", change: .down),
        w("The tower rises 310 metres above the docks.", "310 metres", .measure, 310, "m", change: nil),
        w("The group raised $40 million from investors.", "$40 million", .money, 40e6, "USD", change: nil),
    ]

    static let units: [Want] = [
        w("The engine makes 300 hp.", "300 hp", .measure, 300, "hp"),
        w("The engine makes 400 PS.", "400 PS", .measure, 400, "PS"),
        w("It revs to 8,200rpm.", "8,200rpm", .measure, 8200, "rpm"),
        w("The grid runs at 50 Hz.", "50 Hz", .measure, 50, "Hz"),
        w("The station broadcasts on 1,215 kHz.", "1,215 kHz", .measure, 1215, "kHz"),
        w("Tune to 97.4 MHz.", "97.4 MHz", .measure, 97.4, "MHz"),
        w("The chip runs at 3.2 GHz.", "3.2 GHz", .measure, 3.2, "GHz"),
        w("The fibre is 12 μm thick.", "12 μm", .measure, 12, "μm"),
        w("The steel is rated at 850 MPa.", "850 MPa", .measure, 850, "MPa"),
        w("The alloy handles 123 ksi.", "123 ksi", .measure, 123, "ksi"),
        w("The phone has a 5,000 mAh battery.", "5,000 mAh", .measure, 5000, "mAh"),
        w("The pack stores 75 kWh.", "75 kWh", .measure, 75, "kWh"),
        w("The farm produces 500 MW.", "500 MW", .measure, 500, "MW"),
        w("Ozone reached 80 ppm.", "80 ppm", .measure, 80, "ppm"),
        w("Lead was found at 18 ppb.", "18 ppb", .measure, 18, "ppb"),
        w("Winds reached 60 mph.", "60 mph", .measure, 60, "mph"),
        w("The ferry sails at 30 knots.", "30 knots", .measure, 30, "knot"),
        w("The limit is 80 km/hr.", "80 km/hr", .measure, 80, "km/h"),
        w("The park covers 1,240 km2.", "1,240 km2", .measure, 1240, "sq km"),
        w("The flat has 300 m².", "300 m²", .measure, 300, "sq m"),
        w("The truck carries 48 t.", "48 t", .measure, 48, "tonne"),
        w("The shift lasts 8 h.", "8 h", .duration, 8, "hour"),
        w("The screen is 6.7″ wide.", "6.7″", .measure, 6.7, "inch"),
        w("The wall is 3′ high.", "3′", .measure, 3, "ft"),
        w("The ramp tilts 9 deg.", "9 deg", .temperature, 9, "degree"),
        w("It was 41 deg C at noon.", "41 deg C", .temperature, 41, "C"),
        w("It was 30 degrees c at noon.", "30 degrees c", .temperature, 30, "C"),
        w("It was 80 degrees f at noon.", "80 degrees f", .temperature, 80, "F"),
        w("The river froze at 2 celcius.", "2 celcius", .temperature, 2, "C"),
        w("A 12 percentage rise was agreed.", "12 percentage", .percent, 12, "%", change: .up),
        w("The 40 yo man was held.", "40 yo", .age, 40, "year"),
        w("The engine delivers 406 lb-ft of torque.", "406 lb-ft", .measure, 406, "lb-ft"),
        w("The engine delivers 770 Nm of torque.", "770 Nm", .measure, 770, "Nm"),
    ]

    static let currencies: [Want] = [
        w("The fund holds $ 40 million.", "$ 40 million", .money, 40e6, "USD"),
        w("Lunch costs 15 € each.", "15 €", .money, 15, "EUR"),
        w("The bike costs 1,200€.", "1,200€", .money, 1200, "EUR"),
        w("Idling costs a fine of EUR250.", "EUR250", .money, 250, "EUR"),
        w("The firm put USD10m into the start-up.", "USD10m", .money, 10e6, "USD"),
        w("The contract is worth 20 USD million.", "20 USD million", .money, 20e6, "USD"),
        w("The miner made $US4.2 million.", "$US4.2 million", .money, 4.2e6, "USD"),
        w("The house sold for A$ 62,000.", "A$ 62,000", .money, 62000, "AUD"),
        w("It cost C$40.", "C$40", .money, 40, "CAD"),
        w("It cost HK$50.", "HK$50", .money, 50, "HKD"),
        w("It cost Mex$60.", "Mex$60", .money, 60, "MXN"),
        w("The group will invest RM2.3 billion.", "RM2.3 billion", .money, 2.3e9, "MYR"),
        w("The bond raised Y=500 billion.", "Y=500 billion", .money, 500e9, "JPY"),
        w("Revenue came to €2.1 bln.", "€2.1 bln", .money, 2.1e9, "EUR"),
        w("It cost $3bn.", "$3bn", .money, 3e9, "USD"),
        w("It cost $6k.", "$6k", .money, 6000, "USD"),
        w("The grant is Rs 5 lakh.", "Rs 5 lakh", .money, 500_000, "INR"),
        w("The plot sold for 3 crore rupees.", "3 crore rupees", .money, 30e6, "INR"),
        w("A coffee costs eight or nine euros.", "eight or nine euros", .money, 8, "EUR", low: 8, high: 9),
        w("Shares closed at 245 pence.", "245 pence", .money, 2.45, "GBP"),
        w("The toll rose by 50 cents.", "50 cents", .money, 0.5, "USD", change: .up),
    ]

    static let rates: [Want] = [
        w("Petrol costs $4.12 a gallon.", "$4.12 a gallon", .money, 4.12, "USD/gallon"),
        w("The field pumps 210,000 barrels a day.", "210,000 barrels a day", .measure, 210_000, "barrel/day"),
        w("The plan costs $9.99 per month.", "$9.99 per month", .money, 9.99, "USD/month"),
        w("The plant turns out 45 cars an hour.", "45 cars an hour", .count, 45, "/hour", counted: "cars"),
        w("Patients take it three times a week.", "three times a week", .count, 3, "/week"),
        w("Take the drug twice daily.", "twice daily", .count, 2, "/day"),
        w("Power costs 28 cents per kilowatt-hour.", "28 cents per kilowatt-hour", .money, 0.28, "USD/kWh"),
        w("The car uses 4.5 litres per 100 km.", "4.5 litres per 100 km", .measure, 4.5, "l/100 km"),
        w("The turbines spin at 150 revolutions per minute.", "150 revolutions per minute", .measure, 150, "rpm"),
    ]

    static let numberGrammar: [Want] = [
        w("Use two and a third cups of flour.", "two and a third cups", .measure, 7.0 / 3, "cup"),
        w("The fair drew a quarter million visitors.", "a quarter million visitors", .count, 250_000,
          counted: "visitors"),
        w("The shelf is 3 1/2 inches deep.", "3 1/2 inches", .measure, 3.5, "inch"),
        w("The gap is 1/16 inch.", "1/16 inch", .measure, 0.0625, "inch"),
        w("The odds were one over forty.", "one over forty", .count, 1.0 / 40),
        w("Two-thirds of voters agreed.", "Two-thirds of voters", .percent, 2.0 / 3, "fraction"),
        w("The quake measured magnitude seven point zero two.", "magnitude seven point zero two", .measure, 7.02,
          "magnitude"),
        w("The firms are worth four point five trillion dollars.", "four point five trillion dollars", .money, 4.5e12, "USD"),
        w("There were 5 thousand 2 hundred and 7 people.", "5 thousand 2 hundred and 7 people", .count, 5207),
        w("The tally was sixty - four.", "sixty - four", .count, 64),
        w("It fell to minus 5 degrees.", "minus 5 degrees", .temperature, -5, "degree", change: .down),
        w("The balance was negative 5.", "negative 5", .count, -5),
        w("The reading was \u{2212}5.", "\u{2212}5", .count, -5),
        w("The score stood at nought.", "nought", .count, 0),
        w("She hit .500 for the season.", ".500", .count, 0.5),
        w("The rate is 3\u{00D7}10\u{207B}\u{2078}.", "3\u{00D7}10\u{207B}\u{2078}", .count, 3e-8),
        w("The stamp cost 9 dollars 75 cents.", "9 dollars 75 cents", .money, 9.75, "USD"),
        w("He served 2 years 3 months.", "2 years 3 months", .duration, 2.25, "year"),
        w("The fire burned for 3 days 6 hours.", "3 days 6 hours", .duration, 3.25, "day"),
        w("The panda weighed 5 lb 4 oz.", "5 lb 4 oz", .measure, 5.25, "lb"),
        w("The centre stands 7′1″.", "7′1″", .measure, 7 + 1.0 / 12, "ft"),
        w("Households spend £3 and 40p a day.", "£3 and 40p a day", .money, 3.4, "GBP/day"),
        w("Dozens of people came.", "Dozens of people", .count, nil, counted: "people"),
        w("Tens of thousands of people marched.", "Tens of thousands of people", .count, nil, counted: "people"),
        w("The app has 37m users.", "37m users", .count, 37e6, counted: "users"),
        w("He keeps a 37m yacht.", "37m", .measure, 37, "m"),
        w("The runway is 3,200m long.", "3,200m", .measure, 3200, "m"),
    ]

    static let countedAndAges: [Want] = [
        w("The 40 page report names 17 regional hospitals.", "17 regional hospitals", .count, 17,
          counted: "regional hospitals"),
        w("The 34 year-old striker scored.", "34 year-old", .age, 34, "year"),
        w("The 34-year-old striker scored.", "34-year-old", .age, 34, "year"),
        w("A 23yo climber won.", "23yo", .age, 23, "year"),
        w("Marta Ruiz, 52, was 19 when she emigrated.", "52", .age, 52, "year"),
        w("Marta Ruiz, 52, was 19 when she emigrated.", "19", .age, 19, "year"),
        w("Gerrit Olsen, who turned 100 last week, swims daily.", "100", .age, 100, "year"),
        w("Twins aged 3 months were rescued.", "aged 3 months", .age, 3, "month"),
        w("Liverpool beat Arsenal 3-1.", "3-1", .count, 3, "score"),
    ]

    /// What a figure is (README, "What is a figure"): shares as fractions, a count's rate per unit,
    /// scores, a part apart from its whole, dates with a number.
    static let definition: [Want] = [
        w("Sales were up a fifth on the year.", "a fifth", .percent, 0.2, "fraction", change: .up),
        w("One in eight homes lacks heating.", "One in eight homes", .percent, 0.125, "fraction", counted: "homes"),
        w("The hens lay 300 eggs a year.", "300 eggs a year", .count, 300, "/year", counted: "eggs"),
        w("The bill passed 288-141 in the House.", "288-141", .count, 288, "score"),
        w("The party won 312 of the 600 seats.", "312", .count, 312, counted: "seats"),
        w("The party won 312 of the 600 seats.", "600 seats", .count, 600, counted: "seats"),
        w("It opened six months ago.", "six months", .duration, 6, "month"),
        w("Output fell in the third quarter.", "third quarter", .date, 3),
        w("The talks lasted an hour and a half.", "an hour and a half", .duration, 1.5, "hour"),
        w("The strike ended after nearly a week.", "nearly a week", .duration, 1, "week", high: 1),
        w("The grid carried 335 terawatt-hours last year.", "335 terawatt-hours", .measure, 335, "TWh"),
        w("The hybrid manages 48 miles per gallon.", "48 miles per gallon", .measure, 48, "mpg"),
    ]

    static let all = rangesAndBounds + changes + units + currencies + rates + numberGrammar + countedAndAges
        + definition

    /// Dates and "a" + a unit of time without a number: no figure at all.
    @Test(arguments: [
        "The talks resume on Tuesday.", "Prices peaked last month.", "The ship sailed yesterday.",
        "Exports rose in the last fiscal year.", "The minister resigned in September.", "A week later, it reopened.",
        "The plant closed a decade ago.", "The repairs took a month.", "It hurts for a week.",
    ])
    func numberless(_ sentence: String) {
        #expect(FigureTesting.figures(sentence).isEmpty, "\(FigureTesting.figures(sentence).map(ExpectedFigure.describe))")
    }

    private static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test(arguments: FigureIssueTests.all)
    func figure(_ want: Want) throws {
        let figures = FigureTesting.figures(want.sentence)
        let f = try #require(figures.first { $0.text == want.text },
                             "no figure \"\(want.text)\"; got \(figures.map(ExpectedFigure.describe))")
        #expect(f.kind == want.kind)
        #expect(Self.close(f.value, want.value), "value \(f.value.map { "\($0)" } ?? "null")")
        #expect(f.unit == want.unit)
        #expect(Self.close(f.low, want.low) && Self.close(f.high, want.high), "low \(String(describing: f.low)) high \(String(describing: f.high))")
        #expect(f.change == want.change)
        #expect(Self.close(f.from, want.from) && Self.close(f.to, want.to))
        if case .some(let counted) = want.counted { #expect(f.counted == counted) }
    }

    /// Numbers that are not figures, each in a sentence of its own.
    @Test(arguments: [
        ("The Harbor 300 index rose.", "300"),
        ("The A320 replaced the 747 on Route 66.", "747"),
        ("The A320 replaced the 747 on Route 66.", "66"),
        ("He wears the No. 10 shirt.", "10"),
        ("The shop is at 42 Elm Street.", "42"),
        ("Traffic backed up on Interstate 95.", "95"),
        ("It felt like a decade.", "a decade"),
        ("He bought a four-door saloon.", "four-door"),
        ("A two-seater roadster returns.", "two-seater"),
        ("That was one of the things we missed.", "one of the things"),
        ("It was one hell of a day.", "one hell"),
        ("Witnesses dialled 999 at once.", "999"),
        ("Visitors leave at exit 7.", "7"),
        ("Revenue doubled.", "doubled"),
    ])
    func notAFigure(_ sentence: String, _ text: String) {
        let figures = FigureTesting.figures(sentence)
        #expect(!figures.contains { $0.text.contains(text) }, "\(figures.map(ExpectedFigure.describe))")
    }

    /// A scale word is never what a count counts.
    @Test func countedHoldsNoScaleWord() {
        for sentence in ["The fair drew a quarter million visitors.", "The app has 37m users.",
                         "Dozens of people came.", "Two million visitors came."] {
            for f in FigureTesting.figures(sentence) {
                let words = (f.counted ?? "").split(separator: " ")
                #expect(!words.contains { ["million", "dozens", "thousands", "hundred"].contains(String($0)) },
                        "\(sentence): \(f.counted ?? "")")
            }
        }
    }
}
