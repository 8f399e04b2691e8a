/// Units that follow or precede a number: currencies, percentages, durations,
/// measures and temperatures, with the canonical unit each one reports.
enum Units {
    /// Currency symbols written before the amount, with their codes. A list, not a
    /// dictionary: its first use would instantiate `[Unicode.Scalar: String]` at run
    /// time, which costs as much as scanning several articles.
    static let currencySymbols: [(symbol: Unicode.Scalar, code: String)] = [
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₴", "UAH"),
        ("₩", "KRW"), ("₺", "TRY"), ("₪", "ILS"), ("₦", "NGN"), ("₱", "PHP"), ("฿", "THB"), ("₫", "VND"),
        ("₿", "BTC"), ("₸", "KZT"), ("₾", "GEL"), ("₼", "AZN"), ("₵", "GHS"), ("₡", "CRC"), ("₲", "PYG"),
        ("₭", "LAK"), ("₮", "MNT"),
    ]

    /// Whether `c` is one of `currencySymbols`. A table of the symbols' low
    /// bytes rejects punctuation, quotes and dashes without searching.
    static func isCurrencySymbol(_ c: Unicode.Scalar) -> Bool {
        currencyCode(of: c) != nil
    }

    /// The ISO code of a currency symbol (a search of 23 entries, after the low-byte test).
    static func currencyCode(of c: Unicode.Scalar) -> String? {
        guard currencyLowBytes[Int(c.value & 0xFF)] else { return nil }
        for entry in currencySymbols where entry.symbol == c { return entry.code }
        return nil
    }

    private static let currencyLowBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for entry in currencySymbols { table[Int(entry.symbol.value & 0xFF)] = true }
        return table
    }()

    /// Letters written against `$` to name the dollar: `US$`, `A$`, `HK$`.
    static let dollarPrefixes: WordTable<String> = [
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "nz": "NZD", "hk": "HKD",
        "s": "SGD", "sg": "SGD", "r": "BRL", "nt": "TWD", "mex": "MXN", "ec": "XCD", "j": "JMD",
    ]

    /// Abbreviations written before an amount as a currency sign is: "Rs 5 lakh", "Rs. 500".
    static let wordPrefixes: WordTable<String> = [
        "rs": "INR", "rm": "MYR", "rp": "IDR", "tk": "BDT", "ksh": "KES", "dh": "AED", "dhs": "AED",
        "sr": "SAR", "qr": "QAR", "php": "PHP",
    ]

    /// ISO 4217 codes news copy uses before or after an amount.
    static let isoCodes: WordSet = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd", "sgd", "inr", "rub", "uah",
        "krw", "try", "ils", "ngn", "php", "thb", "vnd", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", "czk",
        "huf", "ron", "bgn", "idr", "myr", "pkr", "bdt", "egp", "sar", "aed", "qar", "kwd", "kes", "ghs", "twd",
        "clp", "cop", "pen", "ars", "kzt", "gel", "amd", "azn", "byn", "rsd", "isk", "btc",
    ]

    /// Currency names after the amount, by the code they stand for. Names
    /// shared by several countries report the name itself ("peso").
    static let currencyWords: WordTable<String> = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
        "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
        "hryvnas": "UAH", "hryvni": "UAH", "lira": "TRY", "liras": "TRY", "lire": "TRY", "shekel": "ILS",
        "shekels": "ILS", "naira": "NGN", "baht": "THB", "dong": "VND", "rand": "ZAR", "zloty": "PLN",
        "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK",
        "rupiah": "IDR", "ringgit": "MYR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
        "tenge": "KZT", "lari": "GEL", "cedi": "GHS", "cedis": "GHS", "bitcoin": "BTC", "bitcoins": "BTC",
        "peso": "peso", "pesos": "peso", "franc": "franc", "francs": "franc", "krona": "SEK", "kronor": "SEK",
        "krone": "krone", "kroner": "krone", "dinar": "dinar", "dinars": "dinar", "shilling": "shilling",
        "shillings": "shilling", "crown": "crown", "crowns": "crown", "lei": "RON", "leu": "RON",
        "cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny",
        "won": "KRW", "real": "BRL", "reais": "BRL", "leva": "BGN", "lev": "BGN", "taka": "BDT",
        "bucks": "USD", "quid": "GBP", "z\u{142}": "PLN", "k\u{10D}": "CZK", "kwacha": "kwacha", "birr": "ETB", "manat": "manat", "som": "som", "drams": "AMD", "dram": "AMD",
    ]

    /// National adjectives that make a currency name precise: "Swiss francs".
    static let currencyAdjectives: WordTable<WordTable<String>> = [
        "us": ["dollar": "USD", "dollars": "USD"], "u.s": ["dollar": "USD", "dollars": "USD"],
        "australian": ["dollar": "AUD", "dollars": "AUD"], "canadian": ["dollar": "CAD", "dollars": "CAD"],
        "singapore": ["dollar": "SGD", "dollars": "SGD"],
        "swiss": ["franc": "CHF", "francs": "CHF"], "mexican": ["peso": "MXN", "pesos": "MXN"],
        "philippine": ["peso": "PHP", "pesos": "PHP"], "argentine": ["peso": "ARS", "pesos": "ARS"],
        "danish": ["krone": "DKK", "kroner": "DKK", "crown": "DKK", "crowns": "DKK"],
        "norwegian": ["krone": "NOK", "kroner": "NOK", "crown": "NOK", "crowns": "NOK"],
        "swedish": ["krona": "SEK", "kronor": "SEK", "crown": "SEK", "crowns": "SEK"],
        "czech": ["koruna": "CZK", "crowns": "CZK"], "icelandic": ["krona": "ISK", "kronur": "ISK", "crowns": "ISK"],
        "indian": ["rupee": "INR", "rupees": "INR"], "pakistani": ["rupee": "PKR", "rupees": "PKR"],
        "japanese": ["yen": "JPY"], "chinese": ["yuan": "CNY"], "turkish": ["lira": "TRY"],
        "egyptian": ["pound": "EGP", "pounds": "EGP"], "iraqi": ["dinar": "IQD", "dinars": "IQD"],
        "british": ["pound": "GBP", "pounds": "GBP"],
    ]

    static let durations: WordTable<String> = [
        "millisecond": "ms", "milliseconds": "ms", "ms": "ms",
        "second": "second", "seconds": "second", "sec": "second", "secs": "second",
        "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
        "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
        "day": "day", "days": "day", "night": "night", "nights": "night",
        "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
        "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
        "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
        "millennium": "millennium", "millennia": "millennium",
    ]

    static let measures: WordTable<String> = [
        "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
        "metre": "m", "metres": "m", "meter": "m", "meters": "m",
        "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
        "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
        "mile": "mile", "miles": "mile", "mi": "mile", "foot": "ft", "feet": "ft", "ft": "ft",
        "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard",
        "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
        "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
        "mg": "mg", "milligram": "mg", "milligrams": "mg", "tonne": "tonne", "tonnes": "tonne",
        "ton": "ton", "tons": "ton", "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
        "litre": "l", "litres": "l", "liter": "l", "liters": "l", "ml": "ml", "millilitre": "ml",
        "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "gallon": "gallon", "gallons": "gallon",
        "barrel": "barrel", "barrels": "barrel", "bpd": "barrel/day", "hectare": "ha", "hectares": "ha",
        "ha": "ha", "acre": "acre", "acres": "acre", "mph": "mph", "kph": "km/h", "knot": "knot",
        "knots": "knot", "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW",
        "gigawatts": "GW", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW", "kwh": "kWh", "mwh": "MWh",
        "gwh": "GWh", "twh": "TWh", "watt": "W", "watts": "W", "volt": "V", "volts": "V",
        "gb": "GB", "gigabyte": "GB", "gigabytes": "GB", "tb": "TB", "terabyte": "TB", "terabytes": "TB",
        "megabyte": "MB", "megabytes": "MB", "calorie": "kcal", "calories": "kcal", "kcal": "kcal",
        "bcm": "bcm", "decibel": "dB", "decibels": "dB", "db": "dB", "magnitude": "magnitude",
        "storey": "storey", "storeys": "storey",
        // Engines, electronics, materials, chemistry and recipes.
        "hp": "hp", "bhp": "hp", "horsepower": "hp", "ps": "PS", "rpm": "rpm", "hz": "Hz", "hertz": "Hz",
        "khz": "kHz", "kilohertz": "kHz", "mhz": "MHz", "megahertz": "MHz", "ghz": "GHz", "gigahertz": "GHz",
        "thz": "THz", "\u{3BC}m": "\u{3BC}m", "\u{B5}m": "\u{3BC}m", "micrometre": "\u{3BC}m",
        "micrometres": "\u{3BC}m", "micrometer": "\u{3BC}m", "micrometers": "\u{3BC}m", "micron": "\u{3BC}m",
        "microns": "\u{3BC}m", "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
        "kpa": "kPa", "mpa": "MPa", "gpa": "GPa", "psi": "psi", "ksi": "ksi", "mah": "mAh", "kv": "kV",
        "kilovolt": "kV", "kilovolts": "kV", "ppm": "ppm", "ppb": "ppb", "kmh": "km/h", "kmph": "km/h",
        "mpg": "mpg", "kbps": "kbps", "mbps": "Mbps", "gbps": "Gbps", "mb": "MB", "kb": "KB", "pb": "PB",
        "petabyte": "PB", "petabytes": "PB", "kilobyte": "KB", "kilobytes": "KB", "teu": "TEU", "teus": "TEU",
        "cup": "cup", "cups": "cup", "tablespoon": "tbsp", "tablespoons": "tbsp", "tbsp": "tbsp",
        "teaspoon": "tsp", "teaspoons": "tsp", "tsp": "tsp", "pint": "pint", "pints": "pint", "quart": "quart",
        "quarts": "quart", "stone": "stone", "carat": "carat", "carats": "carat", "gigatonne": "Gt",
        "gigatonnes": "Gt", "gigaton": "Gt", "gigatons": "Gt", "megatonne": "Mt", "megatonnes": "Mt",
        "bcf": "bcf", "tcf": "tcf", "kj": "kJ", "kilojoule": "kJ", "kilojoules": "kJ", "mj": "MJ",
        "joule": "J", "joules": "J", "btu": "BTU", "btus": "BTU", "lumen": "lm", "lumens": "lm",
        "sievert": "Sv", "sieverts": "Sv", "msv": "mSv", "millisievert": "mSv", "millisieverts": "mSv",
        "becquerel": "Bq", "becquerels": "Bq", "mcg": "\u{3BC}g", "microgram": "\u{3BC}g",
        "micrograms": "\u{3BC}g", "\u{3BC}g": "\u{3BC}g", "\u{B5}g": "\u{3BC}g", "nmi": "nautical mile",
        "cc": "cc", "terawatt": "TW", "terawatts": "TW", "tw": "TW", "kilowatt-hour": "kWh",
        "kilowatt-hours": "kWh", "megawatt-hours": "MWh", "hectolitre": "hl", "hectolitres": "hl",
        "bushel": "bushel", "bushels": "bushel", "cwt": "cwt", "furlong": "furlong", "furlongs": "furlong",
        "revolution": "revolution", "revolutions": "revolution", "megabit": "megabit", "megabits": "megabit",
        "gigabit": "gigabit", "gigabits": "gigabit", "kilobit": "kilobit", "kilobits": "kilobit",
        "microsievert": "\u{3BC}Sv", "microsieverts": "\u{3BC}Sv", "\u{3BC}sv": "\u{3BC}Sv", "\u{B5}sv": "\u{3BC}Sv",
        "newton": "N", "newtons": "N", "kilonewton": "kN", "kilonewtons": "kN", "nm": "nm",
    ]

    /// Units written against the digits only (`5g`, `2l`, `48h`): as words they mean something else.
    static let attachedOnly: WordTable<UnitMatch.Known> = [
        "m": .init(kind: .measure, unit: "m"), "g": .init(kind: .measure, unit: "g"),
        "l": .init(kind: .measure, unit: "l"), "h": .init(kind: .duration, unit: "hour"),
        "t": .init(kind: .measure, unit: "tonne"),
    ]

    /// A unit per another, by its usual name where it has one: "revolution" per "minute" is rpm.
    static func rateName(_ unit: String, _ per: String) -> String {
        let combined = unit + "/" + per
        return rateNames[combined] ?? combined
    }

    static let rateNames: WordTable<String> = [
        "revolution/minute": "rpm", "megabit/second": "Mbps", "gigabit/second": "Gbps", "kilobit/second": "kbps",
        "mile/hour": "mph", "km/hour": "km/h", "m/second": "m/s", "km/second": "km/s", "ft/second": "ft/s",
        "\u{3BC}Sv/hour": "\u{3BC}Sv/h", "mSv/hour": "mSv/h", "barrel/day": "barrel/day", "knot/hour": "knot",
        "mile/gallon": "mpg",
    ]

    /// Units of power that take "-hour" to make a unit of energy ("terawatt-hours" is TWh).
    static let powerUnits: Set<String> = ["W", "kW", "MW", "GW", "TW"]

    /// Currency units that are a hundredth of another: "42 cents" is 0.42 USD.
    static let hundredths: WordTable<String> = ["cent": "USD", "penny": "GBP"]

    /// A larger unit and the smaller one written after it ("2 years 3 months", "5 lb 4 oz"), as
    /// "LARGER SMALLER", with the fraction of the larger that one smaller unit is.
    static let smallerParts: WordTable<Double> = [
        "year month": 1.0 / 12, "year week": 1.0 / 52, "week day": 1.0 / 7, "day hour": 1.0 / 24,
        "hour minute": 1.0 / 60, "minute second": 1.0 / 60, "ft inch": 1.0 / 12, "yard ft": 1.0 / 3,
        "lb oz": 1.0 / 16, "stone lb": 1.0 / 14, "km m": 1.0 / 1000, "m cm": 1.0 / 100, "kg g": 1.0 / 1000,
        "mile yard": 1.0 / 1760, "USD hundredth": 0.01, "GBP hundredth": 0.01, "EUR hundredth": 0.01,
    ]

    /// Of `attachedOnly`, those a space may also separate from the number: "48 h", "40 t".
    static let spacedSingleLetters: WordSet = ["h", "t"]

    /// Temperature scales after "degrees", misspellings included.
    static let temperatureScales: WordTable<String> = [
        "celsius": "C", "centigrade": "C", "celcius": "C", "celsuis": "C", "c": "C",
        "fahrenheit": "F", "farenheit": "F", "fahrenheight": "F", "farenheight": "F", "f": "F",
    ]

    /// Nouns a rate can be per, by the unit name they report: "$4.12 a gallon" is USD/gallon.
    /// Units of time and measure are rates' denominators too (see `durations`, `measures`).
    static let perNouns: WordTable<String> = [
        "person": "person", "people": "person", "head": "person", "capita": "person", "share": "share",
        "ticket": "ticket", "passenger": "passenger", "household": "household", "family": "family",
        "student": "student", "pupil": "pupil", "patient": "patient", "employee": "employee",
        "worker": "worker", "annum": "year", "pound": "lb", "unit": "unit", "vehicle": "vehicle",
        "car": "car", "room": "room", "seat": "seat", "meal": "meal", "dose": "dose", "pack": "pack",
        "bottle": "bottle", "game": "game", "match": "match", "episode": "episode", "visit": "visit",
        "trip": "trip", "ride": "ride", "child": "child", "adult": "adult", "resident": "resident",
        "user": "user", "subscriber": "subscriber", "customer": "customer", "acre": "acre", "item": "item",
        "kwh": "kWh", "mwh": "MWh", "barrel": "barrel", "gallon": "gallon", "litre": "l", "liter": "l",
        "tonne": "tonne", "ton": "ton", "ounce": "oz", "kilo": "kg", "kilogram": "kg", "kg": "kg",
        "lb": "lb", "mile": "mile", "kilometre": "km", "kilometer": "km", "km": "km", "metre": "m",
        "meter": "m", "square": "square",
    ]

    /// Adverbs that make a rate per unit of time: "$50,000 annually".
    static let rateAdverbUnits: WordTable<String> = [
        "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
        "nightly": "night", "hourly": "hour",
    ]

    static let lengthUnits: Set<String> = ["km", "m", "mile", "ft", "yard", "cm", "mm", "inch", "\u{3BC}m", "nm"]
}
