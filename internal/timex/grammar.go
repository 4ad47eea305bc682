package timex

import (
	"strconv"
	"time"
)

// Types of TIMEX3 expressions.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Fuzzy values TimeML uses for vague references.
const (
	presentRef = "PRESENT_REF"
	pastRef    = "PAST_REF"
	futureRef  = "FUTURE_REF"
)

// match is one recognised expression over tokens [start, end).
type match struct {
	start, end int
	typ, val   string
}

// parser holds one text's tokens and the state the grammar resolves
// against: the publication date, the sentence bounds (for tense) and the
// last quarter and year the text mentioned (for "the quarter", "a year
// earlier", "the following year").
type parser struct {
	toks  []tok
	a     anchor
	sent  []int // sentence index of each token
	sents [][2]int
	lim   int // tokens at or beyond lim are out of reach

	lastQY, lastQ int       // last quarter mentioned (0 when none)
	qActive       bool      // the text is still talking about that quarter
	qSent         int       // sentence of the last quarter mentioned
	loose         bool      // normalising a given span: accept words that are times only when someone says so
	lastY         int       // last absolute year mentioned (0 when none)
	lastDay       time.Time // last day mentioned (zero when none)
}

// w is the lower-cased word at i, "" out of reach.
func (p *parser) w(i int) string {
	if i < 0 || i >= p.lim {
		return ""
	}
	return p.toks[i].w
}

// lx is the lexicon entry at i, nil when none or out of reach.
func (p *parser) lx(i int) *entry {
	if i < 0 || i >= p.lim {
		return nil
	}
	return p.toks[i].lx
}

// is reports whether the words from i on are ws.
func (p *parser) is(i int, ws ...string) bool {
	for k, w := range ws {
		if p.w(i+k) != w {
			return false
		}
	}
	return true
}

// tenseOf is the tense of the clause around tokens [i, j).
func (p *parser) tenseOf(i, j int) tense {
	if i >= len(p.sent) {
		return tNone
	}
	s := p.sents[p.sent[i]]
	return tenseAt(p.toks, s[0], s[1], i, j)
}

// modifier words that belong to the expression without changing its value
var mods1 = map[string]bool{
	"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true, "almost": true,
	"some": true, "early": true, "late": true, "mid": true, "earlier": true, "later": true,
	"within": true, "fully": true, "barely": true, "only": true, "just": true,
}

// yearStarts are the words a year expression may begin with besides a
// number.
var yearStarts = map[string]bool{"the": true, "fiscal": true, "calendar": true, "year": true,
	"nineteen": true, "eighteen": true, "twenty": true, "two": true}

// modStarts are the first words of the multi-word modifiers.
var modStarts = map[string]bool{"at": true, "more": true, "less": true, "up": true, "end": true, "as": true,
	"no": true, "the": true, "mid": true, "over": true}

// skipMods consumes modifiers before a core expression. half is 1 or 2
// for "the first/second half of".
func (p *parser) skipMods(i int) (j, half int) {
	j = i
	for {
		if w := p.w(j); !mods1[w] && !modStarts[w] {
			return j, half
		}
		switch {
		case p.is(j, "at", "least"), p.is(j, "at", "most"), p.is(j, "more", "than"), p.is(j, "less", "than"),
			p.is(j, "up", "to"), p.is(j, "end", "of"), p.is(j, "as", "early", "as"):
			j += 2
			if p.w(j-1) == "early" {
				j++
			}
		case p.is(j, "no", "more", "than"), p.is(j, "no", "later", "than"):
			j += 3
		case p.is(j, "the", "end", "of"), p.is(j, "the", "beginning", "of"), p.is(j, "the", "start", "of"),
			p.is(j, "the", "middle", "of"), p.is(j, "the", "rest", "of"), p.is(j, "the", "turn", "of"),
			p.is(j, "the", "close", "of"):
			j += 3
		case p.is(j, "the", "first", "half", "of"), p.is(j, "the", "second", "half", "of"), p.is(j, "the", "last", "half", "of"):
			half = 1
			if p.w(j+1) != "first" {
				half = 2
			}
			j += 4
		case p.is(j, "earlier", "in"), p.is(j, "later", "in"):
			j += 2
		case p.is(j, "mid", "-"):
			j += 2
		case p.w(j) == "over":
			// "over 20 years" is "more than"; "over the past years" and
			// "over several weeks" are a preposition
			if j+1 < p.lim && p.toks[j+1].num > 0 || p.w(j+1) == "a" || p.w(j+1) == "an" {
				j++
				continue
			}
			return j, half
		case mods1[p.w(j)] && !(p.w(j) == "some" && p.w(j+1) == "time"):
			j++
		default:
			return j, half
		}
	}
}

// parseAt tries every production at token i and keeps the longest.
func (p *parser) parseAt(i int) (match, bool) {
	j, half := p.skipMods(i)
	m, ok := p.core(j)
	if !ok && j > i {
		m, ok = p.core(i)
		j = i
	}
	if !ok {
		return m, false
	}
	if half > 0 && len(m.val) == 4 {
		m.val += "-H" + strconv.Itoa(half)
	}
	m.start = i
	return m, true
}

// core tries each production at i (after modifiers) and keeps the
// longest match.
func (p *parser) core(i int) (match, bool) {
	best := match{start: i, end: i}
	try := func(end int, typ, val string) {
		if end > best.end && val != "" {
			best = match{start: i, end: end, typ: typ, val: val}
		}
	}
	if i >= p.lim {
		return best, false
	}
	t := &p.toks[i]
	digit := t.w[0] >= '0' && t.w[0] <= '9'
	// cheap gates on the first word keep the productions that cannot
	// start here from running
	switch t.w {
	case "yesterday", "today", "tomorrow", "tonight", "overnight", "the", "last":
		try(p.dayWord(i))
	}
	try(p.fuzzy(i))
	if digit || t.w == "noon" || t.w == "midday" || t.w == "midnight" {
		try(p.clock(i))
	}
	if t.lx != nil {
		if t.lx.weekday > 0 {
			try(p.weekdayExpr(i))
		}
		if t.lx.month > 0 {
			try(p.monthExpr(i))
		}
		if t.lx.season != "" {
			try(p.seasonExpr(i))
		}
	}
	if t.digits > 0 || t.lx != nil {
		try(p.dayMonth(i))
	}
	if digit || t.w[0] == '\'' || yearStarts[t.w] {
		try(p.yearExpr(i))
	}
	if digit && t.digits == 0 {
		try(p.isoDate(i))
	}
	try(p.relative(i))
	try(p.quantity(i))
	try(p.quarterExpr(i))
	try(p.setExpr(i))
	if t.w == "year" {
		try(p.yearEnd(i))
	}
	if t.upper {
		try(p.holiday(i))
	}
	if p.loose {
		try(p.looseWord(i))
	}
	if t.lx != nil && t.lx.part != "" {
		try(p.partOfDay(i))
	}
	if best.end == i {
		return best, false
	}
	return best, true
}
