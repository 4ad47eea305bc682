package cameo

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func open(t testing.TB, name string) *os.File {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestReadActors(t *testing.T) {
	as, st := ReadActors(open(t, "actors.txt"), "actors.txt")
	if len(as) != 4 || st.Entries != 4 || st.Bad != 1 || st.BadLines[0] != "actors.txt:17: bad code or date restriction" {
		t.Fatalf("%d actors, stats %+v", len(as), st)
	}
	if want := [][]string{{"riverland"}, {"riverlander"}, {"the", "river", "republic"}}; !reflect.DeepEqual(as[0].Phrases, want) {
		t.Errorf("phrases %v", as[0].Phrases)
	}
	if as[3].Phrases[1][0] != "orphan" {
		t.Errorf("synonym after a bad line: %v", as[3].Phrases)
	}
	tests := []struct {
		actor int
		date  string
		want  string
	}{
		{0, "2020-01-01", "RVL"},
		{0, "", "RVL"},
		{1, "2012-06-30", "RVLGOV"},
		{1, "2015-12-31T23:00:00Z", "RVLGOV"},
		{1, "2016-01-01", "RVLOPP"},
		{1, "2009-12-31", "RVLELI"},
		{1, "", "RVLELI"},
		{2, "1999-12-31", "HILREB"}, // YYMMDD dates: 99 is 1999
		{2, "2000-01-01", ""},       // the null code "---" is the default
		{3, "2001-01-01", "HIL"},
	}
	for _, tt := range tests {
		if got := as[tt.actor].CodeAt(tt.date); got != tt.want {
			t.Errorf("actor %d CodeAt(%q) = %q, want %q", tt.actor, tt.date, got, tt.want)
		}
	}
}

func TestParseDatedCode(t *testing.T) {
	tests := []struct {
		in   string
		want DatedCode
		ok   bool
	}{
		{"SYRGOV >20000717", DatedCode{"SYRGOV", "2000-07-17", ""}, true},
		{"HOB < 950601", DatedCode{"HOB", "", "1995-06-01"}, true},
		{"HOBGOV 19950601 - 19990815", DatedCode{"HOBGOV", "1995-06-01", "1999-08-15"}, true},
		{"AFGELI 730717-070723", DatedCode{"AFGELI", "1973-07-17", "2007-07-23"}, true},
		{"---", DatedCode{}, true},
		{"pse", DatedCode{Code: "PSE"}, true},
		{"X >201005011", DatedCode{}, false},
		{"X 2010-2011", DatedCode{}, false},
		{"ELR/GAL", DatedCode{}, false},
		{"", DatedCode{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDatedCode(tt.in)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("parseDatedCode(%q) = %+v, %v", tt.in, got, ok)
		}
	}
}

func TestReadAgents(t *testing.T) {
	as, st := ReadAgents(open(t, "agents.txt"), "agents.txt")
	if st.Bad != 2 || len(as) != 5 {
		t.Fatalf("%d agents, stats %+v", len(as), st)
	}
	tests := []struct {
		code    string
		prefix  bool
		phrases string
	}{
		{"COP", false, "police"},
		{"BUS", false, "ferry captain|ferry captains"},
		{"JUD", false, "chief justice|chiefs justice"},
		{"MIL", true, "dragoon|dragoons"},
		{"LEG", false, "councilman|councilmen|councilwoman|councilwomen"},
	}
	for i, tt := range tests {
		var ps []string
		for _, p := range as[i].Phrases {
			ps = append(ps, strings.Join(p, " "))
		}
		if as[i].Code != tt.code || as[i].Prefix != tt.prefix || strings.Join(ps, "|") != tt.phrases {
			t.Errorf("agent %d = %+v", i, as[i])
		}
	}
}

func TestReadDiscards(t *testing.T) {
	ds, st := ReadDiscards(open(t, "discards.txt"), "discards.txt")
	want := []Discard{
		{Words: []string{"golden", "ball", "tournament"}, Story: true, Line: 2},
		{Words: []string{"croquet"}, Line: 3},
		{Words: []string{"sailing", "cup"}, Exact: true, Line: 4},
	}
	if st.Bad != 0 || !reflect.DeepEqual(ds, want) {
		t.Errorf("got %+v, stats %+v", ds, st)
	}
}

func TestPhraseIndex(t *testing.T) {
	as, _ := ReadActors(open(t, "actors.txt"), "actors.txt")
	x := ActorIndex(as)
	toks := strings.Fields("envoys of the river republic met anna quill and riverland officials")
	got := x.Find(toks)
	want := []PhraseMatch{{2, 5, 0}, {6, 8, 1}, {9, 10, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Find = %+v, want %+v", got, want)
	}
	ag, _ := ReadAgents(open(t, "agents.txt"), "agents.txt")
	if got := AgentIndex(ag).Find(strings.Fields("two ferry captains and the police")); len(got) != 2 || got[0].ID != 1 || got[1].ID != 0 {
		t.Errorf("agents %+v", got)
	}
}
