package geo

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Span is a mention [start, end) in runes of the document text.
type Span [2]int

// Resolution is the place chosen for one mention; Place is nil when the
// gazetteer has no candidate.
type Resolution struct {
	Place *Place  `json:"place"`
	Score float64 `json:"score"`
	// Within: the mention is something inside Place (a street, a building,
	// "West Surrey"), not Place itself; see contain.go.
	Within bool `json:"within,omitempty"`
}

// usStates maps AP-style and postal abbreviations to US admin1 codes, for
// "Alexandria, La." and "Austin, TX".
var usStates = map[string]string{
	"ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT", "del": "DE", "fla": "FL", "ga": "GA",
	"ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN",
	"miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC",
	"nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT",
	"va": "VA", "wash": "WA", "wva": "WV", "wis": "WI", "wyo": "WY", "tx": "TX", "ca": "CA", "fl": "FL", "az": "AZ", "wa": "WA", "dc": "DC",
	// Canadian provinces (GeoNames admin1 codes)
	"alta": "CA.01", "bc": "CA.02", "man": "CA.03", "nb": "CA.04", "nl": "CA.05", "ns": "CA.07", "ont": "CA.08", "pei": "CA.09", "que": "CA.10", "qc": "CA.10", "sask": "CA.11",
}

// regionAdjectives resolve adjectival toponyms of regions ("European
// leaders") when a mention is one; Find never proposes them.
var regionAdjectives = map[string]string{
	"european": "europe", "african": "africa", "asian": "asia", "arab": "middle east", "middle eastern": "middle east",
	"latin american": "latin america", "north american": "north america", "south american": "south america",
	"central american": "central america", "caribbean": "caribbean", "balkan": "balkans", "scandinavian": "scandinavia",
	"west african": "west africa", "east african": "east africa", "north african": "north africa",
	"southeast asian": "southeast asia", "south asian": "south asia", "central asian": "central asia", "east asian": "east asia",
	"kurdish": "kurdistan", "english": "england", "scottish": "scotland", "welsh": "wales", "palestinian": "west bank", "pacific": "pacific", "atlantic": "atlantic", "mediterranean": "mediterranean",
}

// Weights of the document context (tuned on GeoWebNews).
var (
	ctxCountryW = 45.0
	ctxAdminW   = 25.0
	ctxNearW    = 12.0
)

// priorAlt is the context-free score of a candidate: feature class first (a
// country or a capital beats a hamlet of the same name), then population.
// With altOnly (matched by an alternate name) the feature bonus is withheld:
// "Salisbury" (a former name of Harare) does not make the capital beat the
// English town.
func priorAlt(p *Place, altOnly bool) float64 {
	s := 6 * math.Log10(float64(p.Population)+1)
	switch p.Kind {
	case "country":
		s += 60
	case "region", "water":
		s += 70
	case "district":
		s -= 5
	}
	if altOnly && p.Kind != "country" && p.Feature != "SUPP" {
		return s
	}
	switch p.Feature {
	case "SUPP":
		s += 20
	case "ADM1":
		s += 25
	case "ADM2":
		s += 10
	case "PPLC":
		s += 50
	case "PPLA":
		s += 15
	case "PPLA2":
		s += 8
	case "PPLA3", "PPLA4":
		s += 3
	}
	return s
}

func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// DistanceKm is the great-circle distance between two points.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 { return haversineKm(lat1, lon1, lat2, lon2) }

type mention struct {
	key   string
	exact string // Key of the surface, to reward primary-name matches
	cands []int32
	// qualifier from "X, Y" / "X (Y)": country and optional admin1
	qcc, qa1 string
	pick     int32
	score    float64
	within   bool // found as a part of the candidates ("West Surrey")
	// division: the mention qualifies the one before it ("Tacoma,
	// Washington") or stands in a list of states or countries ("Idaho,
	// Utah and Washington"): a division beats a town of the same name.
	division bool
}

// Resolve picks one place per mention using the whole document as context.
// The rules, in order of weight:
//
//  1. A qualifier right after the mention — "Paris, Texas", "Tripoli,
//     Lebanon", "Alexandria, La.", "Hama (Syria)" — restricts the mention to
//     that country (and admin1 when the qualifier is a state/province).
//  2. The prior: countries, curated regions and waters, admin1 regions and
//     capitals beat ordinary towns; then log population.
//  3. Document context: the countries and admin1 regions of the other
//     mentions' current picks (two rescoring passes), the countries, admin1
//     regions and capitals Find sees elsewhere in the text, and demonyms
//     ("Syrian"), add
//     a bonus proportional to their share of the document; a candidate
//     within 300 km of another non-country pick gets a proximity bonus.
//  4. One sense per discourse: mentions with the same key resolve alike.
//
// A demonym or regional adjective given as a mention ("German", "Arab")
// puts its country or region ahead of towns of that name; "Va."/"S.C."
// resolve to the US state. Unknown names get Resolution{Place: nil}.
func (g *Gazetteer) Resolve(text string, mentions []Span) []Resolution {
	rs := []rune(text)
	ms := make([]mention, len(mentions))
	byKey := map[string]int{} // key -> first mention index
	for i, sp := range mentions {
		a, b := clampSpan(sp, len(rs))
		surface := string(rs[a:b])
		m := &ms[i]
		m.key = Key(surface)
		m.exact = m.key
		m.cands = g.lookup(m.key)
		if len(m.cands) == 0 {
			if s, ok := strings.CutSuffix(strings.TrimRight(surface, " "), "'s"); ok {
				m.key = Key(s)
				m.cands = g.lookup(m.key)
			} else if s, ok := strings.CutSuffix(surface, "’s"); ok {
				m.key = Key(s)
				m.cands = g.lookup(m.key)
			}
		}
		if st, ok := usStates[strings.ReplaceAll(m.key, " ", "")]; ok && (strings.HasSuffix(strings.TrimSpace(surface), ".") || len(m.cands) == 0 && abbreviation(surface)) {
			// "Va.", "S.C.", "Calif.": the state
			if !strings.Contains(st, ".") {
				st = "US." + st
			}
			if id, ok := g.admin1[st]; ok {
				m.cands = []int32{id}
			}
		}
		if cc, ok := g.demonyms[m.key]; ok && len(m.cands) > 0 {
			// "German", "Canadian": the country, not the town in Texas
			if id, ok := g.countries[cc]; ok {
				m.cands = append([]int32{id}, m.cands...)
			}
		}
		if reg, ok := regionAdjectives[m.key]; ok {
			// "Arab", "English": the region, ahead of towns of that name
			m.cands = append(append([]int32(nil), g.lookup(reg)...), m.cands...)
		}
		if len(m.cands) == 0 {
			if cc := g.Demonym(surface); cc != "" {
				if id, ok := g.countries[cc]; ok {
					m.cands = []int32{id}
				}
			}
		}
		if len(m.cands) == 0 {
			m.cands, _, m.within = g.variantCands(m.key)
		}
		m.pick = -1
		var qend int
		m.qcc, m.qa1, qend = g.qualifier(rs, b)
		if m.qcc != "" && listGoesOn(rs, qend) && !g.exactIn(m, m.qcc, m.qa1) {
			// "Washington, New York and Boston": a list, not Washington
			// in New York, when no place of that very name lies there
			m.qcc, m.qa1 = "", ""
		}
		if _, ok := byKey[m.key]; !ok {
			byKey[m.key] = i
		}
	}
	// pass 1: qualifier + prior.
	for i := range ms {
		g.pickBest(&ms[i], nil)
	}
	g.markDivisions(rs, mentions, ms)
	// the rest of the document: places the caller did not ask about still
	// say which countries and regions the text is about.
	static := &docContext{cc: map[string]float64{}, a1: map[string]float64{}}
	for _, sp := range g.contextSpans(rs, text, mentions) {
		em := mention{key: Key(string(rs[sp[0]:sp[1]])), pick: -1}
		em.exact = em.key
		em.cands = g.lookup(em.key)
		g.pickBest(&em, nil)
		if em.pick < 0 {
			continue
		}
		p := &g.places[em.pick]
		if p.Kind != "country" && p.Feature != "ADM1" && p.Feature != "PPLC" {
			continue // only countries, states and capitals: Find's towns are noisy
		}
		static.cc[p.Country]++
		static.total++
		if p.Kind != "country" && p.Admin1 != "" {
			static.a1[p.Country+"."+p.Admin1]++
		}
		if p.Kind != "country" && p.Kind != "region" && p.Kind != "water" {
			static.points = append(static.points, point{p.Lat, p.Lon, em.key})
		}
	}
	for _, cc := range g.demonymsIn(rs) {
		static.cc[cc]++
		static.total++
	}
	// passes 2 and 3: rescore every mention in the context of the others'
	// current picks.
	for range 2 {
		ctx := g.context(ms, static)
		for i := range ms {
			g.pickBest(&ms[i], ctx)
		}
	}
	out := make([]Resolution, len(ms))
	for i := range ms {
		m := &ms[i]
		if j := byKey[m.key]; j < i && ms[j].qcc == "" && m.qcc == "" && ms[j].division == m.division {
			out[i] = out[j]
			continue
		}
		if m.pick >= 0 {
			out[i] = Resolution{Place: &g.places[m.pick], Score: m.score, Within: m.within}
		}
	}
	// one sense per discourse: a qualified mention ("Paris, Texas") fixes
	// the unqualified ones with the same key.
	for i := range ms {
		if ms[i].qcc != "" && out[i].Place != nil {
			for j := range ms {
				if ms[j].key == ms[i].key && ms[j].qcc == "" {
					out[j] = out[i]
				}
			}
		}
	}
	g.contain(rs, mentions, ms, out, static)
	return out
}

type point struct {
	lat, lon float64
	key      string
}

// ownTotal keys a key's total weight in docContext.own (country codes are
// two letters, admin keys have a dot, places without a country use "").
const ownTotal = "*"

type docContext struct {
	cc, a1 map[string]float64
	own    map[string]map[string]float64 // contributions of each key, left out when scoring that key
	total  float64
	points []point
}

func (g *Gazetteer) pickBest(m *mention, ctx *docContext) {
	best, bestS := int32(-1), math.Inf(-1)
	// a region named after its main city means the city ("Aleppo", "New
	// York"): note the big cities among the candidates.
	bigCity := map[string]bool{}
	for _, id := range m.cands {
		p := &g.places[id]
		if p.Kind == "city" && (p.Population >= 100000 || p.Feature == "PPLA" || p.Feature == "PPLC") {
			bigCity[p.Country+"."+p.Admin1] = true
		}
	}
	for _, id := range m.cands {
		p := &g.places[id]
		pk := Key(p.Name)
		exact := pk == m.exact || strings.HasPrefix(pk, m.exact+" ")
		s := priorAlt(p, !exact)
		if exact {
			s += 10
		}
		if p.Feature == "ADM1" && bigCity[p.Country+"."+p.Admin1] {
			s -= 40
		}
		if m.qcc != "" {
			if p.Country == m.qcc {
				s += 200
				if m.qa1 != "" && p.Admin1 == m.qa1 {
					s += 100
				}
			}
		}
		if m.division && (p.Kind == "country" || p.Feature == "ADM1") {
			s += 60
		}
		if ctx != nil && ctx.total > 0 {
			o := ctx.own[m.key]
			if n := ctx.total - o[ownTotal]; n > 0 {
				if p.Country != "" {
					s += ctxCountryW * (ctx.cc[p.Country] - o[p.Country]) / n
				}
				if p.Kind != "country" && p.Admin1 != "" {
					a := p.Country + "." + p.Admin1
					s += ctxAdminW * (ctx.a1[a] - o[a]) / n
				}
			}
			if p.Kind != "country" {
				for _, pt := range ctx.points {
					if math.Abs(pt.lat-p.Lat) > 2.8 || pt.key == m.key {
						continue // 300 km is under 2.8 degrees of latitude
					}
					if haversineKm(p.Lat, p.Lon, pt.lat, pt.lon) < 300 {
						s += ctxNearW
						break
					}
				}
			}
		}
		if s > bestS {
			best, bestS = id, s
		}
	}
	if ctx != nil || best >= 0 {
		m.pick, m.score = best, bestS
	}
}

// listGoesOn reports whether the text at rune offset i continues a list of
// names: ", X", " and X", " or X" with X capitalised.
func listGoesOn(rs []rune, i int) bool {
	rest := strings.TrimLeft(string(rs[i:min(i+12, len(rs))]), " ")
	for _, sep := range []string{", and ", ", or ", ", ", "and ", "or ", "& "} {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			r := []rune(strings.TrimLeft(after, " "))
			return len(r) > 0 && unicode.IsUpper(r[0])
		}
	}
	return false
}

// exactIn reports whether one of the mention's candidates carries the
// mention's own name and lies in country cc (and admin1 a1 when given).
func (g *Gazetteer) exactIn(m *mention, cc, a1 string) bool {
	for _, id := range m.cands {
		p := &g.places[id]
		if p.Country == cc && (a1 == "" || p.Admin1 == a1) && Key(p.Name) == m.exact {
			return true
		}
	}
	return false
}

// qualifier reads ", Country", ", State", ", La." or " (Country)" right
// after rune offset end, and returns where the qualifier ends.
func (g *Gazetteer) qualifier(rs []rune, end int) (cc, a1 string, qend int) {
	i := end
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	if i >= len(rs) || (rs[i] != ',' && rs[i] != '(') {
		return "", "", 0
	}
	i++
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	// up to three capitalised words
	var words []string
	var ends []int
	j := i
	for len(words) < 3 && j < len(rs) && unicode.IsUpper(rs[j]) {
		k := j
		for k < len(rs) && (unicode.IsLetter(rs[k]) || rs[k] == '.' || rs[k] == '-' || rs[k] == '\'') {
			k++
		}
		words = append(words, string(rs[j:k]))
		ends = append(ends, k)
		j = k
		if j < len(rs) && rs[j] == ' ' && j+1 < len(rs) && unicode.IsUpper(rs[j+1]) {
			j++
		} else {
			break
		}
	}
	for n := len(words); n > 0; n-- {
		phrase := strings.Join(words[:n], " ")
		qe := ends[n-1]
		k := Key(phrase)
		if n == 1 {
			if st, ok := usStates[strings.ReplaceAll(k, " ", "")]; ok && (strings.HasSuffix(phrase, ".") || len(k) == 2) {
				if cc, a1, ok := strings.Cut(st, "."); ok {
					return cc, a1, qe
				}
				return "US", st, qe
			}
		}
		for _, id := range g.lookup(k) {
			p := &g.places[id]
			if p.Kind == "country" {
				return p.Country, "", qe
			}
		}
		for _, id := range g.lookup(k) {
			p := &g.places[id]
			if p.Feature == "ADM1" {
				return p.Country, p.Admin1, qe
			}
		}
	}
	return "", "", 0
}

// demonymsIn returns the country of every capitalised demonym in the text.
func (g *Gazetteer) demonymsIn(rs []rune) []string {
	var out []string
	for i := 0; i < len(rs); {
		if !unicode.IsUpper(rs[i]) || (i > 0 && unicode.IsLetter(rs[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		if j-i > 3 {
			if cc, ok := g.demonyms[Key(string(rs[i:j]))]; ok {
				out = append(out, cc)
			}
		}
		i = j
	}
	return out
}

func clampSpan(sp Span, n int) (int, int) {
	a, b := sp[0], sp[1]
	a = max(0, min(a, n))
	b = max(a, min(b, n))
	return a, b
}

// Focus is the document's main place: the most often resolved non-country
// place (ties: higher score), else the most often resolved country; nil when
// nothing resolved. Useful as a fallback for streets and buildings the
// gazetteer does not hold.
func Focus(rs []Resolution) *Place {
	count := map[*Place]int{}
	for _, r := range rs {
		if r.Place != nil {
			count[r.Place]++
		}
	}
	var best *Place
	bestN := 0
	for _, r := range rs {
		p := r.Place
		if p == nil {
			continue
		}
		n := count[p] * 2
		if p.Kind != "country" && p.Kind != "region" && p.Kind != "water" {
			n += 1000
		}
		if n > bestN {
			best, bestN = p, n
		}
	}
	return best
}

// contextSpans are the places Find sees in the text that overlap none of
// the mentions.
func (g *Gazetteer) contextSpans(rs []rune, text string, mentions []Span) []Span {
	covered := make([]bool, len(rs)+1)
	for _, m := range mentions {
		a, b := clampSpan(m, len(rs))
		for i := a; i < b; i++ {
			covered[i] = true
		}
	}
	var out []Span
	for _, sp := range g.Find(text) {
		hit := false
		for i := sp[0]; i < sp[1]; i++ {
			if covered[i] {
				hit = true
				break
			}
		}
		if !hit {
			out = append(out, sp)
		}
	}
	return out
}

// context sums the document evidence: the static part (the rest of the
// text) plus the current pick of every mention. Countries and admin1
// regions weigh more than towns, and an ambiguous town's pick weighs half.
func (g *Gazetteer) context(ms []mention, static *docContext) *docContext {
	ctx := &docContext{cc: map[string]float64{}, a1: map[string]float64{}, own: map[string]map[string]float64{}, total: static.total}
	for k, v := range static.cc {
		ctx.cc[k] = v
	}
	for k, v := range static.a1 {
		ctx.a1[k] = v
	}
	ctx.points = append(ctx.points, static.points...)
	seen := map[string]bool{}
	for i := range ms {
		if ms[i].pick < 0 {
			continue
		}
		p := &g.places[ms[i].pick]
		w, wa := 1.0, 1.0
		switch {
		case p.Kind == "country":
			w = 2
		case p.Feature == "ADM1":
			w, wa = 2, 3
		case len(ms[i].cands) > 1:
			w, wa = 0.5, 0.5
		}
		o := ctx.own[ms[i].key]
		if o == nil {
			o = map[string]float64{}
			ctx.own[ms[i].key] = o
		}
		if p.Country != "" {
			ctx.cc[p.Country] += w
			o[p.Country] += w
		}
		ctx.total += w
		o[ownTotal] += w
		if p.Kind != "country" && p.Admin1 != "" {
			ctx.a1[p.Country+"."+p.Admin1] += wa
			o[p.Country+"."+p.Admin1] += wa
		}
		if p.Kind != "country" && p.Kind != "region" && p.Kind != "water" && !seen[ms[i].key] {
			seen[ms[i].key] = true
			ctx.points = append(ctx.points, point{p.Lat, p.Lon, ms[i].key})
		}
	}
	return ctx
}

// abbreviation: capitals with optional dots and nothing else ("NJ", "N.J",
// "BC"), the form of a postal code.
func abbreviation(s string) bool {
	s = strings.TrimSpace(s)
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 4
}

// markDivisions sets mention.division for a mention written right after
// another one as its qualifier ("Tacoma, Washington"), or listed next to
// mentions whose first reading is a state or a country ("Idaho, Utah and
// Washington").
func (g *Gazetteer) markDivisions(rs []rune, spans []Span, ms []mention) {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool { return spans[order[x]][0] < spans[order[y]][0] })
	isDivision := func(i int) bool {
		if ms[i].pick < 0 {
			return false
		}
		p := &g.places[ms[i].pick]
		if p.Kind != "country" && p.Feature != "ADM1" {
			return false
		}
		for _, id := range ms[i].cands { // "New York" may be the city
			if q := &g.places[id]; q.Kind == "city" && q.Population >= 100000 {
				return false
			}
		}
		return true
	}
	for x := 1; x < len(order); x++ {
		i, j := order[x-1], order[x]
		_, b := clampSpan(spans[i], len(rs))
		a, _ := clampSpan(spans[j], len(rs))
		if a < b {
			continue
		}
		between := strings.TrimSpace(string(rs[b:a]))
		switch between {
		case ",":
			if !isDivision(i) {
				if g.contains(ms[j].cands, ms[i].pick) {
					ms[j].division = true // "Tacoma, Washington"
				}
				continue
			}
			fallthrough
		case "and", "or", ", and", ", or", "&":
			if isDivision(i) && !isDivision(j) {
				ms[j].division = true
			}
			if isDivision(j) && !isDivision(i) {
				ms[i].division = true
			}
		}
	}
}

// contains reports whether one of cands is a country or first-level
// division that holds the place pick.
func (g *Gazetteer) contains(cands []int32, pick int32) bool {
	if pick < 0 {
		return false
	}
	in := &g.places[pick]
	for _, id := range cands {
		p := &g.places[id]
		if p.Country != in.Country || p == in {
			continue
		}
		if p.Kind == "country" || p.Feature == "ADM1" && p.Admin1 == in.Admin1 {
			return true
		}
	}
	return false
}
