package coref

import "strings"

// Noun phrases that are not entities ("the study", "researchers", "his
// father") are found without a parser: a determiner, quantifier, number or
// possessive, then up to six words that are not function words, verbs or
// adverbs; the last word is the head. A bare plural noun after a
// preposition, conjunction, comma or at the start of a sentence is one too.
// They compete with the entities for pronouns: "it" after "the study" is
// not an organisation named two sentences back. Links to them are not
// output.

var possessive = set(`his her its their`)

var npStart = set(`the a an this these those some many several all both each every no any few most
	much another such my our your two three four five six seven eight nine ten dozens hundreds thousands
	millions`)

// npStop words end a noun phrase (or cannot begin one).
var npStop = set(`the a an this that these those some many several all both each every no any few most much
	another such my our your his her its their i you he she it we they me him us them who whom whose which
	what where when why how there here not n't and or but nor so yet if than then as because while although
	though since unless until whether also just only even still very too again already always never often
	now soon ever perhaps maybe really quite rather almost about more less own same other else
	one ones s 's ' " '' ` + "``" + ` - -- , . ; : ! ? ( ) [ ] { } / % & *`)

func (r *resolver) npWord(j int) bool {
	w := r.words[j]
	if w == "" || npStop[w] || prepositions[w] || verbs[w] || reporting[w] || modals[w] || beSeem[w] || pronounClass[w] != clsNone {
		return false
	}
	c := w[0]
	if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80) {
		return false
	}
	if strings.HasSuffix(w, "ly") && !lyNouns[w] {
		return false
	}
	return true
}

// vagueHeads head noun phrases that rarely refer ("a lot", "no way").
var vagueHeads = set(`lot lots way rest kind sort bit couple deal number time times thing things part end
	fact case point matter question idea sense`)

// headOK says whether a word can end a noun phrase.
func headOK(w string) bool {
	if strings.HasSuffix(w, "ed") && !edNouns[w] {
		return false
	}
	return !strings.HasSuffix(w, "-") && w != "former" && w != "latter" && w != "first" && w != "last"
}

// nounPhrase reads the words of a noun phrase from token i; end is
// exclusive.
func (r *resolver) nounPhrase(i int) (int, bool) {
	if i >= len(r.words) || i == 0 || r.sentOf[i] != r.sentOf[i-1] {
		return 0, false
	}
	return r.nounPhraseAt(i)
}

func (r *resolver) nounPhraseAt(i int) (int, bool) {
	n := len(r.words)
	j := i
	for j < n && j < i+6 && r.sentOf[j] == r.sentOf[i] && r.npWord(j) {
		w := r.words[j]
		if j > i && strings.HasSuffix(w, "ed") && !edNouns[w] {
			break // "the team used": a participle only right after the determiner
		}
		j++
		// "all tropical cyclones lose": a plural noun then a word that is
		// neither plural nor a name is probably the verb.
		if pluralNoun(w) && j < n && r.raw[j] == r.words[j] && !pluralNoun(r.words[j]) {
			break
		}
	}
	for j > i && !headOK(r.words[j-1]) {
		j--
	}
	return j, j > i
}

// barePlural finds a noun phrase without a determiner whose head is plural
// ("researchers", "tropical cyclones"), at the start of a sentence or after
// a preposition, conjunction, comma, quote mark or number.
func (r *resolver) barePlural(i int) (int, bool) {
	if !r.npWord(i) || verbLike(r.words[i]) {
		return 0, false
	}
	if i > 0 && r.sentOf[i-1] == r.sentOf[i] {
		p := r.words[i-1]
		if !(prepositions[p] || p == "and" || p == "or" || p == "," || p == `"` || p == "(" || p == ":" || p == "other" || p == "more" || p == "fewer" || p == "such" || isNumber(p)) {
			return 0, false
		}
		if r.raw[i] != r.words[i] {
			return 0, false // a capitalised word inside a sentence is a name
		}
	}
	end, ok := r.nounPhraseAt(i)
	if !ok || !pluralNoun(r.words[end-1]) {
		return 0, false
	}
	return end, true
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return false
		}
	}
	return true
}

var lyNouns = set(`family italy july ally rally supply assembly reply anomaly monopoly melee homily bully
	belly jelly lily folly holly`)

var edNouns = set(`bed red shed speed seed creed need feed breed greed hundred kindred sacred`)

var irregularPlurals = map[string]string{
	"people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
	"troops": "troop", "forces": "force", "staff": "staff", "personnel": "personnel", "cattle": "cattle",
}

var singularS = set(`news series species politics economics mathematics physics aids bus gas lens thesis
	crisis analysis basis status campus virus census consensus chaos this has was his its is us yes
	perhaps always sometimes towards besides whereas means headquarters diabetes measles ethics
	athletics gymnastics linguistics statistics tennis chess texas paris`)

func pluralNoun(w string) bool {
	if _, ok := irregularPlurals[w]; ok {
		return true
	}
	if len(w) <= 3 || singularS[w] || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous", "'s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

func singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// agentive says whether a noun names a person by its suffix
// ("journalist", "politician").
func agentive(w string) bool {
	s := singular(w)
	return strings.HasSuffix(s, "ist") || strings.HasSuffix(s, "ician") || strings.HasSuffix(s, "eer") && s != "beer" && s != "career" ||
		strings.HasSuffix(s, "man") && s != "human" || strings.HasSuffix(s, "woman") || strings.HasSuffix(s, "person")
}

var personNouns = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields(`man boy father son brother husband king prince grandfather uncle nephew
		gentleman guy monk priest sir lord businessman chairman congressman spokesman dad`) {
		m[w] = genMale
	}
	for _, w := range strings.Fields(`woman girl mother daughter sister wife queen princess grandmother aunt
		niece lady nun actress businesswoman chairwoman congresswoman spokeswoman mom mum widow`) {
		m[w] = genFemale
	}
	for _, w := range strings.Fields(`person child baby kid teenager adult parent friend member leader
		president minister official officer soldier fighter militant rebel insurgent commander general
		governor mayor senator lawmaker politician diplomat ambassador envoy secretary spokesperson
		director manager chief head owner founder author writer reporter journalist editor photographer
		artist actor singer player coach athlete fan student teacher professor researcher scientist
		doctor nurse patient victim survivor witness suspect prisoner detainee defendant lawyer attorney
		judge prosecutor police officer agent worker employee employer customer client user citizen
		resident villager civilian refugee migrant immigrant voter candidate winner loser hero
		expert analyst critic supporter opponent protester activist demonstrator bartender chef
		driver pilot captain sailor fisherman farmer engineer designer developer programmer
		psychologist economist historian mathematician physicist chemist biologist geologist
		neighbour neighbor relative cousin partner colleague boss interviewer interviewee host guest
		participant contestant competitor volunteer organizer organiser member individual someone
		somebody anyone everyone nobody citizen inmate hostage captive pupil graduate`) {
		if _, ok := m[w]; !ok {
			m[w] = genUnknown
		}
	}
	return m
}()

var collectiveNouns = set(`team government group company party council committee organisation organization
	band club family police army military staff crew administration agency firm board union audience public
	community government ministry department navy regime coalition alliance movement network media press
	parliament congress senate court jury panel class population authority`)

// HumanNoun reports whether noun w (any case, singular or plural) names a
// person or a body of people: "journalists", "the court", "protesters",
// "police". The event coder codes such phrases as unnamed actors.
func HumanNoun(w string) bool {
	w, s := lowerSingular(w)
	return PersonNoun(w) || collectiveNouns[s] || collectiveNouns[w] || s == "troop" || s == "force"
}

// PersonNoun reports whether noun w (any case, singular or plural) names
// a person ("rebels", "militant"), not a body of people ("the military").
func PersonNoun(w string) bool {
	w, s := lowerSingular(w)
	_, person := personNouns[s]
	return person || agentive(w)
}

// lowerSingular is w lower-cased and its singular.
func lowerSingular(w string) (lower, sing string) {
	w = strings.ToLower(w)
	if irr, ok := irregularPlurals[w]; ok {
		return w, irr
	}
	if pluralNoun(w) {
		return w, singular(w)
	}
	return w, w
}

// CollectiveNoun reports whether singular noun w names a body of people
// ("court", "government").
func CollectiveNoun(w string) bool { return collectiveNouns[strings.ToLower(w)] }
