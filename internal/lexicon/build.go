package lexicon

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Dictionary files Build reads from its directory, in precedence order (an
// earlier file wins a phrase claimed twice).
var (
	ActorFiles  = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}
	AgentFile   = "Phoenix.agents.txt"
	DiscardFile = "Phoenix.discards.txt"
)

// BuildStats reports what Build read and wrote. Bad lines are skipped and
// listed (up to MaxBadListed) as "file:line: reason"; they are never fatal.
type BuildStats struct {
	Files        int      // dictionary files read
	Lines        int      // lines read (dictionaries and curated)
	Entities     int      // entities written
	Phrases      int      // entity phrases (names and aliases) written
	Agents       int      // agent codes written
	AgentPhrases int      // agent phrases written (plurals included)
	Discards     int      // discard phrases written
	Curated      int      // curated entities and agents
	Overridden   int      // dictionary phrases replaced by curated ones
	Dropped      int      // dictionary phrases removed by curated "drop" lines
	Absorbed     int      // dictionary entities merged into curated ones
	Duplicates   int      // phrases claimed twice in the dictionaries (first kept)
	NoCode       int      // dictionary records without any usable code (dropped)
	Bad          int      // malformed lines skipped
	BadLines     []string // the first MaxBadListed of them
	Bytes        int      // size of the written lexicon
	MissingFiles []string // expected dictionary files that were absent
}

// MaxBadListed bounds BuildStats.BadLines.
const MaxBadListed = 200

func (s *BuildStats) bad(file string, line int, reason string) {
	s.Bad++
	if len(s.BadLines) < MaxBadListed {
		s.BadLines = append(s.BadLines, fmt.Sprintf("%s:%d: %s", file, line, reason))
	}
}

// String renders the stats on a few lines.
func (s BuildStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "files %d, lines %d\n", s.Files, s.Lines)
	fmt.Fprintf(&b, "entities %d (%d phrases), agents %d (%d phrases), discards %d\n", s.Entities, s.Phrases, s.Agents, s.AgentPhrases, s.Discards)
	fmt.Fprintf(&b, "curated %d, overridden phrases %d, dropped %d, absorbed entities %d, duplicate phrases %d, records without code %d\n", s.Curated, s.Overridden, s.Dropped, s.Absorbed, s.Duplicates, s.NoCode)
	fmt.Fprintf(&b, "bad lines %d, lexicon %d bytes\n", s.Bad, s.Bytes)
	if len(s.MissingFiles) > 0 {
		fmt.Fprintf(&b, "missing files: %s\n", strings.Join(s.MissingFiles, ", "))
	}
	return b.String()
}

// rec is an entity while building.
type rec struct {
	name    string
	typ     string
	cc      string
	codes   []DatedCode
	phrases [][]string // [0] is the name phrase
	file    string
	gone    bool
}

type agentRec struct {
	code    string
	name    string
	phrases [][]string
}

// Build reads the PETRARCH dictionaries in dir and the curated file (which
// takes precedence; nil for none) and writes the lexicon (gzipped TSV, the
// format Load reads) to w. Only I/O errors and a directory without any
// actor dictionary are errors.
func Build(dir string, curated io.Reader, w io.Writer) (BuildStats, error) {
	var st BuildStats
	var recs []*rec
	owner := map[string]*rec{} // phrase key -> record
	for _, name := range ActorFiles {
		f, err := os.Open(filepath.Join(dir, name))
		if errors.Is(err, os.ErrNotExist) {
			st.MissingFiles = append(st.MissingFiles, name)
			continue
		}
		if err != nil {
			return st, err
		}
		rs, err := readActors(f, name, &st)
		f.Close()
		if err != nil {
			return st, fmt.Errorf("%s: %w", name, err)
		}
		st.Files++
		for _, r := range rs {
			var keep [][]string
			for _, p := range r.phrases {
				k := strings.Join(p, " ")
				if _, dup := owner[k]; dup {
					st.Duplicates++
					continue
				}
				owner[k] = r
				keep = append(keep, p)
			}
			if len(keep) == 0 {
				continue
			}
			if len(r.phrases[0]) != len(keep[0]) || strings.Join(r.phrases[0], " ") != strings.Join(keep[0], " ") {
				r.name = titleCase(keep[0])
			}
			r.phrases = keep
			recs = append(recs, r)
		}
	}
	if st.Files == 0 {
		return st, fmt.Errorf("no actor dictionary in %s", dir)
	}

	var agents []*agentRec
	agentOwner := map[string]*agentRec{}
	if f, err := os.Open(filepath.Join(dir, AgentFile)); err == nil {
		as, err := readAgents(f, AgentFile, &st)
		f.Close()
		if err != nil {
			return st, fmt.Errorf("%s: %w", AgentFile, err)
		}
		st.Files++
		for _, a := range as {
			var keep [][]string
			for _, p := range a.phrases {
				k := strings.Join(p, " ")
				if _, dup := agentOwner[k]; dup {
					continue
				}
				agentOwner[k] = a
				keep = append(keep, p)
			}
			if len(keep) > 0 {
				a.phrases = keep
				agents = append(agents, a)
			}
		}
	} else if errors.Is(err, os.ErrNotExist) {
		st.MissingFiles = append(st.MissingFiles, AgentFile)
	} else {
		return st, err
	}

	var discards [][]string
	if f, err := os.Open(filepath.Join(dir, DiscardFile)); err == nil {
		sc := newScanner(f)
		for sc.Scan() {
			st.Lines++
			if k := parseDiscard(sc.Text()); len(k) > 0 {
				discards = append(discards, k)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return st, fmt.Errorf("%s: %w", DiscardFile, err)
		}
		st.Files++
	} else if errors.Is(err, os.ErrNotExist) {
		st.MissingFiles = append(st.MissingFiles, DiscardFile)
	} else {
		return st, err
	}

	if curated != nil {
		crecs, cagents, drops, err := readCurated(curated, &st)
		if err != nil {
			return st, fmt.Errorf("curated: %w", err)
		}
		st.Curated = len(crecs) + len(cagents)
		for _, d := range drops {
			if r, ok := owner[d]; ok && !r.gone {
				wasName := strings.Join(r.phrases[0], " ") == d
				r.phrases = removePhrase(r.phrases, d)
				if wasName && len(r.phrases) > 0 {
					r.name = titleCase(r.phrases[0])
				}
				if len(r.phrases) == 0 {
					r.gone = true
				}
				st.Dropped++
			}
		}
		claimed := map[string]*rec{}
		for _, c := range crecs {
			for _, p := range c.phrases {
				claimed[strings.Join(p, " ")] = c
			}
		}
		// Dictionary records lose claimed phrases; a record whose name
		// phrase is claimed merges its other phrases into the claimant.
		for _, r := range recs {
			if r.gone {
				continue
			}
			var keep [][]string
			var into *rec
			for i, p := range r.phrases {
				if c, ok := claimed[strings.Join(p, " ")]; ok {
					st.Overridden++
					if i == 0 {
						into = c
					}
					continue
				}
				keep = append(keep, p)
			}
			if into != nil {
				st.Absorbed++
				into.phrases = append(into.phrases, keep...)
				r.gone = true
				continue
			}
			if len(keep) == 0 {
				r.gone = true
				continue
			}
			if strings.Join(keep[0], " ") != strings.Join(r.phrases[0], " ") {
				r.name = titleCase(keep[0])
			}
			r.phrases = keep
		}
		// A phrase absorbed twice keeps its first owner.
		seen := map[string]bool{}
		for _, c := range crecs {
			var keep [][]string
			for _, p := range c.phrases {
				k := strings.Join(p, " ")
				if !seen[k] {
					seen[k] = true
					keep = append(keep, p)
				}
			}
			c.phrases = keep
		}
		for _, r := range recs {
			if r.gone {
				continue
			}
			var keep [][]string
			for _, p := range r.phrases {
				k := strings.Join(p, " ")
				if !seen[k] {
					keep = append(keep, p)
				}
			}
			r.phrases = keep
			if len(keep) == 0 {
				r.gone = true
			}
		}
		recs = append(crecs, recs...)
		for _, a := range cagents {
			for _, p := range a.phrases {
				k := strings.Join(p, " ")
				if old, ok := agentOwner[k]; ok && old != a {
					old.phrases = removePhrase(old.phrases, k)
				}
				agentOwner[k] = a
			}
		}
		agents = append(cagents, agents...)
	}

	cw := &countWriter{w: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	bw := bufio.NewWriterSize(zw, 1<<16)
	fmt.Fprintf(bw, "# sitrep actor lexicon v1, derived from the PETRARCH/Phoenix dictionaries (MIT, Open Event Data Alliance) and curated.tsv\n")
	for _, r := range recs {
		if r.gone || len(r.phrases) == 0 {
			continue
		}
		st.Entities++
		st.Phrases += len(r.phrases)
		bw.WriteString("E\t")
		bw.WriteString(clean(r.name))
		bw.WriteByte('\t')
		bw.WriteString(r.typ)
		bw.WriteByte('\t')
		bw.WriteString(r.cc)
		bw.WriteByte('\t')
		for i, c := range r.codes {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString(c.Code + ":" + c.From + ":" + c.To)
		}
		bw.WriteByte('\t')
		writePhrases(bw, r.phrases)
		bw.WriteByte('\n')
	}
	for _, a := range agents {
		if len(a.phrases) == 0 {
			continue
		}
		st.Agents++
		st.AgentPhrases += len(a.phrases)
		bw.WriteString("A\t" + a.code + "\t" + clean(a.name) + "\t")
		writePhrases(bw, a.phrases)
		bw.WriteByte('\n')
	}
	if len(discards) > 0 {
		st.Discards = len(discards)
		bw.WriteString("D\t")
		writePhrases(bw, discards)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return st, err
	}
	if err := zw.Close(); err != nil {
		return st, err
	}
	st.Bytes = cw.n
	return st, nil
}

func removePhrase(ps [][]string, k string) [][]string {
	out := ps[:0]
	for _, p := range ps {
		if strings.Join(p, " ") != k {
			out = append(out, p)
		}
	}
	return out
}

func writePhrases(bw *bufio.Writer, ps [][]string) {
	for i, p := range ps {
		if i > 0 {
			bw.WriteByte('|')
		}
		bw.WriteString(clean(strings.Join(p, " ")))
	}
}

// clean keeps the TSV well formed.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '|':
			return ' '
		}
		return r
	}, s)
}

type countWriter struct {
	w io.Writer
	n int
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

func newScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	return sc
}

// readActors parses one actor dictionary into records.
func readActors(r io.Reader, file string, st *BuildStats) ([]*rec, error) {
	var out []*rec
	var cur *rec
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.codes) == 0 {
			st.NoCode++
		} else {
			cur.typ, cur.cc = inferType(cur, file)
			if cur.typ == "country" || cur.typ == "person" {
				cur.name = titleCaseA(cur.phrases[0], false)
			}
			out = append(out, cur)
		}
		cur = nil
	}
	sc := newScanner(r)
	n := 0
	for sc.Scan() {
		n++
		st.Lines++
		line := sc.Text()
		l := parseActorLine(line)
		switch l.kind {
		case lineSkip:
		case lineBad:
			st.bad(file, n, l.reason)
		case linePrimary:
			flush()
			raw := line
			if i := strings.IndexAny(raw, "#;["); i >= 0 {
				raw = raw[:i]
			}
			cur = &rec{name: titleCaseRaw(raw), phrases: l.phrases, codes: l.codes, file: file}
		case lineSynonym:
			if cur == nil {
				st.bad(file, n, "synonym outside a record")
				continue
			}
			cur.phrases = append(cur.phrases, l.phrases...)
			cur.codes = append(cur.codes, l.codes...)
		case lineRestrict:
			if cur == nil {
				st.bad(file, n, "code outside a record")
				continue
			}
			cur.codes = append(cur.codes, l.codes...)
		}
	}
	flush()
	for _, r := range out {
		r.codes = orderCodes(r.codes)
	}
	return out, sc.Err()
}

// orderCodes puts dated codes first (in dictionary order, the first that
// applies wins) and undated defaults last, dropping exact repeats.
func orderCodes(cs []DatedCode) []DatedCode {
	var dated, def []DatedCode
	seen := map[DatedCode]bool{}
	for _, c := range cs {
		if seen[c] {
			continue
		}
		seen[c] = true
		if c.From == "" && c.To == "" {
			def = append(def, c)
		} else {
			dated = append(dated, c)
		}
	}
	return append(dated, def...)
}

func inferType(r *rec, file string) (typ, cc string) {
	first := r.codes[len(r.codes)-1].Code
	dated := false
	for _, c := range r.codes {
		if c.From != "" || c.To != "" {
			dated = true
		}
	}
	if a2, ok := iso3to2[first[:3]]; ok {
		cc = a2
	}
	switch {
	case len(first) == 3 && !dated && strings.Contains(file, "Countries"):
		return "country", cc
	case strings.Contains(file, "MilNonState"):
		return "group", cc
	case dated:
		return "person", cc
	}
	for _, g := range []string{"REB", "UAF", "INS", "IMG", "SEP", "RAD"} {
		if strings.Contains(first, g) {
			return "group", cc
		}
	}
	return "organization", cc
}

// readAgents parses the agents dictionary.
func readAgents(r io.Reader, file string, st *BuildStats) ([]*agentRec, error) {
	subst := map[string][]string{}
	var out []*agentRec
	sc := newScanner(r)
	n := 0
	for sc.Scan() {
		n++
		st.Lines++
		line := sc.Text()
		if name, exp, ok := parseSubst(line); ok {
			subst[name] = exp
			continue
		}
		l := parseAgentLine(line, subst)
		switch l.kind {
		case lineBad:
			st.bad(file, n, l.reason)
		case linePrimary:
			out = append(out, &agentRec{code: l.code, name: strings.ToLower(strings.Join(l.phrases[0], " ")), phrases: l.phrases})
		}
	}
	return out, sc.Err()
}

// readCurated parses curated.tsv. Lines (tab-separated, '#' comments):
//
//	entity  NAME  TYPE  CC  CODES  ALIASES
//	agent   NAME  CODE  PHRASES
//	drop    PHRASES
//
// CODES is a comma-separated list of "CODE", "CODE FROM..", "CODE ..TO" or
// "CODE FROM..TO" with ISO dates (inclusive); ALIASES and PHRASES are
// '|'-separated. CC is ISO alpha-2 or "-". CODE for agents is "~ROLE" (added
// after a country code) or "ROLE~" (before it).
func readCurated(r io.Reader, st *BuildStats) ([]*rec, []*agentRec, []string, error) {
	var drops []string
	var recs []*rec
	var agents []*agentRec
	sc := newScanner(r)
	n := 0
	const file = "curated.tsv"
	for sc.Scan() {
		n++
		st.Lines++
		line := strings.TrimRight(sc.Text(), " \r")
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		switch f[0] {
		case "entity":
			if len(f) < 5 || f[1] == "" {
				st.bad(file, n, "entity needs NAME TYPE CC CODES [ALIASES]")
				continue
			}
			c := &rec{name: f[1], typ: f[2], cc: f[3], file: file}
			if c.cc == "-" {
				c.cc = ""
			}
			switch c.typ {
			case "person", "organization", "country", "group", "place", "other":
			default:
				st.bad(file, n, "bad type "+c.typ)
				continue
			}
			codes, err := parseCuratedCodes(f[4])
			if err != "" {
				st.bad(file, n, err)
				continue
			}
			c.codes = codes
			phr := []string{f[1]}
			if len(f) > 5 && f[5] != "" {
				phr = append(phr, strings.Split(f[5], "|")...)
			}
			for _, p := range phr {
				if k := phraseKeys(p); len(k) > 0 {
					c.phrases = append(c.phrases, k)
				}
			}
			if len(c.phrases) == 0 {
				st.bad(file, n, "entity without phrases")
				continue
			}
			recs = append(recs, c)
		case "drop":
			if len(f) < 2 || f[1] == "" {
				st.bad(file, n, "drop needs PHRASES")
				continue
			}
			for _, p := range strings.Split(f[1], "|") {
				if k := phraseKeys(p); len(k) > 0 {
					drops = append(drops, strings.Join(k, " "))
				}
			}
		case "agent":
			if len(f) < 4 || strings.Count(f[2], "~") != 1 || !validCode(strings.Trim(f[2], "~")) {
				st.bad(file, n, "agent needs NAME ~CODE PHRASES")
				continue
			}
			a := &agentRec{name: f[1], code: f[2]}
			for _, p := range append([]string{f[1]}, strings.Split(f[3], "|")...) {
				if k := phraseKeys(p); len(k) > 0 {
					a.phrases = append(a.phrases, k)
				}
			}
			agents = append(agents, a)
		default:
			st.bad(file, n, "unknown record "+f[0])
		}
	}
	return recs, agents, drops, sc.Err()
}

func parseCuratedCodes(s string) ([]DatedCode, string) {
	var out []DatedCode
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		if len(f) > 2 || !validCode(f[0]) {
			return nil, "bad code " + part
		}
		dc := DatedCode{Code: f[0]}
		if len(f) == 2 {
			a, b, ok := strings.Cut(f[1], "..")
			if !ok || !isoDate(a) || !isoDate(b) || a == "" && b == "" {
				return nil, "bad range " + f[1]
			}
			dc.From, dc.To = a, b
		}
		out = append(out, dc)
	}
	if len(out) == 0 {
		return nil, "no code"
	}
	return orderCodes(out), ""
}

func isoDate(s string) bool {
	if s == "" {
		return true
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	_, ok := parseDictDate(s[:4] + s[5:7] + s[8:])
	return ok
}

var lowerParticles = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "AL": true, "EL": true, "DE": true, "DA": true, "DU": true, "VAN": true, "VON": true, "BIN": true, "IN": true, "ON": true, "TO": true}

// titleCase renders a key phrase as a display name.
func titleCase(p []string) string { return titleCaseA(p, true) }

// titleCaseA is titleCase; acronym keeps a lone word of four letters or
// fewer in capitals (organizations: NATO, IAEA; not countries: Chad).
func titleCaseA(p []string, acronym bool) string {
	w := make([]string, len(p))
	for i, t := range p {
		switch {
		case i > 0 && lowerParticles[t]:
			w[i] = strings.ToLower(t)
		case t == "'S":
			w[i] = "'s"
		case strings.Contains(t, ".") || !strings.ContainsAny(t, "AEIOUY") || len(t) <= 2 && i == 0 || len(p) == 1 && len(t) <= 4 && acronym:
			w[i] = t // U.S., UN, NATO-like tokens stay upper case
		default:
			parts := strings.Split(t, "-")
			for j, s := range parts {
				if s == "" {
					continue
				}
				if j > 0 && lowerParticles[s] || j == 0 && len(parts) > 1 && lowerParticles[s] {
					parts[j] = strings.ToLower(s)
					continue
				}
				rs := []rune(strings.ToLower(s))
				rs[0] = []rune(strings.ToUpper(string(rs[0])))[0]
				parts[j] = string(rs)
			}
			w[i] = strings.Join(parts, "-")
		}
	}
	s := strings.Join(w, " ")
	s = strings.ReplaceAll(s, " 's", "'s")
	return s
}

func titleCaseRaw(raw string) string {
	if i := strings.IndexByte(raw, '+'); i >= 0 {
		raw = raw[:i]
	}
	return titleCase(phraseKeys(raw))
}
