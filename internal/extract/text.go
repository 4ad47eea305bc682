package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inlineTags are the elements whose text continues the surrounding
// paragraph; every other element starts and ends a block.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Big: true, atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true,
	atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Ins: true,
	atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Nobr: true, atom.Q: true,
	atom.Rp: true, atom.Rt: true, atom.Ruby: true, atom.S: true, atom.Samp: true,
	atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true,
	atom.Var: true, atom.Wbr: true,
}

// skipTags never contribute text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Head: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Select: true, atom.Option: true,
	atom.Button: true, atom.Textarea: true, atom.Input: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Img: true, atom.Picture: true, atom.Source: true,
}

// block is one paragraph-level piece of text with the tag that produced it.
type block struct {
	tag  string // element name of the innermost block container ("h2", "p", "li", ...)
	text string
}

// blocks flattens a content tree into paragraph blocks: the text of inline
// descendants is joined, block elements and <br> separate paragraphs, table
// cells of one row are joined with a space.
func blocks(root *html.Node) []block {
	var out []block
	var cur strings.Builder
	curTag := ""
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			out = append(out, block{tag: curTag, text: t})
		}
		cur.Reset()
	}
	var walk func(n *html.Node, tag string)
	walk = func(n *html.Node, tag string) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if cur.Len() == 0 {
					curTag = tag
				}
				cur.WriteString(c.Data)
			case html.ElementNode:
				a := c.DataAtom
				switch {
				case skipTags[a]:
				case a == atom.Br:
					flush()
				case a == atom.Td || a == atom.Th:
					cur.WriteByte(' ')
					walk(c, tag)
					cur.WriteByte(' ')
				case inlineTags[a]:
					walk(c, tag)
				default:
					flush()
					walk(c, c.Data)
					flush()
				}
			}
		}
	}
	walk(root, "")
	flush()
	return out
}

// normalizeSpace collapses all whitespace runs (including NBSP and other
// Unicode spaces) to one space, drops invisible format characters and
// trims.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f':
			space = true
			continue
		case r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width space, word joiner, BOM, soft hyphen: invisible
			// (ZWNJ/ZWJ are kept: they matter in some scripts)
			continue
		case unicode.IsControl(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// joinBlocks renders blocks as the Article.Text paragraphs.
func joinBlocks(bs []block) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		if b.text != "" {
			parts = append(parts, b.text)
		}
	}
	return strings.Join(parts, "\n\n")
}
