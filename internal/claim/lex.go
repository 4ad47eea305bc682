package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the class of a lexer token.
type tokKind uint8

const (
	tWord tokKind = iota // letters (with inner apostrophes)
	tNum                 // digits with inner separators: 1,200 450.000 3.5 10:30 1e30
	tSym                 // any other single rune
)

// tok is one token of the claim lexer. The lexer is finer than
// text.Segment on purpose: "30-year-old", "1.5bn" and "US$5" are split into
// their parts so the number grammar can see them; glued records whether the
// token touches the previous one (no space between).
type tok struct {
	s, e  int // rune span
	kind  tokKind
	glued bool   // no white space before this token
	nl    bool   // a line break before this token
	low   string // lower-cased text (words and symbols); raw text for numbers
	upper bool   // word starts with an upper-case letter
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// lex splits s (whose runes are rs) into tokens. Token text is sliced
// from s when it needs no lower-casing, so most tokens cost no allocation.
func lex(s string, rs []rune, out []tok) []tok {
	if !utf8.ValidString(s) {
		s = string(rs) // invalid bytes became U+FFFD in rs; keep offsets in step
	}
	glued, nl := false, false
	b := 0 // byte offset of rs[i] in s
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\r' {
				nl = true
			}
			glued = false
			b += utf8.RuneLen(r)
			i++
			continue
		}
		t := tok{s: i, glued: glued && len(out) > 0, nl: nl}
		bs := b
		switch {
		case isDigit(r) || (r == '.' && i+1 < len(rs) && isDigit(rs[i+1]) && (i == 0 || unicode.IsSpace(rs[i-1]))):
			j := i + 1
			for j < len(rs) {
				c := rs[j]
				if isDigit(c) {
					j++
					continue
				}
				// Inner separators only between digits.
				if (c == ',' || c == '.' || c == ':') && j+1 < len(rs) && isDigit(rs[j+1]) {
					j += 2
					continue
				}
				// Scientific notation: 1e30, 2.5E-3.
				if (c == 'e' || c == 'E') && j+1 < len(rs) {
					k := j + 1
					if k < len(rs) && (rs[k] == '-' || rs[k] == '+') {
						k++
					}
					if k < len(rs) && isDigit(rs[k]) && (k+1 >= len(rs) || !unicode.IsLetter(rs[k+1])) {
						for k < len(rs) && isDigit(rs[k]) {
							k++
						}
						j = k
						continue
					}
				}
				break
			}
			t.kind, t.e = tNum, j
		case unicode.IsLetter(r):
			j := i + 1
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsMark(rs[j]) ||
				(isApos(rs[j]) && j+1 < len(rs) && unicode.IsLetter(rs[j+1]))) {
				j++
			}
			t.kind, t.e = tWord, j
			t.upper = unicode.IsUpper(r)
		default:
			t.kind, t.e = tSym, i+1
		}
		hasUpper := false
		for k := i; k < t.e; k++ {
			b += utf8.RuneLen(rs[k])
			if rs[k] >= 'A' && rs[k] <= 'Z' || rs[k] >= 0x80 && unicode.IsUpper(rs[k]) {
				hasUpper = true
			}
		}
		if b > len(s) || b < bs {
			b = len(s)
		}
		if hasUpper && t.kind == tWord {
			t.low = strings.ToLower(s[bs:b])
		} else {
			t.low = s[bs:b]
		}
		out = append(out, t)
		i = t.e
		glued, nl = true, false
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
