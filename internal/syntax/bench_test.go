package syntax

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// article is invented wire copy, about 700 words, for the benchmarks.
const article = `Government forces and rebel fighters clashed for a third day near the northern town of Varsa on Wednesday, a monitoring group said, in fighting that has killed at least 41 people since the weekend and forced thousands of families to flee their homes.

The Varsa Observatory for Civil Rights, which relies on a network of volunteers on the ground, said 17 soldiers, 15 insurgents and nine civilians had died. The army said it had "pushed back a large attack" on its positions east of the town and destroyed several vehicles carrying weapons. Neither account could be independently verified.

"We heard the shelling all night and nobody slept," said Lena Markova, a 38-year-old nurse who left with her two children before dawn. "We took what we could carry. Everything else is still there."

The fighting is the heaviest in the province since a ceasefire brokered by regional mediators collapsed in March. Both sides accuse each other of breaking the truce, and talks that were due to resume in the capital next week now appear unlikely to go ahead.

Interior Minister Pavel Drozd told state television that the operation would continue until the area was secure. He said the rebels had used schools and clinics as bases and warned residents to stay away from military positions. A spokesman for the rebel coalition denied the charge and said government jets had struck a market on Tuesday, killing six people.

Aid agencies said the number of displaced people had doubled in a week. The International Relief Committee estimated that about 24,000 people were sheltering in schools, mosques and makeshift camps along the main road south of Varsa, where food and clean water were running short.

"The situation is getting worse every hour," said Omar Haddad, the group's country director. "Families are sleeping in the open, children are sick, and the clinics we support have run out of basic medicines. We need safe access now, not next week."

The United Nations called on all parties to protect civilians and allow humanitarian convoys to pass. Its envoy for the region, who met officials from both sides last month, said in a statement that he was deeply concerned by reports of attacks on medical facilities.

Prices in the town's markets have tripled since the start of the year, according to traders, and the local currency has lost nearly half of its value against the dollar. Many shops closed on Monday after the owners fled, and fuel is sold by the litre on the black market.

Analysts said the government was trying to retake the main highway before the winter, when heavy snow makes the mountain passes impassable. "Whoever controls the road controls the supply lines," said Irina Volkova, a researcher at the Institute for Security Studies. "That is why both sides are throwing everything they have at it."

The conflict began four years ago when protests over rising food prices turned violent. Since then more than 6,000 people have been killed and over a million have been forced from their homes, according to estimates by the United Nations.

Western governments have imposed sanctions on several senior officials, and the European Union said on Thursday it was preparing further measures. The government has rejected the criticism as interference in its internal affairs and accused foreign powers of arming the rebels.

Residents who stayed behind described empty streets and long queues outside the only bakery still open. "My father refused to leave the house," said a student who gave only her first name, Ana. "He says he has lived through worse, but we call him every few hours to make sure he is alive."

On Wednesday evening the army announced a curfew from dusk to dawn and said anyone found carrying weapons would be arrested. Mobile phone networks were cut in parts of the province, making it difficult to confirm reports from the area.

The observatory said it had documented at least three cases in which civilians were detained at checkpoints and had not been heard from since. The interior ministry did not respond to a request for comment.
`

// BenchmarkTagParse tags, lemmatises and parses a 700-word article, given
// as sentences of words; it reports words/s.
func BenchmarkTagParse(b *testing.B) {
	m := Default()
	d := doc.New()
	d.Text = article
	d.Sentences, d.Tokens = text.Segment(article)
	var sents [][]string
	nw := 0
	for _, p := range m.ParseDoc(d) {
		var f []string
		for _, w := range p.Words {
			f = append(f, w.Form)
		}
		sents = append(sents, f)
		nw += len(f)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Parse(s)
		}
	}
	b.ReportMetric(float64(nw)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkParseDoc is segmentation to parsed sentences for the article.
func BenchmarkParseDoc(b *testing.B) {
	m := Default()
	b.ReportAllocs()
	for b.Loop() {
		d := doc.New()
		d.Text = article
		d.Sentences, d.Tokens = text.Segment(article)
		m.ParseDoc(d)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(posBin, parserBin); err != nil {
			b.Fatal(err)
		}
	}
}

func TestArticleLength(t *testing.T) {
	if n := len(strings.Fields(article)); n < 650 || n > 760 {
		t.Errorf("benchmark article has %d words, want about 700", n)
	}
}
