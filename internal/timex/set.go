package timex

import "fmt"

var adverbSets = map[string]string{"daily": "XXXX-XX-XX", "weekly": "XXXX-WXX", "monthly": "XXXX-XX",
	"annually": "XXXX", "yearly": "XXXX", "quarterly": "XXXX-QX", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI"}

// setExpr: "every week", "each Thursday", "each July", "every two years",
// "daily", "a year" after an amount ("$5 a year").
func (p *parser) setExpr(i int) (int, string, string) {
	w := p.w(i)
	if v, ok := adverbSets[w]; ok {
		// "quarterly dividend" is an adjective: only the adverb at the
		// end of its clause is a set ("paid annually.")
		if n := p.w(i + 1); n == "" || n == "." || n == "," || n == ";" || n == "basis" {
			return i + 1, Set, v
		}
		return i, "", ""
	}
	if w == "per" || (w == "a" || w == "an") && i > 0 && (p.toks[i-1].num >= 0 || p.w(i-1) == "times" || p.w(i-1) == "twice" || p.w(i-1) == "once") {
		if lx := p.lx(i + 1); lx != nil && lx.unit != noUnit && !lx.plural {
			return i + 2, Set, durVal(1, lx.unit)
		}
		return i, "", ""
	}
	if w != "every" && w != "each" {
		return i, "", ""
	}
	k := i + 1
	if p.w(k) == "other" {
		k++
	}
	lx := p.lx(k)
	if lx != nil {
		switch {
		case lx.unit != noUnit && !lx.plural:
			n := 1
			if p.w(i+1) == "other" {
				n = 2
			}
			return k + 1, Set, durVal(n, lx.unit)
		case lx.weekday > 0:
			return k + 1, Set, fmt.Sprintf("XXXX-WXX-%d", lx.weekday)
		case lx.month > 0:
			return k + 1, Set, fmt.Sprintf("XXXX-%02d", lx.month)
		case lx.season != "":
			return k + 1, Set, "XXXX-" + lx.season
		case lx.part != "":
			return k + 1, Set, "XXXX-XX-XXT" + lx.part
		}
	}
	if p.is(k, "of", "the", "past") || p.is(k, "of", "the", "last") {
		// "each of the past three years" is a duration
		if e, typ, v := p.quantity(k + 2); e > k+2 && typ == Duration {
			return e, Duration, v
		}
		if e, typ, v := p.quantity(k + 1); e > k+1 {
			return e, typ, v
		}
	}
	if n, _, e, ok := p.amount(k); ok && n > 0 {
		if lx := p.lx(e); lx != nil && lx.unit != noUnit {
			return e + 1, Set, durVal(n, lx.unit)
		}
	}
	return i, "", ""
}
