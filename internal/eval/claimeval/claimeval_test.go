package claimeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunNumbers(t *testing.T) {
	var log strings.Builder
	s, table, err := RunNumbers(filepath.Join("testdata", "newsquant.json"), &log)
	if err != nil {
		t.Fatal(err)
	}
	if s.Sentences != 5 || s.Gold != 5 {
		t.Fatalf("sentences %d gold %d, want 5 and 5", s.Sentences, s.Gold)
	}
	// The system also finds "300 metres", which the invented gold leaves
	// out: 5 correct of 6 predicted.
	if s.ValueCorrect != 5 || s.Predicted != 6 {
		t.Errorf("correct %d predicted %d, want 5 and 6\n%s", s.ValueCorrect, s.Predicted, log.String())
	}
	if s.ValueUnitCorrect != 5 {
		t.Errorf("value+unit correct %d, want 5\n%s", s.ValueUnitCorrect, log.String())
	}
	if s.ValueF1 < 0.9 || s.ValueF1 > 0.91 {
		t.Errorf("value_f1 %.4f, want 10/11", s.ValueF1)
	}
	if len(table) == 0 {
		t.Error("empty table")
	}
}

func TestRunNumbersErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"empty.json": "[]",
		"bad.json":   "{",
		"value.json": `[{"text":"x","quantities":[{"value":"abc","normalized_unit":"-"}]}]`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := RunNumbers(p, nil); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, _, err := RunNumbers(filepath.Join(dir, "missing.json"), nil); err == nil {
		t.Error("missing file: no error")
	}
}

func TestParseGold(t *testing.T) {
	tests := []struct {
		in        string
		low, high float64
		rng       bool
	}{
		{"275.0", 275, 275, false},
		{"-130", -130, -130, false},
		{"1.99E-29", 1.99e-29, 1.99e-29, false},
		{"252.0-287.0", 252, 287, true},
		{"3.0 - 4.0", 3, 4, true},
	}
	for _, tt := range tests {
		g, ok := parseGold(tt.in)
		if !ok || g.low != tt.low || g.high != tt.high || g.rng != tt.rng {
			t.Errorf("parseGold(%q) = %+v, %v", tt.in, g, ok)
		}
	}
}

func TestNormUnit(t *testing.T) {
	for in, want := range map[string]string{
		"-": "", "%": "percentage", "Different Bosses": "different boss", "miles": "mile", "mph": "mph",
	} {
		if got := normUnit(in); got != want {
			t.Errorf("normUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRunCasualties(t *testing.T) {
	var log strings.Builder
	s, table, err := RunCasualties(filepath.Join("testdata", "fakes.csv"), &log)
	if err != nil {
		t.Fatal(err)
	}
	if s.Rows != 4 || s.Articles != 3 {
		t.Fatalf("rows %d articles %d, want 4 and 3", s.Rows, s.Articles)
	}
	if s.Matched != 3 || s.DeathsRecall != 1 {
		t.Errorf("matched %d recall %.3f, want 3 and 1\n%s", s.Matched, s.DeathsRecall, log.String())
	}
	if len(table) == 0 {
		t.Error("empty table")
	}
}

func TestParseMDY(t *testing.T) {
	for in, want := range map[string]string{
		"4/7/17": "2017-04-07", "12/25/2016": "2016-12-25", "13/1/17": "", "x": "", "1/2": "",
	} {
		if got := parseMDY(in); got != want {
			t.Errorf("parseMDY(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeCP1252(t *testing.T) {
	got := string(decodeCP1252([]byte{'a', 0x93, 'b', 0x94, 0xE9, 0x80}))
	if want := "a\u201cb\u201d\u00e9\u20ac"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
