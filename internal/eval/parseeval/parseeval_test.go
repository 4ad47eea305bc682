package parseeval

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/syntax"
)

func TestRunSplits(t *testing.T) {
	tests := []struct {
		path, split      string
		files, sents, ws int
		skipped          int
	}{
		{"testdata/treebank/dep", "", 3, 3, 17, 1},
		{"testdata/treebank/dep", "dev", 1, 1, 5, 1},
		{"testdata/treebank/dep", "test", 1, 1, 6, 0},
		{"testdata/treebank/dep/TB_news_beta.conllu", "", 1, 1, 6, 0},
	}
	for _, tc := range tests {
		s, table, err := Run(tc.path, tc.split, nil)
		if err != nil {
			t.Fatalf("%s %q: %v", tc.path, tc.split, err)
		}
		if s.Files != tc.files || s.Sentences != tc.sents || s.Words != tc.ws || s.Skipped != tc.skipped {
			t.Errorf("%s %q: got %+v", tc.path, tc.split, s)
		}
		if len(table) == 0 {
			t.Error("empty table")
		}
		for _, v := range []float64{s.POSAccuracy, s.UAS, s.LAS} {
			if v < 0 || v > 1 {
				t.Errorf("score %v out of range", v)
			}
		}
		if s.LAS > s.UAS {
			t.Errorf("LAS %v > UAS %v", s.LAS, s.UAS)
		}
	}
}

func TestRunErrors(t *testing.T) {
	for _, tc := range []struct{ path, split string }{
		{"testdata/nope", ""},
		{"testdata/treebank/dep/TB_news_beta.conllu", "dev"},
		{"testdata/treebank/dep", "nosuchsplit"},
	} {
		if _, _, err := Run(tc.path, tc.split, nil); err == nil {
			t.Errorf("Run(%q, %q): want error", tc.path, tc.split)
		}
	}
}

func TestScoreJSON(t *testing.T) {
	b, _ := json.Marshal(Score{})
	for _, k := range []string{`"pos_accuracy"`, `"uas"`, `"las"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON %s lacks %s", b, k)
		}
	}
}

// TestCounting scores a fixed fake parse, so the arithmetic is checked
// without depending on the model.
func TestCounting(t *testing.T) {
	gold := syntax.Sentence{Words: []syntax.GoldWord{
		{Form: "a", UPOS: "DET", Head: 1, Rel: "det"},
		{Form: "b", UPOS: "NOUN", Head: -1, Rel: "root"},
		{Form: "c", UPOS: "ADJ", Head: 1, Rel: "amod"},
		{Form: "d", UPOS: "VERB", Head: 1, Rel: "acl:relcl"},
	}}
	got := []syntax.Token{
		{UPOS: "DET", Head: 1, Rel: "det"},
		{UPOS: "NOUN", Head: -1, Rel: "root"},
		{UPOS: "NOUN", Head: 3, Rel: "amod"},
		{UPOS: "VERB", Head: 1, Rel: "acl"},
	}
	var c counts
	c.add(gold, got)
	if c.pos != 3 || c.uas != 3 || c.las != 3 || c.lasFull != 2 || c.words != 4 {
		t.Errorf("counts %+v", c)
	}
}
