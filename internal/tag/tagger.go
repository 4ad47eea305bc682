// Package tag is sitrep's named-entity tagger: an averaged perceptron that
// labels words left to right with IOB2 tags (B-/I- PER, LOC, ORG, MISC, and
// O), trained on CoNLL-2003 by 'sitrep train ner' and embedded as model.bin.
//
// Use:
//
//	labels := tag.Default().Tag([]string{"Putin", "visited", "Damascus", "."})
//	for _, m := range tag.Mentions(labels) { ... } // token spans and types
//
// Features are hashed strings of the word, its lowercase form, shape,
// prefixes and suffixes, capitalisation, its neighbours within two words,
// the two previous labels, a word list (countries, capitals and demonyms
// from GeoNames and CLIFF, cities of 100,000 people or more from GeoNames,
// first and last names of political leaders from the PETRARCH Phoenix
// actor dictionary), and with TagDoc what the rest of the document says
// about the word (its labels there, how it is capitalised).
//
// The model is greedy with two previous labels and BIO constraints (I-X only
// after B-X or I-X). Retrain with 'sitrep train ner'; the training is
// reproducible byte for byte.
package tag

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed model.bin
var modelBin []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the embedded model, loaded once per process. It is safe
// for concurrent use. It panics if the embedded model is corrupt (a build
// defect, caught by the tests).
func Default() *Tagger {
	defaultOnce.Do(func() {
		t, err := Load(modelBin)
		if err != nil {
			panic("tag: embedded model: " + err.Error())
		}
		defaultTagger = t
	})
	return defaultTagger
}

// Tagger is a trained model. Its methods are safe for concurrent use.
type Tagger struct {
	labels []string
	// allowed[p][l]: label l may follow label p (p == len(labels) is the
	// sentence start); I-X only after B-X or I-X.
	allowed [][]bool
	index   map[uint64]int32 // feature hash -> row in w
	fast    featTable        // the same, for decoding
	w       []int32          // len(labels) weights per row (quantised)
	scale   float32
	gaz     Gazetteer
	gazMax  int
	gazLong map[string]int // first word of a multi-word entry -> the most words such an entry has
	docFeat bool
}

// Labels returns the labels the model knows.
func (t *Tagger) Labels() []string { return append([]string(nil), t.labels...) }

func (t *Tagger) setLabels(labels []string) {
	t.labels = labels
	n := len(labels)
	t.allowed = make([][]bool, n+1)
	for p := 0; p <= n; p++ {
		t.allowed[p] = make([]bool, n)
		for l := 0; l < n; l++ {
			lp, lt := splitLabel(labels[l])
			ok := true
			if lp == 'I' {
				ok = false
				if p < n {
					pp, pt := splitLabel(labels[p])
					ok = pp != 'O' && pt == lt
				}
			}
			t.allowed[p][l] = ok
		}
	}
}

func (t *Tagger) setGaz(g Gazetteer) {
	t.gaz = g
	t.gazMax = 0
	t.gazLong = map[string]int{}
	for k := range g {
		n := 1
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				n++
			}
		}
		t.gazMax = max(t.gazMax, n)
		if n > 1 {
			first, _, _ := strings.Cut(k, " ")
			t.gazLong[first] = max(t.gazLong[first], n)
		}
	}
}

// Tag returns one IOB2 label per word of one sentence. Words are tokens as
// in CoNLL-2003: punctuation separate, "al-Assad" and "U.S." whole. The
// sentence is tagged as a document of its own; prefer TagDoc for the
// sentences of an article (dev F1 0.899 against 0.885 sentence by sentence).
func (t *Tagger) Tag(words []string) []string {
	if t.docFeat {
		return t.TagDoc([][]string{words})[0]
	}
	out, _ := t.decode(words, nil, nil)
	return out
}

// TagDoc tags the sentences of one document (one article). It tags them in
// order, each sentence seeing how earlier ones labelled the same words and
// how the document capitalises them, then tags them all again, now seeing
// the labels of the whole document.
func (t *Tagger) TagDoc(sents [][]string) [][]string {
	var dc *docContext
	if t.docFeat {
		dc = newDocContext(sents)
	}
	out := make([][]string, len(sents))
	for i, s := range sents {
		var toks []token
		out[i], toks = t.decode(s, dc, nil)
		if dc != nil {
			dc.add(toks, out[i])
		}
	}
	if dc != nil {
		// A second pass, in which every sentence also sees the labels
		// that later sentences gave a word (dev F1 +0.4 points).
		for i, s := range sents {
			var toks []token
			out[i], toks = t.decode(s, dc, nil)
			dc.add(toks, out[i])
		}
	}
	return out
}

// decode tags greedily left to right. With tr set (training) it scores
// with the trainer's current weights and updates them against gold.
func (t *Tagger) decode(words []string, dc *docContext, tr *trainStep) ([]string, []token) {
	if len(words) == 0 {
		return []string{}, nil
	}
	toks := t.tokens(words)
	if tr != nil && tr.rare != nil {
		for i := range toks {
			if tr.rare[toks[i].lower] && tr.rng.Float64() < tr.dropP {
				toks[i].drop = true
			}
		}
	}
	caps := capsLine(words)
	n := len(t.labels)
	out := make([]string, len(words))
	prev, prev2 := n, n // indices; n = start
	var feats []uint64
	scores := make([]float64, n)
	iscores := make([]int64, n)
	for i := range words {
		feats = t.staticFeats(feats[:0], toks, i, caps, dc)
		next := &eos
		if i+1 < len(toks) {
			next = &toks[i+1]
		}
		feats = tagFeats(feats, t.labelOr(prev, "<s>"), t.labelOr(prev2, "<s>"), &toks[i], next)
		best := -1
		if tr != nil {
			for k := range scores {
				scores[k] = 0
			}
			tr.score(feats, scores)
			for l := 0; l < n; l++ {
				if t.allowed[prev][l] && (best < 0 || scores[l] > scores[best]) {
					best = l
				}
			}
			tr.update(feats, best, tr.gold[i])
		} else {
			for k := range iscores {
				iscores[k] = 0
			}
			for _, f := range feats {
				r, ok := t.fast.get(f)
				if !ok {
					continue
				}
				row := t.w[int(r)*n : int(r)*n+n]
				for l, v := range row {
					iscores[l] += int64(v)
				}
			}
			for l := 0; l < n; l++ {
				if t.allowed[prev][l] && (best < 0 || iscores[l] > iscores[best]) {
					best = l
				}
			}
		}
		out[i] = t.labels[best]
		prev2, prev = prev, best
	}
	return out, toks
}

func (t *Tagger) labelOr(i int, start string) string {
	if i >= len(t.labels) {
		return start
	}
	return t.labels[i]
}
