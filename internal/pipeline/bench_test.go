package pipeline

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/claim"
	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/text"
	"github.com/sitrep/sitrep/internal/timex"
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

// BenchmarkWhenQuotesClaims is the cost the issue-4 layers add to an
// article of about 700 words (benchArticle cut at a paragraph): quotes,
// time expressions and numeric claims on a document the earlier stages
// have annotated (bar: under 1 ms per article per core; run with -cpu 1).
func BenchmarkWhenQuotesClaims(b *testing.B) {
	body := article700()
	it := ingest.Item{Input: "bench.txt", Format: ingest.FormatText, Title: "Army pushes south", Text: body, Published: "2016-12-13"}
	d, err := Process(it, Overrides{})
	if err != nil {
		b.Fatal(err)
	}
	if d.Language != "en" || len(d.Quotes) == 0 || len(d.Times) == 0 || len(d.Claims) == 0 {
		b.Fatalf("the article should have quotes, times and claims: %s %d %d %d", d.Language, len(d.Quotes), len(d.Times), len(d.Claims))
	}
	b.ReportAllocs()
	for b.Loop() {
		d.Quotes, d.Times, d.Claims = nil, nil, nil
		quote.Annotate(d)
		timex.Annotate(d)
		claim.Annotate(d)
	}
	b.ReportMetric(float64(len(strings.Fields(d.Text))), "words")
}

// article700 is a news text of about 700 words in distinct paragraphs
// (cleaning drops repeated ones), with quotes, dates, numbers and actors.
func article700() string {
	var sb strings.Builder
	days := []string{"Monday", "Tuesday", "last week", "on Dec. 3", "yesterday", "earlier this month"}
	for i := 0; len(strings.Fields(sb.String())) < 700; i++ {
		fmt.Fprintf(&sb, "Government forces pushed into %d villages south of the city %s, a monitoring group said, as the U.N. warned that %d,000 people were at risk.\n\n", i+2, days[i%len(days)], 40+i)
		fmt.Fprintf(&sb, "\u201cWe have lost contact with %d of our teams in the south,\u201d said Dr. Lina Farouk, a spokeswoman for the Red Crescent. She added that at least %d.5 tonnes of supplies had been stuck for %d days.\n\n", i+3, i+1, i+4)
		fmt.Fprintf(&sb, "Residents said the road north had been blocked since %s. Turkey condemned Russia and urged Syrian troops to withdraw; at least %d civilians were killed.\n\n", days[(i+2)%len(days)], 12+i)
	}
	return sb.String()
}

// BenchmarkWholePipeline is plain text in, JSON out, for a 700-word
// article: cleaning, segmentation, language, entities, places,
// coreference, quotes, times, claims, parsing and event coding, then the
// JSON encoding (bar: 100 articles/s per core; run with -cpu 1).
func BenchmarkWholePipeline(b *testing.B) {
	it := ingest.Item{Input: "bench.txt", Format: ingest.FormatText, Title: "Army pushes south", Text: article700(), Published: "2016-12-13"}
	if _, err := Process(it, Overrides{}); err != nil { // load the models
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		d, err := Process(it, Overrides{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(d); err != nil {
			b.Fatal(err)
		}
	}
}
