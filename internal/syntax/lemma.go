package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lemma returns the dictionary form of form given its UPOS and Penn XPOS
// tags, following UD English (GUM/EWT) conventions: verbs to the base form,
// nouns to the singular, comparatives to the positive, pronouns to the
// nominative ("me" -> "I", "them" -> "they") and clitics spelled out ("n't"
// -> "not", "'ll" -> "will"). Proper nouns, numbers, symbols and punctuation
// keep their form. It is rule-based: an irregular-form table written for
// sitrep and suffix rules for the rest.
func Lemma(form, upos, xpos string) string {
	if xpos == "POS" {
		return "'s"
	}
	if l, ok := punctLemmas[form]; ok {
		return l
	}
	switch {
	case xpos == "NNP":
		return form
	case xpos == "NNPS":
		return nounLemma(form)
	case upos == "PROPN", upos == "SYM", upos == "PUNCT", upos == "X":
		return form
	case upos == "NUM":
		if strings.ContainsRune(form, ',') && !strings.ContainsFunc(form, unicode.IsLetter) {
			return strings.ReplaceAll(form, ",", "") // 40,000 -> 40000
		}
		return strings.ToLower(form)
	case !hasLetter(form):
		return form
	case upos == "NOUN" && innerUpper(form):
		// Acronyms keep their case: "NATO", "CoM", "CFLs" -> "CFL".
		if xpos == "NNS" && strings.HasSuffix(form, "s") {
			return form[:len(form)-1]
		}
		return form
	case upos == "NOUN" && form[0] >= '0' && form[0] <= '9':
		return form // 1960s
	}
	low := strings.ToLower(strings.ReplaceAll(form, "’", "'"))
	switch {
	case xpos == "POS":
		return "'s"
	case xpos == "PRP$":
		return low // "her" as a determiner
	case xpos == "MD":
		if l, ok := closedLemmas[low]; ok {
			return l // 'll, ca, wo
		}
		return low // would, could, might
	case low == "'s" && xpos == "PRP":
		return "we" // let's
	}
	if l, ok := closedLemmas[low]; ok {
		if upos == "PART" && low == "'s" {
			return "'s"
		}
		return l
	}
	if low == "i" {
		return "I"
	}
	if upos == "ADJ" && low != form && form[0] >= 'A' && form[0] <= 'Z' && nationality(low) {
		return form // "American", "French": adjectives from names keep case
	}
	switch upos {
	case "VERB", "AUX":
		return verbLemma(low, xpos)
	case "NOUN":
		if xpos == "NNS" || strings.HasSuffix(low, "s") && xpos == "" {
			return nounLemma(low)
		}
		if l, ok := irregularPlural[low]; ok && xpos != "NN" {
			return l
		}
		return low
	case "ADJ", "ADV":
		return gradeLemma(low, xpos)
	}
	return low
}

// punctLemmas maps typographic punctuation to GUM's lemma.
var punctLemmas = map[string]string{
	"“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "–": "-",
	"--": "-", "...": "…",
}

// innerUpper reports an upper-case letter after the first rune.
func innerUpper(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// nationality guesses adjectives of nations and peoples from their endings.
func nationality(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ench", "eek", "ai", "tch", "iss", "i"} {
		if strings.HasSuffix(w, suf) && w != "human" && w != "urban" && w != "mean" && w != "clean" {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// closedLemmas are clitics, pronouns and determiners with a fixed lemma.
var closedLemmas = map[string]string{
	"n't": "not", "'ll": "will", "'ve": "have", "'re": "be", "'m": "be",
	"'s": "be", "'d": "would", "wo": "will", "ca": "can", "sha": "shall",
	"gon": "go", "na": "to", "ta": "to", "wan": "want", "got": "get",
	"me": "I", "my": "my", "mine": "my", "myself": "myself",
	"us": "we", "our": "our", "ours": "our",
	"him": "he", "his": "his", "her": "she", "hers": "she",
	"them": "they", "em": "they", "whom": "who", "their": "their", "theirs": "their", "'em": "they",
	"these": "this", "those": "that", "an": "a",
	"is": "be", "am": "be", "are": "be", "was": "be", "were": "be",
	"been": "be", "being": "be", "be": "be", "ai": "be",
	"has": "have", "had": "have", "having": "have",
	"does": "do", "did": "do", "done": "do", "doing": "do",
}

// irregularVerbs maps irregular past and participle forms (and a few
// others) to their base form.
var irregularVerbs = map[string]string{}

// irregularVerbList is "base past participle..." lines of irregular verbs.
const irregularVerbList = `arise arose arisen
awake awoke awoken
bear bore borne born
beat beat beaten
become became become becoming
come came coming
overcome overcame overcoming
begin began begun
bend bent
bet bet
bid bid
bind bound
bite bit bitten
bleed bled
blow blew blown
break broke broken
breed bred
bring brought
broadcast broadcast broadcasted
build built
burn burnt
burst burst
buy bought
cast cast
catch caught
choose chose chosen
cling clung
come came
cost cost
creep crept
cut cut
deal dealt
dig dug
draw drew drawn
dream dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed
feel felt
fight fought
find found
flee fled
fling flung
fly flew flown flies
forbid forbade forbidden
forecast forecast
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone goes
grind ground
grow grew grown
hang hung
hear heard
hide hid hidden
hit hit
hold held
hurt hurt
keep kept
kneel knelt
know knew known
lay laid
lead led
lean leant
leap leapt
learn learnt
leave left
lend lent
let let
lie lay lain lies lying
light lit
lose lost
make made
mean meant
meet met
mislead misled
mistake mistook mistaken
overcome overcame
overtake overtook overtaken
overthrow overthrew overthrown
pay paid
prove proven
put put
quit quit
read read
rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran
say said says
see saw seen
seek sought
sell sold
send sent
set set
sew sewn
shake shook shaken
shed shed
shine shone
shoot shot
show shown
shrink shrank shrunk
shut shut
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoke spoken
speed sped
spend spent
spin spun
spit spat
split split
spread spread
spring sprang sprung
stand stood
steal stole stolen
stick stuck
sting stung
strike struck stricken
strive strove striven
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
thrust thrust
undergo underwent undergone
understand understood
undertake undertook undertaken
upset upset
uphold upheld
wake woke woken
wear wore worn
weave wove woven
weep wept
win won
wind wound
withdraw withdrew withdrawn
withhold withheld
write wrote written
die died dying dies
tie tied tying
need needs`

// irregularPlural maps irregular plural nouns to the singular.
var irregularPlural = map[string]string{
	"men": "man", "women": "woman", "children": "child", "people": "person",
	"feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
	"lice": "louse", "oxen": "ox", "dice": "die",
	"criteria": "criterion", "phenomena": "phenomenon",
	"media": "medium", "bacteria": "bacterium", "curricula": "curriculum",
	"analyses": "analysis", "crises": "crisis", "theses": "thesis",
	"hypotheses": "hypothesis", "diagnoses": "diagnosis", "bases": "basis",
	"axes": "axis", "parentheses": "parenthesis", "emphases": "emphasis",
	"syntheses": "synthesis", "oases": "oasis",
	"indices": "index", "appendices": "appendix", "matrices": "matrix",
	"vertices": "vertex", "alumni": "alumnus", "fungi": "fungus",
	"nuclei": "nucleus", "stimuli": "stimulus", "cacti": "cactus",
	"radii": "radius", "foci": "focus", "larvae": "larva",
	"wolves": "wolf", "knives": "knife", "lives": "life", "wives": "wife",
	"leaves": "leaf", "halves": "half", "selves": "self", "shelves": "shelf",
	"thieves": "thief", "loaves": "loaf", "calves": "calf", "elves": "elf",
	"hooves": "hoof", "scarves": "scarf",
	"sheep": "sheep", "fish": "fish", "series": "series", "species": "species",
	"news": "news", "aircraft": "aircraft", "means": "means",
	"heroes": "hero", "potatoes": "potato", "tomatoes": "tomato",
	"echoes": "echo", "vetoes": "veto", "torpedoes": "torpedo",
	"buses": "bus", "gases": "gas", "biases": "bias", "lenses": "lens",
	"quizzes": "quiz", "canvases": "canvas", "atlases": "atlas",
	"movies": "movie", "cookies": "cookie", "zombies": "zombie",
	"species'": "species", "thanks": "thanks", "shoes": "shoe", "ties": "tie", "lies": "lie", "pies": "pie",
}

func init() {
	for _, l := range strings.Split(irregularVerbList, "\n") {
		f := strings.Fields(l)
		for _, w := range f[1:] {
			irregularVerbs[w] = f[0]
		}
	}
}

// verbLemma lemmatises a lower-cased verb form.
func verbLemma(w, xpos string) string {
	if l, ok := irregularVerbs[w]; ok {
		// "lay" is also a base form; "found", "ground", "wound", "left",
		// "saw" too, but as VB/VBP tags they stay themselves.
		if xpos == "VB" || xpos == "VBP" {
			return w
		}
		return l
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ying") && n > 5:
		return w[:n-4] + "y"
	case strings.HasSuffix(w, "eing") && n > 5:
		return w[:n-3]
	case strings.HasSuffix(w, "eed") && n > 4 && !strings.HasSuffix(w, "eeded"):
		if xpos == "VBD" || xpos == "VBN" {
			return w[:n-1] // agreed, freed
		}
		return w
	case strings.HasSuffix(w, "ing") && n > 4 && (xpos == "VBG" || xpos == ""):
		return restoreStem(w[:n-3])
	case strings.HasSuffix(w, "ed") && n > 3 && (xpos == "VBD" || xpos == "VBN" || xpos == ""):
		return restoreStem(w[:n-2])
	case strings.HasSuffix(w, "uses") && (xpos == "VBZ" || xpos == "") && !usVerbs[w[:n-2]]:
		return w[:n-1] // refuses, causes, accuses: the verbs end in -use
	case strings.HasSuffix(w, "s") && (xpos == "VBZ" || xpos == "") && n > 2:
		return sibilantStrip(w)
	}
	return w
}

// usVerbs are the verbs ending in -us (most end in -use: "refuses").
var usVerbs = map[string]bool{"focus": true, "bus": true, "nonplus": true, "refocus": true}

// sibilantStrip removes a third-person or plural -s/-es.
func sibilantStrip(w string) string {
	n := len(w)
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return w
	}
	if strings.HasSuffix(w, "es") && n > 3 {
		stem := w[:n-2]
		switch {
		case strings.HasSuffix(stem, "ss"), strings.HasSuffix(stem, "sh"),
			strings.HasSuffix(stem, "ch"), strings.HasSuffix(stem, "x"),
			strings.HasSuffix(stem, "zz"):
			return stem
		case strings.HasSuffix(stem, "o") && !strings.HasSuffix(stem, "oo"):
			return stem // goes, does, echoes
		case strings.HasSuffix(stem, "us") && !strings.HasSuffix(stem, "ous"):
			return stem // focuses, buses
		}
	}
	return w[:n-1]
}

const vowels = "aeiou"

func isVowel(b byte) bool { return strings.IndexByte(vowels, b) >= 0 }

// noDouble are stems that really end in a doubled consonant.
var noDouble = map[string]bool{
	"add": true, "odd": true, "err": true, "ebb": true, "egg": true,
	"purr": true, "buzz": true, "fizz": true, "jazz": true, "whizz": true,
	"inn": true, "spill": true,
}

// undoubleL are stems whose final l doubles before -ed/-ing in British
// spelling (controlled, travelled).
var undoubleL = map[string]bool{
	"control": true, "travel": true, "cancel": true, "label": true,
	"model": true, "signal": true, "fuel": true, "total": true, "compel": true,
	"propel": true, "expel": true, "excel": true, "patrol": true, "enrol": true,
	"level": true, "counsel": true, "marvel": true, "channel": true,
	"dial": true, "pedal": true, "quarrel": true, "rival": true, "equal": true,
	"initial": true, "impel": true, "repel": true, "dispel": true, "annul": true,
}

// restoreStem puts back what -ed/-ing took: a final e (hoped -> hope) or a
// doubled consonant (stopped -> stop).
func restoreStem(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	last, prev := s[n-1], s[n-2]
	if last == prev && !isVowel(last) {
		switch {
		case noDouble[s]:
			return s
		case last == 'l':
			if undoubleL[s[:n-1]] {
				return s[:n-1]
			}
			return s
		case last == 's' || last == 'f' || last == 'z':
			return s // missed, staffed
		}
		return s[:n-1]
	}
	if needsE(s) {
		return s + "e"
	}
	return s
}

// noE are stems that match an add-e pattern but are words as they are.
var noE = map[string]bool{
	"focus": true, "bias": true, "gas": true, "bus": true, "visit": true,
	"happen": true, "open": true, "listen": true, "threaten": true,
	"belong": true, "hang": true, "bang": true, "long": true, "wing": true,
	"blur": true, "occur": true, "prefer": true, "refer": true, "offer": true,
	"differ": true, "suffer": true, "answer": true, "enter": true,
	"consider": true, "remember": true, "deliver": true, "discover": true,
	"cover": true, "recover": true, "gather": true, "order": true,
	"wonder": true, "monitor": true, "honor": true, "anchor": true,
	"sponsor": true, "mentor": true, "author": true, "color": true,
	"appear": true, "clear": true, "fear": true, "hear": true, "near": true,
	"cheer": true, "steer": true, "pour": true, "tour": true, "favor": true,
	"labor": true, "harbor": true, "edit": true, "limit": true, "exhibit": true,
	"credit": true, "profit": true, "benefit": true, "inherit": true,
	"audit": true, "vomit": true, "inhabit": true, "prohibit": true,
	"deposit": true, "posit": true, "elicit": true, "solicit": true,
	"vis": true, "sigh": true, "weigh": true, "laugh": true, "cough": true,
	"head": true, "lead": true, "read": true, "need": true, "plead": true,
	"found": true, "sound": true, "record": true, "reward": true,
	"land": true, "attend": true, "end": true, "fund": true, "mind": true,
	"spot": true, "rot": true, "plot": true, "boot": true, "shoot": true,
	"root": true, "loot": true, "output": true, "input": true,
	"gain": true, "rain": true, "remain": true, "explain": true, "contain": true,
	"obtain": true, "maintain": true, "train": true, "claim": true,
	"develop": true, "help": true, "shop": true, "stop": true, "drop": true,
	"look": true, "book": true, "cook": true, "hook": true, "work": true,
	"walk": true, "talk": true, "ask": true, "risk": true, "park": true,
	"mark": true, "thank": true, "link": true, "rank": true, "drink": true,
	"attack": true, "track": true, "pack": true, "check": true, "kick": true,
}

// needsE reports whether a stem left by -ed/-ing lost a final e.
func needsE(s string) bool {
	if noE[s] {
		return false
	}
	if strings.HasSuffix(s, "creat") {
		return true // create: -eat is otherwise eat, treat, defeat
	}
	n := len(s)
	last := s[n-1]
	prev := s[n-2]
	switch last {
	case 'v', 'u':
		return true // lived, argued, continued
	case 'c':
		return prev != 'i' || n <= 4 // produced, forced (but panic -> panicked)
	case 'z':
		return prev != 'z' // realized, froze
	case 'g':
		// changed, charged, judged, managed, staged, ranged, plunged;
		// not belonged, hanged, wronged (a single g after a vowel was not
		// doubled, so it had an e: tagged -> tag, staged -> stage)
		if prev == 'n' {
			if n > 3 && s[n-3] == 'u' {
				return true
			}
			return n > 3 && (s[n-3] == 'a' || s[n-3] == 'e') && (n == 4 || !isVowel(s[n-4]))
		}
		return prev == 'r' || prev == 'd' || prev == 'a' || prev == 'e' || prev == 'l' // alleged, indulged
	case 's':
		// used, caused, increased, licensed, reversed; not focused
		if prev == 's' {
			return false
		}
		return isVowel(prev) || strings.IndexByte("nrpl", prev) >= 0
	case 'l':
		// enabled, handled, settled
		return strings.IndexByte("bptdgkcfz", prev) >= 0
	case 'e':
		return false
	}
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' {
		return false
	}
	// Suffixes that take a silent e: -ate, -ide, -ude, -ode, -ire, -ure,
	// -ote, -ute, -ize, -ose, -ame, -ime, -one, -ine.
	if n >= 3 {
		switch s[n-2:] {
		case "at", "id", "ud", "od", "ir", "ur", "ot", "ut", "am", "im", "on", "in", "ok", "ak", "ap", "ip", "op", "ar", "or", "ab", "ib", "ad", "et":
			if s[n-2:] == "at" && (s[n-3] == 'i' || s[n-3] == 'u') {
				return true // initiated, evaluated
			}
			if s[n-2:] == "et" {
				return n >= 4 && (s[n-3] == 'l' || s[n-3] == 'p') // completed, deleted
			}
			if isVowel(s[n-3]) && !(s[n-3] == 'u' && n >= 4 && s[n-4] == 'q') {
				return false // waited, rained, boiled; but required
			}
			return oneSyllable(s) || strings.Contains("at id ud ir ur ut in or ar ib ot", s[n-2:])
		}
	}
	// Consonant-vowel-consonant one-syllable stems: hoped, named, timed.
	if n <= 4 && isVowel(prev) && n >= 3 && !isVowel(s[n-3]) && oneSyllable(s) {
		return true
	}
	return false
}

func oneSyllable(s string) bool {
	groups := 0
	in := false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || (s[i] == 'y' && i > 0)
		if v && !in {
			groups++
		}
		in = v
	}
	return groups <= 1
}

// nounLemma singularises a plural noun.
func nounLemma(w string) string {
	low := strings.ToLower(w)
	if l, ok := irregularPlural[low]; ok {
		return matchCase(w, l)
	}
	n := len(low)
	if n <= 3 || !strings.HasSuffix(low, "s") {
		return w
	}
	var l string
	switch {
	case strings.HasSuffix(low, "ies") && n > 4:
		l = low[:n-3] + "y"
	case strings.HasSuffix(low, "ves") && n > 4:
		l = low[:n-1] // most -ves nouns are in the table; others keep -ve
	default:
		l = sibilantStrip(low)
		if strings.HasSuffix(low, "oes") {
			l = low[:n-1] // shoes; heroes and potatoes are in the table
		}
	}
	return matchCase(w, l)
}

// matchCase gives l the capitalisation of w's first letter (Americans ->
// American).
func matchCase(w, l string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && l != "" {
		lr, n := utf8.DecodeRuneInString(l)
		return string(unicode.ToUpper(lr)) + l[n:]
	}
	return l
}

// gradeLemmas are irregular comparatives and superlatives.
var gradeLemmas = map[string]string{
	"better": "good", "best": "good", "worse": "bad", "worst": "bad",
	"farther": "far", "farthest": "far",
	"less": "less", "least": "least", "more": "more", "most": "most",
	"further": "further", "furthest": "furthest",
	"elder": "old", "eldest": "old",
}

// gradeLemma takes -er/-est off adjectives and adverbs tagged comparative
// or superlative.
func gradeLemma(w, xpos string) string {
	if xpos != "JJR" && xpos != "JJS" && xpos != "RBR" && xpos != "RBS" {
		return w
	}
	if xpos == "RBR" || xpos == "RBS" {
		switch w {
		case "better", "best":
			return "well"
		}
	}
	if l, ok := gradeLemmas[w]; ok {
		return l
	}
	var s string
	switch {
	case strings.HasSuffix(w, "est") && len(w) > 5:
		s = w[:len(w)-3]
	case strings.HasSuffix(w, "er") && len(w) > 4:
		s = w[:len(w)-2]
	default:
		return w
	}
	n := len(s)
	switch {
	case s[n-1] == 'i':
		return s[:n-1] + "y" // happier
	case s[n-1] == s[n-2] && !isVowel(s[n-1]) && s[n-1] != 'l' && s[n-1] != 's':
		return s[:n-1] // bigger
	case strings.HasSuffix(s, "l") && strings.IndexByte("bptdgkc", s[n-2]) >= 0:
		return s + "e" // simpler
	case needsE(s):
		return s + "e" // larger, later, wider, truer
	}
	return s
}
