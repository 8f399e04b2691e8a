import Testing
@testable import NewsModel

/// One original sentence per form the figures issue lists, with every figure
/// the sentence holds (and no others).
struct FigureTableTests {
    static let cases: [(String, [ExpectedFigure])] = numerals + words + percents + money + durations + measures
        + ranges + datesAndOrdinals + exclusions + counted

    static let numerals: [(String, [ExpectedFigure])] = [
        ("Rescuers pulled 300 survivors from the rubble.", [count("300 survivors", 300, "survivors")]),
        ("The archive holds 1,200 letters.", [count("1,200 letters", 1200, "letters")]),
        ("Each crate weighs 3.5 times as much as before.", [count("3.5 times", 3.5, "times")]),
        ("The region has 1.2m residents.", [count("1.2m residents", 1_200_000, "residents")]),
        ("Investors pulled 2bn out of the fund.", [count("2bn", 2e9)]),
        ("The stadium seats 12\u{202F}000 fans.", [count("12\u{202F}000 fans", 12000, "fans")]),
        ("The festival sold 12\u{00A0}500 tickets.", [count("12\u{00A0}500 tickets", 12500, "tickets")]),
        ("The register lists 1,204,337 voters.", [count("1,204,337 voters", 1_204_337, "voters")]),
        ("The thermometer read -7 at dawn.", [count("-7", -7)]),
        ("She added ½ cup of sugar.", [count("½", 0.5)]),
        ("The recipe needs 2½ cups of flour.", [count("2½ cups of flour", 2.5, "cups of flour")]),
        ("The airline carried 4.75 million passengers.", [count("4.75 million passengers", 4_750_000, "passengers")]),
        ("The survey reached 40k households.", [count("40k households", 40000, "households")]),
    ]

    static let words: [(String, [ExpectedFigure])] = [
        ("Seven ministers resigned.", [count("Seven ministers", 7, "ministers")]),
        ("Ninety-nine delegates voted.", [count("Ninety-nine delegates", 99, "delegates")]),
        ("Officers questioned twenty-three witnesses.", [count("twenty-three witnesses", 23, "witnesses")]),
        ("The club has a hundred members.", [count("a hundred members", 100, "members")]),
        ("Organisers expect three thousand runners.", [count("three thousand runners", 3000, "runners")]),
        ("The grant will fund 1.5 million meals.", [count("1.5 million meals", 1_500_000, "meals")]),
        ("She bought a dozen eggs.", [count("a dozen eggs", 12, "eggs")]),
        ("Half of the staff work nights.", [count("Half of the staff", 0.5, "staff")]),
        ("A third of the budget goes on salaries.", [count("A third of the budget", 1.0 / 3, "budget")]),
        ("Two-thirds of members backed the plan.", [count("Two-thirds of members", 2.0 / 3, "members")]),
        ("A quarter of the homes lack heating.", [count("A quarter of the homes", 0.25, "homes")]),
        ("Dozens of families fled.", [count("Dozens of families", nil, "families")]),
        ("Hundreds of volunteers arrived.", [count("Hundreds of volunteers", nil, "volunteers")]),
        ("Several witnesses saw the car.", [count("Several witnesses", nil, "witnesses")]),
        ("A few shops reopened.", [count("A few shops", nil, "shops")]),
        ("Tens of thousands of people marched.", [count("Tens of thousands of people", nil, "people")]),
        ("Two hundred and fifty guests attended.", [count("Two hundred and fifty guests", 250, "guests")]),
        ("The town lost two million euros.", [fig("two million euros", .money, 2_000_000, "EUR")]),
        ("Several hundred workers walked out.", [count("Several hundred workers", nil, "workers")]),
        ("Only one bridge survived.", [count("one bridge", 1, "bridge")]),
    ]

    static let percents: [(String, [ExpectedFigure])] = [
        ("Turnout reached 50%.", [fig("50%", .percent, 50, "%")]),
        ("Sales fell 50 percent.", [fig("50 percent", .percent, 50, "%")]),
        ("Prices rose 4.5 per cent.", [fig("4.5 per cent", .percent, 4.5, "%")]),
        ("Support slipped 3 percentage points.", [fig("3 percentage points", .percent, 3, "percentage point")]),
        ("The bank raised rates by 25 basis points.", [fig("25 basis points", .percent, 25, "basis point")]),
        ("Unemployment fell to 3.9% from 4.2%.", [fig("3.9%", .percent, 3.9, "%"), fig("4.2%", .percent, 4.2, "%")]),
        ("A 20-percent cut was ruled out.", [fig("20-percent", .percent, 20, "%")]),
    ]

    static let money: [(String, [ExpectedFigure])] = [
        ("The deal is worth $2.5 billion.", [fig("$2.5 billion", .money, 2.5e9, "USD")]),
        ("Lenders offered US$40m.", [fig("US$40m", .money, 40e6, "USD")]),
        ("The museum received €300 million.", [fig("€300 million", .money, 300e6, "EUR")]),
        ("Tickets cost £5.", [fig("£5", .money, 5, "GBP")]),
        ("Drivers earn 300 euros a trip.", [fig("300 euros", .money, 300, "EUR")]),
        ("The council set aside 1 million hryvnias.", [fig("1 million hryvnias", .money, 1e6, "UAH")]),
        ("A bowl of noodles costs ¥1,000.", [fig("¥1,000", .money, 1000, "JPY")]),
        ("The fine was 40,000 Swiss francs.", [fig("40,000 Swiss francs", .money, 40000, "CHF")]),
        ("The grant totals USD 3 million.", [fig("USD 3 million", .money, 3e6, "USD")]),
        ("Rents average 900 dollars.", [fig("900 dollars", .money, 900, "USD")]),
        ("The pension fund holds A$12bn.", [fig("A$12bn", .money, 12e9, "AUD")]),
        ("The loan was ₹500 crore.", [fig("₹500 crore", .money, 5e9, "INR")]),
        ("A coffee now costs 4.20 pounds.", [fig("4.20 pounds", .money, 4.2, "GBP")]),
        ("The firm paid a $1.2-million settlement.", [fig("$1.2-million", .money, 1.2e6, "USD")]),
        // 4.1 × 1e9 in binary doubles is 4099999999.9999995: scaled values are the decimal ones.
        ("The bid values the group at $4.1bn.", [fig("$4.1bn", .money, 4.1e9, "USD")]),
        ("The port handled 4.1 million containers.", [count("4.1 million containers", 4.1e6, "containers")]),
    ]

    static let durations: [(String, [ExpectedFigure])] = [
        ("The meeting lasted about an hour.", [fig("about an hour", .duration, 1, "hour", q: "about")]),
        ("The search took three days.", [fig("three days", .duration, 3, "day")]),
        ("Crews worked for 48 hours.", [fig("48 hours", .duration, 48, "hour")]),
        ("She signed a two-year contract.", [fig("two-year", .duration, 2, "year")]),
        ("The market opens at 10:30 a.m.", [fig("10:30 a.m.", .time, 10.5)]),
        ("The last train leaves at 11 p.m. on weekdays.", [fig("11 p.m.", .time, 23)]),
        ("Polls close at 21:00 GMT.", [fig("21:00 GMT", .time, 21)]),
        ("He was jailed for 18 months.", [fig("18 months", .duration, 18, "month")]),
        ("The vote came after a nine-hour debate.", [fig("nine-hour", .duration, 9, "hour")]),
        ("Repairs will take half an hour.", [fig("half an hour", .duration, 0.5, "hour")]),
        ("The strike ended after nearly a week.", [fig("nearly a week", .duration, 1, "week", q: "nearly", high: 1)]),
        ("It happened three years ago.", [date("three years ago", 3, unit: "year")]),
        ("The repairs will take a month.", [fig("a month", .duration, 1, "month")]),
        ("A week later, the bridge reopened.", [fig("A week", .duration, 1, "week")]),
        ("The hearing lasted an hour and a half.", [fig("an hour and a half", .duration, 1.5, "hour")]),
        ("He spent a year and a half in jail.", [fig("a year and a half", .duration, 1.5, "year")]),
        // The "a" of a rate is not one unit of time.
        ("The ferry sails twice a week.", []),
        ("Rent is £900 a month.", [fig("£900", .money, 900, "GBP")]),
        ("The plant makes 500 cars a day.", [count("500 cars", 500, "cars")]),
        ("Fees rose 3 percent a year.", [fig("3 percent", .percent, 3, "%")]),
    ]

    static let measures: [(String, [ExpectedFigure])] = [
        ("The queue stretched 12 km.", [fig("12 km", .measure, 12, "km")]),
        ("He walked 3 miles.", [fig("3 miles", .measure, 3, "mile")]),
        ("The truck carried 40 tonnes.", [fig("40 tonnes", .measure, 40, "tonne")]),
        ("The fire burned 2 square kilometres.", [fig("2 square kilometres", .measure, 2, "sq km")]),
        ("Police arrested a 42-year-old man.", [fig("42-year-old", .age, 42, "year")]),
        ("The driver, aged 42, was unhurt.", [fig("aged 42", .age, 42, "year")]),
        ("Overnight it fell to -5C.", [fig("-5C", .temperature, -5, "C")]),
        ("The hold must stay under 75 degrees Fahrenheit.",
         [fig("under 75 degrees Fahrenheit", .temperature, 75, "F", q: "under", high: 75)]),
        ("Water boils at 100 °C.", [fig("100 °C", .temperature, 100, "C")]),
        ("Winds reached 120 km/h.", [fig("120 km/h", .measure, 120, "km/h")]),
        ("The storm dropped 30cm of snow.", [fig("30cm", .measure, 30, "cm")]),
        ("The wall is 4 metres high.", [fig("4 metres", .measure, 4, "m")]),
        ("The farm covers 250 hectares.", [fig("250 hectares", .measure, 250, "ha")]),
        ("The reactor produces 900 MW.", [fig("900 MW", .measure, 900, "MW")]),
        ("The mayor, 54, declined to comment.", [fig("54", .age, 54, "year")]),
        ("A woman in her 30s was arrested.", [ExpectedFigure(text: "30s", kind: .age, value: 30, unit: "year", low: 30, high: 39)]),
        ("The baby was six months old.", [fig("six months old", .age, 6, "month")]),
        ("Output reached 1.2m barrels a day.", [fig("1.2m barrels", .measure, 1.2e6, "barrel")]),
    ]

    static let ranges: [(String, [ExpectedFigure])] = [
        ("Between 20 and 30 boats sank.", [count("Between 20 and 30 boats", 20, "boats", q: "between", low: 20, high: 30)]),
        ("Organisers expect 20-30 stalls.", [count("20-30 stalls", 20, "stalls", low: 20, high: 30)]),
        ("The trip takes 20 to 30 minutes.", [fig("20 to 30 minutes", .duration, 20, "minute", low: 20, high: 30)]),
        ("Investors could lose up to 50%.", [fig("up to 50%", .percent, 50, "%", q: "up to", high: 50)]),
        ("More than 1,000 people signed.", [count("More than 1,000 people", 1000, "people", q: "more than", low: 1000)]),
        ("At least 12 cranes are idle.", [count("At least 12 cranes", 12, "cranes", q: "at least", low: 12)]),
        ("Nearly 40 trucks waited.", [count("Nearly 40 trucks", 40, "trucks", q: "nearly", high: 40)]),
        ("Almost 90 schools closed.", [count("Almost 90 schools", 90, "schools", q: "almost", high: 90)]),
        ("About 200 delegates came.", [count("About 200 delegates", 200, "delegates", q: "about")]),
        ("Around 15 exporters signed up.", [count("Around 15 exporters", 15, "exporters", q: "around")]),
        ("Fewer than 10 ships docked.", [count("Fewer than 10 ships", 10, "ships", q: "fewer than", high: 10)]),
        ("Over 3,000 trucks pass daily.", [count("Over 3,000 trucks", 3000, "trucks", q: "over", low: 3000)]),
        ("Roughly 60 firefighters attended.", [count("Roughly 60 firefighters", 60, "firefighters", q: "roughly")]),
        ("The project will cost $20-30 million.",
         [fig("$20-30 million", .money, 20e6, "USD", low: 20e6, high: 30e6)]),
        ("Rents rose 10% to 15% this year.",
         [fig("10% to 15%", .percent, 10, "%", low: 10, high: 15), date("this year")]),
        ("The tax rate fell from 1.42 to 1.39 percent.",
         [fig("1.42", .percent, 1.42, "%"), fig("1.39 percent", .percent, 1.39, "%")]),
        ("Fares rose from 2 to 3 euros.", [fig("from 2 to 3 euros", .money, 2, "EUR", q: "from", low: 2, high: 3)]),
        ("As many as 500 homes lost power.", [count("As many as 500 homes", 500, "homes", q: "as many as", high: 500)]),
        ("Some 40 or more boats joined.", [count("Some 40 or more boats", 40, "boats", q: "or more", low: 40)]),
    ]

    static let datesAndOrdinals: [(String, [ExpectedFigure])] = [
        ("The law took effect in 2024.", [date("2024", 2024)]),
        ("Ministers meet on March 19.", [date("March 19", 19)]),
        ("Prices peaked last month.", [date("last month")]),
        ("The talks resume on Wednesday.", [date("Wednesday")]),
        ("The ship sailed yesterday.", [date("yesterday")]),
        ("The bridge opened on 4 July 1998.", [date("4 July 1998", 4)]),
        ("The report is due by June 30, 2026.", [date("June 30, 2026", 30)]),
        ("Production began in the 1990s.", [date("1990s", 1990)]),
        ("Sales were strong between 2019 and 2023.",
         [ExpectedFigure(text: "between 2019 and 2023", kind: .date, value: 2019, qualifier: "between", low: 2019, high: 2023)]),
        ("She won her first title.", [fig("first", .ordinal, 1)]),
        ("The team finished 3rd.", [fig("3rd", .ordinal, 3)]),
        ("It was the twenty-first attempt.", [fig("twenty-first", .ordinal, 21)]),
        ("The minister resigned in September.", [date("September")]),
        ("Profits will rise next year.", [date("next year")]),
        ("The 2023-24 season was cut short.", [date("2023-24", 2023, low: 2023, high: 2024)]),
    ]

    static let exclusions: [(String, [ExpectedFigure])] = [
        ("A Boeing 737 landed safely.", []),
        ("Cases of COVID-19 rose.", []),
        ("The G7 summit opened.", []),
        ("Article 5 of the treaty applies.", []),
        ("Call +44 20 7946 0958 for tickets.", []),
        ("Call (555) 123-4567 now.", []),
        ("Details are at https://example.org/2024/report-300.", []),
        ("Email press2024@example.com for passes.", []),
        ("Version 2.4.1 fixes the bug.", []),
        ("The 5G network launched.", []),
        ("Passengers boarded at Gate 22.", []),
        ("The match ended 3-1.", []),
        ("The council voted 7 to 4 in favour.", [count("7", 7), count("4", 4)]),
        ("No one was hurt.", []),
        ("He was the one who called.", []),
    ]

    static let counted: [(String, [ExpectedFigure])] = [
        ("Both sides exchanged 175 prisoners of war.", [count("175 prisoners of war", 175, "prisoners of war")]),
        ("Russia returned 22 seriously wounded Ukrainian prisoners.",
         [count("22 seriously wounded Ukrainian prisoners", 22, "seriously wounded Ukrainian prisoners")]),
        ("The army downed 57 drones overnight, 35 of them over the coast.",
         [count("57 drones", 57, "drones"), count("35 of them", 35, "drones")]),
        ("Inspectors checked 80 restaurants; 12 of them failed.",
         [count("80 restaurants", 80, "restaurants"), count("12 of them", 12, "restaurants")]),
        ("The charity housed 41 container ships' crews.", [count("41 container ships", 41, "container ships")]),
        ("Volunteers planted 2,000 trees across the valley.", [count("2,000 trees", 2000, "trees")]),
        ("The firm hired 120 people last year.", [count("120 people", 120, "people"), date("last year")]),
        ("The convoy included 14 long-range missile launchers.",
         [count("14 long-range missile launchers", 14, "long-range missile launchers")]),
        ("The plan removes about 120 on-street parking spaces.",
         [count("about 120 on-street parking spaces", 120, "on-street parking spaces", q: "about")]),
        ("Police said 300 were arrested.", [count("300", 300)]),
        ("One in five adults smokes.", [count("One in five adults", 0.2, "adults")]),
        ("Nearly 4 in 10 workers feel tired.", [count("Nearly 4 in 10 workers", 0.4, "workers", q: "nearly", high: 0.4)]),
        ("Nine out of 10 doctors agree.", [count("Nine out of 10 doctors", 0.9, "doctors")]),
        ("Prices climbed 6.2pc in the year.", [fig("6.2pc", .percent, 6.2, "%")]),
        ("The ship sank 10 nautical miles offshore.", [fig("10 nautical miles", .measure, 10, "nautical mile")]),
        ("A magnitude 6.4 quake hit the coast.", [fig("magnitude 6.4", .measure, 6.4, "magnitude")]),
        ("The 27-nation bloc met.", [count("27-nation", 27)]),
        ("Output fell by a third.", [count("a third", 1.0 / 3)]),
        ("It was a one-time payment.", []),
        ("Millions of dollars were lost.", [fig("Millions of dollars", .money, nil, "USD")]),
        ("Hundreds of miles of road flooded.", [fig("Hundreds of miles", .measure, nil, "mile")]),
        ("The vote is on Jan 1.", [date("Jan 1", 1)]),
        ("Participants were aged between 18 and 25.",
         [ExpectedFigure(text: "aged between 18 and 25", kind: .age, value: 18, unit: "year", qualifier: "between", low: 18, high: 25)]),
        ("He drove a Formula 1 car and an iPhone 15.", []),
        ("Council Approves 300 Jobs", [count("300 Jobs", 300, "Jobs")]),
        ("The club paid CHF 20 million.", [fig("CHF 20 million", .money, 20e6, "CHF")]),
        ("The index fell \u{2212}3.2%.", [fig("\u{2212}3.2%", .percent, -3.2, "%")]),
        ("Sentences range from 5-10 years.", [fig("from 5-10 years", .duration, 5, "year", q: "from", low: 5, high: 10)]),
        ("Bids ranged between $5m and $10m.", [fig("between $5m and $10m", .money, 5e6, "USD", q: "between", low: 5e6, high: 10e6)]),
        ("Liverpool beat Arsenal 2-1.", []),
        ("The company's 2,000-strong workforce struck.", [count("2,000-strong", 2000)]),
        ("Upwards of 200 people came.", [count("Upwards of 200 people", 200, "people", q: "upwards of", low: 200)]),
        ("Just under half of the voters agreed.", [count("Just under half of the voters", 0.5, "voters", q: "just under", high: 0.5)]),
        ("Three-quarters of the staff left.", [count("Three-quarters of the staff", 0.75, "staff")]),
        ("He weighed 200 pounds.", [fig("200 pounds", .measure, 200, "lb")]),
        ("Rates rose a quarter point.", [fig("a quarter point", .percent, 0.25, "percentage point")]),
        ("The shop opens at 9.30am.", [fig("9.30am", .time, 9.5)]),
        ("The treaty, signed in 1648, ended the war.", [date("1648", 1648)]),
        ("Police say the suspect, 34, fled.", [fig("34", .age, 34, "year")]),
        ("The flight lasted 11 hours and 40 minutes.",
         [fig("11 hours", .duration, 11, "hour"), fig("40 minutes", .duration, 40, "minute")]),
        ("The firm earned 3 billion yuan.", [fig("3 billion yuan", .money, 3e9, "CNY")]),
        ("A 6-foot-tall fence went up.", [fig("6-foot-tall", .measure, 6, "ft")]),
        ("Oil jumped $3 to $85 a barrel.", [fig("$3", .money, 3, "USD"), fig("$85", .money, 85, "USD")]),
        ("Shares rose by 4 to 120 pence.", [fig("4", .money, 4, "penny"), fig("120 pence", .money, 120, "penny")]),
        ("The 737 MAX was grounded for 20 months.", [fig("20 months", .duration, 20, "month")]),
        ("At one point the crowd grew to about 5,000.", [count("about 5,000", 5000, q: "about")]),
        ("Nine of the 12 jurors agreed.", [count("Nine", 9), count("12 jurors", 12, "jurors")]),
        ("The S&P 500 rose 1.2%.", [fig("1.2%", .percent, 1.2, "%")]),
        ("She is in her mid-40s.", [ExpectedFigure(text: "40s", kind: .age, value: 40, unit: "year", low: 40, high: 49)]),
        ("The attacks of 9/11 changed policing; the line is open 24/7.", []),
        ("The ratio is 3:1.", []),
        ("He lives at 10 Downing Street.", []),
        ("The quake measured 7.1 on the Richter scale.", [fig("7.1", .measure, 7.1, "magnitude")]),
        ("About 3 in every 4 homes have a car.", [count("About 3 in every 4 homes", 0.75, "homes", q: "about")]),
        ("It costs 5 bucks.", [fig("5 bucks", .money, 5, "USD")]),
        ("The fire was out by noon.", [fig("noon", .time, 12)]),
        ("The rally drew tens of thousands.", [count("tens of thousands", nil)]),
        ("Thousands rallied in the capital.", [count("Thousands", nil)]),
        ("The depot sent 40 more trucks.", [count("40 more trucks", 40, "trucks")]),
        ("Two extra guards stood at the gate.", [count("Two extra guards", 2, "guards")]),
        ("The inquiry will sit for at least six more weeks.",
         [fig("at least six more weeks", .duration, 6, "week", q: "at least", low: 6)]),
        ("We will hear from everyone who received one of these reports.",
         [count("one of these reports", 1, "reports")]),
        ("A number of officials resigned.", []),
        ("Only a handful of lawmakers attended.", [count("a handful of lawmakers", nil, "lawmakers")]),
        ("It could fall to as low as -15C.", [fig("as low as -15C", .temperature, -15, "C", q: "as low as", low: -15)]),
        ("Dozens of them were rescued after 90 climbers went missing.",
         [count("Dozens of them", nil), count("90 climbers", 90, "climbers")]),
        ("The two leaders spoke by phone.", [count("two leaders", 2, "leaders")]),
        ("Ten of the 16 members voted yes.", [count("Ten", 10), count("16 members", 16, "members")]),
    ]

    @Test(arguments: FigureTableTests.cases.indices)
    func sentence(_ i: Int) {
        let (sentence, expected) = Self.cases[i]
        let figures = FigureTesting.figures(sentence)
        let got = figures.map(ExpectedFigure.describe)
        #expect(figures.count == expected.count, "\(sentence)\n got: \(got)\n want: \(expected)")
        for e in expected {
            #expect(figures.contains(where: e.matches), "\(sentence)\n missing: \(e)\n got: \(got)")
        }
    }

    @Test func tableIsLarge() {
        #expect(Self.cases.count >= 100)
    }
}
