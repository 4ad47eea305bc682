package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind classifies one line of a PETRARCH actor dictionary.
type lineKind uint8

const (
	lineSkip     lineKind = iota // blank or comment only
	linePrimary                  // a new record: phrase and optional [codes]
	lineSynonym                  // "+PHRASE", adds phrases to the record
	lineRestrict                 // "\t[CODE date]", adds codes to the record
	lineBad                      // unparseable
)

// actorLine is one parsed line of an actor dictionary.
type actorLine struct {
	kind    lineKind
	phrases [][]string // normalized token keys, one slice per phrase
	codes   []DatedCode
	reason  string // why the line is bad
}

// parseActorLine parses one line of a PETRARCH/TABARI .actors file:
//
//	PRIMARY_PHRASE_  [CODE]  # comment
//	+SYNONYM_PHRASE_
//		[CODE 20000717-20241208] [OTHER >990101]
//
// Comments start at '#' or ';'. Phrases join words with '_' or blanks.
// A "[---]" code is the null code and is dropped. It never panics.
func parseActorLine(line string) actorLine {
	if !utf8.ValidString(line) {
		line = strings.ToValidUTF8(line, "")
	}
	indented := len(line) > 0 && (line[0] == '\t' || line[0] == ' ')
	if i := strings.IndexAny(line, "#;"); i >= 0 {
		line = line[:i]
	}
	s := strings.TrimSpace(line)
	if s == "" {
		return actorLine{kind: lineSkip}
	}
	// Split off bracketed code groups.
	head, codes, reason := splitCodes(s)
	if reason != "" {
		return actorLine{kind: lineBad, reason: reason}
	}
	head = strings.TrimSpace(head)
	switch {
	case head == "":
		if len(codes) == 0 && !strings.Contains(s, "[---]") {
			return actorLine{kind: lineBad, reason: "no phrase and no code"}
		}
		return actorLine{kind: lineRestrict, codes: codes}
	case head[0] == '+':
		var ps [][]string
		for _, p := range strings.Split(head, "+") {
			if k := phraseKeys(p); len(k) > 0 {
				ps = append(ps, k)
			}
		}
		if len(ps) == 0 {
			return actorLine{kind: lineBad, reason: "empty synonym"}
		}
		return actorLine{kind: lineSynonym, phrases: ps, codes: codes}
	case indented && len(codes) == 0:
		// An indented line without a code is neither a record nor a
		// restriction.
		return actorLine{kind: lineBad, reason: "indented line without code"}
	}
	k := phraseKeys(head)
	if len(k) == 0 {
		return actorLine{kind: lineBad, reason: "empty phrase"}
	}
	if strings.ContainsAny(head, "[]{}") {
		return actorLine{kind: lineBad, reason: "stray bracket"}
	}
	return actorLine{kind: linePrimary, phrases: [][]string{k}, codes: codes}
}

// splitCodes removes every "[...]" group from s and parses it.
func splitCodes(s string) (head string, codes []DatedCode, reason string) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			if strings.IndexByte(s, ']') >= 0 {
				return "", nil, "unbalanced ']'"
			}
			b.WriteString(s)
			return b.String(), codes, ""
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return "", nil, "unclosed '['"
		}
		body := strings.TrimSpace(s[i+1 : i+j])
		s = s[i+j+1:]
		if body == "---" || body == "" {
			continue
		}
		dc, err := parseRestriction(body)
		if err != "" {
			return "", nil, err
		}
		codes = append(codes, dc)
	}
}

// parseRestriction parses "CODE", "CODE <date", "CODE >date" or
// "CODE date-date"; dates are YYMMDD or YYYYMMDD, bounds inclusive.
func parseRestriction(body string) (DatedCode, string) {
	f := strings.Fields(body)
	if len(f) == 3 && (f[1] == "<" || f[1] == ">") { // "[EGYGOV > 140608]"
		f = []string{f[0], f[1] + f[2]}
	}
	if len(f) == 0 || len(f) > 2 {
		return DatedCode{}, "bad code group [" + body + "]"
	}
	code := f[0]
	if !validCode(code) {
		return DatedCode{}, "bad code " + code
	}
	dc := DatedCode{Code: code}
	if len(f) == 1 {
		return dc, ""
	}
	r := f[1]
	var ok bool
	switch {
	case r[0] == '<':
		dc.To, ok = parseDictDate(r[1:])
	case r[0] == '>':
		dc.From, ok = parseDictDate(r[1:])
	default:
		a, b, found := strings.Cut(r, "-")
		if found {
			var ok2 bool
			dc.From, ok = parseDictDate(a)
			dc.To, ok2 = parseDictDate(b)
			ok = ok && ok2
		}
	}
	if !ok {
		return DatedCode{}, "bad date " + r
	}
	return dc, ""
}

func validCode(c string) bool {
	if len(c) < 3 || len(c) > 24 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !(c[i] >= 'A' && c[i] <= 'Z' || c[i] >= '0' && c[i] <= '9') {
			return false
		}
	}
	return true
}

// parseDictDate turns YYMMDD (years < 30 are 20YY) or YYYYMMDD into
// "YYYY-MM-DD".
func parseDictDate(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", false
		}
	}
	var y string
	switch len(s) {
	case 6:
		if s[:2] < "30" {
			y = "20" + s[:2]
		} else {
			y = "19" + s[:2]
		}
		s = s[2:]
	case 8:
		y, s = s[:4], s[4:]
	default:
		return "", false
	}
	m, d := s[:2], s[2:4]
	if m < "01" || m > "12" || d < "01" || d > "31" {
		return "", false
	}
	return y + "-" + m + "-" + d, true
}

// phraseKeys splits a dictionary phrase ("BASHAR_AL_ASSAD_", "Bashar
// al-Assad") into normalized token keys. A possessive "'S" becomes its own
// token, as the text tokenizer splits it off.
func phraseKeys(p string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == '|' || unicode.IsSpace(r) }) {
		k := Key(w)
		if k == "" {
			continue
		}
		if len(k) > 2 && strings.HasSuffix(k, "'S") {
			out = append(out, k[:len(k)-2], "'S")
			continue
		}
		out = append(out, k)
	}
	return out
}

// Key is the matching form of a token: upper case, typographic
// apostrophes and dashes folded to ASCII, common Latin diacritics removed.
// Match applies it to text tokens; dictionary phrases are stored in it.
func Key(tok string) string {
	simple := true
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf || c >= 'a' && c <= 'z' {
			simple = false
			break
		}
	}
	if simple {
		return tok
	}
	var b strings.Builder
	b.Grow(len(tok))
	for _, r := range tok {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteByte(byte(r - 32))
			continue
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
			continue
		}
		switch r {
		case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x00B4:
			b.WriteByte('\'')
			continue
		case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212:
			b.WriteByte('-')
			continue
		}
		if s, ok := unaccent[unicode.ToLower(r)]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

var unaccent = func() map[rune]string {
	m := map[rune]string{'ß': "SS", 'æ': "AE", 'œ': "OE", 'ø': "O", 'ł': "L", 'đ': "D", 'ı': "I"}
	groups := map[string]string{
		"A": "àáâãäåāăą", "C": "çćĉċč", "D": "ď", "E": "èéêëēĕėęě", "G": "ĝğġģ",
		"H": "ĥ", "I": "ìíîïĩīĭįİ", "J": "ĵ", "K": "ķ", "L": "ĺļľ", "N": "ñńņň",
		"O": "òóôõöōŏő", "R": "ŕŗř", "S": "śŝşš", "T": "ţťț", "U": "ùúûüũūŭůűų",
		"W": "ŵ", "Y": "ýÿŷ", "Z": "źżž",
	}
	for base, rs := range groups {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()

// agentLine is one parsed line of the agents dictionary.
type agentLine struct {
	kind    lineKind // lineSkip, linePrimary (an agent), lineBad
	phrases [][]string
	code    string // "~MIL" (suffix) or "IGO~" (prefix)
	reason  string
}

// parseAgentLine parses "PHRASE {PLURAL ...} [~CODE] # comment" with the
// substitution sets subst (marker -> expansions). Regular plurals are
// generated unless "{}" or explicit plurals are given or a marker was
// substituted.
func parseAgentLine(line string, subst map[string][]string) agentLine {
	if !utf8.ValidString(line) {
		line = strings.ToValidUTF8(line, "")
	}
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	s := strings.TrimSpace(line)
	if s == "" || strings.HasPrefix(s, "<!--") {
		return agentLine{kind: lineSkip}
	}
	i := strings.IndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i {
		return agentLine{kind: lineBad, reason: "no [code]"}
	}
	code := strings.TrimSpace(s[i+1 : j])
	if strings.Count(code, "~") != 1 || !validCode(strings.Trim(code, "~")) && len(strings.Trim(code, "~")) > 0 {
		return agentLine{kind: lineBad, reason: "bad agent code " + code}
	}
	if strings.Trim(code, "~") == "" {
		return agentLine{kind: lineBad, reason: "empty agent code"}
	}
	head := s[:i]
	var plurals []string
	explicit := false
	if a := strings.IndexByte(head, '{'); a >= 0 {
		b := strings.IndexByte(head[a:], '}')
		if b < 0 {
			return agentLine{kind: lineBad, reason: "unclosed '{'"}
		}
		explicit = true
		plurals = strings.Fields(head[a+1 : a+b])
		head = head[:a]
	}
	head = strings.TrimSpace(head)
	if head == "" {
		return agentLine{kind: lineBad, reason: "empty phrase"}
	}
	var forms []string
	substituted := false
	for _, f := range expandMarkers(head, subst, &substituted) {
		forms = append(forms, f)
		if !explicit && !substituted {
			forms = append(forms, plural(f))
		}
	}
	for _, p := range plurals {
		forms = append(forms, expandMarkers(p, subst, &substituted)...)
	}
	var out agentLine
	out.kind, out.code = linePrimary, code
	for _, f := range forms {
		if strings.Contains(f, "!") {
			return agentLine{kind: lineBad, reason: "unknown marker in " + f}
		}
		if k := phraseKeys(f); len(k) > 0 {
			out.phrases = append(out.phrases, k)
		}
	}
	if len(out.phrases) == 0 {
		return agentLine{kind: lineBad, reason: "empty phrase"}
	}
	return out
}

// expandMarkers substitutes !MARKER! sets. A marker glued to letters on both
// sides ("AD!MINIST!RATION", an old search-and-replace accident) is read as
// its literal name.
func expandMarkers(p string, subst map[string][]string, did *bool) []string {
	a := strings.IndexByte(p, '!')
	if a < 0 {
		return []string{p}
	}
	b := strings.IndexByte(p[a+1:], '!')
	if b < 0 {
		return []string{p}
	}
	b += a + 1
	name := p[a+1 : b]
	pre, post := p[:a], p[b+1:]
	if pre != "" && post != "" && isLetterByte(pre[len(pre)-1]) && isLetterByte(post[0]) {
		return expandMarkers(pre+name+post, subst, did)
	}
	exp, ok := subst[name]
	if !ok {
		return []string{p}
	}
	*did = true
	var out []string
	for _, e := range exp {
		out = append(out, expandMarkers(pre+e+post, subst, did)...)
	}
	return out
}

func isLetterByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// plural makes the regular plural of a phrase's last word: +S, Y -> IES,
// SS -> SSES. A trailing '_' means no plural.
func plural(p string) string {
	p = strings.TrimRight(p, " ")
	if strings.HasSuffix(p, "_") {
		return p
	}
	u := strings.ToUpper(p)
	switch {
	case strings.HasSuffix(u, "SS"):
		return p + "ES"
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return p[:len(p)-1] + "IES"
	}
	return p + "S"
}

// parseSubst parses "!NAME! = A, B, C".
func parseSubst(line string) (string, []string, bool) {
	s := strings.TrimSpace(line)
	if !strings.HasPrefix(s, "!") {
		return "", nil, false
	}
	name, rest, ok := strings.Cut(s, "=")
	if !ok {
		return "", nil, false
	}
	name = strings.TrimSpace(name)
	if len(name) < 3 || name[len(name)-1] != '!' || strings.Contains(name[1:len(name)-1], "!") {
		return "", nil, false
	}
	var exp []string
	for _, e := range strings.Split(rest, ",") {
		if e = strings.TrimSpace(e); e != "" {
			exp = append(exp, e)
		}
	}
	return name[1 : len(name)-1], exp, len(exp) > 0
}

// parseDiscard parses a discard line ("+WORLD CUP  # comment").
func parseDiscard(line string) []string {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	s := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "+"))
	if s == "" {
		return nil
	}
	return phraseKeys(s)
}
