package syntax

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want string // words joined by '|'
	}{
		{"They cannot stay.", "They|can|not|stay|."},
		{"We're gonna win.", "We|'re|gon|na|win|."},
		{"A well-known U.S.-led state-of-the-art plan.", "A|well|-|known|U.S.|-|led|state|-|of|-|the|-|art|plan|."},
		{"A non-profit co-founder re-elected.", "A|non-profit|co-founder|re-elected|."},
		{"On 2015-01-26 at 10:30, COVID-19 hit.", "On|2015-01-26|at|10:30|,|COVID-19|hit|."},
		{"Don't go; Assad's men didn't.", "Do|n't|go|;|Assad|'s|men|did|n't|."},
		{"Mail desk@ex-ample.com now.", "Mail|desk@ex-ample.com|now|."},
		{"Über-rich élite-led", "Über|-|rich|élite|-|led"},
	}
	for _, tc := range tests {
		_, toks := text.Segment(tc.in)
		rs := []rune(tc.in)
		ws := Words(rs, toks)
		var got []string
		for _, w := range ws {
			if string(rs[w.Span[0]:w.Span[1]]) != w.Form {
				t.Errorf("%q: span %v is %q, form %q", tc.in, w.Span, string(rs[w.Span[0]:w.Span[1]]), w.Form)
			}
			got = append(got, w.Form)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Words(%q)\n got  %s\n want %s", tc.in, g, tc.want)
		}
	}
}

func TestWordsBadSpans(t *testing.T) {
	rs := []rune("abc def")
	ws := Words(rs, []doc.Span{{-3, 3}, {5, 99}, {4, 4}, {6, 2}})
	if len(ws) != 2 || ws[0].Form != "abc" || ws[1].Form != "ef" {
		t.Errorf("got %+v", ws)
	}
}

func TestParseDoc(t *testing.T) {
	d := doc.New()
	d.Text = "Rebels seized the town on Monday. The army said it would respond."
	d.Sentences, d.Tokens = text.Segment(d.Text)
	ps := Default().ParseDoc(d)
	if len(ps) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ps))
	}
	for _, p := range ps {
		if len(p.Words) != len(p.Tokens) {
			t.Fatalf("words %d tokens %d", len(p.Words), len(p.Tokens))
		}
		checkTree(t, p.Tokens)
	}
}
