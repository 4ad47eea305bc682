package timex

import "fmt"

// refQuarterYQ is the quarter a report is about: the last one the text
// named, else the last whole quarter before publication.
func (p *parser) refQuarterYQ() (int, int) {
	if p.lastQ > 0 {
		return p.lastQY, p.lastQ
	}
	if !p.a.ok {
		return 0, 0
	}
	return addQuarters(p.a.year(), p.a.quarter(), -1)
}

// refQuarter is refQuarterYQ yearsBack years earlier, as a value.
func (p *parser) refQuarter(yearsBack int) string {
	y, q := p.refQuarterYQ()
	if q == 0 {
		return "XXXX-QX"
	}
	return fmt.Sprintf("%04d-Q%d", y-yearsBack, q)
}

// quarterExpr: "the third quarter", "third-quarter", "the fiscal first
// quarter", "the third quarter of 1990", "this year's third quarter", "the
// year-earlier quarter", "the quarter", "the 1988 period", "year-earlier".
func (p *parser) quarterExpr(i int) (int, string, string) {
	k := i
	yearOff := 0 // -1: year-ago
	y := 0
	explicitYear := false
	switch p.w(k) {
	case "the", "its", "their", "a":
		k++
	case "this", "last", "next":
		if p.is(k+1, "year", "'s") {
			yearOff = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(k)]
			explicitYear = true
			k += 3
		}
	}
	if p.w(k) == "comparable" || p.w(k) == "corresponding" || p.w(k) == "same" || p.w(k) == "flat" {
		k++
	}
	if p.w(k) == "fiscal" {
		k++
		if p.w(k) == "-" {
			k++
		}
	}
	if p.is(k, "year", "-", "earlier") || p.is(k, "year", "-", "ago") {
		yearOff, k = -1, k+3
	} else if yy := p.yearAt(k); yy > 0 && k > i {
		y, explicitYear = yy, true
		k++
	}
	if p.w(k) == "fiscal" {
		k++
	}
	q := 0
	if o := p.lx(k); o != nil && o.ord >= 1 && o.ord <= 4 && (p.w(k+1) == "quarter" || p.is(k+1, "-", "quarter")) {
		q = o.ord
		k++
		if p.w(k) == "-" {
			k++
		}
	} else if o != nil && o.ord >= 1 && o.ord <= 4 && (p.w(k+1) == "half" || p.is(k+1, "-", "half")) && explicitYear {
		// "the 1988 second half" is rare; skip
		return i, "", ""
	}
	noun := p.w(k)
	if noun != "quarter" && noun != "period" && noun != "quarters" {
		if yearOff == -1 && q == 0 && k > i && p.w(k-1) != "quarter" && (p.w(i) == "year" || p.w(i) == "the" || p.w(i) == "a") {
			// "year-earlier" alone: the quarter being reported, a year back
			if !p.quarterLive(i) {
				if !p.a.ok {
					return k, Date, "XXXX"
				}
				return k, Date, fmtY(p.a.year() - 1)
			}
			return k, Date, p.refQuarter(1)
		}
		if q > 0 && k > i {
			// "third-quarter" as an adjective ("third-quarter profit")
			return k, Date, p.quarterValue(q, y, explicitYear, yearOff, i, k)
		}
		return i, "", ""
	}
	if noun == "quarters" {
		if q > 0 && p.w(i) != "the" {
			return k + 1, Set, fmt.Sprintf("XXXX-Q%d", q)
		}
		return i, "", ""
	}
	e := k + 1
	if p.w(e) == "of" && p.yearAt(e+1) > 0 {
		y, explicitYear = p.yearAt(e+1), true
		e += 2
	}
	if p.is(e, "a", "year", "ago") || p.is(e, "a", "year", "earlier") || p.is(e, "last", "year") {
		if p.w(e) == "last" {
			e += 2
		} else {
			e += 3
		}
		yearOff = -1
	}
	if q == 0 {
		if noun == "period" && !explicitYear && yearOff == 0 {
			// "the period" alone is too vague
			if p.w(k-1) != "latest" && p.w(k-1) != "comparable" && p.w(k-1) != "corresponding" && p.w(k-1) != "same" {
				return i, "", ""
			}
		}
		if p.w(i) != "the" && p.w(i) != "its" && p.w(i) != "this" && p.w(i) != "last" && p.w(i) != "next" && p.w(i) != "year" {
			return i, "", ""
		}
		if p.w(i) == "this" && k == i+1 {
			return e, Date, p.quarterOfAnchor(0)
		}
		if explicitYear && y > 0 {
			_, rq := p.refQuarterYQ()
			if rq == 0 {
				return e, Date, fmtY(y)
			}
			return e, Date, fmt.Sprintf("%04d-Q%d", y, rq)
		}
		return e, Date, p.refQuarter(-yearOff)
	}
	return e, Date, p.quarterValue(q, y, explicitYear, yearOff, i, e)
}

// quarterOfAnchor is the quarter off quarters from publication.
func (p *parser) quarterOfAnchor(off int) string {
	if !p.a.ok {
		return "XXXX-QX"
	}
	y, q := addQuarters(p.a.year(), p.a.quarter(), off)
	return fmt.Sprintf("%04d-Q%d", y, q)
}

// quarterValue resolves quarter q: in the given year, else in the
// publication year unless it has not yet begun and the clause is in the
// past ("the fourth quarter" told in January is last year's).
func (p *parser) quarterValue(q, y int, explicit bool, yearOff, i, j int) string {
	if !explicit || y == 0 {
		if !p.a.ok {
			return fmt.Sprintf("XXXX-Q%d", q)
		}
		y = p.a.year() + yearOff
		if !explicit && yearOff == 0 && q > p.a.quarter() && p.tenseOf(i, j) != tFuture && p.a.quarter() == 1 {
			y--
		}
	}
	if yearOff == 0 || explicit {
	}
	return fmt.Sprintf("%04d-Q%d", y, q)
}

// quarterLive tells whether a quarter named shortly before token i is
// still what the text compares with ("up from a year earlier").
func (p *parser) quarterLive(i int) bool {
	return p.qActive && i < len(p.sent) && p.sent[i]-p.qSent <= 4
}
