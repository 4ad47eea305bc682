package text

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota + 1 // starts with a letter (or mark)
	kNum                    // starts with a digit
	kURL                    // URL or e-mail address
	kPunct                  // punctuation or symbol (a run for . ! ? and -)
)

// Whitespace before a token.
const (
	gapNone  uint8 = iota // attached to the previous token
	gapSpace              // spaces, no line break
	gapLine               // exactly one line break
	gapPara               // two or more line breaks (or start of text)
)

// Shape bits of a token.
const (
	shUpper  uint8 = 1 << iota // first rune is an upper-case (or title-case) letter
	shLower                    // first rune is a lower-case letter
	shDot                      // has an internal '.'
	shSingle                   // exactly one rune
	shClitic                   // a clitic split off a word ('s, n't)
)

// token is the lexer's unit. Byte offsets serve look-ups, rune offsets the
// output spans.
type token struct {
	bs, be int32 // byte range in s
	rs, re int32 // rune range in s
	kind   uint8
	gap    uint8
	shape  uint8
	r      rune // folded first rune
}

// ASCII character classes.
const (
	cSpace uint8 = 1 << iota
	cNL
	cUpper
	cLower
	cDigit
)

var ascii [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		switch {
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			ascii[c] = cSpace | cNL
		case c == ' ' || c == '\t':
			ascii[c] = cSpace
		case 'A' <= c && c <= 'Z':
			ascii[c] = cUpper
		case 'a' <= c && c <= 'z':
			ascii[c] = cLower
		case '0' <= c && c <= '9':
			ascii[c] = cDigit
		}
	}
}

func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// spaceKind reports whether r is white space (unicode.IsSpace) and whether
// it breaks a line.
func spaceKind(r rune) (space, nl bool) {
	if r < 0x80 {
		k := ascii[r]
		return k&cSpace != 0, k&cNL != 0
	}
	switch r {
	case 0x85, 0x2028, 0x2029:
		return true, true
	}
	return unicode.IsSpace(r), false
}

func isLetter(r rune) bool {
	if r < 0x80 {
		return ascii[r]&(cUpper|cLower) != 0
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < 0x80 {
		return ascii[r]&cDigit != 0
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < 0x80 {
		return ascii[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < 0x80 {
		return ascii[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return ascii[r]&(cUpper|cLower|cDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isWordRune: runes that make up words: letters, numbers, combining marks,
// format characters (zero-width joiners, soft hyphens) and '_'.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return ascii[r]&(cUpper|cLower|cDigit) != 0 || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

func isApos(r rune) bool { return r == '\'' || r == 0x2019 || r == 0x02BC }

// lex splits s into tokens, appending to toks.
func lex(s string, toks []token) []token {
	n := len(s)
	var rp int32 // rune index of s[i]
	gap := gapPara
	for i := 0; i < n; {
		r, size := decodeAt(s, i)
		if sp, nl := spaceKind(r); sp {
			lines := 0
			prev := rune(0)
			for {
				if nl && !(r == '\n' && prev == '\r') {
					lines++
				}
				prev = r
				i += size
				rp++
				if i >= n {
					break
				}
				r, size = decodeAt(s, i)
				if sp, nl = spaceKind(r); !sp {
					break
				}
			}
			if gap != gapPara {
				switch {
				case lines >= 2:
					gap = gapPara
				case lines == 1:
					gap = gapLine
				default:
					gap = gapSpace
				}
			}
			continue
		}
		t := token{bs: int32(i), rs: rp, gap: gap}
		gap = gapNone
		if isWordRune(r) {
			if (r == 'h' || r == 'H' || r == 'w' || r == 'W' || r == 'f' || r == 'F') && urlStart(s[i:]) {
				end, rend := scanURL(s, i, rp)
				t.be, t.re, t.kind, t.r = int32(end), rend, kURL, r
				if isLower(r) {
					t.shape = shLower
				} else {
					t.shape = shUpper
				}
				toks = append(toks, t)
				i, rp = end, rend
				continue
			}
			var apos bool
			i, rp, apos = scanWord(s, i, rp, &t)
			if apos {
				if cut := cliticStart(s[t.bs:t.be]); cut > 0 {
					c := t
					c.bs = t.bs + int32(cut)
					c.re = t.re
					c.rs = t.re - int32(utf8.RuneCountInString(s[c.bs:c.be]))
					c.gap = gapNone
					c.kind = kWord
					c.shape = shClitic
					c.r, _ = decodeAt(s, int(c.bs))
					c.r = Fold(c.r)
					t.be, t.re = c.bs, c.rs
					if t.re-t.rs == 1 {
						t.shape |= shSingle
					}
					toks = append(toks, t, c)
					continue
				}
			}
			toks = append(toks, t)
			continue
		}
		// Punctuation and symbols.
		t.kind = kPunct
		t.r = Fold(r)
		i += size
		rp++
		switch r {
		case '.':
			for i < n && s[i] == '.' {
				i++
				rp++
			}
		case '-':
			for i < n && s[i] == '-' {
				i++
				rp++
			}
		case '!', '?', 0x203C, 0x2047, 0x2048, 0x2049, 0x061F, 0xFF01, 0xFF1F:
			if r != '!' && r != '?' {
				if r == 0x203C || r == 0xFF01 {
					t.r = '!'
				} else {
					t.r = '?'
				}
			}
			for i < n {
				r2, sz := decodeAt(s, i)
				if r2 != '!' && r2 != '?' && r2 != '.' && r2 != 0x203C && r2 != 0x2047 && r2 != 0x2048 && r2 != 0x2049 {
					break
				}
				i += sz
				rp++
			}
		}
		t.be, t.re = int32(i), rp
		if t.re-t.rs == 1 {
			t.shape = shSingle
		}
		toks = append(toks, t)
	}
	return toks
}

// scanWord scans the word starting at byte i (a word rune) into t and
// returns the end positions and whether it holds an inner apostrophe.
func scanWord(s string, i int, rp int32, t *token) (int, int32, bool) {
	n := len(s)
	rs := rp
	first, _ := decodeAt(s, i)
	apos, dot, at := false, false, false
	seg := i // byte start of the current '.'-separated segment
	var r rune
	var size int
	for i < n {
		c := s[i]
		if c < utf8.RuneSelf {
			if ascii[c]&(cUpper|cLower|cDigit) != 0 || c == '_' {
				i++
				rp++
				continue
			}
			if ascii[c]&cSpace != 0 {
				break
			}
			r, size = rune(c), 1
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) || r == 0xB0 { // the degree sign: 45°, N°
				i += size
				rp++
				continue
			}
		}
		if i+size >= n {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		nr, nsz := decodeAt(s, i+size)
		ok := false
		switch r {
		case '.':
			if isAlnum(nr) {
				ok = true
				// "end.The": a lower-case word glued to a capitalised one
				// is two sentences, not an abbreviation or a host name.
				if isUpper(nr) && i+size+nsz < n && seg >= 0 && lowerWord(s[seg:i]) {
					if r3, _ := decodeAt(s, i+size+nsz); isLower(r3) {
						ok = false
					}
				}
				if ok {
					dot = true
					seg = i + size
				}
			} else if (nr == '-' || isApos(nr)) && isLetter(prev) && i+size+nsz < n {
				if r3, _ := decodeAt(s, i+size+nsz); isAlnum(r3) {
					// U.S.-led, Jr.'s
					i += size + nsz
					rp += 2
					dot = true
					seg = i
					if isApos(nr) {
						apos = true
					}
					continue
				}
			}
		case '-', 0x2010, 0x2011:
			ok = isAlnum(nr)
		case '\'', 0x2019, 0x02BC:
			ok = isLetter(nr) && (isLetter(prev) || isDigit(prev))
			apos = apos || ok
		case '@':
			ok = isAlnum(nr) && isAlnum(prev)
			at = at || ok
		case '&':
			ok = isUpper(nr) && isUpper(prev)
		case ',', ':':
			ok = isDigit(nr) && isDigit(prev)
		case '/':
			ok = isAlnum(nr) && isAlnum(prev)
		}
		if !ok {
			break
		}
		if r != '.' {
			seg = -1
		}
		i += size
		rp++
	}
	t.be, t.re = int32(i), rp
	switch {
	case at:
		t.kind = kURL
	case isDigit(first):
		t.kind = kNum
	default:
		t.kind = kWord
	}
	t.r = first
	switch {
	case isUpper(first):
		t.shape = shUpper
	case isLower(first):
		t.shape = shLower
	}
	if dot {
		t.shape |= shDot
	}
	if rp-rs == 1 {
		t.shape |= shSingle
	}
	return i, rp, apos
}

// lowerWord reports whether w is two or more lower-case ASCII letters.
func lowerWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// allCaps reports whether w has at least two letters, all upper case.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if isLetter(r) {
			if !isUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// allDigits reports whether w is ASCII digits only.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// cliticStart returns the byte offset in w where a PTB-style clitic starts
// ('s, 're, 've, 'll, 'd, 'm after a pronoun, n't), or 0.
func cliticStart(w string) int {
	// Find the last apostrophe.
	a, alen := -1, 0
	for j := len(w) - 1; j > 0; j-- {
		switch {
		case w[j] == '\'':
			a, alen = j, 1
		case w[j] == 0x99 && j >= 2 && w[j-2:j+1] == "\u2019":
			a, alen = j-2, 3
		case w[j] == 0xBC && j >= 1 && w[j-1:j+1] == "\u02BC":
			a, alen = j-1, 2
		default:
			continue
		}
		break
	}
	if a <= 0 {
		return 0
	}
	suf := w[a+alen:]
	switch len(suf) {
	case 1:
		switch suf[0] {
		case 's', 'S':
			return a
		case 't', 'T':
			if a >= 2 && (w[a-1] == 'n' || w[a-1] == 'N') {
				return a - 1
			}
		case 'd', 'D', 'm', 'M':
			if pronoun(w[:a]) {
				return a
			}
		}
	case 2:
		switch lower2(suf) {
		case "re", "ve", "ll":
			if pronoun(w[:a]) {
				return a
			}
		}
	}
	return 0
}

func lower2(s string) string {
	if s[0] < 'a' || s[1] < 'a' {
		b := [2]byte{s[0] | 0x20, s[1] | 0x20}
		return string(b[:])
	}
	return s
}

func pronoun(w string) bool {
	if len(w) > 5 {
		return false
	}
	var b [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "where", "how", "why", "this", "here":
		return true
	}
	return false
}

// urlStart reports whether s starts with http://, https://, ftp:// or www.
// followed by a letter or digit.
func urlStart(s string) bool {
	var rest string
	switch {
	case hasPrefixFold(s, "http://"):
		rest = s[7:]
	case hasPrefixFold(s, "https://"):
		rest = s[8:]
	case hasPrefixFold(s, "ftp://"):
		rest = s[6:]
	case hasPrefixFold(s, "www."):
		rest = s[4:]
	default:
		return false
	}
	return rest != "" && rest[0] < 0x80 && ascii[rest[0]]&(cUpper|cLower|cDigit) != 0
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// scanURL scans a URL starting at byte i up to white space, then gives back
// trailing punctuation that belongs to the sentence.
func scanURL(s string, i int, rp int32) (int, int32) {
	start := i
	open := 0
	for i < len(s) {
		r, size := decodeAt(s, i)
		if sp, _ := spaceKind(r); sp {
			break
		}
		switch r {
		case '(':
			open++
		case ')':
			open--
		}
		i += size
		rp++
	}
	for i > start+1 {
		r, size := utf8.DecodeLastRuneInString(s[start:i])
		switch Fold(r) {
		case '.', ',', ';', ':', '!', '?', '"', '\'', ']', '}', '>', '*':
		case ')':
			if open >= 0 {
				goto done
			}
			open++
		default:
			if r != 0x2026 {
				goto done
			}
		}
		i -= size
		rp--
	}
done:
	return i, rp
}
