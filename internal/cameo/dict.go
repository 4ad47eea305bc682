package cameo

import (
	"bufio"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Readers for the PETRARCH actor, agent and discard dictionaries a user can
// pass with --actors, --agents and --discards (for example the PETRARCH
// validation suite). internal/lexicon reads the Phoenix actor dictionaries
// into the embedded actor lexicon, but its readers are unexported and tied
// to its build; these return plain values for a coder to use directly.

// DatedCode is an actor code with an optional validity period.
type DatedCode struct {
	Code     string // "USAGOV"; "" for the null code "---"
	From, To string // ISO dates "2000-07-17", inclusive; "" = open
}

// Actor is one record of an actors dictionary.
type Actor struct {
	Phrases [][]string  // lower-case words; the first is the primary phrase
	Codes   []DatedCode // in file order; undated ones are defaults
	Line    int         // line of the primary phrase
}

// CodeAt returns the actor's code on date (ISO "2006-01-02", a date-time is
// cut to its date): the first dated restriction that covers it, else the
// last undated code. With date "" only undated codes count.
func (a *Actor) CodeAt(date string) string {
	if len(date) > 10 {
		date = date[:10]
	}
	def := ""
	for _, c := range a.Codes {
		if c.From == "" && c.To == "" {
			def = c.Code
			continue
		}
		if date != "" && (c.From == "" || date >= c.From) && (c.To == "" || date <= c.To) {
			return c.Code
		}
	}
	return def
}

// Agent is one record of an agents dictionary.
type Agent struct {
	Phrases [][]string // lower-case words, plurals included
	Code    string     // "GOV", "MIL", "REB"
	Prefix  bool       // "NGO~": the code goes before the actor's code; "~GOV": after
	Line    int
}

// Discard is one entry of a discard list.
type Discard struct {
	Words []string // lower case
	Story bool     // '+': discard the whole story, not just the sentence
	Exact bool     // ends with '_': the last word must match whole, not as a stem
	Line  int
}

// dictLines yields the non-comment content of each line, with '#' and ';'
// comments and (possibly multi-line) "<!-- -->" comments removed, keeping
// leading whitespace. It never fails on bad bytes.
func dictLines(r io.Reader, st *Stats, fn func(line string, n int)) {
	st.Files++
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		st.Lines++
		line := sc.Text()
		if !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, "")
		}
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			inComment = false
			line = line[i+3:]
		}
		for {
			i := strings.Index(line, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(line[i+4:], "-->")
			if j < 0 {
				line, inComment = line[:i], true
				break
			}
			line = line[:i] + line[i+4+j+3:]
		}
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fn(line, n)
	}
	if err := sc.Err(); err != nil {
		st.bad("", n+1, "read error: "+err.Error())
	}
}

// phraseWords splits a dictionary phrase on '_' and blanks, lower-cased.
func phraseWords(s string) []string {
	return splitWords(strings.ToLower(strings.TrimSpace(s)))
}

// ReadActors reads a PETRARCH actors dictionary:
//
//	PRIMARY_PHRASE_ [CODE]        # or codes on the following lines
//	+SYNONYM_PHRASE
//		[CODE 20000717-20241208]  # also <DATE, >DATE, YYMMDD dates
//
// name labels bad lines in the stats. It never fails.
func ReadActors(r io.Reader, name string) ([]Actor, Stats) {
	var st Stats
	var out []Actor
	var cur *Actor
	flush := func() {
		if cur != nil && len(cur.Phrases) > 0 {
			out = append(out, *cur)
		}
		cur = nil
	}
	dictLines(r, &st, func(line string, n int) {
		indented := line[0] == ' ' || line[0] == '\t'
		s := strings.TrimSpace(line)
		head, codes, reason := splitCodes(s)
		if reason != "" {
			st.bad(name, n, reason)
			return
		}
		head = strings.TrimSpace(head)
		switch {
		case head == "":
			if cur == nil {
				st.bad(name, n, "code outside a record")
				return
			}
			cur.Codes = append(cur.Codes, codes...)
		case head[0] == '+':
			if cur == nil {
				st.bad(name, n, "synonym outside a record")
				return
			}
			if ws := phraseWords(head[1:]); len(ws) > 0 {
				cur.Phrases = append(cur.Phrases, ws)
			}
			cur.Codes = append(cur.Codes, codes...)
		case indented && len(codes) == 0:
			st.bad(name, n, "indented line without a code")
		default:
			ws := phraseWords(head)
			if len(ws) == 0 {
				st.bad(name, n, "no phrase")
				return
			}
			flush()
			cur = &Actor{Phrases: [][]string{ws}, Codes: codes, Line: n}
			st.Entries++
		}
	})
	flush()
	return out, st
}

// splitCodes cuts the bracketed "[CODE restriction]" groups off s.
func splitCodes(s string) (head string, codes []DatedCode, reason string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		if strings.ContainsRune(s, ']') {
			return "", nil, "] without ["
		}
		return s, nil, ""
	}
	head = s[:i]
	rest := s[i:]
	for rest != "" {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			break
		}
		if rest[0] != '[' {
			return "", nil, "text after a code"
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return "", nil, "unclosed ["
		}
		c, ok := parseDatedCode(rest[1:j])
		if !ok {
			return "", nil, "bad code or date restriction"
		}
		codes = append(codes, c)
		rest = rest[j+1:]
	}
	return head, codes, ""
}

// parseDatedCode reads "CODE", "CODE >DATE", "CODE <DATE", "CODE D1-D2".
func parseDatedCode(s string) (DatedCode, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, false
	}
	var c DatedCode
	if f[0] != "---" {
		c.Code = strings.ToUpper(f[0])
		for _, r := range c.Code {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '~' || r == '-' || r == '_') {
				return c, false
			}
		}
	}
	restr := strings.Join(f[1:], "")
	if restr == "" {
		return c, true
	}
	var ok bool
	switch restr[0] {
	case '<':
		c.To, ok = isoFrom(restr[1:])
	case '>':
		c.From, ok = isoFrom(restr[1:])
	default:
		a, b, two := strings.Cut(restr, "-")
		if !two {
			return c, false
		}
		var ok2 bool
		c.From, ok = isoFrom(a)
		c.To, ok2 = isoFrom(b)
		ok = ok && ok2
	}
	return c, ok
}

// isoFrom turns YYYYMMDD or YYMMDD (TABARI: years 00-29 are 20xx) into
// "YYYY-MM-DD".
func isoFrom(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if !isDigits(s) {
		return "", false
	}
	switch len(s) {
	case 6:
		if s[0] < '3' {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", false
	}
	if s[4:6] < "01" || s[4:6] > "12" || s[6:8] < "01" || s[6:8] > "31" {
		return "", false
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:], true
}

// ReadAgents reads a PETRARCH agents dictionary:
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
//	FOREIGN_MINISTER [~GOVFRM]
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
//	POLICE {} [~COP]
//	CONGRESS!PERSON! [~LEG]
//	HUMAN_RIGHTS_BODY [NGO~]
//
// Regular plurals are added unless a "{...}" gives the plural ("{}": none).
// A "!X!" marker is replaced by each member of its set, without plurals.
func ReadAgents(r io.Reader, name string) ([]Agent, Stats) {
	var st Stats
	var out []Agent
	subst := map[string][]string{}
	dictLines(r, &st, func(line string, n int) {
		s := strings.TrimSpace(line)
		if s[0] == '!' {
			if k, v, ok := strings.Cut(s, "="); ok {
				key := strings.ToUpper(strings.TrimSpace(k))
				if len(key) < 3 || key[len(key)-1] != '!' || strings.Count(key, "!") != 2 {
					st.bad(name, n, "bad substitution marker")
					return
				}
				var items []string
				for _, it := range strings.Split(v, ",") {
					if it = strings.ToLower(strings.TrimSpace(it)); it != "" {
						items = append(items, it)
					}
				}
				subst[key] = items
				return
			}
		}
		i := strings.IndexByte(s, '[')
		j := strings.LastIndexByte(s, ']')
		if i < 0 || j < i {
			st.bad(name, n, "agent without [code]")
			return
		}
		code := strings.ToUpper(strings.TrimSpace(s[i+1 : j]))
		a := Agent{Line: n}
		switch {
		case strings.HasPrefix(code, "~") && len(code) > 1:
			a.Code = code[1:]
		case strings.HasSuffix(code, "~") && len(code) > 1:
			a.Code, a.Prefix = code[:len(code)-1], true
		default:
			st.bad(name, n, "agent code without ~")
			return
		}
		if strings.ContainsAny(a.Code, "~ []{}") {
			st.bad(name, n, "bad agent code")
			return
		}
		head := s[:i]
		plural, hasPlural := "", false
		if k := strings.IndexByte(head, '{'); k >= 0 {
			e := strings.IndexByte(head[k:], '}')
			if e < 0 {
				st.bad(name, n, "unclosed {")
				return
			}
			plural, hasPlural = strings.TrimSpace(head[k+1:k+e]), true
			head = head[:k]
		}
		head = strings.ToUpper(strings.TrimSpace(head))
		if head == "" {
			st.bad(name, n, "agent without a phrase")
			return
		}
		// Expand one "!X!" marker (the format allows one per phrase).
		if k := strings.IndexByte(head, '!'); k >= 0 {
			e := strings.IndexByte(head[k+1:], '!')
			if e < 0 {
				st.bad(name, n, "unclosed ! marker")
				return
			}
			items, ok := subst[head[k:k+e+2]]
			if !ok {
				st.bad(name, n, "undefined ! marker")
				return
			}
			for _, it := range items {
				if ws := phraseWords(head[:k] + it + head[k+e+2:]); len(ws) > 0 {
					a.Phrases = append(a.Phrases, ws)
				}
			}
		} else {
			ws := phraseWords(head)
			a.Phrases = append(a.Phrases, ws)
			switch {
			case hasPlural && plural != "":
				a.Phrases = append(a.Phrases, phraseWords(plural))
			case !hasPlural && !strings.HasSuffix(head, "_"):
				pl := append(append([]string(nil), ws[:len(ws)-1]...), pluralOf(ws[len(ws)-1]))
				a.Phrases = append(a.Phrases, pl)
			}
		}
		if len(a.Phrases) == 0 || len(a.Phrases[0]) == 0 {
			st.bad(name, n, "agent without a phrase")
			return
		}
		out = append(out, a)
		st.Entries++
	})
	return out, st
}

// ReadDiscards reads a PETRARCH discard list: one phrase a line, '+' in
// front for story-level discards, '_' at the end for whole-word matches.
func ReadDiscards(r io.Reader, name string) ([]Discard, Stats) {
	var st Stats
	var out []Discard
	dictLines(r, &st, func(line string, n int) {
		s := strings.TrimSpace(line)
		d := Discard{Line: n}
		if s[0] == '+' {
			d.Story, s = true, strings.TrimSpace(s[1:])
		}
		d.Exact = strings.HasSuffix(s, "_")
		d.Words = phraseWords(s)
		if len(d.Words) == 0 {
			st.bad(name, n, "empty discard")
			return
		}
		out = append(out, d)
		st.Entries++
	})
	return out, st
}

// PhraseIndex finds dictionary phrases in a token sequence, longest first.
// Build it with NewPhraseIndex over actor or agent phrases.
type PhraseIndex struct {
	first map[string][]indexed
}

type indexed struct {
	words []string
	id    int
}

// PhraseMatch is a phrase found in the tokens.
type PhraseMatch struct {
	Start, End int // half-open token range
	ID         int // the id given to NewPhraseIndex (e.g. index into []Actor)
}

// NewPhraseIndex indexes phrases; ids[i] is reported for phrases[i].
func NewPhraseIndex(phrases [][]string, ids []int) *PhraseIndex {
	x := &PhraseIndex{first: map[string][]indexed{}}
	for i, p := range phrases {
		if len(p) == 0 || i >= len(ids) {
			continue
		}
		x.first[p[0]] = append(x.first[p[0]], indexed{p, ids[i]})
	}
	for _, l := range x.first {
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].words) > len(l[b].words) })
	}
	return x
}

// ActorIndex indexes every phrase of the actors; IDs are indexes into as.
func ActorIndex(as []Actor) *PhraseIndex {
	var ps [][]string
	var ids []int
	for i, a := range as {
		for _, p := range a.Phrases {
			ps, ids = append(ps, p), append(ids, i)
		}
	}
	return NewPhraseIndex(ps, ids)
}

// AgentIndex indexes every phrase of the agents; IDs are indexes into as.
func AgentIndex(as []Agent) *PhraseIndex {
	var ps [][]string
	var ids []int
	for i, a := range as {
		for _, p := range a.Phrases {
			ps, ids = append(ps, p), append(ids, i)
		}
	}
	return NewPhraseIndex(ps, ids)
}

// Find returns the non-overlapping longest phrases in tokens (lower case),
// left to right.
func (x *PhraseIndex) Find(tokens []string) []PhraseMatch {
	var out []PhraseMatch
	for i := 0; i < len(tokens); {
		matched := false
		for _, c := range x.first[tokens[i]] {
			if i+len(c.words) <= len(tokens) && equalWords(tokens[i:i+len(c.words)], c.words) {
				out = append(out, PhraseMatch{i, i + len(c.words), c.id})
				i += len(c.words)
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
