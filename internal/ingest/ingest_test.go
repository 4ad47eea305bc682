package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// collect reads inputs and returns every item.
func collect(t *testing.T, opts Options, inputs ...string) []Item {
	t.Helper()
	var items []Item
	if err := Read(context.Background(), inputs, opts, func(it Item) { items = append(items, it) }); err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

const story = `Rebels seize border crossing

Date: 2016-03-02
Source: Test Wire

HATAY, Turkey (Test Wire) - Rebel fighters seized a border crossing on Wednesday, a monitoring group said.

The crossing had been held by government forces since 2012.
`

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in                    string
		title, published, site, url string
		textPrefix                  string
		wantErr                     bool
	}{
		{"headline then headers", story, "Rebels seize border crossing", "2016-03-02", "Test Wire", "", "HATAY", false},
		{"headers then headline", "Title: Talks resume\nDate: January 26, 2015\nURL: https://example.org/a\n\nTalks resume\n\nDiplomats met again on Monday.", "Talks resume", "2015-01-26", "", "https://example.org/a", "Talks resume", false},
		{"headline only then text", "Ceasefire holds\nThe ceasefire held overnight, officials said.", "Ceasefire holds", "", "", "", "The ceasefire", false},
		{"no headline: long first paragraph", "The army said on Tuesday that it had pushed back an attack on the city and that dozens of fighters were killed in the clashes, which lasted more than six hours and spread to two nearby villages.\n\nMore text.", "", "", "", "", "The army", false},
		{"CRLF", "Strike hits market\r\n\r\nA strike hit a market.\r\n", "Strike hits market", "", "", "", "A strike", false},
		{"only a headline", "Just a headline\n", "", "", "", "", "", true},
		{"one sentence is text, not a headline", "Rebels freed 19 hostages on Sunday.\n", "", "", "", "", "Rebels freed", false},
		{"bad date header kept as warning", "Title: X\nDate: someday\n\nBody text here.", "X", "", "", "", "Body", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := parseText(Item{Input: "t"}, []byte(tt.in))
			if (it.Err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", it.Err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if it.Title != tt.title || it.Published != tt.published || it.Site != tt.site || it.URL != tt.url {
				t.Errorf("got title %q published %q site %q url %q", it.Title, it.Published, it.Site, it.URL)
			}
			if !strings.HasPrefix(strings.TrimSpace(it.Text), tt.textPrefix) {
				t.Errorf("text = %q, want prefix %q", it.Text, tt.textPrefix)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2015-01-26", "2015-01-26"},
		{"2015-01-26T10:00:00Z", "2015-01-26T10:00:00Z"},
		{"2015-01-26T12:00:00+02:00", "2015-01-26T10:00:00Z"},
		{"2024-05-03 15:47:42.389000+00:00", "2024-05-03T15:47:42Z"},
		{"Mon, 26 Jan 2015 10:00:00 GMT", "2015-01-26T10:00:00Z"},
		{"Mon, 26 Jan 2015 10:00:00 +0000", "2015-01-26T10:00:00Z"},
		{"January 26, 2015", "2015-01-26"},
		{"Jan. 26, 2015", "2015-01-26"},
		{"Sept. 3, 2015", "2015-09-03"},
		{"26 January 2015", "2015-01-26"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := NormalizeDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

const page = `<!DOCTYPE html><html><head><title>Army retakes town</title></head>
<body><article><h1>Army retakes town</h1><p>The army retook the town on Sunday.</p></article></body></html>`

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>First</title><link>https://example.org/1</link><pubDate>Mon, 26 Jan 2015 10:00:00 GMT</pubDate><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>
<item><title>Broken: no text</title><link>https://example.org/2</link></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Atom item</title><link href="https://example.org/a"/><updated>2015-01-26T10:00:00Z</updated><content type="html">Fighting resumed.</content></entry></feed>`

const jsonFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "url": "https://example.org/j", "title": "JSON item", "content_text": "Talks ended.", "date_published": "2015-01-26T10:00:00Z"}]}`

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	type want struct {
		input, format, title, url, published string
		html, err                            bool
		errHas                               string
	}
	tests := []struct {
		name string
		file string
		data []byte
		want []want
	}{
		{"text", "a.txt", []byte(story), []want{{format: "text", title: "Rebels seize border crossing", published: "2016-03-02"}}},
		{"text without extension", "article", []byte(story), []want{{format: "text", title: "Rebels seize border crossing"}}},
		{"html", "a.html", []byte(page), []want{{format: "html", html: true}}},
		{"html gz", "a.html.gz", gz([]byte(page)), []want{{format: "html", html: true}}},
		{"sniffed html", "page", []byte(page), []want{{format: "html", html: true}}},
		{"json object", "a.json", []byte(`{"title":"T1","text":"Body one.","url":"https://example.org/x","published":"2015-01-26"}`),
			[]want{{format: "json", title: "T1", url: "https://example.org/x", published: "2015-01-26"}}},
		{"pretty json object", "p.json", []byte("{\n  \"title\": \"T1\",\n  \"text\": \"Body.\"\n}\n"), []want{{format: "json", title: "T1"}}},
		{"json array", "b.json", []byte(`[{"title":"A","text":"x"},{"title":"B","html":"<p>y</p>"}]`),
			[]want{{format: "json", title: "A"}, {format: "json", title: "B", html: true}}},
		{"jsonl with bad line", "c.jsonl", []byte("{\"title\":\"A\",\"text\":\"x\",\"date\":\"Jan 2, 2016\"}\n{not json\n\n{\"title\":\"C\",\"text\":\"z\"}\n{\"title\":\"no text\"}\n"),
			[]want{{format: "jsonl", title: "A", published: "2016-01-02"}, {err: true, errHas: "malformed JSON", input: ":2"}, {format: "jsonl", title: "C"}, {err: true, errHas: "no text", input: ":5"}}},
		{"malformed array", "d.json", []byte(`[{"title":"A","text":"x"}, {"title": oops}]`),
			[]want{{format: "json", title: "A"}, {err: true, errHas: "malformed JSON"}}},
		{"rss with broken entry", "f.xml", []byte(rss),
			[]want{{format: "rss", title: "First", url: "https://example.org/1", published: "2015-01-26T10:00:00Z"}, {err: true, errHas: "no content"}}},
		{"atom", "g.atom", []byte(atom), []want{{format: "atom", title: "Atom item", published: "2015-01-26T10:00:00Z"}}},
		{"json feed", "h.json", []byte(jsonFeed), []want{{format: "jsonfeed", title: "JSON item"}}},
		{"broken feed", "i.rss", []byte(`<?xml version="1.0"?><rss><channel><item><title>x</ti`), []want{{err: true, errHas: "feed"}}},
		{"binary", "bin.txt", []byte("\x00\x01\x02ELF\x00\x00"), []want{{err: true, errHas: "binary"}}},
		{"invalid utf-8", "latin1.txt", []byte("Headline\n\nCaf\xe9 bombed in the old city."), []want{{err: true, errHas: "invalid UTF-8 at byte 13"}}},
		{"empty", "empty.txt", nil, []want{{err: true, errHas: "empty file"}}},
		{"truncated gzip", "t.html.gz", gz([]byte(strings.Repeat(page, 50)))[:60], []want{{err: true, errHas: "truncated gzip"}}},
		{"not gzip inside", "x.txt.gz", []byte{0x1f, 0x8b, 0, 0}, []want{{err: true, errHas: "gzip"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.data)
			items := collect(t, Options{}, p)
			if len(items) != len(tt.want) {
				for _, it := range items {
					t.Logf("item %s err=%v title=%q", it.Input, it.Err, it.Title)
				}
				t.Fatalf("got %d items, want %d", len(items), len(tt.want))
			}
			for i, w := range tt.want {
				it := items[i]
				if w.err {
					if it.Err == nil || !strings.Contains(it.Err.Error(), w.errHas) {
						t.Errorf("item %d: err = %v, want one containing %q", i, it.Err, w.errHas)
					}
					if !strings.HasPrefix(it.Input, p) || !strings.HasSuffix(it.Input, w.input) {
						t.Errorf("item %d: input %q does not name %s%s", i, it.Input, p, w.input)
					}
					continue
				}
				if it.Err != nil {
					t.Fatalf("item %d: unexpected error %v", i, it.Err)
				}
				if it.Format != w.format || (w.title != "" && it.Title != w.title) || (w.url != "" && it.URL != w.url) || (w.published != "" && it.Published != w.published) {
					t.Errorf("item %d: got format %q title %q url %q published %q; want %+v", i, it.Format, it.Title, it.URL, it.Published, w)
				}
				if (it.HTML != nil) != w.html {
					t.Errorf("item %d: html = %v, want %v", i, it.HTML != nil, w.html)
				}
				if it.HTML == nil && strings.TrimSpace(it.Text) == "" {
					t.Errorf("item %d: no text", i)
				}
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	dir := t.TempDir()
	// A sparse 500 MB file: refused from its size, never read.
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(500 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	items := collect(t, Options{}, p)
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "too large: 500.0 MiB") {
		t.Fatalf("got %+v", items)
	}
	// An over-long JSON Lines record is refused; the next one is read.
	line := `{"title":"big","text":"` + strings.Repeat("x", 2000) + `"}`
	p = write(t, dir, "big.jsonl", []byte(line+"\n"+`{"title":"small","text":"ok"}`+"\n"))
	items = collect(t, Options{MaxBytes: 1000}, p)
	if len(items) != 2 || items[0].Err == nil || items[1].Title != "small" {
		t.Fatalf("got %+v", items)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte(story))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	write(t, dir, "sub/a.html", []byte(page))
	write(t, dir, ".hidden.txt", []byte(story))
	items := collect(t, Options{}, dir, filepath.Join(dir, "missing.txt"))
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	if items[0].Format != "text" || items[1].Format != "html" {
		t.Errorf("order/format: %s %s", items[0].Format, items[1].Format)
	}
	if items[2].Err == nil || !strings.Contains(items[2].Err.Error(), "no such file") {
		t.Errorf("missing file: %v", items[2].Err)
	}
	empty := t.TempDir()
	items = collect(t, Options{}, empty)
	if len(items) != 1 || items[0].Err == nil {
		t.Errorf("empty dir: %+v", items)
	}
}

func TestFetch(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("a"), 4096))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()

	opts := Options{MaxBytes: 2048, Timeout: 200 * time.Millisecond}
	items := collect(t, opts, srv.URL+"/article", srv.URL+"/feed", srv.URL+"/missing", srv.URL+"/big", srv.URL+"/slow", closedURL+"/x", srv.URL+"/moved", "http://")
	wantErr := []string{"", "", "no content", "HTTP 404", "too large", "fetch failed", "fetch failed", "", "bad URL"}
	if len(items) != len(wantErr) {
		for _, it := range items {
			t.Logf("%s %v", it.Input, it.Err)
		}
		t.Fatalf("got %d items, want %d", len(items), len(wantErr))
	}
	for i, w := range wantErr {
		if w == "" {
			if items[i].Err != nil {
				t.Errorf("item %d (%s): %v", i, items[i].Input, items[i].Err)
			}
			continue
		}
		if items[i].Err == nil || !strings.Contains(items[i].Err.Error(), w) {
			t.Errorf("item %d (%s): err %v, want %q", i, items[i].Input, items[i].Err, w)
		}
	}
	if !strings.HasPrefix(gotUA, "sitrep/") {
		t.Errorf("User-Agent = %q", gotUA)
	}
	if items[0].HTML == nil || items[0].URL != srv.URL+"/article" {
		t.Errorf("article: %+v", items[0])
	}
	if items[1].Format != "rss" || items[1].URL != "https://example.org/1" {
		t.Errorf("feed item: %+v", items[1])
	}
	if items[7].URL != srv.URL+"/article" {
		t.Errorf("redirect: URL = %q, want the final one", items[8].URL)
	}
}

func TestReadLineLimit(t *testing.T) {
	r := bufio.NewReaderSize(strings.NewReader("short\n"+strings.Repeat("y", 100)+"\nend"), 16)
	if l, err := readLine(r, 50); err != nil || string(l) != "short" {
		t.Fatalf("got %q %v", l, err)
	}
	if _, err := readLine(r, 50); err != errLineTooLong {
		t.Fatalf("got %v, want errLineTooLong", err)
	}
	if l, err := readLine(r, 50); string(l) != "end" || err != io.EOF {
		t.Fatalf("after a long line: got %q %v, want the next line", l, err)
	}
}
