package text

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Segment splits s into sentences and tokens. Both are sorted,
// non-overlapping spans in code points into s that never start or end with
// white space; every non-space rune of s is in exactly one token and every
// token is in exactly one sentence.
//
// Sentences end at terminal punctuation (. ! ? … and runs of them, with any
// closing quotes and brackets that follow), at paragraph breaks (a blank
// line), and at single line breaks after a line that looks like a headline,
// byline or list item. A period after an abbreviation ends a sentence only
// when the next word is a common sentence starter ("in the U.S. He ...");
// titles (Gen., Dr., Mt.) never end one, and neither do initials
// ("George W. Bush"), numbers ("3.5", "450.000") or e.g./i.e./vs.
//
// Token conventions:
//   - words keep inner hyphens, periods and apostrophes: "U.S.-led",
//     "al-Assad", "O'Brien"; numbers keep their separators: "3.5",
//     "450.000", "1,200", "2015-01-26", "10:30"; URLs and e-mail addresses
//     are one token;
//   - an abbreviation keeps its final period ("U.S.", "Gen.", "p.m."), also
//     at the end of a sentence, where no separate "." token is made;
//   - clitics are split off Penn-Treebank style: "Assad's" -> "Assad" "'s",
//     "don't" -> "do" "n't", "they're" -> "they" "'re" ('re 've 'll 'd 'm only
//     after pronouns, so "Sa'd" stays whole);
//   - every other punctuation mark or symbol is its own token, except runs
//     of periods ("..."), of ! and ? ("?!") and of ASCII hyphens ("--").
func Segment(s string) (sentences, tokens []doc.Span) {
	return segment(s, true)
}

// Sentences is Segment without tokens when only sentences are needed.
func Sentences(s string) []doc.Span {
	sents, _ := segment(s, false)
	return sents
}

var tokPool = sync.Pool{New: func() any { b := make([]token, 0, 512); return &b }}

func segment(s string, want bool) ([]doc.Span, []doc.Span) {
	if s == "" {
		return nil, nil
	}
	bp := tokPool.Get().(*[]token)
	toks := lex(s, (*bp)[:0])
	g := segmenter{s: s, toks: toks, want: want, marker: -1}
	if want {
		g.out = make([]doc.Span, 0, len(toks))
	}
	g.sents = make([]doc.Span, 0, len(toks)/20+2)
	g.run()
	if cap(toks) <= 1<<20 {
		*bp = toks[:0]
		tokPool.Put(bp)
	}
	return g.sents, g.out
}

type segmenter struct {
	s     string
	toks  []token
	want  bool
	out   []doc.Span
	sents []doc.Span
	start int // first token of the current sentence

	expNum int  // next number expected in an inline list, 0 if none
	expLet rune // next letter expected in an inline list, 0 if none
	marker int  // index of the period of a list marker ("1." "a."), -1 if none

	lineStart int // first token of the current line
	depth     int // open parentheses in the current sentence
}

func (g *segmenter) text(i int) string { return g.s[g.toks[i].bs:g.toks[i].be] }

func (g *segmenter) run() {
	toks := g.toks
	n := len(toks)
	for i := 0; i < n; {
		t := &toks[i]
		if i > g.start {
			cut := false
			switch {
			case t.gap == gapPara:
				cut = true
			case t.gap == gapLine && g.lineBreak(i):
				cut = true
			case t.gap != gapNone && isBullet(t):
				cut = true
			case t.gap != gapNone && (t.kind == kNum || g.expLet != 0 && t.shape&shSingle != 0) && g.inlineItem(i):
				cut = true
			}
			if cut {
				g.cut(i - 1)
			}
		}
		if t.gap >= gapLine {
			g.lineStart = i
			if t.gap == gapPara {
				g.expNum, g.expLet = 0, 0
			}
		}
		if i == g.start {
			g.listMarker(i)
		}
		if t.kind == kPunct {
			switch t.r {
			case '.':
				i = g.period(i)
				continue
			case '!', '?':
				i = g.bang(i)
				continue
			case '…':
				i = g.ellipsis(i)
				continue
			}
		}
		g.emit(i)
		i++
	}
	if g.start < n {
		g.cut(n - 1)
	}
}

// emit outputs token i and updates the bracket depth.
func (g *segmenter) emit(i int) {
	t := &g.toks[i]
	if g.want {
		g.out = append(g.out, doc.Span{int(t.rs), int(t.re)})
	}
	if t.kind == kPunct {
		switch t.r {
		case '(':
			g.depth++
		case ')':
			if g.depth > 0 {
				g.depth--
			}
		}
	}
}

func (g *segmenter) emitRange(a, b int) {
	for k := a; k <= b; k++ {
		g.emit(k)
	}
}

// cut ends the current sentence after token k.
func (g *segmenter) cut(k int) {
	if k < g.start {
		return
	}
	g.sents = append(g.sents, doc.Span{int(g.toks[g.start].rs), int(g.toks[k].re)})
	g.start = k + 1
	g.depth = 0
	g.marker = -1
}

// Classes of what follows a candidate sentence end.
const (
	ncEnd        uint8 = iota // end of text or paragraph
	ncLower                   // a lower-case word
	ncUpper                   // a capitalised or uncased word
	ncDigit                   // a number or currency sign
	ncQuoteUpper              // an opening quote, then a capitalised word
	ncParenUpper              // an opening bracket, then a capitalised word
	ncBullet                  // a list bullet
	ncOther                   // other punctuation
)

// next classifies token j (which is preceded by white space) and returns the
// index of the word it starts with, or -1.
func (g *segmenter) next(j int) (uint8, int) {
	toks := g.toks
	if j >= len(toks) || toks[j].gap == gapPara {
		return ncEnd, -1
	}
	t := &toks[j]
	switch t.kind {
	case kNum:
		return ncDigit, j
	case kPunct:
		if isBullet(t) {
			return ncBullet, -1
		}
		switch t.r {
		case '"', '\'', '(', '[', '{':
			k := j + 1
			for k < len(toks) && toks[k].gap == gapNone && toks[k].kind == kPunct && isOpener(toks[k].r) {
				k++
			}
			if k < len(toks) && toks[k].gap == gapNone && toks[k].kind != kPunct {
				switch {
				case toks[k].shape&shLower != 0 && toks[k].kind != kURL && !innerUpper(g.text(k)):
					return ncLower, k
				case t.r == '"' || t.r == '\'':
					return ncQuoteUpper, k
				default:
					return ncParenUpper, k
				}
			}
			return ncOther, -1
		}
		if unicode.Is(unicode.Sc, t.r) {
			return ncDigit, -1
		}
		return ncOther, -1
	}
	if t.shape&shLower != 0 && !innerUpper(g.text(j)) {
		return ncLower, j
	}
	return ncUpper, j
}

// innerUpper reports whether a lower-case word has a capital inside it, as
// names often do ("al-Assad", "iPhone", "eBay"): such a word can begin a
// sentence.
func innerUpper(w string) bool {
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if isUpper(r) {
			return true
		}
		i += size - 1
	}
	return false
}

// closers returns the index of the last closing quote or bracket attached
// after token i (i itself if there is none), or of the last footnote mark
// ("[12]") that follows.
func (g *segmenter) closers(i int) int {
	last := g.closeMarks(i)
	for {
		f := g.footnote(last + 1)
		if f < 0 {
			return last
		}
		last = g.closeMarks(f)
	}
}

// footnote returns the index of the ']' of a footnote mark ("[3]", "[1-3]",
// "[2, 5]") starting at token k, or -1.
func (g *segmenter) footnote(k int) int {
	toks := g.toks
	if k >= len(toks) || toks[k].gap > gapSpace || toks[k].kind != kPunct || toks[k].r != '[' ||
		k+1 >= len(toks) || toks[k+1].kind != kNum {
		return -1
	}
	for m := k + 2; m < len(toks) && m < k+10; m++ {
		t := &toks[m]
		if t.gap > gapSpace {
			return -1
		}
		switch {
		case t.kind == kNum:
		case t.kind == kPunct && (t.r == '-' || t.r == ','):
		case t.kind == kPunct && t.r == ']':
			if m+1 < len(toks) && toks[m+1].gap == gapNone {
				return -1
			}
			return m
		default:
			return -1
		}
	}
	return -1
}

// closeMarks returns the index of the last closing quote or bracket
// attached after token i (i itself if there is none).
func (g *segmenter) closeMarks(i int) int {
	toks := g.toks
	k := i + 1
	for ; k < len(toks); k++ {
		t := &toks[k]
		if t.gap != gapNone || t.kind != kPunct {
			break
		}
		switch t.r {
		case ')', ']', '}':
			continue
		case '"', '\'':
			// A quote glued to the next word opens it.
			if k+1 < len(toks) && toks[k+1].gap == gapNone && toks[k+1].kind != kPunct {
				return k - 1
			}
			continue
		}
		break
	}
	return k - 1
}

// glued reports whether terminal i, directly followed by token j with no
// space, still ends a sentence: "the end.The next".
func (g *segmenter) glued(i, last, j int) bool {
	toks := g.toks
	return last == i && i > g.start && toks[i].gap == gapNone &&
		toks[i-1].kind == kWord && toks[i-1].shape&shLower != 0 &&
		toks[j].kind == kWord && toks[j].shape&shUpper != 0 && toks[j].shape&shSingle == 0 && !allCaps(g.text(j))
}

// period handles a token of periods at i and returns the next token index.
func (g *segmenter) period(i int) int {
	toks := g.toks
	n := len(toks)
	t := &toks[i]
	if t.re-t.rs >= 3 {
		return g.ellipsis(i)
	}
	if t.re-t.rs == 1 {
		k := i + 1
		for k < n && toks[k].gap == gapSpace && toks[k].kind == kPunct && toks[k].r == '.' && toks[k].re-toks[k].rs == 1 {
			k++
		}
		if k-i >= 3 {
			return g.spacedEllipsis(i, k-1)
		}
	}
	cls := abNone
	if t.gap == gapNone && i > g.start && toks[i-1].kind == kWord && toks[i-1].shape&shClitic == 0 && t.re-t.rs == 1 {
		cls = g.abbrClass(i - 1)
	}
	last := g.closers(i)
	j := last + 1
	cut := false
	switch {
	case i == g.marker:
	case j < n && toks[j].gap == gapNone:
		cut = g.glued(i, last, j)
	default:
		nc, w := g.next(j)
		if cls == abNo {
			if nc == ncDigit {
				cls = abNum
			} else {
				cls = abNone
			}
		}
		switch cls {
		case abNone:
			cut = nc == ncEnd || nc == ncUpper || nc == ncDigit || nc == ncQuoteUpper || nc == ncParenUpper || nc == ncBullet
		case abTitle, abNever:
			cut = nc == ncEnd
		case abState:
			// "Springfield, Ill. Smith said" ends a sentence; "N.J. Gov.
			// Chris Christie" and "Washington, D.C. Mayor ..." do not.
			switch nc {
			case ncEnd, ncQuoteUpper, ncBullet:
				cut = true
			case ncUpper:
				cut = starters[g.text(w)] ||
					(i >= 3 && toks[i-2].kind == kPunct && toks[i-2].r == ',' && toks[i-3].shape&shUpper != 0 &&
						!titleWords[g.text(w)] && !g.initial(w) &&
						!(w+1 < n && toks[w+1].gap == gapNone && toks[w+1].r == '.'))
			}
		default: // abAbbr, abNum
			switch nc {
			case ncEnd, ncQuoteUpper, ncBullet:
				cut = true
			case ncUpper:
				cut = starters[g.text(w)] && !g.initial(w)
			}
		}
		if cut && g.depth > 0 && g.inParens(i, last, j) {
			cut = false
		}
	}
	if cls != abNone && cls != abNo && g.want {
		g.out[len(g.out)-1][1] = int(t.re) // the abbreviation keeps its period
	} else {
		g.emit(i)
	}
	g.emitRange(i+1, last)
	if cut {
		g.cut(last)
	}
	return last + 1
}

// attribution reports whether the capitalised word w, after a quotation
// that ends in a question or exclamation mark, starts its attribution: "“Why?” Assad
// asked." or "“Stop!” Omar al-Masri said."
func (g *segmenter) attribution(w int) bool {
	toks := g.toks
	for k := w + 1; k < len(toks) && k <= w+4; k++ {
		t := &toks[k]
		if t.gap != gapSpace || t.kind != kWord {
			return false
		}
		if t.shape&shLower != 0 {
			x := g.text(k)
			if speechVerbs[x] {
				return true
			}
			if !innerUpper(x) && !nameParticles[x] {
				return false
			}
		}
	}
	return false
}

// initial reports whether token w is a single capital letter with a period:
// the start of a name ("J. R. R. Tolkien"), not a sentence.
func (g *segmenter) initial(w int) bool {
	toks := g.toks
	return toks[w].shape&(shSingle|shUpper) == shSingle|shUpper && w+1 < len(toks) &&
		toks[w+1].gap == gapNone && toks[w+1].kind == kPunct && toks[w+1].r == '.' && toks[w+1].re-toks[w+1].rs == 1
}

// bang handles a run of ! and ? at i.
func (g *segmenter) bang(i int) int {
	toks := g.toks
	last := g.closers(i)
	j := last + 1
	cut := false
	if j < len(toks) && toks[j].gap == gapNone {
		cut = g.glued(i, last, j)
	} else {
		nc, w := g.next(j)
		cut = nc == ncEnd || nc == ncUpper || nc == ncDigit || nc == ncQuoteUpper || nc == ncParenUpper || nc == ncBullet
		if cut && nc == ncUpper && last > i && g.attribution(w) {
			cut = false
		}
		if cut && g.depth > 0 && g.inParens(i, last, j) {
			cut = false
		}
	}
	g.emitRange(i, last)
	if cut {
		g.cut(last)
	}
	return last + 1
}

// ellipsis handles "…" or a run of three or more periods at i: it ends a
// sentence when a capitalised word follows.
func (g *segmenter) ellipsis(i int) int {
	toks := g.toks
	bracketed := i > g.start && toks[i].gap == gapNone && toks[i-1].kind == kPunct && toks[i-1].r == '['
	last := g.closers(i)
	j := last + 1
	cut := false
	if j < len(toks) && toks[j].gap == gapNone {
		// "...There are": glued to a capitalised word.
		cut = !bracketed && toks[i].r == '.' && toks[j].kind == kWord && toks[j].shape&(shUpper|shSingle) == shUpper &&
			!allCaps(g.text(j))
	} else {
		nc, _ := g.next(j)
		if bracketed {
			// "[...]" stands for omitted words, "(Source, p. 5)" continues
			// the citation; a capitalised word can still start a sentence.
			cut = nc == ncUpper || nc == ncQuoteUpper
		} else {
			cut = nc == ncEnd || nc == ncUpper || nc == ncQuoteUpper || nc == ncParenUpper || nc == ncBullet
		}
	}
	g.emitRange(i, last)
	if cut {
		g.cut(last)
	}
	return last + 1
}

// spacedEllipsis handles ". . ." style ellipses, periods i..last separated by
// single spaces. Three of them mark omitted text inside a sentence. Four
// after a word ("word. . . . Next") are the word's full stop followed by an
// ellipsis that opens the next sentence; four after a space
// ("word . . . . Next") are an ellipsis and then the full stop.
func (g *segmenter) spacedEllipsis(i, last int) int {
	toks := g.toks
	attached := toks[i].gap == gapNone && i > g.start && toks[i-1].kind != kPunct
	end := g.closers(last)
	j := end + 1
	nc := ncOther
	if j >= len(toks) || toks[j].gap != gapNone {
		nc, _ = g.next(j)
	}
	upper := nc == ncUpper || nc == ncQuoteUpper
	switch {
	case last-i+1 >= 4 && attached && upper:
		g.emit(i)
		g.cut(i)
		return i + 1
	case last-i+1 >= 4 && !attached && upper:
		g.emitRange(i, end)
		g.cut(end)
		return end + 1
	}
	g.emitRange(i, last)
	return last + 1
}

// inParens reports whether the terminal at i..last sits inside a
// parenthesis that closes later in the same sentence ("(He left. She
// stayed.) and"), in which case it does not end the sentence.
func (g *segmenter) inParens(i, last, j int) bool {
	toks := g.toks
	d := g.depth
	for k := i + 1; k <= last; k++ {
		if toks[k].kind == kPunct && toks[k].r == ')' {
			d--
		}
	}
	if d <= 0 {
		return false
	}
	for k := j; k < len(toks) && k < j+80; k++ {
		t := &toks[k]
		if t.gap == gapPara {
			return false
		}
		if t.kind != kPunct {
			continue
		}
		switch t.r {
		case '(':
			d++
		case ')':
			d--
			if d == 0 {
				if k+1 >= len(toks) {
					return false
				}
				u := &toks[k+1]
				if u.kind == kPunct {
					return u.r == ',' || u.r == ';' || u.r == ':' || u.r == '-'
				}
				return u.shape&shLower != 0
			}
		}
	}
	return false
}

// abbrClass classifies word p that a period follows.
func (g *segmenter) abbrClass(p int) uint8 {
	t := &g.toks[p]
	w := g.s[t.bs:t.be]
	if t.shape&shSingle != 0 {
		switch {
		case t.shape&shUpper != 0:
			// "you and I." ends a sentence; "Albert I. Jones" does not.
			if w == "I" && p > g.start && t.gap != gapNone && g.toks[p-1].kind == kWord && g.toks[p-1].shape&shLower != 0 {
				return abNone
			}
			return abAbbr
		case t.shape&shLower != 0:
			if c, ok := abbrFold[w]; ok {
				return c
			}
			return abAbbr
		}
		return abNone
	}
	if c, ok := abbrExact[w]; ok {
		return c
	}
	if c, ok := lookupFold(w); ok {
		return c
	}
	if t.shape&shDot != 0 && multiPeriod(w) {
		return abAbbr
	}
	// "Lt.-Gen", "Maj.-Gen": the last part decides.
	for k := len(w) - 1; k > 0; k-- {
		if w[k] == '-' {
			part := w[k+1:]
			if c, ok := abbrExact[part]; ok {
				return c
			}
			if c, ok := lookupFold(part); ok && c == abTitle {
				return c
			}
			break
		}
	}
	return abNone
}

func lookupFold(w string) (uint8, bool) {
	if len(w) > 12 {
		return 0, false
	}
	var b [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	c, ok := abbrFold[string(b[:len(w)])]
	return c, ok
}

// multiPeriod reports whether w is letters in groups of one to three
// separated by periods: "U.S", "a.m", "Ph.D", "U.S.A".
func multiPeriod(w string) bool {
	seg := 0
	for _, r := range w {
		switch {
		case r == '.':
			if seg == 0 {
				return false
			}
			seg = 0
		case unicode.IsLetter(r):
			seg++
			if seg > 3 {
				return false
			}
		default:
			return false
		}
	}
	return seg > 0
}

// markerValue reports whether token m can be a list number (up to three
// digits) or letter (one lower-case ASCII letter).
func (g *segmenter) markerValue(m int) (num int, letter rune, ok bool) {
	t := &g.toks[m]
	switch {
	case t.kind == kNum && t.be-t.bs <= 3 && allDigits(g.s[t.bs:t.be]):
		for _, c := range []byte(g.s[t.bs:t.be]) {
			num = num*10 + int(c-'0')
		}
		return num, 0, true
	case t.kind == kWord && t.shape&(shSingle|shLower) == shSingle|shLower && t.r < 0x80:
		return 0, t.r, true
	}
	return 0, 0, false
}

// markerEnd returns the index of the last token of the list marker whose
// number or letter is token m ("1." "2)" "3.)" "a."), or -1.
func (g *segmenter) markerEnd(m int) int {
	toks := g.toks
	k := m + 1
	if k >= len(toks) || toks[k].gap != gapNone || toks[k].kind != kPunct {
		return -1
	}
	switch {
	case toks[k].r == ')':
	case toks[k].r == '.' && toks[k].re-toks[k].rs == 1:
		if k+1 < len(toks) && toks[k+1].gap == gapNone && toks[k+1].kind == kPunct && toks[k+1].r == ')' {
			k++
		}
	default:
		return -1
	}
	if k+1 < len(toks) && toks[k+1].gap == gapNone {
		return -1
	}
	return k
}

// listMarker looks for a list marker at the start of a sentence (token i,
// maybe after a bullet or an opening parenthesis) and records it.
func (g *segmenter) listMarker(i int) {
	toks := g.toks
	m := i
	if isBullet(&toks[m]) || (toks[m].kind == kPunct && toks[m].r == '(') {
		m++
		if m >= len(toks) || toks[m].gap >= gapLine {
			return
		}
	}
	num, letter, ok := g.markerValue(m)
	if !ok {
		return
	}
	end := g.markerEnd(m)
	if end < 0 {
		return
	}
	if toks[m+1].r == '.' {
		g.marker = m + 1
	}
	if letter != 0 {
		g.expNum, g.expLet = 0, letter+1
	} else {
		g.expNum, g.expLet = num+1, 0
	}
}

// inlineItem reports whether token i starts the next item of a list whose
// items run on in one line: "a. The first b. The second".
func (g *segmenter) inlineItem(i int) bool {
	num, letter, ok := g.markerValue(i)
	if !ok {
		return false
	}
	end := g.markerEnd(i)
	if end < 0 {
		return false
	}
	switch {
	case letter != 0:
		if letter != g.expLet {
			return false
		}
	case g.expNum > 0 && num == g.expNum:
	case g.toks[end].r == ')' && g.depth == 0 && letter == 0:
		// "2)" or "2.)" with no parenthesis open starts an item.
	default:
		return false
	}
	nc, _ := g.next(end + 1)
	return nc == ncUpper || nc == ncQuoteUpper
}

// lineBreak decides whether a single line break before token i, with no
// sentence end before it, ends a sentence: it does after a headline, byline
// or list item, not inside a sentence wrapped across lines.
func (g *segmenter) lineBreak(i int) bool {
	toks := g.toks
	t := &toks[i]
	if t.kind != kPunct && t.shape&shLower != 0 {
		return false // a lower-case continuation
	}
	switch {
	case isBullet(t):
		return true
	case t.kind == kPunct && (t.r == '-' || t.r == '*') && i+1 < len(toks) && toks[i+1].gap != gapNone:
		return true
	}
	if _, _, ok := g.markerValue(i); ok && g.markerEnd(i) >= 0 {
		return true
	}
	q := i - 1
	for q > g.start && toks[q].gap == gapNone && toks[q].kind == kPunct && isCloser(toks[q].r) {
		q--
	}
	p := &toks[q]
	if p.kind == kPunct {
		switch p.r {
		case '.', '!', '?', '…':
			return false // the punctuation has decided already
		}
		if q == i-1 {
			switch p.r {
			case ',', ';', ':', '-', '(', '[', '{', '&', '/', '+', '=':
				return false
			}
		}
	}
	if q == i-1 && p.kind == kWord && p.shape&shLower != 0 && funcWords[g.text(q)] {
		return false
	}
	switch {
	case t.kind == kPunct && (t.r == '"' || t.r == '\'') && i+1 < len(toks) && toks[i+1].gap == gapNone &&
		toks[i+1].kind == kWord && toks[i+1].shape&shUpper != 0:
		return true // a new quotation
	case t.kind == kWord && t.shape&shDot == 0 && allCaps(g.text(i)):
		return true // a dateline: "DAMASCUS (Reuters) -"
	case t.kind == kWord && t.shape&(shUpper|shSingle) == shUpper && starters[g.text(i)]:
		return true
	}
	// A short line, or one in title case, is a headline.
	words, caps := 0, 0
	for k := g.lineStart; k < i; k++ {
		if toks[k].kind == kWord && toks[k].shape&shClitic == 0 {
			words++
			if toks[k].shape&shUpper != 0 {
				caps++
			}
		}
	}
	return words <= 6 || caps*5 >= words*3
}

func isOpener(r rune) bool { return r == '"' || r == '\'' || r == '(' || r == '[' || r == '{' }

func isCloser(r rune) bool { return r == '"' || r == '\'' || r == ')' || r == ']' || r == '}' }

func isBullet(t *token) bool {
	if t.kind != kPunct {
		return false
	}
	switch t.r {
	case 0x2022, 0x25E6, 0x25AA, 0x25AB, 0x2023, 0x2043, 0x25CF, 0x25CB, 0x25A0, 0x25A1,
		0x25BA, 0x25B6, 0x25B8, 0x27A2, 0x2713, 0x2714, 0x25C6, 0x2756, 0x2219:
		return true
	}
	return false
}
