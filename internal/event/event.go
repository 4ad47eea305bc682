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
// ("A is about to restore ties", "A met B and signed a deal"); an
// unresolved "it"/"he"/"they" subject of a reported clause is the reporter
// ("A indicated it would act"); a main verb whose subject the parser lost
// takes the first actor before it that hangs under it. A slot is filled by
// the entities whose mention covers the head word of its phrase (several
// when one phrase names several actors, "the envoys of A, B and C"), by
// its coordinated members (chains, appositions of an unnamed head: "old
// foes A and B"), or by a compound, possessive or "of" modifier ("A's
// army", "A and B leaders").
//
// With no target in the object, PETRARCH's conventions apply, in order:
// the first prepositional phrase of the verb or its object naming an
// entity, strong prepositions ("with", "against", "to", "on", ...) before
// weak ones ("at", "from", "of", "by" on the object: "condemned an attack
// by B"); then the first actor in the object or the non-locative
// prepositional phrases ("criticized the closure of B's embassy"); then the
// subject (or first actor) of a clausal complement ("A believes B can
// cope"); last, the actor of an "in" phrase of the verb ("bargained for
// asylum in B"; the rule says so, as it may only be where it happened).
// Each fallback lowers the confidence. A compound subject with no
// target gives events between its members only for a compound ("%")
// pattern or a symmetric code.
//
// Slots may be entities without an actor code (their event's actor field
// is null, confidence x0.8); the last three fallbacks only take entities
// with one. With no named actor at all, a phrase headed by a noun for
// people ("journalists", "the court", "hundreds of protesters") is one for
// the verb's own subject and object (not for statements, not for a
// subject that is counted or has no object): such an unnamed actor becomes
// an entity of the document (kind "description", no actor code) when an
// event names it (CodeAll; off with Resources.NamedOnly, as PETRARCH
// codes named actors only). A dateline or a credit line that opens the
// sentence ("Harare, Zimbabwe -", "(Agencies)") is never an actor.
// Both a source and a target are needed: no dyad, no event.
//
// # Codes the dictionary does not give
//
// A verb the CAMEO dictionary leaves uncoded (unknown, or a null sense
// such as REFUSE [---]) takes the code of its PLOVER type in the PLOVER
// gold-standard records (cameo.FallbackCode, built by 'sitrep build
// fallback'); a code the dictionary gives where the CAMEO manual defines
// the act more exactly is corrected (cameo.Correct: "convicted" 116, not
// 173). As CAMEO codes them: cooperation refused, withheld or negated
// ("refused to send", "will not lift", "failed to reach agreement") is a
// rejection (120); a cooperative act promised ("agreed to provide",
// "is willing to withdraw") is the intent to it (03); a conflictual act
// threatened ("threatened to attack") is the threat (13). These are
// asserted events.
//
// # Parsing
//
// The parser reads capitalised words of entity names as a well-known name
// (nameStandIn), so that an unknown name at the start of a sentence is not
// tagged a verb; the coder still matches the real words. Words go to the
// lexicon as lemmas, except auxiliaries and particles ("did n't") and
// regular noun plurals ("dollars"), which dictionaries spell as written,
// and the verb a complement clause depends on is part of the words before
// the verb ("indicated it would act").
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
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

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
	// LocalCodes keeps the codes a user's verb dictionary defines outside
	// the CAMEO table ("212", "901", "174K", as in the PETRARCH validation
	// suite): such events get the label "local code NNN", the QuadClass of
	// their root (0 when it is not a CAMEO root) and Goldstein 0, which the
	// sitrep/1 schema does not allow. Off, they are dropped, and a code
	// with a non-digit suffix is reported as its nearest CAMEO ancestor.
	LocalCodes bool
	// NamedOnly codes named actors only, as PETRARCH does: no unnamed
	// actor for a subject or object phrase headed by a human or
	// collective noun ("police arrested journalists").
	NamedOnly bool
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
// places and times, and adds to d.Entities the unnamed actors its events
// name (see CodeAll).
func Annotate(d *doc.Document, r Resources) {
	var added []doc.Entity
	d.Events, added = CodeAll(d, r)
	d.Entities = append(d.Entities, added...)
}

// Code returns the events of d without changing it: those between
// entities of d (CodeAll has the others).
func Code(d *doc.Document, r Resources) []doc.Event {
	evs, added := CodeAll(d, r)
	if len(added) == 0 {
		return evs
	}
	known := map[string]bool{}
	for _, e := range d.Entities {
		known[e.ID] = true
	}
	return slices.DeleteFunc(evs, func(ev doc.Event) bool {
		return !known[doc.Deref(ev.Source)] || ev.Target != nil && !known[*ev.Target]
	})
}

// CodeAll returns the events of d and the entities to add to d for the
// unnamed actors they name ("journalists" in "police arrested
// journalists"; kind "description", no actor code, numbered after d's),
// without changing d.
func CodeAll(d *doc.Document, r Resources) ([]doc.Event, []doc.Entity) {
	events := []doc.Event{}
	if d == nil || r.Parser == nil || r.Verbs == nil || len(d.Entities) == 0 {
		return events, nil
	}
	c := &coder{d: d, r: r, runes: []rune(d.Text), ents: slices.Clip(d.Entities)}
	c.indexMentions()
	for _, p := range c.parseDoc() {
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
	return events, c.addedEntities()
}

// addedEntities are the phrase entities some event names, renumbered in
// order after d's entities (the events follow).
func (c *coder) addedEntities() []doc.Entity {
	n := len(c.d.Entities)
	if len(c.ents) == n {
		return nil
	}
	used := map[string]bool{}
	for _, ev := range c.events {
		used[doc.Deref(ev.Source)], used[doc.Deref(ev.Target)] = true, true
	}
	var out []doc.Entity
	rename := map[string]string{}
	for _, e := range c.ents[n:] {
		if used[e.ID] {
			id := fmt.Sprintf("e%d", n+len(out)+1)
			rename[e.ID] = id
			e.ID = id
			out = append(out, e)
		}
	}
	for i := range c.events {
		ev := &c.events[i]
		if id, ok := rename[doc.Deref(ev.Source)]; ok {
			ev.Source = doc.Str(id)
		}
		if id, ok := rename[doc.Deref(ev.Target)]; ok {
			ev.Target = doc.Str(id)
		}
	}
	return out
}

// nameStandIn is what the parser reads for a capitalised word of an
// entity's name: a name it knows well, so that an unknown one at the start
// of a sentence ("Kelvar fired", "Varland Prime Minister Aldo met") is not
// tagged a verb. The coder still sees the real words.
const nameStandIn = "John"

// datelineEndAt returns the index of the colon or dash after the words
// before end when those are all in capitals: a dateline; else -1.
func datelineEndAt(ws []syntax.Word, end int) int {
	for _, w := range ws[:end] {
		if !isAllCaps(w.Form) {
			return -1
		}
	}
	return syntax.DatelineMark(len(ws), end, func(i int) string { return ws[i].Form })
}

// namePreps are the lower-case words that carry a name on after a
// common noun ("Soldiers from X", "Forces loyal to X").
var namePreps = map[string]bool{"from": true, "of": true, "in": true, "at": true, "for": true, "loyal": true, "with": true, "to": true}

// parseDoc parses every sentence of the document like
// syntax.Model.ParseDoc, with the capitalised words of entity names read
// as nameStandIn unless the tagger knows them all as names or adjectives.
func (c *coder) parseDoc() []syntax.Parsed {
	sents := syntax.DocWords(c.d)
	out := make([]syntax.Parsed, 0, len(sents))
	var forms []string
	for _, sw := range sents {
		ws := sw.Words
		forms = forms[:0]
		var named []int
		dateline := -1 // the colon or dash after a dateline of names
		for k, w := range ws {
			forms = append(forms, w.Form)
			if c.inName(w.Span) && w.Form != "" && unicode.IsUpper([]rune(w.Form)[0]) {
				named = append(named, k)
			}
		}
		// a run of name words the tagger knows as names or adjectives
		// ("Iraqi", "Saudi Arabia") is read as it is: a stand-in there
		// could make the next word a verb ("six John artifacts"); a run
		// with a word it does not know, in capitals, or of a person's
		// name (which the parser takes apart: "president Boris Yeltsin"
		// as two objects) is read as stand-ins
		for i := 0; i < len(named); {
			j := i + 1
			for j < len(named) && named[j] == named[j-1]+1 {
				j++
			}
			if named[i] == 0 {
				dateline = datelineEndAt(ws, named[j-1]+1)
			}
			known := true
			for _, k := range named[i:j] {
				e := c.nameAt(ws[k].Span)
				known = known && !isAllCaps(ws[k].Form) && c.r.Parser.KnowsName(ws[k].Form) && (e < 0 || c.d.Entities[e].Type != "person")
			}
			if !known {
				for _, k := range named[i:j] {
					forms[k] = nameStandIn
				}
			}
			i = j
		}
		named = slices.DeleteFunc(named, func(k int) bool { return forms[k] != nameStandIn })
		// a sentence's first word is capitalised anyway: in "Soldiers from
		// X" (a name going on with a preposition) it is a common word; in
		// "Beijing police" it is the name
		if len(named) > 0 && named[0] == 0 && len(ws) > 1 && namePreps[ws[1].Form] && c.inName(ws[1].Span) {
			forms[0], named = ws[0].Form, named[1:]
		}
		toks := c.r.Parser.Parse(forms)
		// with its words read as stand-ins the parser cannot tell a
		// dateline ("UNITED NATIONS: Russia and China vetoed")
		syntax.RepairDateline(toks, dateline)
		for _, k := range named {
			toks[k].Form, toks[k].Lemma = ws[k].Form, ws[k].Form
		}
		out = append(out, syntax.Parsed{Sentence: sw.Sentence, Words: ws, Tokens: toks})
	}
	return out
}

func isAllCaps(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// inName reports whether span lies inside a name or alias mention.
func (c *coder) inName(span doc.Span) bool { return c.nameAt(span) >= 0 }

// nameAt is the entity of the name or alias mention span lies inside, -1
// if none.
func (c *coder) nameAt(span doc.Span) int {
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].start > span[0] })
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		m := c.mentions[j]
		if m.start <= span[0] && span[1] <= m.end && m.name {
			return m.entity
		}
	}
	return -1
}

type mentionRef struct {
	name       bool // a name or alias, not a pronoun or description
	start, end int
	entity     int
}

type coder struct {
	d        *doc.Document
	r        Resources
	ents     []doc.Entity // d's entities, then the phrase entities made
	phrases  map[int]int  // phrase head's first rune -> index in ents
	runes    []rune
	mentions []mentionRef // sorted by start
	events   []doc.Event
	seen     map[string]bool
	// per sentence: the promises, refusals and threats whose target
	// waits for their complement's
	pending []pendingAct
	// per sentence: the code the lexicon gave each verb ("" for none)
	verbCodes map[int]string
}

func (c *coder) indexMentions() {
	for ei, e := range c.d.Entities {
		for _, m := range e.Mentions {
			c.mentions = append(c.mentions, mentionRef{m.Kind == "name" || m.Kind == "alias", m.Start, m.End, ei})
		}
	}
	sort.Slice(c.mentions, func(i, j int) bool { return c.mentions[i].start < c.mentions[j].start })
	c.seen = map[string]bool{}
}

// entitiesAt appends to out the entities whose mention overlapping span is
// the shortest one (none, one, or several when a phrase names several
// actors at once: "the ambassadors of A and B").
func (c *coder) entitiesAt(span doc.Span, out []int) []int {
	n, bestLen := len(out), 1<<30
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].start >= span[1] })
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		m := c.mentions[j]
		if m.end <= span[0] || m.start >= span[1] {
			continue
		}
		switch l := m.end - m.start; {
		case l < bestLen:
			out, bestLen = append(out[:n], m.entity), l
		case l == bestLen && !slices.Contains(out[n:], m.entity):
			out = append(out, m.entity)
		}
	}
	return out
}

// sent is one parsed sentence with its child lists.
type sent struct {
	p        syntax.Parsed
	children [][]int
	lemma    []string
	dl       int  // end of the opening dateline, -1 if none (datelineEnd)
	dlKnown  bool // dl is set
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
