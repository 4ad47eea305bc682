package warc

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// syntheticPage is an HTML page of about n bytes of word salad, which
// compresses about as well as real news HTML (3-4x).
func syntheticPage(seed uint32, n int) string {
	words := strings.Fields(`the a of in on to and for with by said minister government army forces
		ceasefire talks election parliament president rebels border capital officials police protest
		vote coalition sanctions troops attack civilians killed wounded agreement peace statement
		spokesman Tuesday Monday region province city village report according sources international`)
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>News</title></head><body><article>")
	x := seed | 1
	for b.Len() < n {
		b.WriteString("<p>")
		for range 40 {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			b.WriteString(words[x%uint32(len(words))])
			b.WriteByte(' ')
			if x%97 == 0 {
				fmt.Fprintf(&b, "%d ", x%10000)
			}
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// BenchmarkReader reads a synthetic CC-NEWS-like gzip WARC (request,
// response, metadata per capture, one gzip member each) through
// NextResponse. MB/s counts uncompressed bytes; comp-MB/s compressed ones.
func BenchmarkReader(b *testing.B) {
	var recs [][]byte
	raw := 0
	for i := range 200 {
		uri := fmt.Sprintf("https://news.example/%d", i)
		recs = append(recs,
			record("request", uri, "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"),
			response(uri, 200, "text/html; charset=utf-8", syntheticPage(uint32(i), 60<<10)),
			record("metadata", uri, "fetchTimeMs: 120\r\n"))
	}
	for _, r := range recs {
		raw += len(r)
	}
	data, _ := build(true, recs...)
	benchRead(b, data, int64(raw), 200)
}

// BenchmarkSample is BenchmarkReader over the shared sample, when present.
func BenchmarkSample(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sampleDir, sampleName))
	if err != nil {
		b.Skip(err)
	}
	r, _ := NewReader(bytes.NewReader(data))
	var raw int64
	for {
		rec, err := r.Next()
		if err != nil {
			break
		}
		raw += rec.ContentLength
	}
	benchRead(b, data, raw, 258)
}

func benchRead(b *testing.B, data []byte, raw int64, want int) {
	b.SetBytes(raw)
	b.ReportAllocs()
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := r.NextResponse(8 << 20)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != want {
			b.Fatalf("%d responses, want %d", n, want)
		}
	}
	b.ReportMetric(float64(len(data))*float64(b.N)/b.Elapsed().Seconds()/1e6, "comp-MB/s")
}
