package syntax

// finiteVerb are the tags of a verb that has a tense of its own: such a
// verb is a clause's predicate, never a reduced relative of a noun.
var finiteVerb = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// promotePredicate undoes a greedy parser's commonest wrong turn in news
// leads: "The Pakistan government recently seized control ..." read as a
// noun phrase root with the finite verb as its reduced relative (acl).
// When the root is a noun and its first acl dependent to the right is a
// finite verb with no subject of its own, that verb becomes the root and
// the noun its subject; the noun's dependents after the verb move to the
// verb. It returns the index of the root.
func promotePredicate(out []Token, root int) int {
	if root < 0 || (out[root].UPOS != "NOUN" && out[root].UPOS != "PROPN") {
		return root
	}
	v := -1
	for i := root + 1; i < len(out); i++ {
		if out[i].Head == root && out[i].Rel == "acl" {
			v = i
			break
		}
	}
	if v < 0 || !finiteVerb[out[v].XPOS] {
		return root
	}
	for i := range out {
		if out[i].Head == v && (out[i].Rel == "nsubj" || out[i].Rel == "nsubj:pass" || out[i].Rel == "expl") {
			return root
		}
	}
	for i := v + 1; i < len(out); i++ {
		if out[i].Head == root {
			out[i].Head = v
		}
	}
	out[v].Head, out[v].Rel = -1, "root"
	out[root].Head, out[root].Rel = v, "nsubj"
	return v
}
