package extract

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"unicode/utf8"
)

// articleHTML wraps paragraphs in a minimal article page. head is extra
// <head> markup (e.g. a charset declaration).
func articleHTML(head, title string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<html><head>" + head + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1>\n")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func TestHTML(t *testing.T) {
	curly := "The minister said the plan was “a first step” and called the café owners’ protest “understandable” on Monday."
	curlyParas := append([]string{curly}, testParagraphs[:6]...)

	// Windows-1252 bytes: 0x93/0x94 are curly double quotes, 0xE9 is é.
	cp1252 := articleHTML(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`,
		"R\xe9sum\xe9 of the talks",
		append([]string{"Delegates called the draft \x93a workable basis\x94 for the r\xe9gion, the envoy said after the session."}, testParagraphs[:6]...)...)

	tests := []struct {
		name        string
		page        string
		url         string
		wantErr     string
		want        []string // substrings of Text
		notWant     []string // must not occur in Text
		title       string
		published   string
		language    string
		emptyText   bool
		wantWarning string
	}{
		{
			name:     "utf-8 without charset declaration",
			page:     articleHTML("", "Café talks", curlyParas...),
			want:     []string{curly, testParagraphs[0]},
			notWant:  []string{"â€", "Ã©"},
			title:    "Café talks",
			language: "",
		},
		{
			name:  "declared windows-1252",
			page:  cp1252,
			want:  []string{"Delegates called the draft “a workable basis” for the région, the envoy said"},
			title: "Résumé of the talks",
		},
		{
			name:      "news page with boilerplate",
			page:      newsPage(2),
			url:       "https://news.example.com/world/2024/05/03/talks-resume-varnemo",
			want:      append(append([]string(nil), testParagraphs...), "Winter warning"),
			notWant:   append(append(append([]string{testFooter, "Share on Facebook", "Related stories", "nobody ever explains", "Photo: Example Agency", "Live: markets open lower", testTitle, "Mara Lindqvist"}, testNav...), testRelated...), "gtag", "slot-1"),
			title:     testTitle,
			published: "2024-05-03T15:47:42Z",
			language:  "en-GB",
		},
		{
			name:        "empty page",
			page:        "",
			emptyText:   true,
			wantWarning: "no article body",
		},
		{
			name:        "no body",
			page:        "<html><head><title>x</title></head></html>",
			emptyText:   true,
			wantWarning: "no article body",
		},
		{
			name:    "binary",
			page:    "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66\x00\x00\x00\x01sRGB",
			wantErr: "not HTML: binary data",
		},
		{
			name:    "gzip passed without gunzip",
			page:    string(gz(t, []byte(newsPage(0)))),
			wantErr: "not HTML: binary data",
		},
		{
			name: "body only in JSON-LD",
			page: `<html lang="de"><head><title>Bericht</title><script type="application/ld+json">` +
				`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bericht","datePublished":"2024-05-03",` +
				`"articleBody":"` + strings.Join(testParagraphs[:5], `\n`) + `"}</script></head><body><div id="root"></div></body></html>`,
			want:     testParagraphs[:5],
			language: "de",
		},
		{
			name: "utf-16 with BOM",
			page: utf16le("\ufeff" + articleHTML("", "Talks", testParagraphs[:6]...)),
			want: testParagraphs[:6],
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := HTML([]byte(tc.page), tc.url)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			checkText(t, a.Text)
			for _, w := range tc.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("Text lacks %q\nText:\n%s", w, a.Text)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(a.Text, w) {
					t.Errorf("Text contains boilerplate %q\nText:\n%s", w, a.Text)
				}
			}
			if tc.emptyText && a.Text != "" {
				t.Errorf("Text = %q, want empty", a.Text)
			}
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			if tc.published != "" && a.Published != tc.published {
				t.Errorf("Published = %q, want %q", a.Published, tc.published)
			}
			if a.Language != tc.language {
				t.Errorf("Language = %q, want %q", a.Language, tc.language)
			}
			if tc.wantWarning != "" && !strings.Contains(strings.Join(a.Warnings, "\n"), tc.wantWarning) {
				t.Errorf("Warnings = %q, want one containing %q", a.Warnings, tc.wantWarning)
			}
		})
	}
}

// checkText verifies the Text format: valid UTF-8, paragraphs separated by
// one blank line, single spaces, no surrounding whitespace, no markup.
func checkText(t *testing.T, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Fatalf("Text is not valid UTF-8: %q", text)
	}
	if text == "" {
		return
	}
	for _, p := range strings.Split(text, "\n\n") {
		if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.ContainsAny(p, "\n\t\r") {
			t.Fatalf("badly formed paragraph %q in Text:\n%s", p, text)
		}
	}
	if strings.Contains(text, "<p>") || strings.Contains(text, "</") {
		t.Errorf("Text contains markup:\n%s", text)
	}
}

func TestDecodePage(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"utf-8 no declaration", "<p>“é”</p>", "<p>“é”</p>"},
		{"utf-8 declared latin-1 but valid utf-8", `<meta charset="iso-8859-1"><p>é</p>`, `<meta charset="iso-8859-1"><p>é</p>`},
		{"latin-1 declared", "<meta charset=\"iso-8859-1\"><p>\xe9</p>", "<meta charset=\"iso-8859-1\"><p>é</p>"},
		{"windows-1252 undeclared", "<p>\x93caf\xe9\x94</p>", "<p>“café”</p>"},
		{"shift_jis declared", "<meta charset=\"shift_jis\"><p>\x93\xfa\x96\x7b</p>", "<meta charset=\"shift_jis\"><p>日本</p>"},
		{"utf-8 BOM", "\xef\xbb\xbf<p>é</p>", "<p>é</p>"},
		{"utf-8 with a stray byte", "<p>" + strings.Repeat("é", 20) + "\xff</p>", "<p>" + strings.Repeat("é", 20) + "\uFFFD</p>"},
		{"decomposed accents are composed", "<p>e\u0301</p>", "<p>é</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := decodePage([]byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("decodePage = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestNormalizeSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  a \n\t b\u00a0c  ": "a b c",
		"x\u200by":            "xy",
		"":                    "",
		" \n ":                "",
	} {
		if got := normalizeSpace(in); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGunzip(t *testing.T) {
	data := []byte(newsPage(1))
	z := gz(t, data)
	got, err := Gunzip(z, 0)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("round trip failed: %v", err)
	}
	if _, err := Gunzip(z, int64(len(data))); err != nil {
		t.Errorf("limit == size: %v", err)
	}
	if _, err := Gunzip(z, int64(len(data)-1)); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("over limit: err = %v", err)
	}
	for _, n := range []int{len(z) - 1, len(z) - 8, len(z) / 2, 12, 3} {
		if _, err := Gunzip(z[:n], 0); err == nil || !strings.Contains(err.Error(), "truncated") {
			t.Errorf("truncated to %d bytes: err = %v, want truncated", n, err)
		}
	}
	if _, err := Gunzip(data, 0); err == nil || !strings.Contains(err.Error(), "not gzip") {
		t.Errorf("plain data: err = %v", err)
	}
	// Concatenated members are joined.
	two := append(gz(t, []byte("ab")), gz(t, []byte("cd"))...)
	if got, err := Gunzip(two, 0); err != nil || string(got) != "abcd" {
		t.Errorf("multi-member = %q, %v", got, err)
	}
}

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		if r > 0xffff {
			r = '?'
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(newsPage(0)), "https://news.example.com/a")
	f.Add([]byte(articleHTML("", "Café", testParagraphs...)), "")
	f.Add([]byte("<meta charset=\"windows-1252\"><p>\x93caf\xe9\x94</p>"), "")
	f.Add([]byte(""), "")
	f.Add([]byte("\x00\x01\x02binary"), "::bad url")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte(`<script type="application/ld+json">{"articleBody":"<p>x</p><b"}</script>`), "http://x")
	f.Add([]byte("<table><tr><td><p>a<td>b</table><br><br><noscript><p>z</noscript>"), "")
	f.Fuzz(func(t *testing.T, page []byte, url string) {
		a, err := HTML(page, url)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("recovered panic: %v", err)
			}
			return
		}
		for _, s := range []string{a.Title, a.Byline, a.Site, a.Published, a.Text, a.Language} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		checkText(t, a.Text)
	})
}

func FuzzGunzip(f *testing.F) {
	f.Add(gz(f, []byte("<html><body><p>hello</p></body></html>")), int64(0))
	f.Add(gz(f, []byte("abc"))[:10], int64(2))
	f.Add([]byte{0x1f, 0x8b}, int64(-1))
	f.Add([]byte("plain"), int64(100))
	f.Fuzz(func(t *testing.T, b []byte, limit int64) {
		out, err := Gunzip(b, limit)
		if err == nil && limit > 0 && int64(len(out)) > limit {
			t.Fatalf("output %d bytes exceeds limit %d", len(out), limit)
		}
		// Round trip of arbitrary data.
		if len(b) < 1<<16 {
			got, err := Gunzip(gz(t, b), 0)
			if err != nil || !bytes.Equal(got, b) {
				t.Fatalf("round trip: %v", err)
			}
		}
	})
}
