// Package quote finds direct quotes and reported speech in a document and
// attributes each to its speaker: an entity of the document when one of its
// mentions (names, aliases, and the pronouns and descriptions coref adds)
// overlaps the speaker phrase, else the phrase itself.
//
// It is a rule-based scanner over the document's tokens: quote marks are
// paired per paragraph (a quote left open at a paragraph end continues when
// the next paragraph opens with a quote mark, the newspaper convention), then
// the cue ("said", "told", "according to", a colon) and its speaker are
// looked for right after the closing mark and then before the opening one.
// A quote with no cue of its own continues the speaker of the quote before it
// in the paragraph, or of the previous paragraph when it opens its paragraph.
// Short quoted phrases inside a sentence without a cue are scare quotes or
// titles and are not reported.
package quote

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Found is one quote with the spans behind its attribution, for evaluation
// and debugging; Annotate keeps only the Quote.
type Found struct {
	doc.Quote
	// SpeakerSpan is the speaker phrase in runes, [0,0] when there is none.
	SpeakerSpan doc.Span
	// CueSpan is the cue in runes, [0,0] when there is none.
	CueSpan doc.Span
}

// Annotate fills d.Quotes (never nil) and appends a warning when the
// article's quote marks do not pair up.
func Annotate(d *doc.Document) {
	fs := Find(d)
	d.Quotes = make([]doc.Quote, len(fs))
	for i, f := range fs {
		d.Quotes[i] = f.Quote
	}
}

// Find returns the quotes of d in text order and appends to d.Warnings when
// the quote marks are unbalanced. Only the warning changes d.
func Find(d *doc.Document) []Found {
	if d == nil || len(d.Tokens) == 0 {
		return []Found{}
	}
	if !validTokens(d) {
		d.Warnings = append(d.Warnings, "quote: tokens do not match the text; no quotes found")
		return []Found{}
	}
	s := newScanner(d)
	s.pairMarks()
	s.attributeDirect()
	// Reported speech is found from English cue words only; direct quotes
	// are found in any language (their cues are English too, so a quote in
	// another language mostly has no speaker).
	if d.Language == "" || d.Language == "en" {
		s.findReported()
	}
	if s.unbalanced > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("quote: %d unbalanced quote mark(s); quotes near them may be cut wrongly", s.unbalanced))
	}
	return s.output()
}

// Quote-mark kinds of a one-rune token.
const (
	markNone = iota
	markOpen
	markClose
	markAmbig // straight " or ': direction from context
)

// Mark families: double quotes, single quotes and guillemets pair only with
// their own family.
const (
	famDouble = iota + 1
	famSingle
	famGuillemet
)

// attribution is a speaker and cue found for a quote, in token indices.
type attribution struct {
	spk      [2]int // speaker phrase tokens [a,b); a == b when none
	cue      [2]int // cue tokens; a == b when none
	inverted bool   // the speaker follows the cue ("said Smith")
}

func (a attribution) ok() bool { return a.spk[0] < a.spk[1] || a.cue[0] < a.cue[1] }

// piece is one paragraph's part of a direct quote.
type piece struct {
	open, close int // mark tokens; close is -1 when the paragraph ends first
	a, b        int // content tokens [a,b)
	group       int // index of the first piece of a multi-paragraph quote
	speech      bool
	explicit    bool // att was found next to this piece, not inherited
	att         attribution
	inherited   bool
}

// reported is one stretch of reported speech.
type reported struct {
	a, b int // content tokens
	att  attribution
}

type scanner struct {
	d     *doc.Document
	toks  []doc.Span
	bs    []int    // byte offset of each token's start in d.Text
	be    []int    // and of its end
	low   []string // lower-cased token text
	raw   []string
	sent  []int // sentence index per token
	para  []int // paragraph index per token
	mark  []int8
	fam   []int8
	wide  []bool // the mark is two tokens ('' or ``), as in some newspapers' ASCII text
	inQ   []int  // piece index covering the token (marks included), -1 if none
	paraS []int  // first token of each paragraph

	pieces     []piece
	reps       []reported
	unbalanced int
	ments      []ment
}

// ment is an entity mention in runes.
type ment struct {
	start, end int
	ent        int // index into d.Entities
}

// newScanner indexes the tokens of d: text, sentence, paragraph, quote mark.
func newScanner(d *doc.Document) *scanner {
	n := len(d.Tokens)
	s := &scanner{d: d, toks: d.Tokens, low: make([]string, n), raw: make([]string, n),
		bs: make([]int, n), be: make([]int, n), sent: make([]int, n), para: make([]int, n),
		mark: make([]int8, n), fam: make([]int8, n), wide: make([]bool, n), inQ: make([]int, n)}
	// Token text is sliced from d.Text by byte offsets, found in one walk
	// over the text (tokens are sorted, see validTokens), so that no token
	// string is copied.
	bi, ri := 0, 0 // byte and rune position in d.Text
	byteAt := func(r int) int {
		for ri < r && bi < len(d.Text) {
			_, w := utf8.DecodeRuneInString(d.Text[bi:])
			bi += w
			ri++
		}
		return bi
	}
	si, p := 0, 0
	for i, t := range d.Tokens {
		s.bs[i] = byteAt(t[0])
		s.be[i] = byteAt(t[1])
		s.raw[i] = d.Text[s.bs[i]:s.be[i]]
		s.low[i] = strings.ToLower(s.raw[i])
		for si < len(d.Sentences)-1 && t[0] >= d.Sentences[si][1] {
			si++
		}
		s.sent[i] = si
		if i == 0 {
			s.paraS = append(s.paraS, 0)
		} else if strings.ContainsAny(d.Text[s.be[i-1]:s.bs[i]], "\n\r\u2029") {
			p++
			s.paraS = append(s.paraS, i)
		}
		s.para[i] = p
		s.inQ[i] = -1
		if r, w := utf8.DecodeRuneInString(s.raw[i]); w == len(s.raw[i]) {
			s.mark[i], s.fam[i] = markOf(r)
		}
	}
	// Two glued ASCII apostrophes or backticks are one double quote mark.
	for i := 0; i+1 < n; i++ {
		if (s.raw[i] == "'" || s.raw[i] == "`") && s.raw[i+1] == s.raw[i] && s.glued(i, i+1) {
			s.mark[i], s.fam[i], s.wide[i] = markAmbig, famDouble, true
			if s.raw[i] == "`" {
				s.mark[i] = markOpen
			}
			s.mark[i+1], s.fam[i+1] = markNone, 0
			i++
		}
	}
	for ei, e := range d.Entities {
		for _, m := range e.Mentions {
			s.ments = append(s.ments, ment{m.Start, m.End, ei})
		}
	}
	return s
}

// validTokens reports whether d.Tokens are sorted, non-overlapping,
// non-empty spans inside d.Text, as text.Segment makes them.
func validTokens(d *doc.Document) bool {
	n, prev := utf8.RuneCountInString(d.Text), 0
	for _, t := range d.Tokens {
		if t[0] < prev || t[1] <= t[0] || t[1] > n {
			return false
		}
		prev = t[1]
	}
	return true
}

// markOf classifies a one-rune token as a quote mark.
func markOf(r rune) (int8, int8) {
	switch r {
	case '“', '„', '‟':
		return markOpen, famDouble
	case '”':
		return markClose, famDouble
	case '"', '＂':
		return markAmbig, famDouble
	case '‘', '‚', '‛':
		return markOpen, famSingle
	case '’':
		return markClose, famSingle
	case '\'':
		return markAmbig, famSingle
	case '«':
		return markOpen, famGuillemet
	case '»':
		return markClose, famGuillemet
	}
	return markNone, 0
}

// glued reports whether token i touches token j (no space between them).
func (s *scanner) glued(i, j int) bool {
	if i < 0 || j >= len(s.toks) || i >= len(s.toks) || j < 0 {
		return false
	}
	return s.toks[i][1] == s.toks[j][0]
}

// after is the token after the closing mark at c.
func (s *scanner) after(c int) int {
	if s.wide[c] {
		return c + 2
	}
	return c + 1
}

// isWord reports whether token i starts with a letter or digit.
func (s *scanner) isWord(i int) bool {
	if i < 0 || i >= len(s.low) || s.low[i] == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.low[i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isOpener reports whether token i can open a double or guillemet quote.
func (s *scanner) isOpener(i int) bool {
	return i >= 0 && i < len(s.mark) && (s.mark[i] == markOpen || s.mark[i] == markAmbig) && s.fam[i] != famSingle
}

// pairMarks pairs quote marks paragraph by paragraph into pieces.
func (s *scanner) pairMarks() {
	n := len(s.toks)
	open := -1       // token of the open mark
	var fam int8 = 0 // its family
	group := -1      // group of a quote continued from the previous paragraph
	emit := func(o, c, end int) {
		a, b := o+1, end
		if s.wide[o] {
			a++
		}
		if c >= 0 {
			b = c
		}
		if b <= a {
			return
		}
		g := group
		if g < 0 {
			g = len(s.pieces)
		}
		s.pieces = append(s.pieces, piece{open: o, close: c, a: a, b: b, group: g})
		group = -1
	}
	for i := 0; i < n; i++ {
		if i > 0 && s.para[i] != s.para[i-1] {
			if open >= 0 {
				// An unclosed single mark is most likely an apostrophe and
				// is dropped silently.
				if fam != famSingle {
					cont := s.isOpener(i)
					g := group
					if g < 0 {
						g = len(s.pieces)
					}
					emit(open, -1, i)
					if cont {
						group = g
					} else {
						s.unbalanced++
					}
				}
				open = -1
			}
		}
		m := s.mark[i]
		if m == markNone {
			continue
		}
		f := s.fam[i]
		if open >= 0 && f != fam {
			continue // another family nested inside the quote
		}
		if f == famSingle && open < 0 && !s.singleOpens(i) {
			continue
		}
		switch {
		case open < 0 && m == markClose && f == famDouble && !s.glued(i-1, i) && s.glued(i, i+1) && s.isWord(i+1):
			open, fam = i, f // a wrong-way opening mark: ”Fear.
		case open < 0 && m == markClose:
			if f != famSingle {
				s.unbalanced++ // a closing mark with nothing open
			}
		case open < 0:
			if m == markAmbig && s.glued(i-1, i) && !s.glued(i, i+1) && s.isWord(i-1) {
				s.unbalanced++ // looks like a closing mark: word"
				continue
			}
			open, fam = i, f
		case m == markClose || m == markAmbig:
			emit(open, i, i)
			open = -1
		default: // an opening mark while one is open
			if s.glued(i-1, i) && !s.glued(i, i+1) {
				emit(open, i, i) // a wrong-way closing mark
				open = -1
				continue
			}
			s.unbalanced++
			group = -1
			open, fam = i, f
		}
	}
	if open >= 0 && fam != famSingle {
		emit(open, -1, n)
		s.unbalanced++
	}
	for pi := range s.pieces {
		p := &s.pieces[pi]
		if p.close < 0 && p.group == pi && s.fam[p.open] == famSingle {
			continue
		}
		// Single-quote pieces longer than a paragraph's sentence or two are
		// apostrophes paired by accident.
		if s.fam[p.open] == famSingle && p.b-p.a > 40 {
			p.b = p.a
			continue
		}
		end := p.close
		if end < 0 {
			end = p.b - 1
		} else if s.wide[end] {
			end++
		}
		for t := p.open; t <= end && t < n; t++ {
			s.inQ[t] = pi
		}
	}
}

// singleOpens reports whether a single-quote mark at i can open a quote: it
// must be followed, without a space, by a word, and not be glued to a word
// before it (an apostrophe or a possessive).
func (s *scanner) singleOpens(i int) bool {
	if s.mark[i] == markClose {
		return false
	}
	if s.glued(i-1, i) && s.isWord(i-1) {
		return false
	}
	if !s.glued(i, i+1) || !s.isWord(i+1) {
		return false
	}
	// Require a closing single mark later in the paragraph.
	for j := i + 1; j < len(s.toks) && s.para[j] == s.para[i]; j++ {
		if s.fam[j] == famSingle && s.mark[j] != markOpen && s.glued(j-1, j) {
			return true
		}
	}
	return false
}

// isCue reports whether token i is a speech cue ("according" only before "to").
func (s *scanner) isCue(i int) bool {
	if i < 0 || i >= len(s.low) {
		return false
	}
	if s.low[i] == "according" {
		return i+1 < len(s.low) && s.low[i+1] == "to"
	}
	return speechCues[s.low[i]]
}

// cueEnd is the token after the cue starting at i.
func (s *scanner) cueEnd(i int) int {
	if s.low[i] == "according" {
		return i + 2
	}
	return i + 1
}

// boundary tokens end the search for a cue.
func (s *scanner) terminal(i int) bool {
	switch s.low[i] {
	case ".", "!", "?", ";", "…", "...", "?!", "!?":
		return true
	}
	return false
}

// attributeDirect finds the speaker of every piece.
func (s *scanner) attributeDirect() {
	for pi := range s.pieces {
		p := &s.pieces[pi]
		if p.b <= p.a {
			continue
		}
		var att attribution
		if p.close >= 0 {
			att = s.rightCue(s.after(p.close))
		}
		if !att.ok() {
			att = s.leftCue(pi)
		}
		if att.ok() {
			p.att, p.explicit = att, true
		}
		p.speech = s.isSpeech(pi)
	}
	// Inherit speakers: a piece of a multi-paragraph quote from its first
	// piece (or a later one that has the cue), a split or follow-on quote
	// from the quote before it in the paragraph, and a paragraph that opens
	// with a cue-less quote from the previous paragraph.
	for pi := range s.pieces {
		p := &s.pieces[pi]
		if p.explicit || p.b <= p.a {
			continue
		}
		if p.group != pi {
			if g := s.pieces[p.group]; g.att.ok() {
				p.att, p.inherited = g.att, true
				continue
			}
		}
		if prev := s.prevPiece(pi); prev >= 0 && s.pieces[prev].att.ok() {
			q := s.pieces[prev]
			p.att, p.inherited = q.att, true
			// The second of two partial quotes in one sentence ("as
			// "puppets" that were "paid from the outside"").
			if !p.speech && q.speech && q.att.cue[0] < q.open && s.sent[q.open] == s.sent[p.open] && !s.titleCase(p.a, p.b) {
				p.speech = true
			}
			continue
		}
		if next := pi + 1; next < len(s.pieces) && s.pieces[next].explicit && s.para[s.pieces[next].open] == s.para[p.open] &&
			s.pieces[next].open == s.after(p.close) {
			p.att, p.inherited = s.pieces[next].att, true
			continue
		}
		if p.open == s.paraS[s.para[p.open]] && p.speech {
			if att, ok := s.previousParagraphSpeaker(s.para[p.open]); ok {
				p.att, p.inherited = att, true
			}
		}
	}
	// A group takes the cue found on any of its pieces.
	for pi := range s.pieces {
		p := &s.pieces[pi]
		if p.group == pi && !p.att.ok() {
			for pj := pi + 1; pj < len(s.pieces) && s.pieces[pj].group == pi; pj++ {
				if s.pieces[pj].explicit {
					p.att, p.inherited = s.pieces[pj].att, true
					break
				}
			}
		}
	}
}

// prevPiece is the piece before pi in the same paragraph, or -1.
func (s *scanner) prevPiece(pi int) int {
	for pj := pi - 1; pj >= 0; pj-- {
		q := s.pieces[pj]
		if q.b <= q.a {
			continue
		}
		if s.para[q.open] != s.para[s.pieces[pi].open] {
			return -1
		}
		return pj
	}
	return -1
}

// previousParagraphSpeaker is the speaker of paragraph p-1: of its last
// attributed quote, else of its last cue with a subject ("Smith said on
// Tuesday:", or reported speech, which is found only later).
func (s *scanner) previousParagraphSpeaker(p int) (attribution, bool) {
	if p == 0 {
		return attribution{}, false
	}
	start, end := s.paraS[p-1], s.paraS[p]
	for pj := len(s.pieces) - 1; pj >= 0; pj-- {
		q := s.pieces[pj]
		if q.open >= start && q.open < end && q.att.ok() && q.att.spk[0] < q.att.spk[1] {
			return q.att, true
		}
	}
	// A paragraph that introduces the quote: "Smith said on Tuesday:" or a
	// reported statement by the speaker.
	for i := end - 1; i >= start; i-- {
		if s.inQ[i] >= 0 || !s.isCue(i) {
			continue
		}
		// Only a person, or any speaker introducing the quote with a colon.
		if att := s.subjectBefore(i, start); att.spk[0] < att.spk[1] && (s.low[end-1] == ":" || s.personOrPronoun(att.spk[0], att.spk[1])) {
			return att, true
		}
	}
	// "Sanders made the following comment:" - the subject of a paragraph
	// that ends with a colon.
	if s.low[end-1] == ":" {
		if a, b := s.clauseSubject(start, end-1); a < b {
			return attribution{spk: [2]int{a, b}, cue: [2]int{end - 1, end}}, true
		}
	}
	return attribution{}, false
}

// rightCue looks for ", he said", ", said Smith", ", according to Smith"
// starting at token i (just after a closing mark).
func (s *scanner) rightCue(i int) attribution {
	n := len(s.toks)
	if i >= n {
		return attribution{}
	}
	para := s.para[i-1]
	j := i
	dash := -1
	for j < n && s.para[j] == para && (s.low[j] == "," || isDash(s.low[j])) {
		if isDash(s.low[j]) {
			dash = j
		}
		j++
	}
	if j >= n || s.para[j] != para {
		return attribution{}
	}
	// The window: up to a terminal mark or the next quote, at most 24 tokens.
	end := j
	for end < n && end-j < 24 && s.para[end] == para && !s.terminal(end) && s.inQ[end] < 0 {
		end++
	}
	for k := j; k < end; k++ {
		if !s.isCue(k) {
			continue
		}
		ce := s.cueEnd(k)
		// Inverted: ", said Smith" (only aux words before the cue).
		if s.onlyPunctOrAux(j, k) {
			a, b := s.subjectAfter(ce, end)
			if a < b {
				return attribution{spk: [2]int{a, b}, cue: [2]int{k, ce}, inverted: true}
			}
			if k == j {
				return attribution{}
			}
		}
		att := s.subjectBefore(k, j)
		if att.spk[0] == j || (att.spk[0] > j && s.onlyPunctOrAux(j, att.spk[0])) {
			return att
		}
		// Everything between the quote and the cue is the speaker, with its
		// appositives: "Scott Pruitt, the attorney general of Oklahoma, said".
		b := k
		for b > j && aux[s.low[b-1]] {
			b--
		}
		if b > j && b-j <= 22 && (s.low[b-1] == "," || s.low[b-1] == ")") {
			c := j
			for c < b && s.low[c] != "," && s.low[c] != "(" {
				c++
			}
			if c > j && s.plausibleSubject(j, c) && s.hasEntityOrCap(j, c) {
				return attribution{spk: [2]int{j, b}, cue: [2]int{k, ce}}
			}
		}
		if b > j && b-j <= 10 && (s.nameLike(j, b) || s.nounPhrase(j, b)) {
			return attribution{spk: [2]int{j, b}, cue: [2]int{k, ce}}
		}
		return attribution{}
	}
	// A byline-style dash: "..." ― Jane Doe
	if dash >= 0 && end-j <= 6 && (end >= n || s.para[end] != para || s.terminal(end)) && s.isCap(j) {
		return attribution{spk: [2]int{j, end}, cue: [2]int{dash, dash + 1}}
	}
	return attribution{}
}

// isDash reports whether w is a dash token.
func isDash(w string) bool {
	switch w {
	case "—", "–", "―", "--":
		return true
	}
	return false
}

// opensPhrase reports whether a noun phrase can start at token i.
func (s *scanner) opensPhrase(i int) bool {
	w := s.low[i]
	return pronouns[w] || subjectOpeners[w] || s.isCap(i) || s.entityIn(i, i+1) >= 0
}

// onlyPunctOrAux reports whether [a,b) has no word but auxiliaries.
func (s *scanner) onlyPunctOrAux(a, b int) bool {
	for t := a; t < b; t++ {
		if s.isWord(t) && !aux[s.low[t]] {
			return false
		}
	}
	return true
}

// subjectAfter is the speaker phrase after a cue: the tokens from a up to a
// comma, stop word or the window end, at most 8.
func (s *scanner) subjectAfter(a, end int) (int, int) {
	b := a
	for b < end && b-a < 8 && s.isWord(b) && !subjectStop[s.low[b]] && !s.isCue(b) {
		b++
	}
	// Keep "Smith 's spokesman" together.
	if b > a && b < end && (s.low[b] == "'s" || s.low[b] == "’s") {
		for b++; b < end && b-a < 10 && s.isWord(b) && !subjectStop[s.low[b]] && !s.isCue(b); b++ {
		}
	}
	if b > a && !s.plausibleSubject(a, b) {
		return a, a
	}
	return a, b
}

// subjectBefore is the attribution of cue k with its speaker before it
// ("Smith has also said"), scanning back no further than token lo.
func (s *scanner) subjectBefore(k, lo int) attribution {
	att := attribution{cue: [2]int{k, s.cueEnd(k)}}
	if s.low[k] == "according" {
		a, b := s.subjectAfter(k+2, s.sentenceEnd(k))
		att.spk = [2]int{a, b}
		att.inverted = true
		return att
	}
	b := k
	for b > lo && aux[s.low[b-1]] {
		b--
	}
	if b > lo && pronouns[s.low[b-1]] {
		att.spk = [2]int{b - 1, b} // "... target it pledged": only "it"
		return att
	}
	a := b
	for a > lo && b-a < 8 {
		w := s.low[a-1]
		if w == "'s" || w == "’s" {
			a--
			continue
		}
		if w == ")" {
			// Skip "(D-Wis.)" after a name.
			c := a - 1
			for c > lo && a-c < 8 && s.low[c] != "(" {
				c--
			}
			if s.low[c] == "(" && c > lo {
				a = c
				continue
			}
			break
		}
		if !s.isWord(a-1) || subjectStop[w] || s.isCue(a-1) || s.inQ[a-1] >= 0 || s.sent[a-1] != s.sent[k] {
			break
		}
		a--
	}
	// An appositive: "Smith, a spokesman for the group, said".
	if a < b && a-2 >= lo && s.low[a-1] == "," && subjectOpeners[s.low[a]] && b-a < 6 {
		c := a - 1
		for c > lo && a-c < 5 && s.isWord(c-1) && !subjectStop[s.low[c-1]] && s.sent[c-1] == s.sent[k] {
			c--
		}
		if c < a-1 && s.hasEntityOrCap(c, a-1) && c-1 >= lo && (s.low[c-1] == "," || c == lo) {
			a = c
		}
	}
	if a < b && s.plausibleSubject(a, b) {
		att.spk = [2]int{a, b}
	}
	return att
}

// sentenceEnd is where the clause of token i ends: a comma, a terminal
// mark, a quote or the sentence end.
func (s *scanner) sentenceEnd(i int) int {
	n := len(s.toks)
	j := i
	for j < n && s.sent[j] == s.sent[i] && s.para[j] == s.para[i] && s.inQ[j] < 0 && s.low[j] != "," && !s.terminal(j) {
		j++
	}
	return j
}

// hasEntityOrCap reports whether [a,b) has a capitalized word or an entity.
func (s *scanner) hasEntityOrCap(a, b int) bool {
	for t := a; t < b; t++ {
		if s.isCap(t) {
			return true
		}
	}
	return s.entityIn(a, b) >= 0
}

// plausibleSubject rejects phrases that cannot name a speaker.
func (s *scanner) plausibleSubject(a, b int) bool {
	if b-a > 9 || s.low[b-1] == "'s" || s.low[b-1] == "’s" {
		return false // too long, or a possessive with no head ("Editor's note")
	}
	if last := s.raw[b-1]; b-a > 1 && strings.HasSuffix(last, "ly") && !s.isCap(b-1) {
		return false // an adverb, not a head noun: "a widely read column"
	}
	first := s.low[a]
	if pronouns[first] || subjectOpeners[first] {
		if b-a == 1 && subjectOpeners[first] && !pronouns[first] {
			return false
		}
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s.raw[a]); unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	if s.entityIn(a, b) >= 0 {
		return true
	}
	// A bare plural noun: "officials said", "sources say".
	return b-a <= 3 && strings.HasSuffix(s.low[b-1], "s")
}

// leftCue looks before the opening mark of piece pi: "Smith said:",
// "he told reporters", "according to Smith,", "Smith:".
func (s *scanner) leftCue(pi int) attribution {
	p := s.pieces[pi]
	o := p.open
	lo := s.paraS[s.para[o]]
	if prev := s.prevPiece(pi); prev >= 0 {
		q := s.pieces[prev]
		if q.close >= 0 {
			lo = s.after(q.close)
		}
	}
	for t := o - 1; t >= lo; t-- {
		if s.terminal(t) && t < o-1 {
			lo = t + 1
			break
		}
	}
	if lo >= o || s.terminal(o-1) {
		return attribution{} // the quote opens a new sentence
	}
	e := o
	colon := false
	for e > lo && (s.low[e-1] == "," || s.low[e-1] == ":" || s.low[e-1] == "that" || s.low[e-1] == "—") {
		if s.low[e-1] == ":" {
			colon = true
		}
		e--
	}
	// The last cue in the window with at most maxGap tokens before the mark.
	maxGap := 7
	if !s.startsSentence(o, lo) {
		maxGap = 14 // a partial quote: "described the figures as"
	}
	for k := e - 1; k >= lo && o-k <= maxGap+2; k-- {
		if s.low[k] == "to" && k > lo && s.low[k-1] == "according" {
			k--
		}
		if !s.isCue(k) {
			continue
		}
		ce := s.cueEnd(k)
		if att := s.subjectBefore(k, lo); att.spk[0] < att.spk[1] {
			return att
		}
		// Inverted before a quote: ", said Smith, "..."
		if a, b := s.subjectAfter(ce, e); a < b && b == e {
			return attribution{spk: [2]int{a, b}, cue: [2]int{k, ce}, inverted: true}
		}
		// "Smith, a historian who was there, recalled:" or "He defended
		// the remark, saying:" - the subject of the clause.
		if a, b := s.clauseSubject(lo, k); a < b {
			return attribution{spk: [2]int{a, b}, cue: [2]int{k, ce}}
		}
		return attribution{cue: [2]int{k, ce}}
	}
	if colon && e-lo > 6 {
		// "Sanders made the following comment:"
		if a, b := s.clauseSubject(lo, e); a < b {
			return attribution{spk: [2]int{a, b}, cue: [2]int{e, e + 1}}
		}
	}
	if colon && e-lo <= 6 && e > lo {
		// "Smith: "..."" - the whole phrase before the colon is the speaker.
		a := lo
		for a < e && !s.isWord(a) {
			a++
		}
		if a < e && s.plausibleSubject(a, e) && (s.entityIn(a, e) >= 0 || pronouns[s.low[a]] || s.hasEntityOrCap(a, e)) {
			return attribution{spk: [2]int{a, e}, cue: [2]int{e, e + 1}}
		}
	}
	return attribution{}
}

// clauseSubject finds the subject of the clause in [lo,k): the first
// comma-separated chunk that does not open with a preposition or
// conjunction, cut to its first entity mention or a short noun phrase.
func (s *scanner) clauseSubject(lo, k int) (int, int) {
	for a := lo; a < k; {
		for a < k && (!s.isWord(a) || s.inQ[a] >= 0) {
			a++
		}
		b := a
		for b < k && s.low[b] != "," && !isDash(s.low[b]) {
			b++
		}
		if a < b && !subjectStop[s.low[a]] && s.opensPhrase(a) && !s.isCue(a) {
			if pronouns[s.low[a]] {
				return a, a + 1
			}
			// The first entity mention starting in the first four tokens.
			ra := s.toks[a][0]
			lim := s.toks[min(b, a+4)-1][1]
			bestEnd := -1
			for _, m := range s.ments {
				if m.start >= ra && m.start < lim && (bestEnd < 0 || m.end > bestEnd) && m.end <= s.toks[b-1][1] {
					bestEnd = m.end
				}
			}
			if bestEnd > 0 {
				c := a
				for c < b && s.toks[c][1] <= bestEnd {
					c++
				}
				return a, c
			}
			// Else a short phrase: determiner and up to two words.
			c := a + 1
			for c < b && c-a < 3 && s.isWord(c) && !aux[s.low[c]] && !subjectStop[s.low[c]] && !s.isCue(c) && !strings.HasSuffix(s.low[c], "ed") {
				c++
			}
			if s.plausibleSubject(a, c) {
				return a, c
			}
			return a, a
		}
		a = b + 1
	}
	return lo, lo
}

// startsSentence reports whether the mark at o opens its clause: only
// punctuation, a cue clause or nothing before it in the window.
func (s *scanner) startsSentence(o, lo int) bool {
	if o == lo || o == s.paraS[s.para[o]] {
		return true
	}
	if o > 0 && s.sent[o-1] != s.sent[o] {
		return true
	}
	switch s.low[o-1] {
	case ":", ",", "(", "—", "–", "-":
		return true
	}
	return false
}

// isSpeech tells a quote from a scare quote or a title.
func (s *scanner) isSpeech(pi int) bool {
	p := s.pieces[pi]
	if p.group != pi || p.close < 0 {
		return true
	}
	words := 0
	for t := p.a; t < p.b; t++ {
		if s.isWord(t) {
			words++
		}
	}
	if words == 0 {
		return false
	}
	if p.open > 0 && nonSpeechBefore[s.low[p.open-1]] && p.att.cue[0] == p.att.cue[1] {
		return false
	}
	// A Title Case phrase is a title or a name ("on "Face the Nation""),
	// unless it opens the sentence and a cue follows.
	if s.titleCase(p.a, p.b) && !(p.explicit && p.att.cue[0] > p.open && s.startsSentence(p.open, 0)) {
		return false
	}
	last := s.low[p.b-1]
	endPunct := last == "," || last == "." || last == "?" || last == "!" || last == "…" || last == "..." || last == "—" || last == "?!"
	switch {
	case p.explicit && (endPunct || words >= 4 || s.startsSentence(p.open, 0)):
		return true
	case endPunct && words >= 3:
		return true
	case words >= 3 && s.startsSentence(p.open, 0) && s.after(p.close) < len(s.low) && s.low[s.after(p.close)] == ",":
		return true // « Nous restons », a-t-il dit: a comma outside the marks
	case s.startsSentence(p.open, 0) && words >= 5:
		return true
	case words >= 10:
		return true
	}
	// A partial quote inside reported speech: short, but with a cue and a
	// speaker before it in the sentence.
	return p.explicit && p.att.spk[0] < p.att.spk[1] && p.att.cue[0] < p.att.cue[1] && p.att.cue[0] < p.open
}

// personOrPronoun reports whether [a,b) names a person entity or is a
// personal pronoun.
func (s *scanner) personOrPronoun(a, b int) bool {
	if b-a == 1 && (s.low[a] == "he" || s.low[a] == "she") {
		return true
	}
	ei := s.entityIn(a, b)
	return ei >= 0 && s.d.Entities[ei].Type == "person"
}

// nounPhrase reports whether [a,b) can be a speaker noun phrase with
// modifiers ("a narrator in the Clinton ad"): it opens with a determiner or
// a capital, and has no pronoun, auxiliary or past participle after that.
func (s *scanner) nounPhrase(a, b int) bool {
	if !(subjectOpeners[s.low[a]] || s.isCap(a)) || pronouns[s.low[a]] {
		return false
	}
	for t := a + 1; t < b; t++ {
		w := s.low[t]
		if pronouns[w] || aux[w] || s.isCue(t) || !s.isCap(t) && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// nameLike reports whether [a,b) is all capitalized words and small
// function words: "Mr. Morgan of the Sierra Club".
func (s *scanner) nameLike(a, b int) bool {
	for t := a; t < b; t++ {
		if s.isWord(t) && !s.isCap(t) && !smallWords[s.low[t]] {
			return false
		}
	}
	return s.isCap(a)
}

// titleCase reports whether the words in [a,b) are a short title: two to
// eight words, all capitalized except small function words.
func (s *scanner) titleCase(a, b int) bool {
	caps, words := 0, 0
	for t := a; t < b; t++ {
		if !s.isWord(t) {
			continue
		}
		words++
		switch {
		case s.isCap(t):
			caps++
		case smallWords[s.low[t]]:
		default:
			return false
		}
	}
	return caps >= 2 && words <= 8
}

// findReported finds "X said (that) ...", "..., X said", "according to X,
// ..." outside direct quotes.
func (s *scanner) findReported() {
	n := len(s.toks)
	for i := 0; i < n; {
		// One sentence (clipped at paragraph ends) at a time.
		j := i
		for j < n && s.sent[j] == s.sent[i] && s.para[j] == s.para[i] {
			j++
		}
		s.reportedIn(i, j)
		i = j
	}
}

// reportedIn finds the reported speech of the sentence [a,b): the first
// cue with a speaker and content, and what is coordinated with it.
func (s *scanner) reportedIn(a, b int) {
	// Cues inside quotes are skipped below; a cue clause after a quote
	// ("..., he said") is the quote's own.
	for k := a; k < b; k++ {
		if s.inQ[k] >= 0 || !(s.isCue(k) || beliefCues[s.low[k]]) {
			continue
		}
		if anonymity[s.low[k]] {
			continue // "asking not to be named", "speaking on condition of anonymity"
		}
		ce := s.cueEnd(k)
		if s.low[k] == "according" {
			sa, sb := s.subjectAfter(ce, b)
			if sa == sb {
				continue
			}
			// "According to X, CONTENT." or "CONTENT, according to X."
			if sb < b && s.low[sb] == "," && k == s.firstWord(a, b) {
				s.addReported(sb+1, b, attribution{spk: [2]int{sa, sb}, cue: [2]int{k, ce}, inverted: true})
				return
			}
			if k > a && s.low[k-1] == "," {
				s.addReported(a, k-1, attribution{spk: [2]int{sa, sb}, cue: [2]int{k, ce}, inverted: true})
				return
			}
			continue
		}
		att := s.subjectBefore(k, a)
		if att.spk[0] == att.spk[1] {
			// "Phil Lovas, the state's campaign chairman, said ..."
			b0 := k
			for b0 > a && aux[s.low[b0-1]] {
				b0--
			}
			if b0 > a && s.low[b0-1] == "," {
				if sa, sb := s.clauseSubject(a, b0-1); sa < sb && sa == s.firstWord(a, b) {
					att.spk = [2]int{sa, sb}
				}
			}
		}
		if att.spk[0] < att.spk[1] {
			sa := att.spk[0]
			// "CONTENT, X said, CONTENT." - a cue inside the sentence.
			if sa > a && s.low[sa-1] == "," && ce+1 < b && s.low[ce] == "," && !subjectStop[s.low[ce+1]] {
				s.addReported(a, sa-1, att)
				s.addReported(ce+1, b, att)
				return
			}
			// "CONTENT, X said (in a statement)." - the cue clause ends the sentence.
			if sa > a && (s.low[sa-1] == "," || s.low[sa-1] == "—") && s.tailOnly(ce, b) {
				s.addReported(a, sa-1, att)
				return
			}
			// "X said (that) CONTENT", up to a second cue of the sentence
			// ("..., and warned ...", "..., citing ...").
			c := s.contentStart(k, ce, b)
			if c >= 0 && s.isWord(c) && !s.isOpener(c) && (speechCues[s.low[k]] || !subjectStop[s.low[c]] || clauseOpeners[s.low[c]]) {
				end := s.contentEnd(c, b)
				s.addReported(c, end, att)
				if end < b {
					s.coordinated(end, b, att)
				}
				return
			}
			continue
		}
		// "CONTENT, said X."
		if k > a && s.low[k-1] == "," && speechCues[s.low[k]] {
			if sa, sb := s.subjectAfter(ce, b); sa < sb && s.tailOnly(sb, b) {
				s.addReported(a, k-1, attribution{spk: [2]int{sa, sb}, cue: [2]int{k, ce}, inverted: true})
				return
			}
		}
	}
}

// contentEnd cuts reported content in [c,b) where another attribution
// starts: a cue word after a comma or conjunction ("and warned", ", citing"),
// or a pronoun and cue ("and he noted").
func (s *scanner) contentEnd(c, b int) int {
	for t := c + 1; t+1 < b; t++ {
		if s.inQ[t] >= 0 {
			continue
		}
		switch s.low[t] {
		case ",", ";", "—", "–", "and", "but":
		default:
			continue
		}
		n := t + 1
		if (s.low[t] == "," || s.low[t] == ";") && (s.low[n] == "and" || s.low[n] == "but") {
			n++
		}
		if n < b && s.inQ[n] < 0 && (s.isCue(n) || beliefCues[s.low[n]] && s.low[t] != ",") {
			return t
		}
		if n+1 < b && pronouns[s.low[n]] && (s.isCue(n+1) || beliefCues[s.low[n+1]]) {
			return t
		}
	}
	return b
}

// coordinated finds a second attribution after reported content ended at
// t: "... and warned X", where the speaker is the previous one, or "... and
// he noted X".
func (s *scanner) coordinated(t, b int, prev attribution) {
	k := t
	for k < b && (s.low[k] == "," || s.low[k] == ";" || s.low[k] == "and" || s.low[k] == "but" || isDash(s.low[k])) {
		k++
	}
	att := prev
	if k+1 < b && pronouns[s.low[k]] {
		att.spk = [2]int{k, k + 1}
		k++
	}
	if k >= b || s.low[k] == "according" || !(s.isCue(k) || beliefCues[s.low[k]]) {
		return
	}
	ce := s.cueEnd(k)
	att.cue, att.inverted = [2]int{k, ce}, false
	c := s.contentStart(k, ce, b)
	if c < 0 || !s.isWord(c) || s.isOpener(c) || subjectStop[s.low[c]] && !clauseOpeners[s.low[c]] {
		return
	}
	end := s.contentEnd(c, b)
	s.addReported(c, end, att)
	if end < b && end > k {
		s.coordinated(end, b, att)
	}
}

// firstWord is the first word token in [a,b), or b.
func (s *scanner) firstWord(a, b int) int {
	for t := a; t < b; t++ {
		if s.isWord(t) {
			return t
		}
	}
	return b
}

// tailOnly reports whether only a short adjunct follows the cue: "in a
// statement", "on Tuesday", "to reporters".
func (s *scanner) tailOnly(c, b int) bool {
	words := 0
	for t := c; t < b; t++ {
		if s.isWord(t) {
			words++
		}
		if s.inQ[t] >= 0 {
			return false
		}
	}
	if words == 0 {
		return true
	}
	return words <= 6 && c < b && (subjectStop[s.low[c]] || s.low[c] == ",")
}

// contentStart is the first content token after a cue: past an object of
// "told"/"asked" and a "that".
func (s *scanner) contentStart(k, ce, b int) int {
	c := ce
	switch s.low[k] {
	case "told", "tells", "tell", "telling", "asked", "asks", "warned", "assured", "reminded", "informed":
		for t := c; t < b && t-c < 6; t++ {
			if s.low[t] == "that" {
				return t + 1
			}
		}
		// Skip a one to three word object.
		for c < b && c-ce < 3 && (objectWords[s.low[c]] || s.isCap(c)) {
			c++
		}
		if c == ce {
			return -1
		}
	}
	// "said in a statement on Tuesday that ...": skip the adjunct.
	if c < b && subjectStop[s.low[c]] && s.low[c] != "that" && s.low[c] != "if" && s.low[c] != "whether" {
		for t := c; t < b && t-c < 10; t++ {
			if s.low[t] == "that" || s.low[t] == "," || s.low[t] == ":" {
				c = t
				break
			}
		}
	}
	if c >= b {
		return -1
	}
	switch s.low[c] {
	case "by", "of", "with":
		return -1 // "charged with", "accused of", "reported by": not speech
	}
	for c < b && (s.low[c] == "that" || s.low[c] == "," || s.low[c] == ":") {
		c++
	}
	if c < b && s.low[c-1] == "," && strings.HasSuffix(s.low[c], "ing") {
		if contentParticiples[s.low[c]] {
			return s.contentStart(c, s.cueEnd(c), b) // "said, adding that ..."
		}
		return -1 // "said, asking not to be named"
	}
	if c >= b {
		return -1
	}
	words := 0
	for t := c; t < b; t++ {
		if s.isWord(t) {
			words++
		}
	}
	if words < 3 {
		return -1
	}
	return c
}

// isCap reports whether token i starts with an upper-case letter.
func (s *scanner) isCap(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.raw[i])
	return unicode.IsUpper(r)
}

// addReported records reported content [a,b) without edge punctuation.
func (s *scanner) addReported(a, b int, att attribution) {
	for b > a && !s.isWord(b-1) && s.inQ[b-1] < 0 {
		b--
	}
	for a < b && !s.isWord(a) && !s.isOpener(a) {
		a++
	}
	words, quoted := 0, 0
	for t := a; t < b; t++ {
		if s.isWord(t) {
			words++
		}
		if s.inQ[t] >= 0 && s.pieces[s.inQ[t]].speech {
			quoted++
		}
	}
	// Too short, or a direct quote already (""A", he said"); reported
	// speech with partial quotes in it is kept.
	if words < 3 || s.inQ[a] >= 0 && 2*quoted > b-a {
		return
	}
	s.reps = append(s.reps, reported{a: a, b: b, att: att})
}

// entityIn is the entity a speaker phrase names: a person mentioned in it
// first, else the mention nearest the phrase end; -1 when none.
func (s *scanner) entityIn(a, b int) int {
	if a >= b {
		return -1
	}
	ra, rb := s.toks[a][0], s.toks[b-1][1]
	best, bestPerson := -1, false
	bestEnd := -1
	for _, m := range s.ments {
		if m.end <= ra || m.start >= rb {
			continue
		}
		person := s.d.Entities[m.ent].Type == "person"
		if best < 0 || person && !bestPerson || person == bestPerson && m.end > bestEnd {
			best, bestPerson, bestEnd = m.ent, person, m.end
		}
	}
	return best
}

// span is the rune span of tokens [a,b).
func (s *scanner) span(a, b int) doc.Span {
	if a >= b {
		return doc.Span{}
	}
	return doc.Span{s.toks[a][0], s.toks[b-1][1]}
}

// text is the text of tokens [a,b).
func (s *scanner) text(a, b int) string {
	if a >= b {
		return ""
	}
	return s.d.Text[s.bs[a]:s.be[b-1]]
}

// found builds the output for content tokens [a,b). An inherited
// attribution keeps its speaker but not its cue, which is elsewhere.
func (s *scanner) found(a, b int, direct bool, att attribution, inherited bool) Found {
	f := Found{Quote: doc.Quote{Start: s.toks[a][0], End: s.toks[b-1][1], Text: s.text(a, b), Direct: direct}}
	if att.spk[0] < att.spk[1] {
		f.SpeakerSpan = s.span(att.spk[0], att.spk[1])
		if ei := s.entityIn(att.spk[0], att.spk[1]); ei >= 0 {
			e := s.d.Entities[ei]
			f.Speaker, f.SpeakerName = doc.Str(e.ID), doc.Str(e.Name)
		} else if !(att.spk[1]-att.spk[0] == 1 && pronouns[s.low[att.spk[0]]]) {
			f.SpeakerName = doc.Str(s.text(att.spk[0], att.spk[1]))
		}
	}
	if att.cue[0] < att.cue[1] && !inherited {
		f.CueSpan = s.span(att.cue[0], att.cue[1])
		f.Cue = doc.Str(strings.ToLower(s.text(att.cue[0], att.cue[1])))
	}
	return f
}

// output lists the speech pieces and the reported speech in text order.
func (s *scanner) output() []Found {
	out := make([]Found, 0, len(s.pieces)+len(s.reps))
	for _, p := range s.pieces {
		if !p.speech {
			continue
		}
		if a, b := s.trim(p.a, p.b); a < b {
			out = append(out, s.found(a, b, true, p.att, p.inherited))
		}
	}
	for _, r := range s.reps {
		if a, b := s.trim(r.a, r.b); a < b {
			out = append(out, s.found(a, b, false, r.att, false))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// trim drops a trailing comma, which belongs to the reporting sentence
// ("The plan is dead," he said).
func (s *scanner) trim(a, b int) (int, int) {
	for b > a && s.low[b-1] == "," {
		b--
	}
	return a, b
}
