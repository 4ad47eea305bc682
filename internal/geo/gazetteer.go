// Package geo is sitrep's embedded gazetteer: GeoNames cities (population
// >= 500), countries, admin1/admin2 regions and a curated supplement of
// regions, waters and districts common in conflict news, compiled by Build
// into gazetteer.bin and embedded. Resolve picks one place per toponym using
// the whole document as context, in the manner of CLIFF/Mordecai but without
// Elasticsearch. Data: GeoNames (CC BY 4.0), mledoze/countries
// world-countries (ODbL), Wikipedia demonyms as packaged by CLIFF; the lead
// should list them in NOTICE.
package geo

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
)

// Place is one gazetteer entry.
type Place struct {
	Name       string  `json:"name"`
	Kind       string  `json:"kind"`    // country, admin, city, district, region, water, other
	Country    string  `json:"country"` // ISO 3166-1 alpha-2, "" when none
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeoNames   int64   `json:"geonames,omitempty"` // 0 for supplement entries
	Population int64   `json:"population,omitempty"`
	Admin1     string  `json:"admin1,omitempty"`  // GeoNames admin1 code within Country
	Feature    string  `json:"feature,omitempty"` // GeoNames feature code; PCLI for countries, SUPP for the supplement
}

// Gazetteer is an immutable name index; safe for concurrent use.
type Gazetteer struct {
	places    []Place
	index     map[string][]int32
	demonyms  map[string]string
	countries map[string]int32
	admin1    map[string]int32 // "US.TX" -> place
}

//go:embed gazetteer.bin
var embedded []byte

var (
	defOnce sync.Once
	def     *Gazetteer
	defErr  error
)

// Default returns the embedded gazetteer, decoded on first use. If the
// embedded file is missing or corrupt it returns an empty gazetteer (see
// DefaultErr).
func Default() *Gazetteer {
	defOnce.Do(func() {
		def, defErr = decode(bytes.NewReader(embedded))
		if defErr != nil {
			def = &Gazetteer{index: map[string][]int32{}, demonyms: map[string]string{}, countries: map[string]int32{}, admin1: map[string]int32{}}
		}
	})
	return def
}

// DefaultErr reports why Default is empty, if it is.
func DefaultErr() error { Default(); return defErr }

// Load decodes a gazetteer written by Build.
func Load(data []byte) (*Gazetteer, error) { return decode(bytes.NewReader(data)) }

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Lookup returns every place the name may refer to (by normalised Key; a
// leading "the" is dropped when the full name is unknown).
func (g *Gazetteer) Lookup(name string) []Place {
	ids := g.lookup(Key(name))
	out := make([]Place, len(ids))
	for i, id := range ids {
		out[i] = g.places[id]
	}
	return out
}

func (g *Gazetteer) lookup(k string) []int32 {
	if k == "" {
		return nil
	}
	if ids, ok := g.index[k]; ok {
		return ids
	}
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		return g.index[rest]
	}
	return nil
}

// Demonym returns the country code of a demonym or adjective ("Syrian",
// "Syrians" -> "SY"), or "".
func (g *Gazetteer) Demonym(word string) string {
	k := Key(word)
	if cc, ok := g.demonyms[k]; ok {
		return cc
	}
	if s, ok := strings.CutSuffix(k, "s"); ok {
		return g.demonyms[s]
	}
	return ""
}

// Country returns the country entry for an ISO code, or nil.
func (g *Gazetteer) Country(cc string) *Place {
	if id, ok := g.countries[cc]; ok {
		return &g.places[id]
	}
	return nil
}
