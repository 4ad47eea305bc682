package lexicon

import (
	"io"
	"os"
	"testing"

	"github.com/sitrep/sitrep/internal/text"
)

// articleTokens tokenizes testdata/article.txt (a ~700-word wire-style
// article written for these tests) with the pipeline's tokenizer.
func articleTokens(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	rs := []rune(string(b))
	_, spans := text.Segment(string(b))
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = string(rs[s[0]:s[1]])
	}
	return out
}

func TestArticle(t *testing.T) {
	tk := articleTokens(t)
	ms := Default().Match(tk, "2019-12-24")
	want := map[string]string{
		"Syrian troops": "SYRMIL", "Russian warplanes": "RUSMIL", "Turkish officials": "TURGOV",
		"Damascus": "SYRGOV", "Kremlin": "RUSGOV", "Vladimir Putin": "RUSGOV", "Washington": "USAGOV",
		"State Department": "USAGOV", "Pentagon": "USAMIL", "U.S. troops": "USAMIL", "Daesh": "IMGMUSISI",
		"White House": "USAGOV", "President Donald Trump": "USAGOV", "United Nations": "IGOUNO",
		"Kurdish fighters": "KURUAF", "Iraqi police": "IRQCOP", "ISIL": "IMGMUSISI",
		"Bashar al-Assad": "SYRGOV", "Assad": "SYRGOV", "Rebels": "REB", "civilians": "CVL",
	}
	got := map[string]string{}
	for _, m := range ms {
		got[joinTok(tk[m.Start:m.End])] = m.Code
	}
	for p, c := range want {
		if got[p] != c {
			t.Errorf("%q: got %q, want %q", p, got[p], c)
		}
	}
	if testing.Verbose() {
		t.Log(dump(ms, tk))
	}
}

func joinTok(ts []string) string {
	s := ""
	for i, t := range ts {
		if i > 0 {
			s += " "
		}
		s += t
	}
	return s
}

func BenchmarkMatch(b *testing.B) {
	tk := articleTokens(b)
	lx := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		lx.Match(tk, "2019-12-24")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytesReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func bytesReader(b []byte) *byteReader { return &byteReader{b: b} }

type byteReader struct{ b []byte }

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}
