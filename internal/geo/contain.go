package geo

import (
	"strings"
	"unicode"
)

// Names the gazetteer does not hold as such but whose place can still be
// read from the text, without guessing:
//
//   - a variant of a known name: an administrative suffix ("Benue State",
//     "Oaxaca State", "Miami-Dade County" -> the region), "Manchester
//     City" -> the city;
//   - a part of a known place: a direction before it ("West Surrey",
//     "South Florida") -> inside that place;
//   - a named thing that contains a known place: "Colorado State
//     University", "University of California", "Manila Cathedral", "Bank
//     of Japan", "European Commission" -> inside the place it names;
//   - a street or building with no place in its name ("Royal Street",
//     "City Hall", "Barclays Center") -> inside the nearest town or district
//     the same document resolved, when there is one.
//
// The last three are marked Within: the coordinates are those of the place
// that contains the mention, and the mention is not that place.

// adminSuffixes are trailing words that name the administrative unit of the
// name before them, with the kind of candidate they keep ("" any). Longer
// suffixes come first, so "X Municipal District" is read before "X
// Municipal" + "District" (a map's random order made that a coin toss).
var adminSuffixes = []struct{ suffix, kind string }{
	{"local government area", "admin"}, {"municipal district", "admin"},
	{"state", "admin"}, {"province", "admin"}, {"county", "admin"}, {"governorate", "admin"}, {"region", "admin"},
	{"district", "admin"}, {"oblast", "admin"}, {"prefecture", "admin"}, {"municipality", "admin"}, {"parish", "admin"},
	{"department", "admin"}, {"lga", "admin"}, {"emirate", "admin"}, {"territory", "admin"},
	{"city", "city"}, {"town", "city"}, {"village", "city"},
}

// partPrefixes are directions that name a part of the place after them.
var partPrefixes = []string{"north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest",
	"north east", "north west", "south east", "south west", "downtown", "inner", "outer", "rural"}

// facilityHeads are last words of names of streets, buildings, sites and
// institutions: things that sit inside a town.
var facilityHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`street st st. avenue ave ave. road rd rd. drive boulevard blvd lane way
	place plaza square parade crescent terrace highway motorway bridge tunnel canal pier wharf port harbour harbor
	church cathedral chapel basilica mosque temple synagogue shrine monastery abbey graveyard cemetery
	hospital clinic university college school academy institute campus library museum gallery theatre theater
	cinema hall courthouse court prison jail centre center stadium arena park gardens garden zoo
	hotel inn restaurant cafe bar pub club mall market shop store farm farms estate plantation
	airport station terminal base barracks camp office embassy consulate ministry headquarters
	tower building house palace castle fort complex factory plant furnaces mill mine railroad railway
	racecourse circuit course marina beach wing`) {
		facilityHeads[w] = true
	}
	facilityHeads["capitol"] = true
}

// variantCands looks a name up under its variants: without an
// administrative suffix (kind-restricted), or without a leading direction
// (then within). It returns the candidates, the key they were found under,
// and whether the mention is only a part of them.
func (g *Gazetteer) variantCands(key string) (cands []int32, base string, within bool) {
	for _, as := range adminSuffixes {
		suf, kind := as.suffix, as.kind
		rest, ok := strings.CutSuffix(key, " "+suf)
		if !ok || rest == "" {
			continue
		}
		ids := g.lookup(rest)
		var keep []int32
		for _, id := range ids {
			p := &g.places[id]
			switch kind {
			case "admin":
				if p.Kind == "admin" || p.Kind == "region" || strings.HasPrefix(p.Feature, "ADM") {
					keep = append(keep, id)
				}
			case "city":
				if p.Kind == "city" || p.Kind == "district" {
					keep = append(keep, id)
				}
			}
		}
		if len(keep) == 0 && kind == "admin" {
			// "Colorado State": GeoNames holds the state under its bare name
			// as a city too; the region is still the best reading.
			keep = ids
		}
		if len(keep) > 0 {
			return keep, rest, false
		}
	}
	// "Miami-Dade" for "Miami-Dade County": the division's bare name
	for _, suf := range []string{"county", "province", "state", "governorate", "region", "district", "oblast"} {
		if ids := g.lookup(key + " " + suf); len(ids) > 0 {
			return ids, key + " " + suf, false
		}
	}
	for _, pre := range partPrefixes {
		rest, ok := strings.CutPrefix(key, pre+" ")
		if !ok {
			continue
		}
		// "West Surrey", "South Florida": only a region big enough to have
		// parts ("West Wing" is not a part of Wing)
		ids := g.lookup(rest)
		if len(ids) == 0 {
			ids, rest, _ = g.variantCands(rest)
		}
		var keep []int32
		for _, id := range ids {
			if p := &g.places[id]; major(p) || p.Feature == "ADM2" {
				keep = append(keep, id)
			}
		}
		if len(keep) > 0 {
			return keep, rest, true
		}
	}
	return nil, "", false
}

// contain resolves the mentions still without a place: a known place named
// inside them, else, for streets and buildings, the nearest town the
// document resolved.
func (g *Gazetteer) contain(rs []rune, mentions []Span, ms []mention, out []Resolution, static *docContext) {
	resolvedKey := map[string]int32{}
	for i := range ms {
		if pk := ms[i].pick; pk >= 0 && out[i].Place == &g.places[pk] && !out[i].Within {
			resolvedKey[ms[i].key] = pk
		}
	}
	var ctx *docContext
	for i := range ms {
		if out[i].Place != nil {
			continue
		}
		a, b := clampSpan(mentions[i], len(rs))
		words := nameWords(rs[a:b])
		if len(words) < 2 {
			continue
		}
		if ctx == nil {
			ctx = g.context(ms, static)
		}
		if id, ok := g.embedded(words, resolvedKey, ctx); ok {
			out[i] = Resolution{Place: &g.places[id], Within: true}
		}
	}
	// streets and buildings: the town or district the document is about.
	townCount := map[*Place]int{}
	for i := range out {
		if p := out[i].Place; p != nil && !out[i].Within {
			townCount[p]++
		}
	}
	for i := range ms {
		if out[i].Place != nil {
			continue
		}
		a, b := clampSpan(mentions[i], len(rs))
		words := nameWords(rs[a:b])
		if len(words) == 0 {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		if !(facilityHeads[last] && (len(words) > 1 || last == "capitol")) && !roadNumber(words) {
			continue
		}
		// the town the document mentions most, nearer ones first on ties
		// (a mention 2,000 characters away weighs one mention less)
		best, bestS := -1, 0.0
		for j := range ms {
			p := out[j].Place
			if p == nil || out[j].Within || (p.Kind != "city" && p.Kind != "district") {
				continue
			}
			d := a - mentions[j][1]
			if d < 0 {
				d = mentions[j][0] - b + 500 // a later mention is a little less likely the setting
			}
			s := float64(townCount[p]) - float64(d)/2000
			if best < 0 || s > bestS {
				best, bestS = j, s
			}
		}
		if best >= 0 {
			out[i] = Resolution{Place: out[best].Place, Within: true}
		}
	}
}

// embedded finds the longest run of words inside a name that is a known
// place: one the document already resolved, or an unambiguous major one (a
// country, region, water, first-level division, capital, or a city of 50,000
// people or more), read in the document's context. Demonyms count
// ("European Commission", "Russian Embassy").
func (g *Gazetteer) embedded(words []string, resolved map[string]int32, ctx *docContext) (int32, bool) {
	n := len(words)
	for size := n - 1; size >= 1; size-- {
		for s := 0; s+size <= n; s++ {
			run := words[s : s+size]
			if !capitalised(run[0]) || !capitalised(run[len(run)-1]) {
				continue
			}
			k := Key(strings.Join(run, " "))
			if stopKey[k] {
				continue
			}
			if id, ok := resolved[k]; ok {
				return id, true
			}
			if cc := g.demonyms[k]; cc != "" && size == 1 {
				if id, ok := g.countries[cc]; ok {
					return id, true
				}
			}
			if reg, ok := regionAdjectives[k]; ok {
				if ids := g.lookup(reg); len(ids) > 0 {
					return ids[0], true
				}
			}
			cands := g.lookup(k)
			if len(cands) == 0 {
				cands, _, _ = g.variantCands(k)
			}
			if len(cands) == 0 {
				continue
			}
			m := mention{key: k, exact: k, cands: cands, pick: -1}
			g.pickBest(&m, ctx)
			if m.pick < 0 {
				continue
			}
			if p := &g.places[m.pick]; major(p) {
				return m.pick, true
			}
		}
	}
	return -1, false
}

// stopKey are words that are place names somewhere but, inside a longer
// name, almost never mean that place.
var stopKey = map[string]bool{
	"university": true, "college": true, "city": true, "state": true, "national": true, "royal": true, "union": true,
	"world": true, "center": true, "centre": true, "new": true, "north": true, "south": true, "east": true, "west": true,
	"central": true, "general": true, "saint": true, "st": true, "grand": true, "trump": true, "park": true, "river": true,
	"international": true, "federal": true, "republic": true, "health": true, "independence": true, "victoria": true,
}

func major(p *Place) bool {
	switch {
	case p.Kind == "country" || p.Kind == "region" || p.Kind == "water":
		return true
	case p.Feature == "ADM1" || p.Feature == "PPLC" || p.Feature == "PPLA":
		return true
	case p.Kind == "city" && p.Population >= 50000:
		return true
	}
	return false
}

// nameWords splits a mention into words, dropping "the", possessive "'s"
// and punctuation.
func nameWords(rs []rune) []string {
	var out []string
	for _, w := range strings.FieldsFunc(string(rs), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '/'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || strings.EqualFold(w, "the") {
			continue
		}
		out = append(out, w)
	}
	return out
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// roadNumber: a road designation such as "A417", "M25", "I-95", "N7".
func roadNumber(words []string) bool {
	if len(words) != 1 {
		return false
	}
	w := strings.ReplaceAll(words[0], "-", "")
	if len(w) < 2 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	i := 1
	if i < len(w) && w[i] >= 'A' && w[i] <= 'Z' { // "AH1", "US1"
		i++
	}
	if i == len(w) {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
