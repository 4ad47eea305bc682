// Package lexicon maps names, aliases and generic agents ("rebels", "Syrian
// troops") in tokenized text to canonical entities with date-bounded
// CAMEO-style actor codes (contract sitrep/1, Entities.actor).
//
// The lexicon is derived from the PETRARCH/Phoenix actor, agent and discard
// dictionaries (MIT, Open Event Data Alliance) by Build, overlaid with
// curated.tsv (current actors and corrections, which take precedence), and
// embedded as actors.bin (gzipped TSV). Regenerate it with
//
//	sitrep build lexicon
//
// Usage:
//
//	lx := lexicon.Default() // loaded once, safe for concurrent use
//	for _, m := range lx.Match(tokens, "2015-06-01") {
//		// tokens[m.Start:m.End] is m.Entry; m.Code its actor code that day
//	}
//
// Matching is case-insensitive except that a proper-name match must not be
// all lower case ("us" is not "US") and a name of up to three letters must
// be written in capitals ("US", "UN", not "Us"). Agents (common nouns) match
// in any case. A country or group name followed by an agent ("Syrian
// troops", "Russia's army", "Iraqi police") composes one match whose code
// joins both (SYRMIL, RUSMIL, IRQCOP).
package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// Entry is a canonical entity.
type Entry struct {
	Name    string      // canonical name ("Bashar al-Assad", "Islamic State")
	Type    string      // person, organization, country, group, other
	Codes   []DatedCode // dated codes first, in precedence order; undated defaults last
	Country string      // ISO 3166-1 alpha-2 when known, else ""
}

// DatedCode is an actor code valid between two dates, both inclusive.
type DatedCode struct {
	Code     string
	From, To string // "YYYY-MM-DD" or "" for an open bound
}

// Match is one lexicon hit in a token slice.
type Match struct {
	Start, End int    // token indices [Start,End)
	Entry      *Entry // the entity (for agents, a generic or composed entry)
	Code       string // the actor code on the requested date; "" when none applies
	Kind       string // "name", "alias" or "agent"
}

// CodeAt returns the code valid on date ("YYYY-MM-DD"; "YYYY" and
// "YYYY-MM" and longer timestamps are accepted). The first dated code whose
// range holds the date wins, else the undated default, else "". For date ""
// it returns the latest code: an open-ended dated code (the latest start),
// else the default, else the code that ended last.
func (e *Entry) CodeAt(date string) string {
	if e == nil {
		return ""
	}
	if date == "" {
		best, bestFrom := "", ""
		for _, c := range e.Codes {
			if c.To == "" && c.From != "" && c.From >= bestFrom {
				best, bestFrom = c.Code, c.From
			}
		}
		if best != "" {
			return best
		}
		for _, c := range e.Codes {
			if c.From == "" && c.To == "" {
				return c.Code
			}
		}
		bestTo := ""
		for _, c := range e.Codes {
			if c.To > bestTo {
				best, bestTo = c.Code, c.To
			}
		}
		return best
	}
	d := normDate(date)
	def := ""
	for _, c := range e.Codes {
		if c.From == "" && c.To == "" {
			if def == "" {
				def = c.Code
			}
			continue
		}
		if (c.From == "" || c.From <= d) && (c.To == "" || d <= c.To) {
			return c.Code
		}
	}
	return def
}

// normDate maps "2015", "2015-06", "2015-06-01T12:00:00Z" to a comparable
// "YYYY-MM-DD".
func normDate(d string) string {
	switch {
	case len(d) >= 10:
		return d[:10]
	case len(d) == 7:
		return d + "-15"
	case len(d) == 4:
		return d + "-07-01"
	}
	return d
}

// phrase is one name, alias or agent phrase, keyed by its first token.
type phrase struct {
	rest  []string // token keys after the first
	entry int32    // index into entries or agents
	flags uint8
}

const (
	fAgent   uint8 = 1 << iota // an agent phrase
	fAlias                     // not the entity's name phrase
	fShort                     // single token of <= 3 letters: must be in capitals
	fDiscard                   // a discard phrase: matches nothing
)

// agent is a generic role ("rebels" ~REB).
type agent struct {
	entry  *Entry // the standalone entry (code without '~')
	code   string // role code
	prefix bool   // "IGO~": the role goes before the country code
}

// Lexicon is a loaded lexicon. It is immutable and safe for concurrent use.
type Lexicon struct {
	entries []Entry
	agents  []agent
	first   map[string][]phrase // first token key -> phrases, longest first
	nPhrase int
}

// Len returns the number of entities and of phrases (names, aliases, agent
// phrases).
func (l *Lexicon) Len() (entities, phrases int) { return len(l.entries), l.nPhrase }

//go:embed actors.bin
var embedded []byte

var (
	defOnce sync.Once
	defLex  *Lexicon
)

// Default returns the embedded lexicon, loaded on first use. It panics if
// the embedded data is corrupt (a build error, caught by the tests).
func Default() *Lexicon {
	defOnce.Do(func() {
		l, err := Load(bytes.NewReader(embedded))
		if err != nil {
			panic("lexicon: embedded actors.bin: " + err.Error())
		}
		defLex = l
	})
	return defLex
}

// Load reads a lexicon written by Build.
func Load(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	// One string holds all the data; fields are substrings of it.
	data := string(raw)
	l := &Lexicon{first: make(map[string][]phrase, 1<<16), entries: make([]Entry, 0, strings.Count(data, "\nE\t")+1)}
	in := func(s string) string { return s }
	var f [8]string
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		nf := 0
		for rest := line; nf < len(f); nf++ {
			var ok bool
			f[nf], rest, ok = strings.Cut(rest, "\t")
			if !ok {
				nf++
				break
			}
		}
		switch {
		case f[0] == "E" && nf == 6:
			e := Entry{Name: f[1], Type: f[2], Country: f[3]}
			e.Codes = make([]DatedCode, 0, strings.Count(f[4], ",")+1)
			for c := f[4]; c != ""; {
				var one string
				one, c, _ = strings.Cut(c, ",")
				code, rest, ok1 := strings.Cut(one, ":")
				from, to, ok2 := strings.Cut(rest, ":")
				if !ok1 || !ok2 || code == "" {
					return nil, fmt.Errorf("line %d: bad code %q", n, one)
				}
				e.Codes = append(e.Codes, DatedCode{Code: code, From: from, To: to})
			}
			idx := int32(len(l.entries))
			l.entries = append(l.entries, e)
			var fl uint8
			for ps := f[5]; ps != ""; fl = fAlias {
				var ph string
				ph, ps, _ = strings.Cut(ps, "|")
				l.add(ph, idx, fl, in)
			}
		case f[0] == "A" && nf == 4:
			code := f[1]
			a := agent{code: strings.Trim(code, "~"), prefix: strings.HasSuffix(code, "~")}
			a.entry = &Entry{Name: f[2], Type: "group", Codes: []DatedCode{{Code: a.code}}}
			idx := int32(len(l.agents))
			l.agents = append(l.agents, a)
			for ps := f[3]; ps != ""; {
				var ph string
				ph, ps, _ = strings.Cut(ps, "|")
				l.add(ph, idx, fAgent, in)
			}
		case f[0] == "D" && nf == 2:
			for ps := f[1]; ps != ""; {
				var ph string
				ph, ps, _ = strings.Cut(ps, "|")
				l.add(ph, -1, fDiscard, in)
			}
		default:
			return nil, fmt.Errorf("line %d: bad record", n)
		}
	}
	for k, ps := range l.first {
		if len(ps) > 1 {
			sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].rest) > len(ps[j].rest) })
			l.first[k] = ps
		}
	}
	return l, nil
}

// particles are joined to the next word with a hyphen as a variant
// ("AL ASSAD" also matches the token "al-Assad").
var particles = map[string]bool{"AL": true, "EL": true, "AS": true, "AD": true, "AR": true, "ASH": true, "AZ": true, "AN": true, "AT": true}

func (l *Lexicon) add(ph string, idx int32, fl uint8, in func(string) string) {
	toks := strings.Fields(ph)
	// Mentions start after the article: "the Pentagon" matches "Pentagon".
	if len(toks) > 1 && toks[0] == "THE" && fl&fDiscard == 0 {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return
	}
	l.addToks(toks, idx, fl, in)
	if fl&(fAgent|fDiscard) != 0 {
		return
	}
	// "BASHAR AL ASSAD" -> also "BASHAR AL-ASSAD".
	for i := 0; i+1 < len(toks); i++ {
		if particles[toks[i]] {
			v := append(append(append([]string{}, toks[:i]...), toks[i]+"-"+toks[i+1]), toks[i+2:]...)
			l.addToks(v, idx, fl, in)
			break
		}
	}
}

func (l *Lexicon) addToks(toks []string, idx int32, fl uint8, in func(string) string) {
	k := in(toks[0])
	for _, p := range l.first[k] {
		if p.entry == idx && p.flags&(fAgent|fDiscard) == fl&(fAgent|fDiscard) && equal(p.rest, toks[1:]) {
			return
		}
	}
	if len(toks) == 1 && fl&(fAgent|fDiscard) == 0 && letters(toks[0]) <= 3 {
		fl |= fShort
	}
	var rest []string
	if len(toks) > 1 {
		rest = make([]string, len(toks)-1)
		for i, t := range toks[1:] {
			rest[i] = in(t)
		}
	}
	l.first[k] = append(l.first[k], phrase{rest: rest, entry: idx, flags: fl})
	l.nPhrase++
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r > 0x7f {
			n++
		}
	}
	return n
}

// Match finds the longest lexicon matches over tokens, left to right and
// non-overlapping, and resolves their codes for date (the article's
// publication date, ISO "YYYY-MM-DD"; "" = latest). Discard phrases
// (sports events, historical names) consume their tokens without a match.
// A match whose entity has no code on date is still returned, with Code "".
func (l *Lexicon) Match(tokens []string, date string) []Match {
	if l == nil || len(tokens) == 0 {
		return nil
	}
	keys := make([]string, len(tokens))
	for i, t := range tokens {
		keys[i] = Key(t)
	}
	var out []Match
	for i := 0; i < len(tokens); {
		best, bestLen := phrase{}, 0
		agentP, agentLen := phrase{}, 0
		for _, p := range l.first[keys[i]] {
			n := 1 + len(p.rest)
			if n <= bestLen && (p.flags&fAgent == 0 || n <= agentLen) {
				continue
			}
			if i+n > len(tokens) || !equal(p.rest, keys[i+1:i+n]) {
				continue
			}
			if p.flags&fAgent != 0 {
				if n > agentLen {
					agentP, agentLen = p, n
				}
				continue
			}
			if p.flags&fDiscard == 0 && !caseOK(tokens[i:i+n], p.flags) {
				continue
			}
			if n > bestLen {
				best, bestLen = p, n
			}
		}
		if agentLen > bestLen {
			a := &l.agents[agentP.entry]
			out = append(out, Match{Start: i, End: i + agentLen, Entry: a.entry, Code: a.code, Kind: "agent"})
			i += agentLen
			continue
		}
		if bestLen == 0 {
			i++
			continue
		}
		if best.flags&fDiscard != 0 {
			i += bestLen
			continue
		}
		e := &l.entries[best.entry]
		code := e.CodeAt(date)
		kind := "name"
		if best.flags&fAlias != 0 {
			kind = "alias"
		}
		end := i + bestLen
		// Country or group + agent: "Syrian troops", "Russia's army".
		if len(code) == 3 && e.Type != "person" {
			j := end
			if j < len(keys) && keys[j] == "'S" {
				j++
			}
			if a, n := l.agentAt(keys, j); n > 0 {
				c := code + a.code
				if a.prefix {
					c = a.code + code
				}
				ce := &Entry{Name: strings.Join(tokens[i:j+n], " "), Type: "group", Country: e.Country, Codes: []DatedCode{{Code: c}}}
				out = append(out, Match{Start: i, End: j + n, Entry: ce, Code: c, Kind: "agent"})
				i = j + n
				continue
			}
		}
		out = append(out, Match{Start: i, End: end, Entry: e, Code: code, Kind: kind})
		i = end
	}
	return out
}

// agentAt returns the longest agent phrase starting at keys[j].
func (l *Lexicon) agentAt(keys []string, j int) (*agent, int) {
	if j >= len(keys) {
		return nil, 0
	}
	var best *agent
	n := 0
	for _, p := range l.first[keys[j]] {
		if p.flags&fAgent == 0 {
			continue
		}
		m := 1 + len(p.rest)
		if m > n && j+m <= len(keys) && equal(p.rest, keys[j+1:j+m]) {
			best, n = &l.agents[p.entry], m
		}
	}
	return best, n
}

// caseOK rejects proper-name matches written all in lower case ("us",
// "turkey") and short names not written in capitals ("Us" for US).
func caseOK(toks []string, fl uint8) bool {
	upper := false
	for _, t := range toks {
		for _, r := range t {
			if r >= 'A' && r <= 'Z' || r > 0x7f && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r) {
				upper = true
				break
			}
		}
		if upper {
			break
		}
	}
	if !upper {
		return false
	}
	if fl&fShort != 0 {
		for _, r := range toks[0] {
			if r >= 'a' && r <= 'z' {
				return false
			}
		}
	}
	return true
}
