package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textBlocks turns a plain-text or HTML article body (as found in
// JSON-LD) into blocks.
func textBlocks(s string) []block {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if strings.Contains(s, "</") || strings.Contains(s, "<br") || strings.Contains(s, "<p") {
		ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
		nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
		if err == nil {
			for _, n := range nodes {
				ctx.AppendChild(n)
			}
			return blocks(ctx)
		}
	}
	s = html.UnescapeString(s)
	var out []block
	for _, line := range strings.Split(s, "\n") {
		if t := normalizeSpace(line); t != "" {
			out = append(out, block{tag: "p", text: t})
		}
	}
	return out
}

// candidate is one extractor's body with its shingles.
type candidate struct {
	name   string
	blocks []block
	toks   int
	sh     shingleSet
}

func newCandidate(name string, bs []block) candidate {
	c := candidate{name: name, blocks: bs, sh: shingleSet{}}
	var all []string
	for _, b := range bs {
		all = append(all, words(b.text)...)
	}
	c.toks = len(all)
	addShingles(c.sh, all)
	return c
}

// f1 of c against reference r (shingle multisets).
func (c candidate) f1(r candidate) float64 {
	ov := c.sh.overlap(r.sh)
	if ov == 0 {
		return 0
	}
	p := float64(ov) / float64(c.sh.total())
	rc := float64(ov) / float64(r.sh.total())
	return 2 * p * rc / (p + rc)
}

// chooseBody picks the body among trafilatura's (tf), readability's (rd)
// and the page's JSON-LD articleBody (ld), then trims it against a
// reference text:
//   - trafilatura is the default; readability replaces it when trafilatura
//     found nothing, when the page has an articleBody and readability's body
//     is clearly closer to it, or (without articleBody) when trafilatura's
//     body is much shorter and short or not prose (a list of links);
//   - with an articleBody, an extracted body that it contains and that is
//     less than half its length is replaced by it (truncated extraction, or
//     a client-rendered page), and a body that contains it is trimmed to
//     it (trimToReference);
//   - without one, trafilatura's body is trimmed to readability's when
//     readability's lies nearly entirely inside it.
func chooseBody(tfB, rdB, ldB []block, cfg config) ([]block, []string) {
	var notes []string
	tf, rd := newCandidate("trafilatura", tfB), newCandidate("readability", rdB)
	ld := newCandidate("json-ld", ldB)
	tfLen, rdLen := textLen(tfB), textLen(rdB)
	body := tf
	switch {
	case tfLen == 0 && rdLen == 0:
	case tfLen == 0:
		body = rd
		notes = append(notes, "fell back to readability: trafilatura found no body")
	case ld.toks > 0 && cfg.ldArbiter && rd.toks > 0 && rd.f1(ld) > tf.f1(ld)+0.05:
		body = rd
		notes = append(notes, "fell back to readability: closer to the JSON-LD articleBody")
	case ld.toks > 0 && cfg.ldArbiter:
	case float64(tfLen) < cfg.rdMin*float64(rdLen) && (tfLen < cfg.rdShort || proseShare(tfB) < cfg.rdProse):
		body = rd
		notes = append(notes, fmt.Sprintf(
			"fell back to readability: trafilatura body much shorter (%d vs %d chars)", tfLen, rdLen))
	}
	if ld.toks == 0 && cfg.rdTrim > 0 && body.name == "trafilatura" && rd.toks > 0 {
		ov := body.sh.overlap(rd.sh)
		covRd := float64(ov) / float64(rd.sh.total())
		covBody := float64(ov) / float64(body.sh.total())
		if covRd >= 0.85 && covBody < 0.97 && float64(rd.toks) >= cfg.rdTrim*float64(body.toks) {
			return trimToReference(body.blocks, rd, 0.5, true), notes
		}
	}
	if ld.toks == 0 || body.toks == 0 {
		if body.toks == 0 && ld.toks > 0 {
			notes = append(notes, "body from JSON-LD articleBody")
			return ld.blocks, notes
		}
		return body.blocks, notes
	}
	ov := body.sh.overlap(ld.sh)
	covLD := float64(ov) / float64(ld.sh.total())
	covBody := float64(ov) / float64(body.sh.total())
	switch {
	case cfg.ldReplace > 0 && covBody >= 0.8 && float64(ld.toks) >= cfg.ldReplace*float64(body.toks):
		notes = append(notes, "body from JSON-LD articleBody: extracted body looks truncated")
		return ld.blocks, notes
	case cfg.ldFilter > 0 && covLD >= 0.85 && covBody < 0.97 && float64(ld.toks) >= cfg.ldFilterMin*float64(body.toks):
		return trimToReference(body.blocks, ld, cfg.ldFilter, false), notes
	}
	return body.blocks, notes
}

// trimToReference keeps the part of bs that the reference text confirms
// (a block is confirmed when at least minCover of its shingles occur in
// the reference): blocks after the last confirmed block are dropped
// (related links, promos, comments); before the first confirmed block only
// substantial paragraphs survive (a lead/teaser that references often
// omit, not a kicker, credit or caption stub); in between, unconfirmed
// blocks survive as headings (subheadings are often missing from a
// JSON-LD articleBody, while captions and inline promos are not) and, with
// keepProse, as running prose (readability drops some real paragraphs).
func trimToReference(bs []block, ref candidate, minCover float64, keepProse bool) []block {
	joined := strings.Join(words(joinBlocks(ref.blocks)), " ")
	ok := make([]bool, len(bs))
	first, last := -1, -1
	for i, b := range bs {
		if covered(words(b.text), ref.sh, joined) >= minCover {
			ok[i] = true
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return bs
	}
	var out []block
	for i, b := range bs {
		switch {
		case ok[i]:
		case i < first:
			if len(words(b.text)) < 8 {
				continue
			}
		case i > last:
			continue
		default:
			if !isHeading(b.tag) && !(keepProse && isProse(b.text)) {
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

func isHeading(tag string) bool {
	switch tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// headingTexts returns the texts of the page's <title> and first <h1>
// elements (the headline that bodies often repeat).
func headingTexts(doc *html.Node) []string {
	var out []string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && len(out) < 6; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				continue
			case atom.Title, atom.H1:
				if t := normalizeSpace(nodeText(c)); t != "" {
					out = append(out, t)
				}
				continue
			}
			visit(c)
		}
	}
	visit(doc)
	return out
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case html.ElementNode:
				if !skipTags[c.DataAtom] {
					visit(c)
				}
			}
		}
	}
	visit(n)
	return b.String()
}

// dropTitles removes leading blocks that repeat the headline (Fundus-style
// bodies, like most article bodies, exclude it).
func dropTitles(bs []block, titles []string) []block {
	var tsets []map[string]int
	for _, t := range titles {
		if w := words(t); len(w) > 0 {
			m := map[string]int{}
			for _, x := range w {
				m[x]++
			}
			tsets = append(tsets, m)
		}
	}
	if len(tsets) == 0 {
		return bs
	}
	i := 0
	for ; i < len(bs) && i < 3; i++ {
		w := words(bs[i].text)
		if len(w) == 0 || len(w) > 60 {
			break
		}
		match := false
		for _, t := range tsets {
			n, common := 0, 0
			for _, c := range t {
				n += c
			}
			seen := map[string]int{}
			for _, x := range w {
				if seen[x] < t[x] {
					common++
				}
				seen[x]++
			}
			if float64(common) >= 0.7*float64(max(n, len(w))) {
				match = true
				break
			}
		}
		if !match {
			break
		}
	}
	if i == 0 {
		return bs
	}
	return bs[i:]
}

// proseShare is the share of the text of bs in paragraphs that read as
// running prose (long, or ending like a sentence) rather than as lists of
// headlines, menu entries or labels.
func proseShare(bs []block) float64 {
	all, prose := 0, 0
	for _, b := range bs {
		n := utf8.RuneCountInString(b.text)
		all += n
		if isProse(b.text) {
			prose += n
		}
	}
	if all == 0 {
		return 0
	}
	return float64(prose) / float64(all)
}

// isProse reports whether a paragraph reads as running text: long, or a
// medium-length sentence.
func isProse(s string) bool {
	n := utf8.RuneCountInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return n >= 150 || n >= 40 && strings.ContainsRune(".!?。！？\"”»“«'’", last)
}
