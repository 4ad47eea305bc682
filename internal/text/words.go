package text

// Abbreviation classes: how a word followed by a period behaves.
const (
	abNone  uint8 = iota // an ordinary word: the period ends a sentence
	abTitle              // prepositive title (Gen., Dr., Mt.): never ends a sentence
	abAbbr               // can end a sentence (Inc., U.S., a.m.)
	abNum                // precedes numbers (p., No., Vol.); else like abAbbr
	abNo                 // "No": an abbreviation before a number, else a word
	abNever              // i.e., e.g., vs.: never ends a sentence
	abState              // a US state (Calif., N.J.): ends a sentence after "City, ST."
)

// abbrFold holds abbreviations matched case-insensitively (lower-case keys).
var abbrFold = map[string]uint8{}

// abbrExact holds abbreviations matched as written; they win over abbrFold.
var abbrExact = map[string]uint8{}

func init() {
	for _, w := range []string{
		"mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "drs", "prof", "profs",
		"gen", "gens", "col", "cols", "lt", "lts", "sgt", "sgts", "capt", "cmdr",
		"cdr", "comdr", "cmdt", "maj", "adm", "brig", "cpl", "pvt",
		"cpt", "lieut", "sen", "sens", "rep", "reps", "gov", "govs", "pres", "rev",
		"hon", "supt", "insp", "det", "amb", "atty", "msgr", "sheik",
	} {
		abbrFold[w] = abTitle
	}
	for _, w := range []string{
		"inc", "corp", "ltd", "co", "cos", "llc", "plc", "bros", "assn", "intl",
		"natl", "dept", "univ", "govt", "mfg", "jr", "sr", "esq", "etc", "al",
		"ave", "blvd", "rd", "st", "hwy", "sq", "ft", "mt", "yr", "yrs", "hr",
		"hrs", "min", "mins", "sec", "secs", "oz", "lb", "lbs", "mi", "gal",
		"ibid", "div", "bn", "mln", "bln", "gov't", "ed", "eds",
	} {
		abbrFold[w] = abAbbr
	}
	for _, w := range []string{
		"nos", "n°", "nº", "p", "pp", "vol", "vols", "art", "arts", "ch", "chap",
		"fig", "figs", "para", "paras", "op", "pt", "pts", "approx", "ca", "est",
		"tel", "ext",
	} {
		abbrFold[w] = abNum
	}
	// "No. 5" is an abbreviation; lower-case "no." is the word.
	abbrExact["No"] = abNo
	abbrExact["NO"] = abNo
	for _, w := range []string{"e.g", "i.e", "vs", "v", "viz", "incl", "esp", "resp", "cf"} {
		abbrFold[w] = abNever
	}
	// Written with a capital only: as lower-case words they are ordinary.
	for _, w := range []string{
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
		"Nov", "Dec", "Tue", "Tues", "Thu", "Thur", "Thurs", "Fri",
	} {
		abbrExact[w] = abNum
	}
	for _, w := range []string{
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
		"Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
		"Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
		"Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "D.C", "N.J", "N.Y", "N.H", "N.C",
		"N.D", "N.M", "S.C", "S.D", "R.I", "W.Va",
	} {
		abbrExact[w] = abState
	}
	// Mount and Fort precede names; in lower case they are units (5 ft.).
	abbrExact["Pfc"] = abTitle
	abbrExact["Spc"] = abTitle
	abbrExact["Mt"] = abTitle
	abbrExact["Ft"] = abTitle
	abbrExact["MT"] = abTitle
	abbrExact["FT"] = abTitle
}

// starters are capitalised words that commonly begin a sentence and rarely
// follow an abbreviation inside one ("U.S. He ..." splits, "U.S. Army" not).
var starters = map[string]bool{}

// titleWords are capitalised words that often follow a place abbreviation
// inside a sentence ("N.J. Gov. Chris Christie", "D.C. Mayor ...").
var titleWords = map[string]bool{
	"Gov": true, "Governor": true, "Sen": true, "Senator": true, "Rep": true,
	"Representative": true, "Mayor": true, "Lt": true, "Attorney": true,
	"Secretary": true, "Sheriff": true, "Judge": true, "Democrat": true,
	"Republican": true, "Democrats": true, "Republicans": true, "Rev": true,
}

// speechVerbs introduce the attribution after a quotation.
var speechVerbs = map[string]bool{}

// nameParticles are lower-case words inside personal names.
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true,
	"del": true, "della": true, "der": true, "di": true, "da": true, "dos": true,
	"du": true, "la": true, "le": true, "van": true, "von": true, "ter": true,
}

// funcWords are lower-case words a sentence cannot end with: a line ending in
// one continues on the next line.
var funcWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"A", "An", "The", "This", "That", "These", "Those", "It", "Its", "It's",
		"He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our",
		"My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "However",
		"Although", "Though", "While", "When", "Where", "Why", "How", "What",
		"Which", "Who", "Whose", "If", "As", "After", "Before", "Since", "Because",
		"Until", "Unless", "Then", "Now", "Still", "Also", "Meanwhile", "Instead",
		"Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Thus",
		"Therefore", "Indeed", "Yes", "No", "Earlier", "Later", "Last", "Next",
		"On", "In", "At", "By", "For", "From", "With", "Without", "Under", "Over",
		"Despite", "During", "According", "Among", "Such", "Some", "Many", "Most",
		"All", "Each", "Every", "Both", "Several", "Few", "Other", "Others",
		"Another", "One", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can",
		"Could", "Will", "Would", "Should", "Has", "Have", "Had", "Let", "To",
		"Not", "Only", "Even", "Just", "Neither", "Either", "Once", "Asked",
		"Officials", "Police", "Sources", "Witnesses", "Residents", "Authorities",
		"Together", "Today", "Yesterday", "Tomorrow", "Tonight", "Overall",
		"Currently", "Separately", "Elsewhere", "Initially", "Finally",
		"Eventually", "Recently", "Previously", "Already", "Again", "Almost",
		"Nearly", "About", "More", "Less", "Much", "Two", "Three", "Four", "Five",
	} {
		starters[w] = true
	}
	for _, w := range []string{
		"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with",
		"from", "and", "or", "but", "nor", "as", "that", "which", "who", "whom",
		"whose", "is", "was", "were", "are", "be", "been", "being", "has", "have",
		"had", "will", "would", "could", "should", "may", "might", "must", "can",
		"its", "their", "his", "her", "our", "my", "your", "this", "these",
		"those", "than", "into", "onto", "over", "under", "after", "before",
		"about", "against", "between", "during", "near", "including", "not",
		"also", "if", "when", "while", "where", "because", "since", "until",
		"via", "per", "amid", "among", "across", "toward", "towards", "upon",
		"without", "within", "through", "so", "such", "very", "more", "most",
		"some", "any", "no", "every", "each", "both", "all", "said", "says", "told",
	} {
		funcWords[w] = true
	}
	for _, w := range []string{
		"said", "says", "say", "asked", "asks", "ask", "told", "tells", "added",
		"adds", "shouted", "cried", "replied", "replies", "wrote", "writes",
		"recalled", "explained", "warned", "insisted", "declared", "demanded",
		"wondered", "continued", "answered", "whispered", "yelled", "screamed",
		"exclaimed", "tweeted", "posted", "chanted", "urged", "pleaded",
	} {
		speechVerbs[w] = true
	}
}
