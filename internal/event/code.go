package event

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/syntax"
	"github.com/sitrep/sitrep/internal/timex"
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
	if Debug != nil {
		for i, t := range p.Tokens {
			Debug("  %d %s %s %s <-%d %s", i, p.Words[i].Form, t.Lemma, t.UPOS, t.Head, t.Rel)
		}
	}
	question := false
	for _, w := range p.Words {
		if w.Form == "?" {
			question = true
		}
	}
	c.pending = c.pending[:0]
	clear(c.verbCodes)
	if c.verbCodes == nil {
		c.verbCodes = map[int]string{}
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
	c.completePending(s)
}

// MinConfidence is the lowest confidence an event is emitted with:
// precision before recall. Below it are mostly a verb's default code with
// an inherited or fallback actor, wrong more often than right on real news
// (a sample of FA-KES articles); 0.35 costs 2 of 216 PETRARCH unit records
// (0.4 would cost 4, 0.45 cost 25).
var MinConfidence = 0.35

// Debug, when set, receives a line per verb considered (tests).
var Debug func(format string, args ...any)

func (c *coder) verb(s *sent, v int, question bool) {
	toks := s.p.Tokens
	subj := s.child(v, "nsubj", "nsubj:pass", "nsubj:outer")
	if k := s.child(v, "expl"); subj < 0 && k >= 0 && k < v && s.child(v, "obj") >= 0 {
		// "it is providing food aid" with "it" read as an expletive: a
		// verb with an object has no expletive subject
		subj = k
	}
	// a passive subject needs a passive auxiliary or "be"/"get": "X have
	// launched" mislabelled nsubj:pass is active
	passive := s.child(v, "aux:pass") >= 0
	if subj >= 0 && s.rel(subj) == "nsubj:pass" && !passive {
		for _, k := range s.children[v] {
			if base(s.rel(k)) == "aux" && (s.lemma[k] == "be" || s.lemma[k] == "get") {
				passive = true
			}
		}
		// a bare participle is passive unless it has an object ("a car
		// bombing killed 75 people" with "killed" read as a participle)
		passive = passive || s.child(v, "aux") < 0 && toks[v].XPOS == "VBN" && s.child(v, "obj") < 0
	}
	agent := s.child(v, "obl:agent")
	inherited := false
	if h := toks[v].Head; subj < 0 && s.rel(v) == "acl" && h >= 0 && h < v && documents[s.lemma[h]] && s.child(v, "mark") < 0 {
		// "passed a resolution criticizing B", "issued a statement
		// condemning B": what a document says, its author does
		if g := toks[h].Head; g >= 0 && s.isVerbal(g) && base(s.rel(h)) == "obj" {
			if sj := s.child(g, "nsubj"); sj >= 0 {
				subj, inherited = sj, true
			}
		}
	}
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
	if subj >= 0 && s.p.Tokens[subj].UPOS == "PRON" && len(c.actors(s, subj, true)) == 0 {
		// "A indicated it would act": an unresolved personal pronoun in a
		// reported clause is the reporter
		if ant := s.reporter(v, subj); ant >= 0 {
			subj, inherited = ant, true
		}
	}
	guessed := false
	if subj < 0 && s.rel(v) == "root" {
		// a main verb whose subject the parser lost ("Varland Prime
		// Minister Aldo didn't meet" with "Varland" read as a verb): the
		// first actor before it whose words hang under it
		subj = c.firstActorBefore(s, v)
		guessed = subj >= 0
	}
	obj := s.child(v, "obj")
	if obj < 0 {
		obj = s.child(v, "iobj")
	}
	if obj < 0 {
		// "released former Vice President B from prison" with the name
		// read as a predicate: a nominal complement with no object is it
		if k := s.child(v, "xcomp"); k > v && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") {
			obj = k
		}
	}
	borrowed := false
	if obj < 0 {
		// "accuses B of having ...", "urged B to leave" parsed with B as
		// the subject of the clause: a subject before the clause's marker
		// is the verb's object
		for _, k := range s.children[v] {
			switch base(s.rel(k)) {
			case "advcl", "ccomp", "xcomp":
				mk, sj := s.child(k, "mark"), s.child(k, "nsubj", "nsubj:pass")
				if sj > v && mk > sj {
					obj, borrowed = sj, true
				}
			}
			if borrowed {
				break
			}
		}
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
	// the content words of the verb's adverbial phrases ("ordered an
	// investigation ahead of the elections") are no pattern's
	for _, k := range s.children[v] {
		if base(s.rel(k)) == "advmod" {
			for _, w := range s.subtree(k, nil, false) {
				switch s.p.Tokens[w].UPOS {
				case "NOUN", "PROPN", "NUM", "ADJ":
					if _, ok := role[w]; !ok {
						role[w] = cameo.RoleAdjunct
					}
				}
			}
		}
	}
	// a phrase of time ("on Saturday", "in March") fills no pattern's
	// phrase: "called King Salman on Saturday" is no "call on"
	for _, h := range []int{v, obj} {
		if h < 0 {
			continue
		}
		for _, k := range s.children[h] {
			if r := base(s.rel(k)); (r == "obl" || r == "nmod") && timex.DayOrMonth(s.p.Words[k].Form) {
				for _, w := range s.subtree(k, nil, false) {
					role[w] = cameo.RoleAdjunct
				}
			}
		}
	}
	clause := s.subtree(v, nil, true)
	if reporting[s.lemma[v]] {
		// "said [the attack was a form of support]": a copular clause
		// said is what is said, not the saying's object ("* ATTACK",
		// "* SUPPORT" of the statement verbs' block)
		for _, k := range s.children[v] {
			if r := base(s.rel(k)); clauseRels[r] && !s.isVerbal(k) && s.child(k, "cop", "nsubj", "nsubj:pass") >= 0 {
				said := s.subtree(k, nil, false)
				clause = slices.DeleteFunc(clause, func(w int) bool { return slices.Contains(said, w) })
			}
		}
	}
	if subj >= 0 && inherited {
		clause = append(clause, s.subtree(subj, nil, false)...)
	}
	if borrowed {
		clause = append(clause, s.subtree(obj, nil, false)...)
	}
	inClause := map[int]bool{}
	for _, k := range clause {
		inClause[k] = true
	}
	// the verb a complement clause hangs from, as PETRARCH reads words
	// before the verb ("indicated it would act")
	gov := -1
	if h := toks[v].Head; h >= 0 && h < v && s.isVerbal(h) {
		switch base(s.rel(v)) {
		case "ccomp":
			gov, inClause[h] = h, true
		case "xcomp":
			// "won't try to clash": the controlling verb with its
			// auxiliaries and adverbs
			gov, inClause[h] = h, true
			for _, k := range s.children[h] {
				if r := base(s.rel(k)); k < v && (r == "aux" || r == "advmod") {
					inClause[k] = true
				}
			}
		}
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
		switch u := toks[k].UPOS; {
		case k == gov:
			w.Text = strings.ToLower(s.p.Words[k].Form)
		case u == "AUX" || u == "PART":
			// dictionaries spell auxiliaries as written ("did n't")
			w.Text = strings.ToLower(s.p.Words[k].Form)
		case u == "NOUN" || u == "PROPN":
			// and some nouns in the plural ("DOLLARS"); the matcher finds
			// a singular entry in a plural form, not the other way round
			if f := strings.ToLower(s.p.Words[k].Form); regularPlural(f, w.Text) {
				w.Text = f
			}
		}
		if k > v {
			after, afterIdx = append(after, w), append(afterIdx, k)
		} else {
			before, beforeIdx = append(before, w), append(beforeIdx, k)
		}
	}
	var m cameo.Match
	ok := false
	form := strings.ToLower(toks[v].Form)
	if lem, known := c.r.Verbs.Lemma(form); known && lem == form && form != s.lemma[v] {
		// a form with an entry of its own ("left" apart from "leave")
		m, ok = c.r.Verbs.Match(cameo.Verb{Lemma: form, Particles: particles}, after, before)
	}
	if !ok {
		m, ok = c.r.Verbs.Match(cameo.Verb{Lemma: s.lemma[v], Particles: particles}, after, before)
	}
	if !ok && m.Rule == "" && form != s.lemma[v] {
		// the lexicon knows its verbs' inflections: a lemma the
		// lemmatiser got wrong ("accus") may still be found by its form
		m, ok = c.r.Verbs.Match(cameo.Verb{Lemma: form, Particles: particles}, after, before)
	}
	if Debug != nil {
		Debug("verb %q subj=%d obj=%d passive=%v inherited=%v after=%v before=%v -> ok=%v %+v", s.lemma[v], subj, obj, passive, inherited, after, before, ok, m)
	}
	if ok {
		c.verbCodes[v] = m.Code
	}
	// the lexicon's own lemma of the form, where ours may be wrong ("accus")
	lem := s.lemma[v]
	if l, known := c.r.Verbs.Lemma(form); known {
		lem = l
	}
	if !ok && m.Reverse == "" {
		// a verb the dictionary leaves uncoded may still have the type
		// the PLOVER gold records give it ("refused a request"): coded
		// like a verb's own default
		if fb, found := fallbackMatch(lem); found {
			m, ok = fb, true
		}
	}
	// whether the pattern that matched used the object's head word
	// ("announced a * &CEASEFIRE"), or matched something else while the
	// object names an act ("ordered an investigation against B ahead of
	// the elections" matched by "ORDER * ELECTIONS")
	usedObj := false
	for i, k := range afterIdx {
		if i < 64 && m.AfterWords&(1<<i) != 0 && k == obj {
			usedObj = true
		}
	}
	if nm, actObj, ok2 := c.nominalAct(s, v, obj, m, ok && usedObj); ok2 {
		// "announced a suspension of aid to B", "ordered the arrest of
		// B": the act the object names is what was done, to its object
		m, ok = nm, true
		if actObj >= 0 {
			obj = actObj
		}
	} else if ok && usedObj && obj >= 0 && actHeads[s.lemma[v]] && actNoun(s.lemma[obj]) {
		// the dictionary's own pattern for it ("ANNOUNCE * ARREST"): the
		// act is still done to its object's "of" phrase
		if to := c.actTarget(s, obj, s.ofPhrase(obj)); to >= 0 {
			obj = to
		}
	}
	corrected := false // the code is an erratum's, for the words after the verb
	if strings.HasPrefix(m.Rule, "CAMEO.2.0 ") || m.Rule == "" && !ok {
		// where the CAMEO dictionary's code departs from the CAMEO
		// manual's definition of the act ("convicted" is 116, not 173),
		// or lacks the verb ("let free")
		words := make([]string, len(after))
		for i, w := range after {
			words[i] = w.Text
		}
		code, fixed := cameo.Correct(s.lemma[v], m.Code, words)
		if !fixed && lem != s.lemma[v] {
			code, fixed = cameo.Correct(lem, m.Code, words)
		}
		if fixed {
			m.Code, m.Reverse, ok = code, "", true
			if m.Rule == "" {
				m.Rule = "erratum: " + strings.ToUpper(s.lemma[v]) + " [" + code + "]"
			} else {
				m.Rule += " (erratum: " + code + ")"
			}
			m.Confidence = max(m.Confidence, 0.5)
			corrected = true
		}
	}
	// "returned 1,044 antiquities to Iraq": what is returned goes back to
	// the party of the "to" phrase, its target; and where the dictionary
	// lists only some things returned, CAMEO's 084 takes them all
	recipient := -1
	if (!ok || strings.HasPrefix(m.Code, "084")) && m.Reverse == "" && !passive {
		if code, to := c.returned(s, v, obj); code != "" {
			recipient = to
			if !ok {
				m, ok = cameo.Match{Code: code, Rule: "return of " + map[string]string{"0841": "people", "0842": "property"}[code] + " to a party [" + code + "]", Confidence: 0.5}, true
			}
		}
	}
	exObj, exSubj := obj, subj
	if passive {
		exObj, exSubj = subj, agent // "war games were staged by A and B"
	}
	if code := s.exercise(v, exObj, exSubj); code != "" && (!ok || m.Code == "" || strings.HasPrefix(m.Code, "0") && !strings.HasPrefix(m.Code, "06") || code == "062" && strings.HasPrefix(m.Code, "15")) {
		// "A and B began joint military exercises": military
		// cooperation (062); held alone, a show of force (150), which
		// is all the dictionary knows of "launch war games"
		m, ok = cameo.Match{Code: code, Rule: "military exercise [" + code + "]", Confidence: 0.5, Compound: code == "062"}, true
	}
	if code := s.laborStrike(v, obj, subj); code != "" && (!ok || !strings.HasPrefix(m.Code, "14") && !strings.HasPrefix(m.Code, "08")) {
		// "went on strike", "staged a strike", "began a hunger strike":
		// a strike by people is CAMEO's protest (143, hunger strikes
		// 142), whatever the dictionary makes of "go" or "begin"
		m, ok = cameo.Match{Code: code, Rule: "strike by " + s.lemma[v] + " [" + code + "]", Confidence: 0.5}, true
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
	if recipient >= 0 {
		tgt = recipient
	}
	defaultTgt := tgt
	if h, ok := slotHead(s, m.Target, afterIdx, beforeIdx); ok {
		tgt = h
	}
	rule := m.Rule
	if s.lemma[v] == "agree" && !strings.HasPrefix(m.Code, "03") && s.actComplement(v) >= 0 {
		// "A and B agreed to undertake joint exercises": agreeing to do
		// something is the intent to (03), as the CAMEO manual's examples
		// are coded, not the cooperation (05) the dictionary gives "agree"
		m.Code, m.Reverse = "030", ""
		rule += " (agreed to: 030)"
	}
	if lem == "add" && strings.HasPrefix(m.Code, "06") && m.AfterWords == 0 && s.child(v, "ccomp") >= 0 {
		// "It added that troops repelled the attack": a speaker's
		// addition is a statement (the dictionary gives ADD GRANT's 060)
		m.Code, m.Reverse = "010", ""
		rule += " (added that: 010)"
	}
	// what members of a compound subject do with each other: before a
	// refusal recodes it ("A and B failed to reach agreement")
	joint := m.Compound || m.Reverse != "" && m.Reverse == m.Code || jointRoot(m.Code)
	mod := c.modality(s, v, question)
	if (mod == Negated || s.refused(v)) && cooperative(m.Code) {
		// "refused to send peacekeepers", "will not lift the embargo",
		// "failed to reach agreement": cooperation withheld is CAMEO's
		// rejection (12), and that is what happened
		m.Code, m.Reverse, mod = "120", "", Asserted
		rule += " (withheld: 120)"
	} else if s.refused(v) && mod == Asserted {
		// "declined to criticize China": the act refused did not happen
		mod = Negated
	} else if tc := threatCode(m.Code); tc != "" && s.threatened(v) {
		// "threatened to attack B": CAMEO codes the threat (13), not
		// the attack
		m.Code, m.Reverse, mod = tc, "", Asserted
		rule += " (threat: " + tc + ")"
	} else if mod == Intended && (s.promised(v) || s.statedIntent(v)) {
		// "is willing to withdraw", "agreed to provide aid": CAMEO
		// codes a promised act of cooperation as the intent to it (03),
		// which was expressed
		if ic := intentCode(m.Code); ic != "" {
			m.Code, m.Reverse, mod = ic, "", Asserted
			rule += " (intent: " + ic + ")"
		}
	} else if mod == Intended && strings.HasPrefix(m.Code, "04") {
		// "A will meet B next week", "A will hold talks with B": a
		// meeting or negotiation announced is CAMEO's intent to meet or
		// negotiate (036), which is what happened
		m.Code, m.Reverse, mod = "036", "", Asserted
		rule += " (announced meeting: 036)"
	}
	conf := m.Confidence
	if inherited {
		conf *= 0.9
	}
	if guessed {
		conf *= 0.8
	}
	if len(toks) > 40 {
		conf *= 0.9
	}
	trigger := doc.Span{s.p.Words[v].Span[0], s.p.Words[v].Span[1]}
	for k := range isParticle {
		trigger[1] = max(trigger[1], s.p.Words[k].Span[1])
	}
	srcs, tgts := c.actors(s, src, true), c.actors(s, tgt, true)
	if (lem == "say" || lem == "add") && obj > v && tgt == obj && len(tgts) > 0 && s.child(v, "ccomp") < 0 && !passive {
		// "... and two soldiers, said Observatory director Abdel Rahman":
		// nobody says a party; a party after "said" is the speaker of
		// what came before, which the parser read as the subject
		return
	}
	if tgt == obj && len(tgts) > 0 && !passive && c.rolesOnly(tgts) {
		// "sent troops to B", "withdraw its troops from B": an object
		// with no country of its own is what moves, the place or party
		// of a strong preposition is whom it concerns
		if pp := c.ppTargetIn(s, v, obj, targetPreps[:1]); pp >= 0 {
			// an object that names no people ("launched airstrikes on
			// ISIL fighters") yields to any actor of the preposition
			if alt := c.actors(s, pp, false); !c.rolesOnly(alt) || len(alt) > 0 && !coref.HumanNoun(s.p.Words[obj].Form) {
				tgts = alt
			}
		}
	}
	if len(tgts) == 0 && !passive && strings.HasPrefix(m.Code, "07") {
		// "provided $1.7 billion in assistance to support Syrian
		// refugees": whom aid is for may be named only in its purpose
		// of the verb or of one of its phrases ("$1.7 billion ... to
		// support" with the clause under the amount)
		near := slices.Clone(s.children[v])
		for _, k := range s.children[v] {
			if r := base(s.rel(k)); r == "obj" || r == "obl" {
				near = append(near, s.children[k]...)
			}
		}
		for _, k := range near {
			if mk := s.child(k, "mark"); k > v && (base(s.rel(k)) == "advcl" || base(s.rel(k)) == "xcomp" || base(s.rel(k)) == "acl") && mk >= 0 && s.lemma[mk] == "to" && aidPurposes[s.lemma[k]] {
				if tgts = c.complementTarget(s, k, srcs); len(tgts) > 0 {
					rule += " (target: whom it is to " + s.lemma[k] + ")"
					break
				}
			}
		}
		for _, k := range s.children[v] {
			// "providing food assistance every month to 300,000 people in
			// B" with the recipients read as a second object
			if r := base(s.rel(k)); len(tgts) == 0 && k != obj && k > v && (r == "obj" || r == "iobj") {
				if tgts = c.actors(s, k, true); len(tgts) == 0 {
					tgts = c.placeTarget(s, v, k)
				}
				if sameActors(srcs, tgts) {
					tgts = nil
				}
			}
		}
	}
	if strings.HasPrefix(m.Code, "15") && tgt == obj && !passive && (len(tgts) == 0 || c.rolesOnly(tgts)) {
		// "mobilized the army for an assault against B", "put troops on
		// alert to move into B": the forces mobilised are the source's
		// own; whom the show of force is aimed at is the target
		if alt := c.postureTarget(s, v, obj); len(alt) > 0 {
			tgts = alt
		}
	}
	if src == subj && subj >= 0 {
		// "Turkey and Iran agreed" parsed as two subjects
		if owner := toks[subj].Head; owner >= 0 && base(s.rel(subj)) == "nsubj" {
			for _, k := range s.children[owner] {
				// before the verb: "said Moscow had given" is another
				// clause's subject
				if k != subj && k < v && base(s.rel(k)) == "nsubj" {
					srcs = append(srcs, c.actors(s, k, true)...)
				}
			}
		}
	}
	if sameActors(srcs, tgts) {
		// "lifted its ban on B": the object names only the source, as
		// its owner; what the act is about comes next
		tgts = nil
	}
	if len(tgts) == 0 && tgt != defaultTgt {
		// the pattern's slot names no actor: the object may ("sued the
		// FBI for records")
		tgts = c.actors(s, defaultTgt, true)
		conf *= 0.9
	}
	if len(tgts) == 0 && !passive && (strings.HasPrefix(m.Code, "02") || strings.HasPrefix(m.Code, "10")) {
		// "demanded that B resign": who is to act is whom the demand is
		// made of, named or not by the actor lexicon
		for _, k := range s.children[v] {
			if sj := s.child(k, "nsubj"); k > v && base(s.rel(k)) == "ccomp" && sj >= 0 {
				tgts = c.actors(s, sj, true)
				break
			}
		}
	}
	// No named actor: a phrase headed by a noun for people may be one
	// ("police arrested journalists"), for an act of the verb's own
	// subject (not an inherited one, nor a reduced relative's noun: parser
	// errors there make most of the wrong ones), never for a statement
	// (01: "told journalists" is its audience). An object phrase comes
	// after a named actor of a strong preposition ("sent troops to B") and
	// before the weaker fallbacks ("freed 37 prisoners, including one at
	// the U.S. military prison").
	own := !c.r.NamedOnly && src >= 0 && toks[src].Head == v && !inherited && !strings.HasPrefix(m.Code, "01")
	phraseTarget := func() []actor {
		if !own || reporting[s.lemma[v]] {
			return nil
		}
		if pt := c.phraseActors(s, tgt); !sameActors(srcs, pt) {
			return pt
		}
		return nil
	}
	if len(tgts) == 0 && !passive {
		// "held talks with Syria", "an attack on the town": the object of
		// a preposition of the verb or its object
		if pp := c.ppTarget(s, v, obj); pp >= 0 {
			tgts = c.actors(s, pp, true)
			conf *= 0.9
		} else if pt := phraseTarget(); len(pt) > 0 {
			tgts = pt
		} else if w := c.firstActorAfter(s, v, obj); w >= 0 {
			tgts = c.actors(s, w, false)
			conf *= 0.8
		} else if w := c.complementActor(s, v); w >= 0 {
			// "A believes B can cope", "A said that an embargo against B
			// would fail": whom the statement is about
			tgts = c.actors(s, w, false)
			conf *= 0.7
		} else if w := c.inActor(s, v); w >= 0 && !violent(m.Code) {
			// PETRARCH's last resort, "bargained for asylum in B": the
			// actor of an "in" phrase, which may only be where it was
			tgts = c.actors(s, w, false)
			conf *= 0.6
			rule += " (target from an \"in\" phrase)"
		}
	}
	if len(srcs) == 0 && passive && agent < 0 && stateActCode(m.Code) {
		// "was arrested in Niger", "were expelled from B": an arrest,
		// release or expulsion with no agent named is the state's of the
		// place it happened in (as PLOVER records it)
		if ps := c.placeOf(s, v, statePreps); len(ps) > 0 && c.coded(ps) && !sameActors(ps, tgts) {
			srcs = ps
			conf *= 0.9
			rule += " (source: the state where it happened)"
		}
	}
	// an act as the doer: "a car bombing by the Islamic State killed"
	if len(srcs) == 0 && src == subj && subj >= 0 && !passive && s.p.Tokens[subj].UPOS == "NOUN" {
		srcs = c.doerOf(s, -1, subj)
	}
	// a phrase as the doer: an uncounted subject with an object ("three
	// people died" are mostly victims), or of a protest ("dock workers
	// went on strike")
	if own && len(srcs) == 0 && (obj >= 0 || strings.HasPrefix(m.Code, "14")) && base(s.rel(src)) == "nsubj" && s.child(src, "nummod") < 0 {
		srcs = c.phraseActors(s, src)
	}
	if len(tgts) == 0 {
		tgts = phraseTarget()
	}
	// "..., protesting the new law": a protest's participle clause shares
	// its subject and still names what is protested
	protesting := inherited && strings.HasPrefix(m.Code, "14") && base(s.rel(v)) == "advcl" && toks[v].XPOS == "VBG"
	if len(tgts) == 0 && (own || protesting) && !reporting[s.lemma[v]] && tgt >= 0 && !passive && !joint && thingTarget(m) {
		// "condemned the protest by farmers": the doer of the act
		// criticised or struck at, else the act itself
		if tgts = c.doerOf(s, v, tgt); len(tgts) == 0 {
			tgts = c.thingActors(s, tgt)
		}
	}
	if len(tgts) == 0 && own && (!reporting[s.lemma[v]] || m.AfterWords > 0 || corrected) && !passive && (!joint || len(srcs) < 2) && placeTargetCode(m.Code) {
		// "declared a ceasefire in Idlib", "imposed a curfew in the
		// town": an act on an area whose people are not named has the
		// place as its target, as PLOVER records it
		if pt := c.placeTarget(s, v, obj); len(pt) > 0 && !sameActors(srcs, pt) {
			tgts, m.Reverse = pt, "" // a place does nothing back
			rule += " (target: the place acted on)"
		}
	}
	if lem == "defend" && m.Code == "074" && len(srcs) > 0 && (!slices.ContainsFunc(srcs, func(a actor) bool { return c.ents[a.entity].Type != "person" }) || obj >= 0 && verbalStances[s.lemma[obj]]) {
		// "the president defended the policy": a person's defence, or
		// anyone's of a policy or a decision, is verbal (052); military
		// protection (074) is a force's, of a place or people
		m.Code, m.Reverse = "052", ""
		rule += " (a verbal defence: 052)"
	}
	if len(tgts) == 0 && own && !passive && (strings.HasPrefix(m.Code, "02") || disapproval(m.Code)) {
		// "demanded an apology from the prime minister": people not
		// named, of a preposition that can introduce whom a demand or a
		// criticism is aimed at
		for _, k := range s.children[v] {
			if len(tgts) == 0 && k > v && base(s.rel(k)) == "obl" && s.rel(k) != "obl:agent" {
				tgts = c.preppedPeople(s, k)
			}
		}
		if obj >= 0 {
			for _, k := range s.children[obj] {
				if len(tgts) == 0 && base(s.rel(k)) == "nmod" {
					tgts = c.preppedPeople(s, k)
				}
			}
		}
		if sameActors(srcs, tgts) {
			tgts = nil
		}
	}
	if obj >= 0 && stanceNouns[s.lemma[obj]] && s.child(obj, "nmod:poss") >= 0 {
		// "reiterated the government's support for B": the owner of
		// the support is the source's side; whom it is for is the target
		for _, k := range s.children[obj] {
			if cs := s.child(k, "case"); base(s.rel(k)) == "nmod" && cs >= 0 && (s.lemma[cs] == "for" || s.lemma[cs] == "to" || s.lemma[cs] == "with") {
				if as := c.actors(s, k, true); len(as) > 0 && !sameActors(srcs, as) {
					tgts = as
					break
				}
			}
		}
	}
	if strings.HasPrefix(m.Code, "04") && !passive && obj >= 0 {
		// "discussed Libya with Trump": whom a consultation is with is
		// its target, not what it was about (also when the phrase hangs
		// from the object, as the parser often has it)
		for _, k := range slices.Concat(s.children[v], s.children[obj]) {
			if cs := s.child(k, "case"); k > obj && (base(s.rel(k)) == "obl" || base(s.rel(k)) == "nmod") && cs >= 0 && s.lemma[cs] == "with" {
				if as := c.actors(s, k, true); len(as) > 0 && !sameActors(srcs, as) {
					tgts = as
				}
				break
			}
		}
	}
	if obj >= 0 && legalNouns[s.lemma[obj]] && (len(tgts) == 0 || !c.coded(tgts)) {
		// "launched an investigation into B", "filed a lawsuit in a
		// Paris court against B": whom an investigation or a suit is
		// against is its target, named or not, not the act nor the court
		if t := c.legalTarget(s, v, obj); len(t) > 0 && !sameActors(srcs, t) {
			tgts = t
		}
	}
	if strings.Contains(rule, "(withheld: 120)") && (len(tgts) == 0 || !c.coded(tgts)) {
		// "will not end the strike until the company meets their
		// demands", "will not lift the embargo until Cuba reforms": the
		// refusal is aimed at whoever must act first
		if ts := c.conditionActors(s, v, srcs); len(ts) > 0 {
			tgts = ts
			rule += " (target: who must act first)"
		}
	}
	if !joint && sameActors(srcs, tgts) {
		// targets that are only the sources again come from one phrase
		// read twice ("On Friday, A, B's spokesman, condemned ..." with
		// no subject found): no one acted on anyone
		tgts = nil
	}
	if Debug != nil {
		Debug("  srcs=%v tgts=%v", srcs, tgts)
	}
	if !passive && disapproval(m.Code) {
		// "summoned the ambassador to complain (about B)": a meeting
		// called for the sake of a complaint or protest is that
		// complaint, made by whoever called it to whom it was with
		h := s.complementOf(v)
		if o := s.p.Tokens[v].Head; h < 0 && base(s.rel(v)) == "acl" && o >= 0 && base(s.rel(o)) == "obj" {
			// "summoned the ambassador to complain" read as the
			// ambassador's complaint: the summoning is the head's
			if mk := s.child(v, "mark"); mk >= 0 && s.lemma[mk] == "to" {
				h = s.p.Tokens[o].Head
			}
		}
		callers := srcs
		if h >= 0 && len(callers) == 0 {
			if sj := s.child(h, "nsubj"); sj >= 0 {
				callers = c.actors(s, sj, true)
			}
		}
		if h >= 0 && h < v && len(callers) > 0 && summoners[s.lemma[h]] {
			for _, ev := range c.takeMeetings(s, h, callers) {
				a, b := c.entityByID(doc.Deref(ev.Source)), c.entityByID(doc.Deref(ev.Target))
				c.emit(s, v, m.Code, actor{a, doc.Span{}}, actor{b, doc.Span{}}, mod, trigger, rule+" (at the meeting of \""+strings.ToLower(s.p.Words[h].Form)+"\")", conf)
			}
		}
	}
	if len(srcs) > 0 && !passive && (len(srcs) < 2 || !joint) {
		// "agreed to set up a station in B", "refused to lift the ban
		// on B": a promise, refusal or threat is its own event only when
		// its complement codes nothing (else that act, made an intent,
		// a rejection or a threat, is the event); whom it concerns is
		// then named in the complement if not by the verb
		if k := s.actComplement(v); k >= 0 && m.AfterWords == 0 {
			if code := complementCode(s.lemma[v], m.Code); code != "" {
				c.pending = append(c.pending, pendingAct{v: v, comp: k, code: code, srcs: srcs, tgts: tgts, mod: mod, trigger: trigger, rule: rule, conf: conf})
				c.reported(s, v, subj)
				return
			}
		}
	}
	if len(tgts) == 0 && !passive && strings.HasPrefix(m.Code, "14") && !strings.HasPrefix(m.Rule, "PLOVER") {
		// "workers went on strike", "thousands protested in the
		// capital": a protest need not be against anyone named; it is
		// its protesters' event, with no target (as the contract allows)
		tgts = []actor{{entity: -1}}
		conf *= 0.9
	}
	if len(srcs) >= 2 && (len(tgts) == 1 && tgts[0].entity < 0 || strings.HasPrefix(m.Rule, "military exercise")) && joint {
		// joint exercises are between their members, not with a
		// place or party named near them ("near Iran waters")
		tgts = nil
	}
	if len(srcs) >= 2 && len(tgts) == 0 && joint {
		// "A and B agreed", "A and B renewed ties": between the members
		for i := range srcs {
			for j := range srcs {
				if i != j {
					c.emit(s, v, m.Code, srcs[i], srcs[j], mod, trigger, rule, conf)
				}
			}
		}
	} else {
		for _, a := range srcs {
			for _, b := range tgts {
				if m.Code != "" {
					c.emit(s, v, m.Code, a, b, mod, trigger, rule, conf)
				}
				if m.Reverse != "" && b.entity >= 0 {
					c.emit(s, v, m.Reverse, b, a, mod, trigger, rule, conf)
				}
			}
		}
	}
	c.reported(s, v, subj)
}

// violent reports whether code is an act of force (18, 19, 20): its "in"
// phrase says where it happened ("killed four in Assad's hometown"), not
// whom it was aimed at.
func violent(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// summoners call someone in to hear a complaint: "summoned the
// ambassador to protest". Not meetings in general ("met the president to
// criticize the government" criticises the government).
var summoners = map[string]bool{"summon": true}

// disapproval reports whether code is a demand (10), a criticism (11), a
// rejection (12), a threat (13) or a protest (14).
func disapproval(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "10", "11", "12", "13", "14":
		return true
	}
	return false
}

// takeMeetings removes and returns the consultations (04) the verb h has
// emitted in this sentence with a source among srcs.
func (c *coder) takeMeetings(s *sent, h int, srcs []actor) []doc.Event {
	at := s.p.Words[h].Span[0]
	var met []doc.Event
	c.events = slices.DeleteFunc(c.events, func(ev doc.Event) bool {
		if ev.Sentence != s.p.Sentence || ev.Trigger[0] != at || !strings.HasPrefix(ev.Code, "04") {
			return false
		}
		if !slices.ContainsFunc(srcs, func(a actor) bool { return c.ents[a.entity].ID == doc.Deref(ev.Source) }) {
			return false
		}
		met = append(met, ev)
		return true
	})
	return met
}

// entityByID is the index in c.ents of the entity id; -1 if none.
func (c *coder) entityByID(id string) int {
	return slices.IndexFunc(c.ents, func(e doc.Entity) bool { return e.ID == id })
}

// exerciseHeads hold military exercises.
var exerciseHeads = map[string]bool{"hold": true, "stage": true, "conduct": true, "begin": true, "start": true, "launch": true, "perform": true, "carry": true, "undertake": true, "kick": true, "host": true}

// exerciseNouns name military exercises ("war games" with its compound).
var exerciseNouns = map[string]bool{"exercise": true, "drill": true, "maneuver": true, "manoeuvre": true, "wargame": true, "game": true}

// exercise is the code of military exercises held with the verb v (object
// obj, subject subj): 062, military cooperation, when they are joint (the
// word "joint" or a compound subject; not any "with" phrase: "drills with
// warships"); 150, a show of force, otherwise; "" when v holds no military
// exercise.
func (s *sent) exercise(v, obj, subj int) string {
	if obj >= 0 && (s.lemma[obj] == "round" || s.lemma[obj] == "series") {
		obj = s.ofPhrase(obj) // "a new round of joint exercises"
	}
	if !exerciseHeads[s.lemma[v]] || obj < 0 || !exerciseNouns[s.lemma[obj]] {
		return ""
	}
	military, joint := false, false
	for _, k := range s.children[obj] {
		switch strings.ToLower(s.p.Words[k].Form) {
		case "military", "war", "naval", "air", "army", "defence", "defense", "anti-terror", "counter-terrorism", "combat":
			military = true
		case "joint", "bilateral", "trilateral", "multinational", "combined":
			joint = true
		}
	}
	if s.lemma[obj] == "game" && !military {
		return "" // only war games
	}
	if !military && s.lemma[obj] != "maneuver" && s.lemma[obj] != "manoeuvre" && s.lemma[obj] != "wargame" {
		return ""
	}
	if subj >= 0 && s.child(subj, "conj") >= 0 {
		joint = true
	}
	if joint {
		return "062"
	}
	return "150"
}

// strikeHeads are the verbs a labour strike is begun, held or joined with.
var strikeHeads = map[string]bool{"go": true, "begin": true, "start": true, "stage": true, "hold": true, "join": true, "continue": true, "launch": true, "call": true, "declare": true}

// forceModifiers make a "strike" an attack: "air strikes", "a missile
// strike".
var forceModifiers = map[string]bool{"air": true, "missile": true, "drone": true, "military": true, "rocket": true, "artillery": true, "aerial": true, "surgical": true, "precision": true, "retaliatory": true, "nuclear": true, "preemptive": true, "pre-emptive": true, "naval": true, "ground": true}

// laborStrike is the code of a strike by people done with the verb v
// (object obj, subject subj): 142 for a hunger strike, 143 for other
// strikes ("went on strike", "staged a general strike", "workers began a
// strike"); "" when v does no such strike: a strike called off, or one
// with no word of labour (an attack: "jets continued strikes on Gaza").
func (s *sent) laborStrike(v, obj, subj int) string {
	if !strikeHeads[s.lemma[v]] {
		return ""
	}
	for _, k := range s.children[v] {
		if s.rel(k) == "compound:prt" && s.lemma[k] == "off" {
			return "" // "called off the strike"
		}
	}
	n := obj
	if n < 0 || s.lemma[n] != "strike" {
		n = -1
		for _, k := range s.children[v] {
			// "went on strike"
			if cs := s.child(k, "case"); base(s.rel(k)) == "obl" && s.lemma[k] == "strike" && cs >= 0 && s.lemma[cs] == "on" {
				n = k
			}
		}
	}
	if n < 0 || s.lemma[n] != "strike" {
		return ""
	}
	labour, hunger := s.lemma[v] == "go", false
	for _, k := range s.children[n] {
		switch w := strings.ToLower(s.p.Words[k].Form); {
		case forceModifiers[w]:
			return ""
		case w == "hunger":
			hunger = true
		case labourWords[w]:
			labour = true
		}
	}
	if subj >= 0 && labourWords[strings.ToLower(s.p.Words[subj].Form)] {
		labour = true // "dock workers began a strike"
	}
	switch {
	case hunger:
		return "142"
	case labour:
		return "143"
	}
	return ""
}

// labourWords mark a strike as a labour one: its modifiers ("a general
// strike") or its strikers ("teachers began a strike").
var labourWords = map[string]bool{"general": true, "labour": true, "labor": true, "sit-in": true, "nationwide": true, "national": true, "indefinite": true,
	"workers": true, "teachers": true, "employees": true, "doctors": true, "nurses": true, "miners": true, "drivers": true, "unions": true, "union": true, "staff": true, "students": true, "dockers": true, "pilots": true}

// aidPurposes are the verbs of a purpose clause that name whom aid is for.
var aidPurposes = map[string]bool{"help": true, "support": true, "assist": true, "aid": true, "feed": true, "benefit": true, "rebuild": true, "relieve": true, "meet": true, "serve": true, "fund": true}

// posturePreps introduce whom a show of force is aimed at.
var posturePreps = [][]string{{"against", "into", "toward", "towards", "on"}}

// postureTarget is whom a mobilisation by the verb v (object obj) is aimed
// at: the actor of an "against" or "into" phrase under the verb or its
// object, else one in its complement or purpose clause ("to move against
// B"), else the place it happens in; nil if none.
func (c *coder) postureTarget(s *sent, v, obj int) []actor {
	if pp := c.ppTargetIn(s, v, obj, posturePreps); pp >= 0 {
		return c.actors(s, pp, true)
	}
	for _, k := range s.children[v] {
		if r := base(s.rel(k)); k > v && (r == "xcomp" || r == "advcl") && s.isVerbal(k) {
			if pp := c.ppTargetIn(s, k, s.child(k, "obj"), posturePreps); pp >= 0 {
				return c.actors(s, pp, true)
			}
		}
	}
	return c.placeTarget(s, v, obj)
}

// stanceNouns name a stance taken for or towards someone ("support for
// B"), whose owner is the one who takes it.
var stanceNouns = map[string]bool{"support": true, "solidarity": true, "commitment": true, "backing": true, "sympathy": true, "condolence": true, "condolences": true}

// demandPreps introduce whom a demand or criticism is aimed at.
var demandPreps = map[string]bool{"from": true, "against": true, "on": true, "of": true, "to": true}

// preppedPeople are the people not named of the phrase k when its
// preposition is one of demandPreps; nil otherwise.
func (c *coder) preppedPeople(s *sent, k int) []actor {
	if cs := s.child(k, "case"); cs < 0 || !demandPreps[s.lemma[cs]] {
		return nil
	}
	return c.phraseActors(s, k)
}

// verbalStances are what is defended in words, not by force: "defended the
// government's policies".
var verbalStances = map[string]bool{"policy": true, "decision": true, "action": true, "move": true, "record": true,
	"law": true, "plan": true, "stance": true, "position": true, "approach": true, "strategy": true,
	"handling": true, "response": true, "remark": true, "comment": true, "statement": true, "deal": true,
	"agreement": true, "choice": true, "measure": true, "bill": true, "reform": true, "conduct": true,
	"behaviour": true, "behavior": true, "vote": true, "ruling": true, "verdict": true, "right": true}

// legalNouns name investigations and legal actions against someone.
var legalNouns = map[string]bool{"investigation": true, "probe": true, "inquiry": true, "lawsuit": true, "suit": true, "complaint": true, "case": true, "charge": true, "proceeding": true}

// legalPreps introduce whom an investigation or legal action is against.
var legalPreps = map[string]bool{"into": true, "against": true, "of": true, "on": true}

// legalTarget is the actor of the first "into", "against", "of" or "on"
// phrase of the legal-action noun n or of its verb v (after n); nil if
// none.
func (c *coder) legalTarget(s *sent, v, n int) []actor {
	var heads []int
	for _, h := range []int{n, v} {
		for _, k := range s.children[h] {
			if r := base(s.rel(k)); k > n && (r == "nmod" || r == "obl") {
				heads = append(heads, k)
			}
		}
	}
	slices.Sort(heads)
	// not the act itself, as a phrase taken for a thing acted on
	self := c.entitiesAt(s.p.Words[n].Span, nil)
	for _, k := range heads {
		if cs := s.child(k, "case"); cs < 0 || !legalPreps[s.lemma[cs]] {
			continue
		}
		as := slices.DeleteFunc(c.actors(s, k, true), func(a actor) bool { return slices.Contains(self, a.entity) })
		if len(as) == 0 {
			as = c.phraseActors(s, k)
		}
		if len(as) > 0 {
			return as
		}
	}
	return nil
}

// conditionActors are the actors of the subject (or the passive agent) of
// v's "until" or "unless" clause, other than srcs; nil if none.
func (c *coder) conditionActors(s *sent, v int, srcs []actor) []actor {
	for _, k := range s.children[v] {
		mk := s.child(k, "mark")
		if base(s.rel(k)) != "advcl" || mk < 0 || s.lemma[mk] != "until" && s.lemma[mk] != "unless" {
			continue
		}
		// "until their demands are met by the authorities", also with
		// the agent read as an object ("are met the company")
		for _, h := range []int{s.child(k, "obl:agent"), s.child(k, "nsubj"), s.child(k, "obj")} {
			if h < 0 {
				continue
			}
			as := c.actors(s, h, true)
			if len(as) == 0 {
				as = c.phraseActors(s, h)
			}
			if len(as) > 0 && !sameActors(srcs, as) {
				return as
			}
		}
	}
	return nil
}

// pendingAct is a promise, refusal or threat with its source but no
// target, waiting to see whether its complement clause codes an act.
type pendingAct struct {
	v, comp int
	code    string
	srcs    []actor
	tgts    []actor // the verb's own, if any
	mod     string
	trigger doc.Span
	rule    string
	conf    float64
}

// actComplement is v's infinitive complement ("agreed to open", also
// parsed as a clause of purpose), after v; -1 if none.
func (s *sent) actComplement(v int) int {
	for _, k := range s.children[v] {
		if k > v && s.isVerbal(k) && s.complementOf(k) == v {
			return k
		}
	}
	return -1
}

// pledgers commit themselves to an act ("plans to", "decided to" are not
// an expressed intent to cooperate).
var pledgers = map[string]bool{"agree": true, "pledge": true, "promise": true, "vow": true, "offer": true, "commit": true, "willing": true, "ready": true}

// complementCode is the code of a promise, refusal or threat whose
// complement codes nothing itself: the intent to cooperate (030) for
// "agreed to", "pledged to"; a rejection (120) for "refused to"; a threat
// (130) for "threatened to"; the verb's own code where it is already one
// of these. "" for other verbs.
func complementCode(lemma, code string) string {
	keep := func(root, general string) string {
		if strings.HasPrefix(code, root) {
			return code
		}
		return general
	}
	switch {
	case pledgers[lemma]:
		return keep("03", "030")
	case lemma == "refuse" || lemma == "decline":
		return keep("12", "120")
	case lemma == "threaten":
		return keep("13", "130")
	}
	return ""
}

// completePending emits the sentence's pending promises, refusals and
// threats whose complement coded nothing, with the actor that complement
// names as their target: its object, a phrase of it, else the place it is
// to happen in (down one more complement: "agreed to open its borders for
// trucks to enter B").
func (c *coder) completePending(s *sent) {
	for _, p := range c.pending {
		if c.codedAs(s, p) {
			continue // the act was coded as the promise, refusal or threat
		}
		tgts := p.tgts
		for k, depth := p.comp, 0; k >= 0 && len(tgts) == 0 && depth < 2; k, depth = s.actComplement(k), depth+1 {
			tgts = c.complementTarget(s, k, p.srcs)
		}
		if Debug != nil {
			Debug("  pending %q %s: tgts=%v", s.lemma[p.v], p.code, tgts)
		}
		rule, conf := p.rule, p.conf
		if len(p.tgts) == 0 {
			rule, conf = rule+" (target from its complement)", conf*0.9
		}
		for _, a := range p.srcs {
			for _, b := range tgts {
				c.emit(s, p.v, p.code, a, b, p.mod, p.trigger, rule, conf)
			}
		}
	}
}

// codedAs reports whether the complement of p emitted, for one of p's
// sources, an event of p's own kind (its act made an intent, a rejection
// or a threat); a refusal to criticise is still a refusal, and the
// criticism (asserted by the dictionary) is not all that happened.
func (c *coder) codedAs(s *sent, p pendingAct) bool {
	starts := map[int]bool{}
	for _, w := range s.subtree(p.comp, nil, true) {
		starts[s.p.Words[w].Span[0]] = true
	}
	ids := map[string]bool{}
	for _, a := range p.srcs {
		ids[c.ents[a.entity].ID] = true
	}
	return slices.ContainsFunc(c.events, func(ev doc.Event) bool {
		return ev.Sentence == s.p.Sentence && starts[ev.Trigger[0]] && ids[doc.Deref(ev.Source)] && ev.Code[:2] == p.code[:2]
	})
}

// known reports whether one of as has an actor code or is a place on the
// map, with its country (cities carry no actor code of their own).
func (c *coder) known(as []actor) bool {
	return slices.ContainsFunc(as, func(a actor) bool {
		e := c.ents[a.entity]
		return e.Actor != nil || e.Type == "place" && e.Country != nil && *e.Country != ""
	})
}

// coded reports whether one of as has an actor code.
func (c *coder) coded(as []actor) bool {
	return slices.ContainsFunc(as, func(a actor) bool { return c.ents[a.entity].Actor != nil })
}

// complementTarget is whom the complement clause k concerns: its object
// when that has an actor code, else the actor of a prepositional phrase,
// else the first actor after it (not an uncoded one inside the object:
// mostly the thing promised, "set up a National Centre"), else the place it
// is to happen in, known to the map, when the complement's act is one done
// to a place or has no code ("set up a company in Berlin"; not "attend
// talks in Geneva"). Never srcs themselves.
func (c *coder) complementTarget(s *sent, k int, srcs []actor) []actor {
	ok := func(as []actor) bool { return len(as) > 0 && !sameActors(srcs, as) }
	obj := s.child(k, "obj")
	if obj >= 0 {
		if as := c.actors(s, obj, true); ok(as) && c.coded(as) {
			return as
		}
	}
	if pp := c.ppTarget(s, k, obj); pp >= 0 {
		if as := c.actors(s, pp, true); ok(as) {
			return as
		}
	}
	if w := c.firstActorAfter(s, k, obj); w >= 0 {
		inObj := obj >= 0 && slices.Contains(s.subtree(obj, nil, false), w)
		if as := c.actors(s, w, false); ok(as) && (c.coded(as) || !inObj) {
			return as
		}
	}
	if code := c.verbCodes[k]; code != "" && !placeTargetCode(code) {
		return nil // "refused to attend talks in Geneva": only where
	}
	if pt := c.placeTarget(s, k, obj); ok(pt) && c.known(pt) {
		return pt
	}
	return nil
}

// refusers are verbs whose complement is withheld cooperation: "refused
// to", "declined to", "failed to".
var refusers = map[string]bool{"refuse": true, "decline": true, "fail": true, "reject": true}

// complementOf is the head of v when v is its infinitive complement
// ("refused to send", also parsed as a clause of purpose when a phrase
// comes between: "threatened on Monday to attack"); -1 if not.
func (s *sent) complementOf(v int) int {
	h := s.p.Tokens[v].Head
	if h < 0 {
		return -1
	}
	switch base(s.rel(v)) {
	case "xcomp":
		return h
	case "advcl":
		if mk := s.child(v, "mark"); mk >= 0 && s.lemma[mk] == "to" {
			return h
		}
	}
	return -1
}

// refused reports whether v is the complement of a refusal ("refused to
// send").
func (s *sent) refused(v int) bool {
	h := s.complementOf(v)
	return h >= 0 && refusers[s.lemma[h]]
}

// cooperative reports whether code is one of CAMEO's cooperative roots
// that a refusal turns into a rejection: intents and appeals to cooperate
// (03), consulting (04), support (05), cooperation (06), aid (07) and
// yielding (08).
func cooperative(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "04", "05", "06", "07", "08":
		return true
	}
	return false
}

// promisers are the heads whose complement is an act promised, not just
// imminent ("is about to restore", "is set to meet" are the act itself).
var promisers = map[string]bool{"agree": true, "willing": true, "ready": true, "promise": true, "pledge": true, "vow": true, "offer": true, "plan": true, "intend": true, "decide": true, "prepare": true, "commit": true}

// promised reports whether v is the complement of a promise ("agreed
// to", "is willing to"). A bare "will" is not enough: PETRARCH codes "A
// will contribute aid" as the aid itself (its validation records say so).
func (s *sent) promised(v int) bool {
	h := s.complementOf(v)
	if h < 0 && base(s.rel(v)) == "ccomp" {
		h = s.p.Tokens[v].Head
	}
	return h >= 0 && promisers[s.lemma[h]]
}

// statedIntent reports whether v is what its speaker said they will do:
// a clause with "will" or "would" under a reporting verb, whose subject
// is a pronoun for the speaker ("the rebels said they will release the
// hostages"). CAMEO codes the stated intention (03), as it does a
// promise; a bare "A will release" stays the act itself.
func (s *sent) statedIntent(v int) bool {
	h := s.p.Tokens[v].Head
	if h < 0 || base(s.rel(v)) != "ccomp" || !reporting[s.lemma[h]] {
		return false
	}
	sj := s.child(v, "nsubj")
	if sj < 0 || s.p.Tokens[sj].UPOS != "PRON" || s.child(h, "nsubj") < 0 {
		return false
	}
	for _, k := range s.children[v] {
		if base(s.rel(k)) == "aux" && futureAux[strings.ToLower(s.p.Words[k].Form)] {
			return true
		}
	}
	return false
}

// threatened reports whether v is the complement of "threaten" ("threatened
// to shell B").
func (s *sent) threatened(v int) bool {
	h := s.complementOf(v)
	return h >= 0 && s.lemma[h] == "threaten"
}

// threatSub are the threats (13) of the conflictual codes that have one
// of their own.
var threatSub = map[string]string{
	"162": "1311", "163": "1312", "161": "1313", "164": "1313", "172": "132", "1721": "1321", "1722": "1322",
	"1723": "1323", "1724": "1324", "166": "136", "191": "1381", "192": "1382", "193": "1384", "194": "1384",
	"195": "1384", "180": "1383", "181": "1383", "182": "1383", "183": "1383", "184": "1383", "185": "1383", "186": "1383",
	"200": "1385", "201": "1385", "202": "1385", "203": "1385", "204": "1385",
}

// threatRoots are the threats of the conflictual roots without a
// sub-code of their own in threatSub.
var threatRoots = map[string]string{"14": "133", "15": "138", "19": "138", "20": "138", "16": "131", "17": "137", "18": "1383"}

// threatCode is CAMEO's threat (13) of the conflictual act code, "" when
// it has none.
func threatCode(code string) string { return mirrorCode(code, threatSub, threatRoots) }

// mirrorCode looks code up by its longest prefix of three or more digits
// in sub, else by its root in roots: the codes CAMEO keeps for threats
// and intents mirror the acts, sub-code by sub-code where it has one.
func mirrorCode(code string, sub, roots map[string]string) string {
	if len(code) < 2 {
		return ""
	}
	for n := len(code); n >= 3; n-- {
		if c, ok := sub[code[:n]]; ok {
			return c
		}
	}
	return roots[code[:2]]
}

// intentSub are the intents (03) of the cooperative codes that have one
// of their own.
var intentSub = map[string]string{
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
	"084": "0353", "085": "0354", "086": "0355", "087": "0356", "045": "039", "081": "0351",
}

// intentRoots are the intents of the cooperative roots without a
// sub-code of their own in intentSub ("081" is under intentSub).
var intentRoots = map[string]string{"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}

// intentCode is CAMEO's "express intent to" code (03) for the
// cooperative act code, "" when it has none: 03 mirrors the cooperative
// roots, sub-code by sub-code where CAMEO has one.
func intentCode(code string) string { return mirrorCode(code, intentSub, intentRoots) }

// targetPreps are prepositions whose object can be an event's target when
// the verb has no actor as direct object, strongest first: "celebrated at
// A with B" is with B.
var targetPreps = [][]string{
	{"with", "against", "toward", "towards", "to", "into", "upon", "between", "on"},
	{"at", "from", "over", "about", "of", "for", "by"},
}

// locPreps introduce where or when something happened, not to whom.
var locPreps = map[string]bool{"in": true, "at": true, "near": true, "during": true, "across": true, "inside": true, "outside": true, "around": true, "throughout": true, "after": true, "before": true, "since": true, "until": true, "amid": true, "despite": true, "within": true, "like": true, "as": true}

// ppTarget is the head of the first prepositional phrase naming an actor,
// of the verb or of its object down a chain of nominal modifiers
// ("welcomed a resumption of ties with B", "condemned an attack
// by X"), whose preposition can introduce a target; -1 if none. "by" on
// the verb itself is the passive agent, not a target.
func (c *coder) ppTarget(s *sent, v, obj int) int {
	return c.ppTargetIn(s, v, obj, targetPreps)
}

// ppTargetIn is ppTarget with the given tiers of prepositions.
func (c *coder) ppTargetIn(s *sent, v, obj int, tiers [][]string) int {
	heads := []int{v}
	if obj >= 0 {
		heads = append(heads, obj)
	}
	// nearer phrases first ("left for A for talks with B" is A), and
	// among them the stronger prepositions
	for depth := 0; len(heads) > 0 && depth < 4; depth++ {
		var next []int
		for _, h := range heads {
			for _, k := range s.children[h] {
				// down the object's modifiers and the verb's phrases
				// ("rose in the dispute with B")
				if r := base(s.rel(k)); r == "obl" || r == "nmod" {
					next = append(next, k)
				}
			}
		}
		for _, preps := range tiers {
			for _, k := range next {
				h := s.p.Tokens[k].Head
				if cs := s.child(k, "case"); cs >= 0 && slices.Contains(preps, s.lemma[cs]) && !(h == v && s.lemma[cs] == "by") && len(c.actors(s, k, true)) > 0 {
					return k
				}
			}
		}
		heads = next
	}
	return -1
}

// firstActorAfter is PETRARCH's fallback target: the head of the first
// phrase naming an actor in the verb's object or its prepositional phrases
// (not those of place or time), participle modifiers included ("cordoned
// off the roads leading into B", "criticized the closure of schools in
// B"); -1 if none.
func (c *coder) firstActorAfter(s *sent, v, obj int) int {
	var ws []int
	if obj >= 0 {
		ws = s.nominal(obj, ws)
	}
	for _, k := range s.children[v] {
		if k < v || base(s.rel(k)) != "obl" || s.rel(k) == "obl:agent" || s.rel(k) == "obl:tmod" {
			continue
		}
		if cs := s.child(k, "case"); cs < 0 || locPreps[s.lemma[cs]] {
			continue
		}
		ws = s.nominal(k, ws)
	}
	return c.firstActorIn(s, v, ws)
}

// inActor is the head of the verb's first "in" phrase after it that names
// an actor; -1 if none.
func (c *coder) inActor(s *sent, v int) int {
	for _, k := range s.children[v] {
		if cs := s.child(k, "case"); k > v && base(s.rel(k)) == "obl" && cs >= 0 && s.lemma[cs] == "in" {
			if w := c.firstActorIn(s, v, s.nominal(k, nil)); w >= 0 {
				return w
			}
		}
	}
	return -1
}

// firstActorIn is the head of the noun phrase of the first word of ws
// after v that names an actor, not looking past a comma that ends the
// phrase; -1 if none.
func (c *coder) firstActorIn(s *sent, v int, ws []int) int {
	slices.Sort(ws)
	for _, k := range ws {
		if k > v && s.p.Words[k].Form == "," && (k+1 >= len(s.p.Tokens) || base(s.rel(k+1)) != "conj" && base(s.rel(k+1)) != "appos") {
			break // the object does not run past a comma unless a list goes on
		}
		if k <= v || len(c.withActor(c.entitiesAt(s.p.Words[k].Span, nil))) == 0 {
			continue
		}
		// up to the head of the noun phrase ("Varland soldiers")
		for hops := 0; hops < 4; hops++ {
			switch base(s.rel(k)) {
			case "compound", "flat", "amod", "det", "fixed", "goeswith":
				k = s.p.Tokens[k].Head
				continue
			}
			break
		}
		return k
	}
	return -1
}

// roleOnly is rolesOnly for entity indexes.
func (c *coder) roleOnly(es []int) bool {
	as := make([]actor, len(es))
	for i, e := range es {
		as[i].entity = e
	}
	return c.rolesOnly(as)
}

// rolesOnly reports whether every actor's code is a bare role ("MIL",
// "---GOV"), with no country or organisation.
func (c *coder) rolesOnly(as []actor) bool {
	for _, a := range as {
		code := doc.Deref(c.ents[a.entity].Actor)
		if code == "" || !strings.HasPrefix(code, "---") && !cameo.IsRole(code[:min(3, len(code))]) {
			return false
		}
	}
	return true
}

// personal are the pronouns reporter may resolve.
var personal = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true}

// reporter is the subject of the verb whose complement clause holds v, for
// pronoun p; -1 if p is not a personal pronoun or there is none.
func (s *sent) reporter(v, p int) int {
	if !personal[strings.ToLower(s.p.Words[p].Form)] {
		return -1
	}
	for hops := 0; hops < 3; hops++ {
		h := s.p.Tokens[v].Head
		if h < 0 || base(s.rel(v)) != "ccomp" && base(s.rel(v)) != "conj" {
			return -1
		}
		if sj := s.child(h, "nsubj"); sj >= 0 && s.p.Tokens[sj].UPOS != "PRON" {
			return sj
		}
		v = h
	}
	return -1
}

// firstActorBefore is the first word before root verb v that names an
// actor and hangs under v through nouns only (or a stray verb with no
// subject of its own), raised to the head of its noun phrase; -1 if none.
func (c *coder) firstActorBefore(s *sent, v int) int {
	for k := 0; k < v; k++ {
		if len(c.withActor(c.entitiesAt(s.p.Words[k].Span, nil))) == 0 {
			continue
		}
		ok, h := false, k
		for hops := 0; hops < 8 && h >= 0; hops++ {
			h = s.p.Tokens[h].Head
			if h == v {
				ok = true
				break
			}
			if h < 0 || h > v || s.isVerbal(h) && s.child(h, "nsubj", "nsubj:pass") >= 0 {
				break
			}
		}
		if !ok {
			continue
		}
		for hops := 0; hops < 4; hops++ {
			switch base(s.rel(k)) {
			case "compound", "flat", "amod", "det", "nmod", "appos":
				if h := s.p.Tokens[k].Head; h >= 0 && h < v && !s.isVerbal(h) {
					k = h
					continue
				}
			}
			break
		}
		return k
	}
	return -1
}

// complementActor is the head of the first phrase naming an actor in the
// clausal complement of v: its subject, else its object or prepositional
// phrases; -1 if none.
func (c *coder) complementActor(s *sent, v int) int {
	for _, k := range s.children[v] {
		// and whom a refusal turns down: "refused to respond to a
		// request from B"
		if r := base(s.rel(k)); k < v || r != "ccomp" && (r != "xcomp" || !refusers[s.lemma[v]]) {
			continue
		}
		if sj := s.child(k, "nsubj", "nsubj:pass"); sj >= 0 {
			if len(c.actors(s, sj, false)) > 0 {
				return sj
			}
			if w := c.firstActorIn(s, sj-1, s.nominal(sj, nil)); w >= 0 {
				return w
			}
		}
		return c.firstActorAfter(s, k, s.child(k, "obj"))
	}
	return -1
}

// nominal appends the words of noun phrase i to out, entering participle
// modifiers but not relative clauses or other clauses.
func (s *sent) nominal(i int, out []int) []int {
	out = append(out, i)
	for _, k := range s.children[i] {
		r := s.rel(k)
		if clauseRels[base(r)] && (r != "acl" || s.child(k, "nsubj") >= 0) {
			continue
		}
		out = s.nominal(k, out)
	}
	return out
}

// controller is the subject a verb without one shares: the subject of the
// verb (or adjective) it complements or is conjoined to ("Arnor is about to
// restore", "A met B and signed"); for an object-control verb ("urged B to
// leave") the head's object.
func (s *sent) controller(v int) (subj int, passive, ok bool) {
	for hops := 0; hops < 3; hops++ {
		r := base(s.rel(v))
		h := s.p.Tokens[v].Head
		// csubj too: "X is about to restore" misparsed with the clause as
		// the subject of "about" (X then is its nsubj)
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "csubj" || r == "advcl" && (s.child(v, "mark") < 0 || s.sharesSubject(v))) {
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

// documents are nouns for what an actor issues, whose participle modifier
// ("a statement condemning") is the actor's act.
var documents = map[string]bool{"statement": true, "resolution": true, "report": true, "letter": true, "declaration": true, "communique": true, "motion": true, "decree": true, "note": true, "complaint": true, "lawsuit": true, "suit": true, "petition": true, "message": true, "order": true, "bill": true, "appeal": true}

// subjectMarks introduce an adverbial clause without a subject of its own
// whose doer is the main clause's: "violated the ceasefire by shelling",
// "after meeting B", "sent troops to restore order".
var subjectMarks = map[string]bool{"by": true, "after": true, "before": true, "while": true, "without": true, "through": true, "upon": true, "to": true}

// sharesSubject reports whether adverbial clause v is a gerund or
// infinitive under one of subjectMarks.
func (s *sent) sharesSubject(v int) bool {
	mk := s.child(v, "mark")
	if mk < 0 || !subjectMarks[s.lemma[mk]] {
		return false
	}
	x := s.p.Tokens[v].XPOS
	if x == "VBG" {
		return true
	}
	// an infinitive's doer is the main subject unless the main verb has
	// someone else to do it ("called on all sides to protect")
	h := s.p.Tokens[v].Head
	if x != "VB" || s.lemma[mk] != "to" || demandHeads[s.lemma[h]] {
		return false
	}
	for _, k := range s.children[h] {
		r := s.rel(k)
		if k > v || r != "obj" && r != "iobj" {
			continue
		}
		if s.p.Tokens[k].UPOS == "PROPN" || s.p.Tokens[k].UPOS == "PRON" || coref.HumanNoun(s.p.Words[k].Form) || s.lemma[k] == "side" {
			return false
		}
	}
	return true
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
// Russia", "A, B, C and D") and appositions' ("old foes
// A and B"); a head that is not an entity may still be named by its
// compound or "of" modifier ("Russian forces", "the army of Gondor").
func (c *coder) actors(s *sent, i int, anyEntity bool) []actor {
	if i < 0 {
		return nil
	}
	keep := c.withActor
	if anyEntity {
		keep = func(es []int) []int { return es }
	}
	// a dateline ("Harare, Zimbabwe - A said") is no actor, but the
	// parser may make it the head of the subject
	dl := c.datelineEnd(s)
	inDateline := func(h int) bool { return s.p.Words[h].Span[1] <= dl }
	heads := s.members(i, inDateline(i) || len(keep(c.entitiesAt(s.p.Words[i].Span, nil))) == 0)
	var out []actor
	seen := map[int]bool{}
	var es []int
	for _, h := range heads {
		if inDateline(h) {
			continue
		}
		es = keep(c.entitiesAt(s.p.Words[h].Span, es[:0]))
		if len(es) == 0 {
			// "Varland's army", "Varland soldiers", "A and B leaders": a
			// modifier names it, with its coordinated members
			// "authorities in the U.S.": people of a country named by
			// "in" are that country's
			countryIn := func(k int) bool {
				cs := s.child(k, "case")
				if cs < 0 || s.lemma[cs] != "in" || !coref.HumanNoun(s.p.Words[h].Form) {
					return false
				}
				for _, e := range c.entitiesAt(s.p.Words[k].Span, nil) {
					if c.ents[e].Type == "country" && c.ents[e].Actor != nil {
						return true
					}
				}
				return false
			}
			// a possessive pronoun only when no other modifier names
			// anyone: "their Chinese counterparts" are China's
		modifiers:
			for _, pronouns := range [2]bool{false, true} {
				for _, k := range s.children[h] {
					r := s.rel(k)
					if (r == "nmod:poss" && s.p.Tokens[k].UPOS == "PRON") != pronouns {
						continue
					}
					if r == "compound" || r == "nmod:poss" || r == "amod" || r == "nmod" && s.child(k, "case") >= 0 && s.lemma[s.child(k, "case")] == "of" || r == "nmod" && countryIn(k) {
						ms := s.members(k, false)
						if inDateline(k) {
							// "KABUL - A Taliban attack" read as one name:
							// its words after the dateline may name someone
							ms = s.subtree(k, nil, false)
						}
						var mod []int
						for _, m := range ms {
							if !inDateline(m) {
								mod = keep(c.entitiesAt(s.p.Words[m].Span, mod))
							}
						}
						if len(mod) == 0 || r == "amod" && c.roleOnly(mod) && !coref.PersonNoun(s.p.Words[k].Form) {
							// "military exercises" name no one; "rebel
							// positions" (news tags "rebel" JJ) do
							continue
						}
						es = append(es, mod...)
						break modifiers
					}
				}
			}
		}
		if len(es) == 0 && !s.isVerbal(h) {
			// "a U.S. government watchdog agency": a name deeper in the
			// chain of compounds before the head
			for k := s.child(h, "compound"); k >= 0 && k < h && len(es) == 0; k = s.child(k, "compound") {
				for _, m := range s.children[k] {
					if s.rel(m) == "compound" && len(es) == 0 {
						es = keep(c.entitiesAt(s.p.Words[m].Span, es[:0]))
					}
				}
			}
		}
		if len(es) == 0 {
			// "a group of Saudi hackers", "members of Iraqi forces": the
			// "of" phrase's own modifiers
			if k := s.ofPhrase(h); k >= 0 {
				for _, a := range c.actors(s, k, anyEntity) {
					es = append(es, a.entity)
				}
			}
		}
		sp := s.phraseSpan(h)
		if sp[0] < dl {
			// the phrase runs from the dateline ("KABUL - A Taliban
			// attack"): its words after it are the mention
			for _, w := range s.p.Words {
				if w.Span[0] >= dl && w.Span[0] < sp[1] {
					sp[0] = w.Span[0]
					break
				}
			}
		}
		for _, e := range es {
			if !seen[e] {
				seen[e] = true
				out = append(out, actor{e, sp})
			}
		}
	}
	return out
}

// phraseActors are the unnamed actors of the phrase headed by i: its head
// and coordinated members that name people, or its "of" phrase's ("a
// group of protesters").
func (c *coder) phraseActors(s *sent, i int) []actor {
	return c.phraseActorsOf(s, i, false)
}

// thingTarget reports whether an act of match m may have a thing as its
// target: what is criticised, rejected, investigated, lifted, cut, seized,
// boycotted or struck. Not meetings, agreements, aid or statements, whose
// objects are their topic ("signed an agreement"), nor an attack whose
// pattern spells its object, which is then the weapon or the attack itself
// ("fired rockets", "launched an offensive", "used chemical weapons").
func thingTarget(m cameo.Match) bool {
	if len(m.Code) < 2 {
		return false
	}
	switch m.Code[:2] {
	case "08", "09", "11", "12", "14", "16":
		return true
	case "17", "18", "19", "20":
		return m.AfterWords == 0
	}
	return false
}

// returned is CAMEO's code for "return X to B" with verb v and object
// obj (0841 when X are people, 0842 when X is property) and the head of
// the "to" phrase, B; "" unless the verb is "return" (or "hand back",
// "give back") with an object and a "to" phrase, so that "returned to
// Baghdad" is no event.
func (c *coder) returned(s *sent, v, obj int) (code string, to int) {
	switch lem := s.lemma[v]; {
	case lem == "return":
	case (lem == "hand" || lem == "give") && s.child(v, "compound:prt") >= 0 && s.lemma[s.child(v, "compound:prt")] == "back":
	default:
		return "", -1
	}
	if obj < 0 {
		return "", -1
	}
	to = -1
	// the parser may hang the "to" phrase on the object ("returned a
	// painting to Italy")
	for _, k := range append(slices.Clone(s.children[v]), s.children[obj]...) {
		if cs := s.child(k, "case"); k > obj && (base(s.rel(k)) == "obl" || base(s.rel(k)) == "nmod") && cs >= 0 && s.lemma[cs] == "to" && to < 0 {
			to = k
		}
	}
	if to < 0 {
		return "", -1
	}
	if len(c.actors(s, obj, true)) > 0 || coref.HumanNoun(s.p.Words[obj].Form) || s.p.Tokens[obj].UPOS == "PRON" {
		return "0841", to
	}
	return "0842", to
}

// fallbackMatch is the match of the PLOVER fallback verb table for lemma
// (cameo.FallbackCode), coded like a verb's own default; false if the
// table has no code for it.
func fallbackMatch(lemma string) (cameo.Match, bool) {
	fb := cameo.FallbackCode(lemma)
	if fb == "" {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: fb, Rule: "PLOVER GSR fallback: " + strings.ToUpper(lemma) + " [" + fb + "]", Confidence: 0.5}, true
}

// actNouns are nouns naming an act, with the verb of the act: the
// object of an announcement or an order is then coded as that verb
// ("announced the withdrawal of troops" as "withdrew troops").
var actNouns = map[string]string{
	"suspension": "suspend", "deployment": "deploy", "withdrawal": "withdraw", "release": "release",
	"arrest": "arrest", "expulsion": "expel", "invasion": "invade", "closure": "close",
	"resumption": "resume", "cancellation": "cancel", "evacuation": "evacuate", "seizure": "seize",
	"detention": "detain", "execution": "execute", "imposition": "impose", "lifting": "lift",
	"easing": "ease", "reduction": "reduce", "freeze": "freeze", "ban": "ban", "boycott": "boycott",
	"blockade": "blockade", "investigation": "investigate", "probe": "probe", "recognition": "recognize",
	"restoration": "restore", "delivery": "deliver", "dispatch": "dispatch", "extradition": "extradite",
	"deportation": "deport", "pardon": "pardon", "severance": "sever", "mobilization": "mobilize",
	"mobilisation": "mobilize", "bombardment": "bombard", "shelling": "shell", "bombing": "bomb",
	"assassination": "assassinate", "abduction": "abduct", "kidnapping": "kidnap", "occupation": "occupy",
	"annexation": "annex", "indictment": "indict", "prosecution": "prosecute",
}

// actNoun reports whether noun lemma n names an act of actNouns or
// forceNouns.
func actNoun(n string) bool { return actNouns[n] != "" || forceNouns[n] != "" }

// ofPhrase is the head of the (first) "of" phrase of noun n, -1 if none.
func (s *sent) ofPhrase(n int) int {
	for _, k := range s.children[n] {
		if cs := s.child(k, "case"); s.rel(k) == "nmod" && cs >= 0 && s.lemma[cs] == "of" {
			return k
		}
	}
	return -1
}

// forceNouns name an act of force only when carried out, conducted or
// launched: "began a strike" and "announced a strike" are strikes by
// workers.
var forceNouns = map[string]string{"strike": "strike", "airstrike": "strike", "attack": "attack", "raid": "raid", "assault": "assault"}

// forceHeads carry out the acts of forceNouns.
var forceHeads = map[string]bool{"carry": true, "conduct": true, "launch": true}

// actHeads are the verbs whose object, a noun naming an act, says what
// they did: announcing, declaring, ordering, approving or carrying out a
// withdrawal is the withdrawal.
var actHeads = map[string]bool{
	"announce": true, "declare": true, "order": true, "approve": true, "authorize": true, "authorise": true,
	"begin": true, "start": true, "launch": true, "complete": true, "conduct": true, "carry": true,
	"confirm": true, "decree": true,
}

// nominalAct codes verb v by the act its object names ("announced a
// suspension of aid" as "suspend aid"), when the verb is one of actHeads
// and the dictionary gave it no pattern of its own that uses the object
// (patterned is then false: only its default, a pattern on other words,
// or nothing). The object's "of" phrase is the act's object, its other
// prepositional phrases the act's. It returns the match and the head of
// the "of" phrase (-1 if none).
func (c *coder) nominalAct(s *sent, v, obj int, m cameo.Match, patterned bool) (cameo.Match, int, bool) {
	if obj < 0 || !actHeads[s.lemma[v]] || patterned || s.p.Tokens[obj].UPOS != "NOUN" {
		return m, -1, false
	}
	act, found := actNouns[s.lemma[obj]]
	if !found && forceHeads[s.lemma[v]] {
		act, found = forceNouns[s.lemma[obj]]
	}
	if !found {
		return m, -1, false
	}
	actObj := -1
	var after []cameo.Word
	words := s.subtree(obj, nil, false)
	slices.Sort(words)
	for _, k := range words {
		if k <= obj || s.p.Tokens[k].UPOS == "PUNCT" {
			continue
		}
		w := cameo.Word{Text: s.lemma[k], Role: cameo.RoleOther}
		// the phrase under obj that k belongs to
		top := k
		for top >= 0 && s.p.Tokens[top].Head != obj {
			top = s.p.Tokens[top].Head
		}
		if top >= 0 && base(s.rel(top)) == "nmod" {
			w.Phrase = int32(top + 1)
			cs := s.child(top, "case")
			switch {
			case cs >= 0 && s.lemma[cs] == "of":
				w.Role = cameo.RoleObject
				if actObj < 0 {
					actObj = top
				}
				if k == cs {
					continue // "of" is the object's mark, not a word of it
				}
			case k == cs:
				w.Role = cameo.RolePrep
			default:
				w.Role = cameo.RolePObj
			}
		}
		after = append(after, w)
	}
	nm, matched := c.r.Verbs.Match(cameo.Verb{Lemma: act}, after, nil)
	if Debug != nil {
		Debug("  nominal %q as %q %v -> %v %+v", s.lemma[obj], act, after, matched, nm)
	}
	if !matched {
		nm, matched = fallbackMatch(act)
	}
	if !matched || nm.Code == "" {
		return m, -1, false
	}
	nm.Rule += " (the act of \"" + strings.ToLower(s.p.Words[obj].Form) + "\")"
	nm.Confidence *= 0.9
	nm.AfterWords = 0 // the object is the act, not what it is done to
	return nm, c.actTarget(s, obj, actObj), true
}

// actTarget is whom the act named by noun n is done to: its "of" phrase
// (head of) when that names an actor with a country of its own ("the
// arrest of B"), else the first such actor of a strong preposition (or
// "from") of the noun or of that phrase ("a suspension of aid to B", "the
// withdrawal of its troops from B"), else the "of" phrase itself (-1 if
// none).
func (c *coder) actTarget(s *sent, n, of int) int {
	if of >= 0 {
		if a := c.actors(s, of, true); len(a) > 0 && !c.rolesOnly(a) {
			return of
		}
	}
	for _, h := range []int{n, of} {
		if h < 0 {
			continue
		}
		for _, k := range s.children[h] {
			cs := s.child(k, "case")
			if base(s.rel(k)) != "nmod" || cs < 0 || !slices.Contains(targetPreps[0], s.lemma[cs]) && s.lemma[cs] != "from" {
				continue
			}
			if a := c.actors(s, k, true); len(a) > 0 && !c.rolesOnly(a) {
				return k
			}
		}
	}
	return of
}

// placeTargetCode reports whether an act of code may be done to a place
// itself: aid (07), yielding (08: a ceasefire, a lifted curfew),
// mobilising (15), cuts (16), coercion (17: a curfew, a state of siege)
// and force (18-20). Not statements, meetings or agreements, where "in
// Geneva" is only where they were made.
func placeTargetCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "07", "08", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// stateActCode reports whether code is an act mostly done by a state's
// authorities: coercion (17: arrests, detentions), the release of persons
// (0841) and expulsions (16). Not violence, whose doer may be anyone.
func stateActCode(code string) bool {
	return strings.HasPrefix(code, "17") || strings.HasPrefix(code, "0841") || strings.HasPrefix(code, "16")
}

// statePreps introduce where a state's act happened: "arrested in B",
// "expelled from B".
var statePreps = map[string]bool{"in": true, "from": true}

// placeOf is the first place or country of a phrase of the verb v after
// it whose preposition is one of preps, as an actor; nil if none.
func (c *coder) placeOf(s *sent, v int, preps map[string]bool) []actor {
	return c.firstPlace(s, s.obliquesAfter(v), preps)
}

// obliquesAfter are the heads of v's oblique phrases after it, each with
// its own phrases ("on Monday in Niger", "on alert in Manila" read as
// one).
func (s *sent) obliquesAfter(v int) []int {
	var heads []int
	for _, k := range s.children[v] {
		if k > v && base(s.rel(k)) == "obl" {
			heads = append(heads, k)
			for _, n := range s.children[k] {
				if base(s.rel(n)) == "nmod" {
					heads = append(heads, n)
				}
			}
		}
	}
	return heads
}

// firstPlace is the place or country of the first of the phrases heads (in
// sentence order) whose preposition is one of preps, as an actor; nil if
// none.
func (c *coder) firstPlace(s *sent, heads []int, preps map[string]bool) []actor {
	slices.Sort(heads)
	for _, k := range heads {
		if cs := s.child(k, "case"); cs < 0 || !preps[s.lemma[cs]] {
			continue
		}
		for _, e := range c.entitiesAt(s.p.Words[k].Span, nil) {
			if t := c.ents[e].Type; t == "place" || t == "country" {
				return []actor{{e, s.phraseSpan(k)}}
			}
		}
	}
	return nil
}

// placePreps introduce the area an act is done in or to.
var placePreps = map[string]bool{"in": true, "into": true, "across": true, "throughout": true, "inside": true}

// placeTarget is the place of an "in" phrase of the verb v or of its
// object obj ("a ceasefire in Idlib"), as an actor; nil if none. Only
// places and countries qualify, not what else such a phrase names.
func (c *coder) placeTarget(s *sent, v, obj int) []actor {
	heads := s.obliquesAfter(v)
	if obj > v {
		// the object's phrases, nested too ("a state of emergency in
		// Mombasa")
		for _, k := range s.subtree(obj, nil, false) {
			if k != obj && base(s.rel(k)) == "nmod" {
				heads = append(heads, k)
			}
		}
	}
	return c.firstPlace(s, heads, placePreps)
}

// doerOf are the actors of the "by" phrase of the noun t ("the attack by
// rebels"), which the parser may hang on the active verb v instead, after
// t (v < 0: only t's own), or of t's "from" phrase ("a request from B");
// nil if none.
func (c *coder) doerOf(s *sent, v, t int) []actor {
	var cands []int
	for _, k := range s.children[t] {
		if base(s.rel(k)) == "nmod" {
			cands = append(cands, k)
		}
	}
	if v >= 0 {
		for _, k := range s.children[v] {
			if k > t && (s.rel(k) == "obl:agent" || s.rel(k) == "obl") {
				cands = append(cands, k)
			}
		}
	}
	for _, k := range cands {
		// "by" the doer; "from" the author of what is rejected or
		// criticised ("refused a request from B"), on the noun only
		cs := s.child(k, "case")
		if cs < 0 || s.lemma[cs] != "by" && (s.lemma[cs] != "from" || s.p.Tokens[k].Head != t) {
			continue
		}
		if a := c.actors(s, k, true); len(a) > 0 {
			return a
		}
		if a := c.phraseActors(s, k); len(a) > 0 {
			return a
		}
	}
	return nil
}

// thingActors are the targets of the phrase headed by i when it names no
// actor: what the act was done to ("condemned the bombing", "lifted the
// blockade"), entities of type other.
func (c *coder) thingActors(s *sent, i int) []actor {
	return c.phraseActorsOf(s, i, true)
}

func (c *coder) phraseActorsOf(s *sent, i int, things bool) []actor {
	if i < 0 {
		return nil
	}
	var out []actor
	for _, h := range s.members(i, false) {
		e := c.phraseEntity(s, h, false)
		if k := s.ofPhrase(h); e < 0 && k >= 0 {
			e = c.phraseEntity(s, k, false)
		}
		if e < 0 && things {
			e = c.phraseEntity(s, h, true)
		}
		if e >= 0 {
			out = append(out, actor{e, s.phraseSpan(h)})
		}
	}
	return out
}

// phraseEntity is the entity for the unnamed actor of the noun phrase
// headed by h, made on first use: a common noun naming people or a body
// of them ("journalists", "the court", "hundreds of protesters" through
// its "of" phrase); -1 for other heads. Its mention runs from the
// phrase's first word before the head to the head.
func (c *coder) phraseEntity(s *sent, h int, thing bool) int {
	t := s.p.Tokens[h]
	if t.UPOS != "NOUN" || coref.HumanNoun(s.p.Words[h].Form) == thing {
		return -1
	}
	start, end := s.p.Words[h].Span[0], s.p.Words[h].Span[1]
	if e, ok := c.phrases[start]; ok {
		return e
	}
	first := start
	for _, k := range s.nominal(h, nil) {
		if k < h && s.rel(k) != "case" {
			first = min(first, s.p.Words[k].Span[0])
		}
	}
	typ := "person"
	switch {
	case thing:
		typ = "other"
	case coref.CollectiveNoun(s.p.Words[h].Form):
		typ = "organization"
	case strings.ToLower(s.p.Words[h].Form) != s.lemma[h]:
		typ = "group" // a plural
	}
	name := strings.Join(strings.Fields(string(c.runes[first:end])), " ")
	c.ents = append(c.ents, doc.Entity{ID: fmt.Sprintf("x%d", len(c.ents)+1), Name: name, Type: typ,
		Mentions: []doc.Mention{{Start: first, End: end, Kind: "description"}}})
	if c.phrases == nil {
		c.phrases = map[int]int{}
	}
	c.phrases[start] = len(c.ents) - 1
	return len(c.ents) - 1
}

// sameActors reports whether every actor of b is one of a (and b has
// some).
func sameActors(a, b []actor) bool {
	for _, y := range b {
		if !slices.ContainsFunc(a, func(x actor) bool { return x.entity == y.entity }) {
			return false
		}
	}
	return len(b) > 0
}

// withActor keeps the entities that have an actor code.
func (c *coder) withActor(es []int) []int {
	out := es[:0]
	for _, e := range es {
		if c.ents[e].Actor != nil {
			out = append(out, e)
		}
	}
	return out
}

// members are i, the words coordinated with it, directly or down a chain
// ("A, B and C" parsed as A <- B <- C), and with appos its appositions
// with theirs ("old foes A and B"; an apposition to a named actor names
// the same one).
func (s *sent) members(i int, appos bool) []int {
	out := []int{i}
	for n := 0; n < len(out) && len(out) < 16; n++ {
		for _, k := range s.children[out[n]] {
			// "flat" after a comma too: a list misread as one name ("A, B,
			// C and D"); any flat word of a head that names nobody
			// ("President John Smith" headed by "President")
			r := s.rel(k)
			if r == "flat" && !appos && (k == 0 || s.p.Words[k-1].Form != ",") {
				continue
			}
			if (r == "conj" || r == "flat" || appos && r == "appos") && !s.isVerbal(k) {
				out = append(out, k)
			}
		}
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
	// ("is set to send" may come parsed as a clause of purpose, advcl)
	h, r := s.p.Tokens[v].Head, base(s.rel(v))
	if h >= 0 && (r == "xcomp" || r == "csubj" || (r == "ccomp" || r == "advcl") && s.child(v, "mark") >= 0 && s.lemma[s.child(v, "mark")] == "to") {
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
		demand := -1
		for _, a := range s.children[k] {
			if base(s.rel(a)) == "aux" && (demandAux[strings.ToLower(s.p.Tokens[a].Form)]) {
				demand = a
			}
		}
		if demand < 0 {
			continue
		}
		y := s.child(k, "nsubj", "nsubj:pass")
		if y < 0 && demand > v {
			// "said the European Union must be ready" with the subject
			// read as a modifier of the predicate: the actor named
			// between the verb and "must"
			var ws []int
			for w := v + 1; w < demand; w++ {
				ws = append(ws, w)
			}
			y = c.firstActorIn(s, v, ws)
		}
		trigger := doc.Span{s.p.Words[v].Span[0], s.p.Words[v].Span[1]}
		for _, a := range c.actors(s, subj, true) {
			for _, b := range c.actors(s, y, true) {
				c.emit(s, v, "100", a, b, Asserted, trigger, "reported speech: "+s.lemma[v]+" + should/must [100]", 0.7)
			}
		}
		// the demand says more than "made a statement" to the same actor
		kept := c.events[:0]
		for _, ev := range c.events {
			if ev.Trigger == trigger && ev.Root == "01" && c.hasDemand(ev) {
				continue
			}
			kept = append(kept, ev)
		}
		c.events = kept
	}
}

// hasDemand reports whether a reported-speech demand with ev's trigger,
// source and target was coded.
func (c *coder) hasDemand(ev doc.Event) bool {
	for _, o := range c.events {
		if o.Code == "100" && o.Trigger == ev.Trigger && doc.Deref(o.Source) == doc.Deref(ev.Source) && doc.Deref(o.Target) == doc.Deref(ev.Target) {
			return true
		}
	}
	return false
}

func (c *coder) emit(s *sent, v int, code string, a, b actor, mod string, trigger doc.Span, rule string, conf float64) {
	if a.entity < 0 || a.entity == b.entity || code == "" || len(code) < 2 || c.dateline(s, a.span) || c.dateline(s, b.span) {
		return // a source is always named (b.entity < 0: no target)
	}
	info, ok := cameo.Nearest(code)
	switch {
	case !ok && !c.r.LocalCodes:
		return
	case !ok:
		info = cameo.Code{Code: code, Root: code[:2], Label: "local code " + code, Quad: cameo.QuadClass(code)}
	case !c.r.LocalCodes && !allDigits(code):
		code = info.Code
	}
	ea, eb := &c.ents[a.entity], &doc.Entity{}
	if b.entity >= 0 {
		eb = &c.ents[b.entity]
	}
	if b.entity >= 0 && c.titleOf(ea, eb, s) {
		// "Hungarian Prime Minister Viktor Orban" named as two entities,
		// the title and its holder: one actor
		return
	}
	if strings.HasPrefix(code, "04") && (b.entity >= 0 && isTown(eb) || isTown(ea)) {
		// "fighters left Madaya", "the commander held meetings in Baghdad
		// and Najaf": one consults, visits or hosts parties; a town with
		// no actor of its own is where it happened, not with whom
		return
	}
	if ea.Actor == nil || b.entity >= 0 && eb.Actor == nil {
		conf *= 0.8 // a dyad without actor codes is less sure
	}
	if conf < MinConfidence {
		if Debug != nil {
			Debug("  dropped %s: confidence %.2f", code, conf)
		}
		return
	}
	key := fmt.Sprint(ea.ID, "|", eb.ID, "|", code, "|", trigger)
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	ev := doc.Event{
		Code: code, Root: info.Root, Label: info.Label, Quad: info.Quad, Goldstein: info.Goldstein,
		Source: doc.Str(ea.ID), SourceActor: ea.Actor, TargetActor: eb.Actor,
		Modality: mod, Sentence: s.p.Sentence, Trigger: trigger, Rule: rule, Confidence: round2(conf),
	}
	if b.entity >= 0 {
		ev.Target = doc.Str(eb.ID) // else none: a protest against no one named
	}
	if info.Plover != "" {
		ev.Plover = doc.Str(info.Plover)
	}
	ev.Place = c.placeNear(s, trigger, a, b)
	ev.Date = c.dateOf(s, v, mod)
	c.events = append(c.events, ev)
	if Debug != nil {
		Debug("emit %s %s %s %s", code, doc.Deref(ea.Actor), doc.Deref(eb.Actor), mod)
	}
}

// titleOf reports whether a mention of a and one of b in sentence s touch
// (only spaces between them) with one of them a person's name: a title
// and the person holding it ("Prime Minister" "Viktor Orban").
func (c *coder) titleOf(a, b *doc.Entity, s *sent) bool {
	if a.Type != "person" && b.Type != "person" {
		return false
	}
	sp := c.d.Sentences[s.p.Sentence]
	for _, x := range a.Mentions {
		for _, y := range b.Mentions {
			if x.Start < sp[0] || x.End > sp[1] || y.Start < sp[0] || y.End > sp[1] || x.Kind == "pronoun" || y.Kind == "pronoun" {
				continue // "his Iranian counterpart" is no title
			}
			l, r := x, y
			if r.Start < l.Start {
				l, r = r, l
			}
			if l.End <= r.Start && !slices.ContainsFunc(c.runes[l.End:r.Start], func(r rune) bool { return !unicode.IsSpace(r) }) {
				return true
			}
		}
	}
	return false
}

// isTown reports whether e is a place inside a country with no actor of
// its own (a town, a province), not a party.
func isTown(e *doc.Entity) bool {
	return e.Type == "place" && e.Actor == nil && e.Country != nil && *e.Country != ""
}

// jointRoot reports whether code is one that members of a compound subject
// do with each other when it names no target: agreeing, consulting,
// cooperating ("A and B agreed to hold exercises", "A and B met").
func jointRoot(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

// regularPlural reports whether form is lemma with a plural ending
// ("dollars", "parties").
func regularPlural(form, lemma string) bool {
	n := len(lemma)
	return n > 1 && len(form) > n && form[:n-1] == lemma[:n-1] && strings.HasSuffix(form, "s")
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// placeNear is the id of the place with a mention in the sentence nearest
// the trigger, not counting the mentions that name the event's actors or
// countries acting in the sentence ("Russia condemned ..." does not happen
// in Russia).
func (c *coder) placeNear(s *sent, trigger doc.Span, actors ...actor) *string {
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
			// a place that is one of the actors is not where they acted;
			// one inside an actor's phrase may be ("civilians in Syria")
			named := false
			at := c.entitiesAt(doc.Span{m.Start, m.End}, nil)
			for _, a := range actors {
				if m.Start < a.span[1] && a.span[0] < m.End && slices.Contains(at, a.entity) {
					named = true
				}
			}
			// a country named as an actor ("the United States and Russia
			// condemned") is not where anything happened, unless a
			// preposition of place says it is ("in eastern Syria")
			for _, e := range at {
				if c.ents[e].Actor != nil && c.ents[e].Type == "country" && !s.locative(doc.Span{m.Start, m.End}) {
					named = true
				}
			}
			if named {
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

// locative reports whether the word at span heads a phrase of place: its
// preposition is one of locPreps other than those of time ("in Syria",
// "near the border"; not "after Syria").
func (s *sent) locative(span doc.Span) bool {
	for k, w := range s.p.Words {
		if w.Span[0] < span[1] && span[0] < w.Span[1] {
			cs := s.child(k, "case")
			if cs < 0 {
				continue
			}
			switch s.lemma[cs] {
			case "in", "at", "near", "across", "inside", "outside", "around", "throughout", "within":
				return true
			}
		}
	}
	return false
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

// datelineEnd is the end (runes) of the dateline that opens the sentence,
// -1 if none: capitalised words, numbers, commas and parentheses ("Harare,
// Zimbabwe", "New York, May 17, IRNA", "UNITED NATIONS") up to a dash or
// a colon within the first 60 characters, or a credit line in parentheses.
func (c *coder) datelineEnd(s *sent) int {
	if !s.dlKnown {
		s.dl, s.dlKnown = c.findDateline(s), true
	}
	return s.dl
}

func (c *coder) findDateline(s *sent) int {
	if s.p.Sentence >= len(c.d.Sentences) {
		return -1
	}
	sp := c.d.Sentences[s.p.Sentence]
	if len(s.p.Words) > 0 && s.p.Words[0].Form == "(" {
		// a credit line: "(TRT World and Agencies) A bomb blast killed"
		for _, w := range s.p.Words {
			if w.Form == ")" {
				return w.Span[1]
			}
		}
		return -1
	}
	for k, w := range s.p.Words {
		f := w.Form
		if w.Span[0]-sp[0] > 60 {
			return -1
		}
		if k > 0 && (f == "-" || f == "--" || f == "—" || f == "–" || f == ":") {
			return w.Span[0]
		}
		r, _ := utf8.DecodeRuneInString(f)
		if f == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || f == "," || f == "(" || f == ")" || f == ".") {
			return -1
		}
	}
	return -1
}

// dateline reports whether span is a dateline at the start of its sentence
// ("DAMASCUS (Reuters) -"): a place in capitals, never an actor.
func (c *coder) dateline(s *sent, span doc.Span) bool {
	if s.p.Sentence >= len(c.d.Sentences) || span[0] < 0 || span[1] > len(c.runes) || span[0] >= span[1] {
		return false
	}
	sp := c.d.Sentences[s.p.Sentence]
	if strings.TrimSpace(string(c.runes[sp[0]:span[0]])) != "" {
		return false
	}
	// the capitals the span starts with, then what follows them
	letters, end := 0, span[0]
	for end < len(c.runes) && (unicode.IsUpper(c.runes[end]) || c.runes[end] == ' ' || c.runes[end] == '.' || c.runes[end] == '\'') {
		if unicode.IsLetter(c.runes[end]) {
			letters++
		}
		end++
	}
	if end < len(c.runes) && unicode.IsLower(c.runes[end]) {
		return false // "DAMASCUS" must not run into lower case ("Damascus")
	}
	rest := strings.TrimSpace(string(c.runes[end:min(len(c.runes), end+3)]))
	return letters > 1 && (strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, ","))
}
