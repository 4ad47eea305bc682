// Package parseeval scores sitrep's syntax model (internal/syntax) on
// CoNLL-U treebanks: UPOS accuracy, unlabelled and labelled attachment.
//
// The model is run on the gold words of each sentence (gold tokenisation),
// so the scores measure tagging and parsing, not tokenisation. Every word is
// scored, punctuation included. LAS compares the universal part of the
// relation (before ':'), as the CoNLL 2018 shared task does; rel_accuracy_full
// is the share of words with the right head and the full relation
// ("nsubj:pass"). Sentences whose word forms are all underscores are
// skipped and counted: GUM's reddit documents ship without their text.
package parseeval

import (
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/syntax"
)

// Score is the result of one evaluation.
type Score struct {
	POSAccuracy  float64 `json:"pos_accuracy"`
	XPOSAccuracy float64 `json:"xpos_accuracy"`
	UAS          float64 `json:"uas"`
	LAS          float64 `json:"las"`
	LASFull      float64 `json:"las_full"`
	LemmaAcc     float64 `json:"lemma_accuracy"`
	Files        int     `json:"files"`
	Sentences    int     `json:"sentences"`
	Words        int     `json:"words"`
	Skipped      int     `json:"skipped_sentences"` // forms withheld ("___")
}

// Run scores the default model on path, a CoNLL-U file or a directory of
// .conllu files. split, when not empty, keeps only the documents listed
// under "## split" in a splits.md beside the directory or one level above it
// (the GUM layout: gum/splits.md and gum/dep/*.conllu); it needs a
// directory. verbose, if not nil, gets one line per file.
func Run(path, split string, verbose io.Writer) (Score, [][2]string, error) {
	return RunModel(syntax.Default(), path, split, verbose)
}

// RunModel is Run with a given model.
func RunModel(m *syntax.Model, path, split string, verbose io.Writer) (Score, [][2]string, error) {
	files, err := syntax.Files(path, split, false)
	if err != nil {
		return Score{}, nil, err
	}
	var c counts
	for _, f := range files {
		sents, err := syntax.ReadCoNLLUFile(f)
		if err != nil {
			return Score{}, nil, err
		}
		var fc counts
		for _, s := range sents {
			if withheld(s) {
				fc.skipped++
				continue
			}
			fc.add(s, m.Parse(formsOf(s)))
		}
		if verbose != nil {
			fmt.Fprintf(verbose, "%s\tpos %.4f\tuas %.4f\tlas %.4f\twords %d\n", f, fc.ratio(fc.pos), fc.ratio(fc.uas), fc.ratio(fc.las), fc.words)
		}
		c.merge(fc)
	}
	if c.words == 0 {
		return Score{}, nil, fmt.Errorf("%s: no words to score", path)
	}
	s := Score{
		POSAccuracy: c.ratio(c.pos), XPOSAccuracy: c.ratio(c.xpos),
		UAS: c.ratio(c.uas), LAS: c.ratio(c.las), LASFull: c.ratio(c.lasFull),
		LemmaAcc: c.ratio(c.lemma),
		Files:    len(files), Sentences: c.sents, Words: c.words, Skipped: c.skipped,
	}
	table := [][2]string{
		{"pos_accuracy", fmt.Sprintf("%.4f", s.POSAccuracy)},
		{"xpos_accuracy", fmt.Sprintf("%.4f", s.XPOSAccuracy)},
		{"uas", fmt.Sprintf("%.4f", s.UAS)},
		{"las", fmt.Sprintf("%.4f", s.LAS)},
		{"las_full", fmt.Sprintf("%.4f", s.LASFull)},
		{"lemma_accuracy", fmt.Sprintf("%.4f", s.LemmaAcc)},
		{"files / sentences / words", fmt.Sprintf("%d / %d / %d", s.Files, s.Sentences, s.Words)},
		{"skipped sentences (text withheld)", fmt.Sprint(s.Skipped)},
	}
	return s, table, nil
}

func formsOf(s syntax.Sentence) []string {
	f := make([]string, len(s.Words))
	for i, w := range s.Words {
		f[i] = w.Form
	}
	return f
}

// withheld reports a sentence whose forms are all underscores.
func withheld(s syntax.Sentence) bool {
	for _, w := range s.Words {
		if strings.Trim(w.Form, "_") != "" {
			return false
		}
	}
	return true
}

type counts struct {
	words, sents, skipped               int
	pos, xpos, uas, las, lasFull, lemma int
}

func (c *counts) ratio(k int) float64 {
	if c.words == 0 {
		return 0
	}
	return float64(k) / float64(c.words)
}

func (c *counts) merge(o counts) {
	c.words += o.words
	c.sents += o.sents
	c.skipped += o.skipped
	c.pos += o.pos
	c.xpos += o.xpos
	c.uas += o.uas
	c.las += o.las
	c.lasFull += o.lasFull
	c.lemma += o.lemma
}

func universal(rel string) string {
	r, _, _ := strings.Cut(strings.ToLower(rel), ":")
	return r
}

func (c *counts) add(s syntax.Sentence, got []syntax.Token) {
	c.sents++
	for i, g := range s.Words {
		c.words++
		if i >= len(got) {
			continue
		}
		t := got[i]
		if t.UPOS == g.UPOS {
			c.pos++
		}
		if t.XPOS == g.XPOS {
			c.xpos++
		}
		if t.Lemma == g.Lemma {
			c.lemma++
		}
		if t.Head == g.Head {
			c.uas++
			if universal(t.Rel) == universal(g.Rel) {
				c.las++
			}
			if strings.EqualFold(t.Rel, g.Rel) {
				c.lasFull++
			}
		}
	}
}
