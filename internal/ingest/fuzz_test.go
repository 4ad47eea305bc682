package ingest

import (
	"bufio"
	"bytes"
	"testing"
	"unicode/utf8"
)

// Every reader of outside input must survive arbitrary bytes: no panic, no
// hang, and every item either an error or an article with text or HTML.

func checkItem(t *testing.T, it Item) {
	t.Helper()
	if it.Err != nil {
		return
	}
	if it.HTML == nil && it.Text == "" {
		t.Fatalf("item %q has neither text nor HTML nor error", it.Input)
	}
	if it.HTML == nil && !utf8.ValidString(it.Text) {
		t.Fatalf("item %q has invalid UTF-8 text", it.Input)
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte(story))
	f.Add([]byte("Title: x\nDate: 2015-01-02\n\nBody."))
	f.Add([]byte("\xff\xfe"))
	f.Add([]byte("\uFEFFHeadline\r\n\r\nText"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItem(t, parseText(Item{Input: "fuzz"}, data))
	})
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"title":"a","text":"b"}`))
	f.Add([]byte(`[{"title":"a","html":"<p>b</p>"},{"x":1}]`))
	f.Add([]byte("{\"text\":\"a\"}\n{bad\n{\"text\":\"c\",\"published\":12345}"))
	f.Add([]byte("{\n\"text\": \"multi\"\n}"))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		readJSON(Item{Input: "fuzz"}, bufio.NewReader(bytes.NewReader(data)), 1<<16, func(it Item) { checkItem(t, it) })
	})
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(rss))
	f.Add([]byte(atom))
	f.Add([]byte(jsonFeed))
	f.Add([]byte(`<rss><channel><item></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		readFeed(Item{Input: "fuzz"}, data, func(it Item) { checkItem(t, it) })
	})
}

func FuzzReadStream(f *testing.F) {
	f.Add("a.txt", []byte(story))
	f.Add("a.html", []byte(page))
	f.Add("x", gz([]byte(page)))
	f.Add("x.gz", gz([]byte(rss)))
	f.Add("w.warc", []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"))
	f.Add("", []byte(jsonFeed))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		readStream(Item{Input: "fuzz"}, name, bytes.NewReader(data), Options{}.withDefaults(), func(it Item) { checkItem(t, it) })
	})
}

func FuzzNormalizeDate(f *testing.F) {
	f.Add("2015-01-26")
	f.Add("Jan. 26, 2015")
	f.Add("Mon, 26 Jan 2015 10:00:00 GMT")
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := NormalizeDate(s); ok && (len(v) < 10 || v[4] != '-') {
			t.Fatalf("NormalizeDate(%q) = %q", s, v)
		}
	})
}
