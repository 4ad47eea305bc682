package event_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// benchArticle is an invented news story of about 700 words.
func benchArticle() string {
	paras := []string{
		"Turkey condemned on Monday an attack by Syrian government forces on a convoy near the border, the foreign ministry in Ankara said.",
		"The United States and France called on Russia to halt air strikes on the northern city, while Iran said it would send more advisers to Damascus.",
		"Officials in Germany and Italy welcomed the resumption of talks between Russia and Ukraine after a long pause, and promised aid to the displaced families.",
		"Rebel fighters shelled a market in the south on Tuesday, killing at least twelve people, according to a monitoring group based in Britain.",
		"The Egyptian president met the king of Jordan in Cairo to discuss the crisis, and both leaders urged the Security Council to act quickly.",
		"China accused Japan of provoking tension in the disputed waters and warned that it would defend its sovereignty by all necessary means.",
		"Police in Pakistan arrested three suspects after a bomb exploded outside a mosque in Peshawar, a spokesman for the provincial government told reporters.",
		"Israel said its jets struck targets in Gaza in response to rockets fired at southern towns, and Hamas vowed to retaliate against the occupation.",
	}
	// four rounds of the paragraphs, each made unique (the cleaner drops
	// repeated paragraphs)
	days := []string{"Wednesday", "Thursday", "Friday", "Saturday"}
	var b strings.Builder
	for n := 0; n < 4; n++ {
		for i, p := range paras {
			fmt.Fprintf(&b, "%s The statement was issued on %s, item %d.\n\n", p, days[n], i+1)
		}
	}
	return b.String()
}

// BenchmarkCode measures the coder alone (parse, match, slots) on a
// document the rest of the pipeline has annotated.
func BenchmarkCode(b *testing.B) {
	d := process(b, benchArticle())
	r := event.Default()
	for b.Loop() {
		event.Code(d, r)
	}
	b.ReportMetric(float64(len(strings.Fields(d.Text))), "words")
}
