package dedupe

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Generated wire stories of 200-400 words about the fictional conflict in
// stories_test.go, and the edits a story goes through when another site
// republishes it. Like the store's benchmark stories, most sentences are
// drawn from a Zipf-distributed vocabulary and some from wire-style
// templates; in addition every story of a topic repeats one or two of the
// topic's background paragraphs word for word, as wire stories do, so
// different stories on the same topic share more than their vocabulary.

var (
	genPlaces = []string{"Dornik", "Vell", "Kastrel", "Saltmarket", "Lira", "Ostmark", "Carasia", "Brevna", "Tolm", "Uskar", "Merren", "Hadrow"}
	genActors = []string{"government forces", "the Kessel Front", "army units", "rebel fighters", "the defence ministry", "a local monitoring group",
		"the United Nations", "aid workers", "President Anton Brask", "the regional council", "foreign ministers", "police"}
	genVerbs = []string{"shelled", "attacked", "captured", "withdrew from", "besieged", "reinforced", "evacuated", "bombed", "surrounded", "entered", "secured", "raided"}
	genDays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	genTails = []string{"after days of fighting", "despite the truce", "under cover of artillery fire", "with air strikes",
		"as talks stalled", "before dawn", "in a surprise move", "for the third time this month"}
	genVocab = func() []string {
		// Function words first, so the Zipf head looks like English.
		words := strings.Fields(`the of and to in a said on that for was with by at from as
			is it his were had has its have be an which after who their they not but are this
			been would will more than people two three killed forces government armoured
			neighbourhood defence air strikes`)
		syl := []string{"ka", "ro", "mi", "dan", "vel", "tor", "es", "li", "bra", "nu", "sok", "ar", "en", "ush", "pol", "te"}
		r := rand.New(rand.NewPCG(1, 2))
		for len(words) < 6000 {
			w := ""
			for range 2 + r.IntN(3) {
				w += syl[r.IntN(len(syl))]
			}
			words = append(words, w)
		}
		return words
	}()
	genFooters = []string{
		"Copyright 2031 Northern Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Follow us for the latest updates from the region.",
		"Reporting by Mara Olsen in Vell; additional reporting by Piet Haas in Kastrel; writing by Ilse Brandt; editing by Tom Ross and the Courier news desk.",
		"Sign up for our morning briefing to get the most important stories from Varnia and the region delivered to your inbox every weekday before 7 am.",
	}
)

// gen draws sentences and stories from one random stream.
type gen struct {
	r    *rand.Rand
	zipf *rand.Zipf
}

func newGen(seed uint64) *gen {
	r := rand.New(rand.NewPCG(seed, 7))
	return &gen{r: r, zipf: rand.NewZipf(r, 1.1, 2, uint64(len(genVocab)-1))}
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func upperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func (g *gen) sentence() string {
	switch g.r.IntN(8) {
	case 0:
		return fmt.Sprintf("%s %s positions near %s on %s %s, killing at least %d people, %s said on %s.",
			upperFirst(g.pick(genActors)), g.pick(genVerbs), g.pick(genPlaces), g.pick(genDays), g.pick(genTails),
			2+g.r.IntN(80), g.pick(genActors), g.pick(genDays))
	case 1:
		return fmt.Sprintf("A spokesman for %s told reporters in %s that %d families had fled %s.",
			g.pick(genActors), g.pick(genPlaces), 100*(1+g.r.IntN(90)), g.pick(genTails))
	default:
		ws := make([]string, 10+g.r.IntN(12))
		for i := range ws {
			ws[i] = genVocab[g.zipf.Uint64()]
		}
		return upperFirst(strings.Join(ws, " ")) + "."
	}
}

// lead is a story's first paragraph: dateline and the news.
func (g *gen) lead() string {
	return fmt.Sprintf("%s, Varnia (Wire) - %s %s rebel positions near %s on %s, killing at least %d fighters and %d civilians, %s said. %s",
		strings.ToUpper(g.pick(genPlaces)), upperFirst(g.pick(genActors)), g.pick(genVerbs), g.pick(genPlaces), g.pick(genDays),
		2+g.r.IntN(40), 1+g.r.IntN(9), g.pick(genActors), g.sentence())
}

// paragraph is 1-3 sentences.
func (g *gen) paragraph() string {
	ss := make([]string, 1+g.r.IntN(3))
	for i := range ss {
		ss[i] = g.sentence()
	}
	return strings.Join(ss, " ")
}

// topic is the background paragraphs that stories on one topic repeat.
type topic []string

func newTopic(seed uint64) topic {
	g := newGen(seed ^ 0x70)
	t := make(topic, 3)
	for i := range t {
		t[i] = g.sentence() + " " + g.sentence()
	}
	return t
}

// story returns a story of 200-400 words as paragraphs: a lead, paragraphs
// of its own and one or two of the topic's background paragraphs.
func (g *gen) story(t topic) []string {
	target := 200 + g.r.IntN(200)
	ps := []string{g.lead()}
	background := 1 + g.r.IntN(2)
	for i, words := 0, countWords(ps[0]); words < target-40*background; i++ {
		p := g.paragraph()
		ps = append(ps, p)
		words += countWords(p)
	}
	for _, i := range g.r.Perm(len(t))[:background] {
		at := 1 + g.r.IntN(len(ps))
		ps = append(ps[:at], append([]string{t[i]}, ps[at:]...)...)
	}
	return ps
}

func join(ps []string) string { return strings.Join(ps, "\n\n") }

// Edits of a story (as paragraphs) that another site's copy shows.

// editWord changes one word, not the first: a corrected figure or name.
func (g *gen) editWord(ps []string) string {
	i := g.r.IntN(len(ps))
	ws := strings.Split(ps[i], " ")
	j := 1 + g.r.IntN(len(ws)-1)
	ws[j] = "changed"
	out := append([]string(nil), ps...)
	out[i] = strings.Join(ws, " ")
	return join(out)
}

// editFirstLine replaces the wire dateline with a byline and update note.
func (g *gen) editFirstLine(ps []string) string {
	_, rest, _ := strings.Cut(ps[0], " - ")
	out := append([]string(nil), ps...)
	out[0] = fmt.Sprintf("By %s, Northern Courier. Updated %d:%02d pm.\n\n%s", g.pick([]string{"Mara Olsen", "Piet Haas", "Ilse Brandt"}), 1+g.r.IntN(11), g.r.IntN(60), rest)
	return join(out)
}

// editFooter appends a site footer.
func (g *gen) editFooter(ps []string) string {
	return join(ps) + "\n\n" + g.pick(genFooters)
}

// editMulti is the wire copy on another site: its own headline in the text,
// "said on Monday" -> "said Monday", "air strikes" -> "airstrikes", British
// spellings made American, and a correction at the end.
func (g *gen) editMulti(ps []string) string {
	text := strings.NewReplacer(
		"said on ", "said ",
		"air strikes", "airstrikes",
		"armoured", "armored",
		"neighbourhood", "neighborhood",
		"defence", "defense",
	).Replace(join(ps))
	return fmt.Sprintf("Fighting near %s leaves dozens dead\n\n%s\n\nThis story has been corrected to fix the spelling of %s.",
		g.pick(genPlaces), text, g.pick(genPlaces))
}

// editLead rewrites the opening paragraph: a local outlet's own intro.
func (g *gen) editLead(ps []string) string {
	out := append([]string(nil), ps...)
	out[0] = g.lead()
	return join(out)
}

// shingleSet is a slow reference for the shingles behind a signature: 3-word
// windows of the words countWords counts, lowercased, without apostrophes.
func shingleSet(s string) map[string]bool {
	s = strings.NewReplacer("'", "", "’", "").Replace(s)
	ws := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
	set := map[string]bool{}
	for i := 0; i+shingle <= len(ws); i++ {
		set[strings.ToLower(strings.Join(ws[i:i+shingle], " "))] = true
	}
	return set
}

// jaccard is the exact Jaccard similarity of two texts' shingle sets.
func jaccard(a, b string) float64 {
	sa, sb := shingleSet(a), shingleSet(b)
	both := 0
	for s := range sa {
		if sb[s] {
			both++
		}
	}
	if union := len(sa) + len(sb) - both; union > 0 {
		return float64(both) / float64(union)
	}
	return 0
}
