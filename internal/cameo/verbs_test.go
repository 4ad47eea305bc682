package cameo

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

func testLexicon(t testing.TB) (*Lexicon, Stats) {
	t.Helper()
	f, err := os.Open("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ParseVerbs(f, "TEST")
}

// ws makes unmarked clause words.
func ws(s string) []Word {
	var out []Word
	for _, w := range strings.Fields(s) {
		out = append(out, Word{Text: w})
	}
	return out
}

func TestParseVerbs(t *testing.T) {
	l, st := testLexicon(t)
	if st.Synsets != 4 || st.Blocks != 4 || st.Verbs != 7 || st.MultiWord != 2 || st.Patterns != 15 ||
		st.NullPatterns != 1 || st.Transforms != 1 || st.Bad != 5 || st.UnknownCodes != 0 {
		t.Errorf("stats:\n%s%v", st, st.BadLines)
	}
	for _, want := range []string{"TEST:43: pattern without [code]", "TEST:47: bad code in pattern"} {
		found := false
		for _, b := range st.BadLines {
			found = found || b == want
		}
		if !found {
			t.Errorf("bad lines %v lack %q", st.BadLines, want)
		}
	}
	for form, want := range map[string]string{"pounded": "pound", "shelled": "shell", "shelling": "shell", "cordoned": "cordon", "greets": "greet", "pound": "pound"} {
		if got, ok := l.Lemma(form); !ok || got != want {
			t.Errorf("Lemma(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	if verbs, pats := l.Len(); verbs != 7 || pats != 15 {
		t.Errorf("Len = %d, %d", verbs, pats)
	}
}

func TestTransforms(t *testing.T) {
	l, _ := ParseVerbs(strings.NewReader("~ a (a b ATTACK) SAY = a b 138\n~ a (_ b Q) WANT = a b Q\n~ bad line\n~ a (a b X) Y = a b 9x9\n"), "T")
	got := l.Transforms("say")
	want := []Transform{{Outer: "say", OuterSrc: "a", Inner: "attack", InnerSrc: "a", InnerTgt: "b", Src: "a", Tgt: "b", Code: "138", Rule: "T ~ a (a b ATTACK) SAY = a b 138"}}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("say: %+v", got)
	}
	if got := l.Transforms("want"); len(got) != 1 || got[0].Inner != "Q" || got[0].InnerSrc != "_" || got[0].Code != "Q" {
		t.Errorf("want: %+v", got)
	}
}

func TestMatch(t *testing.T) {
	l, _ := testLexicon(t)
	tests := []struct {
		name           string
		v              Verb
		after, before  string
		ok             bool
		code, rev      string
		rule           string
		source, target Slot
		compound       bool
	}{
		{"target slot", Verb{Lemma: "pound"}, "the rebel base", "", true, "190", "",
			"TEST STRIKE_HARD: * + [190]", Slot{}, Slot{SideAfter, 0, 1}, false},
		{"inflected form", Verb{Lemma: "pounded"}, "hills with artillery", "", true, "194", "",
			"TEST STRIKE_HARD: * (WITH ARTILLERY) [194]", Slot{}, Slot{}, false},
		{"noun phrase group", Verb{Lemma: "shell"}, "them with heavy old guns", "", true, "194", "",
			"TEST STRIKE_HARD: * {HEAVY GUNS} [194]", Slot{}, Slot{}, false},
		{"synset before verb, plural forgiven", Verb{Lemma: "shell"}, "across the border", "soldiers", true, "192", "",
			"TEST STRIKE_HARD: &ARMY * (ACROSS BORDER) [192]", Slot{}, Slot{}, false},
		{"multi-word synset member", Verb{Lemma: "shell"}, "across border", "an armored column", true, "192", "",
			"TEST STRIKE_HARD: &ARMY * (ACROSS BORDER) [192]", Slot{}, Slot{}, false},
		{"synset", Verb{Lemma: "pound"}, "on monday", "", true, "190", "",
			"TEST STRIKE_HARD: * (ON &WEEKDAY) [190]", Slot{}, Slot{}, false},
		{"no-plural synset", Verb{Lemma: "pound"}, "on mondays", "", true, "190", "",
			"TEST STRIKE_HARD: * + [190]", Slot{}, Slot{SideAfter, 0, 1}, false},
		{"nested synset", Verb{Lemma: "shell"}, "across border", "troops", true, "192", "",
			"TEST STRIKE_HARD: &ARMY * (ACROSS BORDER) [192]", Slot{}, Slot{}, false},
		{"bare PP object is the target", Verb{Lemma: "shell"}, "against rebels", "", true, "195", "",
			"TEST STRIKE_HARD: * (AGAINST) [195]", Slot{}, Slot{SideAfter, 1, 2}, false},
		{"joined words must be adjacent", Verb{Lemma: "shell"}, "refugee camp", "", true, "180", "",
			"TEST STRIKE_HARD: * REFUGEE_CAMP [180]", Slot{}, Slot{}, false},
		{"joined words apart fall back", Verb{Lemma: "shell"}, "refugee tent camp", "", true, "190", "",
			"TEST STRIKE_HARD: * + [190]", Slot{}, Slot{SideAfter, 0, 1}, false},
		{"null pattern vetoes", Verb{Lemma: "shell"}, "blanks", "", false, "", "",
			"TEST STRIKE_HARD: * BLANKS [---]", Slot{}, Slot{}, false},
		{"source and target slots, symmetric code", Verb{Lemma: "pound"}, "alongside allies", "rebels", true, "062", "062",
			"TEST STRIKE_HARD: $ * (ALONGSIDE +) [062:062]", Slot{SideBefore, 0, 1}, Slot{SideAfter, 1, 2}, false},
		{"multi-word verb via particle", Verb{Lemma: "cordon", Particles: []string{"off"}}, "the square", "", true, "190", "",
			"TEST STRIKE_HARD: * + [190]", Slot{}, Slot{SideAfter, 0, 1}, false},
		{"multi-word verb default code", Verb{Lemma: "cordon", Particles: []string{"off"}}, "", "", true, "191", "",
			"TEST STRIKE_HARD: +CORDON_OFF [191]", Slot{}, Slot{}, false},
		{"multi-word verb via next word", Verb{Lemma: "cordoned"}, "off", "", true, "191", "",
			"TEST STRIKE_HARD: +CORDON_OFF [191]", Slot{}, Slot{}, false},
		{"multi-word verb missing its particle", Verb{Lemma: "cordon"}, "", "", false, "", "", "", Slot{}, Slot{}, false},
		{"pre-verb word of a multi-word verb", Verb{Lemma: "tap"}, "", "police wire", true, "1711", "",
			"TEST STRIKE_HARD: WIRE_+TAP [1711]", Slot{}, Slot{}, false},
		{"reverse-only code", Verb{Lemma: "greet"}, "a delegation", "", true, "", "042",
			"TEST GREET: * DELEGATION [:042]", Slot{}, Slot{}, false},
		{"symmetric code", Verb{Lemma: "greet"}, "at the airport", "", true, "043", "042",
			"TEST GREET: * (AT AIRPORT) [043:042]", Slot{}, Slot{}, false},
		{"compound actor", Verb{Lemma: "greet"}, "", "ministers", true, "040", "",
			"TEST GREET: % * [040]", Slot{SideBefore, 0, 1}, Slot{}, true},
		{"word joined to the verb", Verb{Lemma: "welcome"}, "", "warmly", true, "051", "",
			"TEST GREET: WARMLY_* [051]", Slot{}, Slot{}, false},
		{"word joined after the verb", Verb{Lemma: "greet"}, "out loud", "", true, "018", "",
			"TEST GREET: * OUT_LOUD [018]", Slot{}, Slot{}, false},
		{"joined words apart", Verb{Lemma: "greet"}, "out very loud", "", false, "", "",
			"TEST GREET: GREET [---]", Slot{}, Slot{}, false},
		{"verb's own code", Verb{Lemma: "welcome"}, "", "", true, "051", "",
			"TEST GREET: WELCOME [051]", Slot{}, Slot{}, false},
		{"null block code", Verb{Lemma: "greet"}, "", "", false, "", "", "TEST GREET: GREET [---]", Slot{}, Slot{}, false},
		{"phrase synset member", Verb{Lemma: "battle"}, "on until the end", "", true, "1384", "",
			"TEST FIGHT_ON: * &UNTILEND [1384]", Slot{}, Slot{}, false},
		{"unknown verb", Verb{Lemma: "zzz"}, "x", "", false, "", "", "", Slot{}, Slot{}, false},
		{"upper-case lemma", Verb{Lemma: "POUND"}, "rebels", "", true, "190", "",
			"TEST STRIKE_HARD: * + [190]", Slot{}, Slot{SideAfter, 0, 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := l.Match(tt.v, ws(tt.after), ws(tt.before))
			if ok != tt.ok || m.Code != tt.code || m.Reverse != tt.rev || m.Rule != tt.rule ||
				m.Source != tt.source || m.Target != tt.target || m.Compound != tt.compound {
				t.Errorf("got ok=%v %+v", ok, m)
			}
			if ok && (m.Confidence < 0.5 || m.Confidence > 0.95) {
				t.Errorf("confidence %v", m.Confidence)
			}
		})
	}
}

// TestMatchMarked checks that phrase marks from a parse constrain groups.
func TestMatchMarked(t *testing.T) {
	l, _ := testLexicon(t)
	// "pounded positions near the border with artillery": "with artillery" is a PP.
	pp := []Word{{"position", RoleObject, 1}, {"near", RolePrep, 2}, {"the", RolePObj, 2}, {"border", RolePObj, 2},
		{"with", RolePrep, 3}, {"artillery", RolePObj, 3}}
	m, ok := l.Match(Verb{Lemma: "pound"}, pp, nil)
	if !ok || m.Code != "194" || m.AfterWords != 1<<4|1<<5 {
		t.Errorf("PP: %+v", m)
	}
	// "with" is not a preposition heading "artillery" here: the PP pattern must not fire.
	notPP := []Word{{"position", RoleObject, 1}, {"with", RoleOther, 2}, {"artillery", RoleObject, 3}}
	if m, _ := l.Match(Verb{Lemma: "pound"}, notPP, nil); m.Code == "194" {
		t.Errorf("unmarked preposition matched: %+v", m)
	}
	// The target slot covers the whole object phrase.
	obj := []Word{{"the", RoleObject, 1}, {"rebel", RoleObject, 1}, {"base", RoleObject, 1}}
	if m, _ := l.Match(Verb{Lemma: "pound"}, obj, nil); m.Target != (Slot{SideAfter, 0, 3}) {
		t.Errorf("target %+v", m.Target)
	}
	// With marks, a slot skips words that cannot be actors ("yesterday").
	adv := []Word{{"yesterday", RoleOther, 1}, {"the", RoleObject, 2}, {"camp", RoleObject, 2}}
	if m, _ := l.Match(Verb{Lemma: "pound"}, adv, nil); m.Target != (Slot{SideAfter, 1, 3}) {
		t.Errorf("target after an adverb: %+v", m.Target)
	}
	// Bare "(AGAINST)": the target is the preposition's object phrase.
	ag := []Word{{"against", RolePrep, 1}, {"the", RolePObj, 1}, {"rebels", RolePObj, 1}}
	if m, _ := l.Match(Verb{Lemma: "shell"}, ag, nil); m.Code != "195" || m.Target != (Slot{SideAfter, 1, 3}) {
		t.Errorf("bare PP: %+v", m)
	}
	// With a direct object the object stays the target: "shelled the
	// town against orders" is aimed at the town.
	objAg := []Word{{"the", RoleObject, 1}, {"town", RoleObject, 1}, {"against", RolePrep, 2}, {"the", RolePObj, 2}, {"rebels", RolePObj, 2}}
	if m, _ := l.Match(Verb{Lemma: "shell"}, objAg, nil); m.Code != "195" || m.Target != (Slot{}) {
		t.Errorf("bare PP after an object: %+v", m)
	}
	// A pattern word in a prepositional phrase needs the pattern to name
	// its preposition: "shelled the town near a refugee camp" is not
	// "- * REFUGEE_CAMP", "shelled the refugee camp" is.
	near := []Word{{"town", RoleObject, 1}, {"near", RolePrep, 2}, {"refugee", RolePObj, 2}, {"camp", RolePObj, 2}}
	if m, _ := l.Match(Verb{Lemma: "shell"}, near, nil); m.Code == "180" {
		t.Errorf("a word of an unnamed prepositional phrase matched: %+v", m)
	}
	camp := []Word{{"refugee", RoleObject, 1}, {"camp", RoleObject, 1}}
	if m, _ := l.Match(Verb{Lemma: "shell"}, camp, nil); m.Code != "180" {
		t.Errorf("object: %+v", m)
	}
	// A word of an adverbial phrase matches no pattern word: "shelled the
	// town ahead of the refugee camp talks" is not "- * REFUGEE_CAMP".
	adjunct := []Word{{"town", RoleObject, 1}, {"ahead", RoleOther, 0}, {"of", RoleOther, 0}, {"refugee", RoleAdjunct, 0}, {"camp", RoleAdjunct, 0}}
	if m, _ := l.Match(Verb{Lemma: "shell"}, adjunct, nil); m.Code == "180" {
		t.Errorf("a word of an adverbial phrase matched: %+v", m)
	}
	// "{HEAVY GUNS}" needs both words in one phrase.
	split := []Word{{"heavy", RoleOther, 1}, {"guns", RoleObject, 2}}
	if m, _ := l.Match(Verb{Lemma: "shell"}, split, nil); m.Code == "194" {
		t.Errorf("split noun phrase matched: %+v", m)
	}
}

func TestMatchSpecificity(t *testing.T) {
	l, _ := testLexicon(t)
	a, _ := l.Match(Verb{Lemma: "pound"}, ws("rebels"), nil)
	b, _ := l.Match(Verb{Lemma: "pound"}, ws("alongside allies"), ws("rebels"))
	c, _ := l.Match(Verb{Lemma: "pound"}, nil, nil)
	if !(c.Confidence < a.Confidence && a.Confidence < b.Confidence) {
		t.Errorf("confidence not ordered by specificity: %v %v %v", c.Confidence, a.Confidence, b.Confidence)
	}
}

func TestMerge(t *testing.T) {
	base, _ := testLexicon(t)
	user, st := ParseVerbs(strings.NewReader("--- MINE [010] ---\nPOUND\n- * + [173]\nZAP [180]\n"), "USER")
	if st.Bad != 0 {
		t.Fatal(st.BadLines)
	}
	l := Merge(user, base)
	if m, _ := l.Match(Verb{Lemma: "pound"}, ws("rebels"), nil); m.Code != "173" || m.Rule != "USER MINE: * + [173]" {
		t.Errorf("user pattern should win the tie: %+v", m)
	}
	if m, _ := l.Match(Verb{Lemma: "pound"}, ws("x with artillery"), nil); m.Code != "194" {
		t.Errorf("base pattern lost: %+v", m)
	}
	if m, ok := l.Match(Verb{Lemma: "zap"}, nil, nil); !ok || m.Code != "180" {
		t.Errorf("user verb: %+v", m)
	}
}

func TestWriteLoad(t *testing.T) {
	l, _ := testLexicon(t)
	var buf bytes.Buffer
	if _, err := WriteLexicon(l, &buf); err != nil {
		t.Fatal(err)
	}
	l2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	m1, _ := l.Match(Verb{Lemma: "pound"}, ws("alongside allies"), ws("rebels"))
	m2, _ := l2.Match(Verb{Lemma: "pound"}, ws("alongside allies"), ws("rebels"))
	if m1 != m2 {
		t.Errorf("%+v != %+v", m1, m2)
	}
	if _, err := WriteLexicon(Merge(l, l2), &buf); err == nil {
		t.Error("WriteLexicon of a merge should fail")
	}
	for _, bad := range []string{"", "not gzip", string(buf.Bytes()[:buf.Len()/2])} {
		if _, err := Load(strings.NewReader(bad)); err == nil {
			t.Errorf("Load(%.10q) did not fail", bad)
		}
	}
}

func TestBuildVerbsMissingDir(t *testing.T) {
	var buf bytes.Buffer
	if _, err := BuildVerbs(t.TempDir(), &buf); err == nil {
		t.Error("want error for a directory without CAMEO.2.0.txt")
	}
}

// TestDefault checks the embedded CAMEO 2.0 lexicon: size, load time, a few
// well-known verbs, and concurrent use.
func TestDefault(t *testing.T) {
	start := time.Now()
	l, err := Load(bytes.NewReader(embeddedVerbs))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 100*time.Millisecond && !raceEnabled {
		t.Errorf("load took %v", d)
	}
	if len(embeddedVerbs) > 5<<20 {
		t.Errorf("verbs.bin is %d bytes", len(embeddedVerbs))
	}
	verbs, pats := l.Len()
	if verbs < 1500 || pats < 4500 {
		t.Errorf("Len = %d verbs, %d patterns", verbs, pats)
	}
	d := Default()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range []string{"attack", "ask", "meet", "condemn", "arrest"} {
				if m, ok := d.Match(Verb{Lemma: v}, ws("the army"), nil); !ok || m.Code == "" {
					t.Errorf("%s: %+v", v, m)
				}
			}
		}()
	}
	wg.Wait()
	if m, _ := d.Match(Verb{Lemma: "attack"}, ws("the town"), nil); m.Code[:2] != "19" && m.Code[:2] != "18" {
		t.Errorf("attack: %+v", m)
	}
}

func TestSingularPlural(t *testing.T) {
	for _, tt := range []struct{ w, sing string }{{"attacks", "attack"}, {"rallies", "rally"}, {"presses", "press"}, {"press", ""}, {"status", ""}, {"crisis", ""}, {"gas", ""}} {
		if got := singularOf(tt.w); got != tt.sing {
			t.Errorf("singularOf(%q) = %q, want %q", tt.w, got, tt.sing)
		}
	}
	for _, tt := range []struct {
		w, base string
		want    bool
	}{{"attacks", "attack", true}, {"rallies", "rally", true}, {"presses", "press", true}, {"attack", "attack", false}, {"rallys", "rally", true}, {"army", "arm", false}} {
		if got := isPlural(tt.w, tt.base); got != tt.want {
			t.Errorf("isPlural(%q, %q) = %v", tt.w, tt.base, got)
		}
	}
}

// TestBlockReverseDefault: a block header's symmetric code is the default
// of its verb lines, reverse part included ("VISIT [042:043]": the
// visited hosts; "OFFEND [:110]": only the target acts).
func TestBlockReverseDefault(t *testing.T) {
	l, st := ParseVerbs(strings.NewReader("--- VISIT [042:043] ---\nVISIT\nCALL_ON\n--- OFFEND [:110] ---\nOFFEND\n"), "T")
	if st.Bad != 0 {
		t.Fatalf("bad lines %v", st.BadLines)
	}
	for _, c := range []struct{ lemma, code, rev, rule string }{
		{"visit", "042", "043", "T VISIT: VISIT [042:043]"},
		{"offend", "", "110", "T OFFEND: OFFEND [:110]"},
	} {
		m, ok := l.Match(Verb{Lemma: c.lemma}, nil, nil)
		if !ok || m.Code != c.code || m.Reverse != c.rev || m.Rule != c.rule {
			t.Errorf("%s: %+v %v, want %s:%s %q", c.lemma, m, ok, c.code, c.rev, c.rule)
		}
	}
}
