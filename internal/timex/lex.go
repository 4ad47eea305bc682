package timex

import (
	"slices"
	"strings"
)

// unit is a calendar or clock unit.
type unit uint8

const (
	noUnit unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf // half year
	uYear
	uDecade
	uCentury
	uMillennium
)

// entry is what the lexicon knows about a word; a word may be several
// things at once ("second" is an ordinal and a unit, "may" a month).
type entry struct {
	month   int    // 1..12
	weekday int    // ISO: 1 Monday .. 7 Sunday
	season  string // SP SU FA WI
	unit    unit
	plural  bool   // plural unit ("years")
	num     int    // cardinal value, -1 when none
	ord     int    // ordinal value ("third" 3)
	part    string // part of day: MO AF EV NI
	tens    bool   // twenty..ninety: may take a ones word after it
}

var lexicon = map[string]*entry{}

var (
	months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	days   = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

// DayOrMonth reports whether word (any case) names a month or a day of
// the week in full, or is "today", "yesterday" or "tonight": the head of a
// phrase of time ("on Saturday", "in March").
func DayOrMonth(word string) bool {
	w := strings.ToLower(word)
	return slices.Contains(months, w) || slices.Contains(days, w) || w == "today" || w == "yesterday" || w == "tonight"
}

// abbrevs are words whose trailing period belongs to the token.
var abbrevs = map[string]bool{}

func add(w string, f func(e *entry)) {
	e, ok := lexicon[w]
	if !ok {
		e = &entry{num: -1}
		lexicon[w] = e
	}
	f(e)
}

func init() {
	for i, m := range months {
		m, n := m, i+1
		add(m, func(e *entry) { e.month = n })
		if len(m) > 3 {
			// "Jan" and "Jan." name a month; "mar", "jun" and "jul" only
			// with their period ("Mar.")
			ab := m[:3]
			if ab != "mar" && ab != "jun" && ab != "jul" {
				add(ab, func(e *entry) { e.month = n })
			}
			add(ab+".", func(e *entry) { e.month = n })
			abbrevs[ab] = true
		}
	}
	add("sept", func(e *entry) { e.month = 9 })
	add("sept.", func(e *entry) { e.month = 9 })
	abbrevs["sept"] = true
	for i, d := range days {
		n := i + 1
		add(d, func(e *entry) { e.weekday = n })
		add(d+"s", func(e *entry) { e.weekday = n; e.plural = true })
		add(d[:3]+".", func(e *entry) { e.weekday = n })
		abbrevs[d[:3]] = true
	}
	add("tues.", func(e *entry) { e.weekday = 2 })
	add("thurs.", func(e *entry) { e.weekday = 4 })
	abbrevs["tues"], abbrevs["thurs"] = true, true
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
		"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI"} {
		s := s
		pl := w[len(w)-1] == 's'
		add(w, func(e *entry) { e.season = s; e.plural = pl })
	}
	units := map[string]unit{
		"second": uSecond, "sec": uSecond, "minute": uMinute, "min": uMinute, "hour": uHour, "hr": uHour,
		"day": uDay, "night": uDay, "weekend": uWeekend, "week": uWeek, "fortnight": uWeek, "month": uMonth,
		"quarter": uQuarter, "year": uYear, "yr": uYear, "decade": uDecade, "century": uCentury, "millennium": uMillennium,
	}
	for w, u := range units {
		u := u
		add(w, func(e *entry) { e.unit = u })
		pl := w + "s"
		switch w {
		case "century":
			pl = "centuries"
		case "millennium":
			pl = "millennia"
		}
		add(pl, func(e *entry) { e.unit = u; e.plural = true })
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range nums {
		n := i
		add(w, func(e *entry) { e.num = n })
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		n := (i + 2) * 10
		add(w, func(e *entry) { e.num = n; e.tens = true })
	}
	add("dozen", func(e *entry) { e.num = 12 })
	add("hundred", func(e *entry) { e.num = 100 })
	add("thousand", func(e *entry) { e.num = 1000 })
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords {
		n := i + 1
		add(w, func(e *entry) { e.ord = n })
	}
	add("thirtieth", func(e *entry) { e.ord = 30 })
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"} {
		p := p
		add(w, func(e *entry) { e.part = p })
	}
	for _, w := range []string{"mr", "mrs", "dr", "st", "no", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "jr", "sr", "vs"} {
		abbrevs[w] = true
	}
}

// digit ordinals "1st" .. "31st"
func ordValue(t *tok) int {
	if t.lx != nil && t.lx.ord > 0 {
		return t.lx.ord
	}
	w := t.w
	if len(w) < 3 || len(w) > 4 {
		return 0
	}
	suf := w[len(w)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0
	}
	n := 0
	for _, c := range w[:len(w)-2] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}
