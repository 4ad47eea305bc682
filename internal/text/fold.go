// Package text segments news text into sentences and tokens and maps
// typographic variants of spaces, quotes and dashes to one analysis form.
//
// All offsets are in Unicode code points (runes) into the input string, the
// unit of doc.Span. An invalid UTF-8 byte counts as one code point, as it does
// for utf8.RuneCountInString and []rune(s).
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold maps one rune to its analysis form. It is 1:1 per rune, so offsets
// never move, and it is the identity on ASCII.
//
//   - Unicode spaces (category Zs: no-break, thin, figure, ideographic, ...)
//     become ' '; the line and paragraph separators U+0085, U+2028 and U+2029
//     become '\n'.
//   - Curly single quotes, single low/high quotes, primes, modifier
//     apostrophes, the acute accent used as an apostrophe and the single
//     guillemets ‹ › become the ASCII apostrophe (U+0027).
//   - Curly double quotes, double low/high quotes, double primes and the
//     guillemets « » become '"'.
//   - Hyphens, the figure, en, em and horizontal-bar dashes, the minus sign
//     and small/full-width hyphen-minus become '-'. The hyphen bullet ⁃ and
//     the soft hyphen are kept.
//   - The ellipsis character … and every other rune are kept.
func Fold(r rune) rune {
	if r < 0x80 {
		return r
	}
	switch r {
	case 0x0085, 0x2028, 0x2029:
		return '\n'
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x02BC, 0x02B9, 0x00B4, 0x2039, 0x203A, 0xFF07:
		return '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x02BA, 0x00AB, 0x00BB, 0xFF02, 0x301D, 0x301E, 0x301F:
		return '"'
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B:
		return '-'
	}
	if r == 0x00A0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000 {
		return ' '
	}
	if r > 0x3000 || r < 0x2000 {
		return r
	}
	if unicode.Is(unicode.Zs, r) {
		return ' '
	}
	return r
}

// Normalize returns s with Fold applied to every rune. The result has exactly
// as many runes as s (an invalid UTF-8 byte becomes U+FFFD).
func Normalize(s string) string {
	// Fast path: nothing to change.
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || Fold(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(Fold(r))
	}
	return b.String()
}
