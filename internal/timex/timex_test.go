package timex

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// pub is a Wednesday; 2015-01-28 is in ISO week 5.
const pub = "2015-01-28"

func find(t *testing.T, text string, published *string) []doc.Time {
	t.Helper()
	d := doc.New()
	d.Text = text
	d.Published = published
	Annotate(d)
	if d.Times == nil {
		t.Fatalf("%q: Times is nil", text)
	}
	rs := []rune(text)
	for _, tm := range d.Times {
		if tm.Start < 0 || tm.End > len(rs) || tm.Start >= tm.End || string(rs[tm.Start:tm.End]) != tm.Text {
			t.Fatalf("%q: bad span %+v", text, tm)
		}
	}
	return d.Times
}

func TestAnnotate(t *testing.T) {
	p := pub
	cases := []struct {
		text       string
		span, typ  string
		value      string
		unanchored bool
	}{
		// absolute dates in the common news forms
		{"The treaty was signed on December 31, 2014, in Geneva.", "December 31, 2014", Date, "2014-12-31", false},
		{"The treaty was signed on 31 Dec 2014 in Geneva.", "31 Dec 2014", Date, "2014-12-31", false},
		{"The treaty was signed on Dec. 31 in Geneva.", "Dec. 31", Date, "2014-12-31", false},
		{"The treaty is dated 2014-12-31.", "2014-12-31", Date, "2014-12-31", false},
		{"Elections will be held on March 3.", "March 3", Date, "2015-03-03", false},
		{"The rally took place in Dec. 2014 downtown.", "Dec. 2014", Date, "2014-12", false},
		{"The treaty was signed on 12/31/2014 and filed on 31/12/2014.", "31/12/2014", Date, "2014-12-31", false},
		{"Rebels attacked on Christmas Eve.", "Christmas Eve", Date, "2014-12-24", false},
		// a day told from the last day named
		{"The truce began on Dec. 30. The next day, shelling resumed.", "The next day", Date, "2014-12-31", false},
		// weekdays resolved by tense
		{"The report was published on Monday.", "Monday", Date, "2015-01-26", false},
		{"Talks are set to begin Monday in Vienna.", "Monday", Date, "2015-02-02", false},
		{"The minister will travel to Cairo on Friday.", "Friday", Date, "2015-01-30", false},
		{"Police said the attack happened Friday night.", "Friday night", Time, "2015-01-23TNI", false},
		// relative dates
		{"Rebels shelled the town yesterday.", "yesterday", Date, "2015-01-27", false},
		{"Rebels shelled the town last week.", "last week", Date, "2015-W04", false},
		{"Troops withdrew last summer.", "last summer", Date, "2014-SU", false},
		{"The plant closed in September.", "September", Date, "2014-09", false},
		{"The plant will reopen in September.", "September", Date, "2015-09", false},
		{"The village was founded some four years ago.", "some four years ago", Date, "2011", false},
		{"Prices rose last month.", "last month", Date, "2014-12", false},
		{"The budget for next year is smaller.", "next year", Date, "2016", false},
		{"Rebels shelled the town this morning.", "this morning", Time, "2015-01-28TMO", false},
		// durations
		{"The war has lasted the past four years.", "the past four years", Duration, "P4Y", false},
		{"The siege lasted four days.", "four days", Duration, "P4D", false},
		{"He signed a two-year contract.", "two-year", Duration, "P2Y", false},
		{"The talks lasted 2 1/2 hours.", "2 1/2 hours", Duration, "PT2H30M", false},
		{"Aid trickled in over several weeks.", "several weeks", Duration, "PXW", false},
		// sets and times
		{"The convoy crosses every week.", "every week", Set, "P1W", false},
		{"Markets open at 10:30 a.m. local time.", "10:30 a.m.", Time, "2015-01-28T10:30", false},
		{"The curfew starts at 9 p.m. on weekdays.", "9 p.m.", Time, "2015-01-28T21:00", false},
		// fuzzy references
		{"The border is now closed.", "now", Date, "PRESENT_REF", false},
		{"The border was recently reopened.", "recently", Date, "PAST_REF", false},
		{"The border will reopen in the near future.", "the near future", Date, "FUTURE_REF", false},
		// quarters
		{"Profit rose in the third quarter.", "the third quarter", Date, "2014-Q3", false},
		{"Profit should rise in the second quarter.", "the second quarter", Date, "2015-Q2", false},
		{"Profit fell in the fourth quarter.", "the fourth quarter", Date, "2014-Q4", false},
		// no publication date: unanchored values
		{"The plant closed in September.", "September", Date, "XXXX-09", true},
		{"The report was published on Monday.", "Monday", Date, "XXXX-WXX-1", true},
		{"Rebels shelled the town yesterday.", "yesterday", Date, "XXXX-XX-XX", true},
		{"The war has lasted the past four years.", "the past four years", Duration, "P4Y", true},
		// impossible dates: no nonsense day
		{"The law took effect on February 30, 2015.", "February 30, 2015", Date, "2015-02", false},
		{"The law took effect on 2015-02-30 or so.", "", "", "", false},
	}
	for _, c := range cases {
		var pp *string
		if !c.unanchored {
			pp = &p
		}
		times := find(t, c.text, pp)
		if c.span == "" {
			if len(times) != 0 {
				t.Errorf("%q: want nothing, got %+v", c.text, times)
			}
			continue
		}
		var got *doc.Time
		for k := range times {
			if times[k].Text == c.span {
				got = &times[k]
			}
		}
		if got == nil {
			t.Errorf("%q: %q not found in %+v", c.text, c.span, times)
			continue
		}
		if got.Type != c.typ || got.Value != c.value {
			t.Errorf("%q: %q = %s %s, want %s %s", c.text, c.span, got.Type, got.Value, c.typ, c.value)
		}
	}
}

// Words that are times only sometimes must not be taken in their other
// senses.
func TestNotTimes(t *testing.T) {
	p := pub
	for _, text := range []string{
		"Protesters march on the capital.",
		"Prices may fall further.",
		"The company pays a quarterly dividend.",
		"He is 52 years old.",
		"About 2000 people joined the march.",
		"They fired 1,200 shells.",
	} {
		if times := find(t, text, &p); len(times) != 0 {
			t.Errorf("%q: want no times, got %+v", text, times)
		}
	}
}

func TestRuneOffsets(t *testing.T) {
	p := pub
	text := "Über 300 Menschen — «yesterday» in Zürich"
	times := find(t, text, &p)
	if len(times) != 1 || times[0].Text != "yesterday" || times[0].Value != "2015-01-27" {
		t.Fatalf("got %+v", times)
	}
	if want := strings.Index(string([]rune(text)), "yesterday"); want == times[0].Start {
		t.Errorf("offset %d is a byte offset; want runes", want)
	}
}

func TestNormalize(t *testing.T) {
	p := pub
	text := "Net income rose in the third quarter. It fell 5% from a year earlier. The current slump is over."
	x := Prepare(text, nil, &p)
	cases := []struct{ span, typ, value string }{
		{"the third quarter", Date, "2014-Q3"},
		{"a year earlier", Date, "2013-Q3"},
		{"current", Date, "PRESENT_REF"},
	}
	for _, c := range cases {
		s := len([]rune(text[:strings.Index(text, c.span)]))
		typ, val, ok := x.Normalize(s, s+len([]rune(c.span)))
		if !ok || typ != c.typ || val != c.value {
			t.Errorf("Normalize(%q) = %s %s %v, want %s %s", c.span, typ, val, ok, c.typ, c.value)
		}
	}
	if _, _, ok := x.Normalize(0, 3); ok {
		t.Error(`Normalize("Net") = ok`)
	}
}
