package cameo

import (
	"os"
	"strings"
	"testing"
)

func seedFile(f *testing.F, name string) {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
}

// FuzzParseVerbs parses arbitrary dictionaries and matches clauses made of
// their own words against the result: neither may panic or hang.
func FuzzParseVerbs(f *testing.F) {
	seedFile(f, "verbs.txt")
	f.Add("--- X [190] ---\nHIT\n- $ * (AT +) {A B} ^ % [1:2]\n")
	f.Add("&S\n+A_B\n--- Y ---\n+HIT_UP {+HITS_UP}\n- &S_&S * _ [---]\n")
	f.Add("--- [ ---\n- (((\n- * ) } { [\n~ a b\n<!--\n")
	f.Add("~ a (a b HIT) SAY = a b 138\n~ a (_ . Q) WANT = a b Q\n~ (((=)))\n")
	f.Fuzz(func(t *testing.T, s string) {
		l, st := ParseVerbs(strings.NewReader(s), "F")
		if st.Bad > st.Lines {
			t.Fatalf("bad %d > lines %d", st.Bad, st.Lines)
		}
		words := strings.Fields(strings.ToLower(s))
		if len(words) > 40 {
			words = words[:40]
		}
		var after []Word
		for i, w := range words {
			after = append(after, Word{Text: w, Role: Role(i % 6), Phrase: int32(i / 3)})
		}
		plain := ws(strings.Join(words, " "))
		for lemma := range l.senses {
			l.Match(Verb{Lemma: lemma, Particles: words[:min(1, len(words))]}, after, after)
			l.Match(Verb{Lemma: lemma}, plain, plain)
		}
	})
}

func FuzzReadActors(f *testing.F) {
	seedFile(f, "actors.txt")
	f.Add("A [X >1]\n\t[Y 20200101-]\n+\n<!-- -->[Z]")
	f.Fuzz(func(t *testing.T, s string) {
		as, _ := ReadActors(strings.NewReader(s), "F")
		for i := range as {
			as[i].CodeAt("2020-01-01")
			as[i].CodeAt("")
		}
		ActorIndex(as).Find(strings.Fields(strings.ToLower(s)))
	})
}

func FuzzReadAgents(f *testing.F) {
	seedFile(f, "agents.txt")
	f.Add("!A! = \nX!A!Y [~Z]\n!B!!C! [~Q]\n{} [~]\n")
	f.Fuzz(func(t *testing.T, s string) {
		as, _ := ReadAgents(strings.NewReader(s), "F")
		AgentIndex(as).Find(strings.Fields(strings.ToLower(s)))
	})
}

func FuzzReadDiscards(f *testing.F) {
	seedFile(f, "discards.txt")
	f.Add("+\n_\n+_ #\n")
	f.Fuzz(func(t *testing.T, s string) {
		ds, _ := ReadDiscards(strings.NewReader(s), "F")
		for _, d := range ds {
			if len(d.Words) == 0 {
				t.Fatal("empty discard")
			}
		}
	})
}

// FuzzMatch matches arbitrary clauses against the embedded lexicon.
func FuzzMatch(f *testing.F) {
	f.Add("attack", "", "the village with artillery", "rebels")
	f.Add("set", "off", "a car bomb near the market", "")
	f.Add("ask", "for", "financial aid from the fund", "the minister")
	l := Default()
	f.Fuzz(func(t *testing.T, lemma, particle, after, before string) {
		var ps []string
		if particle != "" {
			ps = []string{particle}
		}
		aw, bw := ws(after), ws(before)
		for i := range aw {
			aw[i].Role, aw[i].Phrase = Role(i%6), int32(i/2)
		}
		m, ok := l.Match(Verb{Lemma: lemma, Particles: ps}, aw, bw)
		if ok && m.Code == "" && m.Reverse == "" {
			t.Fatal("ok without a code")
		}
		for _, s := range []Slot{m.Source, m.Target} {
			n := len(aw)
			if s.Side == SideBefore {
				n = len(bw)
			}
			if s.Side != SideDefault && (s.Start < 0 || s.End > n || s.Start >= s.End) {
				t.Fatalf("slot %+v out of range", s)
			}
		}
	})
}
