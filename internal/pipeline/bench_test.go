package pipeline

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/text"
)

// benchArticle is about 6 KB of wire-style text with the junk real articles
// carry, written for this benchmark.
var benchArticle = func() string {
	para := []string{
		"BEIRUT (Test Wire) - Government forces backed by heavy air strikes pushed into two villages south of the city on Tuesday, a monitoring group said, as the U.N. warned that 450.000 people were at risk.",
		"Send in e-mail",
		"\u201cWe have lost contact with our teams in the south,\u201d said Dr. Lina Farouk, a spokeswoman for the Red Crescent, adding that at least 3.5 tonnes of supplies had been stuck since Dec. 3.",
		"Photo: Test Wire",
		"Lt. Gen. Omar Haddad told state television at 9 a.m. that the army would \u201cnot stop until every village is liberated,\u201d and that some 1,200 fighters had surrendered.",
		"The U.S. State Department said it was \u201cdeeply concerned\u201d by the reports \u2014 the third such statement this month \u2014 and urged all sides to respect a ceasefire agreed in Geneva.",
		"Read more: Talks stall as fighting spreads",
		"Residents said the road north was blocked. Those who could afford it paid smugglers up to $500 per person to cross the front line at night; others stayed in basements.",
	}
	var b strings.Builder
	for b.Len() < 6000 {
		for _, p := range para {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}()

// BenchmarkCleanSegment measures plain-text cleaning plus sentence and
// token segmentation, the text path of every article (bar: 20 MB/s per
// core; run with -cpu 1).
func BenchmarkCleanSegment(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		r := clean.Text("Army pushes south", benchArticle)
		text.Segment(r.Text)
	}
}

// BenchmarkProcessText is the whole per-article work for a text input:
// cleaning, segmentation, id.
func BenchmarkProcessText(b *testing.B) {
	it := ingest.Item{Input: "bench.txt", Format: ingest.FormatText, Title: "Army pushes south", Text: benchArticle}
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Process(it, Overrides{}); err != nil {
			b.Fatal(err)
		}
	}
}
