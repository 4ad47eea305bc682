package parseeval

import (
	"os"
	"testing"
)

// TestGUM prints the scores on a GUM split when SITREP_GUM names the
// directory of GUM .conllu files (SITREP_GUM_SPLIT, default dev). The
// treebank is licensed for internal evaluation only, so it is never copied
// into the repository and the test skips without it.
func TestGUM(t *testing.T) {
	dir := os.Getenv("SITREP_GUM")
	if dir == "" {
		t.Skip("SITREP_GUM not set")
	}
	split := os.Getenv("SITREP_GUM_SPLIT")
	if split == "" {
		split = "dev"
	}
	s, table, err := Run(dir, split, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range table {
		t.Logf("%s: %s", r[0], r[1])
	}
	_ = s
}
