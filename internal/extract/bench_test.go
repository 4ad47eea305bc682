package extract

import (
	"os"
	"path/filepath"
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

// BenchmarkHTMLFundus measures real news pages: the 258 Fundus dev pages
// (181 publishers, about 320 KB each) beside the checkout, one page per op
// in turn. It is skipped where ../shared/data is absent.
func BenchmarkHTMLFundus(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/data/extraction/fundus/test_data/*/*.html.gz")
	if len(paths) == 0 {
		b.Skip("no Fundus pages beside the checkout")
	}
	var pages [][]byte
	var total int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		page, err := Gunzip(raw, 64<<20)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
		total += int64(len(page))
	}
	b.SetBytes(total / int64(len(pages)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := HTML(pages[i%len(pages)], ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
