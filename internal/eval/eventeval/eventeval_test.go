package eventeval

import (
	"strings"
	"testing"
)

func TestPetrarch(t *testing.T) {
	env, recs, err := ReadPetrarchFile("testdata/mini.xml")
	if err != nil {
		t.Fatal(err)
	}
	if env.Verbs != "verbs.txt" || env.Actors != "actors.txt" || len(env.Include) != 2 || len(recs) != 5 {
		t.Fatalf("env %+v, %d records", env, len(recs))
	}
	if recs[0].Text != "Aland attacked Borduria on Monday." || !recs[2].NoEvents || !recs[4].Skip {
		t.Errorf("records %+v", recs)
	}
	// a coder that gets DEMO-1 right, half of COMPOUND-1, and invents an
	// event for the noevents record
	code := func(r Record) []Triple {
		switch r.ID {
		case "DEMO-1":
			return []Triple{{"AAA", "BBB", "190"}}
		case "COMPOUND-1":
			return []Triple{{"AAA", "BBB", "042"}}
		case "DEMO-2":
			return []Triple{{"AAA", "---", "010"}}
		}
		t.Errorf("record %s is out of scope", r.ID)
		return nil
	}
	s := ScorePetrarch(env, recs, code)
	if s.Records != 3 || s.Exact != 1 || s.Skipped != 2 || s.Gold != 3 || s.Predicted != 3 || s.Correct != 2 {
		t.Errorf("score %+v", s)
	}
	if s.PerCategory["DEMO"] != 0.5 || s.PerCategory["COMPOUND"] != 0 {
		t.Errorf("per category %v", s.PerCategory)
	}
}

func TestPetrarchBadInput(t *testing.T) {
	for _, in := range []string{"", "<Validation><Sentences></Sentences></Validation>", "not xml"} {
		if _, _, err := ReadPetrarch(strings.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestPlover(t *testing.T) {
	rows, bad, err := ReadPloverFile("testdata/mini.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || bad != 1 {
		t.Fatalf("%d rows, %d bad", len(rows), bad)
	}
	if r := rows[0]; r.Text != "Aland shelled Borduria." || r.Source != [2]int{0, 5} || r.Target != [2]int{14, 22} || r.Type != "ASSAULT" || r.Quad != 4 {
		t.Errorf("row %+v", r)
	}
	code := func(text string) []PloverEvent {
		switch {
		case strings.HasPrefix(text, "Aland shelled"):
			return []PloverEvent{{[2]int{0, 5}, [2]int{14, 22}, "ASSAULT", 4}}
		case strings.HasPrefix(text, "Cora thanked"):
			return []PloverEvent{{[2]int{0, 4}, [2]int{13, 18}, "CONSULT", 1}}
		}
		return nil // a miss
	}
	s := ScorePlover(rows, code)
	if s.Covered != 2 || s.TypeCorrect != 1 || s.QuadCorrect != 2 {
		t.Errorf("score %+v", s)
	}
	// ASSAULT F1 1, SUPPORT 0, CONSULT 0 (one false positive, one miss)
	if s.PerType["ASSAULT"] != 1 || s.PerType["CONSULT"] != 0 || s.TypeMacroF1 < 0.333 || s.TypeMacroF1 > 0.334 {
		t.Errorf("per type %v macro %v", s.PerType, s.TypeMacroF1)
	}
	// the failures: row 2 typed wrong, row 4 missed, in file order
	if len(s.Failures) != 2 || s.Failures[0].Row.ID != "2" || s.Failures[0].Got != "CONSULT" || s.Failures[1].Row.ID != "4" || s.Failures[1].Got != "" {
		t.Errorf("failures %+v", s.Failures)
	}
}

func TestZSPType(t *testing.T) {
	for in, want := range map[string]string{"CONCEDE": "YIELD", "retreat": "YIELD", "ASSAULT": "ASSAULT", "": ""} {
		if got := ZSPType(in); got != want {
			t.Errorf("ZSPType(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzReadPlover(f *testing.F) {
	f.Add("\tmarked_sentence\tgold_root\tgold_penta\n\t<s>a</s> b <t>c</t>\tX\t1\n")
	f.Add("marked_sentence\tgold_root\tgold_penta\n</t><t><s>\tY\tz\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, _, _ := ReadPlover(strings.NewReader(in))
		for _, r := range rows {
			n := len([]rune(r.Text))
			if r.Source[1] > n || r.Target[1] > n {
				t.Fatalf("span past the text: %+v", r)
			}
		}
	})
}

func FuzzReadPetrarch(f *testing.F) {
	f.Add(`<Validation><Sentences><Sentence id="a"><EventCoding sourcecode="A" targetcode="B" eventcode="1"/><Text>x</Text></Sentence></Sentences></Validation>`)
	f.Fuzz(func(t *testing.T, in string) {
		ReadPetrarch(strings.NewReader(in))
	})
}
