package clean

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// asciiPlain marks the bytes fold copies unchanged: ASCII that is neither
// upper case nor whitespace.
var asciiPlain = func() (t [256]bool) {
	for c := 0x21; c < 0x7F; c++ {
		t[c] = c < 'A' || c > 'Z'
	}
	return t
}()

// fold appends the match form of s to dst[:0]: lower case, typographic
// quotes and dashes made ASCII, every whitespace run (nbsp and other Unicode
// spaces included) one space, no space at either end. It is used only to
// compare and look up text, never for output.
func fold(dst []byte, s string) []byte {
	dst = dst[:0]
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if asciiPlain[c] {
			// copy a run of plain ASCII at once
			j := i + 1
			for j < len(s) && asciiPlain[s[j]] {
				j++
			}
			if space {
				if len(dst) > 0 {
					dst = append(dst, ' ')
				}
				space = false
			}
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				if len(dst) > 0 {
					dst = append(dst, ' ')
				}
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var rep byte
		switch {
		case r == 0x200B || r == 0xFEFF || r == 0x2060:
			continue // invisible
		case r == 0xA0 || r == 0x85 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) ||
			r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000:
			space = true
			continue
		case r == 0x2018 || r == 0x2019 || r == 0x201A || r == 0x201B || r == 0x2032 || r == 0x2035:
			rep = '\''
		case r == 0x201C || r == 0x201D || r == 0x201E || r == 0x201F || r == 0x2033:
			rep = '"'
		case (r >= 0x2010 && r <= 0x2015) || r == 0x2212 || r == 0xFE58 || r == 0xFE63 || r == 0xFF0D:
			rep = '-'
		}
		if space {
			if len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
		}
		if rep != 0 {
			dst = append(dst, rep)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// isJunk reports punctuation, bullets and arrows that decorate boilerplate
// ("Read more »", "• Share", "Related:") and are ignored at the ends of a
// line when matching. Brackets and quotes are not junk: they carry meaning.
func isJunk(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '.', ',', ':', ';', '!', '?', '-', '|', '*', '#', '>', '<', '/', '\\', '~', '=', '_', '+':
			return true
		}
		return false
	}
	switch r {
	case '•', '·', '»', '«', '›', '‹', '→', '←', '…', '▶', '►', '■', '□', '●', '○', '◆', '✓', '✔', '➤', '▸', '⟶', '⇒', '↓', '↑':
		return true
	}
	return false
}

// trimJunk strips junk runes from both ends of a folded line.
func trimJunk(b []byte) []byte {
	return trimJunkRight(trimJunkLeft(b))
}

func trimJunkLeft(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !isJunk(r) {
			break
		}
		b = b[n:]
	}
	return b
}

func trimJunkRight(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeLastRune(b)
		if !isJunk(r) {
			break
		}
		b = b[:len(b)-n]
	}
	return b
}

var space = []byte{' '}

// countWords counts space-separated words of a folded, trimmed line.
func countWords(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	return 1 + bytes.Count(b, space)
}

// endsSentence reports whether a raw line ends a sentence (or introduces a
// quote with ':'), looking through closing quotes and brackets. A wrapped
// line usually does not.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', ')', ']', '”', '’', '»':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…', ':':
			return true
		}
		return false
	}
	return false
}

// startsLower reports whether s begins with a lower-case letter: the mark of
// a line that continues the sentence of the line before.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// hasLetter reports whether b holds at least one letter or digit.
func hasLetter(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z') {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}
