package cameo

import (
	"bytes"
	"strings"
	"testing"
)

func TestBuildFallback(t *testing.T) {
	rec := func(event, text string) string {
		return `{"event": "` + event + `", "eventText": "` + text + `"}`
	}
	gsr := "[" + strings.Join([]string{
		`{"event": "DOCUMENT"}`,
		rec("REJECT", "refused talks"), rec("REJECT", "refused"), rec("REJECT", "refusing"),
		rec("REJECT", "rejected"), rec("PROTEST", "rejected"), // 1 of 2: no majority
		rec("PROTEST", "began protest"), rec("PROTEST", "began"), // a stop word
		rec("THREATEN", "threatened"),                        // one vote only
		rec("NOSUCH", "attacked"), rec("NOSUCH", "attacked"), // a type without a code
	}, ",\n") + "]"
	plov := "CAMEO PLOV event\n12: REJECT\n120       REJECT  ---  ---  Reject\n121 REJECT\n14: PROTEST\n140 PROTEST\n130 THREATEN\n"
	var buf bytes.Buffer
	n, err := BuildFallback(strings.NewReader(gsr), strings.NewReader(plov), Default(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || !strings.Contains(buf.String(), "\nrefuse\t120\t3\n") {
		t.Errorf("%d verbs:\n%s", n, buf.String())
	}
	if _, err := BuildFallback(strings.NewReader("not json"), strings.NewReader(plov), Default(), &buf); err == nil {
		t.Error("no error for bad records")
	}
}

// TestFallbackCode checks the embedded table: the dictionary's null verbs
// of refusal are rejections, and every code is in the code table.
func TestFallbackCode(t *testing.T) {
	if got := FallbackCode("refuse"); got != "120" {
		t.Errorf("refuse: %q", got)
	}
	if got := FallbackCode("say"); got != "" {
		t.Errorf("say: %q", got)
	}
	for _, line := range strings.Split(fallbackTSV, "\n") {
		if f := strings.Split(line, "\t"); len(f) == 3 && line[0] != '#' {
			if c, ok := Lookup(f[1]); !ok || c.Plover == "" {
				t.Errorf("%s: code %s has no PLOVER type", f[0], f[1])
			}
		}
	}
}

func TestCorrect(t *testing.T) {
	for _, c := range []struct {
		lemma, code string
		after       []string
		want        string
		ok          bool
	}{
		{"convict", "173", nil, "116", true},
		{"find", "090", []string{"him", "guilty"}, "116", true},
		{"find", "090", []string{"a", "report"}, "", false},
		{"withdraw", "0874", []string{"its", "peacekeepers"}, "1661", true},
		{"withdraw", "", []string{"peacekeeping", "troops"}, "1661", true}, // the dictionary's null code
		{"expel", "174", []string{"the", "inspectors"}, "1662", true},
		{"send", "0334", []string{"200", "peacekeepers", "to", "liberia"}, "074", true},
		{"declare", "010", []string{"a", "state", "of", "siege"}, "1724", true},
		{"send", "", []string{"troops", "to", "the", "border"}, "", false},
		{"attack", "190", []string{"aid"}, "", false},
	} {
		got, ok := Correct(c.lemma, c.code, c.after)
		if got != c.want || ok != c.ok {
			t.Errorf("Correct(%q, %q, %v) = %q, %v", c.lemma, c.code, c.after, got, ok)
		}
	}
	// every erratum names a code of the table
	for _, es := range errata {
		for _, e := range es {
			if _, ok := Lookup(e.To); !ok {
				t.Errorf("erratum %+v: no code %s", e, e.To)
			}
		}
	}
}
