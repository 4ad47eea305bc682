package event

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/syntax"
)

// Modalities of the contract.
const (
	Asserted     = "asserted"
	Intended     = "intended"
	Demanded     = "demanded"
	Hypothetical = "hypothetical"
	Negated      = "negated"
)

var (
	negators    = map[string]bool{"not": true, "n't": true, "never": true, "no": true}
	futureAux   = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "wo": true}
	demandAux   = map[string]bool{"should": true, "must": true, "ought": true}
	planHeads   = map[string]bool{"plan": true, "intend": true, "ready": true, "set": true, "about": true, "prepare": true, "aim": true, "expect": true, "want": true, "seek": true, "hope": true, "agree": true, "promise": true, "pledge": true, "vow": true, "threaten": true, "decide": true, "offer": true, "likely": true, "going": true, "due": true, "poised": true, "willing": true, "determined": true}
	demandHeads = map[string]bool{"call": true, "urge": true, "demand": true, "ask": true, "press": true, "appeal": true, "tell": true, "order": true, "request": true, "need": true, "require": true}
	reporting   = map[string]bool{"say": true, "tell": true, "state": true, "announce": true, "add": true, "warn": true, "insist": true, "argue": true, "claim": true, "declare": true, "stress": true, "write": true}
)

func (c *coder) sentence(p syntax.Parsed) {
	s := newSent(p)
	question := false
	for _, w := range p.Words {
		if w.Form == "?" {
			question = true
		}
	}
	for v, t := range p.Tokens {
		if t.UPOS != "VERB" {
			continue
		}
		switch base(t.Rel) {
		case "amod", "compound", "case", "mark", "det":
			continue
		}
		c.verb(s, v, question)
	}
}

// Debug, when set, receives a line per verb considered (tests).
var Debug func(format string, args ...any)

func (c *coder) verb(s *sent, v int, question bool) {
	toks := s.p.Tokens
	subj := s.child(v, "nsubj", "nsubj:pass", "nsubj:outer")
	passive := subj >= 0 && s.rel(subj) == "nsubj:pass" || s.child(v, "aux:pass") >= 0
	agent := s.child(v, "obl:agent")
	inherited := false
	if subj < 0 && s.rel(v) == "acl" && toks[v].Head < v && s.child(v, "obj") >= 0 && s.child(v, "mark") < 0 {
		// "Russian jets bombed positions": a verb with an object parsed as
		// a reduced relative is its head noun's predicate
		subj = toks[v].Head
	}
	if subj < 0 {
		subj, passive, inherited = s.controller(v)
		if subj >= 0 && passive && agent < 0 {
			passive = false // the controller's voice, not this verb's
		}
	}
	obj := s.child(v, "obj")
	if obj < 0 {
		obj = s.child(v, "iobj")
	}
	// clause words with their roles
	var particles []string
	isParticle := map[int]bool{}
	for _, k := range s.children[v] {
		if s.rel(k) == "compound:prt" {
			particles = append(particles, s.lemma[k])
			isParticle[k] = true
		}
	}
	role := map[int]cameo.Role{}
	phrase := map[int]int32{}
	mark := func(top int, r cameo.Role) {
		for _, k := range s.subtree(top, nil, false) {
			role[k], phrase[k] = r, int32(top+1)
		}
	}
	if subj >= 0 {
		mark(subj, cameo.RoleSubject)
	}
	if obj >= 0 {
		mark(obj, cameo.RoleObject)
	}
	for _, k := range s.children[v] {
		switch base(s.rel(k)) {
		case "obl", "nmod":
			mark(k, cameo.RolePObj)
			for _, cs := range s.children[k] {
				if s.rel(cs) == "case" {
					role[cs] = cameo.RolePrep
				}
			}
		}
	}
	// the object's own prepositional modifiers ("an attack by X on Y")
	if obj >= 0 {
		for _, k := range s.children[obj] {
			if base(s.rel(k)) == "nmod" {
				for _, w := range s.subtree(k, nil, false) {
					role[w], phrase[w] = cameo.RolePObj, int32(k+1)
				}
				for _, cs := range s.children[k] {
					if s.rel(cs) == "case" {
						role[cs] = cameo.RolePrep
					}
				}
			}
		}
	}
	clause := s.subtree(v, nil, true)
	if subj >= 0 && inherited {
		clause = append(clause, s.subtree(subj, nil, false)...)
	}
	inClause := map[int]bool{}
	for _, k := range clause {
		inClause[k] = true
	}
	var after, before []cameo.Word
	var afterIdx, beforeIdx []int
	for k := range toks {
		if !inClause[k] || k == v || isParticle[k] || toks[k].UPOS == "PUNCT" {
			continue
		}
		r, ok := role[k]
		if !ok {
			r = cameo.RoleOther
		}
		w := cameo.Word{Text: s.lemma[k], Role: r, Phrase: phrase[k]}
		if k > v {
			after, afterIdx = append(after, w), append(afterIdx, k)
		} else {
			before, beforeIdx = append(before, w), append(beforeIdx, k)
		}
	}
	m, ok := c.r.Verbs.Match(cameo.Verb{Lemma: s.lemma[v], Particles: particles}, after, before)
	if form := strings.ToLower(toks[v].Form); !ok && m.Rule == "" && form != s.lemma[v] {
		// the lexicon knows its verbs' inflections: a lemma the
		// lemmatiser got wrong ("accus") may still be found by its form
		m, ok = c.r.Verbs.Match(cameo.Verb{Lemma: form, Particles: particles}, after, before)
	}
	if Debug != nil {
		Debug("verb %q subj=%d obj=%d passive=%v inherited=%v after=%v before=%v -> ok=%v %+v", s.lemma[v], subj, obj, passive, inherited, after, before, ok, m)
	}
	if !ok && m.Reverse == "" {
		c.reported(s, v, subj)
		return
	}
	// slots
	src, tgt := subj, obj
	if passive {
		src, tgt = agent, subj
	}
	if h, ok := slotHead(s, m.Source, afterIdx, beforeIdx); ok {
		src = h
	}
	defaultTgt := tgt
	if h, ok := slotHead(s, m.Target, afterIdx, beforeIdx); ok {
		tgt = h
	}
	mod := c.modality(s, v, question)
	conf := m.Confidence
	if inherited {
		conf *= 0.9
	}
	if len(toks) > 40 {
		conf *= 0.9
	}
	trigger := doc.Span{s.p.Words[v].Span[0], s.p.Words[v].Span[1]}
	for k := range isParticle {
		trigger[1] = max(trigger[1], s.p.Words[k].Span[1])
	}
	srcs, tgts := c.actors(s, src), c.actors(s, tgt)
	if src == subj && subj >= 0 {
		// "Turkey and Iran agreed" parsed as two subjects
		if owner := toks[subj].Head; owner >= 0 && base(s.rel(subj)) == "nsubj" {
			for _, k := range s.children[owner] {
				if k != subj && base(s.rel(k)) == "nsubj" {
					srcs = append(srcs, c.actors(s, k)...)
				}
			}
		}
	}
	if len(tgts) == 0 && tgt != defaultTgt {
		// the pattern's slot names no actor: the object may ("sued the
		// FBI for records")
		tgts = c.actors(s, defaultTgt)
		conf *= 0.9
	}
	if len(tgts) == 0 && !passive {
		// "held talks with Syria", "an attack on the town": the object of
		// a preposition of the verb or its object
		if pp := s.ppTarget(v, obj); pp >= 0 {
			tgts = c.actors(s, pp)
			conf *= 0.9
		}
	}
	if len(srcs) >= 2 && len(tgts) == 0 {
		// "A and B agreed", "A and B renewed ties": between the members
		for i := range srcs {
			for j := range srcs {
				if i != j {
					c.emit(s, v, m.Code, srcs[i], srcs[j], mod, trigger, m.Rule, conf)
				}
			}
		}
	} else {
		for _, a := range srcs {
			for _, b := range tgts {
				if m.Code != "" {
					c.emit(s, v, m.Code, a, b, mod, trigger, m.Rule, conf)
				}
				if m.Reverse != "" {
					c.emit(s, v, m.Reverse, b, a, mod, trigger, m.Rule, conf)
				}
			}
		}
	}
	c.reported(s, v, subj)
}

// targetPreps are prepositions whose object can be an event's target when
// the verb has no actor as direct object.
var targetPreps = map[string]bool{"with": true, "against": true, "on": true, "to": true, "toward": true, "towards": true, "at": true, "into": true, "upon": true, "between": true}

// ppTarget is the head of the first prepositional phrase of the verb, or
// of its object down a chain of nominal modifiers ("welcomed a resumption
// of ties with Osgiliath"), whose preposition can introduce a target; -1 if
// none.
func (s *sent) ppTarget(v, obj int) int {
	heads := []int{v}
	if obj >= 0 {
		heads = append(heads, obj)
	}
	for depth := 0; len(heads) > 0 && depth < 4; depth++ {
		var next []int
		for _, h := range heads {
			for _, k := range s.children[h] {
				r := base(s.rel(k))
				if r != "obl" && r != "nmod" {
					continue
				}
				if cs := s.child(k, "case"); cs >= 0 && targetPreps[s.lemma[cs]] {
					return k
				}
				if h != v {
					next = append(next, k)
				}
			}
		}
		heads = next
	}
	return -1
}

// controller is the subject a verb without one shares: the subject of the
// verb (or adjective) it complements or is conjoined to ("Arnor is about to
// restore", "A met B and signed"); for an object-control verb ("urged B to
// leave") the head's object.
func (s *sent) controller(v int) (subj int, passive, ok bool) {
	for hops := 0; hops < 3; hops++ {
		r := base(s.rel(v))
		h := s.p.Tokens[v].Head
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "advcl" && s.child(v, "mark") < 0) {
			return -1, false, false
		}
		if r == "xcomp" {
			if o := s.child(h, "obj"); o >= 0 && o < v {
				return o, false, true
			}
		}
		if sj := s.child(h, "nsubj", "nsubj:pass", "nsubj:outer"); sj >= 0 {
			return sj, s.rel(sj) == "nsubj:pass", true
		}
		v = h
	}
	return -1, false, false
}

// slotHead maps a pattern slot to the head word of its phrase.
func slotHead(s *sent, sl cameo.Slot, afterIdx, beforeIdx []int) (int, bool) {
	var idx []int
	switch sl.Side {
	case cameo.SideAfter:
		idx = afterIdx
	case cameo.SideBefore:
		idx = beforeIdx
	default:
		return -1, false
	}
	if sl.Start < 0 || sl.End > len(idx) || sl.Start >= sl.End {
		return -1, false
	}
	words := idx[sl.Start:sl.End]
	in := map[int]bool{}
	for _, k := range words {
		in[k] = true
	}
	// the word whose head lies outside the slot
	for _, k := range words {
		if h := s.p.Tokens[k].Head; h < 0 || !in[h] {
			if s.p.Tokens[k].UPOS == "ADP" || s.p.Tokens[k].UPOS == "DET" {
				continue
			}
			return k, true
		}
	}
	return words[len(words)-1], true
}

// actor is an entity filling a slot, with the span that named it.
type actor struct {
	entity int
	span   doc.Span
}

// actors are the entities with an actor code named by the phrase headed by
// word i: the head's own, or its coordinated members' ("the US and
// Russia"); a head that is not an entity may still be named by its
// compound or "of" modifier ("Russian forces", "the army of Gondor").
func (c *coder) actors(s *sent, i int) []actor {
	if i < 0 {
		return nil
	}
	heads := []int{i}
	for _, k := range s.children[i] {
		if s.rel(k) == "conj" {
			heads = append(heads, k)
		}
	}
	var out []actor
	seen := map[int]bool{}
	for _, h := range heads {
		e := c.entityAt(s.p.Words[h].Span)
		if e < 0 || c.d.Entities[e].Actor == nil {
			// "Gondor's army", "Osgiliath soldiers": a modifier names it
			for _, k := range s.children[h] {
				r := s.rel(k)
				if r == "compound" || r == "nmod:poss" || r == "amod" || r == "nmod" && s.child(k, "case") >= 0 && s.lemma[s.child(k, "case")] == "of" {
					if e2 := c.entityAt(s.p.Words[k].Span); e2 >= 0 && c.d.Entities[e2].Actor != nil {
						e = e2
						break
					}
				}
			}
		}
		if e < 0 || c.d.Entities[e].Actor == nil || seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, actor{e, s.phraseSpan(h)})
	}
	return out
}

// modality of verb v: negation, intention, demand or hypothesis, from its
// auxiliaries and the verbs it complements.
func (c *coder) modality(s *sent, v int, question bool) string {
	for _, k := range s.children[v] {
		if base(s.rel(k)) == "advmod" && negators[s.lemma[k]] || s.rel(k) == "neg" {
			return Negated
		}
	}
	for _, k := range s.children[v] {
		if base(s.rel(k)) != "aux" {
			continue
		}
		w := strings.ToLower(s.p.Tokens[k].Form)
		if demandAux[w] {
			return Demanded
		}
		if futureAux[w] {
			return Intended
		}
	}
	if s.child(v, "mark") >= 0 && s.rel(v) == "advcl" {
		if mk := s.lemma[s.child(v, "mark")]; mk == "if" || mk == "unless" {
			return Hypothetical
		}
	}
	// complements: "plans to attack", "called on X to withdraw"
	h, r := s.p.Tokens[v].Head, base(s.rel(v))
	if h >= 0 && (r == "xcomp" || r == "ccomp" && s.child(v, "mark") >= 0 && s.lemma[s.child(v, "mark")] == "to") {
		hl := s.lemma[h]
		for _, k := range s.children[h] {
			if base(s.rel(k)) == "advmod" && negators[s.lemma[k]] {
				return Negated
			}
		}
		if demandHeads[hl] {
			return Demanded
		}
		if planHeads[hl] || hl == "be" {
			return Intended
		}
		for _, k := range s.children[h] {
			if base(s.rel(k)) == "aux" && futureAux[strings.ToLower(s.p.Tokens[k].Form)] {
				return Intended
			}
		}
	}
	if question {
		return Hypothetical
	}
	return Asserted
}

// reported codes "X said Y should do Z" as X demanding (CAMEO 100) of Y.
func (c *coder) reported(s *sent, v, subj int) {
	if !reporting[s.lemma[v]] || subj < 0 {
		return
	}
	for _, k := range s.children[v] {
		if s.rel(k) != "ccomp" {
			continue
		}
		demand := false
		for _, a := range s.children[k] {
			if base(s.rel(a)) == "aux" && (demandAux[strings.ToLower(s.p.Tokens[a].Form)]) {
				demand = true
			}
		}
		if !demand {
			continue
		}
		y := s.child(k, "nsubj", "nsubj:pass")
		trigger := doc.Span{s.p.Words[v].Span[0], s.p.Words[v].Span[1]}
		for _, a := range c.actors(s, subj) {
			for _, b := range c.actors(s, y) {
				c.emit(s, v, "100", a, b, Asserted, trigger, "reported speech: "+s.lemma[v]+" + should/must [100]", 0.7)
			}
		}
	}
}

func (c *coder) emit(s *sent, v int, code string, a, b actor, mod string, trigger doc.Span, rule string, conf float64) {
	if a.entity == b.entity || code == "" {
		return
	}
	info, ok := cameo.Nearest(code)
	if !ok || len(code) < 2 {
		return
	}
	ea, eb := &c.d.Entities[a.entity], &c.d.Entities[b.entity]
	key := fmt.Sprint(ea.ID, "|", eb.ID, "|", code, "|", trigger)
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	ev := doc.Event{
		Code: code, Root: code[:2], Label: info.Label, Quad: info.Quad, Goldstein: info.Goldstein,
		Source: doc.Str(ea.ID), Target: doc.Str(eb.ID), SourceActor: ea.Actor, TargetActor: eb.Actor,
		Modality: mod, Sentence: s.p.Sentence, Trigger: trigger, Rule: rule, Confidence: round2(conf),
	}
	if info.Plover != "" {
		ev.Plover = doc.Str(info.Plover)
	}
	ev.Place = c.placeNear(s, trigger)
	ev.Date = c.dateOf(s, v, mod)
	c.events = append(c.events, ev)
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// placeNear is the id of the place with a mention in the sentence nearest
// the trigger.
func (c *coder) placeNear(s *sent, trigger doc.Span) *string {
	if s.p.Sentence >= len(c.d.Sentences) {
		return nil
	}
	sp := c.d.Sentences[s.p.Sentence]
	best, bestD := -1, 1<<30
	for pi, p := range c.d.Places {
		for _, m := range p.Mentions {
			if m.Start < sp[0] || m.End > sp[1] {
				continue
			}
			d := abs(m.Start - trigger[0])
			if d < bestD {
				best, bestD = pi, d
			}
		}
	}
	if best < 0 {
		return nil
	}
	return doc.Str(c.d.Places[best].ID)
}

// dateOf is the value of the sentence's date expression nearest the verb,
// else the publication date for an asserted verb in the past tense.
func (c *coder) dateOf(s *sent, v int, mod string) *string {
	if s.p.Sentence < len(c.d.Sentences) {
		sp := c.d.Sentences[s.p.Sentence]
		vs := s.p.Words[v].Span[0]
		best, bestD := -1, 1<<30
		for ti, t := range c.d.Times {
			if t.Start < sp[0] || t.End > sp[1] || t.Type != "DATE" && t.Type != "TIME" {
				continue
			}
			if d := abs(t.Start - vs); d < bestD {
				best, bestD = ti, d
			}
		}
		if best >= 0 {
			return doc.Str(c.d.Times[best].Value)
		}
	}
	if mod != Asserted || c.d.Published == nil || len(*c.d.Published) < 10 {
		return nil
	}
	x := s.p.Tokens[v].XPOS
	past := x == "VBD"
	if x == "VBN" {
		for _, k := range s.children[v] {
			if base(s.rel(k)) == "aux" {
				past = true
			}
		}
	}
	if !past {
		return nil
	}
	return doc.Str((*c.d.Published)[:10])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
