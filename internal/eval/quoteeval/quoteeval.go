// Package quoteeval scores package quote on PolNeAR (brat standoff).
//
// Layout: DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann. Brat
// offsets in PolNeAR count code points of the raw text, the same unit as
// sitrep's spans, so the raw text is used as the document text unchanged.
// A few articles were annotated by several annotators (agreement studies);
// the .ann file whose name sorts first is scored and the others ignored.
//
// Gold: every relation "E.. Attribution:T.. Content:T.. [Source:T..] Cue:T.."
// gives one attribution: its Content (possibly discontinuous, fragments
// joined), its Source (optional) and Cue. A gold attribution is direct when
// its content text opens with a quote mark.
//
// Matching (the same rule for each part), on tokens of text.Segment: a
// predicted quote belongs to the gold content that holds at least half of
// its tokens (gold contents never overlap), and a gold content is found when
// the predicted quotes belonging to it cover at least half of its tokens.
// Precision is the share of predicted quotes that belong to a found gold
// content, recall the share of gold contents found. A quote split by its cue
// ("A," he said, "B") is thus two predictions of one gold attribution.
//
//   - direct_f1: gold direct contents against predicted quotes with Direct.
//     PolNeAR gives each token one label, so a partial quote inside reported
//     speech (described the plan as "a disaster") is part of a reported
//     content that does not open with a quote mark and is never gold
//     direct. Package quote reports such a partial quote both as a direct
//     quote and inside the reported-speech quote around it; read the same
//     way as the gold, a direct quote lying (half its tokens) inside one of
//     the system's own reported quotes is not a direct attribution and is
//     left out. That decision looks at the system's output only. Every
//     other direct quote that belongs to no gold direct content is wrong
//     (nested counts those lying inside gold reported content).
//   - all_f1: all gold contents against all predicted quotes.
//   - speaker_accuracy: over found gold direct contents that have a Source,
//     the share whose first belonging prediction has a speaker that matches:
//     its speaker phrase overlaps the gold Source span, or its speaker
//     entity has a mention overlapping the gold Source span.
package quoteeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/entity"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/text"
)

// Part is the score of one part of the task.
type Part struct {
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`     // gold contents found
	Predicted int     `json:"predicted"` // predicted quotes
	Correct   int     `json:"correct"`   // predicted quotes belonging to a found gold content
	// Nested counts the wrong direct quotes that lie inside a gold reported
	// content (partial quotes the system did not also report); they count
	// as wrong, see the package comment.
	Nested int `json:"nested,omitempty"`
}

// Score is the result of Run.
type Score struct {
	DirectF1        float64 `json:"direct_f1"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	AllF1           float64 `json:"all_f1"`
	Direct          Part    `json:"direct"`
	All             Part    `json:"all"`
	SpeakerScored   int     `json:"speaker_scored"`  // found direct quotes with a gold source
	SpeakerCorrect  int     `json:"speaker_correct"` // of which the speaker matches
	Documents       int     `json:"documents"`
}

// Attribution is one gold attribution, spans in runes.
type Attribution struct {
	ID      string
	Content []doc.Span
	Source  []doc.Span
	Cue     []doc.Span
	Direct  bool
}

// Run scores quote.Annotate on the PolNeAR split in dir. verbose, when not
// nil, receives the missed and spurious quotes and the wrong speakers.
func Run(dir string, verbose io.Writer) (Score, [][2]string, error) {
	anns, err := annFiles(filepath.Join(dir, "attributions"))
	if err != nil {
		return Score{}, nil, err
	}
	if len(anns) == 0 {
		return Score{}, nil, fmt.Errorf("%s: no .ann files", dir)
	}
	var sc Score
	res := entity.Default()
	for _, name := range sortedKeys(anns) {
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return Score{}, nil, err
		}
		gold, err := readAnn(anns[name], []rune(string(raw)))
		if err != nil {
			return Score{}, nil, err
		}
		d := doc.New()
		d.Text = string(raw)
		d.Sentences, d.Tokens = text.Segment(d.Text)
		d.Language = "en"
		entity.Annotate(d, res)
		coref.Resolve(d)
		found := quote.Find(d)
		if verbose != nil {
			for _, w := range d.Warnings {
				fmt.Fprintf(verbose, "%s: WARNING %s\n", name, w)
			}
		}
		scoreDoc(&sc, name, d, gold, found, verbose)
		sc.Documents++
	}
	finish(&sc.Direct)
	finish(&sc.All)
	sc.DirectF1, sc.AllF1 = sc.Direct.F1, sc.All.F1
	sc.SpeakerAccuracy = ratio(sc.SpeakerCorrect, sc.SpeakerScored)
	return sc, table(sc), nil
}

// annFiles maps each article name to its first annotation file.
func annFiles(dir string) (map[string]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".ann") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		base := strings.TrimSuffix(n, ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if _, ok := out[base]; !ok {
			out[base] = filepath.Join(dir, n)
		}
	}
	return out, nil
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// readAnn reads the attributions of a brat file; text checks the offsets.
func readAnn(path string, text []rune) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	spans := map[string][]doc.Span{}
	var rels [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(fields[0], "T"):
			_, rest, ok := strings.Cut(fields[1], " ") // label, then the spans
			if !ok {
				return nil, fmt.Errorf("%s:%d: bad text-bound annotation", path, line)
			}
			var ss []doc.Span
			for _, frag := range strings.Split(rest, ";") {
				p := strings.Fields(frag)
				if len(p) != 2 {
					return nil, fmt.Errorf("%s:%d: bad span %q", path, line, frag)
				}
				a, err1 := strconv.Atoi(p[0])
				b, err2 := strconv.Atoi(p[1])
				if err1 != nil || err2 != nil || a < 0 || b < a || b > len(text) {
					return nil, fmt.Errorf("%s:%d: bad span %q", path, line, frag)
				}
				ss = append(ss, doc.Span{a, b})
			}
			spans[fields[0]] = ss
		case strings.HasPrefix(fields[0], "E"):
			rels = append(rels, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Attribution
	for _, r := range rels {
		var at Attribution
		for _, arg := range r {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			switch {
			case role == "Content":
				at.Content = append(at.Content, spans[id]...)
			case role == "Source":
				at.Source = append(at.Source, spans[id]...)
			case role == "Cue":
				at.Cue = append(at.Cue, spans[id]...)
			case strings.HasPrefix(role, "Attribution"):
				at.ID = id
			}
		}
		if len(at.Content) == 0 {
			continue
		}
		sort.Slice(at.Content, func(i, j int) bool { return at.Content[i][0] < at.Content[j][0] })
		at.Direct = opensWithQuote(text, at.Content[0])
		out = append(out, at)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Content[0][0] < out[j].Content[0][0] })
	return out, nil
}

func opensWithQuote(text []rune, s doc.Span) bool {
	for i := s[0]; i < s[1]; i++ {
		switch text[i] {
		case ' ', '\t', '\n', '\u00a0':
			continue
		case '"', '“', '”', '‘', '\'', '«', '„':
			return true
		}
		return false
	}
	return false
}

// tokenSet is the set of token indices inside any of spans.
func tokenSet(toks []doc.Span, spans ...doc.Span) map[int]bool {
	m := map[int]bool{}
	for _, s := range spans {
		i := sort.Search(len(toks), func(i int) bool { return toks[i][1] > s[0] })
		for ; i < len(toks) && toks[i][0] < s[1]; i++ {
			m[i] = true
		}
	}
	return m
}

func scoreDoc(sc *Score, name string, d *doc.Document, gold []Attribution, found []quote.Found, verbose io.Writer) {
	rs := []rune(d.Text)
	var direct []quote.Found
	var goldDirect []Attribution
	for _, f := range found {
		if f.Direct && !insideReported(d.Tokens, found, f) {
			direct = append(direct, f)
		}
	}
	for _, g := range gold {
		if g.Direct {
			goldDirect = append(goldDirect, g)
		}
	}
	dm := match(&sc.Direct, d.Tokens, goldDirect, direct)
	for pi, ok := range dm.correct {
		if !ok && nestedIn(d.Tokens, gold, direct[pi]) {
			sc.Direct.Nested++
		}
	}
	am := match(&sc.All, d.Tokens, gold, found)
	say := func(format string, a ...any) {
		if verbose != nil {
			fmt.Fprintf(verbose, "%s: "+format+"\n", append([]any{name}, a...)...)
		}
	}
	for pi, ok := range am.correct {
		if f := found[pi]; !ok && !f.Direct {
			say("SPURIOUS reported [%s] %q (%s)", doc.Deref(f.Cue), clip(rs, doc.Span{f.Start, f.End}), doc.Deref(f.SpeakerName))
		}
	}
	for gi, g := range gold {
		if am.first[gi] < 0 && !g.Direct {
			cue := ""
			if len(g.Cue) > 0 {
				cue = clip(rs, g.Cue[0])
			}
			c0 := g.Content[0]
			say("MISSED reported [%s] %q; context %q", cue, clip(rs, c0), clip(rs, doc.Span{max(0, c0[0]-70), c0[0]})+" ... "+clip(rs, doc.Span{c0[1], c0[1] + 40}))
		}
	}
	for gi, g := range goldDirect {
		pi := dm.first[gi]
		if pi < 0 {
			say("MISSED direct %q", clip(rs, g.Content[0]))
			continue
		}
		if len(g.Source) == 0 {
			continue
		}
		sc.SpeakerScored++
		if speakerMatches(d, direct[pi], g.Source) {
			sc.SpeakerCorrect++
		} else {
			last := g.Content[len(g.Content)-1]
			say("SPEAKER %q: got %q (%s) want %q; context %q", clip(rs, g.Content[0]), clip(rs, direct[pi].SpeakerSpan), doc.Deref(direct[pi].SpeakerName), clip(rs, g.Source[0]),
				clip(rs, doc.Span{max(0, g.Content[0][0]-60), g.Content[0][0]})+" ... "+clip(rs, doc.Span{last[1], last[1] + 60}))
		}
	}
	for pi, ok := range dm.correct {
		if !ok {
			f := direct[pi]
			where := "outside"
			if nestedIn(d.Tokens, gold, f) {
				where = "nested"
			}
			say("SPURIOUS-%s direct %q (%s)", where, clip(rs, doc.Span{f.Start, f.End}), doc.Deref(f.SpeakerName))
		}
	}
}

// nestedIn reports whether f lies (by at least half its tokens) inside a
// gold attribution that is not direct: a partial quote within reported
// speech, which PolNeAR's one-label-per-token annotation cannot mark.
func nestedIn(toks []doc.Span, gold []Attribution, f quote.Found) bool {
	ps := tokenSet(toks, doc.Span{f.Start, f.End})
	for _, g := range gold {
		if g.Direct {
			continue
		}
		gs := tokenSet(toks, g.Content...)
		in := 0
		for t := range ps {
			if gs[t] {
				in++
			}
		}
		if len(ps) > 0 && 2*in >= len(ps) {
			return true
		}
	}
	return false
}

type matching struct {
	first   []int  // per gold: the first prediction belonging to it, when found; else -1
	correct []bool // per prediction
}

func match(p *Part, toks []doc.Span, gold []Attribution, pred []quote.Found) matching {
	m := matching{first: make([]int, len(gold)), correct: make([]bool, len(pred))}
	gsets := make([]map[int]bool, len(gold))
	for i, g := range gold {
		gsets[i] = tokenSet(toks, g.Content...)
		m.first[i] = -1
	}
	owner := make([]int, len(pred))
	covered := make([]map[int]bool, len(gold))
	for pi, f := range pred {
		ps := tokenSet(toks, doc.Span{f.Start, f.End})
		owner[pi] = -1
		for gi, gs := range gsets {
			in := 0
			for t := range ps {
				if gs[t] {
					in++
				}
			}
			if len(ps) > 0 && 2*in >= len(ps) {
				owner[pi] = gi
				if covered[gi] == nil {
					covered[gi] = map[int]bool{}
				}
				for t := range ps {
					if gs[t] {
						covered[gi][t] = true
					}
				}
				break
			}
		}
	}
	for gi, gs := range gsets {
		if len(gs) > 0 && 2*len(covered[gi]) >= len(gs) {
			p.Found++
			for pi, o := range owner {
				if o == gi {
					m.correct[pi] = true
					if m.first[gi] < 0 {
						m.first[gi] = pi
					}
				}
			}
		}
	}
	for _, c := range m.correct {
		if c {
			p.Correct++
		}
	}
	p.Gold += len(gold)
	p.Predicted += len(pred)
	return m
}

func speakerMatches(d *doc.Document, f quote.Found, src []doc.Span) bool {
	overlaps := func(a, b int) bool {
		for _, s := range src {
			if a < s[1] && s[0] < b {
				return true
			}
		}
		return false
	}
	if f.SpeakerSpan[0] < f.SpeakerSpan[1] && overlaps(f.SpeakerSpan[0], f.SpeakerSpan[1]) {
		return true
	}
	if f.Speaker == nil {
		return false
	}
	for _, e := range d.Entities {
		if e.ID != *f.Speaker {
			continue
		}
		for _, m := range e.Mentions {
			if overlaps(m.Start, m.End) {
				return true
			}
		}
	}
	return false
}

func clip(rs []rune, s doc.Span) string {
	a, b := max(0, min(s[0], len(rs))), max(0, min(s[1], len(rs)))
	if b < a {
		return ""
	}
	if b-a > 80 {
		return string(rs[a:a+77]) + "..."
	}
	return string(rs[a:b])
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func finish(p *Part) {
	p.Precision = ratio(p.Correct, p.Predicted)
	p.Recall = ratio(p.Found, p.Gold)
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

func table(sc Score) [][2]string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	part := func(p Part) string {
		return fmt.Sprintf("P %s R %s (gold %d, found %d, predicted %d, correct %d)", f(p.Precision), f(p.Recall), p.Gold, p.Found, p.Predicted, p.Correct)
	}
	return [][2]string{
		{"documents", strconv.Itoa(sc.Documents)},
		{"direct_f1", f(sc.DirectF1)},
		{"direct", part(sc.Direct) + fmt.Sprintf(", %d of the wrong ones partial quotes inside gold reported speech", sc.Direct.Nested)},
		{"speaker_accuracy", fmt.Sprintf("%s (%d of %d found direct quotes with a gold source)", f(sc.SpeakerAccuracy), sc.SpeakerCorrect, sc.SpeakerScored)},
		{"all_f1", f(sc.AllF1)},
		{"all", part(sc.All)},
	}
}

// insideReported reports whether direct quote f lies (by at least half its
// tokens) inside one of the system's own reported-speech quotes: a partial
// quote ("described the plan as "a disaster"") that the system also reports
// as part of the reported content around it. PolNeAR labels each token
// once, so the gold has such words only in the reported content; the
// system's output is read the same way. The decision uses the system's
// output only, never the gold.
func insideReported(toks []doc.Span, found []quote.Found, f quote.Found) bool {
	ps := tokenSet(toks, doc.Span{f.Start, f.End})
	for _, r := range found {
		if r.Direct || r.End <= f.Start || r.Start >= f.End {
			continue
		}
		rs := tokenSet(toks, doc.Span{r.Start, r.End})
		in := 0
		for t := range ps {
			if rs[t] {
				in++
			}
		}
		if len(ps) > 0 && 2*in >= len(ps) {
			return true
		}
	}
	return false
}
