package syntax

import (
	"fmt"
	"testing"
)

func TestPromotePredicate(t *testing.T) {
	cases := []struct {
		name  string
		in    []Token
		root  int
		want  int   // new root
		heads []int // heads afterwards
	}{
		{
			name: "finite verb read as a reduced relative",
			// The government seized control .
			in: []Token{
				tokX("The", "DET", "DT", 1, "det"),
				tokX("government", "NOUN", "NN", -1, "root"),
				tokX("seized", "VERB", "VBD", 1, "acl"),
				tokX("control", "NOUN", "NN", 2, "obj"),
				tokX(".", "PUNCT", ".", 1, "punct"),
			},
			root: 1, want: 2, heads: []int{1, 2, -1, 2, 2},
		},
		{
			name: "a relative clause without a subject or a pronoun, with a participle and its object",
			// Clinton Administration reduced aid .
			in: []Token{
				tokX("Clinton", "PROPN", "NNP", -1, "root"),
				tokX("Administration", "PROPN", "NNP", 0, "flat"),
				tokX("reduced", "VERB", "VBN", 0, "acl:relcl"),
				tokX("aid", "NOUN", "NN", 2, "obj"),
				tokX(".", "PUNCT", ".", 0, "punct"),
			},
			root: 0, want: 2, heads: []int{2, 0, -1, 2, 2},
		},
		{
			name: "a participle stays a reduced relative",
			// Troops sent to the border .
			in: []Token{
				tokX("Troops", "NOUN", "NNS", -1, "root"),
				tokX("sent", "VERB", "VBN", 0, "acl"),
				tokX("north", "ADV", "RB", 1, "advmod"),
				tokX(".", "PUNCT", ".", 0, "punct"),
			},
			root: 0, want: 0, heads: []int{-1, 0, 1, 0},
		},
		{
			name: "a verb with a subject of its own is left alone",
			// The day they left .
			in: []Token{
				tokX("The", "DET", "DT", 1, "det"),
				tokX("day", "NOUN", "NN", -1, "root"),
				tokX("they", "PRON", "PRP", 3, "nsubj"),
				tokX("left", "VERB", "VBD", 1, "acl"),
				tokX(".", "PUNCT", ".", 1, "punct"),
			},
			root: 1, want: 1, heads: []int{1, -1, 3, 1, 1},
		},
	}
	for _, c := range cases {
		got := promotePredicate(c.in, c.root)
		if got != c.want {
			t.Errorf("%s: root %d, want %d", c.name, got, c.want)
		}
		for i, h := range c.heads {
			if c.in[i].Head != h {
				t.Errorf("%s: head of %q is %d, want %d", c.name, c.in[i].Form, c.in[i].Head, h)
			}
		}
	}
}

func TestSubjectOfClause(t *testing.T) {
	// Talks began after the army released prisoners .
	in := []Token{
		tokX("Talks", "NOUN", "NNS", 1, "nsubj"),
		tokX("began", "VERB", "VBD", -1, "root"),
		tokX("after", "ADP", "IN", 4, "case"),
		tokX("the", "DET", "DT", 4, "det"),
		tokX("army", "NOUN", "NN", 1, "obl"),
		tokX("released", "VERB", "VBN", 1, "advcl"),
		tokX("prisoners", "NOUN", "NNS", 5, "obj"),
		tokX(".", "PUNCT", ".", 1, "punct"),
	}
	subjectOfClause(in)
	if in[4].Head != 5 || in[4].Rel != "nsubj" || in[2].Head != 5 || in[2].Rel != "mark" || in[5].XPOS != "VBD" {
		t.Errorf("not repaired: %+v", in)
	}
	// Talks began after the troops deployed . (a participle without an
	// object may be a reduced relative, and is left alone)
	in = []Token{
		tokX("Talks", "NOUN", "NNS", 1, "nsubj"),
		tokX("began", "VERB", "VBD", -1, "root"),
		tokX("after", "ADP", "IN", 4, "case"),
		tokX("the", "DET", "DT", 4, "det"),
		tokX("troops", "NOUN", "NNS", 1, "obl"),
		tokX("deployed", "VERB", "VBN", 4, "acl"),
		tokX(".", "PUNCT", ".", 1, "punct"),
	}
	subjectOfClause(in)
	if in[4].Head != 1 || in[4].Rel != "obl" {
		t.Errorf("a reduced relative was changed: %+v", in)
	}
}

func TestObjectAfterAtLeast(t *testing.T) {
	cases := []struct {
		name string
		in   []Token
		d    int    // the word to check
		want string // its relation afterwards
	}{
		{
			name: "at least N nouns as an oblique is the object",
			// Rebels freed at least 19 hostages .
			in: []Token{
				tok("Rebels", "NOUN", 1, "nsubj"), tok("freed", "VERB", -1, "root"),
				tok("at", "ADP", 3, "case"), tok("least", "ADJ", 4, "nmod"), tok("19", "NUM", 5, "nummod"),
				tok("hostages", "NOUN", 1, "obl:agent"), tok(".", "PUNCT", 1, "punct"),
			},
			d: 5, want: "obj",
		},
		{
			name: "an oblique with a preposition of its own stays",
			// Rebels fled to at least 3 towns .
			in: []Token{
				tok("Rebels", "NOUN", 1, "nsubj"), tok("fled", "VERB", -1, "root"),
				tok("to", "ADP", 6, "case"), tok("at", "ADP", 4, "case"), tok("least", "ADJ", 5, "nmod"),
				tok("3", "NUM", 6, "nummod"), tok("towns", "NOUN", 1, "obl"), tok(".", "PUNCT", 1, "punct"),
			},
			d: 6, want: "obl",
		},
		{
			name: "a verb with an object keeps its oblique",
			// Rebels held them at least 3 days .
			in: []Token{
				tok("Rebels", "NOUN", 1, "nsubj"), tok("held", "VERB", -1, "root"), tok("them", "PRON", 1, "obj"),
				tok("at", "ADP", 4, "case"), tok("least", "ADJ", 5, "nmod"), tok("3", "NUM", 6, "nummod"),
				tok("days", "NOUN", 1, "obl"), tok(".", "PUNCT", 1, "punct"),
			},
			d: 6, want: "obl",
		},
	}
	for _, c := range cases {
		objectAfterAtLeast(c.in)
		if got := c.in[c.d].Rel; got != c.want {
			t.Errorf("%s: %q is %s, want %s", c.name, c.in[c.d].Form, got, c.want)
		}
	}
}

func TestSubjectOfClauseLongPhrase(t *testing.T) {
	// Jets struck after the house of parliament approved it .
	in := []Token{
		tokX("Jets", "NOUN", "NNS", 1, "nsubj"),
		tokX("struck", "VERB", "VBD", -1, "root"),
		tokX("after", "ADP", "IN", 4, "case"),
		tokX("the", "DET", "DT", 4, "det"),
		tokX("house", "NOUN", "NN", 1, "obl"),
		tokX("of", "ADP", "IN", 6, "case"),
		tokX("parliament", "NOUN", "NN", 4, "nmod"),
		tokX("approved", "VERB", "VBD", 1, "conj"),
		tokX("it", "PRON", "PRP", 7, "obj"),
		tokX(".", "PUNCT", ".", 1, "punct"),
	}
	subjectOfClause(in)
	if in[4].Head != 7 || in[4].Rel != "nsubj" || in[2].Head != 7 || in[2].Rel != "mark" {
		t.Errorf("not repaired: %+v", in)
	}
}

func TestSubjectOfComplement(t *testing.T) {
	// Officials said Moscow had warned Washington .
	in := []Token{
		tok("Officials", "NOUN", 1, "nsubj"),
		tok("said", "VERB", -1, "root"),
		tok("Moscow", "PROPN", 1, "nsubj"),
		tok("had", "AUX", 4, "aux"),
		tok("warned", "VERB", 1, "ccomp"),
		tok("Washington", "PROPN", 4, "obj"),
		tok(".", "PUNCT", 1, "punct"),
	}
	subjectOfComplement(in)
	if in[2].Head != 4 || in[2].Rel != "nsubj" || in[0].Head != 1 {
		t.Errorf("not repaired: %+v", in)
	}
	// "..., said Moscow ." with no complement after it is left alone
	in = []Token{
		tok("Talks", "NOUN", 1, "nsubj"),
		tok("failed", "VERB", 3, "ccomp"),
		tok(",", "PUNCT", 3, "punct"),
		tok("said", "VERB", -1, "root"),
		tok("Moscow", "PROPN", 3, "nsubj"),
		tok(".", "PUNCT", 3, "punct"),
	}
	subjectOfComplement(in)
	if in[4].Head != 3 {
		t.Errorf("an inverted subject was moved: %+v", in)
	}
}

func TestObjectFromSecondSubject(t *testing.T) {
	// Erdogan will meet his counterpart .
	in := []Token{
		tok("Erdogan", "PROPN", 2, "nsubj"),
		tok("will", "AUX", 2, "aux"),
		tok("meet", "VERB", -1, "root"),
		tok("his", "PRON", 4, "nmod:poss"),
		tok("counterpart", "NOUN", 2, "nsubj"),
		tok(".", "PUNCT", 2, "punct"),
	}
	objectFromSecondSubject(in)
	if in[4].Rel != "obj" || in[0].Rel != "nsubj" {
		t.Errorf("not repaired: %+v", in)
	}
	// "Turkey Iran agreed" (two subjects before the verb) is left alone
	in = []Token{
		tok("Turkey", "PROPN", 2, "nsubj"),
		tok("Iran", "PROPN", 2, "nsubj"),
		tok("agreed", "VERB", -1, "root"),
	}
	objectFromSecondSubject(in)
	if in[0].Rel != "nsubj" || in[1].Rel != "nsubj" {
		t.Errorf("subjects before the verb changed: %+v", in)
	}
}

func TestThatComplementizer(t *testing.T) {
	// reports that forces killed civilians
	in := []Token{
		tok("reports", "NOUN", -1, "root"),
		tok("that", "PRON", 3, "obj"),
		tok("forces", "NOUN", 3, "nsubj"),
		tok("killed", "VERB", 0, "acl:relcl"),
		tok("civilians", "NOUN", 3, "obj"),
	}
	thatComplementizer(in)
	if in[1].Rel != "mark" || in[3].Rel != "acl" {
		t.Errorf("not repaired: %+v", in)
	}
	// the town that forces shelled: a true relative clause
	in = []Token{
		tok("town", "NOUN", -1, "root"),
		tok("that", "PRON", 3, "obj"),
		tok("forces", "NOUN", 3, "nsubj"),
		tok("shelled", "VERB", 0, "acl:relcl"),
	}
	thatComplementizer(in)
	if in[1].Rel != "obj" || in[3].Rel != "acl:relcl" {
		t.Errorf("a relative clause was changed: %+v", in)
	}
}

// tok is a parsed word for the repair tests; tokX one with its Penn tag.
func tok(form, upos string, head int, rel string) Token {
	return Token{Form: form, UPOS: upos, Head: head, Rel: rel}
}

func tokX(form, upos, xpos string, head int, rel string) Token {
	return Token{Form: form, UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
}

func withLemma(tk Token, lemma string) Token {
	tk.Lemma = lemma
	return tk
}

func TestPredicateFromModifier(t *testing.T) {
	cases := []struct {
		name  string
		in    []Token
		root  int
		want  int   // new root
		heads []int // heads afterwards
	}{
		{
			name: "subject on the verb read as an adjective",
			// Officials shared evidence with Kenya .
			in: []Token{
				tokX("Officials", "NOUN", "NNS", 1, "nsubj"),
				tokX("shared", "VERB", "VBN", 2, "amod"),
				tokX("evidence", "NOUN", "NN", -1, "root"),
				tokX("with", "ADP", "IN", 4, "case"),
				tokX("Kenya", "PROPN", "NNP", 2, "nmod"),
				tokX(".", "PUNCT", ".", 2, "punct"),
			},
			root: 2, want: 1, heads: []int{1, -1, 1, 4, 2, 1},
		},
		{
			name: "subject on the noun, before the verb",
			// Officials shared evidence on Monday .
			in: []Token{
				tokX("Officials", "NOUN", "NNS", 2, "nsubj"),
				tokX("shared", "VERB", "VBN", 2, "amod"),
				tokX("evidence", "NOUN", "NN", -1, "root"),
				tokX("on", "ADP", "IN", 4, "case"),
				tokX("Monday", "PROPN", "NNP", 2, "obl"),
				tokX(".", "PUNCT", ".", 2, "punct"),
			},
			root: 2, want: 1, heads: []int{1, -1, 1, 4, 1, 1},
		},
		{
			name: "a headline noun phrase with no subject stays",
			// Shared evidence .
			in: []Token{
				tokX("Shared", "VERB", "VBN", 1, "amod"),
				tokX("evidence", "NOUN", "NN", -1, "root"),
				tokX(".", "PUNCT", ".", 1, "punct"),
			},
			root: 1, want: 1, heads: []int{1, -1, 1},
		},
		{
			name: "a copular clause stays",
			// They are shared values .
			in: []Token{
				tokX("They", "PRON", "PRP", 3, "nsubj"),
				tokX("are", "AUX", "VBP", 3, "cop"),
				tokX("shared", "VERB", "VBN", 3, "amod"),
				tokX("values", "NOUN", "NNS", -1, "root"),
			},
			root: 3, want: 3, heads: []int{3, 3, 3, -1},
		},
	}
	for _, tc := range cases {
		got := predicateFromModifier(tc.in, tc.root)
		if got != tc.want {
			t.Errorf("%s: root %d, want %d", tc.name, got, tc.want)
		}
		for i, h := range tc.heads {
			if tc.in[i].Head != h {
				t.Errorf("%s: word %d %q head %d, want %d", tc.name, i, tc.in[i].Form, tc.in[i].Head, h)
			}
		}
	}
}

// TestWordRepairs: the repairs that relabel or re-tag words after
// parsing. want gives, for the words checked, "head rel UPOS" afterwards.
func TestWordRepairs(t *testing.T) {
	cases := []struct {
		name   string
		repair func([]Token)
		in     []Token
		want   map[int]string
		xpos   map[int]string // Penn tags afterwards, where checked
	}{
		{
			name:   "dislocated subject of a passive, the name in apposition",
			repair: subjectFromDislocated,
			// A reporter , Ana Ruiz , was arrested .
			in: []Token{
				tokX("A", "DET", "DT", 1, "det"),
				tokX("reporter", "NOUN", "NN", 7, "dislocated"),
				tokX(",", "PUNCT", ",", 3, "punct"),
				tokX("Ana", "PROPN", "NNP", 1, "obj"),
				tokX("Ruiz", "PROPN", "NNP", 3, "flat"),
				tokX(",", "PUNCT", ",", 1, "punct"),
				tokX("was", "AUX", "VBD", 7, "aux:pass"),
				tokX("arrested", "VERB", "VBN", -1, "root"),
				tokX(".", "PUNCT", ".", 7, "punct"),
			},
			want: map[int]string{1: "7 nsubj:pass NOUN", 3: "1 appos PROPN"},
		},
		{
			name:   "a verb with a subject of its own keeps the dislocated phrase",
			repair: subjectFromDislocated,
			// Taxes , they raised them .
			in: []Token{
				tokX("Taxes", "NOUN", "NNS", 3, "dislocated"),
				tokX(",", "PUNCT", ",", 0, "punct"),
				tokX("they", "PRON", "PRP", 3, "nsubj"),
				tokX("raised", "VERB", "VBD", -1, "root"),
				tokX("them", "PRON", "PRP", 3, "obj"),
			},
			want: map[int]string{0: "3 dislocated NOUN", 4: "3 obj PRON"},
		},
		{
			name:   "an opening participle is its noun's adjective",
			repair: participleModifier,
			// Jailed activist Ana Ruiz has ended her strike .
			in: []Token{
				tokX("Jailed", "VERB", "VBN", 5, "advcl"),
				tokX("activist", "NOUN", "NN", 0, "obl:agent"),
				tokX("Ana", "PROPN", "NNP", 1, "flat"),
				tokX("Ruiz", "PROPN", "NNP", 1, "flat"),
				tokX("has", "AUX", "VBZ", 5, "aux"),
				tokX("ended", "VERB", "VBN", -1, "root"),
				tokX("her", "PRON", "PRP$", 7, "nmod:poss"),
				tokX("strike", "NOUN", "NN", 5, "obj"),
			},
			want: map[int]string{0: "1 amod VERB", 1: "5 nsubj NOUN"},
		},
		{
			name:   "a participle clause with its agent stays",
			repair: participleModifier,
			// Detained by police , students refused .
			in: []Token{
				tokX("Detained", "VERB", "VBN", 5, "advcl"),
				tokX("by", "ADP", "IN", 2, "case"),
				tokX("police", "NOUN", "NN", 0, "obl:agent"),
				tokX(",", "PUNCT", ",", 0, "punct"),
				tokX("students", "NOUN", "NNS", 5, "obl"),
				tokX("refused", "VERB", "VBD", -1, "root"),
			},
			want: map[int]string{0: "5 advcl VERB", 2: "0 obl:agent NOUN"},
		},
		{
			name:   "names as the subject of the noun after them are its modifiers",
			repair: modifierFromFirstSubject,
			// Army and Navy commanders met .
			in: []Token{
				tokX("Army", "PROPN", "NNP", 3, "nsubj"),
				tokX("and", "CCONJ", "CC", 2, "cc"),
				tokX("Navy", "PROPN", "NNP", 0, "conj"),
				tokX("commanders", "NOUN", "NNS", 4, "nsubj"),
				tokX("met", "VERB", "VBD", -1, "root"),
			},
			want: map[int]string{0: "3 compound PROPN"},
		},
		{
			name:   "a copular noun keeps its subject",
			repair: modifierFromFirstSubject,
			// Paris is a city
			in: []Token{
				tokX("Paris", "PROPN", "NNP", 3, "nsubj"),
				tokX("is", "AUX", "VBZ", 3, "cop"),
				tokX("a", "DET", "DT", 3, "det"),
				tokX("city", "NOUN", "NN", -1, "root"),
			},
			want: map[int]string{0: "3 nsubj PROPN"},
		},
		{
			name:   "to + a noun with an object is an infinitive",
			repair: verbAfterTo,
			// Rebels threatened to shell the town .
			in: []Token{
				tokX("Rebels", "NOUN", "NNS", 1, "nsubj"),
				tokX("threatened", "VERB", "VBD", -1, "root"),
				tokX("to", "ADP", "IN", 3, "case"),
				tokX("shell", "NOUN", "NN", 1, "advcl"),
				tokX("the", "DET", "DT", 5, "det"),
				tokX("town", "NOUN", "NN", 3, "obj"),
			},
			want: map[int]string{2: "3 mark PART", 3: "1 advcl VERB"},
		},
		{
			name:   "a noun after to with no object stays",
			repair: verbAfterTo,
			// She went to school
			in: []Token{
				tokX("She", "PRON", "PRP", 1, "nsubj"),
				tokX("went", "VERB", "VBD", -1, "root"),
				tokX("to", "ADP", "IN", 3, "case"),
				tokX("school", "NOUN", "NN", 1, "obl"),
			},
			want: map[int]string{2: "3 case ADP", 3: "1 obl NOUN"},
		},
		{
			name:   "second half of a hyphenated adjective read as a clause",
			repair: hyphenModifier,
			// They lifted long - standing sanctions against Sudan .
			in: []Token{
				tokX("They", "PRON", "PRP", 1, "nsubj"),
				tokX("lifted", "VERB", "VBD", -1, "root"),
				tokX("long", "ADV", "RB", 4, "advmod"),
				tokX("-", "PUNCT", "HYPH", 2, "punct"),
				tokX("standing", "VERB", "VBG", 1, "ccomp"),
				tokX("sanctions", "NOUN", "NNS", 4, "obj"),
				tokX("against", "ADP", "IN", 7, "case"),
				tokX("Sudan", "PROPN", "NNP", 4, "obl"),
				tokX(".", "PUNCT", ".", 1, "punct"),
			},
			want: map[int]string{0: "1 nsubj PRON", 1: "-1 root VERB", 2: "4 advmod ADV", 3: "2 punct PUNCT", 4: "5 amod ADJ",
				5: "1 obj NOUN", 6: "7 case ADP", 7: "1 obl PROPN", 8: "1 punct PUNCT"},
		},
		{
			name:   "a hyphenated word that is the root stays",
			repair: hyphenModifier,
			// long - running rebels
			in: []Token{
				tokX("long", "ADV", "RB", 2, "advmod"),
				tokX("-", "PUNCT", "HYPH", 0, "punct"),
				tokX("running", "VERB", "VBG", -1, "root"),
				tokX("rebels", "NOUN", "NNS", 2, "obj"),
			},
			want: map[int]string{0: "2 advmod ADV", 1: "0 punct PUNCT", 2: "-1 root VERB", 3: "2 obj NOUN"},
		},
		{
			name:   "a dateline in capitals read as the subject",
			repair: datelineSubject,
			// UNITED NATIONS : Russia vetoed it .
			in: []Token{
				tokX("UNITED", "PROPN", "NNP", 1, "compound"),
				tokX("NATIONS", "PROPN", "NNPS", 4, "nsubj"),
				tokX(":", "PUNCT", ":", 1, "punct"),
				tokX("Russia", "PROPN", "NNP", 1, "appos"),
				tokX("vetoed", "VERB", "VBD", -1, "root"),
				tokX("it", "PRON", "PRP", 4, "obj"),
				tokX(".", "PUNCT", ".", 4, "punct"),
			},
			want: map[int]string{1: "4 dep PROPN", 3: "4 nsubj PROPN"},
		},
		{
			name:   "capitals without a colon or dash are no dateline",
			repair: datelineSubject,
			in: []Token{
				tokX("NATO", "PROPN", "NNP", 1, "nsubj"),
				tokX("warned", "VERB", "VBD", -1, "root"),
				tokX("Russia", "PROPN", "NNP", 1, "obj"),
			},
			want: map[int]string{0: "1 nsubj PROPN", 2: "1 obj PROPN"},
		},
		{
			name:   "two subjects joined by a conjunction on the verb",
			repair: coordinatedSubjects,
			// Russia and China vetoed it .
			in: []Token{
				tokX("Russia", "PROPN", "NNP", 3, "nsubj"),
				tokX("and", "CCONJ", "CC", 3, "cc"),
				tokX("China", "PROPN", "NNP", 3, "nsubj"),
				tokX("vetoed", "VERB", "VBD", -1, "root"),
				tokX("it", "PRON", "PRP", 3, "obj"),
			},
			want: map[int]string{1: "2 cc CCONJ", 2: "0 conj PROPN"},
		},
		{
			name:   "two subjects with other words between them stay",
			repair: coordinatedSubjects,
			in: []Token{
				tokX("Russia", "PROPN", "NNP", 4, "nsubj"),
				tokX("said", "VERB", "VBD", 4, "parataxis"),
				tokX("and", "CCONJ", "CC", 4, "cc"),
				tokX("China", "PROPN", "NNP", 4, "nsubj"),
				tokX("vetoed", "VERB", "VBD", -1, "root"),
			},
			want: map[int]string{3: "4 nsubj PROPN"},
		},
		{
			name:   "the object of say before a copular complement is its subject",
			repair: subjectOfComplement,
			// They said the attack was a crime .
			in: []Token{
				tokX("They", "PRON", "PRP", 1, "nsubj"),
				withLemma(tokX("said", "VERB", "VBD", -1, "root"), "say"),
				tokX("the", "DET", "DT", 3, "det"),
				tokX("attack", "NOUN", "NN", 1, "obj"),
				tokX("was", "AUX", "VBD", 6, "cop"),
				tokX("a", "DET", "DT", 6, "det"),
				tokX("crime", "NOUN", "NN", 1, "ccomp"),
			},
			want: map[int]string{3: "6 nsubj NOUN"},
		},
		{
			name:   "the addressee of tell stays its object",
			repair: subjectOfComplement,
			// He told Reuters talks failed
			in: []Token{
				tokX("He", "PRON", "PRP", 1, "nsubj"),
				withLemma(tokX("told", "VERB", "VBD", -1, "root"), "tell"),
				tokX("Reuters", "PROPN", "NNP", 1, "obj"),
				tokX("talks", "NOUN", "NNS", 4, "nsubj"),
				tokX("failed", "VERB", "VBD", 1, "ccomp"),
			},
			want: map[int]string{2: "1 obj PROPN"},
		},
		{
			name:   "a noun with a subject and a participle between is a clause",
			repair: clauseFromModifier,
			// Officials say U.S. attack caused deaths .
			in: []Token{
				tokX("Officials", "NOUN", "NNS", 1, "nsubj"),
				tokX("say", "VERB", "VBP", -1, "root"),
				tokX("U.S.", "PROPN", "NNP", 3, "compound"),
				tokX("attack", "NOUN", "NN", 5, "nsubj"),
				tokX("caused", "VERB", "VBN", 5, "amod"),
				tokX("deaths", "NOUN", "NNS", 1, "obj"),
				tokX(".", "PUNCT", ".", 1, "punct"),
			},
			want: map[int]string{0: "1 nsubj NOUN", 1: "-1 root VERB", 2: "3 compound PROPN", 3: "4 nsubj NOUN",
				4: "1 ccomp VERB", 5: "4 obj NOUN", 6: "1 punct PUNCT"},
			xpos: map[int]string{4: "VBD"},
		},
	}
	for _, c := range cases {
		c.repair(c.in)
		for i, w := range c.want {
			tk := c.in[i]
			if got := fmt.Sprintf("%d %s %s", tk.Head, tk.Rel, tk.UPOS); got != w {
				t.Errorf("%s: %q is %q, want %q", c.name, tk.Form, got, w)
			}
		}
		for i, x := range c.xpos {
			if c.in[i].XPOS != x {
				t.Errorf("%s: %q tagged %s, want %s", c.name, c.in[i].Form, c.in[i].XPOS, x)
			}
		}
	}
	// verbAfterTo also gives the verb its tag and the marker its own
	if in := cases[6].in; in[3].XPOS != "VB" || in[2].XPOS != "TO" {
		t.Errorf("shell %s, to %s; want VB, TO", in[3].XPOS, in[2].XPOS)
	}
}

func TestPredicateForObject(t *testing.T) {
	// The chief bluntly rejected the suggestion . -- read as a noun root
	// with "suggestion" its object and "rejected" that object's adjective
	in := []Token{
		tokX("The", "DET", "DT", 1, "det"),
		tokX("chief", "NOUN", "NN", -1, "root"),
		tokX("bluntly", "ADV", "RB", 3, "advmod"),
		tokX("rejected", "VERB", "VBN", 5, "amod"),
		tokX("the", "DET", "DT", 5, "det"),
		tokX("suggestion", "NOUN", "NN", 1, "obj"),
		tokX(".", "PUNCT", ".", 1, "punct"),
	}
	out := append([]Token(nil), in...)
	if root := predicateForObject(out, 1); root != 3 {
		t.Fatalf("root %d, want 3", root)
	}
	want := []int{1, 3, 3, -1, 5, 3, 3}
	for i, h := range want {
		if out[i].Head != h {
			t.Errorf("token %d %q: head %d, want %d", i, out[i].Form, out[i].Head, h)
		}
	}
	if out[1].Rel != "nsubj" || out[3].XPOS != "VBD" {
		t.Errorf("subject %s, verb %s", out[1].Rel, out[3].XPOS)
	}
	// a noun root without an object is left alone
	np := []Token{tokX("Troops", "NOUN", "NNS", -1, "root"), tokX("deployed", "VERB", "VBN", 0, "acl")}
	if root := predicateForObject(np, 0); root != 0 || np[1].Head != 0 {
		t.Errorf("noun phrase changed: root %d, %+v", root, np)
	}
}
