package geo

import (
	"strings"
	"unicode"
)

// stopStart are capitalised words that never begin a toponym: months, days,
// titles, pronouns and sentence-initial function words.
var stopStart = map[string]bool{}

// titles before a person's name: "Mr. Jordan", "President Lincoln".
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
the a an and or but if in on at to of for by with from as is are was were be been this that these those it its he she they we i you his her their our my your
there here when where what who why how which while after before during since until also however then so not no yes all some many most more
mr mrs ms dr president gen general sen senator rep gov governor minister prince king queen pope st saint lord sir lady sheikh col colonel capt lt sgt
police army government people state city new north south east west northern southern eastern western central university hospital church
center centre cup inc ltd act best get human union area market enterprise alliance hall green club league group team court house senate congress parliament
council committee agency bank company office board school college street road avenue park station airport port bridge square tower plaza mall
god lord christmas easter islam muslim christian jewish catholic republican democrat republicans democrats party news reuters ap afp`) {
		stopStart[w] = true
	}
	for _, w := range strings.Fields(`mr mrs ms miss dr prof president gen general sen senator rep representative gov governor minister premier prince king queen pope
lord sir lady sheikh col colonel capt captain lt sgt judge justice coach officer detective mayor chancellor secretary ambassador spokesman spokeswoman bishop father rev`) {
		titles[w] = true
	}
}

// notPlaces are multi-word names the gazetteer holds as villages but news
// means otherwise.
var notPlaces = map[string]bool{"white house": true, "el nino": true, "la nina": true, "downing street": true, "wall street": false}

// connectors may sit inside a multi-word toponym in lower case.
var connectors = map[string]bool{"of": true, "de": true, "del": true, "la": true, "al": true, "el": true, "upon": true, "on": true, "the": true, "du": true, "des": true, "and": false}

type tok struct {
	s, e  int
	word  string
	upper bool
}

func tokenize(rs []rune) []tok {
	var out []tok
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		j := i
		// initialisms: "U.S.", "U.K.", "D.C."
		for j+1 < len(rs) && unicode.IsUpper(rs[j]) && rs[j+1] == '.' && (j+2 < len(rs) && unicode.IsUpper(rs[j+2]) || j > i) {
			j += 2
		}
		if j > i {
			out = append(out, tok{i, j, string(rs[i:j]), true})
			i = j
			continue
		}
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || (rs[j] == '-' && j+1 < len(rs) && unicode.IsLetter(rs[j+1]) && j > i)) {
			j++
		}
		out = append(out, tok{i, j, string(rs[i:j]), unicode.IsUpper(rs[i])})
		i = j
	}
	return out
}

// Find is a simple toponym recogniser for end-to-end evaluation until the
// NER tagger lands: the longest capitalised n-gram (up to five tokens, lower
// case connectors such as "of" and "al" allowed inside) that names a
// gazetteer entry. Guards: the first token is not a month, day, title or
// function word unless the match is longer than it ("New York", "North
// Waziristan"); not after a title ("Mr. Jordan"); a single word must name a
// country, region, admin1 area or a town of at least 20,000 people, and must
// not also be used in lower case in the same text ("Mobile"/"mobile").
func (g *Gazetteer) Find(text string) []Span {
	rs := []rune(text)
	toks := tokenize(rs)
	lower := map[string]bool{}
	for _, t := range toks {
		if !t.upper {
			lower[t.word] = true
		}
	}
	// words seen inside runs of capitalised words ("Keith Allen") are name
	// parts: alone later ("Allen said") they are not small towns.
	inRun := map[string]bool{}
	for i := range toks {
		if toks[i].upper && g.personLike(toks, i, rs) {
			inRun[toks[i].word] = true
		}
	}
	var out []Span
	for i := 0; i < len(toks); {
		t := toks[i]
		lw := strings.ToLower(t.word)
		if lw == "the" {
			i++
			continue
		}
		if !t.upper || (i > 0 && titles[strings.ToLower(toks[i-1].word)] && toks[i-1].upper) {
			i++
			continue
		}
		best := -1
		for n := 0; n < 5 && i+n < len(toks); n++ {
			u := toks[i+n]
			if n > 0 {
				// tokens must be adjacent (one space or hyphen between)
				gap := string(rs[toks[i+n-1].e:u.s])
				if gap != " " && gap != "-" {
					break
				}
				if !u.upper && !connectors[strings.ToLower(u.word)] {
					break
				}
			}
			if !u.upper {
				continue
			}
			k := Key(string(rs[t.s:u.e]))
			ids := g.lookup(k)
			if len(ids) == 0 {
				continue
			}
			if n == 0 && (stopStart[lw] || !g.singleOK(ids, t.word, lower) || g.personLike(toks, i, rs) || inRun[t.word] && !g.major(ids)) {
				continue
			}
			if notPlaces[k] {
				continue
			}
			best = n
		}
		if best < 0 {
			// demonyms and other words: skip
			i++
			continue
		}
		out = append(out, Span{t.s, toks[i+best].e})
		i += best + 1
	}
	return out
}

func (g *Gazetteer) singleOK(ids []int32, word string, lower map[string]bool) bool {
	lw := strings.ToLower(word)
	if lower[lw] || len(lw) < 3 && word != "UK" && word != "US" {
		return false
	}
	// short all-caps words are acronyms unless they name a country ("UAE")
	if strings.ToUpper(word) == word && len(word) <= 5 && !strings.Contains(word, ".") {
		for _, id := range ids {
			if g.places[id].Kind == "country" {
				return true
			}
		}
		return false
	}
	for _, id := range ids {
		p := &g.places[id]
		switch {
		case p.Kind == "country", p.Kind == "region", p.Kind == "water", p.Feature == "ADM1", p.Feature == "PPLC":
			return true
		case p.Population >= 20000:
			return true
		}
	}
	return false
}

// personLike says a single capitalised token sits in a run of capitalised
// words ("David Allen", "Paris Hilton"): likely a person or organisation,
// not a lone toponym. A comma or parenthesis breaks the run ("Homs, Syria").
func (g *Gazetteer) personLike(toks []tok, i int, rs []rune) bool {
	adjacent := func(a, b tok) bool { return string(rs[a.e:b.s]) == " " }
	if i+1 < len(toks) && toks[i+1].upper && adjacent(toks[i], toks[i+1]) && !stopStart[strings.ToLower(toks[i+1].word)] {
		return true
	}
	if i > 0 && toks[i-1].upper && adjacent(toks[i-1], toks[i]) && !stopStart[strings.ToLower(toks[i-1].word)] && !sentenceStart(toks, i-1, rs) {
		return true
	}
	return false
}

// sentenceStart says token i begins a sentence (text start or after . ! ? or a newline).
func sentenceStart(toks []tok, i int, rs []rune) bool {
	for j := toks[i].s - 1; j >= 0; j-- {
		switch rs[j] {
		case ' ', '\t', '"', '\'', '“', '‘':
			continue
		case '.', '!', '?', '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// major says a name may be a country, admin1 region, capital or a city of
// 100,000 or more.
func (g *Gazetteer) major(ids []int32) bool {
	for _, id := range ids {
		p := &g.places[id]
		if p.Kind == "country" || p.Kind == "region" || p.Kind == "water" || p.Feature == "ADM1" || p.Feature == "PPLC" || p.Population >= 100000 {
			return true
		}
	}
	return false
}
