package syntax

import (
	"strings"
	"testing"
)

const fixture = `# sent_id = t-1
# text = Rebels didn't attack.
1	Rebels	rebel	NOUN	NNS	_	3	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	attack	attack	VERB	VB	_	0	root	_	_
4.1	ghost	_	_	_	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

1	Hi	hi	INTJ	UH	_	0	root	_	_
`

func TestReadCoNLLU(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Words) != 5 || sents[0].ID != "t-1" {
		t.Fatalf("got %+v", sents)
	}
	w := sents[0].Words
	if w[1].Form != "did" || w[1].Head != 3 || w[3].Head != -1 || w[3].Rel != "root" {
		t.Errorf("words %+v", w)
	}
}

func TestReadCoNLLUBad(t *testing.T) {
	if _, err := ReadCoNLLU(strings.NewReader(strings.Repeat("not conllu\n", 50))); err == nil {
		t.Error("want error for non-CoNLL-U input")
	}
	sents, err := ReadCoNLLU(strings.NewReader("1\ta\ta\tX\tX\t_\t9\tdep\t_\t_\n2\tb\tb\tX\tX\t_\tx\tdep\t_\t_\n"))
	if err != nil || len(sents) != 1 || sents[0].Words[0].Head != -1 || sents[0].Words[1].Head != -1 {
		t.Errorf("out-of-range heads: %+v %v", sents, err)
	}
}

func TestExcluded(t *testing.T) {
	for name, want := range map[string]bool{
		"GUM_news_nasa": false, "GUM_fiction_beast": true, "GUM_reddit_pandas": true,
		"GUM_whow_joke": true, "GUM_essay_fear": true, "GUM_letter_wiki": true,
		"GUM_podcast_bezos": true, "GUM_bio_byron": false, "odd": false,
	} {
		if got := Excluded(name); got != want {
			t.Errorf("Excluded(%q) = %v", name, got)
		}
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(fixture)
	f.Add("1\ta\n\n\n#\n1-2\tx")
	f.Add("1\tx\tx\tX\tX\t_\t-5\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, s string) {
		sents, _ := ReadCoNLLU(strings.NewReader(s))
		for _, st := range sents {
			for i, w := range st.Words {
				if w.Head < -1 || w.Head >= len(st.Words) || w.Head == i {
					t.Fatalf("head %d out of range", w.Head)
				}
			}
		}
	})
}

func TestLoadCorrupt(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("junk"), posBin[:len(posBin)/2]} {
		if _, err := Load(b, parserBin); err == nil {
			t.Error("want error for corrupt POS model")
		}
	}
	if _, err := Load(posBin, parserBin[:100]); err == nil {
		t.Error("want error for truncated parser model")
	}
}
