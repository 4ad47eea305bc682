package eval

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/tag"
)

func nerNear(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreNER(t *testing.T) {
	gold := [][]string{
		{"B-PER", "I-PER", "O", "B-LOC", "O"},
		{"B-ORG", "I-ORG", "O", "B-MISC"},
	}
	pred := [][]string{
		{"B-PER", "I-PER", "O", "B-ORG", "O"}, // PER right, LOC typed as ORG
		{"B-ORG", "O", "O", "B-MISC"},         // ORG span too short, MISC right
	}
	r := ScoreNER(gold, pred)
	// gold 4, predicted 4, correct 2.
	if r.Gold != 4 || r.Predicted != 4 || r.Correct != 2 || r.Sentences != 2 || r.Tokens != 9 {
		t.Fatalf("counts %+v", r)
	}
	if !nerNear(r.Precision, 0.5) || !nerNear(r.Recall, 0.5) || !nerNear(r.F1, 0.5) {
		t.Errorf("P/R/F %v %v %v", r.Precision, r.Recall, r.F1)
	}
	org := r.PerType["ORG"] // gold 1, predicted 2 (the bad LOC and the short ORG), correct 0
	if org.Gold != 1 || org.Predicted != 2 || org.Correct != 0 || org.F1 != 0 {
		t.Errorf("ORG %+v", org)
	}
	if loc := r.PerType["LOC"]; loc.Gold != 1 || loc.Predicted != 0 || loc.Recall != 0 || loc.Precision != 0 {
		t.Errorf("LOC %+v", loc)
	}
	if per := r.PerType["PER"]; per.F1 != 1 {
		t.Errorf("PER %+v", per)
	}

	// P = 1/2, R = 1/3: F1 = 2*(1/6)/(5/6) = 0.4.
	r = ScoreNER([][]string{{"B-LOC", "O", "B-LOC", "O", "B-PER"}}, [][]string{{"B-LOC", "O", "O", "B-PER", "I-PER"}})
	if !nerNear(r.Precision, 0.5) || !nerNear(r.Recall, 1.0/3) || !nerNear(r.F1, 0.4) {
		t.Errorf("P/R/F %v %v %v", r.Precision, r.Recall, r.F1)
	}
	// conlleval reads I-X after O as the start of a mention.
	r = ScoreNER([][]string{{"B-ORG", "I-ORG"}}, [][]string{{"I-ORG", "I-ORG"}})
	if r.F1 != 1 {
		t.Errorf("I- start: %+v", r)
	}
	// Nothing predicted, nothing gold: zeros, no NaN.
	r = ScoreNER([][]string{{"O"}}, [][]string{{"O"}})
	if r.F1 != 0 || r.Precision != 0 || r.Recall != 0 {
		t.Errorf("empty %+v", r)
	}
}

func TestEvalNER(t *testing.T) {
	path := filepath.Join("testdata", "ner", "tiny.conll")
	perfect := map[string]string{"Kofi": "B-PER", "Annan": "I-PER", "Nairobi": "B-LOC", "Red": "B-ORG", "Cross": "I-ORG", "Kenyan": "B-MISC", "NATO": "B-ORG", "Brussels": "B-LOC"}
	lookup := func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			if l, ok := perfect[w]; ok {
				out[i] = l
			} else {
				out[i] = "O"
			}
		}
		return out
	}
	r, err := EvalNER(path, lookup)
	if err != nil {
		t.Fatal(err)
	}
	if r.F1 != 1 || r.Sentences != 3 || r.Tokens != 16 || r.Gold != 6 {
		t.Errorf("%+v", r)
	}
	docs := 0
	r, err = EvalNERDocs(path, func(d [][]string) [][]string {
		docs++
		out := make([][]string, len(d))
		for i, s := range d {
			out[i] = lookup(s)
		}
		return out
	})
	if err != nil || docs != 2 || r.F1 != 1 {
		t.Errorf("docs %d, %+v, %v", docs, r, err)
	}
	allO := func(words []string) []string {
		out := make([]string, len(words))
		for i := range out {
			out[i] = "O"
		}
		return out
	}
	if r, _ := EvalNER(path, allO); r.F1 != 0 || r.Recall != 0 {
		t.Errorf("all O: %+v", r)
	}
	if _, err := EvalNER(path, func([]string) []string { return nil }); err == nil {
		t.Error("want an error for a tagger returning too few labels")
	}
	if _, err := EvalNER(filepath.Join("testdata", "ner", "missing.conll"), allO); err == nil {
		t.Error("want an error for a missing file")
	}
}

// The embedded tagger on the CoNLL-2003 dev set (eng.testa), when the
// shared data is there: the quality bar of 'sitrep eval ner'.
func TestEvalNERCoNLLDev(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "ner", "conll2003", "eng.testa")
	if testing.Short() {
		t.Skip("-short")
	}
	if _, err := os.Stat(path); err != nil {
		t.Skip("no CoNLL-2003 data at", path)
	}
	r, err := EvalNERDocs(path, tag.Default().TagDoc)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev F1 %.4f P %.4f R %.4f", r.F1, r.Precision, r.Recall)
	if r.F1 < 0.89 {
		t.Errorf("dev F1 %.4f < 0.89", r.F1)
	}
}
