package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A made-up tagged news snippet in CoNLL-2003 columns.
const taggedSample = `-DOCSTART- -X- -X- O

Rebels NNS B-NP O
shelled VBD B-VP O
the DT B-NP O
airport NN I-NP O
. . O O

TOWN NNP B-NP B-LOC
SHELLED NNP I-NP O
AGAIN NNP I-NP O

The DT B-NP O
airport NN I-NP O
reopened VBD B-VP O
after IN B-PP O
shelled VBN B-NP O
runways NNS I-NP O
were VBD B-VP O
repaired VBN I-VP O
. . O O
`

func TestReadLexicon(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tagged.txt")
	if err := os.WriteFile(path, []byte(taggedSample), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := ReadLexicon(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word string
		want string // "" when the word must be absent
	}{
		{"rebels", "NNS"},
		{"airport", "NN"},
		{"shelled", "VBD|VBN"}, // two tags, sorted
		{"town", ""},           // only in a headline in capitals
		{"again", ""},
		{"the", "DT"},
	} {
		got, ok := lex[tc.word]
		if tc.want == "" {
			if ok {
				t.Errorf("%q: in the lexicon, want it left out", tc.word)
			}
			continue
		}
		if !ok || got != hs(tc.want) {
			t.Errorf("%q: class %x, want that of %q", tc.word, got, tc.want)
		}
	}
}

func TestReadLexiconErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("word NN\nlonely\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("\n\n"), 0o644)
	for _, tc := range []struct{ path, want string }{
		{bad, "bad.txt:2: want a word and a tag"},
		{empty, "no tagged words"},
		{filepath.Join(dir, "missing.txt"), "no such file"},
	} {
		_, err := ReadLexicon(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadLexicon(%s) = %v, want an error with %q", filepath.Base(tc.path), err, tc.want)
		}
	}
}

func FuzzReadTagged(f *testing.F) {
	f.Add(taggedSample)
	f.Add("a\n")
	f.Add("-DOCSTART-\n\nX Y Z\n")
	f.Fuzz(func(t *testing.T, in string) {
		counts := map[string]map[string]int{}
		if err := readTagged(strings.NewReader(in), "fuzz", counts); err != nil {
			return
		}
		for w, m := range counts {
			if w != strings.ToLower(w) {
				t.Fatalf("key %q not lower-cased", w)
			}
			for tag, n := range m {
				if tag == "" || n <= 0 {
					t.Fatalf("bad count %q/%q = %d", w, tag, n)
				}
			}
		}
	})
}

func TestKnowsName(t *testing.T) {
	m := Default()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Iraqi", true}, // JJ in the news lexicon
		{"Iraq", true},  // NNP
		{"artifacts", false},
		{"said", false},
		{"Zorvania", false}, // unknown
	} {
		if got := m.KnowsName(tc.word); got != tc.want {
			t.Errorf("KnowsName(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
