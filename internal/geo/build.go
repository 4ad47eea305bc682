package geo

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// BuildStats counts what Build read, kept and rejected.
type BuildStats struct {
	Countries   int            `json:"countries"`
	Admin1      int            `json:"admin1"`
	Admin2      int            `json:"admin2"`
	Cities      int            `json:"cities"`
	Supplement  int            `json:"supplement"`
	Places      int            `json:"places"`
	Keys        int            `json:"keys"`
	Demonyms    int            `json:"demonyms"`
	BadRows     map[string]int `json:"bad_rows"` // per input file: rows skipped as malformed
	MissingFile []string       `json:"missing_files,omitempty"`
	Bytes       int64          `json:"bytes"`
}

// rec is one place while building.
type rec struct {
	Place
	names []string // names to index besides Name
}

type builder struct {
	stats   BuildStats
	places  []rec
	demonym map[string]string // key -> country code
}

func (b *builder) bad(file string) { b.stats.BadRows[file]++ }

// cityFeature says whether a GeoNames feature code of class P is kept and
// with which kind.
func cityKind(code string) string {
	switch code {
	case "PPLX":
		return "district"
	case "PPLH", "PPLW", "PPLQ":
		return "" // historical, destroyed, abandoned
	}
	return "city"
}

// Build compiles the gazetteer from a GeoNames directory (cities500.txt.gz,
// countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt,
// world-countries-5.1.0.countries.json, cliff-wikipedia-demonyms.tsv) plus
// the curated supplement (TSV: name, kind, country, lat, lon, aliases
// separated by ';', population) and writes the binary gazetteer to w.
// Malformed rows are counted in BuildStats.BadRows and skipped; a missing
// file is listed in MissingFile; only a write error is fatal.
func Build(dir string, supplement io.Reader, w io.Writer) (BuildStats, error) {
	b := &builder{demonym: map[string]string{}}
	b.stats.BadRows = map[string]int{}
	open := func(name string) io.ReadCloser {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			b.stats.MissingFile = append(b.stats.MissingFile, name)
			return nil
		}
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				b.bad(name)
				return nil
			}
			return struct {
				io.Reader
				io.Closer
			}{zr, f}
		}
		return f
	}
	countries := b.readCountries(open)
	cities := b.readCities(open)
	b.addAdmins(open, countries, cities)
	if supplement != nil {
		b.readSupplement(supplement)
	}
	b.readDemonyms(open, countries)
	cw := &countWriter{w: w}
	err := b.write(cw)
	b.stats.Bytes = cw.n
	return b.stats, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type countryInfo struct {
	idx      int // index in b.places
	cc, name string
	capital  string
}

func lines(r io.Reader, fn func(line string)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fn(sc.Text())
	}
}

func (b *builder) readCountries(open func(string) io.ReadCloser) map[string]*countryInfo {
	out := map[string]*countryInfo{}
	if r := open("countryInfo.txt"); r != nil {
		lines(r, func(line string) {
			if line == "" || line[0] == '#' {
				return
			}
			f := strings.Split(line, "\t")
			if len(f) < 17 || len(f[0]) != 2 || f[4] == "" {
				b.bad("countryInfo.txt")
				return
			}
			pop, _ := strconv.ParseInt(f[7], 10, 64)
			gid, _ := strconv.ParseInt(f[16], 10, 64)
			cc := strings.ToUpper(f[0])
			b.places = append(b.places, rec{Place: Place{Name: f[4], Kind: "country", Country: cc, GeoNames: gid, Population: pop, Feature: "PCLI", Lat: math.NaN()}, names: []string{f[1]}})
			out[cc] = &countryInfo{idx: len(b.places) - 1, cc: cc, name: f[4], capital: f[5]}
		})
		r.Close()
	}
	if r := open("world-countries-5.1.0.countries.json"); r != nil {
		var wc []struct {
			Name struct {
				Common, Official string
			}
			CCA2, CCA3   string
			Capital      []string
			AltSpellings []string
			Latlng       []float64
			Demonyms     map[string]struct{ F, M string }
		}
		data, _ := io.ReadAll(r)
		r.Close()
		if err := json.Unmarshal(data, &wc); err != nil {
			b.bad("world-countries-5.1.0.countries.json")
		}
		for _, c := range wc {
			cc := strings.ToUpper(c.CCA2)
			if len(cc) != 2 || len(c.Latlng) != 2 {
				b.bad("world-countries-5.1.0.countries.json")
				continue
			}
			ci := out[cc]
			if ci == nil {
				b.places = append(b.places, rec{Place: Place{Name: c.Name.Common, Kind: "country", Country: cc, Feature: "PCLI"}})
				ci = &countryInfo{idx: len(b.places) - 1, cc: cc, name: c.Name.Common}
				out[cc] = ci
			}
			p := &b.places[ci.idx]
			p.Lat, p.Lon = c.Latlng[0], c.Latlng[1]
			p.names = append(p.names, c.Name.Common, c.Name.Official)
			for _, a := range c.AltSpellings {
				if len(a) > 3 { // two-letter codes and "UK"-like acronyms are handled by the supplement
					p.names = append(p.names, a)
				}
			}
			if ci.capital == "" && len(c.Capital) > 0 {
				ci.capital = c.Capital[0]
			}
			if d, ok := c.Demonyms["eng"]; ok {
				for _, s := range []string{d.F, d.M} {
					k := Key(s)
					if k == "" {
						continue
					}
					// a shared demonym ("Indian") goes to the most populous country
					if old, dup := b.demonym[k]; dup && out[old] != nil && b.places[out[old].idx].Population >= b.places[ci.idx].Population {
						continue
					}
					b.demonym[k] = cc
				}
			}
		}
	}
	// Countries with no centroid are dropped (they cannot be placed).
	for cc, ci := range out {
		if math.IsNaN(b.places[ci.idx].Lat) {
			b.places[ci.idx].Kind = ""
			delete(out, cc)
		}
	}
	for range out {
		b.stats.Countries++
	}
	return out
}

// city rows as parsed from cities500.
type cityRow struct {
	idx    int
	a1, a2 string
	code   string
	pop    int64
}

// parseCityRow parses one GeoNames row (19 tab-separated columns). It is the
// unit the fuzz test exercises.
func parseCityRow(line string) (Place, []string, string, string, bool) {
	f := strings.Split(line, "\t")
	if len(f) != 19 {
		return Place{}, nil, "", "", false
	}
	id, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil || id <= 0 || f[1] == "" {
		return Place{}, nil, "", "", false
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	if err1 != nil || err2 != nil || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180) {
		return Place{}, nil, "", "", false
	}
	if len(f[8]) != 2 && f[8] != "" {
		return Place{}, nil, "", "", false
	}
	pop, _ := strconv.ParseInt(f[14], 10, 64)
	if pop < 0 {
		pop = 0
	}
	p := Place{Name: f[1], Country: strings.ToUpper(f[8]), Lat: lat, Lon: lon, GeoNames: id, Population: pop, Feature: f[7], Admin1: f[10]}
	names := []string{f[2]}
	if f[3] != "" {
		alts := strings.Split(f[3], ",")
		if pop < 1000 && len(alts) > 3 {
			alts = alts[:3]
		}
		names = append(names, alts...)
	}
	return p, names, f[6], f[11], true
}

func (b *builder) readCities(open func(string) io.ReadCloser) []cityRow {
	var out []cityRow
	r := open("cities500.txt.gz")
	if r == nil {
		return nil
	}
	defer r.Close()
	lines(r, func(line string) {
		p, names, class, a2, ok := parseCityRow(line)
		if !ok || class != "P" {
			b.bad("cities500.txt.gz")
			return
		}
		p.Kind = cityKind(p.Feature)
		if p.Kind == "" {
			return
		}
		b.places = append(b.places, rec{Place: p, names: names})
		out = append(out, cityRow{idx: len(b.places) - 1, a1: p.Country + "." + p.Admin1, a2: a2, code: p.Feature, pop: p.Population})
		b.stats.Cities++
	})
	return out
}

// adminSeat picks the coordinates of an admin region: its capital (seat
// feature code) if cities500 has it, else its most populous city, else the
// mean of its cities.
func adminSeat(rows []cityRow, places []rec, seat string) (lat, lon float64, pop int64, ok bool) {
	if len(rows) == 0 {
		return 0, 0, 0, false
	}
	if seat == "PPLA" {
		return adminCentre(rows, places)
	}
	best := -1
	for i, c := range rows {
		pop += c.pop
		if c.code == seat || c.code == "PPLC" {
			if best < 0 || rows[best].code != seat && rows[best].code != "PPLC" || c.pop > rows[best].pop {
				best = i
			}
		}
	}
	if best < 0 {
		for i, c := range rows {
			if best < 0 || c.pop > rows[best].pop {
				best = i
			}
		}
	}
	if rows[best].pop > 0 || len(rows) == 1 {
		p := places[rows[best].idx]
		return p.Lat, p.Lon, pop, true
	}
	for _, c := range rows {
		lat += places[c.idx].Lat
		lon += places[c.idx].Lon
	}
	return lat / float64(len(rows)), lon / float64(len(rows)), pop, true
}

func (b *builder) addAdmins(open func(string) io.ReadCloser, countries map[string]*countryInfo, cities []cityRow) {
	by1 := map[string][]cityRow{}
	by2 := map[string][]cityRow{}
	for _, c := range cities {
		by1[c.a1] = append(by1[c.a1], c)
		if c.a2 != "" {
			by2[c.a1+"."+c.a2] = append(by2[c.a1+"."+c.a2], c)
		}
	}
	for _, spec := range []struct {
		file, seat, feat string
		by               map[string][]cityRow
		count            *int
	}{{"admin1CodesASCII.txt", "PPLA", "ADM1", by1, &b.stats.Admin1}, {"admin2Codes.txt", "PPLA2", "ADM2", by2, &b.stats.Admin2}} {
		r := open(spec.file)
		if r == nil {
			continue
		}
		lines(r, func(line string) {
			f := strings.Split(line, "\t")
			if len(f) != 4 || len(f[0]) < 4 || f[0][2] != '.' || f[1] == "" {
				b.bad(spec.file)
				return
			}
			lat, lon, pop, ok := adminSeat(spec.by[f[0]], b.places, spec.seat)
			if !ok {
				return // no city to place it by
			}
			gid, _ := strconv.ParseInt(f[3], 10, 64)
			parts := strings.Split(f[0], ".")
			names := []string{f[2]}
			if short := bareAdminName(f[1]); short != "" {
				names = append(names, short)
			}
			b.places = append(b.places, rec{Place: Place{Name: f[1], Kind: "admin", Country: parts[0], Admin1: parts[1], Lat: lat, Lon: lon, GeoNames: gid, Population: pop, Feature: spec.feat}, names: names})
			*spec.count++
		})
		r.Close()
	}
}

// adminPrefixes and adminNameSuffixes are the legal wrappers of GeoNames
// admin names ("County of Ceredigion", "Bridgend county borough"); news
// writes the bare name.
var (
	adminPrefixes     = []string{"City and County of ", "City and Borough of ", "Metropolitan Borough of ", "Royal Borough of ", "Borough of ", "County of ", "District of ", "City of "}
	adminNameSuffixes = []string{" County Borough", " county borough", " Council"}
)

// bareAdminName returns name without its administrative wrapper, or "" when
// it has none. The bare form is an alternate name, so it never gets the
// admin feature bonus: "Bolton" stays the town, "Ceredigion" finds the
// county.
func bareAdminName(name string) string {
	for _, pre := range adminPrefixes {
		if rest, ok := strings.CutPrefix(name, pre); ok && rest != "" {
			return rest
		}
	}
	for _, suf := range adminNameSuffixes {
		if rest, ok := strings.CutSuffix(name, suf); ok && rest != "" {
			return rest
		}
	}
	return ""
}

// readSupplement reads the curated TSV: name, kind, country, lat, lon,
// aliases (';'-separated), population. Lines starting with '#' are comments.
//
// A row naming a place Build already has (a country with the same code; an
// admin region or city with the same name and country within 50 km) adds
// its aliases to that place instead of a duplicate, so GeoNames ids survive.
func (b *builder) readSupplement(r io.Reader) {
	byName := map[string][]int{}
	for i, p := range b.places {
		if p.Kind != "" {
			byName[Key(p.Name)] = append(byName[Key(p.Name)], i)
		}
	}
	merge := func(p rec) bool {
		for i := range b.places {
			q := &b.places[i]
			if p.Kind == "country" && q.Kind == "country" && q.Country == p.Country {
				// a curated country point (geographic centre) replaces the
				// rounded world-countries one
				q.names = append(q.names, p.Name)
				q.names = append(q.names, p.names...)
				q.Lat, q.Lon = p.Lat, p.Lon
				return true
			}
		}
		best, bestD := -1, 50.0
		sameAdmin := false
		for _, i := range byName[Key(p.Name)] {
			q := &b.places[i]
			if q.Country != p.Country || (q.Kind != "city" && q.Kind != "admin" && q.Kind != "district") {
				continue
			}
			d := haversineKm(p.Lat, p.Lon, q.Lat, q.Lon)
			if q.Kind == "admin" && p.Kind == "admin" && (!sameAdmin || d < bestD) {
				best, bestD, sameAdmin = i, d, true
			} else if !sameAdmin && d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			return false
		}
		q := &b.places[best]
		q.names = append(q.names, p.names...)
		q.Population = max(q.Population, p.Population)
		if sameAdmin {
			// a curated centre replaces the one derived from the region's
			// towns, which leans to where people live (southern Ontario)
			q.Lat, q.Lon = p.Lat, p.Lon
		}
		return true
	}
	lines(r, func(line string) {
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			return
		}
		f := strings.Split(line, "\t")
		if len(f) >= 3 && f[1] == "demonym" {
			// "Korean": a demonym the demonym lists leave out or share
			if k := Key(f[0]); k != "" && len(f[2]) == 2 {
				b.demonym[k] = f[2]
				b.stats.Supplement++
			} else {
				b.bad("supplement")
			}
			return
		}
		if len(f) >= 6 && f[1] == "country" && f[3] == "" && f[4] == "" {
			// aliases only ("T&T"): the country keeps its point
			for i := range b.places {
				if q := &b.places[i]; q.Kind == "country" && q.Country == f[2] {
					q.names = append(q.names, strings.Split(f[5], ";")...)
					b.stats.Supplement++
					return
				}
			}
			b.bad("supplement")
			return
		}
		if len(f) < 5 {
			b.bad("supplement")
			return
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil || f[0] == "" || f[1] == "" || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180) {
			b.bad("supplement")
			return
		}
		p := rec{Place: Place{Name: f[0], Kind: f[1], Country: f[2], Lat: lat, Lon: lon, Feature: "SUPP"}}
		if len(f) > 5 && f[5] != "" {
			p.names = strings.Split(f[5], ";")
		}
		if len(f) > 6 {
			p.Population, _ = strconv.ParseInt(f[6], 10, 64)
		}
		b.stats.Supplement++
		if p.Kind == "country" || p.Kind == "city" || p.Kind == "admin" || p.Kind == "district" {
			if merge(p) {
				return
			}
		}
		b.places = append(b.places, p)
	})
}

func (b *builder) readDemonyms(open func(string) io.ReadCloser, countries map[string]*countryInfo) {
	byName := map[string]string{}
	for cc, ci := range countries {
		for _, n := range append([]string{ci.name}, b.places[ci.idx].names...) {
			if k := Key(n); k != "" {
				byName[k] = cc
			}
		}
	}
	r := open("cliff-wikipedia-demonyms.tsv")
	if r == nil {
		return
	}
	defer r.Close()
	lines(r, func(line string) {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			b.bad("cliff-wikipedia-demonyms.tsv")
			return
		}
		cc := byName[Key(f[0])]
		if cc == "" {
			return // colloquial regions and former states
		}
		for _, col := range f[1:] {
			for _, d := range strings.Split(col, ",") {
				d = strings.TrimSpace(d)
				if i := strings.IndexAny(d, "([/"); i >= 0 {
					d = strings.TrimSpace(d[:i])
				}
				if k := Key(d); k != "" && len(k) > 2 {
					if _, dup := b.demonym[k]; !dup {
						b.demonym[k] = cc
					}
				}
			}
		}
	})
}

// write serialises the places: gzip of magic, string table, places, keys,
// demonyms (see format.go).
func (b *builder) write(w io.Writer) error {
	var places []rec
	for _, p := range b.places {
		if p.Kind != "" {
			places = append(places, p)
		}
	}
	b.stats.Places = len(places)
	index := map[string][]int32{}
	for i, p := range places {
		seen := map[string]bool{}
		for _, n := range append([]string{p.Name}, p.names...) {
			k := Key(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			index[k] = append(index[k], int32(i))
		}
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.stats.Keys = len(keys)
	b.stats.Demonyms = len(b.demonym)
	enc := newEncoder()
	for _, p := range places {
		enc.place(p.Place)
	}
	for _, k := range keys {
		enc.key(k, index[k])
	}
	dk := make([]string, 0, len(b.demonym))
	for k := range b.demonym {
		dk = append(dk, k)
	}
	sort.Strings(dk)
	for _, k := range dk {
		enc.demonym(k, b.demonym[k])
	}
	if err := enc.flush(w); err != nil {
		return fmt.Errorf("geo: write gazetteer: %w", err)
	}
	return nil
}

// adminCentre places a first-level region at the middle of the central 90%
// of its towns' latitudes and longitudes: close to the geographic centre
// GeoNames uses for ADM1 points, and robust to outlying islands.
func adminCentre(rows []cityRow, places []rec) (lat, lon float64, pop int64, ok bool) {
	lats := make([]float64, len(rows))
	lons := make([]float64, len(rows))
	for i, c := range rows {
		pop += c.pop
		lats[i], lons[i] = places[c.idx].Lat, places[c.idx].Lon
	}
	sort.Float64s(lats)
	sort.Float64s(lons)
	lo, hi := len(rows)*5/100, len(rows)-1-len(rows)*5/100
	if hi < lo {
		hi = lo
	}
	return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2, pop, true
}
