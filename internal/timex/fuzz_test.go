package timex

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnnotate feeds arbitrary text and publication dates: no panic, spans
// inside the text, Text equal to the runes it covers, a value always.
func FuzzAnnotate(f *testing.F) {
	f.Add("The talks were held on Monday, February 30, 2015 at 25:99 p.m.", "2015-01-28")
	f.Add("every 2 1/2 weeks since the '80s, 2014-13-45 and 12/31/2014", "2015-01-28T10:00:00Z")
	f.Add("a year earlier the fiscal-first quarter of 1990 ended Sept. 31", "")
	f.Add("nineteen ninety-six two thousand and four the 20th century", "9999-12-31")
	f.Add("last\x00week \xff\xfe yesterday", "0000-00-00")
	f.Fuzz(func(t *testing.T, text, published string) {
		var p *string
		if published != "" {
			p = &published
		}
		x := Prepare(text, nil, p)
		rs := []rune(text)
		for _, tm := range x.Find() {
			if tm.Start < 0 || tm.End > len(rs) || tm.Start >= tm.End {
				t.Fatalf("bad span %+v in %q", tm, text)
			}
			if string(rs[tm.Start:tm.End]) != tm.Text || tm.Value == "" || tm.Type == "" {
				t.Fatalf("bad time %+v in %q", tm, text)
			}
			if !utf8.ValidString(tm.Value) {
				t.Fatalf("bad value %q", tm.Value)
			}
			x.Normalize(tm.Start, tm.End)
		}
		x.Normalize(0, len(rs))
		x.Normalize(len(rs)/2, len(rs)+5)
	})
}
