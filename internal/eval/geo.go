package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// Toponym resolution scoring over the Gritta XML corpora: GeoWebNews
// (GWN.xml: extractedName, type, start, end, geonamesID, latitude,
// longitude) and LGL/TR-News (lgl.xml: start, end, phrase, gaztag with
// geonameid, lat, lon).
//
// Conventions (following Gritta et al., "A Pragmatic Guide to Geoparsing
// Evaluation", which scores geocoding on every toponym that carries
// coordinates):
//   - Offsets are characters (runes) of the article text, end exclusive;
//     verified on the data: every GWN span with non-negative offsets
//     matches its name. GWN has 5 toponyms with negative offsets
//     (annotation slips; 2 of them carry coordinates): they are dropped,
//     so GWN scores 2599 of its 2601 toponyms with coordinates.
//   - A gold toponym is scored for resolution when it has coordinates,
//     whatever its GWN type: literal, metonymic ("Moscow said"),
//     modifiers ("Syrian-backed" when annotated with a location), mixed,
//     coercion, embedded. GWN's Demonym, Language, Homonym, Non_Toponym,
//     *_Expression types carry no coordinates and are not scored; neither
//     are LGL toponyms without a gaztag.
//   - acc_id is over the scored toponyms that also have a GeoNames id.
//   - mean_km is over all scored toponyms; a toponym left unresolved counts
//     as 20039 km (half the Earth's circumference, the maximum error).
//   - End to end: a predicted span is a true positive when it equals a
//     scored gold span exactly (same start and end) and resolves within
//     161 km of the gold point. A predicted span equal to a gold span with no
//     coordinates and a type other than Non_Toponym (a demonym, a language,
//     a literal expression) is ignored: it is neither right nor wrong.
//     Every other prediction is a false positive. Recall is over the scored
//     gold toponyms.

// GeoGuess is a resolver's answer for one span; OK false means unresolved.
type GeoGuess struct {
	OK       bool
	Lat, Lon float64
	GeoNames int64
}

// GeoResult is the score of a corpus.
type GeoResult struct {
	Acc161       float64 `json:"acc161"`
	AccID        float64 `json:"acc_id"`
	MeanKm       float64 `json:"mean_km"`
	Mentions     int     `json:"mentions"`
	E2EPrecision float64 `json:"e2e_precision"`
	E2ERecall    float64 `json:"e2e_recall"`
	E2EF1        float64 `json:"e2e_f1"`
	// Acc161Focus is acc161 when unresolved mentions fall back to the
	// document's focus place; set by callers that measure it.
	Acc161Focus float64 `json:"acc161_focus"`

	Articles       int          `json:"-"`
	OffsetMismatch int          `json:"-"` // gold spans whose text differs from their name
	Misses         []GeoMiss    `json:"-"`
	Counts         GeoE2ECounts `json:"-"`
}

// GeoE2ECounts are the end-to-end tallies.
type GeoE2ECounts struct{ TP, FP, Ignored, Gold int }

// GeoMiss is one gold toponym resolved farther than 161 km.
type GeoMiss struct {
	Article            string
	Name               string
	Km                 float64
	GoldLat, GoldLon   float64
	GuessLat, GuessLon float64
}

// GeoToponym is one gold annotation.
type GeoToponym struct {
	Start, End int
	Name       string
	Type       string
	HasCoord   bool
	Lat, Lon   float64
	GeoNames   int64
}

// GeoArticle is one gold document.
type GeoArticle struct {
	ID       string
	Text     string
	Toponyms []GeoToponym
}

type geoXMLToponym struct {
	Start     string `xml:"start"`
	End       string `xml:"end"`
	Extracted string `xml:"extractedName"`
	Phrase    string `xml:"phrase"`
	Type      string `xml:"type"`
	GeoID     string `xml:"geonamesID"`
	Latitude  string `xml:"latitude"`
	Longitude string `xml:"longitude"`
	Gaztag    *struct {
		ID  string `xml:"geonameid,attr"`
		Lat string `xml:"lat"`
		Lon string `xml:"lon"`
	} `xml:"gaztag"`
}

type geoXMLArticle struct {
	File     string          `xml:"file,attr"`
	DocID    string          `xml:"docid,attr"`
	Text     string          `xml:"text"`
	Toponyms []geoXMLToponym `xml:"toponyms>toponym"`
}

// ReadGeoGold reads a Gritta-format corpus. Malformed toponyms (bad
// offsets, unparsable coordinates) are dropped and counted in bad.
func ReadGeoGold(r io.Reader) (arts []GeoArticle, bad int, err error) {
	dec := xml.NewDecoder(r)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return arts, bad, fmt.Errorf("eval geo: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "article" {
			continue
		}
		var xa geoXMLArticle
		if err := dec.DecodeElement(&xa, &se); err != nil {
			return arts, bad, fmt.Errorf("eval geo: article %d: %w", len(arts), err)
		}
		a := GeoArticle{ID: xa.File + xa.DocID, Text: xa.Text}
		n := len([]rune(a.Text))
		for _, xt := range xa.Toponyms {
			t, ok := geoToponym(xt, n)
			if !ok {
				bad++
				continue
			}
			a.Toponyms = append(a.Toponyms, t)
		}
		arts = append(arts, a)
	}
	return arts, bad, nil
}

func geoToponym(xt geoXMLToponym, n int) (GeoToponym, bool) {
	var t GeoToponym
	var err1, err2 error
	t.Start, err1 = strconv.Atoi(strings.TrimSpace(xt.Start))
	t.End, err2 = strconv.Atoi(strings.TrimSpace(xt.End))
	if err1 != nil || err2 != nil || t.Start < 0 || t.End <= t.Start || t.End > n {
		return t, false
	}
	t.Name = xt.Extracted + xt.Phrase
	t.Type = xt.Type
	lat, lon, id := xt.Latitude, xt.Longitude, xt.GeoID
	if xt.Gaztag != nil {
		lat, lon, id = xt.Gaztag.Lat, xt.Gaztag.Lon, xt.Gaztag.ID
	}
	if strings.TrimSpace(lat) != "" || strings.TrimSpace(lon) != "" {
		la, e1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
		lo, e2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
		if e1 != nil || e2 != nil || math.IsNaN(la) || math.IsNaN(lo) || math.Abs(la) > 90 || math.Abs(lo) > 180 {
			return t, false
		}
		t.HasCoord, t.Lat, t.Lon = true, la, lo
	}
	t.GeoNames, _ = strconv.ParseInt(strings.TrimSpace(id), 10, 64)
	return t, true
}

func geoKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371.0 * math.Asin(math.Min(1, math.Sqrt(a)))
}

const geoMaxKm = 20039.0

// EvalGeo scores resolve on the gold spans of the corpus at path, and find
// then resolve end to end (see the conventions above). find may be nil.
func EvalGeo(path string, resolve func(text string, spans [][2]int) []GeoGuess, find func(text string) [][2]int) (GeoResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return GeoResult{}, err
	}
	defer f.Close()
	arts, _, err := ReadGeoGold(f)
	if err != nil {
		return GeoResult{}, err
	}
	return EvalGeoArticles(arts, resolve, find), nil
}

// EvalGeoArticles scores already-read articles.
func EvalGeoArticles(arts []GeoArticle, resolve func(text string, spans [][2]int) []GeoGuess, find func(text string) [][2]int) GeoResult {
	var res GeoResult
	var within, withID, idOK int
	var sumKm float64
	for _, a := range arts {
		res.Articles++
		rs := []rune(a.Text)
		var spans [][2]int
		var gold []GeoToponym
		for _, t := range a.Toponyms {
			if t.Name != "" && string(rs[t.Start:t.End]) != t.Name {
				res.OffsetMismatch++
			}
			if t.HasCoord {
				spans = append(spans, [2]int{t.Start, t.End})
				gold = append(gold, t)
			}
		}
		var guesses []GeoGuess
		if len(spans) > 0 {
			guesses = resolve(a.Text, spans)
		}
		for i, t := range gold {
			res.Mentions++
			km := geoMaxKm
			var g GeoGuess
			if i < len(guesses) {
				g = guesses[i]
			}
			if g.OK {
				km = geoKm(t.Lat, t.Lon, g.Lat, g.Lon)
			}
			sumKm += km
			if km <= 161 {
				within++
			} else {
				res.Misses = append(res.Misses, GeoMiss{a.ID, t.Name, km, t.Lat, t.Lon, g.Lat, g.Lon})
			}
			if t.GeoNames > 0 {
				withID++
				if g.OK && g.GeoNames == t.GeoNames {
					idOK++
				}
			}
		}
		if find == nil {
			continue
		}
		var pred [][2]int
		for _, p := range find(a.Text) {
			if p[0] >= 0 && p[1] > p[0] && p[1] <= len(rs) {
				pred = append(pred, p)
			}
		}
		res.Counts.Gold += len(gold)
		var pg []GeoGuess
		if len(pred) > 0 {
			pg = resolve(a.Text, pred)
		}
		goldAt := map[[2]int]GeoToponym{}
		for _, t := range a.Toponyms {
			if old, dup := goldAt[[2]int{t.Start, t.End}]; !dup || !old.HasCoord {
				goldAt[[2]int{t.Start, t.End}] = t
			}
		}
		for i, p := range pred {
			t, ok := goldAt[p]
			switch {
			case ok && t.HasCoord && i < len(pg) && pg[i].OK && geoKm(t.Lat, t.Lon, pg[i].Lat, pg[i].Lon) <= 161:
				res.Counts.TP++
			case ok && !t.HasCoord && t.Type != "Non_Toponym":
				res.Counts.Ignored++
			default:
				res.Counts.FP++
			}
		}
	}
	if res.Mentions > 0 {
		res.Acc161 = float64(within) / float64(res.Mentions)
		res.MeanKm = sumKm / float64(res.Mentions)
	}
	if withID > 0 {
		res.AccID = float64(idOK) / float64(withID)
	}
	c := res.Counts
	if c.TP+c.FP > 0 {
		res.E2EPrecision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.Gold > 0 {
		res.E2ERecall = float64(c.TP) / float64(c.Gold)
	}
	if p, r := res.E2EPrecision, res.E2ERecall; p+r > 0 {
		res.E2EF1 = 2 * p * r / (p + r)
	}
	return res
}
