package timex

import (
	"fmt"
	"strings"
)

// dayWord: "yesterday", "today", "tomorrow", "tonight", "the day before
// yesterday", with an optional part of the day or clock time after it.
func (p *parser) dayWord(i int) (int, string, string) {
	off, end := 0, i+1
	switch p.w(i) {
	case "yesterday":
		off = -1
	case "today":
		off = 0
	case "tomorrow":
		off = 1
	case "tonight":
		return i + 1, Time, p.dayOff(0) + "TNI"
	case "overnight":
		return i + 1, Time, p.dayOff(-1) + "TNI"
	case "the":
		switch {
		case p.is(i+1, "day", "before", "yesterday"):
			off, end = -2, i+4
		case p.is(i+1, "day", "after", "tomorrow"):
			off, end = 2, i+4
		default:
			return i, "", ""
		}
	case "last":
		if p.w(i+1) == "night" {
			return i + 2, Time, p.dayOff(-1) + "TNI"
		}
		return i, "", ""
	default:
		return i, "", ""
	}
	if lx := p.lx(end); lx != nil && lx.part != "" && p.w(end) != "overnight" {
		return end + 1, Time, p.dayOff(off) + "T" + lx.part
	}
	if p.w(end) == "at" || p.w(end) == "," {
		// "yesterday at 10:30 a.m."
		if e, _, v := p.clockOnly(end + 1); e > end+1 {
			return e, Time, p.dayOff(off) + v
		}
	}
	return end, Date, p.dayOff(off)
}

// dayOff is the publication date moved by off days, or XXXX-XX-XX.
func (p *parser) dayOff(off int) string {
	if !p.a.ok {
		return "XXXX-XX-XX"
	}
	return fmtDate(p.a.t.AddDate(0, 0, off))
}

// fuzzy: references without a calendar value: PRESENT_REF ("now",
// "currently"), PAST_REF ("recently", "the past"), FUTURE_REF ("soon",
// "the near future").
func (p *parser) fuzzy(i int) (int, string, string) {
	w := p.w(i)
	switch w {
	case "now", "currently", "nowadays", "presently":
		return i + 1, Date, presentRef
	case "right", "just":
		if p.w(i+1) == "now" {
			return i + 2, Date, presentRef
		}
	case "these":
		if p.w(i+1) == "days" {
			return i + 2, Date, presentRef
		}
	case "at":
		if p.is(i+1, "present") || p.is(i+1, "the", "moment") {
			return i + 2 + b2i(p.w(i+1) == "the"), Date, presentRef
		}
	case "recently", "lately":
		return i + 1, Date, pastRef
	case "recent":
		if lx := p.lx(i + 1); lx != nil && lx.unit != noUnit && lx.plural {
			end := i + 2
			if p.w(end) == "and" && p.lx(end+1) != nil && p.lx(end+1).unit != noUnit {
				end += 2
			}
			if lx.unit == uYear || end > i+2 {
				return end, Date, pastRef
			}
			return end, Duration, durVal(-1, lx.unit)
		}
	case "soon":
		return i + 1, Date, futureRef
	case "coming", "upcoming":
		if lx := p.lx(i + 1); lx != nil && lx.unit != noUnit && lx.plural {
			return i + 2, Date, futureRef
		}
	case "the":
		switch {
		case p.is(i+1, "past") && !p.quantityFollows(i+2):
			return i + 2, Date, pastRef
		case p.is(i+1, "future"):
			return i + 2, Date, futureRef
		case p.is(i+1, "near", "future"), p.is(i+1, "near", "term"), p.is(i+1, "short", "term"), p.is(i+1, "long", "term"):
			return i + 3, Date, futureRef
		}
	}
	return i, "", ""
}

// quantityFollows tells whether a count, unit or calendar name starts at
// i ("the past four years" is not "the past").
func (p *parser) quantityFollows(i int) bool {
	if lx := p.lx(i); lx != nil && (lx.unit != noUnit || lx.num >= 0 || lx.season != "" || lx.month > 0 || lx.weekday > 0) {
		return true
	}
	if i < p.lim && p.toks[i].num >= 0 {
		return true
	}
	switch p.w(i) {
	case "few", "several", "couple", "many":
		return true
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var zones = map[string]bool{"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true}

// clockOnly reads "10:30 a.m.", "5 p.m. EST", "noon", "midnight" and
// returns the time part "T10:30".
func (p *parser) clockOnly(i int) (int, string, string) {
	w := p.w(i)
	switch w {
	case "noon", "midday":
		return i + 1, Time, "T12:00"
	case "midnight":
		return i + 1, Time, "T24:00"
	}
	if i >= p.lim || p.toks[i].w == "" || !isDigit(rune(w[0])) {
		return i, "", ""
	}
	h, mi, ok := -1, 0, false
	if n := p.toks[i].num; n >= 0 && p.toks[i].digits <= 2 {
		h = n
	} else if len(w) >= 4 && len(w) <= 5 {
		// "10:30"
		if k := strings.IndexByte(w, ':'); k > 0 {
			hh, ok1 := atoi(w[:k])
			mm, ok2 := atoi(w[k+1:])
			if ok1 && ok2 && len(w)-k-1 == 2 {
				h, mi = hh, mm
			}
		}
	}
	if h < 0 || h > 24 || mi > 59 {
		return i, "", ""
	}
	j := i + 1
	switch p.w(j) {
	case "a.m.", "am", "a.m":
		ok = true
		if h == 12 {
			h = 0
		}
		j++
	case "p.m.", "pm", "p.m":
		ok = true
		if h < 12 {
			h += 12
		}
		j++
	case "o'clock":
		ok = true
		j++
	default:
		// "10:30" alone is a time; "10" alone is not
		ok = ok || strings.IndexByte(w, ':') > 0
	}
	if !ok || h > 23 {
		return i, "", ""
	}
	if zones[p.w(j)] {
		j++
	}
	return j, Time, fmt.Sprintf("T%02d:%02d", h, mi)
}

// clock is a clock time with an optional day after it ("5 p.m. EST Nov.
// 9", "10 p.m. Wednesday"); without one it is on the publication date.
func (p *parser) clock(i int) (int, string, string) {
	j, _, tv := p.clockOnly(i)
	if j == i {
		return i, "", ""
	}
	k := j
	if p.w(k) == "," || p.w(k) == "on" {
		k++
	}
	if lx := p.lx(k); lx != nil && (lx.weekday > 0 || lx.month > 0) {
		var e int
		var v string
		if lx.weekday > 0 {
			e, _, v = p.weekdayExpr(k)
		} else {
			e, _, v = p.monthExpr(k)
		}
		if e > k && len(v) == 10 {
			return e, Time, v + tv
		}
	}
	if e, typ, v := p.dayWord(k); e > k && typ == Date {
		return e, Time, v + tv
	}
	return j, Time, p.dayOff(0) + tv
}

// partOfDay: "mid-afternoon yesterday", "late morning", "Friday evening"
// is weekdayExpr. A bare part of the day needs a modifier before it or a
// day after it.
func (p *parser) partOfDay(i int) (int, string, string) {
	lx := p.lx(i)
	if lx == nil || lx.part == "" || lx.unit != noUnit && p.w(i) != "night" {
		return i, "", ""
	}
	switch p.w(i) {
	case "morning", "afternoon", "evening", "night":
	default:
		return i, "", ""
	}
	k := i + 1
	if e, typ, v := p.dayWord(k); e > k && typ == Date {
		return e, Time, v + "T" + lx.part
	}
	if wl := p.lx(k); wl != nil && wl.weekday > 0 && !wl.plural {
		if e, typ, v := p.weekdayExpr(k); e > k && typ == Date && len(v) == 10 {
			return e, Time, v + "T" + lx.part
		}
	}
	switch p.w(i - 1) {
	case "mid", "-", "late", "early", "this":
		return k, Time, p.dayOff(0) + "T" + lx.part
	}
	return i, "", ""
}
