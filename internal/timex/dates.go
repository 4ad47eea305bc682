package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// weekdayExpr: "Friday", "Friday, Oct. 13", "Friday evening", "Tuesday
// nights" (a set).
func (p *parser) weekdayExpr(i int) (int, string, string) {
	lx := p.lx(i)
	if lx == nil || lx.weekday == 0 {
		return i, "", ""
	}
	wd := lx.weekday
	if lx.plural {
		if pl := p.lx(i + 1); pl != nil && pl.part != "" {
			return i + 2, Set, fmt.Sprintf("XXXX-WXX-%dT%s", wd, pl.part)
		}
		return i + 1, Set, fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	if !p.toks[i].upper {
		return i, "", ""
	}
	// a full date after the weekday decides
	k := i + 1
	if p.w(k) == "," {
		k++
	}
	if ml := p.lx(k); ml != nil && ml.month > 0 {
		if e, typ, v := p.monthExpr(k); e > k && len(v) == 10 {
			return e, typ, v
		}
	}
	if e, typ, v := p.dayMonth(k); e > k && len(v) == 10 {
		return e, typ, v
	}
	val := p.resolveWeekday(wd, 0, i, i+1)
	end := i + 1
	if pl := p.lx(end); pl != nil && pl.part != "" && p.w(end) != "overnight" {
		return end + 1, Time, val + "T" + pl.part
	}
	if p.w(end) == "at" {
		if e, _, tv := p.clockOnly(end + 1); e > end+1 && len(val) == 10 {
			return e, Time, val + tv
		}
	}
	return end, Date, val
}

// resolveWeekday finds the date of weekday wd: dir -1 the one before the
// publication date, +1 the one after, 0 by the tense of the clause (the
// same day when it is the publication date's weekday).
func (p *parser) resolveWeekday(wd, dir, i, j int) string {
	if !p.a.ok {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	cur := weekday(p.a.t)
	if dir == 0 {
		if wd == cur {
			return fmtDate(p.a.t)
		}
		dir = -1
		if p.tenseOf(i, j) == tFuture {
			dir = 1
		}
	}
	var off int
	if dir < 0 {
		off = -((cur - wd + 7) % 7)
		if off == 0 {
			off = -7
		}
	} else {
		off = (wd - cur + 7) % 7
		if off == 0 {
			off = 7
		}
	}
	return fmtDate(p.a.t.AddDate(0, 0, off))
}

// dayNum reads a day of the month at i: "31", "31st", "eighth".
func (p *parser) dayNum(i int) int {
	if i >= p.lim {
		return 0
	}
	t := &p.toks[i]
	if t.digits > 0 && t.digits <= 2 && t.num >= 1 && t.num <= 31 {
		return t.num
	}
	if o := ordValue(t); o >= 1 && o <= 31 {
		return o
	}
	return 0
}

// yearAt reads a four-digit year (or "'98") at i.
func (p *parser) yearAt(i int) int {
	if i >= p.lim {
		return 0
	}
	t := &p.toks[i]
	if t.digits == 4 && t.num >= 1000 && t.num <= 2999 {
		return t.num
	}
	return 0
}

// monthExpr: "December 31, 2014", "Dec. 31", "December 2014", "December",
// "July last year", "the 31st of December" is dayMonth.
func (p *parser) monthExpr(i int) (int, string, string) {
	lx := p.lx(i)
	if lx == nil || lx.month == 0 {
		return i, "", ""
	}
	m := lx.month
	t := &p.toks[i]
	if !t.upper {
		return i, "", ""
	}
	k := i + 1
	d := p.dayNum(k)
	if d > 0 && p.yearAt(k) == 0 {
		k++
		y := 0
		e := k
		if p.w(k) == "," && p.yearAt(k+1) > 0 {
			y, e = p.yearAt(k+1), k+2
		} else if p.yearAt(k) > 0 {
			y, e = p.yearAt(k), k+1
		}
		if y > 0 {
			if !validDate(y, m, d) {
				return e, Date, fmt.Sprintf("%04d-%02d", y, m)
			}
			return e, Date, fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
		if d > daysIn(2000, m) {
			return i, "", ""
		}
		return e, Date, p.resolveMonthDay(m, d, i, e)
	}
	// "December 2014", "December of 2014"
	if y := p.yearAt(k); y > 0 {
		return k + 1, Date, fmtYM(y, m)
	}
	if p.w(k) == "of" && p.yearAt(k+1) > 0 {
		return k + 2, Date, fmtYM(p.yearAt(k+1), m)
	}
	// "July last year", "January this year"
	if rel := p.w(k); (rel == "last" || rel == "this" || rel == "next") && p.w(k+1) == "year" {
		if !p.a.ok {
			return k + 2, Date, fmt.Sprintf("XXXX-%02d", m)
		}
		y := p.a.year() + map[string]int{"last": -1, "this": 0, "next": 1}[rel]
		return k + 2, Date, fmtYM(y, m)
	}
	if !p.monthAlone(i) {
		return i, "", ""
	}
	return i + 1, Date, p.resolveMonth(m, 0, i, i+1)
}

// monthAlone tells whether a bare month name at i is a month: "May" and
// "March" are also a verb and a modal, so they need a preposition or
// determiner before them.
func (p *parser) monthAlone(i int) bool {
	w := p.w(i)
	if w == "may" || w == "march" || len(w) <= 4 && w[len(w)-1] == '.' {
		switch p.w(i - 1) {
		case "in", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "-", "of", "from", "through", "during", "before", "after", "between", "and", "to", "that":
			return true
		}
		return false
	}
	return true
}

// resolveMonth places a month without a year: dir -1 the last one before
// the publication date, +1 the next one, 0 by tense.
func (p *parser) resolveMonth(m, dir, i, j int) string {
	if !p.a.ok {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	y, cm := p.a.year(), p.a.month()
	if dir == 0 {
		switch p.tenseOf(i, j) {
		case tPast:
			if m > cm {
				y--
			}
		case tFuture:
			if m < cm {
				y++
			}
		default:
			// no tense: the nearest such month
			if m-cm > 6 {
				y--
			} else if cm-m > 6 {
				y++
			}
		}
		return fmtYM(y, m)
	}
	if dir < 0 && m >= cm {
		y--
	}
	if dir > 0 && m <= cm {
		y++
	}
	return fmtYM(y, m)
}

// resolveMonthDay places a day without a year: the last one on or before
// publication in the past tense, the next one in the future, else the
// nearest.
func (p *parser) resolveMonthDay(m, d, i, j int) string {
	if !p.a.ok {
		return fmt.Sprintf("XXXX-%02d-%02d", m, d)
	}
	y := p.a.year()
	md, cmd := m*100+d, p.a.month()*100+p.a.day()
	switch p.tenseOf(i, j) {
	case tPast:
		// a date shortly after publication told in the past tense is
		// more often a misread tense than last year's
		if md > cmd && m-p.a.month() > 1 || md > cmd+100 {
			y--
		}
	case tFuture:
		if md < cmd && p.a.month()-m > 1 || md+100 < cmd {
			y++
		}
	default:
		if m-p.a.month() > 6 {
			y--
		} else if p.a.month()-m > 6 {
			y++
		}
	}
	if !validDate(y, m, d) {
		return fmtYM(y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// dayMonth: "31 December 2014", "31 Dec", "the 31st of December".
func (p *parser) dayMonth(i int) (int, string, string) {
	k := i
	if p.w(k) == "the" {
		k++
	}
	d := p.dayNum(k)
	if d == 0 {
		return i, "", ""
	}
	k++
	if p.w(k) == "of" {
		k++
	}
	lx := p.lx(k)
	if lx == nil || lx.month == 0 || !p.toks[k].upper {
		return i, "", ""
	}
	m := lx.month
	k++
	if p.w(k) == "," && p.yearAt(k+1) > 0 {
		k++
	}
	if y := p.yearAt(k); y > 0 {
		if !validDate(y, m, d) {
			return k + 1, Date, fmtYM(y, m)
		}
		return k + 1, Date, fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	if d > daysIn(2000, m) {
		return i, "", ""
	}
	return k, Date, p.resolveMonthDay(m, d, i, k)
}

// isoDate: "2014-12-31", "12/31/2014", "2014/12/31".
func (p *parser) isoDate(i int) (int, string, string) {
	if i >= p.lim {
		return i, "", ""
	}
	w := p.toks[i].w
	if len(w) < 8 || len(w) > 10 || !isDigit(rune(w[0])) {
		return i, "", ""
	}
	sep := byte('-')
	if strings.IndexByte(w, '/') > 0 {
		sep = '/'
	}
	var parts []string
	last := 0
	for k := 0; k < len(w); k++ {
		if w[k] == sep {
			parts = append(parts, w[last:k])
			last = k + 1
		}
	}
	parts = append(parts, w[last:])
	if len(parts) != 3 {
		return i, "", ""
	}
	var y, m, d int
	var ok1, ok2, ok3 bool
	if len(parts[0]) == 4 {
		y, ok1 = atoi(parts[0])
		m, ok2 = atoi(parts[1])
		d, ok3 = atoi(parts[2])
	} else if len(parts[2]) == 4 && sep == '/' {
		// US order month/day/year, unless the first part cannot be a
		// month ("31/12/2014")
		m, ok1 = atoi(parts[0])
		d, ok2 = atoi(parts[1])
		y, ok3 = atoi(parts[2])
		if m > 12 {
			m, d = d, m
		}
	} else {
		return i, "", ""
	}
	if !ok1 || !ok2 || !ok3 || !validDate(y, m, d) {
		return i, "", ""
	}
	return i + 1, Date, fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// seasonExpr: "summer", "the summer of 2014", "summer 2014".
func (p *parser) seasonExpr(i int) (int, string, string) {
	lx := p.lx(i)
	if lx == nil || lx.season == "" {
		return i, "", ""
	}
	s := lx.season
	if lx.plural {
		return i, "", ""
	}
	k := i + 1
	if p.w(k) == "of" {
		k++
	}
	if y := p.yearAt(k); y > 0 {
		return k + 1, Date, fmtY(y) + "-" + s
	}
	if e, _, v := p.yearSpelled(k); e > k {
		return e, Date, v + "-" + s
	}
	// bare season: only after a word that makes it a time ("in summer",
	// "the summer"); "prices fall" is a verb.
	switch p.w(i - 1) {
	case "in", "the", "this", "early", "late", "mid", "-", "during", "since", "until", "by", "next", "last", "that", "past":
	default:
		return i, "", ""
	}
	return i + 1, Date, p.resolveSeason(s, 0, i, i+1)
}

var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// resolveSeason names the season's year: dir -1 the last one that is
// over, +1 the next one to come, 0 the publication year unless tense says
// otherwise.
func (p *parser) resolveSeason(s string, dir, i, j int) string {
	if !p.a.ok {
		return "XXXX-" + s
	}
	y, cm := p.a.year(), p.a.month()
	st := seasonStart[s]
	if s == "WI" && cm <= 2 {
		// January and February belong to the winter that began last December
		y--
		cm += 12
	}
	if dir == 0 {
		t := p.tenseOf(i, j)
		switch {
		case t == tPast && cm < st:
			dir = -1
		case t == tFuture && cm >= st+3:
			dir = 1
		default:
			return fmtY(y) + "-" + s
		}
	}
	if dir < 0 && cm < st+3 {
		y--
	}
	if dir > 0 && cm >= st {
		y++
	}
	return fmtY(y) + "-" + s
}

var yearFollowBad = map[string]bool{"%": true, "percent": true, "shares": true, "people": true, "members": true,
	"troops": true, "soldiers": true, "workers": true, "employees": true, "miles": true, "feet": true,
	"meters": true, "metres": true, "tons": true, "tonnes": true, "barrels": true, "dollars": true, "points": true,
	"cars": true, "units": true, "jobs": true, "acres": true, "kilometers": true, "kilometres": true, "yards": true,
	"pounds": true, "cases": true, "votes": true, "seats": true, "homes": true, "houses": true, "men": true, "women": true}

var yearPrevBad = map[string]bool{"$": true, "#": true, "no.": true, "number": true, "about": true, "nearly": true,
	"some": true, "than": true, "over": true, "almost": true, "€": true, "£": true}

// yearExpr: "2014", "fiscal 1989", "the 1990s", "the '80s", "the
// nineties", "the 20th century", "nineteen ninety-six", "the year two
// thousand".
func (p *parser) yearExpr(i int) (int, string, string) {
	k := i
	fiscal := false
	if p.w(k) == "the" {
		k++
	}
	if p.w(k) == "fiscal" || p.w(k) == "calendar" || p.w(k) == "year" && p.yearAt(k+1) > 0 {
		fiscal = p.w(k) == "fiscal"
		k++
	}
	if k >= p.lim {
		return i, "", ""
	}
	t := &p.toks[k]
	w := t.w
	// decades
	if len(w) == 5 && w[4] == 's' {
		if n, ok := atoi(w[:4]); ok && n >= 1000 && n%10 == 0 {
			return k + 1, Date, strconv.Itoa(n / 10)
		}
	}
	if len(w) == 4 && (w[0] == '\'') && w[3] == 's' {
		if n, ok := atoi(w[1:3]); ok && n%10 == 0 {
			c := 19
			if n < 30 {
				c = 20
			}
			return k + 1, Date, fmt.Sprintf("%d%d", c, n/10)
		}
	}
	if d, ok := decadeWords[w]; ok && k > i && p.w(k-1) == "the" {
		c := "19"
		if p.a.ok && p.a.year() >= 2030 {
			c = "20"
		}
		return k + 1, Date, c + d
	}
	// centuries: "the 20th century"
	if o := ordValue(t); o > 0 && o <= 30 && (p.w(k+1) == "century" || p.is(k+1, "-", "century")) {
		e := k + 2
		if p.w(k+1) == "-" {
			e++
		}
		return e, Date, fmt.Sprintf("%02d", o-1)
	}
	if y := p.yearAt(k); y > 0 {
		if !fiscal && k == i {
			if yearPrevBad[p.w(i-1)] || yearFollowBad[p.w(k+1)] || p.w(k+1) == "-" && p.yearAt(k+2) == 0 && p.lx(k+2) != nil && p.lx(k+2).unit != noUnit {
				return i, "", ""
			}
			if y < 1800 || y > 2100 {
				return i, "", ""
			}
		}
		return k + 1, Date, fmtY(y)
	}
	if e, _, v := p.yearSpelled(k); e > k {
		return e, Date, v
	}
	return i, "", ""
}

var decadeWords = map[string]string{"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5",
	"sixties": "6", "seventies": "7", "eighties": "8", "nineties": "9"}

// yearSpelled: "nineteen ninety-six", "two thousand", "two thousand and
// four".
func (p *parser) yearSpelled(i int) (int, string, string) {
	w := p.w(i)
	if w == "nineteen" || w == "eighteen" || w == "twenty" && p.w(i+1) != "-" {
		c := map[string]int{"eighteen": 18, "nineteen": 19, "twenty": 20}[w]
		n, e := p.numWords(i + 1)
		if e > i+1 && n >= 10 && n <= 99 {
			return e, Date, fmtY(c*100 + n)
		}
		return i, "", ""
	}
	if w == "two" && p.w(i+1) == "thousand" {
		e := i + 2
		y := 2000
		k := e
		if p.w(k) == "and" {
			k++
		}
		if n, ne := p.numWords(k); ne > k && n < 100 {
			y, e = 2000+n, ne
		}
		// "two thousand people" is a count
		if lx := p.lx(e); lx != nil && lx.unit != noUnit || yearFollowBad[p.w(e)] {
			return i, "", ""
		}
		if i > 0 && p.w(i-1) != "year" && p.w(i-1) != "in" && p.w(i-1) != "since" && p.w(i-1) != "by" {
			return i, "", ""
		}
		return e, Date, fmtY(y)
	}
	return i, "", ""
}

// numWords reads a spelled number below a thousand ("ninety-six",
// "twenty four", "six").
func (p *parser) numWords(i int) (int, int) {
	lx := p.lx(i)
	if lx == nil || lx.num < 0 || p.toks[i].digits > 0 {
		return 0, i
	}
	n, e := lx.num, i+1
	if lx.tens {
		k := e
		if p.w(k) == "-" {
			k++
		}
		if o := p.lx(k); o != nil && o.num > 0 && o.num < 10 && p.toks[k].digits == 0 {
			n, e = n+o.num, k+1
		}
	}
	return n, e
}

// yearEnd: "year-end", "year end", "year's end": the end of the
// publication year.
func (p *parser) yearEnd(i int) (int, string, string) {
	if p.w(i) != "year" {
		return i, "", ""
	}
	k := i + 1
	switch {
	case p.is(k, "-", "end"), p.is(k, "'s", "end"):
		k += 2
	case p.is(k, "end"):
		k++
	default:
		return i, "", ""
	}
	if !p.a.ok {
		return k, Date, "XXXX"
	}
	return k, Date, fmtY(p.a.year())
}

// holiday: fixed-date holidays ("Christmas", "New Year's Eve"), placed in
// the year like a day without a year.
func (p *parser) holiday(i int) (int, string, string) {
	if i >= p.lim || !p.toks[i].upper {
		return i, "", ""
	}
	m, d, e := 0, 0, i
	switch {
	case p.is(i, "christmas", "eve"):
		m, d, e = 12, 24, i+2
	case p.is(i, "christmas", "day"):
		m, d, e = 12, 25, i+2
	case p.is(i, "christmas"):
		m, d, e = 12, 25, i+1
	case p.is(i, "new", "year", "'s", "eve"):
		m, d, e = 12, 31, i+4
	case p.is(i, "new", "year", "'s", "day"):
		m, d, e = 1, 1, i+4
	case p.is(i, "valentine", "'s", "day"):
		m, d, e = 2, 14, i+3
	case p.is(i, "halloween"):
		m, d, e = 10, 31, i+1
	default:
		return i, "", ""
	}
	return e, Date, p.resolveMonthDay(m, d, i, e)
}
