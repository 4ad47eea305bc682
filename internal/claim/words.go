package claim

// Word lists of the number grammar. Keys are lower case.

// smallNumbers are the number words below one hundred that combine
// ("twenty-five", "two hundred").
var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them ("1.5 million", "two hundred").
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}

// shortScales are one-letter scales that count only glued to a number
// after a currency ("$5m", "USD10m", "£3bn" is in scaleWords).
var shortScales = map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}

// vaguePlural are plural scale words used alone as vague amounts
// ("hundreds of people"). A plural spans one to ten of its unit:
// "hundreds" is 100..1000, "tens of thousands" 10,000..100,000, "dozens"
// 12..120, the convention NewsQuant annotates; Value is the lower bound.
var vaguePlural = map[string]float64{
	"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}

// qualifiers maps the words before a number to the contract's qualifier.
// Longer phrases are tried first (see matchQualifier).
var qualifiers = []struct {
	words []string
	q     string
}{
	{[]string{"in", "excess", "of"}, "over"},
	{[]string{"no", "fewer", "than"}, "at least"},
	{[]string{"no", "less", "than"}, "at least"},
	{[]string{"as", "many", "as"}, "up to"},
	{[]string{"as", "much", "as"}, "up to"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"more", "than"}, "more than"},
	{[]string{"over", "than"}, "more than"},
	{[]string{"greater", "than"}, "more than"},
	{[]string{"less", "than"}, "less than"},
	{[]string{"fewer", "than"}, "less than"},
	{[]string{"at", "least"}, "at least"},
	{[]string{"at", "most"}, "up to"},
	{[]string{"up", "to"}, "up to"},
	{[]string{"close", "to"}, "nearly"},
	{[]string{"just", "under"}, "less than"},
	{[]string{"just", "over"}, "over"},
	{[]string{"about"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "nearly"},
	{[]string{"over"}, "over"},
	{[]string{"above"}, "over"},
	{[]string{"exceeding"}, "over"},
	{[]string{"under"}, "less than"},
	{[]string{"below"}, "less than"},
}

// currencyBefore are currency marks written before the amount. Multi-token
// marks ("US$", "A$") are matched by matchCurrency.
var currencyBefore = map[string]string{
	"$": "dollar", "€": "euro", "£": "pound sterling", "¥": "japanese yen", "₹": "indian rupee",
	"usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen",
	"cny": "chinese yuan", "rmb": "chinese yuan", "inr": "indian rupee", "chf": "swiss franc",
	"rs": "indian rupee", "rm": "malaysian ringgit", "syp": "syrian pound", "try": "turkish lira",
	"aud": "australian dollar", "cad": "canadian dollar",
}

// currencyPrefix are letters glued before "$" ("US$", "A$", "C$", "HK$").
var currencyPrefix = map[string]string{
	"us": "dollar", "a": "australian dollar", "au": "australian dollar", "c": "canadian dollar",
	"ca": "canadian dollar", "hk": "hong kong dollar", "nz": "new zealand dollar", "s": "singapore dollar",
}

// currencyAfter are currency words written after the amount, singular and
// plural. A nationality before them is handled by matchUnit.
var currencyAfter = map[string]string{
	"dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro",
	"pound": "pound sterling", "pounds": "pound sterling", "sterling": "pound sterling",
	"yen": "japanese yen", "yuan": "chinese yuan", "renminbi": "chinese yuan",
	"rupee": "indian rupee", "rupees": "indian rupee", "crown": "krone", "crowns": "krone",
	"krone": "krone", "kroner": "krone", "kronor": "krona", "krona": "krona",
	"franc": "franc", "francs": "franc", "riyal": "riyal", "riyals": "riyal",
	"ruble": "ruble", "rubles": "ruble", "rouble": "ruble", "roubles": "ruble",
	"peso": "peso", "pesos": "peso", "lira": "lira", "liras": "lira", "lire": "lira",
	"dinar": "dinar", "dinars": "dinar", "dirham": "dirham", "dirhams": "dirham",
	"shekel": "shekel", "shekels": "shekel", "won": "won", "rand": "rand", "naira": "naira",
	"ringgit": "malaysian ringgit", "baht": "baht", "kuna": "croatian kuna",
	"cent": "cent", "cents": "cent", "pence": "penny", "sen": "sen",
	"usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen", "cny": "chinese yuan",
	"€": "euro", "£": "pound sterling", "$": "dollar",
}

// nationalCurrency qualifies a currency word after a nationality
// ("Australian dollars", "Syrian pounds").
var nationalCurrency = map[string]string{
	"australian": "australian", "canadian": "canadian", "us": "", "u.s": "", "american": "",
	"hong": "hong kong", "new": "new zealand", "singapore": "singapore", "syrian": "syrian",
	"danish": "danish", "swedish": "swedish", "norwegian": "norwegian", "swiss": "swiss",
	"turkish": "turkish", "egyptian": "egyptian", "lebanese": "lebanese", "iraqi": "iraqi",
	"jordanian": "jordanian", "saudi": "saudi", "mexican": "mexican", "japanese": "japanese",
	"chinese": "chinese", "indian": "indian", "british": "", "russian": "russian",
}

// units are measurement units written after the amount: the key is the
// written form (lower case), the value the normalised name. caseUnits are
// short forms that count only in the exact case given.
var units = map[string]string{
	"percent": "percentage", "pct": "percentage", "percentage": "percentage",
	"mile": "mile", "miles": "mile", "mi": "mile", "km": "kilometre", "kms": "kilometre",
	"kilometre": "kilometre", "kilometres": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
	"metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
	"cm": "centimetre", "centimetres": "centimetre", "centimeters": "centimetre",
	"mm": "millimetre", "millimetre": "millimetre", "millimeter": "millimetre", "centimetre": "centimetre", "centimeter": "centimetre", "micrometre": "micrometre", "micrometer": "micrometre", "nanometre": "nanometre", "nanometer": "nanometre", "nanometers": "nanometre", "nanometres": "nanometre", "millimetres": "millimetre", "millimeters": "millimetre",
	"μm": "micrometre", "µm": "micrometre",
	"foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "in.": "inch",
	"yard": "yard", "yards": "yard", "yd": "yard",
	"kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
	"gram": "gram", "grams": "gram", "mg": "milligram", "milligrams": "milligram",
	"tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "pound-mass", "lbs": "pound-mass",
	"ounce": "ounce", "ounces": "ounce", "oz": "ounce",
	"litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
	"ml": "millilitre", "millilitres": "millilitre", "gallon": "gallon", "gallons": "gallon",
	"barrel": "barrel", "barrels": "barrel", "bpd": "barrel per day", "pint": "pint", "pints": "pint",
	"quart": "quart", "quarts": "quart",
	"mph": "mile per hour", "kph": "kilometre per hour", "mpg": "mile per gallon", "rpm": "revolutions per minute",
	"hectare": "hectare", "hectares": "hectare", "acre": "acre", "acres": "acre",
	"sq": "", "square": "",
	"gb": "gigabyte", "mb": "megabyte", "tb": "terabyte", "kb": "kilobyte",
	"gigabytes": "gigabyte", "megabytes": "megabyte", "terabytes": "terabyte",
	"mah": "milliampere-hour", "watt": "watt", "watts": "watt", "kw": "kilowatt", "kilowatts": "kilowatt",
	"mw": "megawatt", "megawatt": "megawatt", "megawatts": "megawatt", "gw": "gigawatt", "gigawatts": "gigawatt",
	"gigawatt": "gigawatt", "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
	"volt": "volt", "volts": "volt", "hz": "hertz", "ghz": "gigahertz", "mhz": "megahertz",
	"bhp": "brake horsepower", "hp": "horsepower", "horsepower": "horsepower",
	"degree": "degree", "degrees": "degree", "celsius": "celsius", "fahrenheit": "fahrenheit",
	"ppm": "parts-per-million", "ppb": "parts-per-billion", "mmbtu": "mega british thermal unit",
	"calories": "calorie", "calorie": "calorie", "kcal": "kilocalorie",
}

// caseUnits are unit symbols too short to trust in lower case: "m" (metre)
// but not "M", "C" (celsius) but not "c".
var caseUnits = map[string]string{
	"m": "metre", "C": "celsius", "F": "fahrenheit", "W": "watt", "V": "volt", "A": "ampere",
	"K": "kelvin", "nm": "nanometre", "Nm": "newton metre", "g": "gram", "L": "litre", "l": "litre", "mL": "millilitre", "km/h": "kilometre per hour",
}

// durations are time units; with "old" or "-old" after them they make an age.
var durations = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
	"hrs": "hour", "minute": "minute", "minutes": "minute", "mins": "minute", "min": "minute", "second": "second",
	"seconds": "second", "secs": "second", "decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century", "night": "night", "nights": "night",
}

// months and weekdays mark dates: a number next to them is a day or a year.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// yearContext are words before a four-digit number that make it a year
// even outside 1900..2099 ("in 1600", "since 1985").
var yearContext = map[string]bool{
	"in": true, "since": true, "from": true, "between": true, "until": true, "till": true,
	"by": true, "before": true, "after": true, "of": true, "year": true, "early": true, "late": true,
	"mid": true, "circa": true, "during": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "season": true, "the": true, "and": true, "to": true,
}

// nounStop ends the counted noun phrase after a number: function words,
// auxiliaries and common verbs that follow a subject.
var nounStop = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "by": true,
	"with": true, "without": true, "into": true, "onto": true, "over": true, "under": true, "about": true,
	"after": true, "before": true, "since": true, "during": true, "between": true, "among": true,
	"across": true, "through": true, "near": true, "against": true, "than": true, "as": true,
	"per": true, "via": true, "including": true, "like": true, "outside": true, "inside": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "who": true, "whom": true, "whose": true,
	"which": true, "that": true, "this": true, "these": true, "those": true, "there": true,
	"here": true, "it": true, "its": true, "they": true, "them": true, "their": true, "he": true,
	"she": true, "his": true, "her": true, "we": true, "our": true, "you": true, "your": true,
	"i": true, "my": true, "me": true, "us": true, "not": true, "no": true, "so": true,
	"if": true, "when": true, "where": true, "while": true, "because": true, "then": true,
	"also": true, "still": true, "now": true, "each": true, "every": true, "all": true, "both": true,
	"more": true, "less": true, "most": true, "only": true, "just": true, "even": true, "than.": true,
	"ago": true, "later": true, "earlier": true, "said": true, "says": true, "say": true,
	"told": true, "last": true, "next": true, "what": true, "how": true, "why": true,
	"up": true, "down": true, "out": true, "off": true, "away": true, "back": true, "too": true,
	"very": true, "yet": true, "already": true, "again": true, "ever": true, "never": true,
	"get": true, "got": true, "go": true, "went": true, "come": true, "came": true, "make": true,
	"made": true, "take": true, "took": true, "remain": true, "remained": true, "left": true,
	"died": true, "die": true, "dead": true, "fled": true, "missing": true, "lost": true, "killed": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
	"percent": true, "pct": true, "times": true,
	"old": true, "aged": true, "apiece": true, "respectively": true,
}
