package lexicon

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestRegenerate rebuilds actors.bin from the real dictionaries when
// SITREP_LEXICON_DATA names their directory (the same as "sitrep build
// lexicon --data DIR" from the repository root).
func TestRegenerate(t *testing.T) {
	dir := os.Getenv("SITREP_LEXICON_DATA")
	if dir == "" {
		t.Skip("set SITREP_LEXICON_DATA to the Phoenix dictionaries to rebuild actors.bin")
	}
	cur, err := os.ReadFile("curated.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	st, err := Build(dir, bytes.NewReader(cur), &buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + st.String())
	for _, l := range st.BadLines {
		t.Log(l)
	}
	if err := os.WriteFile(filepath.Join(".", "actors.bin"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
