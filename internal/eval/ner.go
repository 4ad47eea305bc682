package eval

import (
	"fmt"
	"os"
	"sort"

	"github.com/sitrep/sitrep/internal/tag"
)

// NERTypeScore is the score of one entity type.
type NERTypeScore struct {
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Gold      int     `json:"gold"`      // mentions in the gold data
	Predicted int     `json:"predicted"` // mentions the tagger found
	Correct   int     `json:"correct"`   // predicted mentions with the exact gold span and type
}

// NERResult is the conlleval score of a tagger on a CoNLL file: exact
// entity spans and types, micro-averaged over all mentions, and per type.
type NERResult struct {
	F1        float64                 `json:"f1"`
	Precision float64                 `json:"precision"`
	Recall    float64                 `json:"recall"`
	Sentences int                     `json:"sentences"`
	Tokens    int                     `json:"tokens"`
	Gold      int                     `json:"gold"`
	Predicted int                     `json:"predicted"`
	Correct   int                     `json:"correct"`
	PerType   map[string]NERTypeScore `json:"per_type"`
}

// EvalNER reads a CoNLL-2003 file and scores tag, called once per sentence.
func EvalNER(path string, tagger func(words []string) []string) (NERResult, error) {
	return EvalNERDocs(path, func(doc [][]string) [][]string {
		out := make([][]string, len(doc))
		for i, s := range doc {
			out[i] = tagger(s)
		}
		return out
	})
}

// EvalNERDocs is EvalNER for a tagger that sees a whole document (the
// sentences between -DOCSTART- lines) at once.
func EvalNERDocs(path string, tagDoc func(doc [][]string) [][]string) (NERResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return NERResult{}, err
	}
	defer f.Close()
	sents, err := tag.ReadCoNLL(f)
	if err != nil {
		return NERResult{}, fmt.Errorf("%s: %w", path, err)
	}
	if len(sents) == 0 {
		return NERResult{}, fmt.Errorf("%s: no sentences", path)
	}
	var gold, pred [][]string
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !sents[j].DocStart {
			j++
		}
		doc := make([][]string, j-i)
		for k := range doc {
			doc[k] = sents[i+k].Words
			gold = append(gold, sents[i+k].Labels)
		}
		out := tagDoc(doc)
		if len(out) != len(doc) {
			return NERResult{}, fmt.Errorf("tagger returned %d sentences for %d", len(out), len(doc))
		}
		for k, o := range out {
			if len(o) != len(doc[k]) {
				return NERResult{}, fmt.Errorf("tagger returned %d labels for %d words", len(o), len(doc[k]))
			}
		}
		pred = append(pred, out...)
		i = j
	}
	return ScoreNER(gold, pred), nil
}

// ScoreNER scores predicted against gold IOB label sequences as conlleval
// does: a mention counts when its span and type match a gold one exactly.
func ScoreNER(gold, pred [][]string) NERResult {
	res := NERResult{PerType: map[string]NERTypeScore{}}
	for i := range gold {
		res.Sentences++
		res.Tokens += len(gold[i])
		g := tag.Mentions(gold[i])
		var p []tag.Mention
		if i < len(pred) {
			p = tag.Mentions(pred[i])
		}
		set := make(map[tag.Mention]bool, len(g))
		for _, m := range g {
			set[m] = true
			ts := res.PerType[m.Type]
			ts.Gold++
			res.PerType[m.Type] = ts
		}
		for _, m := range p {
			ts := res.PerType[m.Type]
			ts.Predicted++
			if set[m] {
				ts.Correct++
			}
			res.PerType[m.Type] = ts
		}
	}
	types := make([]string, 0, len(res.PerType))
	for k := range res.PerType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		ts := res.PerType[k]
		ts.Precision, ts.Recall, ts.F1 = PRF(ts.Correct, ts.Predicted, ts.Gold)
		res.PerType[k] = ts
		res.Gold += ts.Gold
		res.Predicted += ts.Predicted
		res.Correct += ts.Correct
	}
	res.Precision, res.Recall, res.F1 = PRF(res.Correct, res.Predicted, res.Gold)
	return res
}

// PRF is precision, recall and F1 from counts (0 where undefined); every
// suite that counts matches uses it.
func PRF(correct, predicted, gold int) (p, r, f float64) {
	if predicted > 0 {
		p = float64(correct) / float64(predicted)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
