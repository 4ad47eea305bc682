package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/ingest"
)

const article = `Shelling hits market in northern town

Date: 2016-05-04
Source: Test Wire

Shelling hits market in northern town

Send in e-mail

KAFR NABL, Syria (Test Wire) - Shelling hit a crowded market in the town of Kafr Nabl on Wednesday, killing at least 12 people, rescue workers said. Gen. Omar Haddad, a regional commander, denied that his forces were responsible.

"We were buying bread when the first shell fell," said a vendor, who gave only his first name.

Read more: Aid convoy reaches besieged district
`

func TestProcessText(t *testing.T) {
	it := ingest.Item{Input: "a.txt", File: "a.txt", Format: ingest.FormatText, Title: "Shelling hits market in northern town",
		Published: "2016-05-04", Site: "Test Wire", Text: article[strings.Index(article, "Shelling hits market in northern town\n\nSend"):]}
	d, err := Process(it, Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(d.Text, "Shelling hits") || strings.Contains(d.Text, "Send in e-mail") || strings.Contains(d.Text, "Read more") {
		t.Errorf("junk left in text: %q", d.Text)
	}
	reasons := map[string]bool{}
	for _, r := range d.Removed {
		reasons[r.Reason] = true
	}
	for _, want := range []string{"title", "share", "related"} {
		if !reasons[want] {
			t.Errorf("no removal with reason %q in %+v", want, d.Removed)
		}
	}
	if len(d.Sentences) != 3 {
		t.Errorf("got %d sentences, want 3", len(d.Sentences))
	}
	runes := []rune(d.Text)
	if got := string(runes[d.Sentences[0][0]:d.Sentences[0][1]]); !strings.HasPrefix(got, "KAFR NABL, Syria (Test Wire) - Shelling") || !strings.HasSuffix(got, "said.") {
		t.Errorf("first sentence = %q", got)
	}
	if *d.Published != "2016-05-04" || *d.Source.Site != "Test Wire" || *d.Source.Format != "text" {
		t.Errorf("metadata: %+v", d.Source)
	}
	d2, err := Process(it, Overrides{Published: "2016-05-05", Title: "Shelling hits market in  northern town", URL: "https://www.example.org/x"})
	if err != nil {
		t.Fatal(err)
	}
	if *d2.Published != "2016-05-05" || *d2.Title != "Shelling hits market in northern town" || *d2.Source.URL != "https://www.example.org/x" {
		t.Errorf("overrides not applied: %v %v %v", *d2.Published, *d2.Title, *d2.Source.URL)
	}
	if d2.ID != d.ID {
		t.Errorf("metadata changed the id")
	}
}

func TestProcessHTMLAndErrors(t *testing.T) {
	page := []byte(`<html lang="en-GB"><head><title>Ceasefire declared</title></head><body><article><h1>Ceasefire declared</h1>
<p>The two sides declared a ceasefire on Friday after weeks of fighting around the port, officials said.</p>
<p>Aid agencies said they hoped to reach the city within days.</p></article></body></html>`)
	d, err := Process(ingest.Item{Input: "p.html", Format: ingest.FormatHTML, HTML: page, URL: "https://www.example.org/a"}, Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title == nil || *d.Title != "Ceasefire declared" || d.Language != "en" || *d.Source.Site != "example.org" {
		t.Errorf("got title %v language %q site %v", d.Title, d.Language, d.Source.Site)
	}
	if !strings.HasPrefix(d.Text, "The two sides") {
		t.Errorf("text = %q", d.Text)
	}
	if _, err := Process(ingest.Item{Input: "e.html", HTML: []byte("<html><body></body></html>")}, Overrides{}); !errors.Is(err, ErrNoText) {
		t.Errorf("empty page: err = %v, want ErrNoText", err)
	}
	if _, err := Process(ingest.Item{Input: "x", Err: errors.New("boom")}, Overrides{}); err == nil || err.Error() != "boom" {
		t.Errorf("item error not passed on: %v", err)
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for i := range 40 {
		p := filepath.Join(dir, strings.Repeat("a", i%3+1)+string(rune('A'+i%26))+".txt")
		body := "Headline " + string(rune('A'+i%26)) + "\n\nThe army said on Monday that story number " + strings.Repeat("x", i) + " happened.\n"
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}
	inputs = append(inputs, filepath.Join(dir, "missing.txt"))
	var got []string
	err := Run(context.Background(), inputs, Options{Workers: 4}, func(r Result) { got = append(got, r.Input) })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(inputs) {
		t.Fatalf("got %d results, want %d", len(got), len(inputs))
	}
	for i := range inputs {
		if got[i] != inputs[i] {
			t.Fatalf("result %d is %s, want %s (order lost)", i, got[i], inputs[i])
		}
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Run(ctx, []string{"a", "b"}, Options{}, func(Result) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
