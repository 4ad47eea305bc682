package ingest

import (
	"strings"
	"time"
)

// dateTimeLayouts are tried in order for values that carry a time of day.
var dateTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04PM",
	"January 2, 2006 15:04",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
	"2 January 2006 15:04",
}

// dateLayouts are tried for values that name a day only.
var dateLayouts = []string{
	"2006-01-02",
	"2006/01/02",
	"20060102",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02.01.2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, 2 Jan 2006",
}

// NormalizeDate turns a publication date as written in headers, JSON or
// feeds into ISO 8601: "2015-01-26" for a day, "2015-01-26T10:00:00Z" (UTC)
// for a moment. It reports false when it cannot read the value.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return "", false
	}
	// "Sept." is common in news and unknown to package time.
	s = strings.Replace(s, "Sept.", "Sep.", 1)
	s = strings.Replace(s, "Sept ", "Sep ", 1)
	for _, l := range dateTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC().Format(time.RFC3339), true
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	// Abbreviated months with a period ("Jan. 26, 2015") other than those above.
	if i := strings.IndexByte(s, '.'); i > 0 && i <= 4 {
		if v, ok := NormalizeDate(s[:i] + s[i+1:]); ok {
			return v, true
		}
	}
	return "", false
}

// FormatTime renders t for the contract: a date-time in UTC.
func FormatTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}
