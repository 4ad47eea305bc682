package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// amount reads a count before a unit: digits, words, "a", "a couple of",
// "two and a half", "2 1/2"; vague amounts ("a few", "several") return
// -1. twelfths is the fractional part, in twelfths: enough for
// halves, quarters and thirds.
func (p *parser) amount(i int) (n int, twelfths int, end int, ok bool) {
	w := p.w(i)
	switch w {
	case "a", "an", "one":
		if p.is(i+1, "couple", "of") {
			return 2, 0, i + 3, true
		}
		if p.w(i+1) == "few" {
			return -1, 0, i + 2, true
		}
		if p.is(i+1, "number", "of") {
			return -1, 0, i + 3, true
		}
		if p.w(i+1) == "half" && w != "one" {
			return 0, 6, i + 2, true
		}
		n, end = 1, i+1
	case "few", "several", "many", "couple":
		if w == "couple" {
			if p.w(i+1) == "of" {
				return 2, 0, i + 2, true
			}
			return 0, 0, i, false
		}
		return -1, 0, i + 1, true
	case "half":
		if p.w(i+1) == "a" || p.w(i+1) == "an" {
			return 0, 6, i + 2, true
		}
		return 0, 0, i, false
	default:
		if i >= p.lim {
			return 0, 0, i, false
		}
		t := &p.toks[i]
		if t.digits > 0 && t.digits <= 4 {
			n, end = t.num, i+1
			// "the 1988 quarter": a year, not a count
			if t.digits == 4 && n >= 1800 && n <= 2100 {
				if lx := p.lx(end); lx == nil || !lx.plural {
					return 0, 0, i, false
				}
			}
		} else if v, e := p.numWords(i); e > i {
			n, end = v, e
			if p.w(end) == "hundred" || p.w(end) == "thousand" {
				n *= p.lx(end).num
				end++
			}
		} else if d, ok := decimal(t.w); ok {
			return int(d), int((d-float64(int(d)))*12 + 0.5), i + 1, true
		} else {
			return 0, 0, i, false
		}
	}
	// "2 1/2", "two and a half"
	if w := p.w(end); w == "1/2" {
		return n, 6, end + 1, true
	}
	if p.is(end, "and", "a", "half") {
		// the unit comes between in "a minute and a half"; handled by caller
		return n, 6, end + 3, true
	}
	if p.w(end) == "to" || p.w(end) == "or" {
		// "two to three weeks", "12 to 18 months": keep the low end
		if _, _, e2, ok := p.amount(end + 1); ok && e2 > end+1 {
			if lx := p.lx(e2); lx != nil && lx.unit != noUnit {
				return n, 0, e2, true
			}
		}
	}
	return n, 0, end, true
}

// decimal reads "1.5".
func decimal(w string) (float64, bool) {
	if strings.IndexByte(w, '.') <= 0 || len(w) > 6 {
		return 0, false
	}
	f, err := strconv.ParseFloat(w, 64)
	return f, err == nil && f >= 0
}

var unitCode = map[unit]string{uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE", uWeek: "W",
	uMonth: "M", uQuarter: "Q", uHalf: "H", uYear: "Y", uDecade: "DE", uCentury: "CE", uMillennium: "ML"}

// durVal writes a TIMEX3 duration; n < 0 is a vague amount ("PXY").
func durVal(n int, u unit) string {
	return durFrac(n, 0, u)
}

// durFrac writes n units and twelfths of a unit as a TIMEX3 duration.
func durFrac(n, twelfths int, u unit) string {
	t := ""
	if u <= uHour {
		t = "T"
	}
	if n < 0 {
		return "P" + t + "X" + unitCode[u]
	}
	switch u {
	case uDecade:
		n, u, twelfths = n*10+twelfths*10/12, uYear, 0
	case uCentury:
		n, u, twelfths = n*100+twelfths*100/12, uYear, 0
	case uMillennium:
		n, u, twelfths = n*1000, uYear, 0
	case uWeekend:
		n, u = n*2, uDay
	}
	if twelfths == 0 {
		return "P" + t + strconv.Itoa(n) + unitCode[u]
	}
	// a fraction goes down one unit: "2 1/2 years" P2Y6M, "half an hour"
	// PT30M
	whole := ""
	if n > 0 {
		whole = strconv.Itoa(n) + unitCode[u]
	}
	switch u {
	case uYear:
		return "P" + whole + strconv.Itoa(twelfths) + "M"
	case uMonth:
		return "P" + strconv.Itoa(n*30+twelfths*30/12) + "D"
	case uWeek:
		return "P" + strconv.Itoa(n*7+twelfths*7/12) + "D"
	case uDay:
		return "P" + whole + "T" + strconv.Itoa(twelfths*2) + "H"
	case uHour:
		return "PT" + whole + strconv.Itoa(twelfths*5) + "M"
	case uMinute:
		return "PT" + whole + strconv.Itoa(twelfths*5) + "S"
	}
	return "P" + t + strconv.Itoa(n) + unitCode[u]
}

// quantity: "four days", "the past four years", "the first nine months",
// "two-year", "some four years ago", "a year earlier", "a few days",
// "several years", "months ago".
func (p *parser) quantity(i int) (int, string, string) {
	k := i
	det := ""
	dir := 0
	if w := p.w(k); w == "the" || w == "its" || w == "this" || w == "these" || w == "those" {
		det = w
		k++
		switch p.w(k) {
		case "past", "last", "previous", "latest":
			dir = -1
			k++
		case "next", "coming", "following":
			dir = 1
			k++
		case "first":
			k++
		}
	} else if w == "past" || w == "next" || w == "last" || w == "another" || w == "additional" || w == "first" {
		// "another two years", "next three months"
		k++
	}
	if p.w(k) == "year" && p.is(k+1, "-", "earlier") || p.is(k, "year", "-", "ago") {
		// "the year-earlier nine months"
		k += 3
	}
	n, tw, e, ok := p.amount(k)
	var lx *entry
	bare := false
	if !ok {
		// bare plural unit: "years ago", "for years", "the years"
		lx = p.lx(k)
		if lx == nil || lx.unit == noUnit || !lx.plural {
			return i, "", ""
		}
		switch {
		case p.w(k+1) == "ago" || p.w(k+1) == "earlier" || p.w(k+1) == "later":
		case det != "" && det != "this":
		case p.w(k-1) == "for" || p.w(k-1) == "in" || p.w(k-1) == "within" || p.w(k-1) == "after" || p.w(k-1) == "over":
		default:
			return i, "", ""
		}
		n, tw, e, bare = -1, 0, k, true
	}
	// "a minute and a half"
	hyph := false
	if !bare && p.w(e) == "-" {
		hyph = true
		e++
	}
	lx = p.lx(e)
	if lx == nil || lx.unit == noUnit {
		return i, "", ""
	}
	if p.w(k) == "a" || p.w(k) == "an" {
		if lx.plural {
			return i, "", ""
		}
	}
	u := lx.unit
	e++
	if p.is(e, "and", "a", "half") {
		tw, e = 6, e+3
	}
	// "8-month-old", "two-year-old"
	if hyph && p.is(e, "-", "old") {
		e += 2
	}
	// "52 years old" is an age, not a time
	if !hyph && p.w(e) == "old" {
		return i, "", ""
	}
	// "two years ago", "a year earlier"
	switch p.w(e) {
	case "ago", "earlier", "before", "later", "after", "hence":
		if p.w(e) == "before" || p.w(e) == "after" {
			// "two days before the vote": a duration with an anchor we
			// do not resolve; keep the duration.
			break
		}
		later := p.w(e) == "later" || p.w(e) == "hence"
		if det != "" {
			break
		}
		if n < 0 {
			if later {
				return e + 1, Date, futureRef
			}
			if u == uYear && p.w(k) == "a" && p.w(k+1) == "few" && p.a.ok {
				return e + 1, Date, strconv.Itoa(p.a.year()/10) + "X"
			}
			return e + 1, Date, pastRef
		}
		if p.w(e) == "earlier" || p.w(e) == "later" {
			if n == 1 && u == uYear && p.quarterLive(i) {
				return e + 1, Date, fmt.Sprintf("%04d-Q%d", p.lastQY-1, p.lastQ)
			}
		}
		sign := -1
		if later {
			sign = 1
		}
		return e + 1, Date, p.shift(sign*n, u, i, e+1)
	case "from":
		if p.w(e+1) == "now" {
			return e + 2, Date, p.shift(n, u, i, e+2)
		}
	case "or":
		if p.w(e+1) == "so" {
			e += 2
		}
	}
	// "the past year", "the next year or so": a date, not a stretch
	if det != "" && dir != 0 && n == 1 && p.w(k) != "one" && p.w(k) != "1" && tw == 0 {
		return i, "", ""
	}
	if n == 0 && tw == 0 {
		return i, "", ""
	}
	return e, Duration, durFrac(n, tw, u)
}

// shift moves the publication date by n units and writes the result at
// the unit's granularity.
func (p *parser) shift(n int, u unit, i, j int) string {
	if !p.a.ok {
		switch u {
		case uYear, uDecade, uCentury:
			return "XXXX"
		case uMonth:
			return "XXXX-XX"
		case uWeek:
			return "XXXX-WXX"
		case uQuarter:
			return "XXXX-QX"
		}
		return "XXXX-XX-XX"
	}
	a := p.a
	switch u {
	case uYear:
		if n == -1 && p.quarterLive(i) {
			// "up from a year ago" in a quarterly report: the year-ago quarter
			y, q := p.refQuarterYQ()
			return fmt.Sprintf("%04d-Q%d", y-1, q)
		}
		return fmtY(a.year() + n)
	case uDecade:
		return strconv.Itoa(a.year()/10 + n)
	case uCentury:
		return fmt.Sprintf("%02d", a.year()/100+n)
	case uMonth:
		y, m := addMonths(a.year(), a.month(), n)
		return fmtYM(y, m)
	case uQuarter:
		y, q := addQuarters(a.year(), a.quarter(), n)
		return fmt.Sprintf("%04d-Q%d", y, q)
	case uWeek, uWeekend:
		return fmtWeek(a.t.AddDate(0, 0, 7*n))
	case uDay:
		return fmtDate(a.t.AddDate(0, 0, n))
	case uHour:
		t := a.t.Add(time.Duration(n) * time.Hour)
		return fmtDate(t)
	}
	return fmtDate(a.t)
}
