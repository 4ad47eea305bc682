package cameo_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/cameo"
)

// The coder describes the clause "The army attacked rebel positions with
// heavy artillery" by lemmas, roles and phrase ids, asks the lexicon for the
// verb, and looks the code up in the CAMEO table.
func ExampleLexicon_Match() {
	after := []cameo.Word{
		{Text: "rebel", Role: cameo.RoleObject, Phrase: 1},
		{Text: "position", Role: cameo.RoleObject, Phrase: 1},
		{Text: "with", Role: cameo.RolePrep, Phrase: 2},
		{Text: "heavy", Role: cameo.RolePObj, Phrase: 2},
		{Text: "artillery", Role: cameo.RolePObj, Phrase: 2},
	}
	before := []cameo.Word{{Text: "the", Role: cameo.RoleSubject, Phrase: 3}, {Text: "army", Role: cameo.RoleSubject, Phrase: 3}}
	m, ok := cameo.Default().Match(cameo.Verb{Lemma: "attack"}, after, before)
	if !ok {
		return
	}
	c, _ := cameo.Lookup(m.Code)
	fmt.Println(m.Code, c.Quad, c.Goldstein, c.Plover)
	fmt.Println(m.Rule)
	// Output:
	// 194 4 -10 ASSAULT
	// CAMEO.2.0 PHYSICAL_CONFLICT: * (WITH &WEAPON) [194]
}
