package syntax

import (
	"os"
	"slices"
	"testing"
)

func TestFixPunct(t *testing.T) {
	cases := []struct {
		name  string
		in    []Token
		heads []int // heads afterwards
	}{
		{
			name: "a final stop goes to the root",
			// Troops left the city .  ("." on "city")
			in: []Token{
				tok("Troops", "NOUN", 1, ""), tok("left", "VERB", -1, ""), tok("the", "DET", 3, ""),
				tok("city", "NOUN", 1, ""), tok(".", "PUNCT", 3, ""),
			},
			heads: []int{1, -1, 3, 1, 1},
		},
		{
			name: "brackets go to the head of what they enclose",
			// Troops ( 500 ) left .  (both brackets on "left")
			in: []Token{
				tok("Troops", "NOUN", 4, ""), tok("(", "PUNCT", 4, ""), tok("500", "NUM", 0, ""),
				tok(")", "PUNCT", 4, ""), tok("left", "VERB", -1, ""), tok(".", "PUNCT", 4, ""),
			},
			heads: []int{4, 2, 0, 2, -1, 4},
		},
		{
			name: "punctuation has no dependents",
			// Rebels , police said .  ("police" under the comma moves up
			// to "Rebels"; the comma then takes the lower of its
			// neighbours)
			in: []Token{
				tok("Rebels", "NOUN", 3, ""), tok(",", "PUNCT", 0, ""), tok("police", "NOUN", 1, ""),
				tok("said", "VERB", -1, ""), tok(".", "PUNCT", 3, ""),
			},
			heads: []int{3, 2, 0, -1, 3},
		},
		{
			name: "a comma already on a possible head stays",
			// In 2020 , troops left .  (comma on "2020")
			in: []Token{
				tok("In", "ADP", 1, ""), tok("2020", "NUM", 4, ""), tok(",", "PUNCT", 1, ""),
				tok("troops", "NOUN", 4, ""), tok("left", "VERB", -1, ""), tok(".", "PUNCT", 4, ""),
			},
			heads: []int{1, 4, 1, 4, -1, 4},
		},
		{
			name: "a comma that would cross an arc is moved",
			// Police arrested Ali , who fled .  (comma on "arrested",
			// inside the arc Ali <- fled)
			in: []Token{
				tok("Police", "NOUN", 1, ""), tok("arrested", "VERB", -1, ""), tok("Ali", "PROPN", 1, ""),
				tok(",", "PUNCT", 1, ""), tok("who", "PRON", 5, ""), tok("fled", "VERB", 2, ""), tok(".", "PUNCT", 1, ""),
			},
			heads: []int{1, -1, 1, 5, 5, 2, 1},
		},
		{
			name:  "only punctuation",
			in:    []Token{tok("-", "PUNCT", -1, ""), tok("-", "PUNCT", 0, "")},
			heads: []int{-1, 0},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := slices.Clone(c.in)
			fixPunct(out)
			var got []int
			for _, tk := range out {
				got = append(got, tk.Head)
			}
			if !slices.Equal(got, c.heads) {
				t.Errorf("heads %v, want %v", got, c.heads)
			}
		})
	}
}

// TestFixPunctGold checks the rules against the treebank's own
// punctuation: on gold trees they must change almost nothing. It needs
// SITREP_GUM (the treebank is never copied into the repository).
func TestFixPunctGold(t *testing.T) {
	dir := os.Getenv("SITREP_GUM")
	if dir == "" {
		t.Skip("SITREP_GUM not set")
	}
	files, err := Files(dir, "dev", false)
	if err != nil {
		t.Fatal(err)
	}
	changed, total := 0, 0
	for _, f := range files {
		sents, err := ReadCoNLLUFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			out := make([]Token, len(s.Words))
			for i, w := range s.Words {
				out[i] = Token{Form: w.Form, UPOS: w.UPOS, Head: w.Head, Rel: w.Rel}
			}
			fixPunct(out)
			for i, w := range s.Words {
				if w.UPOS == "PUNCT" {
					total++
					if out[i].Head != w.Head {
						changed++
					}
				}
			}
		}
	}
	t.Logf("%d of %d gold punctuation heads changed", changed, total)
	if float64(changed) > 0.02*float64(total) {
		t.Errorf("%d of %d gold punctuation heads changed, want under 2%%", changed, total)
	}
}

// TestFixPunctDegenerate feeds trees no parser should make (words under
// punctuation, long chains): the repair must end, quickly, and make no
// word its own head.
func TestFixPunctDegenerate(t *testing.T) {
	for _, n := range []int{2, 3, 50, MaxWords} {
		out := make([]Token, n)
		for i := range out {
			out[i] = Token{Form: "w", UPOS: "NOUN", Head: i + 1}
			if i%2 == 1 {
				out[i] = Token{Form: ",", UPOS: "PUNCT", Head: 0}
			}
		}
		out[n-1].Head = -1
		fixPunct(out)
		for i, tk := range out {
			if tk.Head == i {
				t.Fatalf("n=%d: word %d is its own head", n, i)
			}
		}
	}
}

func BenchmarkFixPunctChain(b *testing.B) {
	out := make([]Token, MaxWords)
	for b.Loop() {
		for i := range out {
			out[i] = Token{Form: "w", UPOS: "NOUN", Head: i + 1}
			if i%2 == 1 {
				out[i] = Token{Form: ",", UPOS: "PUNCT", Head: i + 1}
			}
		}
		out[len(out)-1].Head = -1
		fixPunct(out)
	}
}
