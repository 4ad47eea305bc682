package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// headerKeys maps the header names a saved article may start with to the
// Item field they fill.
var headerKeys = map[string]string{
	"title": "title", "headline": "title",
	"date": "date", "published": "date", "publication date": "date", "dateline": "date",
	"url": "url", "link": "url",
	"source": "site", "site": "site", "publisher": "site",
	"by": "byline", "author": "byline", "byline": "byline",
}

// parseText reads a plain-text article: optional "Key: value" header lines,
// then the headline as the first line (unless a Title header gave it), then
// paragraphs.
func parseText(it Item, data []byte) Item {
	it.Format = FormatText
	if err := checkUTF8(data); err != nil {
		it.Err = err
		return it
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(s, "\n")

	// The top of the file holds the headline and header lines, in either
	// order. A Title header wins over a bare first line; when a Title header
	// came first, a bare line after it is body text (the cleaner drops it if
	// it repeats the title).
	i := 0
	sawHeadline := false
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		if key, val, ok := headerLine(line); ok {
			it.setHeader(key, val)
			continue
		}
		if sawHeadline || it.Title != "" {
			break
		}
		nextBlank := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		if !looksLikeHeadline(line, nextBlank) {
			break
		}
		it.Title = line
		sawHeadline = true
	}
	it.Text = strings.Join(lines[i:], "\n")
	if strings.TrimSpace(it.Text) == "" && sawHeadline && endsLikeSentence(it.Title) {
		// a file of one sentence or paragraph is its text, not a
		// headline with nothing under it
		it.Text, it.Title = it.Title, ""
	}
	if strings.TrimSpace(it.Text) == "" {
		it.Err = fmt.Errorf("no article text")
	}
	return it
}

// endsLikeSentence reports a line that ends as sentences do, which headlines
// seldom do.
func endsLikeSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’) ")
	return strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "...") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?")
}

func (it *Item) setHeader(key, val string) {
	switch key {
	case "title":
		it.Title = val
	case "date":
		if v, ok := NormalizeDate(val); ok {
			it.Published = v
		} else {
			it.Warnings = append(it.Warnings, fmt.Sprintf("unreadable date header %q", val))
		}
	case "url":
		it.URL = val
	case "site":
		it.Site = val
	case "byline":
		it.Byline = val
	}
}

// headerLine recognises "Key: value" for the known keys only, so that a
// first paragraph such as "Update: the army said..." is not taken for one
// unless its key is a header name.
func headerLine(line string) (key, val string, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found || len(k) > 20 {
		return "", "", false
	}
	key, ok = headerKeys[strings.ToLower(strings.TrimSpace(k))]
	if !ok {
		return "", "", false
	}
	val = strings.TrimSpace(v)
	// "URL: https://..." cut at the first colon keeps the scheme's colon in v.
	return key, val, val != ""
}

// looksLikeHeadline says whether the first line of a saved article is its
// headline: short, and either set off by a blank line or not ending like a
// sentence of running text.
func looksLikeHeadline(line string, nextBlank bool) bool {
	n := utf8.RuneCountInString(line)
	if n == 0 || n > 250 {
		return false
	}
	words := len(strings.Fields(line))
	endsSentence := strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "...")
	if endsSentence && words > 25 {
		return false
	}
	return nextBlank || !endsSentence
}

// checkUTF8 refuses text that is not UTF-8, saying where it breaks.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return fmt.Errorf("invalid UTF-8 at byte %d (convert the file to UTF-8 first, e.g. iconv -c -f WINDOWS-1252 -t UTF-8; -c drops the few bytes Windows-1252 leaves undefined)", off)
}
