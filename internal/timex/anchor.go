package timex

import (
	"fmt"
	"time"
)

// anchor is the publication date the relative expressions resolve against.
type anchor struct {
	ok bool
	t  time.Time // midnight UTC of the date
}

// parseAnchor reads an ISO date or date-time ("2015-01-26",
// "2015-01-26T10:00:00Z"); only the date part matters.
func parseAnchor(p *string) anchor {
	if p == nil || len(*p) < 10 {
		return anchor{}
	}
	s := *p
	y, ok1 := atoi(s[0:4])
	m, ok2 := atoi(s[5:7])
	d, ok3 := atoi(s[8:10])
	if !ok1 || !ok2 || !ok3 || s[4] != '-' || s[7] != '-' || !validDate(y, m, d) {
		return anchor{}
	}
	return anchor{ok: true, t: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// validDate rejects impossible dates such as February 30.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || y < 1 || y > 9999 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (a anchor) year() int  { return a.t.Year() }
func (a anchor) month() int { return int(a.t.Month()) }
func (a anchor) day() int   { return a.t.Day() }

// quarter is 1..4.
func (a anchor) quarter() int { return (a.month()-1)/3 + 1 }

func fmtDate(t time.Time) string {
	return fmt.Sprintf("%04d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
}
func fmtYM(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }
func fmtY(y int) string     { return fmt.Sprintf("%04d", y) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// addMonths moves whole months from (y, m).
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// addQuarters moves whole quarters from (y, q).
func addQuarters(y, q, n int) (int, int) {
	k := y*4 + (q - 1) + n
	return k / 4, k%4 + 1
}

// weekday returns the ISO weekday (1 Monday .. 7 Sunday) of t.
func weekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}
