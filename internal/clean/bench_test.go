package clean

import (
	"strings"
	"testing"
)

// benchArticle is about 8 KB of wire copy with the usual junk around it.
func benchArticle(tb testing.TB) (string, string) {
	var b strings.Builder
	for _, f := range []string{"testdata/wire.txt", "testdata/web.txt", "testdata/wrapped.txt"} {
		_, body := readArticle(tb, f)
		b.WriteString(body)
		b.WriteString("\n\n")
	}
	_, body := readArticle(tb, "testdata/wire.txt")
	b.WriteString(body)
	return "Estavian army says it retook Korvel bridge after two-day battle", b.String()
}

func BenchmarkText(b *testing.B) {
	title, body := benchArticle(b)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		Text(title, body)
	}
}
