package timex

import (
	"fmt"
	"strconv"
)

// relative: "last week", "this year", "next month", "last Friday", "last
// April", "last summer", "this morning", "the past year", "the weekend",
// "the following year", "that year".
func (p *parser) relative(i int) (int, string, string) {
	w := p.w(i)
	k := i + 1
	dir := 0
	ref := false // relative to the last mentioned year, not publication
	switch {
	case w == "last" || w == "previous" || w == "past":
		dir = -1
	case w == "this" && p.w(k) == "past":
		dir, k = -1, k+1
	case w == "this" && p.w(k) == "coming":
		dir, k = 1, k+1
	case w == "this" || w == "current":
		dir = 0
	case w == "next" || w == "coming":
		dir = 1
	case w == "the" || w == "its" || w == "that":
		switch p.w(k) {
		case "past", "last", "previous":
			dir, k = -1, k+1
		case "next", "coming":
			dir, k = 1, k+1
		case "current", "present":
			dir, k = 0, k+1
		case "following":
			dir, k, ref = 1, k+1, true
		case "same":
			dir, k, ref = 0, k+1, true
		default:
			if w == "that" {
				dir, ref = 0, true
				break
			}
			return p.theUnit(i)
		}
	default:
		return i, "", ""
	}
	if p.w(k) == "fiscal" {
		k++
	}
	lx := p.lx(k)
	if lx == nil {
		return i, "", ""
	}
	if p.w(k) == "day" && (w == "that" || w == "the" && k == i+2 && p.w(i+1) != "past" && p.w(i+1) != "last") {
		// "the next day", "that day": told from the last day the text named
		return k + 1, Date, p.dayRef(dir)
	}
	switch {
	case lx.unit != noUnit && !lx.plural:
		if ref {
			return p.refUnit(i, k, lx.unit, dir)
		}
		return p.relUnit(i, k, lx.unit, dir, w)
	case lx.weekday > 0 && !lx.plural && p.toks[k].upper:
		if ref {
			return i, "", ""
		}
		d := dir
		if w == "this" {
			d = 0
		}
		e := k + 1
		v := p.resolveWeekday(lx.weekday, d, i, e)
		if pl := p.lx(e); pl != nil && pl.part != "" && len(v) == 10 {
			return e + 1, Time, v + "T" + pl.part
		}
		// "this coming Sunday, March eighth"
		if p.w(e) == "," {
			if me, _, mv := p.monthExpr(e + 1); me > e+1 && len(mv) == 10 {
				return me, Date, mv
			}
		}
		return e, Date, v
	case lx.month > 0 && p.toks[k].upper:
		if ref {
			return i, "", ""
		}
		if w == "this" {
			if !p.a.ok {
				return k + 1, Date, fmt.Sprintf("XXXX-%02d", lx.month)
			}
			return k + 1, Date, fmtYM(p.a.year(), lx.month)
		}
		return k + 1, Date, p.resolveMonth(lx.month, dir, i, k+1)
	case lx.season != "" && !lx.plural:
		if ref {
			return i, "", ""
		}
		if !p.a.ok {
			return k + 1, Date, "XXXX-" + lx.season
		}
		y := p.a.year()
		if lx.season == "WI" && p.a.month() <= 2 {
			y--
		}
		switch {
		case w == "this" && dir == 0:
			// "this summer" is this year's, whatever the tense
			return k + 1, Date, fmtY(y) + "-" + lx.season
		case w == "last" || w == "next":
			// "last summer": the previous year's, as "last year" is
			return k + 1, Date, fmtY(y+dir) + "-" + lx.season
		}
		return k + 1, Date, p.resolveSeason(lx.season, dir, i, k+1)
	case lx.part != "" && (w == "this" || w == "that" || w == "the"):
		if w == "this" || w == "that" {
			return k + 1, Time, p.dayOff(0) + "T" + lx.part
		}
	}
	return i, "", ""
}

// theUnit: "the weekend", "the morning", "the quarter", "the year".
func (p *parser) theUnit(i int) (int, string, string) {
	k := i + 1
	switch p.w(k) {
	case "weekend":
		return k + 1, Date, p.weekend(p.tenseOf(i, k+1) == tFuture)
	case "morning", "afternoon", "evening":
		return k + 1, Time, p.dayOff(0) + "T" + p.lx(k).part
	case "full", "fiscal", "calendar", "year":
		e := k + 1
		if p.w(k) != "year" {
			e++
		}
		if p.w(e-1) != "year" {
			break
		}
		switch p.w(e) {
		case "ended", "ending", "to", "through":
			// "the year ended Sept. 30": a stretch of a year
			return e, Duration, "P1Y"
		}
		if !p.a.ok {
			return e, Date, "XXXX"
		}
		return e, Date, fmtY(p.a.year())
	case "week":
		if !p.a.ok {
			return k + 1, Date, "XXXX-WXX"
		}
		return k + 1, Date, fmtWeek(p.a.t)
	case "day":
		return k + 1, Date, p.dayOff(0)
	case "month":
		if !p.a.ok {
			return k + 1, Date, "XXXX-XX"
		}
		return k + 1, Date, fmtYM(p.a.year(), p.a.month())
	case "latest":
		if p.w(k+1) == "quarter" || p.w(k+1) == "period" {
			// the last whole quarter before publication
			return k + 2, Date, p.quarterOfAnchor(-1)
		}
	}
	return i, "", ""
}

// weekend is the ISO week of the weekend just past (or next).
func (p *parser) weekend(next bool) string {
	if !p.a.ok {
		return "XXXX-WXX-WE"
	}
	t := p.a.t
	wd := weekday(t)
	if next {
		t = t.AddDate(0, 0, 6-wd)
	} else if wd < 6 {
		t = t.AddDate(0, 0, -wd-1)
	}
	return fmtWeek(t) + "-WE"
}

// relUnit resolves "last/this/next <unit>" against the publication date.
func (p *parser) relUnit(i, k int, u unit, dir int, det string) (int, string, string) {
	e := k + 1
	past := det == "the" || det == "its" // "the past year"
	a := p.a
	if u == uDay || u == uHour || u == uMinute || u == uSecond {
		if det == "the" || det == "its" {
			return e, Duration, durVal(1, u)
		}
		return i, "", ""
	}
	if past && dir != 0 && u != uYear && u != uDecade && u != uCentury && u != uQuarter {
		// "the past week", "the next month": a stretch of time
		if dir < 0 || u != uWeekend {
			return e, Duration, durVal(1, u)
		}
	}
	if !a.ok {
		switch u {
		case uYear:
			return e, Date, "XXXX"
		case uMonth:
			return e, Date, "XXXX-XX"
		case uWeek:
			return e, Date, "XXXX-WXX"
		case uWeekend:
			return e, Date, "XXXX-WXX-WE"
		case uQuarter:
			return e, Date, "XXXX-QX"
		}
		return e, Date, "XXXX"
	}
	switch u {
	case uYear:
		return e, Date, fmtY(a.year() + dir)
	case uMonth:
		y, m := addMonths(a.year(), a.month(), dir)
		return e, Date, fmtYM(y, m)
	case uWeek:
		return e, Date, fmtWeek(a.t.AddDate(0, 0, 7*dir))
	case uWeekend:
		switch dir {
		case -1:
			return e, Date, p.weekend(false)
		case 1:
			return e, Date, p.weekend(true)
		}
		return e, Date, p.weekend(p.tenseOf(i, e) == tFuture)
	case uQuarter:
		y, q := addQuarters(a.year(), a.quarter(), dir)
		return e, Date, fmt.Sprintf("%04d-Q%d", y, q)
	case uHalf:
		return i, "", ""
	case uDecade:
		return e, Date, strconv.Itoa(a.year()/10 + dir)
	case uCentury:
		return e, Date, fmt.Sprintf("%02d", a.year()/100+dir)
	}
	return i, "", ""
}

// dayRef is the day dir days from the last day the text named, or from
// publication.
func (p *parser) dayRef(dir int) string {
	switch {
	case !p.lastDay.IsZero():
		return fmtDate(p.lastDay.AddDate(0, 0, dir))
	case p.a.ok:
		return fmtDate(p.a.t.AddDate(0, 0, dir))
	}
	return "XXXX-XX-XX"
}

// refUnit resolves "the following year", "that year", "the same month"
// against the last year the text mentioned (falling back on publication).
func (p *parser) refUnit(i, k int, u unit, dir int) (int, string, string) {
	e := k + 1
	if u != uYear {
		return i, "", ""
	}
	y := p.lastY
	if y == 0 {
		if !p.a.ok {
			return e, Date, "XXXX"
		}
		y = p.a.year()
	}
	return e, Date, fmtY(y + dir)
}

// looseWord reads words that are time expressions only when an annotator
// has said so ("current", "recent", "already", a bare "week"): Find skips
// them because most of their uses are not times.
func (p *parser) looseWord(i int) (int, string, string) {
	switch p.w(i) {
	case "current", "already", "yet":
		return i + 1, Date, presentRef
	case "recent", "previously", "formerly", "once", "earlier", "before", "then":
		return i + 1, Date, pastRef
	case "future":
		if lx := p.lx(i + 1); lx != nil && lx.unit != noUnit {
			return i + 2, Date, futureRef
		}
		return i + 1, Date, futureRef
	case "past":
		if lx := p.lx(i + 1); lx != nil && lx.unit != noUnit && lx.plural {
			return i + 2, Date, pastRef
		}
	case "the":
		if p.w(i+1) == "time" {
			return i + 2, Date, pastRef
		}
	}
	if lx := p.lx(i); lx != nil && lx.unit != noUnit {
		if lx.plural {
			return i + 1, Duration, durVal(-1, lx.unit)
		}
		if lx.unit == uQuarter {
			return i + 1, Date, p.refQuarter(0)
		}
		return i + 1, Duration, durVal(1, lx.unit)
	}
	return i, "", ""
}
