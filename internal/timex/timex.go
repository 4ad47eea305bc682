// Package timex finds time expressions in English news text and
// normalises them to TIMEX3 types and values (TimeML, as TempEval-3 scores
// them) against the publication date: "yesterday" is the day before
// publication, "last week" its ISO week, "Monday" the Monday before or
// after by the tense of the clause, "the past four years" P4Y. Without a
// publication date the values stay unanchored ("XXXX-09", "XXXX-WXX-1").
//
// The recogniser is a hand-written grammar over its own tokens: no regexp,
// one map lookup per token, so it costs a fraction of a millisecond per
// article.
package timex

import (
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// Annotate fills d.Times from d.Text, d.Sentences and d.Published. It
// never leaves d.Times nil.
func Annotate(d *doc.Document) {
	d.Times = Prepare(d.Text, d.Sentences, d.Published).Find()
}

// Text is a text prepared for time expressions: tokens, sentences and the
// publication date. Prepare once, then Find or Normalize many times.
type Text struct {
	runes []rune
	toks  []tok
	sent  []int
	sents [][2]int
	a     anchor
}

// Prepare tokenises s. sentences are rune spans of the sentences of s (nil
// to split them here); published is an ISO date or date-time, or nil.
func Prepare(s string, sentences []doc.Span, published *string) *Text {
	t := &Text{runes: []rune(s), a: parseAnchor(published)}
	t.toks = scan(t.runes)
	if len(sentences) == 0 && len(t.toks) > 0 {
		sentences = text.Sentences(s)
	}
	// group tokens by sentence; tokens outside every sentence join the
	// group before them
	t.sent = make([]int, len(t.toks))
	si, start := 0, 0
	for k := range t.toks {
		nsi := si
		for nsi < len(sentences) && t.toks[k].start >= sentences[nsi][1] {
			nsi++
		}
		if nsi != si && k > start {
			t.sents = append(t.sents, [2]int{start, k})
			start = k
		}
		si = nsi
		t.sent[k] = len(t.sents)
	}
	t.sents = append(t.sents, [2]int{start, len(t.toks)})
	return t
}

// parser starts a fresh grammar state over the text.
func (t *Text) parser() *parser {
	return &parser{toks: t.toks, a: t.a, sent: t.sent, sents: t.sents, lim: len(t.toks)}
}

// Find returns every time expression in the text, in order, never nil.
func (t *Text) Find() []doc.Time {
	out := []doc.Time{}
	p := t.parser()
	t.walk(p, len(t.toks), func(m match) {
		out = append(out, doc.Time{
			Start: t.toks[m.start].start,
			End:   t.toks[m.end-1].end,
			Text:  string(t.runes[t.toks[m.start].start:t.toks[m.end-1].end]),
			Type:  m.typ,
			Value: m.val,
		})
	})
	return out
}

// walk runs the grammar left to right over tokens before stop, calling f
// for each longest match, and keeps the parser's memory of the last year
// and quarter named.
func (t *Text) walk(p *parser, stop int, f func(match)) {
	for i := 0; i < stop; {
		if !t.starts(i) {
			i++
			continue
		}
		m, ok := p.parseAt(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		if m.end > stop {
			// reaches into the span being normalised: leave it
			break
		}
		p.remember(m)
		if f != nil {
			f(m)
		}
		i = m.end
	}
}

// starts is a cheap filter: can an expression begin at token i?
func (t *Text) starts(i int) bool {
	k := &t.toks[i]
	if k.lx != nil || k.digits > 0 || starters[k.w] {
		return true
	}
	c := k.w[0]
	return c >= '0' && c <= '9' || c == '\''
}

var starters = map[string]bool{
	"the": true, "this": true, "last": true, "next": true, "past": true, "previous": true, "coming": true,
	"upcoming": true, "every": true, "each": true, "a": true, "an": true, "few": true, "several": true,
	"many": true, "couple": true, "half": true, "recent": true, "recently": true, "now": true, "currently": true,
	"current": true, "nowadays": true, "presently": true, "previously": true, "formerly": true, "lately": true,
	"soon": true, "future": true, "these": true, "right": true, "just": true, "at": true, "yesterday": true,
	"today": true, "tomorrow": true, "tonight": true, "overnight": true, "noon": true, "midday": true,
	"midnight": true, "its": true, "that": true, "per": true, "fiscal": true, "calendar": true, "year": true,
	"daily": true, "weekly": true, "monthly": true, "annually": true, "yearly": true, "quarterly": true,
	"hourly": true, "nightly": true, "another": true, "additional": true, "first": true, "their": true,
	"those": true, "more": true, "less": true, "up": true, "no": true, "end": true, "as": true, "mid": true,
	"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true, "almost": true,
	"some": true, "early": true, "late": true, "earlier": true, "later": true, "over": true, "within": true,
	"fully": true, "barely": true, "only": true, "nineteen": true, "eighteen": true, "twenty": true, "two": true,
	"christmas": true, "new": true, "valentine": true, "halloween": true,
}

// remember keeps what later expressions resolve against: the last quarter
// and the last explicit year the text named.
func (p *parser) remember(m match) {
	v := m.val
	if m.typ == Duration && len(v) >= 3 && v[len(v)-1] == 'M' && v[1] != 'T' {
		// "the nine months": the report has moved on from the quarter
		p.qActive = false
	}
	if (m.typ == Date || m.typ == Time) && len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		y, ok1 := atoi(v[0:4])
		mo, ok2 := atoi(v[5:7])
		d, ok3 := atoi(v[8:10])
		if ok1 && ok2 && ok3 && validDate(y, mo, d) {
			p.lastDay = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		}
	}
	if m.typ != Date || len(v) < 4 {
		return
	}
	y, ok := atoi(v[:4])
	if !ok {
		return
	}
	explicit, back := false, false
	for k := m.start; k < m.end; k++ {
		switch p.toks[k].w {
		case "ago", "earlier", "year-earlier", "year-ago":
			back = true
		case "last":
			back = true
		}
		if p.toks[k].digits == 4 {
			explicit = true
		}
	}
	if len(v) == 7 && v[5] == 'Q' && !back {
		p.lastQY, p.lastQ = y, int(v[6]-'0')
		p.qActive = true
		p.qSent = p.sent[m.start]
	}
	if explicit {
		p.lastY = y
	}
}

// Normalize gives the TIMEX3 type and value of the expression at rune span
// [start, end), read in its context (tense of its sentence, quarters and
// years named before it). ok is false when the grammar finds no time
// expression inside the span.
func (t *Text) Normalize(start, end int) (typ, value string, ok bool) {
	ti, tj := -1, -1
	for k := range t.toks {
		if t.toks[k].end > start && t.toks[k].start < end {
			if ti < 0 {
				ti = k
			}
			tj = k + 1
		}
	}
	if ti < 0 {
		return "", "", false
	}
	p := t.parser()
	t.walk(p, ti, nil)
	p.lim = tj
	p.loose = true
	var best match
	for i := ti; i < tj; i++ {
		m, ok := p.parseAt(i)
		if ok && m.end-m.start > best.end-best.start {
			best = m
		}
		if ok && m.end == tj {
			break
		}
	}
	if best.end == 0 {
		return "", "", false
	}
	return best.typ, best.val, true
}

// Find is a shorthand for Prepare(s, nil, published).Find().
func Find(s string, published *string) []doc.Time {
	return Prepare(s, nil, published).Find()
}
