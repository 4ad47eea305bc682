package event

import (
	"fmt"
	"strings"

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
	// phrases can hold "_"-joined words split by the tokeniser differently;
	// match on the tokens as they are
	acts := x.actorIx.Find(words)
	agentAt := map[int]cameo.PhraseMatch{}
	covered := make([]bool, len(words))
	for _, a := range acts {
		for i := a.Start; i < a.End; i++ {
			covered[i] = true
		}
	}
	for _, g := range x.agentIx.Find(words) {
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
	actorAt := map[int]int{} // token start -> index in acts
	for i, a := range acts {
		actorAt[a.Start] = i
	}
	for _, a := range acts {
		code := x.Actors[a.ID].CodeAt(date)
		if code == "" {
			continue
		}
		m := ment{a.Start, a.End, code}
		// an agent right after, "'s" allowed: "Osgiliath soldiers",
		// "Gondor's government"
		after := a.End
		if after < len(words) && (words[after] == "'s" || words[after] == "’s") {
			after++
		}
		if g, ok := agentAt[after]; ok && !usedAgent[g.Start] {
			m.code, m.end = joinAgent(code, x.Agents[g.ID]), g.End
			usedAgent[g.Start] = true
		} else {
			// an agent before: "MSF Arnor" (a prefix agent), "soldiers
			// from Gondor", "the government of Gondor", "activists in
			// Arnor"
			for _, g := range agentAt {
				if usedAgent[g.Start] {
					continue
				}
				adjacent := g.End == a.Start && x.Agents[g.ID].Prefix
				linked := g.End == a.Start-1 && (words[g.End] == "of" || words[g.End] == "from" || words[g.End] == "in")
				if adjacent || linked {
					m.code, m.start = joinAgent(code, x.Agents[g.ID]), g.Start
					usedAgent[g.Start] = true
					break
				}
			}
		}
		ms = append(ms, m)
	}
	for s, g := range agentAt {
		if usedAgent[s] {
			continue
		}
		ms = append(ms, ment{g.Start, g.End, joinAgent("---", x.Agents[g.ID])})
	}
	byCode := map[string]int{}
	rs := []rune(d.Text)
	for _, m := range ms {
		start, end := d.Tokens[m.start][0], d.Tokens[m.end-1][1]
		name := strings.Join(strings.Fields(string(rs[start:end])), " ")
		k, ok := byCode[m.code]
		if !ok {
			k = len(d.Entities)
			byCode[m.code] = k
			code := m.code
			d.Entities = append(d.Entities, doc.Entity{ID: fmt.Sprintf("e%d", k+1), Name: name, Type: "other", Actor: &code})
		}
		d.Entities[k].Mentions = append(d.Entities[k].Mentions, doc.Mention{Start: start, End: end, Kind: "name"})
	}
}

// joinAgent puts an agent's code before or after the actor's, unless the
// actor's code already ends with it ("White House officials" stays USAGOV).
func joinAgent(actor string, g cameo.Agent) string {
	if g.Prefix {
		return g.Code + actor
	}
	if strings.HasSuffix(actor, g.Code) {
		return actor
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
