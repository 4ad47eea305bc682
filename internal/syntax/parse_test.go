package syntax

import (
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkTree fails unless toks form one tree: heads in range, exactly one
// root per MaxWords piece chain, no cycles.
func checkTree(t testing.TB, toks []Token) {
	t.Helper()
	roots := 0
	for i, tk := range toks {
		if tk.Head == -1 {
			roots++
			if tk.Rel != "root" {
				t.Errorf("root %d has rel %q", i, tk.Rel)
			}
			continue
		}
		if tk.Head < 0 || tk.Head >= len(toks) || tk.Head == i {
			t.Fatalf("token %d: bad head %d", i, tk.Head)
		}
		if tk.Rel == "" || tk.Rel == "root" {
			t.Errorf("token %d: rel %q", i, tk.Rel)
		}
	}
	if len(toks) > 0 && roots != 1 {
		t.Errorf("%d roots", roots)
	}
	for i := range toks {
		seen := 0
		for h := i; h != -1; h = toks[h].Head {
			if seen++; seen > len(toks) {
				t.Fatalf("cycle through %d", i)
			}
		}
	}
}

func TestModelLoads(t *testing.T) {
	if err := DefaultErr(); err != nil {
		t.Fatal(err)
	}
}

func TestParseSimple(t *testing.T) {
	toks := Default().Parse(strings.Fields("The rebels attacked the army base near the border ."))
	checkTree(t, toks)
	want := map[int]struct{ upos, lemma, rel string }{
		1: {"NOUN", "rebel", "nsubj"},
		2: {"VERB", "attack", "root"},
		5: {"NOUN", "base", "obj"},
	}
	for i, w := range want {
		got := toks[i]
		if got.UPOS != w.upos || got.Lemma != w.lemma || got.Rel != w.rel {
			t.Errorf("token %d %q: got %s/%s/%s, want %s/%s/%s", i, got.Form, got.UPOS, got.Lemma, got.Rel, w.upos, w.lemma, w.rel)
		}
	}
	if toks[1].Head != 2 || toks[5].Head != 2 {
		t.Errorf("heads: %+v", toks)
	}
}

// TestParseBadInput covers what news text throws at a parser: run-on
// sentences, flattened tables, lists, capitals, no punctuation, junk.
func TestParseBadInput(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	vocab := strings.Fields("the army said rebels in of and 12 % , . ; - ( ) | : NEW YORK killed wounded troops town 2015 $ — “ ” ' 's n't")
	long := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[rng.Intn(len(vocab))]
		}
		return w
	}
	cases := map[string][]string{
		"300 words":      long(300),
		"1000 words":     long(1000),
		"table":          strings.Fields("Country | Deaths | Injured | Syria | 1,200 | 3,400 | Iraq | 800 | 950 | Yemen | 300 | 420"),
		"list":           strings.Fields("- food - water - shelter - medicine 1 . troops 2 . tanks 3 . jets"),
		"capitals":       strings.Fields("REBELS SEIZE KEY TOWN AS ARMY RETREATS"),
		"no punctuation": strings.Fields("the army said the rebels attacked the town and killed many people then the rebels left the town and went north"),
		"one word":       {"Yes"},
		"empty strings":  {"", "", ""},
		"junk":           {"\x00", "\xff\xfe", strings.Repeat("a", 10000), "💥", "\u200b"},
	}
	m := Default()
	for name, words := range cases {
		start := time.Now()
		toks := m.Parse(words)
		if len(toks) != len(words) {
			t.Errorf("%s: %d tokens for %d words", name, len(toks), len(words))
		}
		checkTree(t, toks)
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: took %v", name, d)
		}
	}
	if m.Parse(nil) != nil {
		t.Error("Parse(nil) != nil")
	}
}

func TestParseConcurrent(t *testing.T) {
	m := Default()
	words := strings.Fields("Government troops shelled the city on Tuesday , killing 12 civilians , a monitor said .")
	want := m.Parse(words)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				got := m.Parse(words)
				for j := range got {
					if got[j] != want[j] {
						t.Errorf("concurrent parse differs at %d", j)
						break
					}
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

func FuzzParse(f *testing.F) {
	f.Add("The army said rebels attacked the town .")
	f.Add("REBELS SEIZE TOWN")
	f.Add("a | b | c | 1,200 | - - -")
	f.Add("")
	m := Default()
	f.Fuzz(func(t *testing.T, s string) {
		var words []string
		for _, w := range strings.Split(s, " ") {
			if w != "" {
				words = append(words, w)
			}
		}
		// Repeat short inputs so long sentences are exercised too.
		if len(words) > 0 && len(words) < 20 && utf8.RuneCountInString(s)%3 == 0 {
			for len(words) < 250 {
				words = append(words, words...)
			}
		}
		toks := m.Parse(words)
		if len(toks) != len(words) {
			t.Fatalf("%d tokens for %d words", len(toks), len(words))
		}
		checkTree(t, toks)
		for _, tk := range toks {
			Lemma(tk.Form, tk.UPOS, tk.XPOS)
		}
	})
}

// TestVerbAfterModal: the word after a modal is a verb, even one the
// treebank only saw as an adjective ("free").
func TestVerbAfterModal(t *testing.T) {
	for _, s := range []string{"They would free the prisoners .", "The army said it will not free them ."} {
		for _, tk := range Default().Parse(strings.Fields(s)) {
			if tk.Form == "free" && tk.UPOS != "VERB" {
				t.Errorf("%q: free is %s, want VERB", s, tk.UPOS)
			}
		}
	}
	// a question's modal comes before its subject
	if tk := Default().Parse(strings.Fields("Can people leave ?")); tk[1].UPOS == "VERB" {
		t.Errorf("Can people leave: people is VERB")
	}
}
