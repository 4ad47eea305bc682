package lexicon

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

const testCurated = `# curated test overlay
entity	Freedonia	country	-	FRD	Freedonian|Fredonia
entity	Rufus T. Firefly	person	-	FRDGOV 1933-01-01..1933-12-31, FRDELI	Firefly|Rufus Firefly
entity	broken	person	-	frd	nothing
agent	soldiers	~MIL	soldier|soldiers
drop	Sylvania Port
bogus	line
`

func buildTest(t *testing.T) (*Lexicon, BuildStats) {
	t.Helper()
	var buf bytes.Buffer
	st, err := Build("testdata/dict", strings.NewReader(testCurated), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if st.Bytes != buf.Len() {
		t.Errorf("Bytes %d, wrote %d", st.Bytes, buf.Len())
	}
	l, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return l, st
}

func TestBuild(t *testing.T) {
	_, st := buildTest(t)
	if st.Files != 5 || len(st.MissingFiles) != 0 {
		t.Errorf("files %d, missing %v", st.Files, st.MissingFiles)
	}
	wantBad := []string{
		"Phoenix.Countries.actors.txt:18:",
		"Phoenix.Countries.actors.txt:19:",
		"Phoenix.Countries.actors.txt:20:",
		"Phoenix.Countries.actors.txt:21:",
		"Phoenix.Countries.actors.txt:22:",
		"Phoenix.agents.txt:12:",
		"Phoenix.agents.txt:13:",
		"curated.tsv:4:",
		"curated.tsv:7:",
	}
	if st.Bad != len(wantBad) {
		t.Errorf("bad %d, want %d: %q", st.Bad, len(wantBad), st.BadLines)
	}
	for i, w := range wantBad {
		if i < len(st.BadLines) && !strings.HasPrefix(st.BadLines[i], w) {
			t.Errorf("bad line %d = %q, want prefix %q", i, st.BadLines[i], w)
		}
	}
	if st.NoCode != 1 { // NOBODY_IN_PARTICULAR_
		t.Errorf("no-code records %d, want 1", st.NoCode)
	}
	if st.Duplicates != 1 { // FREEDONIA_ under SYLVANIA_
		t.Errorf("duplicates %d, want 1", st.Duplicates)
	}
	if st.Curated != 3 || st.Absorbed != 2 {
		t.Errorf("curated %d absorbed %d, want 3 and 2", st.Curated, st.Absorbed)
	}
	if st.Dropped != 1 {
		t.Errorf("dropped %d, want 1", st.Dropped)
	}
	if !strings.Contains(st.String(), "bad lines 9") {
		t.Errorf("String: %s", st)
	}
}

func TestBuildMatch(t *testing.T) {
	l, _ := buildTest(t)
	tests := []struct {
		sentence, date, phrase, code, name string
	}{
		{"Freedonia City was quiet", "", "Freedonia City", "FRD", "Freedonia"}, // absorbed Phoenix alias
		{"the Freedonia Town hall", "", "Freedonia Town", "FRD", "Freedonia"},  // two synonyms on one line
		{"President Firefly spoke", "1933-06-01", "President Firefly", "FRDGOV", "Rufus T. Firefly"},
		{"Firefly spoke", "1935-06-01", "Firefly", "FRDELI", "Rufus T. Firefly"}, // curated dates win
		{"Trentino spoke", "1931-06-01", "Trentino", "SYLGOV", "Trentino"},
		{"Trentino spoke", "1940-06-01", "Trentino", "", "Trentino"}, // no default code
		{"Ambassador Trentino spoke", "1940-06-01", "Ambassador Trentino", "ELI", "Ambassador Trentino"},
		{"The Red Hand struck", "", "Red Hand", "FRDREB", "Red Hand"},
		{"Freedonian troops advanced", "", "Freedonian troops", "FRDMIL", ""},          // regular plural
		{"Sylvanian lawmen arrived", "", "Sylvanian lawmen", "SYLCOP", ""},             // !PERSON! substitution
		{"Freedonian soldiers advanced", "", "Freedonian soldiers", "FRDMIL", ""},      // curated agent
		{"Sylvanian peacekeepers arrived", "", "Sylvanian peacekeepers", "IGOSYL", ""}, // prefix agent
		{"the administration said", "", "administration", "GOV", "administration"},     // AD!MINIST!RATION
		{"the Ministry of War said", "", "Ministry of War", "GOVMIL", ""},
		{"police came", "", "police", "COP", ""},
		{"the militias fled", "", "militias", "UAF", ""},
	}
	for _, tc := range tests {
		tk := toks(tc.sentence)
		ms := l.Match(tk, tc.date)
		m := find(ms, tk, tc.phrase)
		if m == nil {
			t.Errorf("%q: no match %q in %s", tc.sentence, tc.phrase, dump(ms, tk))
			continue
		}
		if m.Code != tc.code || tc.name != "" && m.Entry.Name != tc.name {
			t.Errorf("%q: %q code %q name %q, want %q %q", tc.sentence, tc.phrase, m.Code, m.Entry.Name, tc.code, tc.name)
		}
	}
	if tk := toks("Sylvania Port"); find(l.Match(tk, ""), tk, "Sylvania Port") != nil {
		t.Error("dropped phrase still matches")
	}
	for _, s := range []string{"the polices came", "Duck Soup Freedonia", "World Cup"} {
		tk := toks(s)
		for _, m := range l.Match(tk, "") {
			if strings.HasPrefix(s, "Duck") && m.Start >= 2 {
				continue // Freedonia after the discard still matches
			}
			t.Errorf("%q: unexpected %s", s, dump([]Match{m}, tk))
		}
	}
}

func TestBuildMissingDir(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Build("testdata/nonexistent", nil, &buf); err == nil {
		t.Error("no error for a directory without dictionaries")
	}
}

func TestParseActorLine(t *testing.T) {
	tests := []struct {
		line  string
		kind  lineKind
		codes []DatedCode
	}{
		{"", lineSkip, nil},
		{"   # only a comment", lineSkip, nil},
		{"SYRIA_  [SYR]", linePrimary, []DatedCode{{"SYR", "", ""}}},
		{"+SYRIAN_ ", lineSynonym, nil},
		{"\t[SYRGOV >000717]", lineRestrict, []DatedCode{{"SYRGOV", "2000-07-17", ""}}},
		{"\t[USAGOV 20170120-20210120]", lineRestrict, []DatedCode{{"USAGOV", "2017-01-20", "2021-01-20"}}},
		{"\t[RUSELI <991231]", lineRestrict, []DatedCode{{"RUSELI", "", "1999-12-31"}}},
		{"\t[EGYGOV > 140608]", lineRestrict, []DatedCode{{"EGYGOV", "2014-06-08", ""}}},
		{"JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers", linePrimary, []DatedCode{{"IGOUNO", "1982-01-01", "1991-12-31"}, {"ELI", "", ""}}},
		{"JEAN_GUEHENNO_\t[IGOUNO 000101-080801] [---]", linePrimary, []DatedCode{{"IGOUNO", "2000-01-01", "2008-08-01"}}},
		{"\t[SYRGOV 2004017-20061201]", lineBad, nil},
		{"\t[SYRGOV", lineBad, nil},
		{"SYRIA]", lineBad, nil},
		{"\t[syrgov]", lineBad, nil},
		{"\tINDENTED_NO_CODE", lineBad, nil},
	}
	for _, tc := range tests {
		l := parseActorLine(tc.line)
		if l.kind != tc.kind {
			t.Errorf("%q: kind %d, want %d (%s)", tc.line, l.kind, tc.kind, l.reason)
			continue
		}
		if len(l.codes) != len(tc.codes) {
			t.Errorf("%q: codes %v, want %v", tc.line, l.codes, tc.codes)
			continue
		}
		for i := range tc.codes {
			if l.codes[i] != tc.codes[i] {
				t.Errorf("%q: code %v, want %v", tc.line, l.codes[i], tc.codes[i])
			}
		}
	}
	if k := parseActorLine("+TAIOAN_ +TAWIAN_").phrases; len(k) != 2 {
		t.Errorf("two synonyms on a line: %v", k)
	}
	if k := parseActorLine("SYRIA'S_GOVERNMENT").phrases[0]; strings.Join(k, " ") != "SYRIA 'S GOVERNMENT" {
		t.Errorf("possessive: %v", k)
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"Assad": "ASSAD", "U.S.": "U.S.", "Erdoğan": "ERDOGAN", "Syria’s": "SYRIA'S", "al‐Assad": "AL-ASSAD", "Zürich": "ZURICH"} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseActors(f *testing.F) {
	for _, s := range []string{
		"SYRIA_  [SYR]", "+SYRIAN_", "\t[SYRGOV >000717]", "\t[USAGOV 20170120-20210120]",
		"JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# x", "[", "]", "+", "\t[---]", "A [B C D]",
		"BASHAR_AL_ASSAD_  # CountryInfo.txt", "\t[X <]", "+A+B+C", "\xff\xfe[SYR]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		l := parseActorLine(line)
		switch l.kind {
		case lineSkip, lineBad:
			if len(l.phrases) != 0 || len(l.codes) != 0 {
				t.Errorf("%q: skip/bad with content", line)
			}
		case linePrimary, lineSynonym:
			if len(l.phrases) == 0 {
				t.Errorf("%q: no phrase", line)
			}
		case lineRestrict:
		}
		for _, p := range l.phrases {
			if len(p) == 0 {
				t.Errorf("%q: empty phrase", line)
			}
			for _, k := range p {
				if k == "" || strings.ContainsAny(k, " _\t|") {
					t.Errorf("%q: bad key %q", line, k)
				}
			}
		}
		for _, c := range l.codes {
			if !validCode(c.Code) || c.From != "" && len(c.From) != 10 || c.To != "" && len(c.To) != 10 {
				t.Errorf("%q: bad code %+v", line, c)
			}
		}
		_ = parseAgentLine(line, map[string][]string{"P": {"MAN", "MEN"}})
		_ = parseDiscard(line)
	})
}

func TestLoadBad(t *testing.T) {
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("no error for non-gzip data")
	}
	for _, rec := range []string{"E\tname\tperson\t\tBADCODE\tNAME", "X\ty", "E\ttoo\tfew"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(rec + "\n"))
		zw.Close()
		if _, err := Load(&buf); err == nil {
			t.Errorf("%q: no error", rec)
		}
	}
}
