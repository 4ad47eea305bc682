package cameo

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestRegenerate rebuilds codes.tsv, verbs.bin and fallback.tsv from the real data when
// SITREP_EVENTS_DATA names the events data directory (the one holding
// dictionaries/ and plover/):
//
//	SITREP_EVENTS_DATA=../shared/data/events go test ./internal/cameo -run TestRegenerate -v
func TestRegenerate(t *testing.T) {
	dir := os.Getenv("SITREP_EVENTS_DATA")
	if dir == "" {
		t.Skip("set SITREP_EVENTS_DATA to rebuild codes.tsv, verbs.bin and fallback.tsv")
	}
	cur, err := os.Open("goldstein.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer cur.Close()
	pl, err := os.Open(filepath.Join(dir, "plover", "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer pl.Close()
	var buf bytes.Buffer
	cst, err := BuildCodes(cur, pl, &buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("codes %d, PLOVER direct %d, from parent %d, none %d, bad %d %v", cst.Codes, cst.PloverDirect, cst.PloverParent, cst.PloverNone, cst.Bad, cst.BadLines)
	if err := os.WriteFile("codes.tsv", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	st, err := BuildVerbs(filepath.Join(dir, "dictionaries"), &buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + st.String())
	for _, l := range st.BadLines {
		t.Log(l)
	}
	if _, err := Load(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("verbs.bin", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	gsr, err := os.Open(filepath.Join(dir, "plover", "PLOVER_GSR_CAMEO.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer gsr.Close()
	plov, err := os.Open(filepath.Join(dir, "plover", "CAMEO-PLOV.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer plov.Close()
	lex, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	n, err := BuildFallback(gsr, plov, lex, &buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fallback verbs %d", n)
	if err := os.WriteFile("fallback.tsv", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestValidationDictionaries reads the PETRARCH validation-suite
// dictionaries (what --verbs, --actors, --agents and --discards get when the
// suite is run) and logs what was read. They contain deliberately broken
// lines, so only a bound on bad lines is checked.
func TestValidationDictionaries(t *testing.T) {
	dir := os.Getenv("SITREP_EVENTS_DATA")
	if dir == "" {
		t.Skip("set SITREP_EVENTS_DATA to read the PETRARCH validation dictionaries")
	}
	dir = filepath.Join(dir, "petrarch-validation")
	read := func(name string, fn func(f *os.File) Stats) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		st := fn(f)
		t.Logf("%s:\n%s%v", name, st, st.BadLines)
		if st.Bad > 20 {
			t.Errorf("%s: %d bad lines", name, st.Bad)
		}
	}
	for _, v := range []string{"", "2_02"} {
		name := func(kind string) string {
			if v == "" {
				return "PETR.Validate." + kind + ".txt"
			}
			return "PETR_Validate_" + kind + "_" + v + ".txt"
		}
		read(name("verbs"), func(f *os.File) Stats { _, st := ParseVerbs(f, name("verbs")); return st })
		read(name("actors"), func(f *os.File) Stats { _, st := ReadActors(f, name("actors")); return st })
		read(name("agents"), func(f *os.File) Stats { _, st := ReadAgents(f, name("agents")); return st })
		read(name("discards"), func(f *os.File) Stats { _, st := ReadDiscards(f, name("discards")); return st })
	}
}
