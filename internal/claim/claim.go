package claim

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// Claim kinds (the contract's closed list).
const (
	Killed     = "killed"
	Wounded    = "wounded"
	Displaced  = "displaced"
	Refugees   = "refugees"
	Missing    = "missing"
	Arrested   = "arrested"
	Kidnapped  = "kidnapped"
	Troops     = "troops"
	Protesters = "protesters"
	Money      = "money"
	Other      = "other"
)

// Plausibility limits: a count of people above the world's population or
// an amount of money above a quadrillion is a parsing accident or a
// fabricated article, never a claim.
const (
	maxPeople = 8.2e9
	maxMoney  = 1e15
	maxOther  = 1e15
)

// Annotate fills d.Claims (never nil) from d.Text. It reads d.Sentences
// for clause context, d.Entities for the attributed source, d.Times for an
// explicit as-of date and d.Published for the default one; all may be
// empty. Implausible numbers become warnings, not claims.
func Annotate(d *doc.Document) {
	d.Claims = []doc.Claim{}
	if d.Text == "" {
		return
	}
	rs := []rune(d.Text)
	p := parser{rs: rs, toks: lex(d.Text, rs, make([]tok, 0, len(rs)/4+4))}
	qs := p.all()
	a := annotator{d: d, p: &p, sents: d.Sentences}
	if len(a.sents) == 0 {
		a.sents = []doc.Span{{0, len(rs)}}
	}
	a.asOf = publishedDate(d.Published)
	seenWarn := map[string]bool{}
	warn := func(s string) {
		if !seenWarn[s] && len(seenWarn) < 20 {
			seenWarn[s] = true
			d.Warnings = append(d.Warnings, s)
		}
	}
	for _, s := range p.implausible {
		warn(fmt.Sprintf("claim: number too large to be true dropped: %q", clip(s)))
	}
	for _, q := range qs {
		c, ok := a.claim(q)
		// "killed 44 civilians including 11 women and nine children": the
		// parts of a counted whole share its kind.
		if ok {
			part := q.Kind == KindCount && a.partOf(q)
			if part && eventKinds[a.prev.Kind] {
				c.Kind = a.prev.Kind
			}
			cc := c
			a.prev, a.prevEnd, a.prevPart = &cc, q.tokEnd, part
		}
		if !ok {
			continue
		}
		if lim := limit(c.Kind, q); math.Abs(c.Value) > lim || (c.High != nil && *c.High > lim) {
			warn(fmt.Sprintf("claim: implausible %s figure dropped: %q", c.Kind, clip(string(rs[c.Start:c.End]))))
			continue
		}
		d.Claims = append(d.Claims, c)
	}
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// limit is the largest believable value of a claim: counts of people
// cannot pass the world's population.
func limit(kind string, q Quantity) float64 {
	switch {
	case kind == Money:
		return maxMoney
	case kind != Other || (q.Kind == KindCount && looksPersonal(q)):
		return maxPeople
	}
	return maxOther
}

// publishedDate is the YYYY-MM-DD part of an ISO date or date-time, or nil.
func publishedDate(p *string) *string {
	if p == nil {
		return nil
	}
	s := *p
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && isDigits(s[:4]) && isDigits(s[5:7]) && isDigits(s[8:10]) {
		v := s[:10]
		return &v
	}
	if len(s) == 7 && s[4] == '-' && isDigits(s[:4]) && isDigits(s[5:]) || len(s) == 4 && isDigits(s) {
		v := s
		return &v
	}
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

type annotator struct {
	d        *doc.Document
	p        *parser
	sents    []doc.Span
	asOf     *string
	prev     *doc.Claim // the last claim made, and the token after it
	prevEnd  int
	prevPart bool // the last claim was itself a part of the one before
}

// eventKinds are the kinds that say what happened to people.
var eventKinds = map[string]bool{
	Killed: true, Wounded: true, Displaced: true, Missing: true, Arrested: true, Kidnapped: true,
}

// partOf reports whether q follows the previous claim as a part of it:
// "... including 11 women", "... among them 11 children", "11 women and
// nine children" after "including".
func (a *annotator) partOf(q Quantity) bool {
	if a.prev == nil || q.tokStart-a.prevEnd > 3 || q.tokStart < a.prevEnd {
		return false
	}
	including := false
	for i := a.prevEnd; i < q.tokStart; i++ {
		switch a.p.toks[i].low {
		case "including", "among", "them", "mostly", "of":
			including = true
		case "and", ",", "-", "–":
		default:
			return false
		}
	}
	// After "and" alone, q is a part only when the previous one was.
	return including || a.prevPart
}

// sentenceOf returns the token range [a, b) of the sentence holding rune
// offset pos.
func (a *annotator) sentenceOf(pos int) (int, int) {
	si := sort.Search(len(a.sents), func(i int) bool { return a.sents[i][1] > pos })
	lo, hi := 0, len(a.d.Text)
	if si < len(a.sents) && a.sents[si][0] <= pos {
		lo, hi = a.sents[si][0], a.sents[si][1]
	}
	toks := a.p.toks
	ta := sort.Search(len(toks), func(i int) bool { return toks[i].s >= lo })
	tb := sort.Search(len(toks), func(i int) bool { return toks[i].s >= hi })
	return ta, tb
}

// claim turns a quantity into a claim, or reports false for quantities
// that are not claims (measures, durations, ages, bare numbers nothing
// classifies).
func (a *annotator) claim(q Quantity) (doc.Claim, bool) {
	switch q.Kind {
	case KindMeasure, KindDuration, KindAge:
		return doc.Claim{}, false
	}
	sa, sb := a.sentenceOf(q.Start)
	kind := ""
	if !q.Share {
		kind = a.classify(q, sa, sb) // "a third of the people were killed" is not a count
	}
	switch {
	case q.Share && q.Kind != KindMoney:
		kind = Other
	case q.Kind == KindMoney:
		kind = Money
	case kind != "":
	case q.Kind == KindPercent:
		kind = Other
	case q.Kind == KindCount && (q.Value >= 2 || q.Vague || q.Range):
		kind = Other
	default:
		return doc.Claim{}, false
	}
	c := doc.Claim{Start: q.Start, End: q.End, Kind: kind, Value: q.Value}
	if q.Range || q.Vague {
		lo, hi := q.Low, q.High
		c.Low, c.High = &lo, &hi
	}
	if q.Qualifier != "" {
		qq := q.Qualifier
		c.Qualifier = &qq
	}
	if q.Kind == KindCount && q.UnitText != "" {
		u := q.UnitText
		c.About = &u
	}
	c.Source, c.SourceName = a.source(q, sa, sb)
	c.AsOf = a.asOfFor(q)
	return c, true
}

// trigger is a word or phrase that says what happened to what is counted.
type trigger struct {
	words []string
	kind  string
}

// triggers are matched on lower-case tokens; the first word is the key.
var triggers = buildTriggers([]trigger{
	{[]string{"killed"}, Killed}, {[]string{"kill"}, Killed}, {[]string{"kills"}, Killed},
	{[]string{"killing"}, Killed}, {[]string{"dead"}, Killed}, {[]string{"died"}, Killed},
	{[]string{"die"}, Killed}, {[]string{"deaths"}, Killed}, {[]string{"death"}, Killed},
	{[]string{"fatalities"}, Killed}, {[]string{"perished"}, Killed}, {[]string{"slain"}, Killed},
	{[]string{"massacred"}, Killed}, {[]string{"executed"}, Killed}, {[]string{"bodies"}, Killed},
	{[]string{"martyrs"}, Killed}, {[]string{"martyred"}, Killed}, {[]string{"toll"}, Killed},
	{[]string{"lost", "their", "lives"}, Killed}, {[]string{"lives", "lost"}, Killed},
	{[]string{"shot", "dead"}, Killed}, {[]string{"casualties"}, Killed},
	{[]string{"the", "lives", "of"}, Killed}, {[]string{"neutralized"}, Killed},
	{[]string{"neutralised"}, Killed}, {[]string{"eliminated"}, Killed},
	{[]string{"wounded"}, Wounded}, {[]string{"injured"}, Wounded}, {[]string{"injuring"}, Wounded},
	{[]string{"wounding"}, Wounded}, {[]string{"injuries"}, Wounded}, {[]string{"hurt"}, Wounded},
	{[]string{"displaced"}, Displaced}, {[]string{"fled"}, Displaced}, {[]string{"flee"}, Displaced},
	{[]string{"fleeing"}, Displaced}, {[]string{"homeless"}, Displaced}, {[]string{"uprooted"}, Displaced},
	{[]string{"evacuated"}, Displaced}, {[]string{"lost", "their", "homes"}, Displaced},
	{[]string{"refugees"}, Refugees}, {[]string{"refugee"}, Refugees}, {[]string{"asylum"}, Refugees},
	{[]string{"missing"}, Missing}, {[]string{"disappeared"}, Missing}, {[]string{"unaccounted"}, Missing},
	{[]string{"arrested"}, Arrested}, {[]string{"detained"}, Arrested}, {[]string{"detainees"}, Arrested},
	{[]string{"arrests"}, Arrested}, {[]string{"jailed"}, Arrested}, {[]string{"imprisoned"}, Arrested},
	{[]string{"prisoners"}, Arrested}, {[]string{"arresting"}, Arrested}, {[]string{"detaining"}, Arrested},
	{[]string{"kidnapped"}, Kidnapped}, {[]string{"abducted"}, Kidnapped}, {[]string{"hostages"}, Kidnapped},
	{[]string{"hostage"}, Kidnapped}, {[]string{"kidnapping"}, Kidnapped}, {[]string{"abducting"}, Kidnapped},
})

func buildTriggers(ts []trigger) map[string][]trigger {
	m := map[string][]trigger{}
	for _, t := range ts {
		m[t.words[0]] = append(m[t.words[0]], t)
	}
	// Longest phrase first.
	for _, v := range m {
		sort.Slice(v, func(i, j int) bool { return len(v[i].words) > len(v[j].words) })
	}
	return m
}

// nounKinds classify by what is counted when no event word is near.
var nounKinds = map[string]string{
	"troops": Troops, "soldiers": Troops, "marines": Troops, "servicemen": Troops,
	"personnel": Troops, "paratroopers": Troops, "sailors": Troops, "airmen": Troops,
	"fighters": Troops, "militants": Troops, "militiamen": Troops, "rebels": Troops,
	"insurgents": Troops, "jihadists": Troops, "gunmen": Troops, "forces": Troops,
	"policemen": Troops, "guards": Troops, "mercenaries": Troops, "combatants": Troops,
	"protesters": Protesters, "protestors": Protesters, "demonstrators": Protesters,
	"marchers": Protesters, "rioters": Protesters,
	"refugees": Refugees, "asylum-seekers": Refugees,
	"dead": Killed, "deaths": Killed, "bodies": Killed, "fatalities": Killed, "martyrs": Killed,
	"casualties": Killed, "victims": Killed,
	"wounded": Wounded, "injured": Wounded, "injuries": Wounded,
	"displaced": Displaced, "idps": Displaced, "evacuees": Displaced,
	"missing": Missing, "detainees": Arrested, "prisoners": Arrested, "arrests": Arrested,
	"hostages": Kidnapped, "abductees": Kidnapped,
}

// personNouns are counted nouns that event words can apply to; demonyms
// and other plurals in -ians, -ers, -ists are accepted by looksPersonal.
var personNouns = map[string]bool{
	"people": true, "persons": true, "person": true, "civilians": true, "children": true,
	"kids": true, "women": true, "men": true, "girls": true, "boys": true, "babies": true,
	"residents": true, "inhabitants": true, "villagers": true, "citizens": true, "members": true,
	"individuals": true, "family": true, "families": true, "adults": true, "infants": true,
	"students": true, "worshippers": true, "pilgrims": true, "migrants": true, "journalists": true,
	"staff": true, "police": true, "officers": true, "doctors": true, "nurses": true,
	"patients": true, "workers": true, "activists": true, "others": true, "more": true,
	"kurds": true, "arabs": true, "turks": true, "jews": true, "muslims": true, "shiites": true,
	"sunnis": true, "alawites": true, "christians": true, "yazidis": true, "druze": true,
	"victims": true, "lives": true, "passengers": true, "soldier": true, "tourists": true,
	"teenagers": true, "youths": true, "youngsters": true, "fishermen": true, "farmers": true,
	"prisoners": true, "detainees": true, "hostages": true, "relatives": true, "volunteers": true,
	"regime": true, "opposition": true, "government": true, "army": true, "militia": true,
	"forces": true, "troops": true, "gunmen": true, "medics": true, "personnel": true,
}

// looksPersonal reports whether the counted noun phrase can be people.
func looksPersonal(q Quantity) bool {
	if q.Kind == KindBare || q.UnitText == "" {
		return true
	}
	ws := strings.Fields(strings.ToLower(q.UnitText))
	h := ws[len(ws)-1]
	if personNouns[h] || personNouns[h+"s"] || nounKinds[h] != "" || nounKinds[h+"s"] != "" {
		return true
	}
	for _, suf := range []string{"ians", "ers", "ists", "ist", "ees", "ants", "ents", "men", "nis", "ites", "ese"} {
		if strings.HasSuffix(h, suf) && len(h) > len(suf)+2 {
			return true
		}
	}
	// Capitalised words are demonyms or groups: "Syrians", "Kurds",
	// "Syrian regime", "Islamic State militants".
	return q.UnitStart < q.UnitEnd && isUpperRune(firstRune(q.UnitText))
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// Window sizes (tokens) for event words after and before the number, and
// for the reporting verb of the source.
const (
	sourceWindow = 60
	afterWindow  = 8
	beforeWindow = 5
)

// classify finds the kind from the words around q within its sentence
// [sa, sb): the nearest event word wins; "toll" reaches back to the
// sentence start. A noun kind (troops, protesters) applies when no event
// word is near.
func (a *annotator) classify(q Quantity, sa, sb int) string {
	toks := a.p.toks
	// The counted noun itself: "22 dead", "45 deaths", "300 troops".
	nounKind := ""
	if q.Kind == KindCount {
		ws := strings.Fields(strings.ToLower(q.UnitText))
		nounKind = nounKinds[ws[len(ws)-1]]
		if nounKind == Killed || nounKind == Wounded || nounKind == Missing || nounKind == Displaced {
			return nounKind
		}
	}
	personal := looksPersonal(q)
	best, bestDist := "", 1<<30
	// After the quantity: "16 people were killed", "people have lost their
	// lives", "16 civilians including women and children were killed",
	// "30 soldiers and 39 rebels had been killed". An appositive
	// ("including 11 children", "mostly women") and a coordination may hold
	// numbers; only content words count, and a run of capitalised words
	// counts as one.
	apposition := false
	for i, n := q.tokEnd, 0; i < sb && n < afterWindow; i++ {
		t := toks[i]
		if t.kind == tNum && !apposition && !a.p.is(i-1, "and") && durations[a.p.word(i+1)] == "" {
			break
		}
		if t.kind == tSym && (t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")") {
			break
		}
		if k, _ := a.triggerAt(i, sb); k != "" {
			if personal {
				best, bestDist = k, n
			}
			break
		}
		switch t.low {
		case "including", "among", "mostly", "mainly", "most", "-", "–", "—", ",":
			apposition = true
		case "and":
			// "killed six people and injured 32": "and" before a verb ends
			// the subject; "regime and rebel fighters" does not.
			if isVerbForm(a.p.word(i+1)) || cues[a.p.word(i+1)] {
				i = sb
				continue
			}
		case "but", "while", "whereas", "as", "after", "when", "who", "which", "that":
			i = sb
			continue
		}
		if t.kind == tWord && !functionWord[t.low] && !(t.upper && i > q.tokEnd && toks[i-1].upper && toks[i-1].kind == tWord) {
			n++
		}
	}
	// "The death toll from ... has reached 20": toll governs the number
	// when nothing but words (and durations like "24 hours") come between,
	// unless an event word follows at once ("several dozen wounded").
	if bestDist > 0 && a.tollBefore(q, sa) {
		return Killed
	}
	// Before it: "killed at least 16", "injuring 32", "claimed the lives of
	// 80"; on a tie the verb before wins ("killing 5 and injuring 15"). The
	// scan stops at "and": "were killed and 20 others suffered" is another
	// clause.
	for i, n := q.tokStart-1, 0; i >= sa && n < beforeWindow; i-- {
		t := toks[i]
		if t.kind == tNum || t.low == "and" || (t.kind == tSym && (t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")")) {
			break
		}
		if k, _ := a.triggerAt(i, sb); k != "" && personal {
			if n <= bestDist {
				best = k
			}
			break
		}
		if t.kind == tWord {
			n++
		}
	}
	if best != "" {
		return best
	}
	return nounKind
}

// functionWord are not counted in the distance to an event word.
var functionWord = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "them": true, "and": true, "or": true,
	"have": true, "has": true, "had": true, "been": true, "were": true, "was": true, "are": true,
	"is": true, "so": true, "far": true, "also": true, "reportedly": true, "already": true,
	"all": true, "since": true, "being": true, "be": true, "allegedly": true, "now": true,
}

// tollBefore reports whether "toll" comes before q in its sentence with
// at most a toll verb phrase between ("death toll rose to 45", "the toll
// from the blast reached at least 112"), and no other figure between
// except durations ("in the past 24 hours").
func (a *annotator) tollBefore(q Quantity, sa int) bool {
	toks := a.p.toks
	for k := q.tokStart - 1; k >= sa && q.tokStart-k < 40; k-- {
		t := toks[k]
		if t.low == "toll" {
			return true
		}
		if t.kind == tNum && durations[a.p.word(k+1)] == "" {
			return false
		}
		if t.kind == tSym && (t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")") {
			return false
		}
		if t.low == "and" || t.low == "while" || t.low == "but" || cues[t.low] && t.low != "reported" {
			return false
		}
	}
	return false
}

// triggerAt returns the kind of the event phrase starting at token i.
func (a *annotator) triggerAt(i, sb int) (string, int) {
	ts, ok := triggers[a.p.toks[i].low]
	if !ok {
		return "", 0
	}
	for _, t := range ts {
		if i+len(t.words) > sb {
			continue
		}
		ok := true
		for k, w := range t.words[1:] {
			if a.p.toks[i+1+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return t.kind, len(t.words)
		}
	}
	return "", 0
}

// cues are the reporting verbs that attribute a number to a source.
var cues = map[string]bool{
	"said": true, "says": true, "say": true, "reported": true, "reports": true, "told": true,
	"stated": true, "announced": true, "estimated": true, "estimates": true, "claimed": true,
	"confirmed": true, "added": true, "counted": true, "documented": true, "recorded": true,
	"tallied": true, "according": true, "quoted": true, "cited": true, "citing": true,
	"reporting": true, "put": true,
}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "its": true,
}

// source finds who the sentence attributes the number to: "according to
// X", "X said", "said X". It returns the entity id and canonical name, or
// no id and the phrase text when no entity is there.
func (a *annotator) source(q Quantity, sa, sb int) (*string, *string) {
	toks := a.p.toks
	// The cue nearest to the quantity, "according to" preferred.
	cue, best := -1, 1<<30
	// Cues farther than sourceWindow tokens are another clause's (and the
	// bound keeps a text without sentence breaks linear).
	lo, hi := max(sa, q.tokStart-sourceWindow), min(sb, q.tokEnd+sourceWindow)
	for i := lo; i < hi; i++ {
		w := toks[i].low
		if !cues[w] || (i >= q.tokStart && i < q.tokEnd) {
			continue
		}
		if w == "according" && !(i+1 < sb && toks[i+1].low == "to") {
			continue
		}
		if w == "put" && !(i+1 < sb && (toks[i+1].low == "the" || toks[i+1].low == "its")) {
			continue
		}
		if (w == "reports" || w == "reported" || w == "estimates") && i > sa && (nounStop[toks[i-1].low] || toks[i-1].kind == tSym) && !pronouns[toks[i-1].low] {
			continue // "with reports of", "the reported attack": a noun or adjective
		}
		d := i - q.tokEnd
		if i < q.tokStart {
			d = q.tokStart - i
		}
		if w == "according" {
			d -= 1000 // "according to" binds the whole sentence
		}
		if d < best {
			cue, best = i, d
		}
	}
	if cue < 0 {
		return nil, nil
	}
	var a0, a1 int // token span of the source phrase
	if toks[cue].low == "according" || toks[cue].low == "citing" || toks[cue].low == "quoted" || toks[cue].low == "cited" {
		a0 = cue + 1
		if toks[cue].low == "according" {
			a0 = cue + 2
		}
		a1 = phraseEnd(toks, a0, sb)
	} else {
		// Before the cue: "the Syrian Observatory for Human Rights said".
		a1 = cue
		a0 = phraseStart(toks, cue, sa)
		if a0 == a1 && cue-1 > sa && toks[cue-1].low == "," {
			// an apposition between subject and cue: "The observatory, a
			// monitoring group, said": the subject before it
			for j := cue - 2; j > sa && cue-j < 12; j-- {
				if toks[j].low == "," {
					if b0 := phraseStart(toks, j, sa); b0 < j {
						a0, a1 = b0, j
					}
					break
				}
			}
		}
		if (a0 == a1 || (a1-a0 == 1 && pronouns[toks[a0].low] && !a.hasEntity(toks[a0].s, toks[a0].e))) && cue > q.tokStart {
			// Inverted: "..., said the ministry" (after the number only:
			// "said at least 14" has the number after the cue).
			b0 := cue + 1
			b1 := phraseEnd(toks, b0, sb)
			if b1 > b0 {
				a0, a1 = b0, b1
			}
		}
	}
	for a0 < a1 && (toks[a0].kind != tWord || clauseWord[toks[a0].low]) {
		a0++
	}
	for a1 > a0 && toks[a1-1].kind != tWord {
		a1--
	}
	if a1 <= a0 {
		return nil, nil
	}
	// the head of "the envoy for Syria", "the ministry of health" comes
	// before its preposition
	for i := a0 + 1; i < a1; i++ {
		if w := toks[i].low; w == "for" || w == "of" || w == "to" {
			a1 = i
			break
		}
	}
	s, e := toks[a0].s, toks[a1-1].e
	if id, name := a.entityIn(s, e, toks[cue].s); id != "" {
		return &id, &name
	}
	if a1-a0 == 1 && pronouns[toks[a0].low] {
		return nil, nil
	}
	name := string(a.p.rs[s:e])
	return nil, &name
}

// phraseStart walks back from the cue over the subject: words, "'s", "-"
// and "." inside abbreviations, at most 8 tokens, stopping at numbers,
// punctuation and clause words.
func phraseStart(toks []tok, cue, sa int) int {
	i := cue
	for i > sa && cue-i < 8 {
		t := toks[i-1]
		if t.kind == tNum || (t.kind == tSym && t.low != "-" && t.low != "'" && t.low != "’" && t.low != "." && t.low != "&") {
			break
		}
		if t.kind == tWord && (clauseWord[t.low] || isVerbForm(t.low) && !t.upper) {
			break
		}
		i--
		if t.low == "the" || t.low == "a" || t.low == "an" {
			break // the subject starts with its determiner
		}
	}
	return i
}

// phraseEnd walks forward from a0 over a source phrase.
func phraseEnd(toks []tok, a0, sb int) int {
	i := a0
	for i < sb && i-a0 < 8 {
		t := toks[i]
		if t.kind == tNum || (t.kind == tSym && t.low != "-" && t.low != "'" && t.low != "’" && t.low != "." && t.low != "&") {
			break
		}
		if t.kind == tSym && t.low == "." && i+1 < sb && !toks[i+1].glued {
			break
		}
		if t.kind == tWord && i > a0 && (clauseWord[t.low] || isVerbForm(t.low) && !t.upper) {
			break
		}
		i++
	}
	return i
}

// clauseWord ends a subject phrase walking away from the cue.
var clauseWord = map[string]bool{
	"that": true, "which": true, "who": true, "and": true, "but": true, "while": true, "as": true,
	"in": true, "on": true, "at": true, "since": true, "after": true, "before": true, "when": true,
	"to": true, "from": true, "by": true, "with": true, "was": true, "were": true, "is": true,
	"are": true, "has": true, "have": true, "had": true, "been": true, "be": true, "people": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "also": true, "later": true,
	"earlier": true, "previously": true, "separately": true, "however": true, "said": true,
	"says": true, "told": true, "reported": true, "wounded": true, "killed": true, "injured": true,
	"dead": true, "died": true, "civilians": true, "so": true, "where": true, "into": true,
	"during": true, "because": true, "than": true, "or": true, "if": true, "not": true,
	"still": true, "would": true, "will": true, "could": true, "may": true, "might": true,
	"last": true, "this": true, "night": true, "week": true, "month": true, "year": true,
}

// hasEntity reports whether an entity mention overlaps [s, e).
func (a *annotator) hasEntity(s, e int) bool {
	id, _ := a.entityIn(s, e, s)
	return id != ""
}

// entityIn returns the entity with a mention overlapping [s, e), the one
// whose mention is nearest to the cue at rune offset cue.
func (a *annotator) entityIn(s, e, cue int) (string, string) {
	bestID, bestName, bestD := "", "", 1<<30
	for _, ent := range a.d.Entities {
		if ent.Type == "place" {
			continue // "activists in Idlib province said": the town does not speak
		}
		for _, m := range ent.Mentions {
			if m.Start >= e || m.End <= s {
				continue
			}
			d := cue - m.End
			if m.Start > cue {
				d = m.Start - cue
			}
			if d < 0 {
				d = -d
			}
			if d < bestD {
				bestID, bestName, bestD = ent.ID, ent.Name, d
			}
		}
	}
	return bestID, bestName
}

// asOfFor is the date the number holds for: a date the sentence gives
// with "as of", "by" or "until" (from d.Times), else the publication date.
func (a *annotator) asOfFor(q Quantity) *string {
	sa, sb := a.sentenceOf(q.Start)
	if sb > sa {
		lo, hi := a.p.toks[sa].s, a.p.toks[sb-1].e
		for _, t := range a.d.Times {
			if t.Type != "DATE" || t.Start < lo || t.End > hi || len(t.Value) < 4 || !isDigits(t.Value[:4]) {
				continue
			}
			ti := sort.Search(len(a.p.toks), func(i int) bool { return a.p.toks[i].s >= t.Start })
			w1, w2 := a.p.word(ti-1), a.p.word(ti-2)
			if (w1 == "of" && w2 == "as") || w1 == "by" || w1 == "until" || w1 == "through" || (w1 == "at" && w2 == "as") {
				v := t.Value
				return &v
			}
		}
	}
	return a.asOf
}
