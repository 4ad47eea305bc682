package cameo

import (
	"bytes"
	"testing"
)

// clause is a marked clause like the event coder builds from a parse:
// "[the army] pounded [rebel positions] [near the town] [with heavy artillery]".
var benchAfter = []Word{
	{"rebel", RoleObject, 1}, {"position", RoleObject, 1},
	{"near", RolePrep, 2}, {"the", RolePObj, 2}, {"town", RolePObj, 2},
	{"with", RolePrep, 3}, {"heavy", RolePObj, 3}, {"artillery", RolePObj, 3},
}
var benchBefore = []Word{{"the", RoleSubject, 4}, {"army", RoleSubject, 4}}

// BenchmarkMatch codes a mix of verbs with many patterns ("set", "ask") and
// few; a 700-word article has about 60 finite verbs.
func BenchmarkMatch(b *testing.B) {
	l := Default()
	verbs := []Verb{{Lemma: "attack"}, {Lemma: "set", Particles: []string{"off"}}, {Lemma: "ask"}, {Lemma: "meet"},
		{Lemma: "pounded"}, {Lemma: "say"}, {Lemma: "condemn"}, {Lemma: "unknownverb"}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Match(verbs[i%len(verbs)], benchAfter, benchBefore)
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(embeddedVerbs)); err != nil {
			b.Fatal(err)
		}
	}
}
