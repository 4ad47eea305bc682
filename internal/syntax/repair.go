package syntax

import (
	"slices"
	"strings"
)

// finiteVerb are the tags of a verb that has a tense of its own: such a
// verb is a clause's predicate, never a reduced relative of a noun.
var finiteVerb = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// promotePredicate undoes a greedy parser's commonest wrong turn in news
// leads: "The Pakistan government recently seized control ..." read as a
// noun phrase root with the finite verb as its reduced relative (acl) or
// relative clause (acl:relcl). When the root is a noun and its first such
// dependent to the right is a finite verb (or a participle with an object)
// with no subject of its own, that verb becomes the root and the noun its
// subject; the noun's dependents after the verb move to the verb. It
// returns the index of the root.
func promotePredicate(out []Token, root int) int {
	if root < 0 || (out[root].UPOS != "NOUN" && out[root].UPOS != "PROPN") {
		return root
	}
	v := -1
	for i := root + 1; i < len(out); i++ {
		if out[i].Head == root && (out[i].Rel == "acl" || out[i].Rel == "acl:relcl") {
			v = i
			break
		}
	}
	// a participle with an object is a past tense the tagger missed
	// ("Clinton Administration sharply reduced military aid")
	participle := v >= 0 && out[v].XPOS == "VBN" && hasDep(out, v, "obj")
	if v < 0 || !finiteVerb[out[v].XPOS] && !participle {
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
	if participle {
		out[v].XPOS = "VBD"
	}
	return v
}

// predicateFromModifier undoes "Turkish officials shared evidence with
// B" read as a noun phrase root with the verb as an adjective of its
// object and the subject hanging on that adjective. A verb modifying the
// root noun (amod, before it) that has a subject of its own is the
// clause's predicate: it becomes the root, the noun its object, and the
// noun's clause-level dependents (obliques, adverbial clauses,
// punctuation) move to it. It returns the index of the root.
func predicateFromModifier(out []Token, root int) int {
	if root < 0 || out[root].UPOS != "NOUN" && out[root].UPOS != "PROPN" {
		return root
	}
	if hasDep(out, root, "cop", "nsubj:pass") {
		return root
	}
	v := -1
	for i := 0; i < root; i++ {
		if out[i].Head == root && out[i].Rel == "amod" && out[i].UPOS == "VERB" && !hasDep(out, i, "advmod") {
			v = i
		}
	}
	if v < 0 {
		return root
	}
	// the subject hangs on the verb or, before it, on the noun
	subj := false
	for i := range out {
		if out[i].Rel == "nsubj" && (out[i].Head == v || out[i].Head == root && i < v) {
			subj = true
		}
	}
	if !subj {
		return root
	}
	for i := range out {
		if out[i].Head != root {
			continue
		}
		switch r := out[i].Rel; {
		case r == "nsubj" && i < v, r == "advcl" || r == "parataxis" || r == "punct" || strings.HasPrefix(r, "obl"):
			out[i].Head = v
		}
	}
	out[v].Head, out[v].Rel = -1, "root"
	out[root].Head, out[root].Rel = v, "obj"
	if out[v].XPOS == "VBN" {
		out[v].XPOS = "VBD"
	}
	return v
}

// subjectFromDislocated undoes "A reporter, Daniel Ortmann, was arrested"
// read with the subject as a left-dislocated phrase and the name in
// apposition as the first noun's object. A verb with no subject whose
// dislocated dependent comes before it takes that phrase as its subject
// (nsubj:pass when it has a passive auxiliary); a noun's "object" set off
// by a comma just before it is in apposition.
func subjectFromDislocated(out []Token) {
	for i := range out {
		h := out[i].Head
		if out[i].Rel == "obj" && h >= 0 && h < i && i > 0 && out[i-1].Form == "," && (out[h].UPOS == "NOUN" || out[h].UPOS == "PROPN") {
			out[i].Rel = "appos"
		}
	}
	for d := range out {
		v := out[d].Head
		if out[d].Rel != "dislocated" || v <= d || out[v].UPOS != "VERB" || hasDep(out, v, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		out[d].Rel = "nsubj"
		if hasDep(out, v, "aux:pass") {
			out[d].Rel = "nsubj:pass"
		}
	}
}

// participleModifier undoes "Imprisoned opposition leader Alexei Navalny
// has started a hunger strike" read with the first word as a clause of its
// own ("imprisoned by the leader") and the main verb left without a
// subject. A participle (VBN) that opens the sentence as an adverbial
// clause of a later verb with no subject, and whose own nominal dependent
// comes between the two, is that noun's adjective; the noun is the
// verb's subject.
func participleModifier(out []Token) {
	p := 0
	for p < len(out) && out[p].UPOS == "PUNCT" {
		p++
	}
	if p >= len(out) || out[p].XPOS != "VBN" || out[p].Rel != "advcl" {
		return
	}
	v := out[p].Head
	if v <= p || out[v].UPOS != "VERB" || hasDep(out, v, "nsubj", "nsubj:pass", "csubj", "expl") || hasDep(out, p, "aux", "aux:pass", "mark") {
		return
	}
	n := -1
	for i := p + 1; i < v; i++ {
		if out[i].Head == p && (out[i].UPOS == "NOUN" || out[i].UPOS == "PROPN") {
			switch out[i].Rel {
			case "obl:agent", "obl", "obj", "nsubj:pass", "nsubj":
				n = i
			}
		}
	}
	// "Detained by police, ..." has its agent: no subject there
	if n < 0 || hasDep(out, n, "case") {
		return
	}
	out[n].Head, out[n].Rel = v, "nsubj"
	out[p].Head, out[p].Rel = n, "amod"
	for i := range out {
		if i != n && out[i].Head == p && i > n {
			out[i].Head = v
		}
	}
}

// verbAfterTo undoes "threatened to shell British forces" tagged with
// "to" as a preposition and "shell" as a noun, which the parser still
// gave an object: a noun with an object of its own right after a "to"
// that is its case marker is an infinitive, "to" its marker.
func verbAfterTo(out []Token) {
	for n := 1; n < len(out); n++ {
		to := n - 1
		if out[n].UPOS != "NOUN" || out[to].Head != n || out[to].Rel != "case" || !strings.EqualFold(out[to].Form, "to") || !hasDep(out, n, "obj") {
			continue
		}
		out[n].UPOS, out[n].XPOS = "VERB", "VB"
		out[n].Lemma = Lemma(out[n].Form, "VERB", "VB")
		out[to].UPOS, out[to].XPOS, out[to].Rel = "PART", "TO", "mark"
	}
}

// clauseMarks are the words that introduce a clause as well as a noun
// phrase ("after the government released ...", "after the talks").
var clauseMarks = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// subjectOfClause undoes the other common wrong turn: "came after the
// Afghan government released 100 prisoners" read with "after the Afghan
// government" as a prepositional phrase of "came" and "released" as a
// clause without a subject. When a finite verb has no subject and the
// words just before it are such a phrase of its head, the phrase's noun
// becomes the verb's subject and its preposition the clause's marker.
// Only nouns: "after the talks ended" needs no repair, and a pronoun
// after a preposition is an object ("after him").
func subjectOfClause(out []Token) {
	for v := 1; v < len(out); v++ {
		// a participle with an object is a past tense the tagger missed
		// ("after the government released 100 prisoners")
		participle := out[v].XPOS == "VBN" && hasDep(out, v, "obj")
		if !finiteVerb[out[v].XPOS] && !participle || out[v].Head < 0 {
			continue
		}
		h := out[v].Head
		n := -1
		for k := v - 1; k >= 0; k-- {
			if out[k].Head == v && out[k].UPOS == "ADV" {
				continue // "after the army quickly seized"
			}
			n = k
			break
		}
		// from the word before the verb up to the head of its phrase
		// ("after the upper house of parliament approved")
		for hops := 0; n >= 0 && hops < 8 && out[n].Head >= 0 && out[n].Head != h && out[n].Head < v; hops++ {
			n = out[n].Head
		}
		if n < 0 || out[n].Head != h || (out[n].Rel != "obl" && out[n].Rel != "nmod") || (out[n].UPOS != "NOUN" && out[n].UPOS != "PROPN") {
			continue
		}
		cs := -1
		for k := 0; k < n; k++ {
			if out[k].Head == n && out[k].Rel == "case" {
				cs = k
			}
		}
		if cs < 0 || !clauseMarks[strings.ToLower(out[cs].Form)] || hasDep(out, v, "nsubj", "nsubj:pass", "expl", "mark") {
			continue
		}
		out[n].Head, out[n].Rel = v, "nsubj"
		out[cs].Head, out[cs].Rel = v, "mark"
		if out[cs].UPOS == "ADP" {
			out[cs].UPOS, out[cs].XPOS = "SCONJ", "IN"
		}
		out[v].Rel = "advcl"
		if participle {
			out[v].XPOS = "VBD"
		}
	}
}

// hasDep reports whether word h has a dependent with one of rels.
func hasDep(out []Token, h int, rels ...string) bool {
	for i := range out {
		if out[i].Head == h && slices.Contains(rels, out[i].Rel) {
			return true
		}
	}
	return false
}

// objectAfterAtLeast undoes a mislabelling that news makes common:
// "released at least 19 Christians" read with the "at" of "at least" as
// the noun's own preposition, so the object becomes an oblique
// ("obl", "obl:agent"). A noun under a verb as an oblique with no case
// marker of its own but an "at least"/"at most" modifier is the verb's
// object when the verb is active and has none.
func objectAfterAtLeast(out []Token) {
	for d := range out {
		v := out[d].Head
		if v < 0 || v > d || !strings.HasPrefix(out[d].Rel, "obl") || out[v].UPOS != "VERB" {
			continue
		}
		if hasDep(out, d, "case") || hasDep(out, v, "obj", "aux:pass", "nsubj:pass") {
			continue
		}
		bound := false
		for k := v + 1; k < d; k++ {
			w := strings.ToLower(out[k].Form)
			if ancestor(out, d, k) && (w == "least" || w == "most") && k > 0 && strings.EqualFold(out[k-1].Form, "at") && out[k-1].Head == k {
				bound = true
			}
		}
		if bound {
			out[d].Rel = "obj"
		}
	}
}

// subjectOfComplement undoes "The Pentagon said Moscow had given
// Washington notice" read with "Moscow" as a second subject of "said":
// a subject after its verb and before that verb's subjectless clausal
// complement is the complement's subject. So is an object of "say", or
// of any verb when the complement is a copular clause ("said the attack
// was a form of support": a copula needs a subject).
func subjectOfComplement(out []Token) {
	for v := range out {
		h := out[v].Head
		if h < 0 || h > v || out[v].Rel != "ccomp" || hasDep(out, v, "nsubj", "nsubj:pass", "expl") {
			continue
		}
		for n := h + 1; n < v; n++ {
			if out[n].Head != h {
				continue
			}
			second := (out[n].Rel == "nsubj" || out[n].Rel == "nsubj:pass") && countDeps(out, h, "nsubj", "nsubj:pass") > 1
			object := out[n].Rel == "obj" && (out[h].Lemma == "say" || hasDep(out, v, "cop"))
			if second || object {
				out[n].Head = v
				out[n].Rel = "nsubj"
				break
			}
		}
	}
}

// clauseFromModifier undoes "says U.S. attack caused deaths" read as a
// noun phrase ("deaths") with its own subject ("attack") and the finite
// verb between them as its adjective: a noun with a subject and no
// copula, and a finite verb or participle modifying it between the two,
// is a clause whose predicate is that verb.
func clauseFromModifier(out []Token) {
	for o := range out {
		if out[o].UPOS != "NOUN" && out[o].UPOS != "PROPN" || out[o].Head < 0 || hasDep(out, o, "cop") {
			continue
		}
		n, c := -1, -1
		for i := 0; i < o; i++ {
			if out[i].Head != o {
				continue
			}
			switch {
			case out[i].Rel == "nsubj" && n < 0:
				n = i
			case n >= 0 && out[i].UPOS == "VERB" && (finiteVerb[out[i].XPOS] || out[i].XPOS == "VBN") && (out[i].Rel == "amod" || out[i].Rel == "acl"):
				c = i
			}
		}
		if n < 0 || c < 0 {
			continue
		}
		rel := out[o].Rel
		if rel == "obj" {
			rel = "ccomp"
		}
		out[c].Head, out[c].Rel = out[o].Head, rel
		if out[c].XPOS == "VBN" {
			out[c].XPOS = "VBD" // with a subject and an object: a past tense
		}
		out[n].Head = c
		out[o].Head, out[o].Rel = c, "obj"
	}
}

// countDeps counts the dependents of h with one of rels.
func countDeps(out []Token, h int, rels ...string) int {
	n := 0
	for i := range out {
		if out[i].Head == h && slices.Contains(rels, out[i].Rel) {
			n++
		}
	}
	return n
}

// modifierFromFirstSubject undoes "House and Senate negotiators reached a
// deal" read with the names as the subject of the noun after them: a
// name (with its conjuncts) that is the "subject" of the common noun right
// after its phrase, a noun with no copula, is that noun's modifier
// (compound).
func modifierFromFirstSubject(out []Token) {
	for a := range out {
		b := out[a].Head
		if out[a].Rel != "nsubj" || b <= a || out[a].UPOS != "PROPN" || out[b].UPOS != "NOUN" || hasDep(out, b, "cop") {
			continue
		}
		// the noun comes right after a's phrase, with its conjuncts
		if rightmost(out, a)+1 == b {
			out[a].Rel = "compound"
		}
	}
}

// objectFromSecondSubject undoes "Erdogan will meet his counterpart"
// read with two subjects: a verb's second subject, after it, when the
// verb has a subject before it and no object, is its object (a clause
// after it would have taken it in subjectOfComplement).
func objectFromSecondSubject(out []Token) {
	for v := range out {
		if out[v].UPOS != "VERB" || countDeps(out, v, "nsubj") < 2 || hasDep(out, v, "obj", "aux:pass") {
			continue
		}
		before := false
		for n := range out {
			if out[n].Head != v || out[n].Rel != "nsubj" {
				continue
			}
			if n < v {
				before = true
			} else if before {
				out[n].Rel = "obj"
				break
			}
		}
	}
}

// thatComplementizer undoes "reports that forces had killed 82 civilians"
// read as a relative clause whose object is "that": a relative "that"
// before the clause's subject, in a clause that has an object of its
// own, is the complementizer of a content clause.
func thatComplementizer(out []Token) {
	for v := range out {
		if out[v].Rel != "acl:relcl" {
			continue
		}
		that, subj, objs := -1, -1, 0
		for k := range out {
			if out[k].Head != v {
				continue
			}
			switch out[k].Rel {
			case "obj":
				objs++
				if strings.EqualFold(out[k].Form, "that") && k < v {
					that = k
				}
			case "nsubj", "nsubj:pass":
				subj = k
			}
		}
		if that < 0 || objs < 2 || subj < 0 || that > subj {
			continue
		}
		out[that].Rel, out[that].UPOS, out[that].XPOS = "mark", "SCONJ", "IN"
		out[v].Rel = "acl"
	}
}

// hyphenModifier undoes "lifted long-standing sanctions against Sudan"
// read with the second half of the hyphenated adjective as a clause
// ("standing sanctions against Sudan") and the noun as its object. A
// participle or adjective right after a hyphen whose object is the next
// noun phrase (only that noun's modifiers between them) is that noun's
// adjective: the noun takes its place in the clause, and its dependents
// after the noun move to the noun's new head.
func hyphenModifier(out []Token) {
	for y := 2; y < len(out); y++ {
		if out[y-1].XPOS != "HYPH" || out[y-1].Head != y && out[y-2].Head != y {
			continue
		}
		if !(out[y].XPOS == "VBG" || out[y].XPOS == "VBN" || out[y].XPOS == "JJ") || out[y].Rel == "amod" {
			continue
		}
		n := -1
		for i := y + 1; i < len(out); i++ {
			if out[i].Head == y && out[i].Rel == "obj" && (out[i].UPOS == "NOUN" || out[i].UPOS == "PROPN") {
				n = i
				break
			}
			if out[i].Head <= y || out[i].UPOS == "PUNCT" || out[i].UPOS == "VERB" {
				break // not only the noun's own modifiers in between
			}
		}
		if n < 0 || out[y].Head < 0 || hasDep(out, y, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop") {
			continue
		}
		h, rel := out[y].Head, out[y].Rel
		switch main, _, _ := strings.Cut(rel, ":"); main {
		case "ccomp", "xcomp":
			rel = "obj"
		case "advcl":
			rel = "obl"
		case "acl":
			rel = "nmod"
		}
		out[n].Head, out[n].Rel = h, rel
		out[y].Head, out[y].Rel = n, "amod"
		out[y].UPOS, out[y].XPOS = "ADJ", "JJ"
		out[y].Lemma = strings.ToLower(out[y].Form)
		for i := n + 1; i < len(out); i++ {
			if out[i].Head == y {
				out[i].Head = h
			}
		}
	}
}

// predicateForObject undoes "The EU's chief on Monday bluntly rejected
// the minister's suggestion" read as a noun phrase root ("chief") with
// the verb as an adjective of the noun after it and that noun as the
// root's "object": a noun takes no object. A past-tense or participle
// verb between the root noun and such an object, with no subject of its
// own, is the predicate: it becomes the root, the noun its subject and
// the object its object; the noun's dependents after the verb move to
// it. It returns the index of the root.
func predicateForObject(out []Token, root int) int {
	if root < 0 || out[root].UPOS != "NOUN" && out[root].UPOS != "PROPN" || hasDep(out, root, "cop") {
		return root
	}
	o := -1
	for i := root + 1; i < len(out); i++ {
		if out[i].Head == root && out[i].Rel == "obj" {
			o = i
			break
		}
	}
	if o < 0 {
		return root
	}
	v := -1
	for i := root + 1; i < o; i++ {
		if out[i].UPOS == "VERB" && (out[i].XPOS == "VBD" || out[i].XPOS == "VBN") && (out[i].Head == o || out[i].Head == root) {
			v = i
			break
		}
	}
	if v < 0 || hasDep(out, v, "nsubj", "nsubj:pass", "aux:pass") {
		return root
	}
	for i := v + 1; i < len(out); i++ {
		if out[i].Head == root {
			out[i].Head = v
		}
	}
	out[v].Head, out[v].Rel, out[v].XPOS = -1, "root", "VBD"
	out[root].Head, out[root].Rel = v, "nsubj"
	out[o].Rel = "obj"
	return v
}

// datelineSubject undoes "UNITED NATIONS: Russia and China vetoed ..."
// read with the dateline as the subject and the real subject hanging on
// it. A sentence that opens with words in capitals (and perhaps an agency
// in brackets) and a colon or dash is a dateline (see RepairDateline).
func datelineSubject(out []Token) {
	k := 0
	for k < len(out) && out[k].UPOS != "PUNCT" && isAllUpper(out[k].Form) && len([]rune(out[k].Form)) > 1 {
		k++
	}
	if k > 0 {
		RepairDateline(out, DatelineMark(len(out), k, func(i int) string { return out[i].Form }))
	}
}

// DatelineMark returns the index of the colon or dash that ends a
// dateline whose words are those before end, perhaps followed by an
// agency in brackets ("WASHINGTON (AP) -"); -1 if there is none. form
// gives the word at an index below n.
func DatelineMark(n, end int, form func(int) string) int {
	if end > 0 && end+3 < n && form(end) == "(" && form(end+2) == ")" {
		end += 3
	}
	if end <= 0 || end >= n {
		return -1
	}
	switch form(end) {
	case ":", "-", "--", "—", "–":
		return end
	}
	return -1
}

// RepairDateline repairs a parse whose words before k are a dateline and
// word k its colon or dash, for callers that know the dateline (the
// parser only spots one in capitals). When the dateline's head has a
// role in the clause and a noun after the punctuation depends on it, that
// noun takes the role and the dateline becomes a loose dependent ("dep")
// of the clause.
func RepairDateline(out []Token, k int) {
	if k <= 0 || k+1 >= len(out) || DatelineMark(len(out), k, func(i int) string { return out[i].Form }) != k {
		return
	}
	h := -1 // the dateline's head: the word whose head is outside it
	for i := 0; i < k; i++ {
		if out[i].Head < 0 || out[i].Head >= k {
			if h >= 0 {
				return // two heads: not one phrase
			}
			h = i
		}
	}
	if h < 0 || out[h].Head < 0 {
		return
	}
	w := -1
	for i := k + 1; i < len(out); i++ {
		if out[i].Head == h && (out[i].UPOS == "NOUN" || out[i].UPOS == "PROPN" || out[i].UPOS == "PRON") {
			w = i
			break
		}
	}
	if w < 0 {
		return
	}
	for i := k + 1; i < len(out); i++ {
		if i != w && out[i].Head == h {
			out[i].Head = w
		}
	}
	out[w].Head, out[w].Rel = out[h].Head, out[h].Rel
	out[h].Head, out[h].Rel = out[w].Head, "dep"
	out[k].Head = h
}

// coordinatedSubjects undoes "Russia and China vetoed" read with two
// subjects of one verb and the conjunction on the verb: a clause has one
// subject, so the second is the first's conjunct and the conjunction
// between them is the second's.
func coordinatedSubjects(out []Token) {
	for a := range out {
		if out[a].Rel != "nsubj" || out[a].Head < 0 {
			continue
		}
		v := out[a].Head
		for b := a + 1; b < v; b++ {
			if out[b].Head == v && out[b].Rel == "nsubj" {
				if cc := conjunctionBetween(out, a, b, v); cc >= 0 {
					out[b].Head, out[b].Rel = a, "conj"
					out[cc].Head = b
				}
				break
			}
		}
	}
}

// conjunctionBetween is the conjunction (on v or on b) between phrases a
// and b when nothing but their words, it and punctuation lies between
// them; -1 otherwise.
func conjunctionBetween(out []Token, a, b, v int) int {
	cc := -1
	for k := a + 1; k < b; k++ {
		switch {
		case out[k].Rel == "cc" && (out[k].Head == v || out[k].Head == b):
			cc = k
		case out[k].UPOS == "PUNCT", ancestor(out, a, k), ancestor(out, b, k):
		default:
			return -1
		}
	}
	return cc
}
