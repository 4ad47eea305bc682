package eval

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
)

// Coreference evaluation on GUM (CoNLL coreference brackets).
//
// Input: every *.conll file under DIR (for the GUM release,
// DIR/coref/gum/conll/). Each "# begin document NAME" ... "# end document"
// block is one document; lines are "INDEX<TAB>TOKEN<TAB>BRACKETS" where
// BRACKETS is "_" or a run of "(type-ID...", "type-ID)" and "(type-ID...)"
// marks (GUM adds an optional "-Identity" after the ID). The chain of a
// mention is its ID. A blank line inside a document ends a sentence; GUM's
// CoNLL files have none, so the sentence boundaries come from the WebAnno
// TSV file of the same name in ../tsv/ when it exists (its "S-T" token ids),
// else from sentence-final punctuation. Only documents whose name contains
// "_news_" or "_interview_" are scored. DIR/splits.md, when present, gives
// each document's split (dev, test, train); the result is reported for all
// documents together and per split and per genre.
//
// Metric pronoun_accuracy. The pronouns scored are the gold mentions that
// are exactly one token from CorefPronouns and whose chain has a mention
// that ends before the pronoun starts. For such a pronoun the system's
// antecedent is the nearest mention before it, of kind name, alias or
// description, of the entity coref.Resolve attached the pronoun to. Its
// head is taken as its last token; the gold mentions containing that token
// with the fewest tokens are the antecedent's gold reading, and the pronoun
// is correct when one of them is in the pronoun's chain and ends before the
// pronoun. A pronoun the system leaves unattached is wrong. Also reported:
// precision (correct / attached); resolvable, the pronouns whose chain has
// an earlier mention whose last token is, by the same rule, the head of a
// name or alias the entity stage found (the ceiling of pronoun_accuracy,
// since only entities are output); and resolver_accuracy, the same rule
// applied to coref.Links, whose antecedents include noun phrases that are
// not entities (the resolver on its own). descriptions counts the
// description mentions added and how many are in the gold chain of their
// antecedent (the gold mentions containing the description's last token).

// CorefPronouns are the third-person pronouns scored.
var CorefPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "hers": true, "herself": true,
	"it": true, "its": true, "itself": true,
	"they": true, "them": true, "their": true, "theirs": true, "themselves": true,
}

// CorefMention is one gold mention: tokens [Start, End) and its chain.
type CorefMention struct {
	Start, End int
	Chain      string
}

// CorefDoc is one gold document.
type CorefDoc struct {
	Name     string
	Genre    string
	Split    string
	Tokens   []string
	Sents    [][2]int // token ranges [start, end)
	Mentions []CorefMention
}

// CorefScore is pronoun accuracy over a set of pronouns.
type CorefScore struct {
	PronounAccuracy float64 `json:"pronoun_accuracy"`
	Pronouns        int     `json:"pronouns"`
	Correct         int     `json:"correct"`
	Attached        int     `json:"attached"`   // pronouns the system linked to an entity
	Precision       float64 `json:"precision"`  // correct / attached
	Resolvable      int     `json:"resolvable"` // pronouns with an earlier chain mention the entity stage found
	// AccuracyResolvable is the accuracy over the resolvable pronouns: how
	// well the antecedent is chosen when the entity stage named it.
	AccuracyResolvable float64 `json:"accuracy_resolvable"`
	// ResolverAccuracy scores coref.Links, antecedents that are not
	// entities included: the resolver on its own, not what is output.
	ResolverAccuracy float64 `json:"resolver_accuracy"`
	ResolverCorrect  int     `json:"resolver_correct"`
	Docs             int     `json:"docs"`
}

// CorefCase is one scored pronoun, for -v listings.
type CorefCase struct {
	Doc        string `json:"doc"`
	Pronoun    string `json:"pronoun"`
	Context    string `json:"context"`
	Antecedent string `json:"antecedent"` // "" when unattached
	Gold       string `json:"gold"`       // nearest earlier gold chain mention
	Correct    bool   `json:"correct"`
	Resolvable bool   `json:"resolvable"`
	// Resolver is the antecedent coref.Links chose, entity or not, and
	// ResolverCorrect whether it is in the gold chain.
	Resolver        string `json:"resolver"`
	ResolverCorrect bool   `json:"resolver_correct"`
}

// CorefResult is the score of the whole run.
type CorefResult struct {
	CorefScore
	Descriptions int                   `json:"descriptions"` // description mentions the system added
	DescCorrect  int                   `json:"descriptions_correct"`
	PerSplit     map[string]CorefScore `json:"per_split"`
	PerGenre     map[string]CorefScore `json:"per_genre"`
	PerPronoun   map[string]CorefScore `json:"per_pronoun"`
	Cases        []CorefCase           `json:"-"`
}

// EvalCoref reads the GUM documents under dir, builds a Document from each
// (tokens joined by single spaces), runs annotate (the entity stage) and
// coref.Resolve on it and scores the pronouns.
func EvalCoref(dir string, annotate func(d *doc.Document)) (CorefResult, error) {
	docs, err := ReadCorefDir(dir)
	if err != nil {
		return CorefResult{}, err
	}
	if len(docs) == 0 {
		return CorefResult{}, fmt.Errorf("no news or interview documents in %s", dir)
	}
	return ScoreCoref(docs, annotate), nil
}

// ReadCorefDir reads every news and interview document of the *.conll files
// under dir, with splits from dir/splits.md.
func ReadCorefDir(dir string) ([]CorefDoc, error) {
	splits := corefSplits(filepath.Join(dir, "splits.md"))
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".conll") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []CorefDoc
	for _, f := range files {
		ds, err := ReadCorefCoNLL(f)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			d.Genre = corefGenre(d.Name)
			if d.Genre == "" {
				continue
			}
			d.Split = splits[d.Name]
			if d.Split == "" {
				d.Split = "unknown"
			}
			out = append(out, d)
		}
	}
	return out, nil
}

func corefGenre(name string) string {
	for _, g := range []string{"news", "interview"} {
		if strings.Contains(name, "_"+g+"_") {
			return g
		}
	}
	return ""
}

// corefSplits reads "## split" headings and "* DOC" items of splits.md.
func corefSplits(path string) map[string]string {
	m := map[string]string{}
	b, err := os.ReadFile(path)
	if err != nil {
		return m
	}
	split := ""
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if h, ok := strings.CutPrefix(line, "## "); ok {
			split = strings.TrimSpace(h)
			continue
		}
		if it, ok := strings.CutPrefix(line, "* "); ok && split != "" {
			m[strings.TrimSpace(it)] = split
		}
	}
	return m
}

// ReadCorefCoNLL reads the documents of one CoNLL coreference file. When a
// document has no sentence breaks, they come from the TSV file of the same
// name in ../tsv/, else from final punctuation.
func ReadCorefCoNLL(path string) ([]CorefDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []CorefDoc
	var cur *CorefDoc
	var open map[string][]int // chain -> stack of start tokens
	sentStart := 0
	endSent := func() {
		if cur != nil && len(cur.Tokens) > sentStart {
			cur.Sents = append(cur.Sents, [2]int{sentStart, len(cur.Tokens)})
			sentStart = len(cur.Tokens)
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if name, ok := strings.CutPrefix(line, "# begin document"); ok {
			out = append(out, CorefDoc{Name: strings.TrimSpace(strings.Trim(strings.TrimSpace(name), "();"))})
			cur = &out[len(out)-1]
			open = map[string][]int{}
			sentStart = 0
			continue
		}
		if strings.HasPrefix(line, "# end document") {
			endSent()
			cur = nil
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			endSent()
			continue
		}
		if cur == nil {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			cols = strings.Fields(line)
		}
		if len(cols) < 3 {
			return nil, fmt.Errorf("%s:%d: want INDEX TOKEN BRACKETS", path, ln)
		}
		tok := len(cur.Tokens)
		cur.Tokens = append(cur.Tokens, cols[1])
		if err := corefBrackets(cols[len(cols)-1], tok, open, cur); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		d := &out[i]
		if len(d.Sents) <= 1 && len(d.Tokens) > 0 {
			tsv := filepath.Join(filepath.Dir(filepath.Dir(path)), "tsv", d.Name+".tsv")
			if s := corefTSVSentences(tsv, len(d.Tokens)); s != nil {
				d.Sents = s
			} else {
				d.Sents = corefPunctSentences(d.Tokens)
			}
		}
		sort.SliceStable(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
	}
	return out, nil
}

// corefBrackets applies one bracket column to the open mentions.
func corefBrackets(col string, tok int, open map[string][]int, d *CorefDoc) error {
	if col == "_" || col == "-" {
		return nil
	}
	i := 0
	for i < len(col) {
		switch {
		case col[i] == '(':
			j := i + 1
			for j < len(col) && col[j] != '(' && col[j] != ')' {
				j++
			}
			id := corefChainID(col[i+1 : j])
			if j < len(col) && col[j] == ')' {
				d.Mentions = append(d.Mentions, CorefMention{tok, tok + 1, id})
				i = j + 1
			} else {
				open[id] = append(open[id], tok)
				i = j
			}
		default:
			j := i
			for j < len(col) && col[j] != ')' && col[j] != '(' {
				j++
			}
			if j == len(col) || col[j] != ')' {
				return fmt.Errorf("bad bracket %q", col)
			}
			id := corefChainID(col[i:j])
			st := open[id]
			if len(st) == 0 {
				return fmt.Errorf("closing %q never opened", col[i:j])
			}
			d.Mentions = append(d.Mentions, CorefMention{st[len(st)-1], tok + 1, id})
			open[id] = st[:len(st)-1]
			i = j + 1
		}
	}
	return nil
}

// corefChainID reduces "person-1-Iodine" (GUM) to "1"; plain CoNLL-2012
// ids ("12") stay as they are.
func corefChainID(s string) string {
	parts := strings.Split(s, "-")
	if len(parts) == 1 {
		return s
	}
	for _, p := range parts[1:] {
		if _, err := strconv.Atoi(p); err == nil {
			return p
		}
	}
	return s
}

// corefTSVSentences reads the sentence lengths of a WebAnno TSV file (token
// ids "S-T"); nil unless the tokens add up to n.
func corefTSVSentences(path string, n int) [][2]int {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var sents [][2]int
	lastS, count := "", 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] < '0' || line[0] > '9' {
			continue
		}
		id, _, _ := strings.Cut(line, "\t")
		s, t, ok := strings.Cut(id, "-")
		if !ok || strings.Contains(t, ".") { // "1-2.1" sub-token
			continue
		}
		if s != lastS {
			sents = append(sents, [2]int{count, count})
			lastS = s
		}
		count++
		sents[len(sents)-1][1] = count
	}
	if count != n {
		return nil
	}
	return sents
}

// corefPunctSentences splits after . ! ? and after a quote mark that
// closes a quote right after them.
func corefPunctSentences(toks []string) [][2]int {
	var out [][2]int
	st, open := 0, false
	isQuote := func(t string) bool { return t == `"` || t == "''" || t == "``" }
	for i, t := range toks {
		if isQuote(t) {
			open = !open
			if !open && i > 0 && (toks[i-1] == "." || toks[i-1] == "!" || toks[i-1] == "?") {
				out = append(out, [2]int{st, i + 1})
				st = i + 1
			}
			continue
		}
		if t == "." || t == "!" || t == "?" {
			if open && i+1 < len(toks) && isQuote(toks[i+1]) {
				continue // the closing quote ends the sentence
			}
			if open {
				continue // inside a quote: "Stop! Now," she said.
			}
			out = append(out, [2]int{st, i + 1})
			st = i + 1
		}
	}
	if st < len(toks) {
		out = append(out, [2]int{st, len(toks)})
	}
	return out
}

// CorefDocument builds the Document the pipeline would make of the tokens:
// text joined by single spaces, code-point offsets, the gold sentences.
func CorefDocument(g CorefDoc) *doc.Document {
	d := doc.New()
	d.Language = "en"
	var b strings.Builder
	pos := 0
	d.Tokens = make([]doc.Span, len(g.Tokens))
	for i, t := range g.Tokens {
		if i > 0 {
			b.WriteByte(' ')
			pos++
		}
		b.WriteString(t)
		n := len([]rune(t))
		d.Tokens[i] = doc.Span{pos, pos + n}
		pos += n
	}
	d.Text = b.String()
	for _, s := range g.Sents {
		if s[1] > s[0] {
			d.Sentences = append(d.Sentences, doc.Span{d.Tokens[s[0]][0], d.Tokens[s[1]-1][1]})
		}
	}
	d.ID = doc.HashText(d.Text)
	return d
}

type corefTally struct {
	pronouns, correct, attached, resolvable, resolver int
	correctResolvable                                 int
	docs                                              map[string]bool
}

func (t *corefTally) add(c CorefCase) {
	if t.docs == nil {
		t.docs = map[string]bool{}
	}
	t.docs[c.Doc] = true
	t.pronouns++
	if c.Correct {
		t.correct++
	}
	if c.Antecedent != "" {
		t.attached++
	}
	if c.Resolvable {
		t.resolvable++
		if c.Correct {
			t.correctResolvable++
		}
	}
	if c.ResolverCorrect {
		t.resolver++
	}
}

func (t *corefTally) score() CorefScore {
	s := CorefScore{Pronouns: t.pronouns, Correct: t.correct, Attached: t.attached, Resolvable: t.resolvable, ResolverCorrect: t.resolver, Docs: len(t.docs)}
	if t.pronouns > 0 {
		s.PronounAccuracy = float64(t.correct) / float64(t.pronouns)
		s.ResolverAccuracy = float64(t.resolver) / float64(t.pronouns)
	}
	if t.attached > 0 {
		s.Precision = float64(t.correct) / float64(t.attached)
	}
	if t.resolvable > 0 {
		s.AccuracyResolvable = float64(t.correctResolvable) / float64(t.resolvable)
	}
	return s
}

// ScoreCoref runs annotate and coref.Resolve on each document and scores
// the pronouns (see the package comment on coreference above).
func ScoreCoref(docs []CorefDoc, annotate func(d *doc.Document)) CorefResult {
	var all corefTally
	perSplit := map[string]*corefTally{}
	perGenre := map[string]*corefTally{}
	perPron := map[string]*corefTally{}
	tally := func(m map[string]*corefTally, k string) *corefTally {
		if m[k] == nil {
			m[k] = &corefTally{}
		}
		return m[k]
	}
	res := CorefResult{}
	for _, g := range docs {
		d := CorefDocument(g)
		if annotate != nil {
			annotate(d)
		}
		links := coref.Links(d)
		coref.Resolve(d)
		cases, desc, descOK := corefScoreDoc(g, d, links)
		res.Descriptions += desc
		res.DescCorrect += descOK
		if all.docs == nil {
			all.docs = map[string]bool{}
		}
		all.docs[g.Name] = true // a document counts even without pronouns
		for _, c := range cases {
			all.add(c)
			tally(perSplit, g.Split).add(c)
			tally(perGenre, g.Genre).add(c)
			tally(perPron, strings.ToLower(c.Pronoun)).add(c)
		}
		res.Cases = append(res.Cases, cases...)
	}
	res.CorefScore = all.score()
	res.PerSplit = map[string]CorefScore{}
	for k, t := range perSplit {
		res.PerSplit[k] = t.score()
	}
	res.PerGenre = map[string]CorefScore{}
	for k, t := range perGenre {
		res.PerGenre[k] = t.score()
	}
	res.PerPronoun = map[string]CorefScore{}
	for k, t := range perPron {
		res.PerPronoun[k] = t.score()
	}
	return res
}

// corefScoreDoc scores the pronouns of one document; it also counts the
// description mentions the system added and how many of them are in the
// gold chain of their antecedent (same rule as for pronouns).
func corefScoreDoc(g CorefDoc, d *doc.Document, links []coref.Link) (cases []CorefCase, desc, descOK int) {
	// Token index by start offset.
	tokAt := map[int]int{}
	for i, t := range d.Tokens {
		tokAt[t[0]] = i
	}
	lastTok := func(m doc.Mention) int {
		// the token that ends at or before m.End
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i][1] > m.End-1 })
		if i >= len(d.Tokens) {
			return len(d.Tokens) - 1
		}
		return i
	}
	// System: for each anaphor start token, its antecedent's last token.
	type link struct{ ante, anteStart, self int }
	sys := map[int]link{}
	var heads []int // last tokens of the entity stage's mentions
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Kind == "name" || m.Kind == "alias" {
				heads = append(heads, lastTok(m))
			}
		}
		for j, m := range e.Mentions {
			if m.Kind != "pronoun" && m.Kind != "description" {
				continue
			}
			ti, ok := tokAt[m.Start]
			if !ok {
				continue
			}
			for k := j - 1; k >= 0; k-- {
				a := e.Mentions[k]
				if a.Kind != "pronoun" && a.End <= m.Start {
					sys[ti] = link{lastTok(a), tokAt[a.Start], lastTok(m)}
					break
				}
			}
			if m.Kind == "description" {
				desc++
			}
		}
	}
	resolver := map[int]link{}
	for _, l := range links {
		ti, ok := tokAt[l.Anaphor[0]]
		if !ok || l.Antecedent[1] == 0 {
			continue
		}
		a := doc.Mention{Start: l.Antecedent[0], End: l.Antecedent[1]}
		resolver[ti] = link{lastTok(a), tokAt[a.Start], lastTok(doc.Mention{Start: l.Anaphor[0], End: l.Anaphor[1]})}
	}
	// Gold: smallest mentions containing a token.
	headChains := func(t int) map[string]bool {
		best := -1
		out := map[string]bool{}
		for _, m := range g.Mentions {
			if m.Start > t {
				break
			}
			if m.End <= t {
				continue
			}
			n := m.End - m.Start
			if best < 0 || n < best {
				best = n
				out = map[string]bool{}
			}
			if n == best {
				out[m.Chain] = true
			}
		}
		return out
	}
	chainBefore := func(chain string, start int) (CorefMention, bool) {
		var last CorefMention
		ok := false
		for _, m := range g.Mentions {
			if m.Start >= start {
				break
			}
			if m.Chain == chain && m.End <= start {
				last, ok = m, true
			}
		}
		return last, ok
	}
	words := func(a, b int) string { return strings.Join(g.Tokens[a:b], " ") }
	correctFor := func(chain string, anaphor int, l link) bool {
		if !headChains(l.ante)[chain] {
			return false
		}
		_, ok := chainBefore(chain, anaphor)
		return ok && l.ante < anaphor
	}
	// Descriptions: the gold mention whose last token is the description's.
	for ti, l := range sys {
		if !CorefPronouns[strings.ToLower(g.Tokens[ti])] {
			for ch := range headChains(l.self) {
				if correctFor(ch, ti, l) {
					descOK++
					break
				}
			}
		}
	}
	for _, m := range g.Mentions {
		if m.End-m.Start != 1 || !CorefPronouns[strings.ToLower(g.Tokens[m.Start])] {
			continue
		}
		prev, ok := chainBefore(m.Chain, m.Start)
		if !ok {
			continue
		}
		c := CorefCase{Doc: g.Name, Pronoun: g.Tokens[m.Start], Gold: words(prev.Start, prev.End)}
		lo, hi := max(0, m.Start-12), min(len(g.Tokens), m.Start+6)
		c.Context = words(lo, m.Start) + " [" + g.Tokens[m.Start] + "] " + words(m.Start+1, hi)
		for _, h := range heads {
			if h < m.Start && headChains(h)[m.Chain] {
				c.Resolvable = true
				break
			}
		}
		if l, ok := sys[m.Start]; ok {
			c.Antecedent = words(l.anteStart, l.ante+1)
			c.Correct = correctFor(m.Chain, m.Start, l)
		}
		if l, ok := resolver[m.Start]; ok {
			c.Resolver = words(l.anteStart, l.ante+1)
			c.ResolverCorrect = correctFor(m.Chain, m.Start, l)
		}
		cases = append(cases, c)
	}
	return cases, desc, descOK
}
