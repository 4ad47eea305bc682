package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Generated ~3 KB wire stories. Real articles share phrasing ("a
// spokesman for", "told reporters in") but most of their 3-word shingles are
// their own, so most sentences here are drawn from a Zipf-distributed
// vocabulary and a few from wire-style templates. Pairs of these stories
// have a MinHash similarity of 0.02 on average and 0.12 at most (over 200
// stories), like the hand-written same-topic stories in dedupe (0.07-0.15).
var (
	benchPlaces = []string{"Dornik", "Vell", "Kastrel", "Saltmarket", "Lira", "Ostmark", "Carasia", "Brevna", "Tolm", "Uskar", "Merren", "Hadrow"}
	benchActors = []string{"government forces", "the Kessel Front", "army units", "rebel fighters", "the defence ministry", "a local monitoring group",
		"the United Nations", "aid workers", "President Anton Brask", "the regional council", "foreign ministers", "police"}
	benchVerbs = []string{"shelled", "attacked", "captured", "withdrew from", "besieged", "reinforced", "evacuated", "bombed", "surrounded", "entered", "secured", "raided"}
	benchTails = []string{"on Tuesday", "overnight", "late on Sunday", "after days of fighting", "despite the truce", "under cover of artillery fire",
		"as talks stalled", "before dawn", "in a surprise move", "for the third time this month"}
	benchVocab = func() []string {
		// Function words first, so the Zipf head looks like English.
		words := strings.Fields(`the of and to in a said on that for was with by at from as
			is it his were had has its have be an which after who their they not but are this
			been would will more than people said two three were killed forces government`)
		syl := []string{"ka", "ro", "mi", "dan", "vel", "tor", "es", "li", "bra", "nu", "sok", "ar", "en", "ush", "pol", "te"}
		r := rand.New(rand.NewPCG(1, 2))
		for len(words) < 6000 {
			w := ""
			for range 2 + r.IntN(3) {
				w += syl[r.IntN(len(syl))]
			}
			words = append(words, w)
		}
		return words
	}()
)

func benchSentence(r *rand.Rand, zipf *rand.Zipf) string {
	p := func(xs []string) string { return xs[r.IntN(len(xs))] }
	switch r.IntN(8) {
	case 0:
		return fmt.Sprintf("%s %s positions near %s %s, killing at least %d people, %s said.",
			strings.ToUpper(p(benchActors)[:1])+p(benchActors)[1:], p(benchVerbs), p(benchPlaces), p(benchTails), 2+r.IntN(80), p(benchActors))
	case 1:
		return fmt.Sprintf("A spokesman for %s told reporters in %s that %d families had fled %s.",
			p(benchActors), p(benchPlaces), 100*(1+r.IntN(90)), p(benchTails))
	default:
		n := 12 + r.IntN(14)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = benchVocab[zipf.Uint64()]
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		return strings.Join(ws, " ") + "."
	}
}

// benchDocs returns n distinct documents of about 3 KB, numbered from start.
func benchDocs(start, n int) []*doc.Document {
	docs := make([]*doc.Document, n)
	for i := range docs {
		r := rand.New(rand.NewPCG(uint64(start+i), 7))
		zipf := rand.NewZipf(r, 1.1, 2, uint64(len(benchVocab)-1))
		var b strings.Builder
		for b.Len() < 3000 {
			if b.Len() > 0 {
				b.WriteString(" ")
				if r.IntN(3) == 0 {
					b.WriteString("\n\n")
				}
			}
			b.WriteString(benchSentence(r, zipf))
		}
		title := fmt.Sprintf("Story %d: fighting near %s", start+i, benchPlaces[r.IntN(len(benchPlaces))])
		d := mkDoc(title, "2031-04-08", fmt.Sprintf("https://wire.example/story/%d", start+i), b.String())
		docs[i] = d
	}
	return docs
}

func BenchmarkPutBatch(b *testing.B) {
	const batch = 256
	s := openTemp(b)
	ctx := context.Background()
	var (
		n            int
		elapsed, cpu time.Duration
		bytes        int64
	)
	for b.Loop() {
		b.StopTimer()
		docs := benchDocs(n, batch)
		for _, d := range docs {
			bytes += int64(len(d.Text))
		}
		b.StartTimer()
		t0, c0 := time.Now(), cpuTime()
		if _, err := s.PutBatch(ctx, docs); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(t0)
		cpu += cpuTime() - c0
		n += batch
	}
	b.ReportMetric(float64(n)/elapsed.Seconds(), "docs/s")
	// On a shared machine wall time includes waiting for a CPU; CPU time
	// (all threads, so it counts the work done) shows the cost.
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "docs/cpu-s")
	}
	b.ReportMetric(float64(bytes)/float64(n), "text-bytes/doc")
	b.ReportMetric(float64(n), "docs-stored")
}

func BenchmarkSearch(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	for i := 0; i < 5000; i += 500 {
		if _, err := s.PutBatch(ctx, benchDocs(i, 500)); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if _, err := s.Search(ctx, "Kessel Front Saltmarket shelters", SearchOptions{Limit: 20}); err != nil {
			b.Fatal(err)
		}
	}
}
