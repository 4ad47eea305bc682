package coref_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/pipeline"
)

func process(t *testing.T, text string) *doc.Document {
	t.Helper()
	d, err := pipeline.Process(ingest.Item{Input: "t", Format: ingest.FormatText, Text: "Headline\n\n" + text, Published: "2016-03-01"}, pipeline.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// entityAt returns the entity that has a mention of kind at the n-th
// occurrence (0-based) of word, or nil.
func entityAt(d *doc.Document, word string, n int, kind string) *doc.Entity {
	runes := []rune(d.Text)
	start, seen := -1, 0
	for i, tk := range d.Tokens {
		if string(runes[tk[0]:tk[1]]) == word {
			if seen == n {
				start = d.Tokens[i][0]
				break
			}
			seen++
		}
	}
	if start < 0 {
		return nil
	}
	for i := range d.Entities {
		for _, m := range d.Entities[i].Mentions {
			if m.Start == start && m.Kind == kind {
				return &d.Entities[i]
			}
		}
	}
	return nil
}

func dump(t *testing.T, d *doc.Document) {
	runes := []rune(d.Text)
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, string(runes[m.Start:m.End])+"/"+m.Kind)
		}
		t.Logf("%s %s %q actor=%s %v", e.ID, e.Type, e.Name, doc.Deref(e.Actor), ms)
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, text string
		word       string // the anaphor (first token with this text after the n-th)
		n          int
		kind       string
		want       string // entity name containing this; "" for not linked
	}{
		{"he after a name", "Syrian President Bashar al-Assad said on Monday that the war would end soon. He added that talks with the opposition were possible.",
			"He", 0, "pronoun", "Assad"},
		{"its after an organisation", "The United Nations said its envoy would travel to Geneva next week.",
			"its", 0, "pronoun", "United Nations"},
		{"they after rebels", "Rebels seized the town of Tal Abyad on Sunday. They said the army had withdrawn overnight.",
			"They", 0, "pronoun", "ebels"},
		{"pleonastic it", "The United Nations called for a ceasefire on Friday. It is unclear whether the talks will resume.",
			"It", 0, "pronoun", ""},
		{"he after a quote", "Bashar al-Assad met the envoy in Damascus on Monday. \"We will win this war,\" he said.",
			"he", 0, "pronoun", "Assad"},
		{"she by first name", "Angela Merkel met Vladimir Putin in Berlin on Tuesday. She said the sanctions would stay.",
			"She", 0, "pronoun", "Merkel"},
		{"he by first name", "Angela Merkel met Vladimir Putin in Berlin on Tuesday. He said the sanctions were illegal.",
			"He", 0, "pronoun", "Putin"},
		{"the president", "Bashar al-Assad met Russian officials in Damascus on Monday. The president said the army would retake Aleppo.",
			"The", 0, "description", "Assad"},
		{"the group", "Islamic State claimed the bombing in Baghdad. The group said it had targeted a police station.",
			"The", 0, "description", "Islamic State"},
		{"not across many sentences", "Bashar al-Assad met Vladimir Putin on Monday. The weather was cold. Markets were closed. Trains were late. Schools were shut. He said nothing.",
			"He", 0, "pronoun", ""},
		{"the only man named", "Bashar al-Assad spoke on Monday. The weather was cold. Markets were closed. Trains were late. Schools were shut. He said nothing.",
			"He", 0, "pronoun", "Assad"},
		{"she for a group of one", "An Australian woman was detained in Bali on Monday. She denied the charges.",
			"She", 0, "pronoun", "Australian woman"},
		{"they skips a person", "Syrian troops entered the town as Bashar al-Assad watched. They raised the flag.",
			"They", 0, "pronoun", "Syrian troops"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := process(t, tt.text)
			coref.Resolve(d)
			e := entityAt(d, tt.word, tt.n, tt.kind)
			got := ""
			if e != nil {
				got = e.Name
			}
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				dump(t, d)
				t.Errorf("%q linked to %q, want %q", tt.word, got, tt.want)
			}
			for _, e := range d.Entities {
				if !sort.SliceIsSorted(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start }) {
					t.Errorf("%s: mentions not sorted", e.ID)
				}
			}
		})
	}
}

// undoCoref removes what coref.Resolve added: the entities made of noun
// phrases and the pronoun and description mentions.
func undoCoref(d *doc.Document) {
	var keep []doc.Entity
	for _, e := range d.Entities {
		var ms []doc.Mention
		for _, m := range e.Mentions {
			if m.Kind == "name" || m.Kind == "alias" {
				ms = append(ms, m)
			}
		}
		if len(ms) > 0 {
			e.Mentions = ms
			keep = append(keep, e)
		}
	}
	d.Entities = keep
}

func TestNounPhraseEntities(t *testing.T) {
	d := process(t, "A teacher opened the school early on Monday. She said the roads were calm. The study was published on Monday and it found nothing.")
	for _, c := range []struct{ pronoun, name, typ string }{{"She", "A teacher", "person"}, {"it", "The study", "other"}} {
		e := entityAt(d, c.pronoun, 0, "pronoun")
		if e == nil || e.Name != c.name || e.Type != c.typ || e.Actor != nil {
			dump(t, d)
			t.Errorf("%s -> %+v, want a %s entity %q", c.pronoun, e, c.typ, c.name)
		}
	}
}

func TestLinksLeavesDocument(t *testing.T) {
	d := process(t, "The United Nations said its envoy would travel to Geneva. Talks will start in March. Delegates arrived early. Hotels were full. The study was published on Monday and it found nothing.")
	undoCoref(d)
	before := 0
	for _, e := range d.Entities {
		before += len(e.Mentions)
	}
	links := coref.Links(d)
	after := 0
	for _, e := range d.Entities {
		after += len(e.Mentions)
	}
	if before != after {
		t.Fatalf("Links changed the document: %d -> %d mentions", before, after)
	}
	// "it" goes to "The study", a noun phrase that is no entity.
	runes := []rune(d.Text)
	found := false
	for _, l := range links {
		if string(runes[l.Anaphor[0]:l.Anaphor[1]]) == "it" {
			found = true
			if l.Entity != -1 || string(runes[l.Antecedent[0]:l.Antecedent[1]]) != "The study" {
				t.Errorf("it -> entity %d %q", l.Entity, string(runes[l.Antecedent[0]:l.Antecedent[1]]))
			}
		}
	}
	if !found {
		t.Error("no link for it")
	}
}

func TestNotEnglish(t *testing.T) {
	d := process(t, "The United Nations said its envoy would travel to Geneva.")
	d.Language = "fr"
	if coref.Links(d) != nil {
		t.Error("links for a French document")
	}
	coref.Resolve(nil)
}
