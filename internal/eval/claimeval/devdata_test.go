package claimeval

import (
	"encoding/json"
	"io"
	"os"
	"testing"
)

// TestDevData scores the dev data sets when their paths are given, so the
// numbers can be reproduced before 'sitrep eval' wires the suites in:
//
//	CLAIMEVAL_NEWSQUANT=$PWD/../shared/data/numbers/newsquant/NewsQuant.json \
//	CLAIMEVAL_FAKES=$PWD/../shared/data/news/fakes/fakes.csv \
//	go test ./internal/eval/claimeval -run TestDevData -v
//
// With CLAIMEVAL_VERBOSE=1 the failures go to stdout too.
func TestDevData(t *testing.T) {
	nq, fk := os.Getenv("CLAIMEVAL_NEWSQUANT"), os.Getenv("CLAIMEVAL_FAKES")
	if nq == "" && fk == "" {
		t.Skip("set CLAIMEVAL_NEWSQUANT and/or CLAIMEVAL_FAKES")
	}
	var verbose *os.File
	if os.Getenv("CLAIMEVAL_VERBOSE") != "" {
		verbose = os.Stdout
	}
	report := func(metrics any, table [][2]string, err error) {
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range table {
			t.Logf("%-24s %s", row[0], row[1])
		}
		b, _ := json.Marshal(metrics)
		t.Logf("%s", b)
	}
	if nq != "" {
		s, table, err := RunNumbers(nq, writerOrNil(verbose))
		report(s, table, err)
	}
	if fk != "" {
		s, table, err := RunCasualties(fk, writerOrNil(verbose))
		report(s, table, err)
	}
}

// writerOrNil keeps a nil *os.File from becoming a non-nil io.Writer.
func writerOrNil(f *os.File) io.Writer {
	if f == nil {
		return nil
	}
	return f
}
