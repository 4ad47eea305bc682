package syntax

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
)

// Training reproduces the embedded weights: the same files in the same order
// give the same bytes (seeded shuffles, sorted serialisation).
//
// The shipped model is trained on the GUM train split minus ExcludedGenres:
//
//	files, _ := syntax.Files("../shared/data/treebank/gum/dep", "train", true)
//	lex, _ := syntax.ReadLexicon("../shared/data/ner/conll2003/eng.train")
//	pos, _ := syntax.TrainPOS(files, lex, os.Stderr)
//	par, _ := syntax.TrainParser(files, lex, os.Stderr)
//
// (`sitrep train pos` and `sitrep train parser`.)

// TrainPOS trains the UPOS+XPOS tagger on CoNLL-U files, with lex (may be
// nil) as the word-class hints it sees and keeps, and returns the bytes of
// pos.bin. progress, if not nil, gets one line per epoch.
func TrainPOS(conlluFiles []string, lex Lexicon, progress io.Writer) ([]byte, error) {
	sents, err := ReadAll(conlluFiles)
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, errors.New("no training sentences")
	}
	return trainTagger(sents, lex, progress).encode()
}

// jackknifeFolds is how many taggers TrainParser trains to tag its own
// training data: each fold is tagged by a tagger that did not see it, so the
// parser learns from tags as noisy as the ones it will get.
const jackknifeFolds = 5

// TrainParser trains the transition parser and relation labeller on
// CoNLL-U files and returns the bytes of parser.bin; lex must be the
// Lexicon the shipped tagger was trained with. It tags the training
// data by jackknifing (see jackknifeFolds), so it needs no POS model.
func TrainParser(conlluFiles []string, lex Lexicon, progress io.Writer) ([]byte, error) {
	sents, err := ReadAll(conlluFiles)
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, errors.New("no training sentences")
	}
	data, rels, err := prepareParserData(sents, lex, progress)
	if err != nil {
		return nil, err
	}
	return trainParser(data, rels, progress).encode()
}

// prepareParserData tags sents by jackknifing and builds the parser's
// training instances and relation set. Folds are tagged in parallel; each
// is independent, so the result does not depend on scheduling.
func prepareParserData(sents []Sentence, lex Lexicon, progress io.Writer) ([]tagged, []string, error) {
	data := make([]tagged, len(sents))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	for k := 0; k < jackknifeFolds; k++ {
		var train []Sentence
		var idx []int
		for i, s := range sents {
			if i%jackknifeFolds != k {
				train = append(train, s)
			} else {
				idx = append(idx, i)
			}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			tagWith(trainTagger(train, lex, nil), sents, data, idx)
		}()
	}
	wg.Wait()
	if progress != nil {
		fmt.Fprintf(progress, "jackknife: %d folds tagged\n", jackknifeFolds)
	}
	var rels labelSet
	rels.id("root")
	setGold(sents, data, &rels)
	// Each sentence is also given with its gold tags (dev UAS +0.11 at
	// two seeds): the parser then learns both what the tags mean and how
	// far to trust the tagger's.
	data = append(data, goldTagged(sents, data)...)
	setGold(sents, data[len(sents):], &rels)
	if len(rels.names) > 255 {
		return nil, nil, errors.New("too many relations")
	}
	return data, rels.names, nil
}

// setGold fills the gold heads (root = n) and relation ids of data.
func setGold(sents []Sentence, data []tagged, rels *labelSet) {
	for i, s := range sents {
		d := &data[i]
		d.gold, d.rels = make([]int, d.n+1), make([]int, d.n)
		d.gold[d.n] = -1 // the root has no head
		for j, w := range s.Words {
			h := w.Head
			if h < 0 {
				h = d.n
			}
			d.gold[j] = h
			d.rels[j] = rels.id(strings.ToLower(w.Rel))
		}
	}
}

// tagWith builds parser instances for sents tagged by t.
func tagWith(t *tagger, sents []Sentence, data []tagged, idx []int) {
	var feats []uint64
	scores := make([]float32, 256)
	for _, i := range idx {
		s := sents[i]
		n := len(s.Words)
		d := &data[i]
		d.n = n
		d.info = make([]wordInfo, n)
		prepare(forms(s), d.info)
		upos, xpos := make([]int, n), make([]int, n)
		feats = t.tag(d.info, upos, xpos, feats, scores)
		uh, xh := make([]uint64, n), make([]uint64, n)
		for j := range upos {
			uh[j], xh[j] = t.uposHash[upos[j]], t.xposHash[xpos[j]]
		}
		d.pw.set(d.info, xh, uh)
	}
}

// goldTagged builds parser instances for sents with their gold tags, sharing
// the word views of the jackknifed instances jk.
func goldTagged(sents []Sentence, jk []tagged) []tagged {
	g := make([]tagged, len(sents))
	for i, s := range sents {
		d := &g[i]
		d.n = len(s.Words)
		d.info = jk[i].info
		uh, xh := make([]uint64, d.n), make([]uint64, d.n)
		for j, w := range s.Words {
			uh[j], xh[j] = hs(w.UPOS), hs(w.XPOS)
		}
		d.pw.set(d.info, xh, uh)
	}
	return g
}
