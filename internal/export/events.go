// Package export writes stored documents in formats other tools load:
// GDELT 2.0 event rows.
package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/doc"
)

// EventColumns are the GDELT 2.0 Events table columns, in order.
var EventColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// EventWriter writes tab-separated GDELT event rows, the header first.
type EventWriter struct {
	w      io.Writer
	nextID int64
	header bool
	err    error
}

// NewEventWriter starts numbering GLOBALEVENTID at 1.
func NewEventWriter(w io.Writer) *EventWriter { return &EventWriter{w: w, nextID: 1} }

// Write writes one row per event of d. Differences from GDELT, by
// necessity: country codes are ISO 3166-1 alpha-2 (GDELT uses FIPS 10-4 in
// the Geo columns), Actor geography is left empty (only the action's place
// is known), NumMentions/NumSources/NumArticles are 1 (one document),
// AvgTone is empty, IsRootEvent is 1 for events in the first three
// sentences, and DATEADDED is the publication time.
func (ew *EventWriter) Write(d *doc.Document) error {
	if ew.err != nil {
		return ew.err
	}
	if !ew.header {
		ew.header = true
		ew.line(EventColumns)
	}
	ents := map[string]*doc.Entity{}
	for i := range d.Entities {
		ents[d.Entities[i].ID] = &d.Entities[i]
	}
	places := map[string]*doc.Place{}
	for i := range d.Places {
		places[d.Places[i].ID] = &d.Places[i]
	}
	for _, ev := range d.Events {
		row := make([]string, len(EventColumns))
		row[0] = strconv.FormatInt(ew.nextID, 10)
		ew.nextID++
		if t, ok := eventDate(ev, d); ok {
			row[1] = t.Format("20060102")
			row[2] = t.Format("200601")
			row[3] = t.Format("2006")
			row[4] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
		}
		actorCols(row[5:15], doc.Deref(ev.SourceActor), ents[doc.Deref(ev.Source)])
		actorCols(row[15:25], doc.Deref(ev.TargetActor), ents[doc.Deref(ev.Target)])
		if ev.Sentence < 3 {
			row[25] = "1"
		} else {
			row[25] = "0"
		}
		row[26] = ev.Code
		row[27] = ev.Code[:min(3, len(ev.Code))]
		row[28] = ev.Root
		row[29] = strconv.Itoa(ev.Quad)
		row[30] = strconv.FormatFloat(ev.Goldstein, 'f', 1, 64)
		row[31], row[32], row[33] = "1", "1", "1"
		if p := places[doc.Deref(ev.Place)]; p != nil {
			row[51] = geoType(p)
			row[52] = p.Name
			row[53] = doc.Deref(p.Country)
			row[56] = strconv.FormatFloat(p.Lat, 'f', 4, 64)
			row[57] = strconv.FormatFloat(p.Lon, 'f', 4, 64)
			if p.GeoNames != nil {
				row[58] = strconv.FormatInt(*p.GeoNames, 10)
			}
		}
		if d.Published != nil {
			if t, ok := parseDate(*d.Published); ok {
				row[59] = t.Format("20060102150405")
			}
		}
		row[60] = doc.Deref(d.Source.URL)
		ew.line(row)
	}
	return ew.err
}

// actorCols fills Code, Name, CountryCode, KnownGroup, Ethnic, Religion1,
// Religion2, Type1..3 from a CAMEO actor code: a three-letter country or
// IGO code first, then three-letter role codes.
func actorCols(cols []string, code string, e *doc.Entity) {
	if code == "" {
		return
	}
	cols[0] = code
	if e != nil {
		cols[1] = strings.ToUpper(e.Name)
	}
	rest := code
	if len(code) >= 3 && !cameo.IsRole(code[:3]) && !orgPrefix[code[:3]] {
		cols[2], rest = code[:3], code[3:]
	}
	t := 7
	for len(rest) >= 3 && t < 10 {
		cols[t] = rest[:3]
		rest = rest[3:]
		t++
	}
}

// organisations that start an actor code in place of a country
var orgPrefix = map[string]bool{"NGO": true, "IGO": true}

func geoType(p *doc.Place) string {
	switch {
	case p.Kind == "country":
		return "1"
	case doc.Deref(p.Country) == "US" && p.Kind == "admin":
		return "2"
	case doc.Deref(p.Country) == "US":
		return "3"
	case p.Kind == "admin":
		return "5"
	}
	return "4"
}

func eventDate(ev doc.Event, d *doc.Document) (time.Time, bool) {
	if ev.Date != nil {
		if t, ok := parseDate(*ev.Date); ok {
			return t, true
		}
	}
	if d.Published != nil {
		return parseDate(*d.Published)
	}
	return time.Time{}, false
}

func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if len(s) >= 10 { // a date, or a date-time in another form
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func (ew *EventWriter) line(cols []string) {
	if ew.err != nil {
		return
	}
	for i, c := range cols {
		cols[i] = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, c)
	}
	_, ew.err = fmt.Fprintln(ew.w, strings.Join(cols, "\t"))
}
