package event

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// Dictionaries are PETRARCH-format actor, agent and discard lists a user
// gives instead of (or on top of) the embedded lexicon: with them the
// actors of a document are what these lists name, the way PETRARCH reads
// a sentence. This is how the PETRARCH validation suites run.
type Dictionaries struct {
	Actors   []cameo.Actor
	Agents   []cameo.Agent
	Discards []cameo.Discard
	actorIx  *cameo.PhraseIndex
	agentIx  *cameo.PhraseIndex
}

// NewDictionaries indexes the lists.
func NewDictionaries(actors []cameo.Actor, agents []cameo.Agent, discards []cameo.Discard) *Dictionaries {
	return &Dictionaries{Actors: actors, Agents: agents, Discards: discards,
		actorIx: cameo.ActorIndex(actors), agentIx: cameo.AgentIndex(agents)}
}

// findSplit finds the phrases of ix in the tokens, reading a token joined
// with "_" as its words ("Port_Sel" as the text may keep a dictionary's
// spelling); matches are token ranges, whole tokens only.
func findSplit(ix *cameo.PhraseIndex, tokens []string) []cameo.PhraseMatch {
	split := false
	for _, t := range tokens {
		if len(t) > 2 && strings.Contains(t[1:len(t)-1], "_") {
			split = true
			break
		}
	}
	if !split {
		return ix.Find(tokens)
	}
	var words []string
	var tokOf, firstOf []int
	for ti, t := range tokens {
		firstOf = append(firstOf, len(words))
		parts := []string{t}
		if len(t) > 2 && strings.Contains(t[1:len(t)-1], "_") {
			parts = strings.FieldsFunc(t, func(r rune) bool { return r == '_' })
		}
		for _, p := range parts {
			words, tokOf = append(words, p), append(tokOf, ti)
		}
	}
	firstOf = append(firstOf, len(words))
	var out []cameo.PhraseMatch
	for _, m := range ix.Find(words) {
		a, b := tokOf[m.Start], tokOf[m.End-1]+1
		if firstOf[a] != m.Start || firstOf[b] != m.End {
			continue // part of a joined token only
		}
		out = append(out, cameo.PhraseMatch{Start: a, End: b, ID: m.ID})
	}
	return out
}

// Discarded reports whether the text holds a discard phrase (PETRARCH then
// codes nothing in it).
func (x *Dictionaries) Discarded(d *doc.Document) bool {
	words := lowerTokens(d)
	for _, ds := range x.Discards {
		n := len(ds.Words)
		for i := 0; n > 0 && i+n <= len(words); i++ {
			ok := true
			for j, w := range ds.Words {
				if words[i+j] != w && (ds.Exact || !strings.HasPrefix(words[i+j], w)) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func lowerTokens(d *doc.Document) []string {
	rs := []rune(text.Normalize(d.Text))
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		a, b := max(0, min(t[0], len(rs))), max(0, min(t[1], len(rs)))
		out[i] = strings.ToLower(string(rs[a:b]))
	}
	return out
}

// Annotate replaces d.Entities by the actors the dictionaries name, with
// their codes as of the publication date: an actor phrase ("Gondor"), an
// agent phrase ("soldiers", "the government") joined to the actor right
// before it or after "of" ("Osgiliath soldiers" OSGMIL, "the government of
// Gondor" GONGOV), or an agent alone (its code after "---"). Pronouns are
// not resolved here.
func (x *Dictionaries) Annotate(d *doc.Document) {
	d.Entities = []doc.Entity{}
	if len(d.Tokens) == 0 {
		return
	}
	date := ""
	if d.Published != nil {
		date = *d.Published
	}
	words := lowerTokens(d)
	acts := findSplit(x.actorIx, words)
	agentAt := map[int]cameo.PhraseMatch{}
	covered := make([]bool, len(words))
	for _, a := range acts {
		for i := a.Start; i < a.End; i++ {
			covered[i] = true
		}
	}
	for _, g := range findSplit(x.agentIx, words) {
		free := true
		for i := g.Start; i < g.End; i++ {
			if covered[i] {
				free = false
			}
		}
		if free {
			agentAt[g.Start] = g
		}
	}
	type ment struct {
		start, end int // tokens
		code       string
	}
	var ms []ment
	usedAgent := map[int]bool{}
	// agentList is the agents coordinated with and ending at g, in order:
	// "lawmakers and officials" for g = "officials".
	agentList := func(g cameo.PhraseMatch) []cameo.PhraseMatch {
		list := []cameo.PhraseMatch{g}
		for {
			sep := 0
			for sep < 2 && list[0].Start-sep-1 >= 0 && listSep(words, list[0].Start-sep-1) == sep+1 {
				sep++
			}
			if sep == 0 {
				return list
			}
			prev, ok := agentEndingAt(agentAt, list[0].Start-sep)
			if !ok || usedAgent[prev.Start] {
				return list
			}
			list = append([]cameo.PhraseMatch{prev}, list...)
		}
	}
	// the agents of the last actor linked by "of"/"from"/"in" ("the
	// ambassadors of A, B and C"), shared by the actors listed after it,
	// and the start of the whole phrase
	var shared []cameo.PhraseMatch
	sharedStart, sharedFirst, prevEnd := -1, -1, -1
	var shareCodes []string
	flush := func(end int) {
		// every actor x agent pair of a list names the whole phrase
		for _, c := range shareCodes {
			ms = append(ms, ment{sharedStart, end, c})
		}
		shared, shareCodes, sharedFirst = nil, nil, -1
	}
	actorAt := map[int]int{} // token start -> index in acts
	for i, a := range acts {
		actorAt[a.Start] = i
	}
	skip := map[int]bool{}
	for i, a := range acts {
		code := x.Actors[a.ID].CodeAt(date)
		if code == "" || skip[i] {
			continue
		}
		// agents right after, "'s" allowed: "Varland soldiers", "Varland's
		// government", "Danish media and government"
		after := a.End
		if after < len(words) && (words[after] == "'s" || words[after] == "’s") {
			after++
			// "A's new foreign minister": a few plain words may come
			// between a possessive and its agent
			if _, ok := agentAt[after]; !ok {
				for k := after; k < min(after+3, len(words)) && plainWord(words[k]); k++ {
					if _, ok := agentAt[k+1]; ok {
						after = k + 1
						break
					}
				}
			}
		}
		var own []cameo.PhraseMatch
		for g, ok := agentAt[after]; ok && !usedAgent[g.Start]; g, ok = agentAt[g.End+listSep(words, g.End)] {
			own = append(own, g)
			usedAgent[g.Start] = true
			if listSep(words, g.End) == 0 {
				break
			}
		}
		if len(own) > 0 {
			if shared != nil {
				flush(prevEnd)
			}
			start, end := a.Start, own[len(own)-1].End
			// a prefix agent too: "a relief group Varland diplomat"
			var pre *cameo.Agent
			if g, ok := agentEndingAt(agentAt, a.Start); ok && !usedAgent[g.Start] && x.Agents[g.ID].Prefix {
				pre, start = &x.Agents[g.ID], g.Start
				usedAgent[g.Start] = true
			}
			// a name after the title is its holder: "Varland's Prime
			// Minister Aldo" is the government, not Aldo's own code
			if j, ok := actorAt[end]; ok {
				skip[j], end = true, acts[j].End
			}
			for _, g := range own {
				c := joinAgent(code, x.Agents[g.ID])
				if pre != nil {
					c = joinAgent(c, *pre)
				}
				ms = append(ms, ment{start, end, c})
			}
			prevEnd = -1
			continue
		}
		// a member of a list after a shared agent: "A, B and C"
		if shared != nil && sharedFirst >= 0 && prevEnd >= 0 && a.Start > prevEnd && listSep(words, prevEnd) == a.Start-prevEnd {
			for _, g := range shared {
				shareCodes = append(shareCodes, joinAgent(code, x.Agents[g.ID]))
			}
			prevEnd = a.End
			continue
		}
		if shared != nil {
			flush(prevEnd)
		}
		m := ment{a.Start, a.End, code}
		// an agent before: "relief group Varland" (a prefix agent),
		// "soldiers from Varland", "the government of Varland", "activists in
		// Varland"
		found := false
		for _, g := range agentAt {
			if usedAgent[g.Start] {
				continue
			}
			if g.End == a.Start && x.Agents[g.ID].Prefix {
				m.code, m.start = joinAgent(code, x.Agents[g.ID]), g.Start
				usedAgent[g.Start] = true
				found = true
				break
			}
			if g.End == a.Start-1 && (words[g.End] == "of" || words[g.End] == "from" || words[g.End] == "in") {
				shared = agentList(g)
				for _, h := range shared {
					usedAgent[h.Start] = true
					shareCodes = append(shareCodes, joinAgent(code, x.Agents[h.ID]))
				}
				sharedStart, sharedFirst = shared[0].Start, a.Start
				found = true
				break
			}
		}
		prevEnd = a.End
		if shared == nil || !found {
			ms = append(ms, m)
		}
	}
	if shared != nil {
		flush(prevEnd)
	}
	for s, g := range agentAt {
		if usedAgent[s] {
			continue
		}
		ms = append(ms, ment{g.Start, g.End, joinAgent("---", x.Agents[g.ID])})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	byCode := map[string]int{}
	rs := []rune(d.Text)
	for _, m := range ms {
		start, end := d.Tokens[m.start][0], d.Tokens[m.end-1][1]
		name := strings.Join(strings.Fields(string(rs[start:end])), " ")
		// "A/B": a phrase naming several actors at once, one entity each
		for _, code := range strings.Split(m.code, "/") {
			if code == "" {
				continue
			}
			k, ok := byCode[code]
			if !ok {
				k = len(d.Entities)
				byCode[code] = k
				d.Entities = append(d.Entities, doc.Entity{ID: fmt.Sprintf("e%d", k+1), Name: name, Type: "other", Actor: &code})
			}
			d.Entities[k].Mentions = append(d.Entities[k].Mentions, doc.Mention{Start: start, End: end, Kind: "name"})
		}
	}
}

// notPlain are words that end a noun phrase's modifiers.
var notPlain = map[string]bool{"of": true, "to": true, "in": true, "for": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"the": true, "a": true, "an": true, "who": true, "which": true, "that": true, "is": true, "was": true, "are": true, "were": true,
	"has": true, "have": true, "had": true, "will": true, "said": true, "says": true, "but": true, "or": true}

// plainWord reports whether w can be a modifier between a possessive and
// an agent: a lower-case word, "and", not a function word.
func plainWord(w string) bool {
	if w == "" || notPlain[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// listSep is the number of tokens at i that join two members of a list
// ("," "and" "or", ", and"), 0 if none.
func listSep(words []string, i int) int {
	n := 0
	for i+n < len(words) && n < 2 {
		switch words[i+n] {
		case ",", "and", "or", "&":
			n++
			continue
		}
		break
	}
	if n == 2 && words[i] != "," {
		return 0 // "and and"
	}
	return n
}

// agentEndingAt is the agent phrase that ends right before token end.
func agentEndingAt(agentAt map[int]cameo.PhraseMatch, end int) (cameo.PhraseMatch, bool) {
	for _, g := range agentAt {
		if g.End == end {
			return g, true
		}
	}
	return cameo.PhraseMatch{}, false
}

// joinAgent puts an agent's code before or after the actor's, unless the
// actor's code already has it ("White House officials" stays USAGOV).
func joinAgent(actor string, g cameo.Agent) string {
	if strings.Contains(actor, "/") {
		parts := strings.Split(actor, "/")
		for i, p := range parts {
			parts[i] = joinAgent(p, g)
		}
		return strings.Join(parts, "/")
	}
	if g.Prefix {
		return g.Code + actor
	}
	if len(actor) > 3 && strings.Contains(actor[3:], g.Code) {
		return actor // a state newspaper (---GOVMED) named with "government" stays one
	}
	return actor + g.Code
}

// Extend gives d's entities the actor codes the dictionaries name: an
// entity with a mention overlapping a dictionary phrase takes its code, and
// a phrase no entity covers becomes a new entity (type other).
func (x *Dictionaries) Extend(d *doc.Document) {
	dd := *d
	x.Annotate(&dd)
	for _, de := range dd.Entities {
		for _, dm := range de.Mentions {
			found := false
			for i := range d.Entities {
				for _, m := range d.Entities[i].Mentions {
					if m.Start < dm.End && dm.Start < m.End {
						d.Entities[i].Actor = de.Actor
						found = true
					}
				}
			}
			if !found {
				d.Entities = append(d.Entities, doc.Entity{ID: fmt.Sprintf("e%d", len(d.Entities)+1), Name: de.Name, Type: "other",
					Actor: de.Actor, Mentions: []doc.Mention{dm}})
			}
		}
	}
}
