package timex

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// benchArticle is an invented wire story of about 700 words with a dense
// mix of time expressions.
func benchArticle() string {
	para := []string{
		"GENEVA, Jan. 28 — Negotiators from both sides met on Monday for the first time in four years, officials said, and talks are set to resume next week after a pause over the weekend.",
		"The ceasefire, agreed on December 31, 2014, has largely held for the past four weeks, although monitors reported shelling near the airport yesterday and again early this morning at about 5:30 a.m. local time.",
		"\"We are now closer than at any point since the summer of 2012,\" the envoy told reporters, adding that the delegations would meet every day until Friday and then report to their capitals.",
		"Aid agencies said some 40,000 people had fled the eastern districts in recent weeks, and that food stocks would last only three more days unless convoys were allowed through.",
		"The economy shrank 4% in the third quarter from a year earlier, and the central bank expects growth to return in the second half of 2015, according to a statement issued last month.",
		"Fighting first broke out some four years ago, in March 2011, when protests spread from the south; the army withdrew from the city last summer after a siege that lasted 18 months.",
		"A two-year transition plan drafted in September would hold elections by mid-2016, but opposition leaders said on Tuesday that the timetable was unrealistic and asked for talks to continue into the spring.",
		"The United Nations has spent more than $2 billion on relief in the region over the past three years and plans to ask donors for another $800 million at a conference on February 15.",
		"Diplomats said the next round could begin as early as Feb. 2, but warned that previous rounds, held in 2013 and 2014, collapsed within days.",
		"Residents said the market now opens each morning for two hours, from 8 a.m. to 10 a.m., and that electricity returns every evening for roughly 90 minutes.",
	}
	// twice over: about 700 words
	s := strings.Join(para, "\n\n")
	return s + "\n\n" + s
}

func BenchmarkAnnotate(b *testing.B) {
	s := benchArticle()
	pub := "2015-01-28"
	sents, toks := text.Segment(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	words := len(strings.Fields(s))
	b.ReportMetric(float64(words), "words")
	for b.Loop() {
		d := &doc.Document{Text: s, Sentences: sents, Tokens: toks, Published: &pub}
		Annotate(d)
	}
}
