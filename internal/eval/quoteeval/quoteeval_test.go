package quoteeval

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var v strings.Builder
	sc, tab, err := Run("testdata/polnear", &v)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Documents != 2 {
		t.Errorf("documents %d, want 2 (one file per article)", sc.Documents)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"direct_f1", sc.DirectF1, 1},
		{"speaker_accuracy", sc.SpeakerAccuracy, 1},
		{"all_f1", sc.AllF1, 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %.3f, want %.3f", tt.name, tt.got, tt.want)
		}
	}
	// The split quote is one gold attribution found by two predictions.
	if sc.Direct.Gold != 2 || sc.Direct.Found != 2 || sc.Direct.Predicted != 3 || sc.Direct.Correct != 3 {
		t.Errorf("direct part %+v", sc.Direct)
	}
	if len(tab) == 0 || tab[0][0] != "documents" {
		t.Errorf("table %v", tab)
	}
	if t.Failed() {
		t.Log(v.String())
	}
}

func TestReadAnnRejectsBadSpans(t *testing.T) {
	if _, err := readAnn("testdata/bad.ann", []rune("short text")); err == nil {
		t.Error("want an error for a span past the end of the text")
	}
}
