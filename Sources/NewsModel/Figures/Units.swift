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
    static let wordPrefixes: WordTable<String> = ["rs": "INR"]

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
        "bucks": "USD", "quid": "GBP", "kwacha": "kwacha", "birr": "ETB", "manat": "manat", "som": "som", "drams": "AMD", "dram": "AMD",
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
    ]

    /// Units written against the digits only (`5g`, `2l`, `48h`): as words they mean something else.
    static let attachedOnly: WordTable<UnitMatch.Known> = [
        "m": .init(kind: .measure, unit: "m"), "g": .init(kind: .measure, unit: "g"),
        "l": .init(kind: .measure, unit: "l"), "h": .init(kind: .duration, unit: "hour"),
    ]

    static let lengthUnits: Set<String> = ["km", "m", "mile", "ft", "yard", "cm", "mm", "inch"]
}
