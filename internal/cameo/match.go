package cameo

import (
	"strings"
)

// Verb is the verb the event coder asks about.
type Verb struct {
	Lemma     string   // lower-case lemma ("attack"); an inflected form is also looked up
	Particles []string // phrasal-verb particles, lower case ("off" in "set off"), in order
}

// Role marks what a clause word is, as far as the coder's parse tells.
// When every word is RoleNone the matcher ignores phrase structure and
// matches words in order only (the old TABARI behaviour).
type Role uint8

const (
	RoleNone    Role = iota // unknown
	RoleObject              // in the verb's direct object
	RolePrep                // a preposition heading a prepositional phrase
	RolePObj                // in the object of a preposition
	RoleSubject             // in the subject (before the verb)
	RoleOther               // anything else (adverbs, auxiliaries, other material)
	// RoleAdjunct is a content word of an adverbial phrase of the verb
	// ("ahead of the elections"): no pattern word or slot takes it, so
	// "ORDER * ELECTIONS" does not fire on "ordered an investigation
	// ahead of the elections".
	RoleAdjunct
)

// Word is one word of the clause around the verb, in text order.
type Word struct {
	Text string // lower-case lemma ("attack", "troop")
	Role Role
	// Phrase groups words: the words of one noun phrase share an id, and a
	// preposition shares the id of its object ("against", "the", "rebels").
	// 0 means unknown: such a word is a phrase of its own.
	Phrase int32
}

// Side says where a slot filler is.
type Side uint8

const (
	SideDefault Side = iota // the pattern does not say: use the subject (or passive agent) as source, the direct object as target
	SideAfter               // words after[Start:End]
	SideBefore              // words before[Start:End]
)

// Slot is a source or target filler chosen by a pattern.
type Slot struct {
	Side       Side
	Start, End int // half-open range into the after or before words
}

// Match is the lexicon's answer for one verb.
type Match struct {
	// Code is the CAMEO code of the source -> target event. It is "" when
	// the entry only has a reverse code ("[:173]").
	Code string
	// Reverse is the second code of a symmetric entry "[ccc:ddd]": the
	// event the target does to the source ("meet" [040:040], "travel to"
	// [042:043]). "" if none.
	Reverse string
	Source  Slot
	Target  Slot
	// Compound is set when the pattern has "%": the source phrase is a
	// compound actor ("A and B agreed") and the event holds between its
	// members.
	Compound bool
	// Rule names the entry that fired, e.g. "CAMEO.2.0 ATTACK: * + [190]"
	// or, for a verb's own code, "CAMEO.2.0 ASK: ASK [020]".
	Rule string
	// Confidence grows with the specificity of the pattern: 0.5 for a
	// verb's default code, 0.6..0.95 for patterns.
	Confidence float64
	// Score is the specificity: 2 per matched word or synonym set, 1 per
	// slot and per phrase-structure check, 2 per extra word of a
	// multi-word verb, +1 for any pattern.
	Score int
	// AfterWords and BeforeWords have bit i set when after[i] (before[i])
	// was matched by a word of the pattern or of a multi-word verb: with
	// the verb they make the event trigger. Only the first 64 words count.
	AfterWords, BeforeWords uint64
}

// maxSteps bounds the backtracking of one pattern, so hostile input cannot
// make Match slow.
const maxSteps = 4096

// Match finds the best lexicon entry for verb v in a clause whose words
// after the verb (objects, prepositional phrases, complements) are after
// and whose words before it (subject, auxiliaries, adverbs) are before,
// both in text order. It tries every pattern of every verb block listing
// v.Lemma and returns the most specific one that matches (on ties, the
// first in dictionary order); without a matching pattern it returns the
// verb's own code. ok is false when the verb is unknown or the best entry
// has the null code "[---]" (the returned Match then still names the rule).
//
// A pattern's words match words of the clause in the same order, with
// other words allowed in between unless the dictionary joins them with
// '_'. Particles count as the first words after the verb. With Role and
// Phrase marks, a "(PREP ...)" group must match a RolePrep word and words
// of its phrase, and the words of a "{...}" group must share a phrase.
func (l *Lexicon) Match(v Verb, after, before []Word) (Match, bool) {
	lemma := v.Lemma
	refs := l.senses[lemma]
	if len(refs) == 0 {
		if lem, ok := l.forms[lemma]; ok {
			refs = l.senses[lem]
		} else if lower := strings.ToLower(lemma); lower != lemma {
			return l.Match(Verb{Lemma: lower, Particles: v.Particles}, after, before)
		}
	}
	if len(refs) == 0 {
		return Match{}, false
	}
	marked := false
	for _, ws := range [][]Word{after, before} {
		for _, w := range ws {
			if w.Role != RoleNone {
				marked = true
			}
		}
	}
	// A pattern can only match if the clause has all its literal words: a
	// 64-bit Bloom signature of the clause rules most patterns out cheaply.
	sig := clauseSig(v.Particles, after, before)
	var best Match
	bestScore := -1
	var defMatch Match
	defBonus, defNull := -1, true
	var m matcher
	for _, ref := range refs {
		d := l.parts[ref.part]
		s := &d.Senses[ref.idx]
		// A multi-word verb: its extra words must be there.
		parts := v.Particles
		off, end := 0, len(before)
		var aw, bw uint64
		if len(s.Post) > 0 {
			if hasPrefix(parts, s.Post) {
				parts = parts[len(s.Post):]
			} else if wordsPrefix(after, s.Post) {
				off = len(s.Post)
				aw = bits(0, off)
			} else {
				continue
			}
		}
		if len(s.Pre) > 0 {
			if !wordsSuffix(before, s.Pre) {
				continue
			}
			end = len(before) - len(s.Pre)
			bw = bits(end, len(before))
		}
		bonus := 2 * (len(s.Pre) + len(s.Post))
		null := s.Code == "" && s.Rev == ""
		if bonus > defBonus || bonus == defBonus && defNull && !null {
			defBonus, defNull = bonus, null
			defMatch = Match{Code: s.Code, Reverse: s.Rev, Rule: l.rules[ref.part].senses[ref.idx],
				Confidence: 0.5, Score: bonus, AfterWords: aw, BeforeWords: bw}
		}
		b := &d.Blocks[s.Block]
		sigs, synSigs := l.rules[ref.part].sigs[s.Block], l.rules[ref.part].synSigs[s.Block]
	patterns:
		for pi := range b.Patterns {
			if sigs[pi]&^sig != 0 {
				continue
			}
			for _, ss := range synSigs[pi] {
				if ss&sig == 0 {
					continue patterns
				}
			}
			pt := &b.Patterns[pi]
			m.reset(l.syn[ref.part], marked, pt.BarePP)
			m.setSide(parts, after[off:], off)
			if !m.seq(pt.After, 0, 0, false) {
				continue
			}
			am := m.res
			m.reset(l.syn[ref.part], marked, -1)
			m.setSide(nil, before[:end], 0)
			if !m.seq(pt.Before, 0, 0, pt.Adj) {
				continue
			}
			bm := m.res
			score := 1 + bonus + am.score + bm.score
			if score <= bestScore {
				continue
			}
			bestScore = score
			best = Match{Code: pt.Code, Reverse: pt.Reverse, Rule: l.rules[ref.part].patterns[s.Block][pi],
				Score: score, AfterWords: aw | am.used, BeforeWords: bw | bm.used}
			best.Confidence = float64(min(95, 55+5*score)) / 100
			switch {
			case am.src.set:
				best.Source = Slot{SideAfter, am.src.start, am.src.end}
			case bm.src.set:
				best.Source = Slot{SideBefore, bm.src.start, bm.src.end}
			case am.comp.set:
				best.Source, best.Compound = Slot{SideAfter, am.comp.start, am.comp.end}, true
			case bm.comp.set:
				best.Source, best.Compound = Slot{SideBefore, bm.comp.start, bm.comp.end}, true
			}
			switch {
			case am.tgt.set:
				best.Target = Slot{SideAfter, am.tgt.start, am.tgt.end}
			case bm.tgt.set:
				best.Target = Slot{SideBefore, bm.tgt.start, bm.tgt.end}
			case pt.BarePP >= 0 && am.bare.set && !hasObject(after):
				// "called on B": the bare preposition's object; with a
				// direct object ("met Xi at the guesthouse") the object
				// stays the target
				best.Target = Slot{SideAfter, am.bare.start, am.bare.end}
			}
		}
	}
	if bestScore < 0 {
		if defBonus < 0 {
			return Match{}, false
		}
		best = defMatch
	}
	return best, best.Code != "" || best.Reverse != ""
}

func bits(from, to int) uint64 {
	var b uint64
	for i := from; i < to && i < 64; i++ {
		b |= 1 << uint(i)
	}
	return b
}

func hasPrefix(ps, want []string) bool {
	if len(ps) < len(want) {
		return false
	}
	for i, w := range want {
		if ps[i] != w {
			return false
		}
	}
	return true
}

func wordsPrefix(ws []Word, want []string) bool {
	if len(ws) < len(want) {
		return false
	}
	for i, w := range want {
		if ws[i].Text != w {
			return false
		}
	}
	return true
}

func wordsSuffix(ws []Word, want []string) bool {
	if len(ws) < len(want) {
		return false
	}
	o := len(ws) - len(want)
	for i, w := range want {
		if ws[o+i].Text != w {
			return false
		}
	}
	return true
}

// sameWord compares a clause word with a pattern literal, forgiving a
// regular plural on either side ("attacks" in a pattern matches "attack").
func sameWord(w string, e *elem) bool {
	if w == e.Word || (e.Sing != "" && w == e.Sing) {
		return true
	}
	base := e.Word
	if e.Sing != "" {
		base = e.Sing
	}
	return isPlural(w, base)
}

// isPlural reports whether w is a regular plural of base, without allocating.
func isPlural(w, base string) bool {
	if !strings.HasPrefix(w, base[:max(0, len(base)-1)]) || len(w) <= len(base) {
		return false
	}
	rest := w[len(base):]
	if strings.HasPrefix(w, base) && (rest == "s" || rest == "es") {
		return true
	}
	return strings.HasSuffix(base, "y") && w[len(base)-1:] == "ies"
}

type span struct {
	start, end int
	set        bool
}

type sideResult struct {
	score                int
	used                 uint64
	src, tgt, comp, bare span
}

// matcher matches the elements of one side of a pattern against one side
// of the clause. Its state is undone on backtracking.
type matcher struct {
	syn    []synIndex
	marked bool
	barePP int8     // the pattern's bare "(PREP)" group, -1 if none
	parts  []string // particles, matched before the words
	words  []Word
	off    int // index of words[0] in the caller's slice
	steps  int

	ppSet    [maxGroups]bool
	ppPhrase [maxGroups]int32
	ppAt     [maxGroups]int
	npSet    [maxGroups]bool
	npPhrase [maxGroups]int32

	res sideResult
}

// hasObject reports whether any word is in the verb's direct object.
func hasObject(words []Word) bool {
	for _, w := range words {
		if w.Role == RoleObject {
			return true
		}
	}
	return false
}

func (m *matcher) reset(syn []synIndex, marked bool, barePP int8) {
	*m = matcher{syn: syn, marked: marked, barePP: barePP}
}

func (m *matcher) setSide(parts []string, words []Word, off int) {
	m.parts, m.words, m.off = parts, words, off
}

func (m *matcher) n() int { return len(m.parts) + len(m.words) }

func (m *matcher) at(i int) Word {
	if i < len(m.parts) {
		return Word{Text: m.parts[i]}
	}
	return m.words[i-len(m.parts)]
}

// pos converts a matcher index into an index of the caller's slice.
func (m *matcher) pos(i int) int { return i - len(m.parts) + m.off }

// seq matches es[ei:] from position pos on; adjEnd requires the match to
// end at the last word (a pattern word joined to the verb before it).
func (m *matcher) seq(es []elem, ei, pos int, adjEnd bool) bool {
	m.steps++
	if m.steps > maxSteps {
		return false
	}
	if ei == len(es) {
		return !adjEnd || pos == m.n()
	}
	e := &es[ei]
	lo, hi := pos, m.n()
	if e.Next {
		hi = min(pos+1, hi)
	}
	for j := lo; j < hi; j++ {
		if m.try(es, ei, e, j, adjEnd) {
			return true
		}
	}
	return false
}

func (m *matcher) try(es []elem, ei int, e *elem, j int, adjEnd bool) bool {
	w := m.at(j)
	if !m.groupOK(e, j, w) {
		return false
	}
	if (e.Kind == eWord || e.Kind == eSyn) && (!m.prepMatched(e, j, w) || m.marked && w.Role == RoleAdjunct) {
		return false
	}
	switch e.Kind {
	case eWord:
		if !sameWord(w.Text, e) {
			return false
		}
		return m.bindAndGo(es, ei, e, j, j+1, 2, adjEnd)
	case eSyn:
		if int(e.Syn) >= len(m.syn) {
			return false
		}
		si := &m.syn[e.Syn]
		for _, ph := range si.phrases {
			if j+len(ph) <= m.n() && m.phraseAt(j, ph) && m.bindAndGo(es, ei, e, j, j+len(ph), 2, adjEnd) {
				return true
			}
		}
		// Plurals are in the set when the dictionary allows them.
		if _, ok := si.single[w.Text]; !ok {
			return false
		}
		return m.bindAndGo(es, ei, e, j, j+1, 2, adjEnd)
	default: // a slot
		// A filler is a noun phrase: with marks, never a preposition or other material.
		if j < len(m.parts) || (m.marked && (w.Role == RolePrep || w.Role == RoleOther || w.Role == RoleAdjunct)) {
			return false
		}
		maxEnd := j + 1
		if w.Phrase != 0 {
			for maxEnd < m.n() && m.at(maxEnd).Phrase == w.Phrase {
				maxEnd++
			}
		}
		for end := maxEnd; end > j; end-- {
			if m.bindAndGo(es, ei, e, j, end, 1, adjEnd) {
				return true
			}
		}
		return false
	}
}

// prepMatched reports whether a pattern word may match w, at j, in the
// object of a preposition: only when the pattern matched that preposition
// too. "- * FIRE" (contain a fire) must not take "detained 18 people
// following a fire"; "- * AGAINST &ACTOR" and "(FOR ...)" name theirs.
func (m *matcher) prepMatched(e *elem, j int, w Word) bool {
	if !m.marked || w.Role != RolePObj || e.PP >= 0 || w.Phrase == 0 {
		return true
	}
	for k := j - 1; k >= len(m.parts); k-- {
		u := m.at(k)
		if u.Phrase != w.Phrase {
			break
		}
		if u.Role == RolePrep {
			p := m.pos(k)
			return p < 0 || p >= 64 || m.res.used&(1<<uint(p)) != 0
		}
	}
	return true
}

func (m *matcher) phraseAt(j int, ph []string) bool {
	for k, w := range ph {
		if m.at(j+k).Text != w {
			return false
		}
	}
	return true
}

// groupOK checks the phrase-structure constraints of e at word j.
func (m *matcher) groupOK(e *elem, j int, w Word) bool {
	if e.Prep && m.marked && w.Role != RolePrep {
		return false
	}
	if e.PP >= 0 && !e.Prep && m.ppSet[e.PP] {
		if j <= m.ppAt[e.PP] {
			return false
		}
		if p := m.ppPhrase[e.PP]; p != 0 && w.Phrase != p {
			return false
		}
	}
	if e.NP >= 0 && m.npSet[e.NP] {
		if p := m.npPhrase[e.NP]; p != 0 && w.Phrase != p {
			return false
		}
	}
	return true
}

// bindAndGo records e matching words [j,end), recurses, and undoes the
// record if the rest of the pattern fails.
func (m *matcher) bindAndGo(es []elem, ei int, e *elem, j, end, score int, adjEnd bool) bool {
	saved := m.res
	var ppSet, npSet bool
	var ppPhrase, npPhrase int32
	var ppAt int
	if e.PP >= 0 {
		ppSet, ppPhrase, ppAt = m.ppSet[e.PP], m.ppPhrase[e.PP], m.ppAt[e.PP]
		if !m.ppSet[e.PP] {
			m.ppSet[e.PP], m.ppPhrase[e.PP], m.ppAt[e.PP] = true, m.at(j).Phrase, j
		}
	}
	if e.NP >= 0 {
		npSet, npPhrase = m.npSet[e.NP], m.npPhrase[e.NP]
		if !m.npSet[e.NP] {
			m.npSet[e.NP], m.npPhrase[e.NP] = true, m.at(j).Phrase
		}
	}
	m.res.score += score
	if m.marked && (e.PP >= 0 || e.NP >= 0) {
		m.res.score++ // structure confirmed by the parse
	}
	sp := span{m.pos(j), m.pos(end), true}
	switch e.Kind {
	case eWord, eSyn:
		for k := j; k < end; k++ {
			if p := m.pos(k); p >= 0 && p < 64 {
				m.res.used |= 1 << uint(p)
			}
		}
		if e.Prep && e.PP == m.barePP && !m.res.bare.set {
			// The object of a bare "(PREP)": the following words of its phrase
			// (or the next word when phrases are unknown).
			bs, be := end, end
			if ph := m.at(j).Phrase; ph != 0 {
				for be < m.n() && m.at(be).Phrase == ph {
					be++
				}
			} else if be < m.n() && (!m.marked || m.at(be).Role != RolePrep) {
				be++
			}
			if be > bs && bs >= len(m.parts) {
				m.res.bare = span{m.pos(bs), m.pos(be), true}
			}
		}
	case eSource:
		m.res.src = sp
	case eTarget:
		m.res.tgt = sp
	case eCompound:
		m.res.comp = sp
	}
	if m.seq(es, ei+1, end, adjEnd) {
		return true
	}
	m.res = saved
	if e.PP >= 0 {
		m.ppSet[e.PP], m.ppPhrase[e.PP], m.ppAt[e.PP] = ppSet, ppPhrase, ppAt
	}
	if e.NP >= 0 {
		m.npSet[e.NP], m.npPhrase[e.NP] = npSet, npPhrase
	}
	return false
}

// sigBit hashes a+b (FNV-1a) to one of 64 bits; a and b are hashed as if
// concatenated so that callers need not allocate.
func sigBit(a, b string) uint64 {
	h := uint32(2166136261)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return 1 << (h & 63)
}

// patternSig sets the bit of the singular of every literal word.
func patternSig(p *pattern) uint64 {
	var s uint64
	for _, es := range [][]elem{p.Before, p.After} {
		for i := range es {
			if e := &es[i]; e.Kind == eWord {
				base := e.Word
				if e.Sing != "" {
					base = e.Sing
				}
				s |= sigBit(base, "")
			}
		}
	}
	return s
}

// wordSig sets the bits of every base sameWord could match w to: w itself
// and w without a plural ending ("-s", "-es", "-ies" -> "-y").
func wordSig(w string) uint64 {
	s := sigBit(w, "")
	n := len(w)
	if n > 1 && w[n-1] == 's' {
		s |= sigBit(w[:n-1], "")
		if n > 2 && w[n-2] == 'e' {
			s |= sigBit(w[:n-2], "")
			if n > 3 && w[n-3] == 'i' {
				s |= sigBit(w[:n-3], "y")
			}
		}
	}
	return s
}

func clauseSig(parts []string, after, before []Word) uint64 {
	var s uint64
	for _, p := range parts {
		s |= wordSig(p)
	}
	for i := range after {
		s |= wordSig(after[i].Text)
	}
	for i := range before {
		s |= wordSig(before[i].Text)
	}
	return s
}
