package quoteeval

import (
	"encoding/json"
	"io"
	"os"
	"testing"
)

// TestPolNeAR scores a real PolNeAR split when QUOTEEVAL_DIR names one
// (e.g. ../shared/data/quotes/polnear/dev); QUOTEEVAL_V=1 lists the errors.
func TestPolNeAR(t *testing.T) {
	dir := os.Getenv("QUOTEEVAL_DIR")
	if dir == "" {
		t.Skip("QUOTEEVAL_DIR not set")
	}
	var v io.Writer
	if os.Getenv("QUOTEEVAL_V") != "" {
		v = os.Stdout
	}
	sc, tab, err := Run(dir, v)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range tab {
		t.Logf("%-18s %s", r[0], r[1])
	}
	b, _ := json.Marshal(sc)
	t.Logf("%s", b)
}
