package tag

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions tune Train.
type TrainOptions struct {
	Epochs    int       // passes over the training data (the best on dev is kept)
	Gazetteer Gazetteer // optional word list features
	DocFeats  bool      // document-level features (see TagDoc)
	Seed      uint64    // shuffling seed
	// SentenceDocs is the share of training documents whose sentences are
	// seen one by one, as if each were its own document, so that a model
	// with DocFeats also tags lone sentences well (Tag).
	SentenceDocs float64
	// WordDrop is the probability that a word seen at most twice in train
	// is seen without its identity features during training.
	WordDrop float64
	Log      io.Writer // progress per epoch; may be nil
}

// Train trains a tagger with the default options (document features on, no
// gazetteer, seed 1); see TrainWith.
func Train(train, dev []Sentence, epochs int, log io.Writer) (*Tagger, error) {
	return TrainWith(train, dev, TrainOptions{Epochs: epochs, DocFeats: true, SentenceDocs: 0.3, WordDrop: 0.6, Seed: 1, Log: log})
}

// baseLabels fixes the label order of CoNLL-2003 models.
var baseLabels = []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// TrainWith trains an averaged perceptron on train, shuffling documents
// with a fixed seed each epoch (so runs are reproducible), and returns the
// model of the epoch with the best F1 on dev (the last one if dev is empty).
func TrainWith(train, dev []Sentence, o TrainOptions) (*Tagger, error) {
	if len(train) == 0 {
		return nil, errors.New("tag: no training sentences")
	}
	if o.Epochs < 1 {
		o.Epochs = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	labels := slices.Clone(baseLabels)
	li := map[string]int{}
	for i, l := range labels {
		li[l] = i
	}
	for _, s := range train {
		if len(s.Words) != len(s.Labels) {
			return nil, errors.New("tag: sentence with words and labels of different lengths")
		}
		for _, l := range s.Labels {
			if _, ok := li[l]; !ok {
				li[l] = len(labels)
				labels = append(labels, l)
			}
		}
	}
	if len(labels) > 16 {
		return nil, fmt.Errorf("tag: %d labels, at most 16 supported", len(labels))
	}
	t := &Tagger{docFeat: o.DocFeats}
	t.setLabels(labels)
	t.setGaz(o.Gazetteer)

	docs := splitDocs(train)
	tr := &trainStep{n: len(labels), index: map[uint64]int32{}}
	rng := rand.New(rand.NewPCG(o.Seed, 0x5157))
	if o.WordDrop > 0 {
		freq := map[string]int{}
		for _, s := range train {
			for _, w := range s.Words {
				freq[normLower(w)]++
			}
		}
		tr.rare = map[string]bool{}
		for w, c := range freq {
			if c <= 2 {
				tr.rare[w] = true
			}
		}
		tr.dropP = o.WordDrop
		tr.rng = rand.New(rand.NewPCG(o.Seed, 0xd209))
	}
	var best *Tagger
	bestF := -1.0
	for ep := 1; ep <= o.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		errs, toks := 0, 0
		for _, d := range expandDocs(docs, rng, o.SentenceDocs) {
			var dc *docContext
			if t.docFeat {
				ws := make([][]string, len(d))
				for i, s := range d {
					ws[i] = s.Words
				}
				dc = newDocContext(ws)
			}
			for _, s := range d {
				tr.gold = tr.gold[:0]
				for _, l := range s.Labels {
					tr.gold = append(tr.gold, li[l])
				}
				out, tk := t.decode(s.Words, dc, tr)
				if dc != nil {
					dc.add(tk, out)
				}
				toks += len(s.Words)
			}
		}
		errs = tr.errs
		tr.errs = 0
		m := tr.export(t)
		f := -1.0
		if len(dev) > 0 {
			f = devF1(m, dev)
		}
		fmt.Fprintf(o.Log, "epoch %d: train token errors %.4f, features %d, dev F1 %.4f (%s)\n",
			ep, float64(errs)/float64(max(toks, 1)), len(m.index), f, time.Since(start).Round(time.Millisecond))
		if len(dev) == 0 || f > bestF {
			best, bestF = m, f
		}
	}
	return best, nil
}

// expandDocs splits a share p of docs into one-sentence documents.
func expandDocs(docs [][]Sentence, rng *rand.Rand, p float64) [][]Sentence {
	if p <= 0 {
		return docs
	}
	out := make([][]Sentence, 0, len(docs))
	for _, d := range docs {
		if rng.Float64() >= p {
			out = append(out, d)
			continue
		}
		for i := range d {
			out = append(out, d[i:i+1])
		}
	}
	return out
}

// splitDocs groups sentences into documents by DocStart.
func splitDocs(ss []Sentence) [][]Sentence {
	var docs [][]Sentence
	for i, s := range ss {
		if i == 0 || s.DocStart {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s)
	}
	return docs
}

// TagSentences tags sentences document by document (see TagDoc).
func (t *Tagger) TagSentences(ss []Sentence) [][]string {
	var out [][]string
	for _, d := range splitDocs(ss) {
		ws := make([][]string, len(d))
		for i, s := range d {
			ws[i] = s.Words
		}
		out = append(out, t.TagDoc(ws)...)
	}
	return out
}

// devF1 is the conlleval micro F1 of t on ss.
func devF1(t *Tagger, ss []Sentence) float64 {
	pred := t.TagSentences(ss)
	var tp, np, ng int
	for i, s := range ss {
		g := Mentions(s.Labels)
		p := Mentions(pred[i])
		ng += len(g)
		np += len(p)
		set := map[Mention]bool{}
		for _, m := range g {
			set[m] = true
		}
		for _, m := range p {
			if set[m] {
				tp++
			}
		}
	}
	if tp == 0 {
		return 0
	}
	pr, rc := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * pr * rc / (pr + rc)
}

// trainStep holds the perceptron's weights during training: w are the
// current weights, u the sum of c*update so that the average is w - u/c.
type trainStep struct {
	n     int
	index map[uint64]int32
	w     []float32
	u     []float64
	c     float64
	gold  []int
	errs  int
	// rare words lose their identity features with probability dropP, so
	// the model learns to tag words it has not seen.
	rare  map[string]bool
	dropP float64
	rng   *rand.Rand
}

func (tr *trainStep) score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := tr.index[f]
		if !ok {
			continue
		}
		row := tr.w[int(r)*tr.n : int(r)*tr.n+tr.n]
		for l, v := range row {
			scores[l] += float64(v)
		}
	}
}

func (tr *trainStep) row(f uint64) int {
	r, ok := tr.index[f]
	if !ok {
		r = int32(len(tr.index))
		tr.index[f] = r
		for range tr.n {
			tr.w = append(tr.w, 0)
			tr.u = append(tr.u, 0)
		}
	}
	return int(r) * tr.n
}

func (tr *trainStep) update(feats []uint64, pred, gold int) {
	tr.c++
	if pred == gold {
		return
	}
	tr.errs++
	for _, f := range feats {
		b := tr.row(f)
		tr.w[b+gold]++
		tr.u[b+gold] += tr.c
		tr.w[b+pred]--
		tr.u[b+pred] -= tr.c
	}
}

// export averages and quantises the weights into a Tagger sharing t's
// labels and settings, dropping rows that quantise to all zeros.
func (tr *trainStep) export(t *Tagger) *Tagger {
	maxAbs := 0.0
	avg := make([]float64, len(tr.w))
	for i, w := range tr.w {
		a := float64(w) - tr.u[i]/tr.c
		avg[i] = a
		maxAbs = max(maxAbs, math.Abs(a))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	m := &Tagger{scale: float32(scale), docFeat: t.docFeat, index: map[uint64]int32{}}
	m.setLabels(t.labels)
	m.setGaz(t.gaz)
	n := tr.n
	q := make([]int32, n)
	for f, r := range tr.index {
		nz := false
		for l := 0; l < n; l++ {
			q[l] = int32(math.Round(avg[int(r)*n+l] / scale))
			nz = nz || q[l] != 0
		}
		if !nz {
			continue
		}
		m.index[f] = int32(len(m.index))
		m.w = append(m.w, q...)
	}
	m.fast = newFeatTable(m.index)
	return m
}
