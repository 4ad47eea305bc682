package timexeval

import (
	"io"
	"os"
	"strings"
	"testing"
)

func TestReadTML(t *testing.T) {
	f, err := os.Open("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadTML(f)
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "2015-01-28" {
		t.Errorf("DCT = %q", d.DCT)
	}
	want := []struct{ text, typ, value string }{
		{"yesterday", "DATE", "2015-01-27"},
		{"Monday", "DATE", "2015-02-02"},
		{"the past four years", "DURATION", "P4Y"},
		{"every week", "SET", "P1W"},
		{"Café hours", "DURATION", "PXH"},
	}
	if len(d.Times) != len(want) {
		t.Fatalf("got %d times, want %d: %+v", len(d.Times), len(want), d.Times)
	}
	runes := []rune(d.Text)
	for i, w := range want {
		g := d.Times[i]
		if got := string(runes[g.Start:g.End]); got != w.text || g.Type != w.typ || g.Value != w.value {
			t.Errorf("time %d = %q %s %s, want %q %s %s", i, got, g.Type, g.Value, w.text, w.typ, w.value)
		}
	}
	if strings.Contains(d.Text, "<") || strings.Contains(d.Text, "EXTRAINFO") {
		t.Errorf("tags or text outside TEXT kept: %q", d.Text)
	}
}

func TestRun(t *testing.T) {
	var sb strings.Builder
	s, tab, err := Run("testdata", &sb)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 1 || s.Gold != 5 || len(tab) == 0 {
		t.Fatalf("score %+v", s)
	}
	// the fixture's first four expressions are plain grammar
	if s.ValueCorrect < 4 || s.GoldFound < 4 {
		t.Errorf("score %+v\n%s", s, sb.String())
	}
	if _, _, err := Run(t.TempDir(), nil); err == nil {
		t.Error("empty directory: want an error")
	}
}

// TestTimeBank scores the dev data when TIMEX_DEV names its directory
// (TIMEX_VERBOSE=1 also lists the errors):
//
//	TIMEX_DEV=/path/to/timebank go test -run TimeBank -v ./internal/eval/timexeval/
func TestTimeBank(t *testing.T) {
	dir := os.Getenv("TIMEX_DEV")
	if dir == "" {
		t.Skip("TIMEX_DEV not set")
	}
	var w io.Writer
	if os.Getenv("TIMEX_VERBOSE") != "" {
		w = os.Stderr
	}
	_, tab, err := Run(dir, w)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range tab {
		t.Logf("%-34s %s", r[0], r[1])
	}
}
