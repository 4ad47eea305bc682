// Package extract pulls the article (title, byline, date, body text) out of
// one HTML page. The body comes from go-trafilatura, with go-readability as
// the fallback when trafilatura finds nothing or much less; the date from
// go-htmldate.
package extract

import (
	"fmt"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Article is the extracted content of one page.
type Article struct {
	Title, Byline, Site string
	// Published is an ISO 8601 date ("2024-05-03") or date-time
	// ("2024-05-03T15:47:42Z"), "" when unknown.
	Published string
	// Text is the body text: paragraphs separated by "\n\n", no HTML.
	Text string
	// Language is what the page declares (html lang / meta), else "".
	Language string
	// Warnings are non-fatal notes.
	Warnings []string
}

// config holds the tunable extraction settings. The values in
// defaultConfig were chosen on the Fundus dev set (258 news pages, 181
// publishers; see internal/eval): each switch below was measured on and
// off, and only the ones that raised body F1 are on.
type config struct {
	// trafilatura
	focus         trafilatura.ExtractionFocus // FavorPrecision scored best once the trims below exist
	excludeTables bool                        // no measurable effect; tables kept (result tables matter in politics)
	tfFallback    bool                        // trafilatura's built-in readability/distiller comparison: lower F1, slower
	dateExtensive bool                        // htmldate extensive search: same accuracy on the dev set, slower
	scripting     bool                        // parse <noscript> as raw text (false: as markup, so it never leaks as text)

	// readability fallback: used when trafilatura's body is shorter than
	// rdMin of readability's and is either short (< rdShort runes) or not
	// mostly running prose (< rdProse).
	rdMin   float64
	rdShort int
	rdProse float64

	// JSON-LD articleBody as a reference
	useLD       bool
	ldArbiter   bool    // pick the extractor whose body is closer to articleBody
	ldReplace   float64 // use articleBody when it is this many times longer than an extracted body it contains
	ldFilter    float64 // trim the body to the part articleBody confirms (min share of a block's shingles)
	ldFilterMin float64 // ... only when articleBody is at least this share of the body

	// readability as a reference (no JSON-LD): trim trafilatura's head and
	// tail to what readability confirms when readability's body is at
	// least rdTrim of trafilatura's and nearly contained in it.
	rdTrim float64

	dropTitle bool // drop leading blocks that repeat the headline
}

var defaultConfig = config{
	focus:         trafilatura.FavorPrecision,
	excludeTables: false,
	tfFallback:    false,
	dateExtensive: false,
	scripting:     false,
	rdMin:         0.5,
	rdShort:       1000,
	rdProse:       0.5,
	useLD:         true,
	ldArbiter:     true,
	ldReplace:     2,
	ldFilter:      0.5,
	ldFilterMin:   0.5,
	rdTrim:        0.3,
	dropTitle:     true,
}

// HTML extracts the article from one page. pageURL may be "". It never
// panics; it returns an error only for unusable input (binary data). A
// page without an article gives an empty Text and a warning.
func HTML(page []byte, pageURL string) (Article, error) {
	return extractWith(page, pageURL, defaultConfig)
}

func extractWith(page []byte, pageURL string, cfg config) (art Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			art = Article{}
			err = fmt.Errorf("extract: internal error: %v", r)
		}
	}()
	text, warns, err := decodePage(page)
	if err != nil {
		return Article{}, err
	}
	art.Warnings = warns
	doc, err := html.ParseWithOptions(strings.NewReader(text), html.ParseOptionEnableScripting(cfg.scripting))
	if err != nil {
		return Article{}, fmt.Errorf("extract: parse HTML: %w", err)
	}
	var u *nurl.URL
	if pu, err := nurl.Parse(strings.TrimSpace(pageURL)); err == nil && pu.Scheme != "" && pu.Host != "" {
		u = pu
	}
	art.Language = declaredLanguage(doc)
	ldBody, ldDate := jsonLD(doc)
	var ldBlocks []block
	if cfg.useLD {
		ldBlocks = textBlocks(ldBody)
	}
	headings := headingTexts(doc)

	// Date: htmldate (fast mode) works on its own copy of doc.
	dopts := htmldate.Options{
		UseOriginalDate:     true,
		ExtractTime:         true,
		SkipExtensiveSearch: !cfg.dateExtensive,
	}
	if u != nil {
		dopts.URL = u.String()
	}
	d, derr := htmldate.FromDocument(doc, dopts)
	art.Published = publishedDate(d, derr == nil && !d.IsZero(), metaPublished(doc, ldDate))

	// Body and metadata: trafilatura (it copies doc before changing it).
	topts := trafilatura.Options{
		OriginalURL:     u,
		Focus:           cfg.focus,
		ExcludeComments: true,
		ExcludeTables:   cfg.excludeTables,
		EnableFallback:  cfg.tfFallback,
		HtmlDateMode:    trafilatura.Disabled, // done above, with the time of day
	}
	var tfBlocks []block
	tres, terr := trafilatura.ExtractDocument(doc, topts)
	if terr == nil && tres != nil {
		art.Title = clean(tres.Metadata.Title)
		art.Byline = clean(tres.Metadata.Author)
		art.Site = clean(tres.Metadata.Sitename)
		if tres.ContentNode != nil {
			tfBlocks = blocks(tres.ContentNode)
		}
	}

	// Readability: second body candidate, and title/byline/site when
	// trafilatura has none. It runs last and may consume doc.
	var rdBlocks []block
	rp := readability.NewParser()
	rd, rerr := rp.ParseAndMutate(doc, u)
	if rerr == nil {
		if art.Title == "" {
			art.Title = clean(rd.Title())
		}
		if art.Byline == "" {
			art.Byline = clean(rd.Byline())
		}
		if art.Site == "" {
			art.Site = clean(rd.SiteName())
		}
		if art.Language == "" {
			art.Language = normLang(rd.Language())
		}
		if rd.Node != nil {
			rdBlocks = blocks(rd.Node)
		}
	}

	body, notes := chooseBody(tfBlocks, rdBlocks, ldBlocks, cfg)
	if cfg.dropTitle {
		body = dropTitles(body, append(headings, art.Title))
	}
	if len(body) == 0 {
		switch {
		case terr != nil:
			notes = append(notes, "no article body: trafilatura: "+terr.Error())
		case rerr != nil:
			notes = append(notes, "no article body: readability: "+rerr.Error())
		default:
			notes = append(notes, "no article body")
		}
	}
	art.Warnings = append(art.Warnings, notes...)
	art.Text = joinBlocks(body)
	return art, nil
}

func textLen(bs []block) int {
	n := 0
	for _, b := range bs {
		n += utf8.RuneCountInString(b.text)
	}
	return n
}

// clean normalises a metadata string.
func clean(s string) string { return normalizeSpace(s) }

// declaredLanguage returns the language the page declares: <html lang>,
// then <meta http-equiv=content-language>, <meta name=language>,
// og:locale.
func declaredLanguage(doc *html.Node) string {
	var htmlLang, metaLang string
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 4 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "html":
				if htmlLang == "" {
					htmlLang = attr(c, "lang")
					if htmlLang == "" {
						htmlLang = attr(c, "xml:lang")
					}
				}
			case "meta":
				if metaLang != "" {
					break
				}
				name := strings.ToLower(attr(c, "http-equiv") + attr(c, "name") + attr(c, "property"))
				switch name {
				case "content-language", "language", "og:locale", "dc.language":
					metaLang = attr(c, "content")
				}
			}
			visit(c, depth+1)
		}
	}
	visit(doc, 0)
	if l := normLang(htmlLang); l != "" {
		return l
	}
	return normLang(metaLang)
}

// normLang tidies a language tag ("de_DE" -> "de-DE"); it returns "" for
// values that are not language tags.
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if len(s) < 2 || len(s) > 35 {
		return ""
	}
	for i, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || (i > 0 && (r == '-' || r >= '0' && r <= '9'))
		if !ok {
			return ""
		}
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}
