package text

import (
	"strings"
	"testing"
)

// wire is synthetic wire-style copy written for these benchmarks.
const wire = `Rebels and army trade fire near northern border crossing

KALDARA, March 3 (Example Wire) - Government troops and rebel fighters clashed overnight near the Tel Amar border crossing, a monitoring group said on Tuesday, in the heaviest fighting in the province since a truce collapsed in January.

At least 27 people were killed, including 9 civilians, according to the Kaldara Monitor for Human Rights, which relies on a network of sources on the ground. The army said it had "repelled a large-scale attack" and killed dozens of militants; the claim could not be independently verified.

"We heard shelling all night. Nobody slept," said Omar al-Haddad, 43, a teacher who fled with his family to a camp 12 km (7.5 miles) to the east. "We left everything behind."

The U.N. refugee agency said about 3.5 million people had been displaced by the conflict, and that 450.000 of them had crossed into neighbouring countries since 2013. U.S. officials said Washington was "deeply concerned" and urged all sides to respect the ceasefire brokered by the U.N. envoy in Geneva.

Lt. Gen. Farid Mansour, a military spokesman, told state television that the operation would continue "until the last terrorist is eliminated." He did not give a timetable.

The fighting comes days after a U.S.-led coalition struck targets near the town of Bir Hamza, killing 14 fighters, the Pentagon said. Coalition jets carried out 17 strikes in the past 24 hours, it said in a statement on Monday at 5 p.m. local time.

Aid groups warned of a humanitarian crisis. "Food prices have tripled - a bag of flour now costs $12.50," said Maria Lopez of the International Relief Committee (IRC). "Families can't cope."

Talks between the government and the opposition, scheduled for Feb. 15 in Vienna, were postponed indefinitely. Opposition negotiator Dr. Samir Nasr said the delegation would not attend "while bombs are falling on our people."

(Reporting by Jane Doe in Kaldara and John Roe in Geneva; Editing by Ann Smith)
`

func benchText() string { return strings.Repeat(wire, 8) }

func BenchmarkSegment(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(s)
	}
}

func BenchmarkSentences(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(s)
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := strings.ReplaceAll(benchText(), `"`, "\u201c")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}
