package cameo

import (
	"bytes"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		ok        bool
		root      string
		quad      int
		goldstein float64
		plover    string
	}{
		{"190", true, "19", 4, -10, "ASSAULT"},
		{"0312", true, "03", 1, 5.2, "AGREE"},
		{"1834", true, "18", 4, -10, "ASSAULT"}, // PLOVER type from parent 183
		{"084", true, "08", 2, 7, "RETREAT"},
		{"080", true, "08", 2, 5, "CONCEDE"},
		{"01", true, "01", 1, 0, ""}, // no PLOVER type for statements
		{"0214", true, "02", 1, 3.4, "REQUEST"},
		{"163", true, "16", 4, -8, "COERCE"},
		{"1125", true, "11", 3, -2, "ACCUSE"},
		{"999", false, "", 0, 0, ""},
		{"", false, "", 0, 0, ""},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if ok != tt.ok {
			t.Errorf("Lookup(%q) ok = %v", tt.code, ok)
			continue
		}
		if !ok {
			continue
		}
		if c.Root != tt.root || c.Quad != tt.quad || c.Goldstein != tt.goldstein || c.Plover != tt.plover || c.Label == "" {
			t.Errorf("Lookup(%q) = %+v", tt.code, c)
		}
	}
}

func TestNearest(t *testing.T) {
	for code, want := range map[string]string{"1215": "121", "0399": "039", "0359": "035", "190": "190", "7": "", "99": ""} {
		c, ok := Nearest(code)
		if c.Code != want || ok != (want != "") {
			t.Errorf("Nearest(%q) = %q, %v; want %q", code, c.Code, ok, want)
		}
	}
}

// TestCodeTable checks the embedded table is complete and consistent.
func TestCodeTable(t *testing.T) {
	cs := Codes()
	if len(cs) < 310 {
		t.Fatalf("only %d codes", len(cs))
	}
	roots := 0
	for _, c := range cs {
		if len(c.Code) == 2 {
			roots++
		}
		if c.Quad != QuadClass(c.Code) || c.Root != c.Code[:2] || c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("bad entry %+v", c)
		}
		if len(c.Code) > 2 {
			if _, ok := Lookup(c.Code[:len(c.Code)-1]); !ok {
				t.Errorf("%s has no parent", c.Code)
			}
		}
		// statements (01) have no PLOVER type; appeals (02) are REQUESTs
		if (c.Root > "01") != (c.Plover != "") || c.Root == "02" && c.Plover != "REQUEST" {
			t.Errorf("%s: PLOVER %q", c.Code, c.Plover)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
}

func TestQuadClass(t *testing.T) {
	for code, want := range map[string]int{"01": 1, "057": 1, "06": 2, "0874": 2, "09": 3, "139": 3, "14": 4, "2042": 4, "21": 0, "x1": 0, "": 0, "0": 0} {
		if got := QuadClass(code); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestBuildCodes(t *testing.T) {
	curated := "# comment\n01\t0.0\tSay\n010\t0.0\tSay more\n19\t-10\tFight\n190\t-10.0\tFight hard\n1901\t-10\tFight harder\n" +
		"0253\t3.0\tAppeal to release\n10\t-5.0\tDemand\n" +
		"190\t-1\tRepeated\n25\t1\tNo such root\n191\tx\tBad value\nshort line\n"
	plover := "# header\n10: REQUEST\n19: ASSAULT\n190: ASSAULT, , military # comment\n190: OTHER # second line ignored\nbad line\n"
	var buf bytes.Buffer
	st, err := BuildCodes(strings.NewReader(curated), strings.NewReader(plover), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if st.Codes != 7 || st.Bad != 5 || st.PloverDirect != 3 || st.PloverParent != 1 || st.PloverMirror != 1 || st.PloverNone != 2 {
		t.Errorf("stats %+v", st)
	}
	out := buf.String()
	for _, want := range []string{"1901\t19\t4\t-10.0\tASSAULT\tFight harder\n", "010\t01\t1\t0.0\t\tSay more\n", "0253\t02\t1\t3.0\tREQUEST\tAppeal to release\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
