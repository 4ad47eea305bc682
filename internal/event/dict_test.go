package event_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/text"
)

// Invented actors and agents in the PETRARCH formats.
const (
	toyActors = `VARLAND [VAR]
+VARLANDI
TESSIA [TES]
QUORIN [QUO]
BELMARK [BEL]
+BELMARKIAN
DAL_ROSA [DRS]
ALDO_VENN [VAR]
`
	toyAgents = `DIPLOMAT [~GOV]
OFFICIAL [~GOV]
PRIME_MINISTER [~GOV]
LAWMAKER [~LEG]
SOLDIER [~MIL]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
RELIEF_GROUP [NGO~]
`
)

func toyDicts(t testing.TB) *event.Dictionaries {
	t.Helper()
	actors, _ := cameo.ReadActors(strings.NewReader(toyActors), "actors")
	agents, _ := cameo.ReadAgents(strings.NewReader(toyAgents), "agents")
	if len(actors) == 0 || len(agents) == 0 {
		t.Fatal("toy dictionaries did not load")
	}
	return event.NewDictionaries(actors, agents, nil)
}

func toyDoc(s string) *doc.Document {
	d := doc.New()
	d.Text, d.Language = s, "en"
	d.Sentences, d.Tokens = text.Segment(s)
	return d
}

func TestDictionariesAnnotate(t *testing.T) {
	x := toyDicts(t)
	cases := []struct {
		text string
		want []string // actor codes, sorted
	}{
		{"The diplomats of Varland, Tessia and Quorin arrived.", []string{"QUOGOV", "TESGOV", "VARGOV"}},
		{"Lawmakers and officials in Varland and Tessia met.", []string{"TESGOV", "TESLEG", "VARGOV", "VARLEG"}},
		{"Belmarkian media and government protested.", []string{"BELGOV", "BELMED"}},
		{"Varland Prime Minister Aldo Venn spoke.", []string{"VARGOV"}},
		{"Soldiers from Tessia left Dal_Rosa.", []string{"DRS", "TESMIL"}},
		{"A relief group Varland diplomat spoke.", []string{"NGOVARGOV"}},
		{"Varland and Tessia met.", []string{"TES", "VAR"}},
		{"Varland's new chief diplomat Aldo Venn spoke.", []string{"VARGOV"}},
		{"Varland's decision to send soldiers angered Tessia.", []string{"---MIL", "TES", "VAR"}},
	}
	for _, c := range cases {
		d := toyDoc(c.text)
		x.Annotate(d)
		var got []string
		for _, e := range d.Entities {
			got = append(got, doc.Deref(e.Actor))
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len([]rune(d.Text)) || m.Start >= m.End {
					t.Errorf("%q: bad mention %+v", c.text, m)
				}
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: actors %v, want %v", c.text, got, c.want)
		}
	}
}

// TestCodeDictionaries codes invented sentences with the toy actors and the
// embedded verb lexicon: composed actors, lists, targets in prepositional
// phrases and nominal objects, pronoun subjects of reported clauses.
func TestCodeDictionaries(t *testing.T) {
	x := toyDicts(t)
	r := event.Default()
	cases := []struct {
		text string
		want []string // "SRC TGT ROOT" or "SRC TGT", each must be coded
		not  []string // "SRC TGT" pairs that must not be
	}{
		{text: "The diplomats of Varland, Tessia and Quorin condemned Belmark.", want: []string{"VARGOV BEL 11", "TESGOV BEL 11", "QUOGOV BEL 11"}},
		{text: "Varland welcomed the resumption of talks with Tessia.", want: []string{"VAR TES"}},
		{text: "Varland condemned an attack by Tessia soldiers in the north.", want: []string{"VAR TESMIL 11"}},
		{text: "Varland said it would attack Tessia.", want: []string{"VAR TES 19"}},
		{text: "Varland and Tessia condemned the attack on Quorin.", want: []string{"VAR QUO 11", "TES QUO 11"}, not: []string{"VAR TES", "TES VAR"}},
		{text: "Varland attacked Tessia, the old foe of Quorin.", want: []string{"VAR TES 19"}, not: []string{"VAR QUO"}},
		{text: "Varland criticized the closure of schools in Tessia.", want: []string{"VAR TES 11"}},
		{text: "Varland accused Tessia of spying.", want: []string{"VAR TES 11"}},
		{text: "Varland condemned the attack.", not: []string{"VAR"}},
	}
	for _, c := range cases {
		d := toyDoc(c.text)
		x.Annotate(d)
		var got []string
		for _, ev := range event.Code(d, r) {
			got = append(got, doc.Deref(ev.SourceActor)+" "+doc.Deref(ev.TargetActor)+" "+ev.Root)
		}
		for _, w := range c.want {
			if !slices.ContainsFunc(got, func(g string) bool { return g == w || strings.HasPrefix(g, w+" ") }) {
				t.Errorf("%q: no %q among %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if strings.HasPrefix(g, n+" ") {
					t.Errorf("%q: unwanted %q", c.text, g)
				}
			}
		}
	}
}

// A user dictionary's own codes are kept only when asked for.
func TestLocalCodes(t *testing.T) {
	verbs, _ := cameo.ParseVerbs(strings.NewReader("--- SNUB [901] ---\nSNUB\n"), "local")
	r := event.Resources{Parser: event.Default().Parser, Verbs: verbs}
	x := toyDicts(t)
	for _, local := range []bool{false, true} {
		r.LocalCodes = local
		d := toyDoc("Varland snubbed Tessia.")
		x.Annotate(d)
		evs := event.Code(d, r)
		if !local && len(evs) != 0 {
			t.Errorf("LocalCodes off: %+v, want none", evs)
		}
		if local && (len(evs) != 1 || evs[0].Code != "901" || evs[0].Label == "") {
			t.Errorf("LocalCodes on: %+v, want one 901 event", evs)
		}
	}
}

func FuzzDictionaries(f *testing.F) {
	f.Add("The diplomats of Varland, Tessia and Quorin condemned Belmark.")
	f.Add("Lawmakers and officials in Varland and , and Tessia met Dal_Rosa_.")
	f.Add("_ __ Varland's Prime Minister Aldo Venn Aldo Venn of of in")
	x := toyDicts(f)
	r := event.Default()
	f.Fuzz(func(t *testing.T, s string) {
		d := toyDoc(s)
		x.Annotate(d)
		n := len([]rune(d.Text))
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > n || m.Start >= m.End {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
		for _, ev := range event.Code(d, r) {
			if ev.Trigger[0] < 0 || ev.Trigger[1] > n || ev.Source == nil || ev.Target == nil {
				t.Fatalf("bad event %+v", ev)
			}
		}
	})
}
