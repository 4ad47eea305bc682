package event_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/pipeline"
)

func process(t testing.TB, body string) *doc.Document {
	t.Helper()
	d, err := pipeline.Process(ingest.Item{Input: "t", Format: ingest.FormatText, Text: "Headline\n\n" + body, Published: "2016-03-01"}, pipeline.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// triple renders an event as "SOURCE TARGET CODE modality".
func triples(d *doc.Document) []string {
	var out []string
	for _, ev := range d.Events {
		out = append(out, doc.Deref(ev.SourceActor)+" "+doc.Deref(ev.TargetActor)+" "+ev.Root+" "+ev.Modality)
	}
	return out
}

func TestCode(t *testing.T) {
	cases := []struct {
		text string
		want []string // "SRC TGT ROOT modality", each must be among the events
		none bool     // no event at all
	}{
		{text: "The United States condemned Russia on Monday.", want: []string{"USA RUS 11 asserted"}},
		{text: "Turkey and Iran agreed to hold talks with Syria.", want: []string{"TUR SYR 04 intended", "IRN SYR 04 intended"}},
		{text: "Russia did not attack Turkey.", want: []string{"RUS TUR 19 negated"}},
		{text: "The weather in Damascus was mild on Tuesday.", none: true},
		// object read as the subject of the "of" clause
		{text: "France accused Russia of spying on its satellites.", want: []string{"FRA RUS 11 asserted"}},
		// members of a compound subject agree with each other
		{text: "Jordan and Egypt have agreed to hold joint military exercises.", want: []string{"JOR EGY 05 asserted", "EGY JOR 05 asserted"}},
		// a conflict verb does not hold between the members
		{text: "Jordan and Egypt condemned the bombing.", none: true},
	}
	for _, c := range cases {
		d := process(t, c.text)
		got := triples(d)
		if c.none && len(got) > 0 {
			t.Errorf("%q: events %v, want none", c.text, got)
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				if strings.HasPrefix(g, strings.Fields(w)[0]) && g == w {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no %q among %v", c.text, w, got)
			}
		}
		for _, ev := range d.Events {
			if ev.Rule == "" || ev.Confidence <= 0 || ev.Confidence > 1 || ev.Trigger[0] >= ev.Trigger[1] || ev.Label == "" || ev.Quad < 1 {
				t.Errorf("%q: incomplete event %+v", c.text, ev)
			}
		}
	}
}

func TestLongSentenceNoEvents(t *testing.T) {
	words := strings.Repeat("Russia attacked Turkey and ", 40)
	d := process(t, words+"nothing happened.")
	if len(d.Events) != 0 {
		t.Errorf("%d events from a %d-word sentence", len(d.Events), len(strings.Fields(words)))
	}
}

func FuzzCode(f *testing.F) {
	f.Add("Russia attacked Turkey. Syria said the United States should leave.")
	f.Add("THE ARMY SHELLED ALEPPO")
	f.Add(strings.Repeat("and ", 300))
	r := event.Default()
	f.Fuzz(func(t *testing.T, s string) {
		d, err := pipeline.Process(ingest.Item{Input: "f", Format: ingest.FormatText, Text: s}, pipeline.Overrides{})
		if err != nil {
			return
		}
		n := len([]rune(d.Text))
		for _, ev := range event.Code(d, r) {
			if ev.Trigger[0] < 0 || ev.Trigger[1] > n || ev.Sentence >= len(d.Sentences) {
				t.Fatalf("bad event %+v", ev)
			}
		}
	})
}

func TestDatelineIsNoActor(t *testing.T) {
	d := process(t, "DAMASCUS (Test Wire) - Syrian forces attacked Turkish troops near the border on Monday.")
	for _, ev := range d.Events {
		for _, e := range d.Entities {
			if (e.ID == doc.Deref(ev.Source) || e.ID == doc.Deref(ev.Target)) && strings.EqualFold(e.Name, "damascus") {
				t.Errorf("the dateline is an actor: %+v", ev)
			}
		}
	}
}
