// Package event codes who did what to whom: CAMEO events read off a
// dependency parse of each sentence (internal/syntax), with the verb
// patterns of the CAMEO dictionary (internal/cameo) and the actors the
// entity stage found (internal/entity, internal/coref).
//
// # One verb, one clause
//
// Every verb of a sentence is a candidate trigger. Its clause is the verb
// with its dependents, minus other clauses (clausal complements, adverbial
// clauses, conjoined verbs, parataxis), which are candidates of their own.
// The clause words after the verb, marked with their role (direct object,
// preposition and its object, other), and the words before it (subject,
// auxiliaries, adverbs) go to cameo.Lexicon.Match with the verb's lemma and
// particles; the most specific pattern selects the code and may name the
// words that fill the source and target slots.
//
// # Source and target
//
// By default the source is the subject (nsubj), or the agent of a passive
// ("by X", obl:agent), and the target the direct object, or the subject of
// a passive. A verb with no subject of its own takes its controller's
// ("Arnor is about to restore ties", "A met B and signed a deal"). A slot is
// an actor when an entity mention with an actor code covers the head word
// of its phrase; coordinated phrases ("the US and Russia") give one actor
// each and one event each. Both a source actor and a target actor are
// needed: precision before recall, so no dyad, no event.
//
// # Modality
//
// negated: "not", "n't", "never" on the verb or its auxiliaries.
// intended: "will"/"would"/"shall", or the verb is the complement of a plan
// word ("plans to", "ready to", "set to", "intends to", "is about to",
// "agreed to").
// demanded: "should", "must", "ought", "have to", or the complement of
// "call on", "urge", "demand", "ask", "press".
// hypothetical: in an "if"/"unless" clause, or in a question.
//
// Reported speech: "X said Y should ..." is also X demanding (CAMEO 10) of
// Y; the reported clause is coded with its own actors as well.
//
// # Where, when, how sure
//
// The place is the document place with a mention in the sentence nearest
// the trigger (none when the sentence has none); the date is the time
// expression of the sentence nearest the verb, else the publication date
// for an asserted verb in the past tense, else none. The trigger is the
// verb (and its particles); rule names the dictionary entry that fired;
// confidence is the pattern's (0.5 for a verb's own code up to 0.95),
// lowered when the subject was inherited or the sentence was long.
//
// # Cost bounds
//
// Sentences longer than MaxWords words are not coded (lists, flattened
// tables, text without punctuation): fewer events rather than wrong ones.
// Parsing is linear in the words; matching is bounded per pattern by
// cameo's step cap.
package event

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/syntax"
)

// MaxWords is the longest sentence coded; longer ones give no events.
const MaxWords = 80

// Resources are the models the coder uses.
type Resources struct {
	Parser *syntax.Model
	Verbs  *cameo.Lexicon
}

var (
	defOnce sync.Once
	defRes  Resources
)

// Default returns the embedded parser and verb lexicon, loaded once.
func Default() Resources {
	defOnce.Do(func() {
		defRes = Resources{Parser: syntax.Default(), Verbs: cameo.Default()}
	})
	return defRes
}

// Annotate fills d.Events (never nil) from its sentences, tokens, entities,
// places and times.
func Annotate(d *doc.Document, r Resources) {
	d.Events = Code(d, r)
}

// Code returns the events of d without changing it.
func Code(d *doc.Document, r Resources) []doc.Event {
	events := []doc.Event{}
	if d == nil || r.Parser == nil || r.Verbs == nil || len(d.Entities) == 0 {
		return events
	}
	c := &coder{d: d, r: r, runes: []rune(d.Text)}
	c.indexMentions()
	for _, p := range r.Parser.ParseDoc(d) {
		if len(p.Tokens) > MaxWords || len(p.Tokens) < 3 {
			continue
		}
		c.sentence(p)
	}
	for i := range c.events {
		c.events[i].ID = fmt.Sprintf("v%d", i+1)
	}
	if c.events != nil {
		events = c.events
	}
	return events
}

type mentionRef struct {
	start, end int
	entity     int
}

type coder struct {
	d        *doc.Document
	r        Resources
	runes    []rune
	mentions []mentionRef // sorted by start
	events   []doc.Event
	seen     map[string]bool
}

func (c *coder) indexMentions() {
	for ei, e := range c.d.Entities {
		for _, m := range e.Mentions {
			c.mentions = append(c.mentions, mentionRef{m.Start, m.End, ei})
		}
	}
	sort.Slice(c.mentions, func(i, j int) bool { return c.mentions[i].start < c.mentions[j].start })
	c.seen = map[string]bool{}
}

// entityAt is the entity with a mention overlapping span, -1 if none (the
// shortest such mention wins).
func (c *coder) entityAt(span doc.Span) int {
	best, bestLen := -1, 1<<30
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].start >= span[1] })
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		m := c.mentions[j]
		if m.end > span[0] && m.start < span[1] && m.end-m.start < bestLen {
			best, bestLen = m.entity, m.end-m.start
		}
	}
	return best
}

// sent is one parsed sentence with its child lists.
type sent struct {
	p        syntax.Parsed
	children [][]int
	lemma    []string
}

func newSent(p syntax.Parsed) *sent {
	s := &sent{p: p, children: make([][]int, len(p.Tokens)), lemma: make([]string, len(p.Tokens))}
	for i, t := range p.Tokens {
		if t.Head >= 0 && t.Head < len(p.Tokens) {
			s.children[t.Head] = append(s.children[t.Head], i)
		}
		s.lemma[i] = strings.ToLower(t.Lemma)
	}
	return s
}

func (s *sent) rel(i int) string { return s.p.Tokens[i].Rel }

// base is a relation without its subtype ("nsubj:pass" -> "nsubj").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (s *sent) child(i int, rels ...string) int {
	for _, k := range s.children[i] {
		for _, r := range rels {
			if s.rel(k) == r {
				return k
			}
		}
	}
	return -1
}

// clauseRels are the relations that start another clause: their subtrees
// are not part of the verb's clause.
var clauseRels = map[string]bool{"ccomp": true, "advcl": true, "conj": true, "parataxis": true, "xcomp": true, "acl": true, "csubj": true, "list": true, "reparandum": true, "dep": true}

// subtree appends the words of i's subtree to out, not entering other
// clauses (except at the top).
func (s *sent) subtree(i int, out []int, top bool) []int {
	out = append(out, i)
	for _, k := range s.children[i] {
		// another clause: a verb under a clausal relation ("said ...
		// attacked"), or a clausal complement whatever its head
		if r := base(s.rel(k)); clauseRels[r] && (s.isVerbal(k) || r != "conj" && r != "list" && r != "dep") {
			if !top || s.isVerbal(k) {
				continue
			}
		}
		out = s.subtree(k, out, false)
	}
	return out
}

func (s *sent) isVerbal(i int) bool {
	u := s.p.Tokens[i].UPOS
	return u == "VERB" || u == "AUX"
}

// phraseSpan is the rune span of the words of i's subtree within its
// clause (a noun phrase: "the US and Russia").
func (s *sent) phraseSpan(i int) doc.Span {
	ws := s.subtree(i, nil, false)
	a, b := s.p.Words[i].Span[0], s.p.Words[i].Span[1]
	for _, k := range ws {
		a, b = min(a, s.p.Words[k].Span[0]), max(b, s.p.Words[k].Span[1])
	}
	return doc.Span{a, b}
}
