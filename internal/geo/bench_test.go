package geo

import (
	"strings"
	"testing"
)

// benchArticle is a 705-word conflict report written for this benchmark.
var benchArticle = strings.Repeat(`Government forces backed by Russian aircraft pressed an offensive on Eastern Ghouta on Sunday, while shelling was reported in Douma and Jobar on the edge of Damascus. Monitors in Beirut said at least forty civilians were killed. In northern Syria, Turkish troops and allied fighters advanced on Afrin, and Kurdish officials in Qamishli warned that the assault would draw fighters away from Deir ez-Zor and the Euphrates valley, where Islamic State cells remain active. The United Nations envoy met diplomats in Geneva and later flew to Amman to discuss aid convoys crossing from Jordan into Daraa. Officials in Washington said the United States would not withdraw from its base at Tanf. In Moscow, the foreign ministry blamed rebels in Idlib for drone attacks on the Hmeimim air base near Latakia. Aid groups in Gaziantep said trucks bound for Aleppo were stuck at the Bab al-Hawa crossing. Iraq closed its border near Al Qaim, and Lebanon said refugees from Homs and Hama were arriving in the Bekaa. `, 4) +
	`In Paris, ministers from France, Germany and Britain urged a ceasefire, and the Security Council was due to meet in New York on Monday. Officials in Ankara and Tehran did not comment on the talks held in Astana.`

func benchSpans(g *Gazetteer) []Span { return g.Find(benchArticle) }

func BenchmarkResolve(b *testing.B) {
	g := Default()
	spans := benchSpans(g)
	b.ReportMetric(float64(len(strings.Fields(benchArticle))), "words")
	b.ReportMetric(float64(len(spans)), "mentions")
	b.ResetTimer()
	for b.Loop() {
		g.Resolve(benchArticle, spans)
	}
}

// BenchmarkFindResolve is recognition plus resolution of the whole article.
func BenchmarkFindResolve(b *testing.B) {
	g := Default()
	for b.Loop() {
		g.Resolve(benchArticle, g.Find(benchArticle))
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
