package extract

import (
	"testing"
)

// BenchmarkHTML measures one ~77 KB news page (navigation, inline scripts
// and state blob, article, related links, comments, footer) per op; the
// pages/s metric is per goroutine (run with -cpu 1 for per-core numbers).
func BenchmarkHTML(b *testing.B) {
	page := []byte(newsPage(15))
	const url = "https://news.example.com/world/2024/05/03/talks-resume-varnemo"
	if a, err := HTML(page, url); err != nil || a.Text == "" {
		b.Fatalf("bad benchmark page: %v %q", err, a.Text)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := HTML(page, url); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
