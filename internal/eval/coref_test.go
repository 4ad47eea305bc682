package eval

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// corefStub is a fake entity stage: it names the entities whose words it is
// given.
func corefStub(names map[string]string) func(d *doc.Document) {
	return func(d *doc.Document) {
		rs := []rune(d.Text)
		for name, typ := range names {
			words := strings.Fields(name)
			var ms []doc.Mention
			for i := 0; i+len(words) <= len(d.Tokens); i++ {
				ok := true
				for k, w := range words {
					t := d.Tokens[i+k]
					if string(rs[t[0]:t[1]]) != w {
						ok = false
						break
					}
				}
				if ok {
					ms = append(ms, doc.Mention{Start: d.Tokens[i][0], End: d.Tokens[i+len(words)-1][1], Kind: "name"})
				}
			}
			if len(ms) > 0 {
				d.Entities = append(d.Entities, doc.Entity{ID: "e" + name, Name: name, Type: typ, Mentions: ms})
			}
		}
	}
}

func TestReadCorefCoNLL(t *testing.T) {
	docs, err := ReadCorefCoNLL("testdata/coref/conll/GUM_news_mini.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	g := docs[0]
	if g.Name != "GUM_news_mini" || len(g.Tokens) != 22 || len(g.Sents) != 4 || g.Sents[1] != [2]int{7, 13} {
		t.Errorf("doc %s: %d tokens, sentences %v", g.Name, len(g.Tokens), g.Sents)
	}
	want := map[CorefMention]bool{{0, 2, "1"}: true, {3, 4, "2"}: true, {13, 15, "4"}: true, {13, 14, "2"}: true, {20, 21, "5"}: true}
	found := 0
	for _, m := range g.Mentions {
		if want[m] {
			found++
		}
	}
	if found != len(want) {
		t.Errorf("mentions %v", g.Mentions)
	}
	d := CorefDocument(g)
	if d.Text[:18] != "Maria Lopez founde" || len(d.Sentences) != 4 || d.Tokens[2] != (doc.Span{12, 19}) {
		t.Errorf("document %q %v %v", d.Text, d.Sentences, d.Tokens[:3])
	}
}

func TestEvalCoref(t *testing.T) {
	res, err := EvalCoref("testdata/coref", corefStub(map[string]string{"Maria Lopez": "person", "Acme": "organization"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Cases {
		t.Logf("%+v", c)
	}
	// She -> Maria Lopez, it -> Acme, Its -> Acme are right, and They ->
	// "Its workers", a noun phrase coref makes an entity of. "him" has no
	// antecedent and the fiction document is not scored.
	if res.Docs != 1 || res.Pronouns != 4 || res.Correct != 4 || res.PronounAccuracy != 1 || res.Resolvable != 3 || res.AccuracyResolvable != 1 {
		t.Errorf("res = %+v", res.CorefScore)
	}
	if res.ResolverCorrect != 4 {
		t.Errorf("resolver: %d correct, want 4 (they -> Its workers)", res.ResolverCorrect)
	}
	if s := res.PerSplit["dev"]; s.Pronouns != 4 || s.Docs != 1 {
		t.Errorf("per split %+v", res.PerSplit)
	}
	if s := res.PerGenre["news"]; s.Pronouns != 4 {
		t.Errorf("per genre %+v", res.PerGenre)
	}
}

func TestCorefChainID(t *testing.T) {
	for in, want := range map[string]string{"person-1": "1", "substance-3-Iodine": "3", "12": "12", "abstract-10-Foo-2": "10"} {
		if got := corefChainID(in); got != want {
			t.Errorf("corefChainID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCorefPunctSentences(t *testing.T) {
	got := corefPunctSentences(strings.Fields(`He ran . " Stop ! " she said . Then`))
	want := [][2]int{{0, 3}, {3, 7}, {7, 10}, {10, 11}} // "Stop!" alone: a fallback, not a segmenter
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}
