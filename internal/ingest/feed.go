package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// readFeed reads an RSS, Atom or JSON Feed document: one Item per entry,
// with the entry's link and date. Entries without any text are reported one
// by one; the others go on.
func readFeed(base Item, data []byte, emit func(Item)) {
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeRSS:
		base.Format = FormatRSS
	case gofeed.FeedTypeAtom:
		base.Format = FormatAtom
	case gofeed.FeedTypeJSON:
		base.Format = FormatJSONFeed
	default:
		emit(failed(base.Input, fmt.Errorf("not a feed: no RSS, Atom or JSON Feed root")))
		return
	}
	feed, err := parseFeedSafely(data)
	if err != nil {
		emit(failed(base.Input, fmt.Errorf("malformed %s feed: %v", base.Format, err)))
		return
	}
	if len(feed.Items) == 0 {
		emit(failed(base.Input, fmt.Errorf("%s feed has no items", base.Format)))
		return
	}
	site := feed.Title
	for i, entry := range feed.Items {
		emit(feedItem(base, fmt.Sprintf("%s#%d", base.Input, i+1), site, entry))
	}
}

// parseFeedSafely shields the batch from a panic inside the feed parser on
// hostile input: a broken feed is one failed input, never a crash.
func parseFeedSafely(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("parser failure: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

func feedItem(base Item, input, site string, entry *gofeed.Item) Item {
	if entry == nil {
		return failed(input, fmt.Errorf("empty feed entry"))
	}
	it := base
	it.Input = input
	it.Title = strings.TrimSpace(fragmentText(entry.Title))
	it.URL = strings.TrimSpace(entry.Link)
	if it.Site == "" {
		it.Site = strings.TrimSpace(site)
	}
	switch {
	case entry.PublishedParsed != nil:
		it.Published = FormatTime(*entry.PublishedParsed)
	case entry.UpdatedParsed != nil:
		it.Published = FormatTime(*entry.UpdatedParsed)
	case entry.Published != "":
		if d, ok := NormalizeDate(entry.Published); ok {
			it.Published = d
		} else {
			it.Warnings = append(it.Warnings, fmt.Sprintf("unreadable date %q", entry.Published))
		}
	}
	if len(entry.Authors) > 0 && entry.Authors[0] != nil {
		it.Byline = entry.Authors[0].Name
	}
	body := entry.Content
	if strings.TrimSpace(body) == "" {
		body = entry.Description
	}
	it.Text = fragmentText(body)
	if strings.TrimSpace(it.Text) == "" {
		return failed(input, fmt.Errorf("feed entry %q has no content or description", it.Title))
	}
	return it
}

// blockTags end a paragraph when converting an HTML fragment to text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "section": true, "article": true, "table": true, "tr": true,
	"figure": true, "figcaption": true, "hr": true, "pre": true,
}

// fragmentText turns an HTML fragment (a feed entry's content) into plain
// text with paragraphs separated by blank lines. Plain text passes through
// with its entities decoded.
func fragmentText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return fragment
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(fragment))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(collapseBlankLines(b.String()))
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript":
				skip++
			default:
				if blockTags[string(name)] {
					b.WriteString("\n\n")
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript":
				if skip > 0 {
					skip--
				}
			default:
				if blockTags[string(name)] {
					b.WriteString("\n\n")
				}
			}
		}
	}
}

// collapseBlankLines reduces runs of blank lines to a single blank line.
func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, strings.TrimSpace(l))
	}
	return strings.Join(out, "\n")
}
