package cameo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxBadListed bounds the bad lines listed in Stats and CodeStats.
const MaxBadListed = 200

// Stats reports what a dictionary reader read. Bad lines are skipped and
// listed (up to MaxBadListed) as "file:line: reason"; they are never fatal.
type Stats struct {
	Files        int      // files read
	Lines        int      // lines read
	Synsets      int      // synonym sets defined
	Blocks       int      // verb blocks ("--- NAME [code] ---")
	Verbs        int      // verb lines (lemma senses), multi-word ones included
	MultiWord    int      // verb lines with more than one word ("+CORDON_OFF")
	Forms        int      // inflected forms indexed (given and generated)
	Patterns     int      // pattern lines kept
	NullPatterns int      // kept patterns with the null code "[---]"
	Transforms   int      // "~" transformation lines kept
	UnknownCodes int      // codes that are not in the CAMEO table (kept)
	Entries      int      // actors, agents or discards read (other readers)
	Bad          int      // malformed lines skipped
	BadLines     []string // the first MaxBadListed of them
	Bytes        int      // size of the written lexicon (BuildVerbs)
}

func (s *Stats) bad(file string, line int, reason string) {
	s.Bad++
	if len(s.BadLines) < MaxBadListed {
		s.BadLines = append(s.BadLines, fmt.Sprintf("%s:%d: %s", file, line, reason))
	}
}

// String renders the stats on a few lines.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "files %d, lines %d\n", s.Files, s.Lines)
	if s.Blocks+s.Verbs+s.Patterns > 0 {
		fmt.Fprintf(&b, "synsets %d, verb blocks %d, verbs %d (%d multi-word, %d forms), patterns %d (%d null-coded), transformations %d\n",
			s.Synsets, s.Blocks, s.Verbs, s.MultiWord, s.Forms, s.Patterns, s.NullPatterns, s.Transforms)
		fmt.Fprintf(&b, "codes not in the CAMEO table %d\n", s.UnknownCodes)
	}
	if s.Entries > 0 {
		fmt.Fprintf(&b, "entries %d\n", s.Entries)
	}
	fmt.Fprintf(&b, "bad lines %d", s.Bad)
	if s.Bytes > 0 {
		fmt.Fprintf(&b, ", lexicon %d bytes", s.Bytes)
	}
	b.WriteByte('\n')
	return b.String()
}

func (s *Stats) add(o Stats) {
	s.Files += o.Files
	s.Lines += o.Lines
	s.Synsets += o.Synsets
	s.Blocks += o.Blocks
	s.Verbs += o.Verbs
	s.MultiWord += o.MultiWord
	s.Forms += o.Forms
	s.Patterns += o.Patterns
	s.NullPatterns += o.NullPatterns
	s.Transforms += o.Transforms
	s.UnknownCodes += o.UnknownCodes
	s.Entries += o.Entries
	s.Bad += o.Bad
	for _, l := range o.BadLines {
		if len(s.BadLines) < MaxBadListed {
			s.BadLines = append(s.BadLines, l)
		}
	}
}

// The serialized lexicon. Field names are exported for gob only.

type elemKind uint8

const (
	eWord     elemKind = iota // a literal word
	eSyn                      // a synonym set "&NAME"
	eSource                   // "$": the source actor
	eTarget                   // "+": the target actor
	eSkip                     // "^": a phrase that is skipped
	eCompound                 // "%": a compound actor
)

// elem is one element of a pattern.
type elem struct {
	Kind elemKind
	Word string // literal word (lower case); synset name for eSyn
	Sing string // singular of a plural literal ("attacks" -> "attack"), else ""
	Syn  int32  // synset index for eSyn
	PP   int8   // index of the "(...)" group it is in, -1 if none
	NP   int8   // index of the "{...}" group it is in, -1 if none
	Prep bool   // first word of a "(...)" group: the preposition
	Next bool   // must directly follow the previous element (or the verb)
}

type pattern struct {
	Before  []elem // elements before "*", in text order
	After   []elem // elements after "*", in text order
	Adj     bool   // the last Before element touches the verb ("IN_*")
	Code    string // "" for the null code
	Reverse string // second code of "[ccc:ddd]": the target->source event
	Text    string // pattern as written, whitespace collapsed, for Match.Rule
	BarePP  int8   // first "(PREP)" group without a noun when the pattern has no "+": its object is the target; -1 if none
	HasTgt  bool
	HasSrc  bool
}

type block struct {
	Name     string
	Code     string
	Rev      string // reverse default of "--- VISIT [042:043] ---"
	Patterns []pattern
}

// sense is one verb line of a block: the verb word plus any words that
// must come before ("WIRE_+TAP") or after it ("+CORDON_OFF").
type sense struct {
	Lemma string
	Pre   []string
	Post  []string
	Code  string // the line's own code or, if none, the block's; "" = null
	Rev   string
	Block int32
	Text  string // the verb line as written, for Match.Rule
}

type synset struct {
	Name    string
	Single  []string   // one-word members (with generated plurals)
	Phrases [][]string // multi-word members, longest first
}

type formPair struct{ Form, Lemma string }

type lexData struct {
	Version    int
	Source     string // "CAMEO.2.0", used in Match.Rule
	Synsets    []synset
	Blocks     []block
	Senses     []sense
	Transforms []Transform
	Forms      []formPair // inflected form -> lemma, sorted by form so the file is reproducible
}

const lexVersion = 1

// Lexicon is a verb-pattern lexicon. It is immutable after loading and safe
// for concurrent use.
type Lexicon struct {
	parts  []*lexData            // merged lexicons, highest priority first
	senses map[string][]senseRef // lemma -> senses in priority order
	forms  map[string]string
	syn    [][]synIndex // per part, per synset
	rules  []ruleSet    // per part: Match.Rule texts, built once
}

type ruleSet struct {
	senses   []string     // per sense
	patterns [][]string   // per block, per pattern
	sigs     [][]uint64   // per block, per pattern: Bloom signature of its literal words
	synSigs  [][][]uint64 // per block, per pattern: signatures of its synsets (one must hit each)
}

type senseRef struct {
	part int32
	idx  int32
}

type synIndex struct {
	single  map[string]struct{}
	phrases [][]string
}

// Len returns the number of verb lemmas and of patterns.
func (l *Lexicon) Len() (verbs, patterns int) {
	for _, p := range l.parts {
		for _, b := range p.Blocks {
			patterns += len(b.Patterns)
		}
	}
	return len(l.senses), patterns
}

// Lemma maps an inflected verb form ("sped", "attacked") to the lemma the
// lexicon lists it under.
func (l *Lexicon) Lemma(form string) (string, bool) {
	if _, ok := l.senses[form]; ok {
		return form, true
	}
	lem, ok := l.forms[form]
	return lem, ok
}

func newLexicon(parts ...*lexData) *Lexicon {
	l := &Lexicon{parts: parts, senses: map[string][]senseRef{}, forms: map[string]string{}}
	for pi, d := range parts {
		idx := make([]synIndex, len(d.Synsets))
		for i, s := range d.Synsets {
			m := make(map[string]struct{}, len(s.Single))
			for _, w := range s.Single {
				m[w] = struct{}{}
			}
			idx[i] = synIndex{single: m, phrases: s.Phrases}
		}
		l.syn = append(l.syn, idx)
		synSig := make([]uint64, len(d.Synsets))
		for i, sy := range d.Synsets {
			for _, w := range sy.Single {
				synSig[i] |= sigBit(w, "")
			}
			for _, ph := range sy.Phrases {
				synSig[i] |= sigBit(ph[0], "")
			}
		}
		rs := ruleSet{senses: make([]string, len(d.Senses)), patterns: make([][]string, len(d.Blocks)),
			sigs: make([][]uint64, len(d.Blocks)), synSigs: make([][][]uint64, len(d.Blocks))}
		for bi, b := range d.Blocks {
			rs.patterns[bi] = make([]string, len(b.Patterns))
			rs.sigs[bi] = make([]uint64, len(b.Patterns))
			rs.synSigs[bi] = make([][]uint64, len(b.Patterns))
			for i, p := range b.Patterns {
				rs.patterns[bi][i] = d.Source + " " + b.Name + ": " + p.Text
				rs.sigs[bi][i] = patternSig(&p)
				for _, es := range [][]elem{p.Before, p.After} {
					for _, e := range es {
						if e.Kind == eSyn && int(e.Syn) < len(synSig) {
							rs.synSigs[bi][i] = append(rs.synSigs[bi][i], synSig[e.Syn])
						}
					}
				}
			}
		}
		for i, s := range d.Senses {
			if s.Block < 0 || int(s.Block) >= len(d.Blocks) {
				continue
			}
			b := d.Blocks[s.Block]
			r := d.Source + " " + b.Name + ": " + s.Text
			if !strings.Contains(s.Text, "[") {
				c := b.Code
				switch {
				case b.Rev != "":
					c += ":" + b.Rev
				case c == "":
					c = "---"
				}
				r += " [" + c + "]"
			}
			rs.senses[i] = r
		}
		l.rules = append(l.rules, rs)
		for i, s := range d.Senses {
			if s.Block < 0 || int(s.Block) >= len(d.Blocks) {
				continue
			}
			l.senses[s.Lemma] = append(l.senses[s.Lemma], senseRef{int32(pi), int32(i)})
		}
		for _, f := range d.Forms {
			if _, ok := l.forms[f.Form]; !ok {
				l.forms[f.Form] = f.Lemma
			}
		}
	}
	return l
}

// Merge returns a lexicon that consults every given lexicon. Earlier ones
// take precedence: when patterns from two lexicons match equally well, the
// earlier lexicon's wins. Use Merge(user, Default()) to extend the default
// lexicon with a user's --verbs file, or the user's lexicon alone to
// replace it.
func Merge(ls ...*Lexicon) *Lexicon {
	var parts []*lexData
	for _, l := range ls {
		if l != nil {
			parts = append(parts, l.parts...)
		}
	}
	return newLexicon(parts...)
}

//go:embed verbs.bin
var embeddedVerbs []byte

var (
	defOnce sync.Once
	defLex  *Lexicon
)

// Default returns the embedded CAMEO 2.0 verb lexicon, loaded on first use.
// It panics if the embedded data is corrupt (a build error the tests catch).
func Default() *Lexicon {
	defOnce.Do(func() {
		l, err := Load(bytes.NewReader(embeddedVerbs))
		if err != nil {
			panic("cameo: embedded verbs.bin: " + err.Error())
		}
		defLex = l
	})
	return defLex
}

// Load reads a lexicon written by BuildVerbs or WriteLexicon.
func Load(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var d lexData
	if err := gob.NewDecoder(zr).Decode(&d); err != nil {
		return nil, err
	}
	if d.Version != lexVersion {
		return nil, fmt.Errorf("lexicon version %d, want %d", d.Version, lexVersion)
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	return newLexicon(&d), nil
}

// check rejects data that would make Match index out of range.
func (d *lexData) check() error {
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			for _, es := range [][]elem{p.Before, p.After} {
				for _, e := range es {
					if e.Kind == eSyn && (e.Syn < 0 || int(e.Syn) >= len(d.Synsets)) {
						return errors.New("pattern refers to a missing synset")
					}
					if e.PP >= maxGroups || e.NP >= maxGroups || e.Kind > eCompound {
						return errors.New("bad pattern element")
					}
				}
			}
			if p.BarePP >= maxGroups {
				return errors.New("bad pattern group")
			}
		}
	}
	return nil
}

// WriteLexicon writes l (a single parsed or loaded lexicon, not a Merge of
// several) in the format Load reads.
func WriteLexicon(l *Lexicon, w io.Writer) (int, error) {
	if len(l.parts) != 1 {
		return 0, errors.New("cameo: WriteLexicon needs exactly one lexicon")
	}
	cw := &countWriter{w: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(l.parts[0]); err != nil {
		return cw.n, err
	}
	err := zw.Close()
	return cw.n, err
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

// VerbFiles are the files BuildVerbs reads from the dictionary directory.
// CAMEO.verbpatterns.150430.txt is an older release of the same patterns
// (CAMEO.2.0.txt is its 2019 revision), so it is not merged in.
var VerbFiles = []string{"CAMEO.2.0.txt"}

// BuildVerbs converts the CAMEO verb dictionary in dir (see VerbFiles) into
// the binary lexicon format and writes it to w. Malformed lines are counted
// and listed in the stats, never fatal; a missing file is an error.
func BuildVerbs(dir string, w io.Writer) (Stats, error) {
	var st Stats
	var parts []*Lexicon
	for _, name := range VerbFiles {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return st, err
		}
		l, s := ParseVerbs(f, strings.TrimSuffix(name, ".txt"))
		f.Close()
		st.add(s)
		parts = append(parts, l)
	}
	if len(parts) != 1 {
		return st, errors.New("cameo: BuildVerbs expects one verb file")
	}
	n, err := WriteLexicon(parts[0], w)
	st.Bytes = n
	return st, err
}

// ParseVerbs reads a PETRARCH-format verb dictionary (the format of
// CAMEO.2.0.txt and PETR_Validate_verbs_2_02.txt, described in
// dictionaries.rst): synonym sets ("&NAME" then "+WORD" lines), verb blocks
// ("--- NAME [code] ---"), verb lines ("VERB {FORMS} [code]", "+CORDON_OFF",
// "WIRE_+TAP") and pattern lines ("- $ * (AGAINST +) [190] # comment").
// source names the dictionary in Match.Rule ("CAMEO.2.0"). It never fails:
// lines it cannot use are counted in Stats.Bad.
func ParseVerbs(r io.Reader, source string) (*Lexicon, Stats) {
	p := &verbParser{
		d:      &lexData{Version: lexVersion, Source: source},
		forms:  map[string]string{},
		synIdx: map[string]int{},
		file:   source,
		block:  -1,
	}
	p.st.Files = 1
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	inComment := false
	for n := 1; sc.Scan(); n++ {
		p.st.Lines++
		line := sc.Text()
		if !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, "")
		}
		// XML-style comments, possibly over several lines (older PETRARCH files).
		if inComment {
			if i := strings.Index(line, "-->"); i >= 0 {
				inComment = false
				line = line[i+3:]
			} else {
				continue
			}
		}
		if i := strings.Index(line, "<!--"); i >= 0 {
			rest := line[i+4:]
			if j := strings.Index(rest, "-->"); j >= 0 {
				line = line[:i] + rest[j+3:]
			} else {
				line = line[:i]
				inComment = true
			}
		}
		p.line(line, n)
	}
	if err := sc.Err(); err != nil {
		p.st.bad(source, p.st.Lines+1, "read error: "+err.Error())
	}
	for f, lem := range p.forms {
		if _, ok := p.lemmas[f]; !ok { // a lemma in its own right is not an inflection
			p.d.Forms = append(p.d.Forms, formPair{f, lem})
		}
	}
	sort.Slice(p.d.Forms, func(i, j int) bool { return p.d.Forms[i].Form < p.d.Forms[j].Form })
	p.st.Forms = len(p.d.Forms)
	return newLexicon(p.d), p.st
}

type verbParser struct {
	d      *lexData
	st     Stats
	synIdx map[string]int // synset name (upper case, no trailing '_') -> index
	lemmas map[string]struct{}
	forms  map[string]string // inflected form -> lemma
	file   string
	block  int  // current block, -1 before the first
	inSyn  int  // current synset while reading its members, -1 otherwise
	mode   byte // 's' synset members, 'v' verb block, 0 none

	synNoPlural bool // the current synset's label ends with '_'
}

func (p *verbParser) line(line string, n int) {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	s := strings.TrimSpace(line)
	if s == "" {
		return
	}
	switch {
	case strings.HasPrefix(s, "---"):
		p.blockHeader(s, n)
	case s[0] == '&':
		p.synsetHeader(s, n)
	case s[0] == '~':
		p.transform(s[1:], n)
	case s[0] == '-':
		if p.mode != 'v' {
			p.st.bad(p.file, n, "pattern outside a verb block")
			return
		}
		p.pattern(s[1:], n)
	case s[0] == '+' && p.mode == 's':
		p.synsetMember(s[1:], n)
	case p.mode == 'v':
		p.verbLine(s, n)
	default:
		p.st.bad(p.file, n, "line outside a synset or verb block")
	}
}

func (p *verbParser) blockHeader(s string, n int) {
	body := strings.TrimSpace(strings.Trim(s, "-"))
	name, code, rev := body, "", ""
	if i := strings.IndexByte(body, '['); i >= 0 {
		j := strings.IndexByte(body[i:], ']')
		if j < 0 {
			p.st.bad(p.file, n, "unclosed [ in block header")
			p.mode = 0
			return
		}
		name = strings.TrimSpace(body[:i])
		// the block default, symmetric ones included: "VISIT [042:043]"
		// is 042 for the visitor and 043 (host) for the visited
		c, r, ok := p.code(body[i+1 : i+j])
		if !ok {
			p.st.bad(p.file, n, "bad code in block header")
			p.mode = 0
			return
		}
		code, rev = c, r
	}
	if name == "" {
		p.st.bad(p.file, n, "block without a name")
		p.mode = 0
		return
	}
	p.d.Blocks = append(p.d.Blocks, block{Name: strings.Join(strings.Fields(name), " "), Code: code, Rev: rev})
	p.block = len(p.d.Blocks) - 1
	p.mode = 'v'
	p.st.Blocks++
}

// code parses the inside of "[...]": "190", "042:043", ":173", "---".
// Codes are kept as written when they are plausible tokens, so dictionaries
// with local codes still load; codes outside the CAMEO table are counted.
func (p *verbParser) code(s string) (code, rev string, ok bool) {
	s = strings.TrimSpace(s)
	a, b, two := strings.Cut(s, ":")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	norm := func(c string) (string, bool) {
		if c == "" || c == "---" {
			return "", true
		}
		for i := 0; i < len(c); i++ {
			ch := c[i]
			if !(ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z') {
				return "", false
			}
		}
		if _, known := Lookup(c); !known {
			p.st.UnknownCodes++
		}
		return c, true
	}
	var ok1, ok2 bool
	code, ok1 = norm(a)
	rev, ok2 = "", true
	if two {
		rev, ok2 = norm(b)
	}
	if !two && a == "" {
		return "", "", false
	}
	return code, rev, ok1 && ok2
}

func (p *verbParser) synsetHeader(s string, n int) {
	name := strings.Fields(s)[0][1:]
	noPlural := strings.HasSuffix(name, "_")
	key := synKey(name)
	if key == "" {
		p.st.bad(p.file, n, "synset without a name")
		p.mode = 0
		return
	}
	if i, ok := p.synIdx[key]; ok {
		p.inSyn = i // a repeated definition extends the first
	} else {
		p.d.Synsets = append(p.d.Synsets, synset{Name: key})
		p.inSyn = len(p.d.Synsets) - 1
		p.synIdx[key] = p.inSyn
		p.st.Synsets++
	}
	p.synNoPlural = noPlural
	p.mode = 's'
}

func synKey(name string) string {
	return strings.ToUpper(strings.TrimRight(strings.TrimPrefix(name, "&"), "_"))
}

func (p *verbParser) synsetMember(s string, n int) {
	s = strings.TrimSpace(s)
	if s == "" {
		p.st.bad(p.file, n, "empty synset member")
		return
	}
	syn := &p.d.Synsets[p.inSyn]
	if s[0] == '&' { // a nested synset: copy its members
		i, ok := p.synIdx[synKey(strings.Fields(s)[0])]
		if !ok {
			p.st.bad(p.file, n, "undefined synset in synset")
			return
		}
		if i == p.inSyn {
			return
		}
		src := p.d.Synsets[i]
		syn.Single = append(syn.Single, src.Single...)
		syn.Phrases = append(syn.Phrases, src.Phrases...)
		sortPhrases(syn.Phrases)
		return
	}
	if len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1] // "+(TO THE END)": a phrase, matched as consecutive words
	}
	if strings.ContainsAny(s, "$+%^*()[]{}&") {
		p.st.bad(p.file, n, "synset member with pattern symbols")
		return
	}
	plural := !p.synNoPlural && !strings.HasSuffix(s, "_")
	words := splitWords(strings.ToLower(s))
	if len(words) == 0 {
		p.st.bad(p.file, n, "empty synset member")
		return
	}
	add := func(ws []string) {
		if len(ws) == 1 {
			syn.Single = append(syn.Single, ws[0])
		} else {
			syn.Phrases = append(syn.Phrases, ws)
			sortPhrases(syn.Phrases)
		}
	}
	add(words)
	if plural {
		pl := append(append([]string(nil), words[:len(words)-1]...), pluralOf(words[len(words)-1]))
		add(pl)
	}
}

// splitWords splits a phrase on blanks and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

func sortPhrases(ps [][]string) {
	// Longest first, so the longest synonym is tried first; stable keeps file order.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j]) > len(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// pluralOf makes the regular plural the PETRARCH way: +S, Y -> IES, SS -> SSES.
func pluralOf(w string) string {
	switch {
	case strings.HasSuffix(w, "ss"):
		return w + "es"
	case strings.HasSuffix(w, "y"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// singularOf undoes a regular plural; it returns "" if w does not look plural.
func singularOf(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return ""
}

// verbLine reads "VERB", "VERB {FORMS}", "VERB [code]", "+ASK_FOR {+ASKED_FOR} [020]",
// "WIRE_+TAP {WIRE_+TAPPED}".
func (p *verbParser) verbLine(s string, n int) {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = strings.TrimSpace(s[:i]) // ';' starts a comment in TABARI-era verb lines
	}
	rawCode := ""
	code, rev := p.d.Blocks[p.block].Code, p.d.Blocks[p.block].Rev
	if i := strings.IndexByte(s, '['); i >= 0 {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			p.st.bad(p.file, n, "unclosed [ in verb line")
			return
		}
		c, r, ok := p.code(s[i+1 : i+j])
		if !ok {
			p.st.bad(p.file, n, "bad code in verb line")
			return
		}
		code, rev = c, r
		rawCode = strings.TrimSpace(s[i+1 : i+j])
		s = s[:i] + " " + s[i+j+1:]
	}
	var forms []string
	braces := false
	if i := strings.IndexByte(s, '{'); i >= 0 {
		braces = true
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			p.st.bad(p.file, n, "unclosed { in verb line")
			return
		}
		forms = strings.Fields(s[i+1 : i+j])
		s = s[:i] + " " + s[i+j+1:]
	}
	fs := strings.Fields(s)
	if len(fs) == 0 {
		p.st.bad(p.file, n, "verb line without a verb")
		return
	}
	// Old files write "LASH OUT" for LASH_OUT.
	phrase := strings.Join(fs, "_")
	lemma, pre, post, ok := verbPhrase(strings.ToLower(phrase))
	if !ok {
		p.st.bad(p.file, n, "verb phrase without a verb word")
		return
	}
	text := phrase
	if rawCode != "" {
		text += " [" + rawCode + "]"
	}
	p.d.Senses = append(p.d.Senses, sense{Lemma: lemma, Pre: pre, Post: post, Code: code, Rev: rev, Block: int32(p.block), Text: text})
	if p.lemmas == nil {
		p.lemmas = map[string]struct{}{}
	}
	p.lemmas[lemma] = struct{}{}
	p.st.Verbs++
	if len(pre)+len(post) > 0 {
		p.st.MultiWord++
	}
	if braces { // "{}" means: no other forms
		for _, f := range forms {
			if fl, _, _, ok := verbPhrase(strings.ToLower(f)); ok && fl != lemma {
				if _, dup := p.forms[fl]; !dup {
					p.forms[fl] = lemma
				}
			}
		}
		return
	}
	for _, f := range regularForms(lemma) {
		if _, dup := p.forms[f]; !dup {
			p.forms[f] = lemma
		}
	}
}

// verbPhrase splits "+cordon_off" into lemma "cordon", post ["off"]; "wire_+tap"
// into "tap", pre ["wire"]; a plain word is its own lemma. A multi-word
// phrase without '+' takes its first word as the verb.
func verbPhrase(s string) (lemma string, pre, post []string, ok bool) {
	parts := strings.Split(s, "_")
	vi := 0
	for i, w := range parts {
		if strings.HasPrefix(w, "+") {
			vi = i
			break
		}
	}
	lemma = strings.Trim(parts[vi], "+")
	if lemma == "" || !isWordish(lemma) {
		return "", nil, nil, false
	}
	for i, w := range parts {
		if w = strings.Trim(w, "+"); w == "" || i == vi {
			continue
		}
		if i < vi {
			pre = append(pre, w)
		} else {
			post = append(post, w)
		}
	}
	return lemma, pre, post, true
}

func isWordish(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r == '*' || r == '$' || r == '%' || r == '^' || r == '&' || r == '(' || r == ')' {
			return false
		}
	}
	return true
}

// regularForms returns -s, -ed and -ing forms of a regular English verb.
// They only serve to map an unlemmatized form back to its lemma.
func regularForms(v string) []string {
	if len(v) < 2 {
		return nil
	}
	last := v[len(v)-1]
	prevVowel := strings.IndexByte("aeiou", v[len(v)-2]) >= 0
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s = v + "es"
	case last == 'y' && !prevVowel:
		s = v[:len(v)-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
	case last == 'y' && !prevVowel:
		ed = v[:len(v)-1] + "ied"
	default:
		ed = v + "ed"
	}
	switch {
	case last == 'e' && !strings.HasSuffix(v, "ee") && len(v) > 2:
		ing = v[:len(v)-1] + "ing"
	default:
		ing = v + "ing"
	}
	return []string{s, ed, ing}
}
