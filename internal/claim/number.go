// Package claim finds numeric claims in news text: it parses numbers the
// way news writes them (Numbers) and turns the counts, sums of money and
// percentages into doc.Claims with what is counted, who says so and the
// date the number holds for (Annotate).
//
// Reading conventions:
//   - "200,000" and "1,234.5" are English; "450.000" (one dot, three
//     digits) is European thousands when people are counted or the digits
//     are "000", a decimal otherwise ("96.125 points"); "1.234,5" and
//     "1.234.567" are European.
//   - Vague plurals span one to ten of their unit, as NewsQuant annotates
//     them: "dozens" 12..120, "hundreds" 100..1000, "tens of thousands"
//     10,000..100,000, "hundreds of thousands" 100,000..1,000,000; their
//     Value is the lower bound. "a few hundred" is 200..900, "several
//     hundred" 300..900, "a few dozen" 24..60, "several dozen" 36..99.
//   - A range ("5 to 10", "between 5 and 10", "5-10", "three or four") has
//     Value at the midpoint; a scale on the second number applies to the
//     first ("1 to 2 thousand").
//   - Not quantities: years, dates, clock times, ordinals, numbers glued to
//     letters (model names such as "XC40", "F-150", "COVID-19"), numbers
//     after a capitalised name ("iPhone 11") or a label word ("category
//     4"), house numbers, phone numbers, and values above 1e18.
package claim

import (
	"math"
	"strconv"
	"strings"
)

// Unit kinds of a Quantity.
const (
	KindCount    = "count"    // a counted noun follows: "12 people", "dozens of Syrians"
	KindBare     = "bare"     // a number with nothing counted after it: "rose to 45"
	KindPercent  = "percent"  // 12%, 12 per cent
	KindMoney    = "money"    // $1.5 million, 450.000 euros
	KindMeasure  = "measure"  // 30 km, 5 litres
	KindDuration = "duration" // three years
	KindAge      = "age"      // 30-year-old, aged 30
)

// Quantity is one number found in text, with its unit.
type Quantity struct {
	Start, End int     // rune span of the whole phrase: qualifier, currency, number(s), unit
	NumStart   int     // rune offset where the number itself starts (after qualifier and currency)
	Value      float64 // best single value
	Low, High  float64 // bounds: equal to Value for an exact number
	Range      bool    // written as a range: "5 to 10", "between 5 and 10", "5-10"
	Vague      bool    // a vague amount: "dozens", "a few hundred"
	Share      bool    // a share of a whole written as a fraction: "a third", "1/16", "one out of three"
	Qualifier  string  // about, over, at least, up to, nearly, more than, less than, or ""
	Kind       string  // KindCount, KindBare, KindPercent, ...
	Unit       string  // normalised unit ("percentage", "dollar", "kilometre") or the counted noun's lemma
	UnitText   string  // the unit or counted noun as written ("per cent", "Syrian refugees")
	UnitStart  int     // rune span of UnitText (UnitStart == UnitEnd when none)
	UnitEnd    int
	Change     string // "up" or "down" when a verb before the number says the amount is a change
	tokStart   int    // token index range of the phrase
	tokEnd     int
}

// fractionWords are the denominators written as words.
var fractionWords = map[string]float64{
	"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"tenth": 10, "tenths": 10,
}

// starters are the tokens a quantity phrase can start with, besides
// numbers and short capitalised words (currency codes, "US$").
var starters = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "few": true, "several": true, "half": true,
		"dozens": true, "tens": true, "ps": true, "y": true}
	for _, q := range qualifiers {
		m[q.words[0]] = true
	}
	for _, mm := range []map[string]float64{smallNumbers, vaguePlural} {
		for w := range mm {
			m[w] = true
		}
	}
	for w := range currencyBefore {
		m[w] = true
	}
	return m
}()

// maxValue bounds every value: anything larger is not a number news means.
const maxValue = 1e18

// Numbers returns the quantities written in text, in order, with rune
// spans. Years, dates, times, ordinals, model names ("iPhone 11", "F-150")
// and numbers glued into words are not quantities.
func Numbers(text string) []Quantity {
	rs := []rune(text)
	p := parser{rs: rs, toks: lex(text, rs, make([]tok, 0, len(rs)/4+4))}
	return p.all()
}

type parser struct {
	rs   []rune
	toks []tok
	// implausible collects numbers dropped for being too large.
	implausible []string
}

func (p *parser) all() []Quantity {
	var out []Quantity
	for i := 0; i < len(p.toks); {
		if t := p.toks[i]; t.kind != tNum && !starters[t.low] && !(t.kind == tWord && t.upper && len(t.low) <= 3) {
			i++ // cheap skip: nothing can start here
			continue
		}
		q, next, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		if p.keep(&q) {
			out = append(out, q)
		}
		i = next
	}
	return out
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) is(i int, w string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].low == w
}

// matchQualifier returns the qualifier starting at token i and the token
// after it.
func (p *parser) matchQualifier(i int) (string, int) {
	for _, q := range qualifiers {
		j := i
		ok := true
		for _, w := range q.words {
			if !p.is(j, w) || p.toks[j].kind != tWord {
				ok = false
				break
			}
			j++
		}
		if ok {
			return q.q, j
		}
	}
	return "", i
}

// matchCurrency returns the currency written before an amount at token i.
func (p *parser) matchCurrency(i int) (string, int) {
	if i >= len(p.toks) {
		return "", i
	}
	t := p.toks[i]
	// "US$", "US $", "A$", "HK$"
	if t.kind == tWord && t.upper && p.is(i+1, "$") && i+2 < len(p.toks) && p.toks[i+2].kind == tNum && (p.toks[i+1].glued || t.low == "us" || t.low == "hk") {
		if c, ok := currencyPrefix[t.low]; ok {
			return c, i + 2
		}
	}
	// "$US55,931,000", "$A82,615,680"
	if t.low == "$" && i+2 < len(p.toks) && p.toks[i+1].kind == tWord && p.toks[i+1].upper && p.toks[i+1].glued && p.toks[i+2].kind == tNum && p.toks[i+2].glued {
		if c, ok := currencyPrefix[p.toks[i+1].low]; ok {
			return c, i + 2
		}
	}
	// "Y=590" (the Reuters yen mark)
	if t.low == "y" && p.is(i+1, "=") && i+2 < len(p.toks) && p.toks[i+2].kind == tNum {
		return "japanese yen", i + 2
	}
	if t.low == "ps" && t.kind == tWord && string(p.rs[t.s:t.e]) == "PS" && i+1 < len(p.toks) && p.toks[i+1].kind == tNum && p.toks[i+1].glued {
		return "pound sterling", i + 1 // "£" mangled into "PS" by a cp1252 round trip
	}
	if c, ok := currencyBefore[t.low]; ok {
		// Codes are words: only capitalised ("USD", "Rs"), so that the
		// word "try" is not a lira.
		if t.kind == tWord && !t.upper {
			return "", i
		}
		j := i + 1
		if p.is(j, ".") || (p.is(j, "-") && p.glued(j) && p.glued(j+1)) { // "Rs. 500", "$-50.8bn"
			j++
		}
		if j < len(p.toks) && p.toks[j].kind == tNum {
			return c, j
		}
		// "$ 1.5 million" with a space, or "$1 billion" handled above; also
		// "€ five million"
		if j < len(p.toks) && p.toks[j].kind == tWord {
			if _, ok := smallNumbers[p.toks[j].low]; ok {
				return c, j
			}
		}
	}
	return "", i
}

// core is a parsed number before units.
type core struct {
	value, low, high float64
	vague            bool
	scaled           bool // a scale word or suffix was applied
	end              int  // token after the number
	word             bool // written in words
	year             bool // a plain integer that looks like a year
	time             bool // 10:30
	decimals         bool
	fraction         bool    // 1/16, two-thirds
	ambiguous        bool    // "1.500": a decimal or European thousands
	thousands        float64 // the value read as thousands when ambiguous
}

// parseCore parses the number at token i (digits or words), with its scale.
func (p *parser) parseCore(i int, money bool) (core, bool) {
	if i >= len(p.toks) {
		return core{}, false
	}
	t := p.toks[i]
	if t.kind == tNum {
		return p.parseDigits(i, money)
	}
	if t.kind != tWord {
		return core{}, false
	}
	return p.parseWords(i)
}

func (p *parser) parseDigits(i int, money bool) (core, bool) {
	t := p.toks[i]
	raw := t.low
	c := core{end: i + 1}
	if strings.ContainsRune(raw, ':') {
		c.time = true
		return c, true
	}
	// What follows decides "1.500": a decimal before a scale word or a
	// percent, thousands otherwise (European "450.000").
	next := p.word(i + 1)
	_, scaleNext := scaleWords[next]
	decimalNext := scaleNext || next == "%" || next == "percent" || next == "per" || money
	v, dec, ok := parseNumeral(raw, true)
	if !ok {
		return c, false
	}
	if dec && !decimalNext && strings.Count(raw, ".") == 1 && !strings.ContainsAny(raw, ",eE") && groupsOfThree(raw, '.') && !strings.HasPrefix(raw, "0.") {
		// "450.000" or "96.088": decided by what is counted (see at).
		c.ambiguous = true
		c.thousands, _, _ = parseNumeral(strings.ReplaceAll(raw, ".", ""), false)
	}
	c.decimals = dec
	c.value = v
	if !dec && !strings.ContainsAny(raw, ",.eE") && len(raw) == 4 && v >= 1000 && v <= 2100 {
		c.year = true
	}
	// A fraction "1/16" or "1⁄32"; dates ("4/7/17") and "24/7" are not.
	if sl := p.word(i + 1); (sl == "/" || sl == "⁄") && p.glued(i+1) && p.glued(i+2) && i+2 < len(p.toks) && p.toks[i+2].kind == tNum {
		den, _, ok := parseNumeral(p.toks[i+2].low, true)
		if !ok || den == 0 || v >= den || p.is(i+3, "/") || p.is(i+3, "⁄") || p.is(i-1, "/") || dec {
			return c, false
		}
		c.value, c.low, c.high, c.end, c.fraction = v/den, v/den, v/den, i+3, true
		return c, true
	}
	c.end = p.applyScales(i+1, money, &c)
	c.low, c.high = c.value, c.value
	return c, true
}

// applyScales multiplies c by the scale words from token j on ("4 hundred
// million", "1.5bn", "$5m") and returns the token after them.
func (p *parser) applyScales(j int, money bool, c *core) int {
	for j < len(p.toks) {
		t := p.toks[j]
		if t.kind != tWord {
			break
		}
		if s, ok := scaleWords[t.low]; ok {
			c.value *= s
			c.scaled = true
			j++
			continue
		}
		if s, ok := shortScales[t.low]; ok && t.glued && (money || (t.upper && t.low != "t")) && (j+1 >= len(p.toks) || !p.toks[j+1].glued || p.toks[j+1].kind == tSym) {
			c.value *= s
			c.scaled = true
			j++
			continue
		}
		break
	}
	return j
}

// parseNumeral reads "200,000", "450.000", "1.5", "1.234,5", "1e30".
// decimalDot says how to read a lone dot before exactly three digits.
func parseNumeral(raw string, decimalDot bool) (float64, bool, bool) {
	dots, commas := strings.Count(raw, "."), strings.Count(raw, ",")
	s := raw
	switch {
	case strings.ContainsAny(raw, "eE"):
		// scientific notation, as written
	case dots > 0 && commas > 0:
		if strings.LastIndexByte(raw, '.') > strings.LastIndexByte(raw, ',') {
			s = strings.ReplaceAll(raw, ",", "") // 1,234.5
		} else {
			s = strings.ReplaceAll(strings.ReplaceAll(raw, ".", ""), ",", ".") // 1.234,5
		}
	case commas > 0:
		if groupsOfThree(raw, ',') {
			s = strings.ReplaceAll(raw, ",", "")
		} else if commas == 1 {
			s = strings.ReplaceAll(raw, ",", ".") // European decimal comma: 3,5
		} else {
			return 0, false, false
		}
	case dots > 1:
		if !groupsOfThree(raw, '.') {
			return 0, false, false // 1.2.3: a version or a section number
		}
		s = strings.ReplaceAll(raw, ".", "")
	case dots == 1:
		if !decimalDot && groupsOfThree(raw, '.') && !strings.HasPrefix(raw, "0.") {
			s = strings.ReplaceAll(raw, ".", "") // 450.000
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false, false
	}
	return v, strings.Contains(s, "."), true
}

// groupsOfThree reports whether every group after the first separator has
// exactly three digits and the first has one to three.
func groupsOfThree(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, g := range parts[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// parseWords parses number words: "two hundred", "twenty-five", "a dozen",
// "dozens", "hundreds of thousands", "a few hundred", "1 to 2 thousand" is
// done by the range code.
func (p *parser) parseWords(i int) (core, bool) {
	w := p.word(i)
	c := core{word: true}
	// Vague amounts first.
	switch w {
	case "dozens":
		c.vague, c.low, c.high, c.end = true, 12, 120, i+1
		c.value = c.low
		return c, true
	case "tens", "hundreds", "thousands", "millions", "billions":
		base := 10.0
		if w != "tens" {
			base = vaguePlural[w]
		}
		c.vague = true
		c.low, c.high = base, 10*base
		c.end = i + 1
		// "tens of thousands", "hundreds of thousands", "hundreds of millions"
		if p.is(i+1, "of") {
			if s, ok := vaguePlural[p.word(i+2)]; ok && s > base {
				c.low, c.high = base*s, 10*base*s
				c.end = i + 3
			}
		}
		if w == "tens" && c.end == i+1 {
			return c, false // "tens" alone is not an amount
		}
		c.value = c.low
		return c, true
	case "a", "an", "few", "several":
		return p.parseArticle(i)
	case "half":
		// "half a million"
		if p.is(i+1, "a") {
			if s, ok := scaleWords[p.word(i+2)]; ok && s >= 1e3 {
				c.value, c.low, c.high, c.end, c.scaled = s/2, s/2, s/2, i+3, true
				return c, true
			}
		}
		// "almost half of", "nearly half": a share, not "the first half".
		if q, _ := p.matchQualifier(i - 1); q != "" && p.is(i+1, "of") || p.is(i-1, "almost") {
			c.value, c.low, c.high, c.end, c.fraction = 0.5, 0.5, 0.5, i+1, true
			return c, true
		}
		return c, false
	}
	if _, ok := smallNumbers[w]; !ok {
		return c, false
	}
	// "one third", "two-thirds", "three quarters"
	if n := smallNumbers[w]; n > 0 && n < 10 {
		k := i + 1
		if p.is(k, "-") && p.glued(k) && p.glued(k+1) {
			k++
		}
		if d, ok := fractionWords[p.word(k)]; ok && (n > 1) == strings.HasSuffix(p.word(k), "s") {
			c.value, c.low, c.high, c.end, c.fraction = n/d, n/d, n/d, k+1, true
			return c, true
		}
	}
	// Compose: total + current; "hundred" multiplies current, larger scales
	// close a group. "twenty-five" has a hyphen between the words.
	var total, cur float64
	j := i
	seen := false
	for j < len(p.toks) {
		t := p.toks[j]
		if t.kind == tSym && (t.low == "-") && t.glued && j+1 < len(p.toks) && p.toks[j+1].glued {
			if _, ok := smallNumbers[p.word(j+1)]; ok && seen && cur >= 20 && int(cur)%10 == 0 {
				j++
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		if v, ok := smallNumbers[t.low]; ok {
			if seen && cur != 0 && !(cur >= 20 && v < 10 && int(cur)%10 == 0) && !(int(cur)%100 == 0 && cur >= 100 && v < 100) {
				break // "one two" is two numbers
			}
			cur += v
			seen = true
			j++
			continue
		}
		if t.low == "and" && seen && cur >= 100 && j+1 < len(p.toks) {
			// "one hundred and twenty"
			if _, ok := smallNumbers[p.word(j+1)]; ok {
				j++
				continue
			}
			break
		}
		if s, ok := scaleWords[t.low]; ok && seen && len(t.low) > 3 {
			if s == 100 {
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			} else {
				total += cur * s
				cur = 0
			}
			c.scaled = true
			j++
			continue
		}
		break
	}
	if !seen {
		return c, false
	}
	c.value = total + cur
	c.low, c.high = c.value, c.value
	c.end = j
	return c, true
}

// parseArticle reads "a dozen", "a hundred", "a million", "a few hundred",
// "several thousand", "a few dozen".
func (p *parser) parseArticle(i int) (core, bool) {
	c := core{word: true}
	j := i
	few := ""
	if p.is(j, "a") || p.is(j, "an") {
		j++
		if p.is(j, "few") {
			few = "few"
			j++
		}
	} else {
		few = p.word(j)
		j++
	}
	w := p.word(j)
	if d, ok := fractionWords[w]; ok && few == "" && !strings.HasSuffix(w, "s") && p.is(j+1, "of") {
		// "a third of the population"
		c.value, c.low, c.high, c.end, c.fraction = 1/d, 1/d, 1/d, j+1, true
		return c, true
	}
	if w == "dozen" {
		if few == "" {
			c.value, c.low, c.high, c.end = 12, 12, 12, j+1
			return c, true
		}
		// a few dozen: 24..60, several dozen: 36..99
		lo, hi := 24.0, 60.0
		if few == "several" {
			lo, hi = 36, 99
		}
		c.vague, c.value, c.low, c.high, c.end = true, lo, lo, hi, j+1
		return c, true
	}
	s, ok := scaleWords[w]
	if !ok || len(w) <= 3 {
		return c, false
	}
	if few == "" {
		c.value, c.low, c.high, c.scaled = s, s, s, true
		c.end = p.applyScales(j+1, false, &c) // "a hundred thousand"
		c.low, c.high = c.value, c.value
		return c, true
	}
	// "a few hundred": 200..900; "several hundred": 300..900.
	lo := 2.0
	if few == "several" {
		lo = 3
	}
	c.vague, c.low, c.high, c.scaled = true, lo*s, 9*s, true
	c.value = c.low
	c.end = j + 1
	// "a few hundred thousand"
	if m, ok := scaleWords[p.word(j+1)]; ok && m > s && len(p.word(j+1)) > 3 {
		c.low *= m
		c.high *= m
		c.value = c.low
		c.end = j + 2
	}
	return c, true
}

// at parses the quantity phrase starting at token i.
func (p *parser) at(i int) (Quantity, int, bool) {
	qual, j := p.matchQualifier(i)
	money, j2 := p.matchCurrency(j)
	c, ok := p.parseCore(j2, money != "")
	if !ok {
		return Quantity{}, 0, false
	}
	if c.time {
		return Quantity{}, c.end, false
	}
	q := Quantity{
		Start: p.toks[i].s, NumStart: p.toks[j2].s,
		Qualifier: qual, tokStart: i,
	}
	if qual == "about" && p.word(i) == "some" && c.word && !c.scaled {
		// "some one" is not a qualifier: "some" only qualifies figures.
		if _, small := smallNumbers[p.word(j2)]; small {
			q.Qualifier = ""
		}
	}
	end := c.end
	// "one out of three Germans": a share.
	if p.is(end, "out") && p.is(end+1, "of") && money == "" && !c.vague {
		if c2, ok := p.parseCore(end+2, false); ok && !c2.vague && !c2.time && c2.value > c.value && c2.value > 0 {
			v := c.value / c2.value
			c.value, c.low, c.high, c.end, c.fraction = v, v, v, c2.end, true
			end = c2.end
		}
	}
	if money != "" {
		q.Kind, q.Unit = KindMoney, money
		last := j2 - 1
		if p.is(last, "-") || p.is(last, ".") {
			last--
		}
		q.UnitText = string(p.rs[p.toks[j].s:p.toks[last].e])
		q.UnitStart, q.UnitEnd = p.toks[j].s, p.toks[last].e
	} else if k, u, ut, e := p.matchUnit(end, c); k != "" {
		// A unit right after the number.
		q.Kind, q.Unit, q.UnitText = k, u, ut
		q.UnitStart, q.UnitEnd = p.toks[end].s, p.toks[e-1].e
		end = e
	}
	if c.ambiguous {
		// A count of things is whole: "450.000 people" is 450000; so is a
		// group of zeros ("1.000"). A decimal otherwise ("96.088 points").
		if (q.Kind == KindCount && looksPersonal(q)) || strings.HasSuffix(p.toks[j2].low, ".000") {
			c.value, c.low, c.high = c.thousands, c.thousands, c.thousands
		}
	}
	q.Value, q.Low, q.High, q.Vague, q.Share = c.value, c.low, c.high, c.vague, c.fraction
	if k, neg := p.negative(j, j2); neg {
		q.Value, q.Low, q.High = -q.Value, -q.High, -q.Low
		if k < i {
			q.Start, q.tokStart = p.toks[k].s, k // the span takes in "minus"
		}
	}
	// Ranges: "5 to 10", "5-10 km", "between 5 and 10", "$3 billion to $5 billion".
	if r, ok := p.matchRange(i, j2, c, &q, end); ok {
		end = r
	}
	// A compound unit: "$10 per gram", "$3500 a month", "25 km/h".
	if q.Kind == KindMoney || q.Kind == KindMeasure || q.Kind == KindCount {
		if e, u, ut := p.matchPer(end); e > end {
			q.Unit += " per " + u
			if q.UnitEnd == q.UnitStart {
				q.UnitStart = p.toks[end].s
			}
			q.UnitText = strings.TrimSpace(q.UnitText + " " + ut)
			q.UnitEnd = p.toks[e-1].e
			end = e
		}
	}
	if q.Kind == "" {
		q.Kind = KindBare
	}
	// "rose 5%", "down 9.2%", "fell by 3 points": the amount is a change.
	if w := p.word(i - 1); w == "by" {
		q.Change = changeDir[p.word(i-2)]
	} else {
		q.Change = changeDir[w]
	}
	q.tokEnd = end
	q.End = p.toks[end-1].e
	if p.notQuantity(i, j2, c, &q) {
		return Quantity{}, end, false
	}
	return q, end, true
}

// negative reports a minus sign before the number at j2 ("minus 5",
// "minus-130", "$-50.8bn"), and the token where the sign starts; j is
// where the currency mark starts.
func (p *parser) negative(j, j2 int) (int, bool) {
	switch {
	case p.is(j2-1, "-") && p.glued(j2) && p.is(j2-2, "minus"):
		return j2 - 2, true
	case p.is(j2-1, "-") && p.glued(j2) && j2-2 >= j && p.is(j2-2, "$"):
		return j, true
	case p.is(j-1, "minus"):
		return j - 1, true
	case p.is(j2-1, "minus"):
		return j2 - 1, true
	}
	return j, false
}

// matchUnit reads the unit after a number at token j: percent, currency,
// measure, duration, age or a counted noun.
func (p *parser) matchUnit(j int, c core) (kind, unit, text string, end int) {
	kind, unit, text, end = p.matchUnit1(j, c)
	// "km/h", "A/cm2": a glued slash and a second unit.
	if kind == KindMeasure && p.is(end, "/") && p.glued(end) && p.glued(end+1) {
		w := p.word(end + 1)
		if u, ok := perUnits[w]; ok {
			return kind, unit + " per " + u, string(p.rs[p.toks[j].s:p.toks[end+1].e]), end + 2
		}
	}
	return kind, unit, text, end
}

// perUnits are the units after a slash: "km/h", "$/kg".
var perUnits = map[string]string{
	"h": "hour", "hr": "hour", "s": "second", "kg": "kilogram", "day": "day", "d": "day",
	"min": "minute", "year": "year", "yr": "year", "month": "month", "l": "litre", "g": "gram",
}

func (p *parser) matchUnit1(j int, c core) (kind, unit, text string, end int) {
	if j >= len(p.toks) {
		return "", "", "", j
	}
	t := p.toks[j]
	span := func(a, b int) string { return string(p.rs[p.toks[a].s:p.toks[b-1].e]) }
	switch t.low {
	case "%":
		return KindPercent, "percentage", "%", j + 1
	case "per":
		if p.is(j+1, "cent") {
			return KindPercent, "percentage", span(j, j+2), j + 2
		}
	case "percentage":
		if p.is(j+1, "points") || p.is(j+1, "point") {
			return KindPercent, "percentage point", span(j, j+2), j + 2
		}
	case "-":
		// "30-year-old", "five-year", "43.4 percent-owned", "5-mpg": a glued hyphen.
		if t.glued && j+1 < len(p.toks) && p.toks[j+1].glued && p.toks[j+1].kind == tWord {
			if d, ok := durations[p.word(j+1)]; ok {
				if p.is(j+2, "-") && p.is(j+3, "old") {
					return KindAge, "year of age", span(j+1, j+4), j + 4
				}
				return KindDuration, d, span(j+1, j+2), j + 2
			}
			if u, ok := units[p.word(j+1)]; ok && u != "" {
				return KindMeasure, u, span(j+1, j+2), j + 2
			}
		}
		return "", "", "", j
	}
	if t.kind == tSym {
		if u, ok := currencyAfter[t.low]; ok {
			return KindMoney, u, t.low, j + 1
		}
		if t.low == "″" || t.low == "\"" && t.glued {
			return KindMeasure, "inch", t.low, j + 1
		}
		return "", "", "", j
	}
	if t.kind != tWord {
		return "", "", "", j
	}
	// Ordinal suffixes and glued letters that are no unit: "96th", "3D".
	if t.glued {
		switch t.low {
		case "st", "nd", "rd", "th", "s":
			return "", "", "", j
		case "pc":
			return KindPercent, "percentage", span(j, j+1), j + 1
		}
	}
	if t.low == "p" && !t.upper && !p.is(j+1, ".") {
		return KindMoney, "penny", span(j, j+1), j + 1 // "118.5p", "down 68 p"
	}
	if t.low == "percent" || t.low == "pct" {
		return KindPercent, "percentage", span(j, j+1), j + 1
	}
	// nationality + currency: "Australian dollars", "Danish crowns"
	if n, ok := nationalCurrency[t.low]; ok {
		k := j + 1
		if t.low == "hong" || t.low == "new" {
			k++
		}
		if cu, ok := currencyAfter[p.word(k)]; ok && p.toks[k].kind == tWord {
			if n != "" && (cu == "dollar" || cu == "pound sterling" || cu == "krone" || cu == "krona" || cu == "franc" || cu == "lira" || cu == "dinar" || cu == "riyal" || cu == "peso" || cu == "ruble" || cu == "japanese yen" || cu == "chinese yuan" || cu == "indian rupee") {
				if cu == "pound sterling" {
					cu = "pound"
				}
				if !strings.HasPrefix(cu, n) {
					cu = n + " " + strings.TrimPrefix(strings.TrimPrefix(cu, "japanese "), "chinese ")
				}
			}
			return KindMoney, cu, span(j, k+1), k + 1
		}
	}
	if cu, ok := currencyAfter[t.low]; ok {
		// "pound" alone is a weight in some texts, but in news a currency.
		if t.low == "won" || t.low == "rand" {
			// verbs: "won", "rand" only in capitals or before "of"
			if !t.upper && t.low == "won" {
				return "", "", "", j
			}
		}
		return KindMoney, cu, span(j, j+1), j + 1
	}
	// Durations and ages: "three years", "30 years old", "aged 30" is done
	// by notQuantity.
	if d, ok := durations[t.low]; ok {
		if p.is(j+1, "old") || (p.is(j+1, "-") && p.is(j+2, "old")) {
			e := j + 2
			if p.is(j+1, "-") {
				e = j + 3
			}
			return KindAge, "year of age", span(j, e), e
		}
		return KindDuration, d, span(j, j+1), j + 1
	}
	// Measures, case-sensitive short forms first.
	raw := string(p.rs[t.s:t.e])
	if u, ok := caseUnits[raw]; ok {
		if t.glued || len(raw) > 1 {
			return KindMeasure, u, raw, j + 1
		}
		// a spaced "m" or "C" is too ambiguous ("5 m" is fine in science, not in news)
		if raw == "C" || raw == "F" {
			return KindMeasure, u, raw, j + 1
		}
	}
	if u, ok := units[t.low]; ok {
		if t.low == "sq" || t.low == "square" {
			if v, ok := units[p.word(j+1)]; ok && v != "" {
				return KindMeasure, "square " + v, span(j, j+2), j + 2
			}
			if p.word(j+1) == "m" || p.word(j+1) == "km" {
				return KindMeasure, "square metre", span(j, j+2), j + 2
			}
			return "", "", "", j
		}
		if t.low == "degrees" || t.low == "degree" {
			if u2, ok := units[p.word(j+1)]; ok && (u2 == "celsius" || u2 == "fahrenheit") {
				return KindMeasure, u2, span(j, j+2), j + 2
			}
			if raw2 := p.word(j + 1); raw2 == "c" || raw2 == "f" {
				return KindMeasure, map[string]string{"c": "celsius", "f": "fahrenheit"}[raw2], span(j, j+2), j + 2
			}
		}
		if t.low == "cubic" {
			return "", "", "", j
		}
		// "barrels of oil"
		if (u == "barrel" || u == "tonne" || u == "ton") && p.is(j+1, "of") && j+2 < len(p.toks) && p.toks[j+2].kind == tWord && !nounStop[p.word(j+2)] {
			return KindMeasure, u + " of " + p.word(j+2), span(j, j+3), j + 3
		}
		return KindMeasure, u, span(j, j+1), j + 1
	}
	if t.low == "cubic" {
		if v, ok := units[p.word(j+1)]; ok && v != "" {
			return KindMeasure, "cubic " + v, span(j, j+2), j + 2
		}
	}
	if t.glued {
		// Unknown letters glued to the number: "3D", "4G", "5s"; not a unit.
		return "", "", "", j
	}
	// A counted noun: up to three words ("Syrian refugees", "heart
	// transplants"); vague amounts take "of" ("dozens of people").
	k := j
	if (c.vague || c.scaled) && p.is(k, "of") {
		k++
		if p.is(k, "the") || p.is(k, "their") {
			return "", "", "", j
		}
		if cu, ok := currencyAfter[p.word(k)]; ok && p.toks[k].kind == tWord {
			return KindMoney, cu, span(j, k+1), k + 1 // "millions of dollars"
		}
	}
	start := k
	maxWords := 3
	if c.value == 1 && !c.scaled {
		maxWords = 1 // "one hand behind her": the thing counted is one word
	}
	for nw := 0; k < len(p.toks) && nw < maxWords; nw++ {
		w := p.toks[k]
		if w.kind != tWord || nounStop[w.low] || w.nl {
			break
		}
		if _, ok := smallNumbers[w.low]; ok {
			break
		}
		if months[w.low] && w.upper {
			break
		}
		if isVerbForm(w.low) {
			// A participle is an adjective only before a plural noun:
			// "300 recorded songs", "two besieged Syrian towns".
			ok := false
			for x := k + 1; x < len(p.toks) && x <= k+2 && p.toks[x].kind == tWord && !nounStop[p.word(x)] && !isVerbForm(p.word(x)); x++ {
				if isPluralNoun(p.word(x)) {
					ok = true
					break
				}
			}
			if ok {
				k++
				continue
			}
			break
		}
		k++
		// Hyphenated words: "first-team players".
		if p.is(k, "-") && p.glued(k) && p.glued(k+1) && k+1 < len(p.toks) && p.toks[k+1].kind == tWord {
			k += 2
			if isPluralNoun(p.word(k - 1)) {
				break
			}
			continue
		}
		// A plural noun ends the phrase: "13 workers in", "19 fouls proves".
		if isPluralNoun(w.low) {
			break
		}
	}
	if k == start {
		return "", "", "", j
	}
	words := make([]string, 0, k-start)
	for x := start; x < k; x++ {
		if p.toks[x].kind == tWord {
			words = append(words, p.toks[x].low)
		} else if len(words) > 0 {
			words[len(words)-1] += p.toks[x].low + p.word(x+1)
			x++
		}
	}
	head := lemma(words[len(words)-1])
	words[len(words)-1] = head
	return KindCount, strings.Join(words, " "), span(start, k), k
}

// matchPer reads "per gram", "a month", "an ounce", "/kg" after a unit.
func (p *parser) matchPer(j int) (int, string, string) {
	w := p.word(j)
	if w != "per" && w != "a" && w != "an" && w != "/" {
		return j, "", ""
	}
	if w == "per" && p.is(j+1, "cent") {
		return j, "", ""
	}
	n := p.word(j + 1)
	if n == "" || p.toks[j+1].kind != tWord {
		return j, "", ""
	}
	if d, ok := durations[n]; ok {
		switch p.word(j + 2) {
		case "earlier", "ago", "before", "later", "after", "from", "on", "since":
			return j, "", "" // "$6.78 billion a year earlier" is not per year
		}
		return j + 2, d, string(p.rs[p.toks[j].s:p.toks[j+1].e])
	}
	if u, ok := units[n]; ok && u != "" {
		return j + 2, u, string(p.rs[p.toks[j].s:p.toks[j+1].e])
	}
	if w == "per" && (n == "share" || n == "head" || n == "person" || n == "capita" || n == "barrel" || n == "ton" || n == "tonne" || n == "unit") {
		return j + 2, lemma(n), string(p.rs[p.toks[j].s:p.toks[j+1].e])
	}
	if (n == "sq" || n == "square") && j+2 < len(p.toks) {
		u := units[p.word(j+2)]
		if u == "" {
			u = "metre"
		}
		return j + 3, "square " + u, string(p.rs[p.toks[j].s:p.toks[j+2].e])
	}
	return j, "", ""
}

// isVerbForm guesses a past participle or gerund: such a word after a
// number is what happened to the counted things, not the things.
func isVerbForm(w string) bool {
	if len(w) < 5 {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return !nounEd[w]
	}
	if strings.HasSuffix(w, "ing") {
		return !nounIng[w]
	}
	return false
}

var nounEd = map[string]bool{"hundred": true, "seed": true, "speed": true, "bed": true, "shed": true}

var nounIng = map[string]bool{
	"building": true, "buildings": true, "meeting": true, "ceiling": true, "offering": true,
	"sibling": true, "wedding": true, "painting": true, "recording": true, "earning": true,
	"morning": true, "evening": true, "king": true, "ring": true, "spring": true, "thing": true,
	"string": true, "wing": true, "swing": true, "sing": true, "bombing": true, "bombings": true,
	"shooting": true, "shootings": true, "uprising": true, "outing": true,
	"listing": true, "setting": true, "housing": true, "funding": true, "training": true,
}

// isPluralNoun is a cheap test for a plural noun ("workers", "people").
func isPluralNoun(w string) bool {
	switch w {
	case "people", "children", "men", "women", "police", "personnel", "staff", "troops",
		"cattle", "sheep", "fish", "deer", "aircraft", "militia", "youth", "dead", "wounded":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// lemma turns a plural noun into its singular, enough for unit matching.
func lemma(w string) string {
	switch w {
	case "people", "police", "personnel", "staff", "cattle", "sheep", "fish", "deer", "aircraft", "series", "news":
		return w
	case "children":
		return "child"
	case "men":
		return "man"
	case "women":
		return "woman"
	case "feet":
		return "foot"
	case "teeth":
		return "tooth"
	case "mice":
		return "mouse"
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes")):
		return w[:len(w)-2]
	case len(w) > 5 && strings.HasSuffix(w, "uses"):
		return w[:len(w)-2] // viruses, buses
	case len(w) > 4 && strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man" // fishermen, servicemen
	case len(w) > 3 && strings.HasSuffix(w, "ses"):
		return w[:len(w)-1]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// matchRange extends q to a range when a second number follows: "5 to 10",
// "5-10", "between 5 and 10", "from 240 to 273", "$3 billion to $5 billion",
// "three or four years".
func (p *parser) matchRange(i, j2 int, c core, q *Quantity, end int) (int, bool) {
	if c.vague || end >= len(p.toks) {
		return 0, false
	}
	sep := p.toks[end]
	between := p.is(i-1, "between") || p.is(i, "between")
	bare := q.Kind == KindBare || q.Kind == ""
	switch {
	case sep.low == "-" || sep.low == "–" || sep.low == "—":
		// "15-22", "25 – 40min"; a bare "2-0" is a score, read as a range
		// as NewsQuant does; "F-150" never gets here (a word before).
		if bare && !(sep.glued && p.glued(end+1)) && sep.low == "-" {
			return 0, false
		}
	case sep.low == "to":
		// "rose by 5% to 10%" and "up 9.4 per cent to $84" are a change and
		// a level; "dropped by 1 to 1.5 degrees" is a range.
		if (p.is(i-1, "by") || changeWord(p.word(i-1))) && !bare {
			return 0, false
		}
	case sep.low == "and" && between:
	case sep.low == "or" && c.word && bare:
		// "three or four years"
	default:
		return 0, false
	}
	k := end + 1
	money2, k2 := p.matchCurrency(k)
	if money2 != "" && q.Kind != KindMoney && !bare {
		return 0, false
	}
	c2, ok := p.parseCore(k2, money2 != "" || q.Kind == KindMoney)
	if !ok || c2.time || c2.vague {
		return 0, false
	}
	if c.year || c2.year {
		return 0, false // "2014-2017", "from 2008 to 29 mpg"
	}
	if sep.low == "or" && (!c2.word || c2.value <= c.value) {
		return 0, false
	}
	if c.word != c2.word && sep.low == "-" {
		return 0, false
	}
	if p.glued(k) && !(sep.low == "-" || sep.low == "–" || sep.low == "—") {
		return 0, false
	}
	e := c2.end
	// The second number's unit must agree with the first's.
	kind2, unit2, ut2, ue := p.matchUnit(e, c2)
	if money2 != "" {
		kind2, unit2, ue = KindMoney, money2, e
	}
	if kind2 != "" && !bare {
		if kind2 != q.Kind || (unit2 != q.Unit && kind2 != KindCount) {
			return 0, false
		}
	}
	if money2 != "" && bare {
		q.Kind, q.Unit = KindMoney, money2
		q.UnitText = string(p.rs[p.toks[k].s:p.toks[k2-1].e])
		q.UnitStart, q.UnitEnd = p.toks[k].s, p.toks[k2-1].e
	} else if kind2 != "" {
		if bare {
			q.Kind, q.Unit, q.UnitText = kind2, unit2, ut2
			q.UnitStart, q.UnitEnd = p.toks[e].s, p.toks[ue-1].e
		}
		e = ue
	}
	lo, hi := q.Low, c2.value
	if !c.scaled && c2.scaled {
		// "1 to 2 thousand", "$3 to $5 billion": the scale applies to both
		// when the first number is smaller than the second as written.
		if raw := c2raw(p, k2, c2); raw > 0 && lo < raw {
			lo *= c2.value / raw
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	q.Low, q.High, q.Range = lo, hi, true
	q.Value = (lo + hi) / 2
	return e, true
}

// c2raw returns the unscaled value of the number at token k.
func c2raw(p *parser, k int, c core) float64 {
	if p.toks[k].kind == tNum {
		v, _, ok := parseNumeral(p.toks[k].low, true)
		if ok && v != 0 {
			return v
		}
	}
	return c.value
}

func (p *parser) glued(k int) bool { return k < len(p.toks) && p.toks[k].glued }

// changeWord reports verbs and adverbs that make the next number an
// amount of change ("rose 5%", "up 9.4 per cent").
func changeWord(w string) bool { return changeDir[w] != "" }

// changeDir is the direction of a change word.
var changeDir = map[string]string{
	"up": "up", "rose": "up", "rise": "up", "rises": "up", "risen": "up", "gained": "up",
	"gains": "up", "gain": "up", "climbed": "up", "climbs": "up", "jumped": "up", "jumps": "up",
	"increased": "up", "grew": "up", "grow": "up", "grows": "up", "added": "up", "surged": "up",
	"soared": "up", "advanced": "up", "lifted": "up", "raised": "up", "boost": "up", "boosted": "up",
	"down": "down", "fell": "down", "fall": "down", "falls": "down", "fallen": "down", "lost": "down",
	"dropped": "down", "drops": "down", "drop": "down", "slid": "down", "slipped": "down",
	"declined": "down", "declines": "down", "decreased": "down", "shed": "down", "eased": "down",
	"plunged": "down", "tumbled": "down", "sank": "down", "slumped": "down", "retreated": "down",
	"cut": "down",
}

// notQuantity rejects years, dates, model numbers and the like.
func (p *parser) notQuantity(i, j2 int, c core, q *Quantity) bool {
	t := p.toks[j2]
	prev := j2 - 1
	if q.Kind == KindMoney && q.UnitStart < t.s {
		prev = -1 // the currency mark is before the number
	}
	// Dates: a month name next to the number ("March 29", "8 September 2019").
	if prev >= 0 && months[p.word(prev)] && p.toks[prev].upper {
		return true
	}
	if prev >= 1 && p.is(prev, ".") && months[p.word(prev-1)] {
		return true // "Dec. 1"
	}
	if months[p.word(c.end)] && p.toks[c.end].upper && q.Kind == KindCount {
		return true
	}
	if p.is(c.end, "of") && months[p.word(c.end+1)] {
		return true
	}
	if c.end < len(p.toks) && months[p.word(c.end)] && p.toks[c.end].upper {
		return true
	}
	// Times: "5 p.m.", "10 am".
	if w := p.word(c.end); (w == "am" || w == "pm" || w == "a" || w == "p") && (w == "am" || w == "pm" || p.is(c.end+1, ".")) && t.kind == tNum {
		if w == "am" || w == "pm" || p.is(c.end+2, "m") {
			return true
		}
	}
	if t.kind == tNum {
		// "0914 GMT", "007": a leading zero makes a time or a code.
		if len(t.low) > 1 && t.low[0] == '0' && t.low[1] >= '0' && t.low[1] <= '9' {
			return true
		}
		// Slashes: dates ("4/7/17") and fractions are not read.
		if !c.fraction && (p.is(j2-1, "/") && p.toks[j2].glued || p.is(c.end, "/") && p.glued(c.end) && p.toks[c.end+min(1, len(p.toks)-c.end-1)].kind == tNum) {
			return true
		}
		// Glued to a word before: "XC40", "X-Pro3", "COVID-19", "mid-2019".
		if t.glued && j2 > 0 && q.Kind != KindMoney {
			pt := p.toks[j2-1]
			if pt.kind == tWord {
				return true
			}
			if (pt.low == "-" || pt.low == "#") && j2 > 1 && (p.toks[j2-2].kind == tWord || p.toks[j2-2].kind == tNum) && pt.glued && !signWords[p.word(j2-2)] {
				return true
			}
			if pt.low == "#" || pt.low == "№" {
				return true
			}
		}
		if p.is(j2-1, "-") && j2 > 1 && p.toks[j2-2].kind == tWord && !p.toks[j2-1].glued && p.toks[j2].glued && p.toks[j2-2].upper {
			return true // "COVID -19"
		}
		// Years and decades.
		if c.year && q.Qualifier == "" && q.Kind != KindMoney && q.Kind != KindPercent && q.Kind != KindMeasure && !(q.Kind == KindCount && q.Value < 1900) {
			return true
		}
		if !c.decimals && !strings.ContainsAny(t.low, ",.") && len(t.low) == 4 && q.Kind == KindBare && q.Qualifier == "" && yearContext[p.word(j2-1)] {
			return true
		}
		// Glued letters after: "3D", "96th", "1990s", "5G".
		if c.end < len(p.toks) && p.toks[c.end].glued && p.toks[c.end].kind == tWord && q.UnitEnd <= q.UnitStart && !c.scaled {
			return true
		}
		if c.end < len(p.toks) && p.toks[c.end].glued && (p.toks[c.end].low == "th" || p.toks[c.end].low == "st" || p.toks[c.end].low == "nd" || p.toks[c.end].low == "rd") {
			return true
		}
		// "No. 5", "number 3", "#3"
		if w := p.word(j2 - 1); (w == "number" || (w == "." && p.word(j2-2) == "no")) && q.Qualifier == "" {
			return true
		}
		// A glued number after: "1.2.3" handled by parseNumeral, "2-0-1".
		// Phone-like: many digit groups glued with hyphens.
		if p.is(c.end, "-") && p.glued(c.end) && p.glued(c.end+1) && c.end+2 < len(p.toks) && p.is(c.end+2, "-") && p.toks[c.end+1].kind == tNum && !q.Range {
			return true
		}
	}
	// Model names and ranks: a bare number after a capitalised word, not at
	// the start of a sentence ("iPhone 11", "Big 12", "FTSE 100", "Lang 20").
	if q.Qualifier == "" && q.Kind == KindBare || (q.Kind == KindCount && q.UnitText != "" && q.UnitStart < len(p.rs) && isUpperRune(p.rs[q.UnitStart]) && q.Qualifier == "") {
		if j2 > 0 && j2 == i {
			pt := p.toks[j2-1]
			if pt.kind == tWord && (pt.upper || hasUpper(p.rs[pt.s:pt.e])) && !sentenceStart(p, j2-1) {
				if _, isNum := smallNumbers[pt.low]; !isNum {
					return true
				}
			}
		}
	}
	// "a five-year $700000 award", "a three-year plan": a hyphenated
	// duration before a noun describes the noun.
	if q.Kind == KindDuration && q.UnitStart < len(p.rs) && p.rs[q.UnitStart] == '-' && q.tokEnd < len(p.toks) {
		if nt := p.toks[q.tokEnd]; nt.kind == tWord || nt.low == "$" || nt.kind == tNum {
			return true
		}
	}
	// Labels: "category 4 hurricane", "Game 7".
	if q.Qualifier == "" && j2 == i && labelWords[p.word(j2-1)] && (q.Kind == KindBare || q.Kind == KindCount) {
		return true
	}
	// Phone numbers: "555-123-4567".
	if p.is(q.tokEnd, "-") && p.glued(q.tokEnd) && p.glued(q.tokEnd+1) && q.tokEnd+1 < len(p.toks) && p.toks[q.tokEnd+1].kind == tNum {
		return true
	}
	// Addresses and names: "575 Elmwood Road", "9 E", "11 Pro Max": a
	// counted "noun" in capitals that is not a plural.
	if q.Kind == KindCount && q.Qualifier == "" && q.UnitText != "" {
		allCaps := true
		for x := c.end; x < q.tokEnd; x++ {
			if p.toks[x].kind == tWord && !p.toks[x].upper {
				allCaps = false
			}
		}
		last := p.word(q.tokEnd - 1)
		lt := p.toks[q.tokEnd-1]
		acronym := q.tokEnd-c.end == 1 && lt.e-lt.s >= 2 && string(p.rs[lt.s:lt.e]) == strings.ToUpper(lt.low)
		if allCaps && !acronym && (!isPluralNoun(last) || streetWords[last]) {
			return true
		}
	}
	// "one" is a number only before a counted noun or "of the" (one of the
	// largest...), and never after a determiner ("the same one").
	if c.word && t.low == "one" && c.value == 1 && !c.scaled {
		switch p.word(j2 - 1) {
		case "the", "this", "that", "each", "every", "no", "any", "which", "same", "another", "last",
			"only", "other", "no-one", "someone", "everyone", "anyone", "every-", "at", "as", "one":
			return true
		}
		if q.Kind == KindBare && !(p.is(c.end, "of") && (p.is(c.end+1, "the") || p.is(c.end+1, "its") || p.is(c.end+1, "his") || p.is(c.end+1, "her") || p.is(c.end+1, "their"))) {
			return true
		}
		if q.Kind == KindCount && (p.word(c.end) == "another" || q.Unit == "thing") {
			return true
		}
	}
	// Ages: "aged 30", "Senard, 65," (a bare number between commas after a name).
	if p.is(j2-1, "aged") || p.is(j2-1, "age") {
		q.Kind, q.Unit = KindAge, "year of age"
	}
	return false
}

// signWords may be glued to a number with a hyphen: "minus-5", "sub-7".
var signWords = map[string]bool{"minus": true, "sub": true, "now": true, "over": true, "under": true, "nearly": true, "almost": true, "around": true, "about": true}

// ordinalWords make the number after them a label: "category 4", "Game 7".
var labelWords = map[string]bool{
	"category": true, "level": true, "phase": true, "grade": true, "article": true, "chapter": true,
	"section": true, "page": true, "room": true, "route": true, "line": true, "step": true,
	"size": true, "group": true, "game": true, "stage": true, "round": true, "week": true,
	"day": true, "episode": true, "season": true, "volume": true, "no": true, "number": true,
	"resolution": true, "flight": true, "unit": true, "gate": true, "platform": true, "type": true,
}

// streetWords end an address after a house number.
var streetWords = map[string]bool{
	"road": true, "street": true, "st": true, "avenue": true, "ave": true, "way": true, "lane": true,
	"boulevard": true, "blvd": true, "drive": true, "place": true, "square": true, "rd": true,
}

func isUpperRune(r rune) bool { return r >= 'A' && r <= 'Z' }

func hasUpper(rs []rune) bool {
	for _, r := range rs {
		if isUpperRune(r) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token k starts a sentence (or the text).
func sentenceStart(p *parser, k int) bool {
	if k == 0 || p.toks[k].nl {
		return true
	}
	w := p.word(k - 1)
	return w == "." || w == "!" || w == "?" || w == ":" || w == "\"" || w == "“" || w == "(" || w == "-" || w == "—"
}

// keep applies the last checks: values must be finite and below maxValue.
func (p *parser) keep(q *Quantity) bool {
	for _, v := range []float64{q.Value, q.Low, q.High} {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > maxValue {
			p.implausible = append(p.implausible, string(p.rs[q.Start:q.End]))
			return false
		}
	}
	return true
}
