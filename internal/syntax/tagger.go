package syntax

import (
	"fmt"
	"io"
	"math/rand"
	"slices"
	"sort"
	"strings"
)

// The tagger is two greedy left-to-right averaged perceptrons: UPOS first,
// then XPOS (Penn tags) with the UPOS of the window as features. Frequent
// words that always had one UPOS in training skip the first classifier.

// Tag template ids.
const (
	tBias uint64 = iota + 1
	tW
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tShape
	tFlags
	tWm1
	tWp1
	tWm2
	tWp2
	tTm1
	tTm2Tm1
	tTm1W
	tSufM1
	tSufP1
	tShapeM1
	tShapeP1
	tWWp1
	tWm1W
	tShapeP2
	tTm1Wp1
	tAmb
	tAmbP1
	tAmbP2
	tAmbM1
	tTm1AmbP1
	tAmbAmbP1
	tWAmbP1
	tLex
	tLexP1
	tLexM1
	tAmbLex
	tFlagsLex
	// XPOS templates.
	xBias
	xU
	xUW
	xUSuf1
	xUSuf2
	xUSuf3
	xUm1U
	xUUp1
	xXm1
	xUWp1
	xUWm1
	xUFlags
	xW
	xULex
	xXm1Lex
)

var padInfo = wordInfo{low: hs("<pad>"), shape: hs("<pad>"), pre1: hs("<pad>"), pre2: hs("<pad>"),
	suf: [4]uint64{hs("<pad>"), hs("<pad>"), hs("<pad>"), hs("<pad>")}}

func at(info []wordInfo, i int) *wordInfo {
	if i < 0 || i >= len(info) {
		return &padInfo
	}
	return &info[i]
}

// uposFeats appends the UPOS features of word i given the tag hashes of the
// two previous words.
func uposFeats(f []uint64, info []wordInfo, i int, tm1, tm2 uint64) []uint64 {
	w, m1, p1, m2, p2 := &info[i], at(info, i-1), at(info, i+1), at(info, i-2), at(info, i+2)
	return append(f,
		ft1(tBias, 0),
		ft1(tW, w.low),
		ft1(tSuf1, w.suf[0]),
		ft1(tSuf2, w.suf[1]),
		ft1(tSuf3, w.suf[2]),
		ft1(tSuf4, w.suf[3]),
		ft1(tPre1, w.pre1),
		ft1(tPre2, w.pre2),
		ft1(tShape, w.shape),
		ft1(tFlags, w.flags),
		ft1(tWm1, m1.low),
		ft1(tWp1, p1.low),
		ft1(tWm2, m2.low),
		ft1(tWp2, p2.low),
		ft1(tTm1, tm1),
		ft2(tTm2Tm1, tm2, tm1),
		ft2(tTm1W, tm1, w.low),
		ft1(tSufM1, m1.suf[2]),
		ft1(tSufP1, p1.suf[2]),
		ft1(tShapeM1, m1.shape),
		ft1(tShapeP1, p1.shape),
		ft2(tWWp1, w.low, p1.low),
		ft2(tWm1W, m1.low, w.low),
		ft1(tShapeP2, p2.shape),
		ft2(tTm1Wp1, tm1, p1.low),
		ft1(tAmb, w.amb),
		ft1(tAmbP1, p1.amb),
		ft1(tAmbP2, p2.amb),
		ft1(tAmbM1, m1.amb),
		ft2(tTm1AmbP1, tm1, p1.amb),
		ft2(tAmbAmbP1, w.amb, p1.amb),
		ft2(tWAmbP1, w.low, p1.amb),
		ft1(tLex, w.lex),
		ft1(tLexP1, p1.lex),
		ft1(tLexM1, m1.lex),
		ft2(tAmbLex, w.amb, w.lex),
		ft2(tFlagsLex, w.flags, w.lex),
	)
}

// xposFeats appends the XPOS features of word i given UPOS hashes u and the
// previous XPOS hash.
func xposFeats(f []uint64, info []wordInfo, u []uint64, i int, xm1 uint64) []uint64 {
	w, m1, p1 := &info[i], at(info, i-1), at(info, i+1)
	um1, up1 := padInfo.low, padInfo.low
	if i > 0 {
		um1 = u[i-1]
	}
	if i+1 < len(u) {
		up1 = u[i+1]
	}
	return append(f,
		ft1(xBias, 0),
		ft1(xU, u[i]),
		ft2(xUW, u[i], w.low),
		ft2(xUSuf1, u[i], w.suf[0]),
		ft2(xUSuf2, u[i], w.suf[1]),
		ft2(xUSuf3, u[i], w.suf[2]),
		ft2(xUm1U, um1, u[i]),
		ft2(xUUp1, u[i], up1),
		ft2(xXm1, xm1, u[i]),
		ft2(xUWp1, u[i], p1.low),
		ft2(xUWm1, u[i], m1.low),
		ft2(xUFlags, u[i], w.flags),
		ft1(xW, w.low),
		ft2(xULex, u[i], w.lex),
		ft2(xXm1Lex, xm1, w.lex),
	)
}

// tagger is the shipped POS model.
type tagger struct {
	upos, xpos           *weights
	uposIDs, xposIDs     map[string]int // training only
	uposNames, xposNames []string
	uposHash, xposHash   []uint64
	dict                 map[string]uint8  // lower-cased word -> its only UPOS
	amb                  map[string]uint64 // lower-cased word -> ambiguity class hash
	lex                  Lexicon           // lower-cased word -> news-corpus tag class
	verbID               int               // UPOS id of VERB
}

// index derives the tag hashes and ids from the tag names.
func (t *tagger) index() {
	t.uposHash, t.xposHash = hashes(t.uposNames), hashes(t.xposNames)
	t.verbID = slices.Index(t.uposNames, "VERB")
}

// modals take a bare verb: the word after one (or after its "not") is
// that verb.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "shall": true,
	"should": true, "may": true, "might": true, "must": true, "wo": true, "ca": true}

// takesVerb reports whether word i follows a modal auxiliary or the
// infinitive marker "to" (as the tagger has them), directly or after a
// negation: the word is a bare verb.
func takesVerb(info []wordInfo, upos []int, i int, names []string) bool {
	j := i - 1
	if j >= 0 && (info[j].lower == "not" || info[j].lower == "n't") {
		j--
	}
	if j < 0 {
		return false
	}
	switch {
	case info[j].lower == "to":
		return names[upos[j]] == "PART"
	case modals[info[j].lower]:
		// a sentence's first word is a question's modal ("Can people
		// ..."), whose next word is its subject
		return j > 0 && names[upos[j]] == "AUX"
	}
	return false
}

var (
	unknownAmb = hs("<unk>")
	unknownLex = hs("<unk-lex>")
)

// setAmb fills the ambiguity and lexicon classes of info.
func (t *tagger) setAmb(info []wordInfo) {
	for i := range info {
		a, ok := t.amb[info[i].lower]
		if !ok {
			a = unknownAmb
		}
		info[i].amb = a
		l, ok := t.lex[info[i].lower]
		if !ok {
			l = unknownLex
		}
		info[i].lex = l
	}
}

var startHash = hs("<s>")

// firstPass runs the left-to-right UPOS pass, filling upos and returning
// the tag hashes.
func (t *tagger) firstPass(info []wordInfo, upos []int, feats []uint64, scores []float32) []uint64 {
	uh := make([]uint64, len(info))
	tm1, tm2 := startHash, startHash
	su := scores[:t.upos.nClass]
	for i := range info {
		if c, ok := t.dict[info[i].lower]; ok {
			upos[i] = int(c)
		} else {
			feats = uposFeats(feats[:0], info, i, tm1, tm2)
			t.upos.score(feats, su)
			upos[i] = argmax(su)
		}
		if t.verbID >= 0 && takesVerb(info, upos, i, t.uposNames) && (t.uposNames[upos[i]] == "ADJ" || t.uposNames[upos[i]] == "NOUN") {
			// "would free the prisoners", "to complain": a modal or
			// "to" takes a verb, also one the treebank only had in
			// another class
			upos[i] = t.verbID
		}
		uh[i] = t.uposHash[upos[i]]
		tm2, tm1 = tm1, uh[i]
	}
	return uh
}

// tagUPOS runs the UPOS pass and returns the tag hashes.
func (t *tagger) tagUPOS(info []wordInfo, upos []int, feats []uint64, scores []float32) []uint64 {
	t.setAmb(info)
	return t.firstPass(info, upos, feats, scores)
}

// tag fills upos and xpos (class ids) for the prepared words.
func (t *tagger) tag(info []wordInfo, upos, xpos []int, feats []uint64, scores []float32) []uint64 {
	uh := t.tagUPOS(info, upos, feats, scores)
	xm1 := startHash
	sx := scores[:t.xpos.nClass]
	for i := range info {
		feats = xposFeats(feats[:0], info, uh, i, xm1)
		t.xpos.score(feats, sx)
		xpos[i] = argmax(sx)
		xm1 = t.xposHash[xpos[i]]
	}
	return feats
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// labelSet maps label strings to dense ids in first-seen order.
type labelSet struct {
	names []string
	ids   map[string]int
}

func (l *labelSet) id(s string) int {
	if l.ids == nil {
		l.ids = map[string]int{}
	}
	if i, ok := l.ids[s]; ok {
		return i
	}
	l.ids[s] = len(l.names)
	l.names = append(l.names, s)
	return len(l.names) - 1
}

func hashes(names []string) []uint64 {
	h := make([]uint64, len(names))
	for i, n := range names {
		h[i] = hs(n)
	}
	return h
}

// tagEpochs is how many passes the tagger makes over its training data
// (5 and 16 scored the same on dev).
const tagEpochs = 10

// Tagger training settings.
const (
	dictMin    = 20   // occurrences for a word to enter the tag dictionary
	dictPurity = 0.99 // share of its occurrences that must have one UPOS
	ambMin     = 2    // occurrences for a word to get an ambiguity class
	pruneTag   = 0.1  // averaged weights below this are dropped (no loss on dev)
)

// trainTagger trains the UPOS and XPOS perceptrons on sents, together: the
// XPOS pass learns from the UPOS pass's guesses of the moment, which are
// about as noisy as at run time. The shuffle is seeded, so the result is a
// function of the input alone.
func trainTagger(sents []Sentence, lex Lexicon, progress io.Writer) *tagger {
	t := newTagger(sents)
	t.lex = lex
	infos := make([][]wordInfo, len(sents))
	for i, s := range sents {
		infos[i] = make([]wordInfo, len(s.Words))
		prepare(forms(s), infos[i])
		t.setAmb(infos[i])
	}
	ut, xt := newTrainer(len(t.uposNames)), newTrainer(len(t.xposNames))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(1))
	var feats []uint64
	scores := make([]float32, 256)
	for ep := 0; ep < tagEpochs; ep++ {
		correct, total := 0, 0
		for _, si := range order {
			s, info := sents[si], infos[si]
			uh := make([]uint64, len(s.Words))
			tm1, tm2 := startHash, startHash
			for i, w := range s.Words {
				gold := t.uposIDs[w.UPOS]
				guess := gold
				if c, ok := t.dict[info[i].lower]; ok {
					guess = int(c)
				} else {
					feats = uposFeats(feats[:0], info, i, tm1, tm2)
					ut.score(feats, scores[:ut.nClass])
					guess = argmax(scores[:ut.nClass])
					ut.update(feats, gold, guess)
					ut.tick()
				}
				if guess == gold {
					correct++
				}
				total++
				uh[i] = t.uposHash[guess]
				tm2, tm1 = tm1, uh[i]
			}
			xm1 := startHash
			for i, w := range s.Words {
				gold := t.xposIDs[w.XPOS]
				feats = xposFeats(feats[:0], info, uh, i, xm1)
				xt.score(feats, scores[:xt.nClass])
				guess := argmax(scores[:xt.nClass])
				xt.update(feats, gold, guess)
				xt.tick()
				xm1 = t.xposHash[guess]
			}
		}
		if progress != nil {
			fmt.Fprintf(progress, "pos epoch %d: train upos %.4f\n", ep+1, float64(correct)/float64(max(total, 1)))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	t.upos, t.xpos = ut.average(pruneTag), xt.average(pruneTag)
	return t
}

// newTagger collects the tag sets, tag dictionary and ambiguity classes.
func newTagger(sents []Sentence) *tagger {
	var ul, xl labelSet
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			u := ul.id(w.UPOS)
			xl.id(w.XPOS)
			l := strings.ToLower(w.Form)
			if counts[l] == nil {
				counts[l] = map[int]int{}
			}
			counts[l][u]++
		}
	}
	t := &tagger{uposNames: ul.names, xposNames: xl.names, dict: map[string]uint8{}, amb: map[string]uint64{}}
	t.index()
	t.uposIDs, t.xposIDs = ul.ids, xl.ids
	for w, m := range counts {
		n, best, bc := 0, 0, 0
		for c, k := range m {
			n += k
			if k > bc || (k == bc && c < best) {
				best, bc = c, k
			}
		}
		if n >= dictMin && float64(bc) >= dictPurity*float64(n) {
			t.dict[w] = uint8(best)
		}
		if n >= ambMin {
			t.amb[w] = ambClass(m, n)
		}
	}
	return t
}

// ambClass hashes the set of tags that make up at least 5% of a word's
// training occurrences.
func ambClass(m map[int]int, n int) uint64 {
	var ids []int
	for c, k := range m {
		if k*20 >= n {
			ids = append(ids, c)
		}
	}
	sort.Ints(ids)
	h := uint64(fnvOffset)
	for _, c := range ids {
		h = (h ^ uint64(c+1)) * fnvPrime
	}
	return h
}

func forms(s Sentence) []string {
	f := make([]string, len(s.Words))
	for i, w := range s.Words {
		f[i] = w.Form
	}
	return f
}
