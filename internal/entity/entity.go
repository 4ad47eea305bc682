// Package entity is the "who and where" stage: it finds the named entities
// of a document with the statistical tagger, gives them canonical names and
// CAMEO actor codes from the actor lexicon (for the article's date), merges
// the mentions of one entity, and puts the places on the map with the
// gazetteer. It fills Document.Entities and Document.Places.
//
// Pronouns and descriptions are linked afterwards by package coref.
package entity

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/geo"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/tag"
	"github.com/sitrep/sitrep/internal/text"
)

// Resources are the read-only models the stage uses; Default loads the
// embedded ones once per process.
type Resources struct {
	NER *tag.Tagger
	Lex *lexicon.Lexicon
	Gaz *geo.Gazetteer
}

// Default returns the embedded models.
func Default() Resources {
	return Resources{NER: tag.Default(), Lex: lexicon.Default(), Gaz: geo.Default()}
}

// mention is one candidate mention before entities are formed.
type mention struct {
	start, end int // runes into the text
	tokStart   int // global token index of the first token
	surface    string
	ner        string // PER, LOC, ORG, MISC or "" (lexicon only)
	lex        *lexicon.Match
	place      *geo.Place
}

// reportingVerbs follow a capital used as an actor ("Washington said"):
// reporting verbs, auxiliaries and modals, and verbs of deliberate action.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "announced": true, "warned": true, "accused": true,
	"denied": true, "urged": true, "called": true, "demanded": true, "rejected": true, "insisted": true,
	"told": true, "added": true, "stated": true, "claimed": true, "threatened": true, "condemned": true,
	"has": true, "had": true, "will": true, "would": true, "wants": true,
	// modals and verbs whose subject acts: "Washington should ask",
	// "Moscow expelled", "Ankara agreed"
	"should": true, "must": true, "could": true, "can": true, "may": true, "might": true, "shall": true,
	"agreed": true, "signed": true, "sent": true, "launched": true, "ordered": true, "imposed": true,
	"expelled": true, "recalled": true, "responded": true, "refused": true, "welcomed": true,
	"criticized": true, "criticised": true, "pledged": true, "promised": true, "plans": true,
	"blamed": true, "dismissed": true, "vowed": true, "backed": true, "opposes": true, "opposed": true,
}

// Annotate fills d.Entities and d.Places. Only English text is analysed;
// other languages keep empty layers (the tagger and lexicon are English).
func Annotate(d *doc.Document, r Resources) {
	if d.Language != "en" || len(d.Tokens) == 0 {
		return
	}
	norm := []rune(text.Normalize(d.Text))
	date := ""
	if d.Published != nil && len(*d.Published) >= 10 {
		date = (*d.Published)[:10]
	}

	// Words per sentence, as the tagger and lexicon want them.
	var sents [][]string
	var sentTok [][]int // global token indices per sentence
	ti := 0
	for _, s := range d.Sentences {
		var words []string
		var idx []int
		for ; ti < len(d.Tokens) && d.Tokens[ti][0] < s[1]; ti++ {
			if d.Tokens[ti][0] < s[0] {
				continue
			}
			t := d.Tokens[ti]
			words = append(words, string(norm[t[0]:t[1]]))
			idx = append(idx, ti)
		}
		sents = append(sents, words)
		sentTok = append(sentTok, idx)
	}
	labels := r.NER.TagDoc(sents)

	var ms []*mention
	for si, words := range sents {
		idx := sentTok[si]
		if len(idx) == 0 {
			continue
		}
		lex := r.Lex.Match(words, date)
		ner := tag.Mentions(labels[si])
		usedNER := make([]bool, len(ner))
		for li := range lex {
			l := &lex[li]
			nerType, nerLen, inside, partial := "", 0, true, false
			for ni, n := range ner {
				if n.End <= l.Start || n.Start >= l.End {
					continue
				}
				if n.Start >= l.Start && n.End <= l.End {
					// The longest tagged phrase inside decides the type:
					// "Syrian President Bashar al-Assad" is a PER, not the
					// MISC "Syrian".
					if n.End-n.Start > nerLen {
						nerType, nerLen = n.Type, n.End-n.Start
					}
					usedNER[ni] = true
					continue
				}
				if n.Start <= l.Start && n.End >= l.End {
					// The name inside a longer tagged phrase ("Syrian
					// President Bashar al-Assad"): the lexicon's words win.
					nerType = n.Type
					usedNER[ni] = true
					continue
				}
				inside, partial = false, true
			}
			if partial || !inside {
				continue // the tagger and the lexicon disagree on the words
			}
			if nerType == "" && !keepAgent(l, words) || dateLike(words[l.Start:l.End]) || rankOnly(l, words) {
				continue
			}
			end := l.End
			for end-l.Start > 1 && trailingWords[words[end-1]] {
				end-- // "ambassador to" in the dictionaries: the name stops before "to"
			}
			cm := newMention(d, norm, idx, l.Start, end, nerType)
			cm.lex = l
			ms = append(ms, cm)
		}
		for ni, n := range ner {
			if usedNER[ni] || attributive(words[n.End-1]) {
				continue
			}
			ms = append(ms, newMention(d, norm, idx, n.Start, n.End, n.Type))
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })

	resolvePlaces(d, norm, r, ms)
	buildEntities(d, r, ms)
}

// conflictAgents are the generic agents worth an entity on their own
// ("rebels", "civilians"); others ("people", "television") are kept only
// when composed with a country ("Syrian troops"). A bare "government" or
// "president" needs coreference to mean anything, which is not done yet.
var conflictAgents = map[string]bool{
	"REB": true, "OPP": true, "UAF": true, "CVL": true, "MIL": true, "COP": true,
	"INS": true, "REF": true, "SPY": true,
}

func keepAgent(l *lexicon.Match, words []string) bool {
	if l.Kind != "agent" {
		return true
	}
	return len(l.Code) >= 6 || conflictAgents[l.Code]
}

// rankOnly reports an agent match that is one abbreviated rank or title
// ("Lt.", "Gen."): it belongs to the name it starts, whatever the tagger
// made of that name ("Lt. Gen. Ali Mahmoud" is no "Lt." of the military).
func rankOnly(l *lexicon.Match, words []string) bool {
	return l.Kind == "agent" && l.End-l.Start == 1 && strings.HasSuffix(words[l.Start], ".")
}

// months are the month names a date is written with.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// dateLike reports a phrase of only a day number and a month ("21 June",
// "November 17"): the dictionaries name groups so, but in news such words
// are nearly always a date.
func dateLike(words []string) bool {
	if len(words) != 2 {
		return false
	}
	num := func(w string) bool { return w != "" && strings.Trim(w, "0123456789") == "" && len(w) <= 2 }
	month := func(w string) bool { return months[strings.ToLower(w)] }
	return num(words[0]) && month(words[1]) || month(words[0]) && num(words[1])
}

// trailingWords end some dictionary phrases but never a name.
var trailingWords = map[string]bool{"to": true, "of": true, "for": true, "in": true, "at": true, "on": true, "the": true, "and": true}

// attributive says whether a tagged phrase ends in an attributive compound
// ("U.S.-led", "Britain-based"), which modifies a noun and names nothing.
func attributive(word string) bool {
	i := strings.LastIndexByte(word, '-')
	if i < 0 || i == len(word)-1 {
		return false
	}
	suffix := word[i+1:]
	return strings.ToLower(suffix) == suffix
}

func newMention(d *doc.Document, norm []rune, idx []int, start, end int, ner string) *mention {
	s := d.Tokens[idx[start]][0]
	e := d.Tokens[idx[end-1]][1]
	return &mention{start: s, end: e, tokStart: idx[start], surface: string(norm[s:e]), ner: ner}
}

// isPlaceMention says whether a mention names a location: the tagger says
// LOC or the lexicon says country, and it is not a capital standing for its
// government ("Washington said", "Damascus has").
func isPlaceMention(d *doc.Document, norm []rune, r Resources, m *mention) bool {
	if r.Gaz.Demonym(m.surface) != "" {
		return false // "Syrian" is an adjective or a people, not a place
	}
	if m.ner != "LOC" && (m.lex == nil || m.lex.Entry.Type != "country" || m.lex.Kind == "agent") {
		return false
	}
	if m.lex != nil && len(m.lex.Code) > 3 && m.lex.Kind != "agent" && actorBefore(d, norm, m) {
		return false
	}
	return true
}

// actorBefore says whether the word after the mention is a reporting verb.
// Tokens are sorted, so a binary search finds it.
func actorBefore(d *doc.Document, norm []rune, m *mention) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i][0] >= m.end })
	if i == len(d.Tokens) {
		return false
	}
	t := d.Tokens[i]
	return reportingVerbs[strings.ToLower(string(norm[t[0]:t[1]]))]
}

// resolvePlaces puts the place mentions on the map and fills d.Places.
func resolvePlaces(d *doc.Document, norm []rune, r Resources, ms []*mention) {
	var spans []geo.Span
	var which []*mention
	for _, m := range ms {
		if isPlaceMention(d, norm, r, m) {
			spans = append(spans, geo.Span{m.start, m.end})
			which = append(which, m)
		}
	}
	if len(spans) == 0 {
		return
	}
	byKey := map[string]int{}
	bySurface := map[string]int{}
	var placeOf []*geo.Place
	for i, res := range r.Gaz.Resolve(d.Text, spans) {
		p := res.Place
		if p == nil {
			continue // unknown: a mention without coordinates, never a guess
		}
		if res.Within {
			// a street, a building or a part of a region: its own place,
			// located by the place that contains it (no GeoNames id). Only
			// for what the tagger calls a location: "Russia's ambassador"
			// names Russia but is no place.
			if which[i].ner != "LOC" || which[i].lex != nil {
				continue
			}
			inner := *p
			inner.Name, inner.Kind, inner.GeoNames, inner.Population, inner.Feature = which[i].surface, "other", 0, 0, ""
			p = &inner
		}
		which[i].place = p
		key := fmt.Sprintf("%d|%s|%.4f|%.4f", p.GeoNames, p.Name, p.Lat, p.Lon)
		k, ok := byKey[key]
		if !ok {
			k = len(d.Places)
			byKey[key] = k
			var gid *int64
			if p.GeoNames != 0 {
				g := p.GeoNames
				gid = &g
			}
			placeOf = append(placeOf, p)
			d.Places = append(d.Places, doc.Place{
				ID: fmt.Sprintf("p%d", k+1), Name: p.Name, Kind: placeKind(p.Kind), Country: doc.Str(p.Country),
				Lat: p.Lat, Lon: p.Lon, GeoNames: gid, Mentions: []doc.PlaceMention{},
			})
		}
		d.Places[k].Mentions = append(d.Places[k].Mentions, doc.PlaceMention{Start: spans[i][0], End: spans[i][1]})
		bySurface[strings.ToLower(which[i].surface)] = k
	}
	// The tagger may call the same name a place once and an organisation
	// elsewhere; once it is on the map, every plain mention of it is too.
	for _, m := range ms {
		if m.place != nil || (m.lex != nil && m.lex.Kind == "agent") || (m.lex != nil && len(m.lex.Code) > 3 && actorBefore(d, norm, m)) {
			continue
		}
		if k, ok := bySurface[strings.ToLower(m.surface)]; ok && (m.ner == "LOC" || m.ner == "ORG" || m.ner == "MISC") {
			m.place = placeOf[k]
			d.Places[k].Mentions = append(d.Places[k].Mentions, doc.PlaceMention{Start: m.start, End: m.end})
		}
	}
	for k := range d.Places {
		sort.Slice(d.Places[k].Mentions, func(i, j int) bool { return d.Places[k].Mentions[i].Start < d.Places[k].Mentions[j].Start })
	}
}

func placeKind(k string) string {
	switch k {
	case "country", "admin", "city", "district", "region", "water":
		return k
	}
	return "other"
}

// buildEntities merges mentions into entities and fills d.Entities.
func buildEntities(d *doc.Document, r Resources, ms []*mention) {
	byKey := map[string]int{}
	var lastNames = map[string]int{} // last word of a person's full name -> entity
	for _, m := range ms {
		name, typ, actor, country := describe(r, m)
		if name == "" {
			continue
		}
		key := strings.ToLower(name)
		kind := "name"
		k, ok := byKey[key]
		if !ok && typ == "person" && m.lex == nil && !strings.Contains(name, " ") {
			// "Haddad" after "Omar Haddad" is the same person.
			if e, found := lastNames[strings.ToLower(name)]; found {
				k, ok = e, true
			}
		}
		if !ok {
			k = len(d.Entities)
			byKey[key] = k
			d.Entities = append(d.Entities, doc.Entity{
				ID: fmt.Sprintf("e%d", k+1), Name: name, Type: typ,
				Actor: doc.Str(actor), Country: doc.Str(country), Mentions: []doc.Mention{},
			})
			if typ == "person" {
				if f := strings.Fields(name); len(f) > 1 {
					lastNames[strings.ToLower(f[len(f)-1])] = k
				}
			}
		}
		e := &d.Entities[k]
		if e.Actor == nil && actor != "" {
			e.Actor = doc.Str(actor)
		}
		if m.surface != e.Name {
			kind = "alias"
		}
		e.Mentions = append(e.Mentions, doc.Mention{Start: m.start, End: m.end, Kind: kind})
	}
}

// describe gives a mention's canonical name, contract type, actor code and
// country.
func describe(r Resources, m *mention) (name, typ, actor, country string) {
	name, actor = m.surface, ""
	if m.lex != nil && m.place != nil && m.place.Kind != "country" && m.lex.Kind != "agent" && m.lex.Entry.Type != "person" {
		// A city the dictionaries list as an alias of its country or
		// government ("Aleppo", "Damascus" in a dateline) is the city here.
		return m.place.Name, "place", "", m.place.Country
	}
	if m.lex != nil {
		e := m.lex.Entry
		actor = m.lex.Code
		country = e.Country
		if m.lex.Kind != "agent" && e.Name != "" {
			name = e.Name
		}
		typ = e.Type
		if m.lex.Kind == "agent" {
			typ = "group"
		}
		if typ == "person" && m.ner != "" && m.ner != "PER" {
			typ = "" // the dictionaries type some organisations as people
		}
	}
	if typ == "" || typ == "other" {
		switch m.ner {
		case "PER":
			typ = "person"
		case "ORG":
			typ = "organization"
		case "LOC":
			typ = "place"
		case "MISC":
			typ = "other"
			if cc := r.Gaz.Demonym(m.surface); cc != "" {
				typ, country = "group", cc
			}
		}
	}
	if typ == "" {
		typ = "other"
	}
	if m.place != nil {
		if m.place.Kind == "country" && (typ == "place" || typ == "country") {
			typ = "country"
		}
		if country == "" {
			country = m.place.Country
		}
	}
	if !validActor(actor) {
		actor = ""
	}
	if len(country) != 2 {
		country = ""
	}
	return name, typ, actor, country
}

// validActor keeps codes of the contract's form: groups of three capitals.
func validActor(code string) bool {
	if code == "" || len(code)%3 != 0 {
		return false
	}
	for _, c := range code {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
