// Package coref links third-person pronouns and definite descriptions ("the
// president", "the group") to the entities the entity stage found, adding
// mentions of kind "pronoun" and "description" to Document.Entities (each
// entity's mentions stay sorted by start). It runs after the entity stage,
// on English text only; Links gives the same decisions without changing
// the document, antecedents that are not entities included.
//
// # Anaphors, in text order
//
//   - Pronouns: he him his himself (masculine), she her hers herself
//     (feminine), it its itself (neuter), they them their theirs themselves
//     (plural). First and second person are not handled.
//   - Definite descriptions: "the" + optionally one modifier from a short
//     list ("former", "militant", "interim"...) + a head noun of a known
//     class (see descHeads: president, minister, spokesman, general...;
//     group, organisation, agency, government, regime, army, police...;
//     rebels, militants...; country, city, capital...). "the president of
//     France" (followed by "of") introduces someone and is skipped, as is a
//     capitalised head ("The Group") or one inside an entity's name. A
//     description that fits no entity is kept as a noun phrase.
//   - Pleonastic "it" is skipped: "it" + a form of "be", "seem", "appear"
//     (modals, "not" allowed before) + within four words an evaluative
//     adjective or passive reporting verb ("it is unclear", "it was
//     reported that") or "time"; "it seems that"; "it takes", "it rains",
//     "it turned out", "it emerged that", "make it clear".
//
// # Candidates
//
// Entity mentions of every kind (an anaphor once resolved becomes one, so a
// run of "he"s keeps its entity in focus), and noun phrases that are not
// entities, found without a parser (np.go): a determiner, quantifier,
// number or possessive and up to six content words, or a bare plural after
// a preposition, conjunction, comma or at the start of a sentence; "X, the
// NP" and "X is NP" join X's chain. A noun phrase competes with the
// entities, so "it" after "the study" is not the organisation named two
// sentences back; a noun phrase a pronoun resolves to becomes an entity of
// its own (see Resolve); a pronoun resolved to nothing starts a chain of its
// own and is not output. Candidates end before
// the anaphor, in its sentence or at most Window (3) sentences back (twice
// that for descriptions).
//
// # Compatibility
//
//   - he/she: a person, or a group named by a singular person noun
//     ("Australian woman"), or a noun phrase with a singular person head
//     ("the man", "a journalist"). Gender comes from a first-name list, a
//     title at or just before a name (Mr., Mrs., Ms., Sir, King, Queen...),
//     the noun, or an earlier gendered pronoun or description; unknown
//     gender fits both, at -15.
//   - it/its/itself: an organisation, country or place; "other" at -10; a
//     group named by a proper name ("Islamic State") at -5, never a plural
//     one ("rebels", "Syrians"); a singular noun phrase that is not a
//     person.
//   - they/them/their: a group (a singular-named one at -30), an
//     organisation (-30), a country or "other" (-40); a plural noun phrase,
//     or a collective one ("the team") at -30.
//   - Descriptions go to entities only. A role noun needs a person whose
//     actor code has the role (president, minister -> GOV/LEG/ELI;
//     general, commander -> MIL; cleric -> REL) or whose mention or the
//     three words before it contain the title ("President Assad"); "the
//     militants"/"the rebels" need a plural group or organisation with an
//     armed role (REB INS IMG UAF OPP SEP RAD) or the title; "the group"/
//     "the organisation" any group or organisation (+40 with an armed
//     role); "the government"/"the regime" an entity with GOV; "the army" MIL;
//     "the police" COP; "the agency"/"the council"... an organisation with
//     the word in its name; "the company" any organisation; "the country" a
//     country; "the city"/"the capital"/"the town" a place. A fitting role
//     or title adds 40.
//
// # Salience
//
// Each candidate mention of a chain adds 100 (recency), +80 when it is a
// subject (a nominative pronoun, or a mention at the start of its sentence
// or followed by a verb-like word, and not after a preposition), +50 when
// it is not after a preposition, +30 for a name and +20 for an alias, -40
// when it sits in a direct quote and the anaphor does not; the sum is
// halved for each sentence back. A chain whose nearest mention is within
// ten tokens gets 10 minus the distance. An entity that fits fully gets
// +100 against noun phrases (entityBonus, chosen on the GUM dev documents)
// except for "it", which refers to things and events far more often than
// to a named entity. The highest total wins.
//
// Binding and quotes: a non-reflexive object pronoun (him, her, them) does
// not take the subject of its own clause (no comma, "that", conjunction or
// reporting verb between them); a reflexive takes an antecedent in its own
// sentence. "he"/"she" right after a closing quote mark (and a comma) and
// before a reporting verb ("..." he said) is the speaker: the nearest
// compatible subject before the quote opened, else the nearest compatible
// mention there. A pronoun inside a direct
// quote does not go to the quote's speaker (the subject before the opening
// quote mark in its sentence, or the mention after the closing one).
//
// Fallback: "he"/"she" with no compatible candidate in the window goes to
// the only person of compatible gender named in the last LongWindow (10)
// sentences, if there is exactly one.
package coref

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// Window is how many sentences back a pronoun may find its antecedent.
const Window = 3

// LongWindow is how far back "he" or "she" looks when nothing is in Window
// and only one person of that gender has been named.
const LongWindow = 10

// entityBonus is added to the salience of an entity against a noun phrase
// that is not one. Without it the noun phrases win more often (more
// pronouns left unattached, fewer attached wrongly); 100 is the value with
// the best pronoun_accuracy on the GUM dev documents (see internal/eval).
const entityBonus = 100.0

type class uint8

const (
	clsNone class = iota
	clsMasc
	clsFem
	clsNeut
	clsPlur
	clsDesc
)

var pronounClass = map[string]class{
	"he": clsMasc, "him": clsMasc, "his": clsMasc, "himself": clsMasc,
	"she": clsFem, "her": clsFem, "hers": clsFem, "herself": clsFem,
	"it": clsNeut, "its": clsNeut, "itself": clsNeut,
	"they": clsPlur, "them": clsPlur, "their": clsPlur, "theirs": clsPlur, "themselves": clsPlur,
}

var nominative = map[string]bool{"he": true, "she": true, "it": true, "they": true}
var reflexive = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}
var objective = map[string]bool{"him": true, "her": true, "them": true}

type gender uint8

const (
	genUnknown gender = iota
	genMale
	genFemale
)

// cand is one mention that later anaphors may refer to.
type cand struct {
	chain      int // index into resolver.chains
	start, end int // runes
	tokA, tokB int // tokens [tokA, tokB)
	sent       int
	kind       string // name, alias, pronoun, description, np
	subject    bool
	inPP       bool
	inQuote    bool
}

// chain is an entity of the document or a noun phrase that is not one
// (chains past len(d.Entities)); anaphors resolved to the latter are not
// output, but they keep a pronoun from going to the wrong entity.
type chain struct {
	typ        string // entity type, or "np"
	gen        gender
	plural     bool
	person     bool // np or group: a person noun ("the man", "researchers", "Australian woman")
	collective bool // np: "the team", "the government"
}

// Link is one anaphor and the chain it was attached to.
type Link struct {
	Anaphor doc.Span
	Kind    string // "pronoun" or "description"
	// Antecedent is the nearest mention before the anaphor of its chain
	// that is not a pronoun; [0, 0] when the chain has none.
	Antecedent doc.Span
	// Entity is the index in d.Entities, -1 when the antecedent is a noun
	// phrase that is not an entity (Resolve makes one of it for a pronoun).
	Entity int
	chain  int
}

type resolver struct {
	d       *doc.Document
	words   []string // lower-cased folded token text
	raw     []string // folded token text
	sentOf  []int
	quote   []bool // token inside a direct quote
	covered []bool // token inside an entity-stage mention
	cands   []cand
	chains  []chain
	links   []Link
	text    []rune // d.Text, made when an entity is promoted
}

// Resolve adds pronoun and description mentions to d.Entities, keeping each
// entity's mentions sorted by start. A noun phrase that is not an entity
// but that a pronoun refers to ("a gunman ... he", "the study ... it")
// becomes an entity of its own: its name is the phrase, its mentions the
// phrase and its repetitions (kind description) and the pronouns, its type
// person, group, organization (a collective noun) or other, with no actor.
// It does nothing for a document that is not English or has no tokens.
func Resolve(d *doc.Document) {
	if d == nil || d.Language != "en" || len(d.Tokens) == 0 {
		return
	}
	r := newResolver(d)
	r.run()
	added := map[int][]doc.Mention{}
	npEntity := map[int]int{} // chain -> new entity index
	for _, l := range r.links {
		ei := l.Entity
		if ei < 0 {
			if l.Kind != "pronoun" {
				continue
			}
			var ok bool
			if ei, ok = npEntity[l.chain]; !ok {
				ei = r.promote(l.chain)
				if ei < 0 {
					continue
				}
				npEntity[l.chain] = ei
			}
		}
		added[ei] = append(added[ei], doc.Mention{Start: l.Anaphor[0], End: l.Anaphor[1], Kind: l.Kind})
	}
	for i, ms := range added {
		ms = append(d.Entities[i].Mentions, ms...)
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
		d.Entities[i].Mentions = ms
	}
}

// promote turns noun-phrase chain ch into a new entity of d, with the
// chain's noun-phrase mentions; -1 when the chain has none (a pronoun that
// started a chain of its own has no name to give).
func (r *resolver) promote(ch int) int {
	var ms []doc.Mention
	for _, c := range r.cands {
		if c.chain == ch && c.kind == "np" {
			ms = append(ms, doc.Mention{Start: c.start, End: c.end, Kind: "description"})
		}
	}
	if len(ms) == 0 {
		return -1
	}
	c := r.chains[ch]
	typ := "other"
	switch {
	case c.person && c.plural:
		typ = "group"
	case c.person:
		typ = "person"
	case c.collective:
		typ = "organization"
	case c.plural:
		typ = "group"
	}
	if r.text == nil {
		r.text = []rune(r.d.Text) // once per document, not per entity
	}
	name := strings.Join(strings.Fields(string(r.text[ms[0].Start:ms[0].End])), " ")
	r.d.Entities = append(r.d.Entities, doc.Entity{
		ID: fmt.Sprintf("e%d", len(r.d.Entities)+1), Name: name, Type: typ, Mentions: ms,
	})
	return len(r.d.Entities) - 1
}

// Links resolves the anaphors of d without changing it: every pronoun and
// description attached to an entity or to a noun phrase before it.
func Links(d *doc.Document) []Link {
	if d == nil || d.Language != "en" || len(d.Tokens) == 0 {
		return nil
	}
	r := newResolver(d)
	r.run()
	return r.links
}

func newResolver(d *doc.Document) *resolver {
	norm := []rune(text.Normalize(d.Text))
	n := len(d.Tokens)
	r := &resolver{d: d, words: make([]string, n), raw: make([]string, n), sentOf: make([]int, n),
		quote: make([]bool, n), covered: make([]bool, n), chains: make([]chain, len(d.Entities))}
	si := 0
	for i, t := range d.Tokens {
		a, b := min(t[0], len(norm)), min(t[1], len(norm))
		r.raw[i] = string(norm[a:b])
		r.words[i] = strings.ToLower(r.raw[i])
		for si < len(d.Sentences)-1 && t[0] >= d.Sentences[si][1] {
			si++
		}
		r.sentOf[i] = si
	}
	// Direct quotes: a '"' token toggles; a new paragraph closes.
	in := false
	for i := range d.Tokens {
		if i > 0 && d.Tokens[i-1][1] <= d.Tokens[i][0] && d.Tokens[i][0] <= len(norm) &&
			strings.Contains(string(norm[d.Tokens[i-1][1]:d.Tokens[i][0]]), "\n\n") {
			in = false
		}
		if r.raw[i] == `"` || r.raw[i] == "``" || r.raw[i] == "''" {
			in = !in
			continue
		}
		r.quote[i] = in
	}
	for ei, e := range d.Entities {
		ch := &r.chains[ei]
		ch.typ = e.Type
		for _, m := range e.Mentions {
			a, b := r.tokRange(m.Start, m.End)
			if a >= b {
				continue
			}
			for t := a; t < b; t++ {
				r.covered[t] = true
			}
			r.cands = append(r.cands, r.newCand(ei, m.Start, m.End, a, b, m.Kind))
			if e.Type == "person" && ch.gen == genUnknown {
				ch.gen = r.nameGender(a, b)
			}
		}
		if e.Type == "group" {
			ch.plural = pluralName(e)
			// "Australian woman", "a Syrian soldier": one person.
			if f := strings.Fields(strings.ToLower(e.Name)); len(f) > 0 && !ch.plural {
				if g, ok := personNouns[f[len(f)-1]]; ok {
					ch.person, ch.gen = true, g
				}
			}
		}
	}
	sort.SliceStable(r.cands, func(i, j int) bool { return r.cands[i].start < r.cands[j].start })
	return r
}

// tokRange maps a rune span to the tokens it covers.
func (r *resolver) tokRange(start, end int) (int, int) {
	toks := r.d.Tokens
	a := sort.Search(len(toks), func(i int) bool { return toks[i][1] > start })
	b := sort.Search(len(toks), func(i int) bool { return toks[i][0] >= end })
	return a, b
}

func (r *resolver) newCand(ch, start, end, a, b int, kind string) cand {
	c := cand{chain: ch, start: start, end: end, tokA: a, tokB: b, sent: r.sentOf[a], kind: kind, inQuote: r.quote[a]}
	if kind == "pronoun" {
		w := r.words[a]
		c.subject = nominative[w] && (w != "it" || (b < len(r.words) && verbLike(r.words[b])))
	} else {
		c.inPP = a > 0 && prepositions[r.words[a-1]]
		c.subject = !c.inPP && (a == 0 || r.sentOf[a-1] != c.sent || r.raw[a-1] == `"` ||
			(b < len(r.words) && r.sentOf[b] == c.sent && verbLike(r.words[b])))
	}
	return c
}

// nameGender reads a person's gender from the title before the mention or
// its first word.
func (r *resolver) nameGender(a, b int) gender {
	for t := max(0, a-2); t < b; t++ {
		w := strings.TrimSuffix(r.words[t], ".")
		if g, ok := titleGender[w]; ok {
			return g
		}
		if t >= a && r.raw[t] != "" && r.raw[t][0] >= 'A' && r.raw[t][0] <= 'Z' {
			if g, ok := firstNames[w]; ok {
				return g
			}
		}
	}
	return genUnknown
}

// pluralName says whether a group is named by a plural noun ("rebels",
// "Syrian troops", "Syrians") rather than a proper name ("Islamic State").
func pluralName(e doc.Entity) bool {
	f := strings.Fields(e.Name)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if singularGroups[last] {
		return false
	}
	return strings.HasSuffix(last, "s") || last == "police" || last == "people" || last == "taliban"
}

func (r *resolver) run() {
	n := len(r.words)
	for i := 0; i < n; i++ {
		if r.covered[i] {
			continue
		}
		w := r.words[i]
		if cl, ok := pronounClass[w]; ok {
			if !(cl == clsNeut && r.pleonastic(i)) {
				r.resolvePronoun(i, cl)
			}
			// "his father", "their leaders": a noun phrase follows.
			if possessive[w] {
				if end, ok := r.nounPhrase(i + 1); ok {
					r.addNP(i, end)
					i = end - 1
				}
			}
			continue
		}
		if w == "the" {
			if end, dc, ok := r.description(i); ok {
				if ch, ok := r.pick(i, end, clsDesc, dc); ok {
					r.link(ch, i, end, "description")
					if dc.gender != genUnknown && r.chains[ch].gen == genUnknown {
						r.chains[ch].gen = dc.gender
					}
					i = end - 1
					continue
				}
			}
		}
		if npStart[w] || w == "'s" {
			if end, ok := r.nounPhrase(i + 1); ok {
				r.addNP(i, end)
				i = end - 1
			}
			continue
		}
		if end, ok := r.barePlural(i); ok {
			r.addNP(i, end)
			i = end - 1
		}
	}
}

// resolvePronoun links the pronoun at token i, or starts a chain of its own
// when nothing fits (so that a later "she" can follow an unresolved one).
func (r *resolver) resolvePronoun(i int, cl class) {
	ch, ok := r.pick(i, i+1, cl, nil)
	if !ok && (cl == clsMasc || cl == clsFem) {
		ch, ok = r.onlyPerson(i, cl)
	}
	if !ok {
		c := chain{typ: "np", person: cl == clsMasc || cl == clsFem, plural: cl == clsPlur}
		switch cl {
		case clsMasc:
			c.gen = genMale
		case clsFem:
			c.gen = genFemale
		}
		r.chains = append(r.chains, c)
		r.addCand(len(r.chains)-1, i, i+1, "pronoun")
		return
	}
	r.link(ch, i, i+1, "pronoun")
	if c := &r.chains[ch]; c.gen == genUnknown {
		if cl == clsMasc {
			c.gen = genMale
		} else if cl == clsFem {
			c.gen = genFemale
		}
	}
}

// onlyPerson is the fallback for "he"/"she" with nothing in the window: the
// one person of that gender (known from a name, title or earlier pronoun)
// mentioned by name in the last LongWindow sentences, if there is exactly one.
func (r *resolver) onlyPerson(i int, cl class) (int, bool) {
	want := genMale
	if cl == clsFem {
		want = genFemale
	}
	found := -1
	for k := len(r.cands) - 1; k >= 0; k-- {
		c := r.cands[k]
		if c.tokB > i {
			continue
		}
		if r.sentOf[i]-c.sent > LongWindow {
			break
		}
		if c.chain >= len(r.d.Entities) || c.kind == "pronoun" || !r.chains[c.chain].isPerson() || r.chains[c.chain].gen != want && r.chains[c.chain].gen != genUnknown {
			continue
		}
		if found >= 0 && found != c.chain {
			return -1, false
		}
		found = c.chain
	}
	return found, found >= 0
}

// addNP starts a chain for the noun phrase at tokens [a, end) unless its
// head belongs to an entity.
func (r *resolver) addNP(a, end int) {
	if r.covered[end-1] || vagueHeads[r.words[end-1]] {
		return
	}
	if r.words[a] == "'s" && a+1 < end {
		a++
	}
	h := r.words[end-1]
	c := chain{typ: "np", plural: pluralNoun(h), collective: collectiveNouns[h]}
	if g, ok := personNouns[h]; ok {
		c.person, c.gen = true, g
	} else if g, ok := personNouns[singular(h)]; ok && c.plural {
		c.person, c.gen = true, g
	} else if agentive(h) {
		c.person = true
	}
	// "Assad, the president," and "Assad is the president": the same
	// chain as the mention right before.
	if p := r.appositionOf(a); p >= 0 && r.chains[p].isPerson() == c.person {
		r.addCand(p, a, end, "np")
		return
	}
	r.chains = append(r.chains, c)
	r.addCand(len(r.chains)-1, a, end, "np")
}

// appositionOf is the chain of the mention that ends right before ", NP" or
// "is NP" at token a, or -1.
func (r *resolver) appositionOf(a int) int {
	if a < 2 || r.sentOf[a-2] != r.sentOf[a] {
		return -1
	}
	p := r.words[a-1]
	if p != "," && p != "is" && p != "was" && p != "are" && p != "were" && p != "became" && p != "becomes" {
		return -1
	}
	for k := len(r.cands) - 1; k >= 0; k-- {
		c := r.cands[k]
		if c.tokB == a-1 && c.kind != "pronoun" {
			if p == "," && c.tokA > 0 && r.words[c.tokA-1] == "," {
				return -1 // a list: "A, B, C"
			}
			return c.chain
		}
		if c.tokB < a-1 {
			break
		}
	}
	return -1
}

func (c *chain) isPerson() bool {
	if c.typ == "np" {
		return c.person
	}
	return c.typ == "person" || c.person
}

func (r *resolver) addCand(ch, a, b int, kind string) {
	start, end := r.d.Tokens[a][0], r.d.Tokens[b-1][1]
	c := r.newCand(ch, start, end, a, b, kind)
	k := sort.Search(len(r.cands), func(i int) bool { return r.cands[i].start > start })
	r.cands = append(r.cands, cand{})
	copy(r.cands[k+1:], r.cands[k:])
	r.cands[k] = c
}

// link attaches the anaphor at tokens [a, b) to chain ch.
func (r *resolver) link(ch, a, b int, kind string) {
	start, end := r.d.Tokens[a][0], r.d.Tokens[b-1][1]
	l := Link{Anaphor: doc.Span{start, end}, Kind: kind, Entity: -1, chain: ch}
	if ch < len(r.d.Entities) {
		l.Entity = ch
	}
	for k := len(r.cands) - 1; k >= 0; k-- {
		c := r.cands[k]
		if c.chain == ch && c.kind != "pronoun" && c.end <= start {
			l.Antecedent = doc.Span{c.start, c.end}
			break
		}
	}
	r.links = append(r.links, l)
	r.addCand(ch, a, b, kind)
}

// pleonastic says whether "it" at token i is non-referential.
func (r *resolver) pleonastic(i int) bool {
	n := len(r.words)
	word := func(k int) string {
		if k < n && r.sentOf[k] == r.sentOf[i] {
			return r.words[k]
		}
		return ""
	}
	if i > 0 && (r.words[i-1] == "make" || r.words[i-1] == "makes" || r.words[i-1] == "made" || r.words[i-1] == "making") &&
		(pleoAdj[word(i+1)] || word(i+1) == "clear") {
		return true
	}
	next := word(i + 1)
	switch next {
	case "takes", "took", "rains", "rained", "matters", "mattered", "remains", "emerged", "turned", "follows", "transpired", "dawned":
		if next == "remains" && !pleoAdj[word(i+2)] && word(i+2) != "to" {
			return false
		}
		if next == "turned" && word(i+2) != "out" {
			return false
		}
		if next == "emerged" && word(i+2) != "that" {
			return false
		}
		return true
	}
	k := i + 1
	for k < i+4 && (modals[word(k)] || word(k) == "not" || word(k) == "n't" || word(k) == "also" || word(k) == "still") {
		k++
	}
	if !beSeem[word(k)] {
		return false
	}
	for j := k + 1; j <= k+4; j++ {
		w := word(j)
		if w == "" {
			return false
		}
		if pleoAdj[w] || pleoPassive[w] || w == "time" {
			return true
		}
		if w == "that" || w == "whether" {
			return j == k+1 && (word(k) == "seems" || word(k) == "seemed" || word(k) == "appears" || word(k) == "appeared")
		}
		if !(w == "not" || w == "n't" || w == "very" || w == "so" || w == "too" || w == "also" || w == "now" || w == "still" ||
			w == "more" || w == "most" || w == "less" || w == "been" || w == "be" || w == "being" || w == "widely" || w == "generally" || w == "quite" || w == "really" || w == "increasingly" || w == "extremely") {
			return false
		}
	}
	return false
}

// descClass is what a definite description can refer to.
type descClass struct {
	head   string
	types  map[string]bool // entity types allowed
	roles  []string        // actor role codes that fit (any of them)
	needs  bool            // a role or title must fit (roles or the head in the name)
	plural bool
	gender gender
	anyOrg bool // any organisation fits ("the group", "the organisation")
}

// description recognises "the [modifier] HEAD" at token i.
func (r *resolver) description(i int) (int, *descClass, bool) {
	n := len(r.words)
	k := i + 1
	if k < n && descModifiers[r.words[k]] && r.sentOf[k] == r.sentOf[i] {
		k++
	}
	if k >= n || r.sentOf[k] != r.sentOf[i] || r.covered[k] {
		return 0, nil, false
	}
	h := r.words[k]
	// "prime minister", "foreign minister", "defence minister"
	if k+1 < n && r.words[k+1] == "minister" {
		h = "minister"
		k++
	}
	dc, ok := descHeads[h]
	if !ok {
		return 0, nil, false
	}
	// The head must be lower case: "The Group" is a name.
	if r.raw[k] != r.words[k] {
		return 0, nil, false
	}
	end := k + 1
	if end < n && r.sentOf[end] == r.sentOf[i] {
		nx := r.words[end]
		if nx == "of" || r.covered[end] {
			return 0, nil, false
		}
		// "the government forces", "the group's leader" are fine; "the
		// army chief" is someone else.
		if nx == "chief" || nx == "spokesman" || nx == "spokeswoman" || nx == "official" || nx == "officials" || nx == "commander" || nx == "leader" {
			return 0, nil, false
		}
	}
	return end, dc, true
}

// compatible scores how well chain ch fits anaphor class cl (ok false when
// it cannot).
func (r *resolver) compatible(ch int, cl class, dc *descClass, a int) (float64, bool) {
	c := &r.chains[ch]
	if c.typ == "np" {
		switch cl {
		case clsMasc, clsFem:
			if !c.person || c.plural {
				return 0, false
			}
			if c.gen == genUnknown {
				return -15, true
			}
			return 0, (cl == clsMasc) == (c.gen == genMale)
		case clsNeut:
			return 0, !c.person && !c.plural
		case clsPlur:
			if c.plural {
				return 0, true
			}
			return -30, c.collective
		}
		return 0, false
	}
	switch cl {
	case clsMasc, clsFem:
		if c.typ != "person" && !c.person {
			return 0, false
		}
		if c.gen == genUnknown {
			return -15, true
		}
		return 0, (cl == clsMasc) == (c.gen == genMale)
	case clsNeut:
		switch c.typ {
		case "organization", "country", "place":
			return 0, true
		case "other":
			return -10, true
		case "group":
			if c.plural || c.person {
				return 0, false
			}
			return -5, true
		}
		return 0, false
	case clsPlur:
		switch c.typ {
		case "group":
			if c.plural {
				return 0, true
			}
			return -30, true
		case "organization":
			return -30, true
		case "country":
			return -40, true
		case "other":
			return -40, true
		}
		return 0, false
	case clsDesc:
		return r.descFit(ch, dc, a)
	}
	return 0, false
}

func (r *resolver) descFit(ei int, dc *descClass, a int) (float64, bool) {
	if ei >= len(r.d.Entities) {
		return 0, false
	}
	e := &r.d.Entities[ei]
	c := &r.chains[ei]
	if !dc.types[e.Type] {
		return 0, false
	}
	if dc.gender != genUnknown && e.Type == "person" && c.gen != genUnknown && c.gen != dc.gender {
		return 0, false
	}
	if e.Type == "group" && dc.plural && !c.plural {
		return 0, false
	}
	if e.Type == "group" && dc.anyOrg && (c.plural || c.person) && !r.hasRole(ei, dc.roles) {
		return 0, false // "the organisation" is not "defectors" or "girls"
	}
	if r.hasRole(ei, dc.roles) || r.titleFits(ei, dc.head, a) {
		return 40, true
	}
	if dc.needs {
		return 0, false
	}
	return 0, true
}

// hasRole says whether the entity's actor code has one of the role codes.
func (r *resolver) hasRole(ei int, roles []string) bool {
	e := &r.d.Entities[ei]
	if e.Actor == nil {
		return false
	}
	code := *e.Actor
	for _, role := range roles {
		for p := 0; p+3 <= len(code); p += 3 {
			if code[p:p+3] == role {
				return true
			}
		}
	}
	return false
}

// titleFits says whether an earlier mention of the entity contains the
// description's head or follows it within three words ("President Assad").
func (r *resolver) titleFits(ei int, head string, before int) bool {
	for _, c := range r.cands {
		if c.tokA >= before {
			break
		}
		if c.chain != ei || c.kind == "pronoun" {
			continue
		}
		for t := max(0, c.tokA-3); t < c.tokB; t++ {
			if strings.TrimSuffix(r.words[t], "s") == head || r.words[t] == head {
				return true
			}
		}
	}
	return false
}

// speaker is the chain of the person who says the quote around token a:
// the subject before the opening quote mark in its sentence, or the
// mention right after the closing one ("...," Assad said).
func (r *resolver) speaker(a int) int {
	open := a
	for open >= 0 && r.quote[open] {
		open--
	}
	close := a
	for close < len(r.quote) && r.quote[close] {
		close++
	}
	for k := len(r.cands) - 1; k >= 0; k-- {
		c := r.cands[k]
		if c.tokB > open {
			continue
		}
		if c.sent != r.sentOf[max(open, 0)] {
			break
		}
		if !c.inQuote && r.chains[c.chain].typ == "person" || c.kind == "pronoun" && !c.inQuote {
			return c.chain
		}
	}
	q := close + 1
	if q < len(r.words) && r.raw[q] == "," {
		q++
	}
	for _, c := range r.cands {
		if c.tokA == q || c.tokA == q+1 && reporting[r.words[q]] {
			return c.chain
		}
	}
	return -1
}

// pick chooses the chain for the anaphor at tokens [a, b).
func (r *resolver) pick(a, b int, cl class, dc *descClass) (int, bool) {
	sent := r.sentOf[a]
	w := r.words[a]
	window := Window
	if cl == clsDesc {
		window = 2 * Window
	}
	// "..." he said: the speaker.
	if (cl == clsMasc || cl == clsFem) && nominative[w] && a > 0 {
		q := a - 1
		if r.raw[q] == "," && q > 0 {
			q--
		}
		if (r.raw[q] == `"` || r.raw[q] == "''") && a+1 < len(r.words) && reporting[r.words[a+1]] {
			open := q - 1
			for open >= 0 && r.quote[open] {
				open--
			}
			// The nearest compatible subject, else the nearest.
			for _, subj := range []bool{true, false} {
				for k := len(r.cands) - 1; k >= 0; k-- {
					c := r.cands[k]
					if c.tokB > open || c.inQuote || subj && !c.subject {
						continue
					}
					if c.sent < sent-window {
						break
					}
					if _, ok := r.compatible(c.chain, cl, dc, a); ok {
						return c.chain, true
					}
				}
			}
		}
	}
	notSpeaker := -1
	if r.quote[a] && cl != clsDesc {
		notSpeaker = r.speaker(a)
	}
	score := map[int]float64{}
	nearest := map[int]int{}
	for k := len(r.cands) - 1; k >= 0; k-- {
		c := r.cands[k]
		if c.tokB > a {
			continue
		}
		dist := sent - c.sent
		if dist > window {
			break
		}
		if reflexive[w] && dist > 0 || c.chain == notSpeaker {
			continue
		}
		if objective[w] && dist == 0 && c.subject && r.clauseMate(c.tokB, a) {
			continue
		}
		if cl == clsDesc && (c.kind == "description" || c.kind == "np") {
			continue
		}
		s := 100.0
		if c.subject {
			s += 80
		}
		if !c.inPP {
			s += 50
		}
		switch c.kind {
		case "name":
			s += 30
		case "alias":
			s += 20
		}
		if c.inQuote && !r.quote[a] {
			s -= 40
		}
		for range dist {
			s /= 2
		}
		score[c.chain] += s
		if _, ok := nearest[c.chain]; !ok {
			nearest[c.chain] = a - c.tokB
		}
	}
	best, bestScore := -1, 0.0
	for ch, s := range score {
		adj, ok := r.compatible(ch, cl, dc, a)
		if !ok {
			continue
		}
		s += adj
		if ch < len(r.d.Entities) && adj >= 0 && cl != clsNeut {
			s += entityBonus
		}
		if d := nearest[ch]; d < 10 {
			s += float64(10 - d)
		}
		if best < 0 || s > bestScore || s == bestScore && nearest[ch] < nearest[best] {
			best, bestScore = ch, s
		}
	}
	return best, best >= 0 && bestScore > 0
}

// clauseMate says whether nothing between tokens a and b (same sentence)
// starts a new clause.
func (r *resolver) clauseMate(a, b int) bool {
	for t := a; t < b; t++ {
		if clauseBreak[r.words[t]] {
			return false
		}
	}
	return true
}

// verbLike says whether a lower-case word is probably a finite verb.
func verbLike(w string) bool {
	if verbs[w] || reporting[w] {
		return true
	}
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}
