package extract

import (
	"strings"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMetaKeys are the <meta> names/properties/itemprops that carry a
// machine-readable publication date-time.
var publishedMetaKeys = map[string]bool{
	"article:published_time": true, "og:article:published_time": true, "og:published_time": true,
	"datepublished": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"dc.date.issued": true, "dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true,
	"date": true,
}

// metaPublished returns the first publication timestamp that the page's
// metadata states in machine-readable form (<meta>, <time
// itemprop=datePublished>, JSON-LD datePublished), as given.
func metaPublished(doc *html.Node, ldDate string) string {
	found := ""
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Meta:
				for _, k := range []string{"property", "name", "itemprop"} {
					if publishedMetaKeys[strings.ToLower(attr(c, k))] {
						if v := attr(c, "content"); v != "" {
							found = v
							return
						}
					}
				}
			case atom.Time:
				if strings.EqualFold(attr(c, "itemprop"), "datePublished") {
					found = attr(c, "datetime")
				}
			case atom.Script, atom.Style, atom.Svg:
				continue
			}
			visit(c)
		}
	}
	visit(doc)
	if found == "" {
		found = ldDate
	}
	return found
}

var dateTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
}

// parseDateTime parses an ISO-8601-like timestamp that includes a time of
// day; zoned reports whether it carried a UTC offset.
func parseDateTime(s string) (t time.Time, zoned, ok bool) {
	s = strings.TrimSpace(s)
	for i, l := range dateTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, i < 7, true
		}
	}
	return time.Time{}, false, false
}

// publishedDate combines go-htmldate's date (robust, but it often has no
// time of day, e.g. when it comes from the URL) with the page's
// machine-readable timestamp: the latter wins when it falls on the same
// day or htmldate found nothing.
func publishedDate(d htmldate.Result, found bool, meta string) string {
	if t, zoned, ok := parseDateTime(meta); ok && t.Year() >= 1995 {
		if !found || (!d.HasTime && t.Format("2006-01-02") == d.DateTime.Format("2006-01-02")) {
			return formatTime(t, zoned)
		}
	}
	if !found {
		return ""
	}
	return formatDate(d)
}

// formatDate renders an htmldate result as ISO 8601: a date-time when the
// page gave a time (with its offset when it gave one), else a date.
func formatDate(d htmldate.Result) string {
	if d.HasTime {
		return formatTime(d.DateTime, d.HasTimezone)
	}
	return d.DateTime.Format("2006-01-02")
}

func formatTime(t time.Time, zoned bool) string {
	if !zoned {
		return t.Format("2006-01-02T15:04:05")
	}
	if _, off := t.Zone(); off == 0 {
		return t.UTC().Format("2006-01-02T15:04:05Z")
	}
	return t.Format("2006-01-02T15:04:05-07:00")
}
