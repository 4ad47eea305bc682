package timex

import (
	"unicode"
	"unicode/utf8"
)

// tok is one token of the timex scanner: a rune span, its lower-cased text
// and what the lexicon knows about it. The scanner is our own rather than
// doc.Tokens because time grammar wants "10:30", "2014-12-31", "a.m." and
// "'80s" whole and hyphenated compounds ("third-quarter") split.
type tok struct {
	start, end int
	w          string // lower-cased text
	num        int    // value when the token is a number (digits or word), else -1
	digits     int    // number of digits when the token is all digits, else 0
	lx         *entry
	upper      bool // first rune is upper case
}

// scan tokenises runes. Words are letter/digit runs; an abbreviation keeps
// its period ("Sept.", "a.m."); digit groups joined by ':', '/', '-', ','
// or '.' stay one token; everything else is a one-rune token; space is
// dropped.
func scan(rs []rune) []tok {
	toks := make([]tok, 0, len(rs)/3+1) // about one token per 3 runes with punctuation
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case isDigit(r):
			j := i + 1
			for j < len(rs) {
				if isDigit(rs[j]) {
					j++
					continue
				}
				// "10:30", "12/31/2014", "2014-12-31", "1,000", "2.5"
				if (rs[j] == ':' || rs[j] == '/' || rs[j] == '-' || rs[j] == ',' || rs[j] == '.') && j+1 < len(rs) && isDigit(rs[j+1]) {
					j += 2
					continue
				}
				break
			}
			// "1990s", "20th", "1st"
			if j < len(rs) && unicode.IsLetter(rs[j]) {
				k := j
				for k < len(rs) && unicode.IsLetter(rs[k]) && k-j < 3 {
					k++
				}
				if k == len(rs) || !unicode.IsLetter(rs[k]) {
					suf := lower(rs[j:k])
					if suf == "s" || suf == "th" || suf == "st" || suf == "nd" || suf == "rd" {
						j = k
					}
				}
			}
			toks = append(toks, tok{start: i, end: j})
			i = j
		case unicode.IsLetter(r):
			j := i + 1
			for j < len(rs) && (unicode.IsLetter(rs[j]) || isDigit(rs[j])) {
				j++
			}
			// "a.m.", "p.m.", "U.S.": single letters joined by periods
			if j == i+1 && j+2 < len(rs) && rs[j] == '.' && unicode.IsLetter(rs[j+1]) && rs[j+2] == '.' {
				j += 3
			} else if j < len(rs) && rs[j] == '.' {
				if abbrevs[lower(rs[i:j])] {
					j++
				}
			}
			// "o'clock"
			if j+1 < len(rs) && rs[j] == '\'' && (j-i == 1) && (rs[i] == 'o' || rs[i] == 'O') {
				k := j + 1
				for k < len(rs) && unicode.IsLetter(rs[k]) {
					k++
				}
				j = k
			}
			toks = append(toks, tok{start: i, end: j})
			i = j
		case (r == '\'' || r == '‘' || r == '’') && i+3 < len(rs) && isDigit(rs[i+1]) && isDigit(rs[i+2]) && rs[i+3] == 's':
			// "'80s"
			toks = append(toks, tok{start: i, end: i + 4})
			i += 4
		case (r == '\'' || r == '’') && i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2])):
			// the clitic "'s" ("year's end", "this year's quarter")
			toks = append(toks, tok{start: i, end: i + 2})
			i += 2
		case (r == '\'' || r == '’') && i+2 < len(rs) && rs[i+1] == 'l' && rs[i+2] == 'l':
			toks = append(toks, tok{start: i, end: i + 3})
			i += 3
		default:
			toks = append(toks, tok{start: i, end: i + 1})
			i++
		}
	}
	// lower-case every token into one buffer: one allocation for all
	buf := make([]byte, 0, len(rs)+len(toks))
	offs := make([]int, len(toks)+1)
	for k := range toks {
		offs[k] = len(buf)
		buf = appendLower(buf, rs[toks[k].start:toks[k].end])
	}
	offs[len(toks)] = len(buf)
	all := string(buf)
	for k := range toks {
		t := &toks[k]
		t.w = all[offs[k]:offs[k+1]]
		t.upper = unicode.IsUpper(rs[t.start])
		t.num = -1
		if isDigit(rs[t.start]) {
			n, d := 0, 0
			for _, c := range rs[t.start:t.end] {
				if !isDigit(c) {
					d = 0
					break
				}
				d++
				if n < 1e8 {
					n = n*10 + int(c-'0')
				}
			}
			if d > 0 {
				t.num, t.digits = n, d
			}
		}
		if e, ok := lexicon[t.w]; ok {
			t.lx = e
			if t.num < 0 && e.num >= 0 {
				t.num = e.num
			}
		}
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// lower returns the lower-cased string of rs with typographic apostrophes
// folded to ASCII.
func lower(rs []rune) string { return string(appendLower(nil, rs)) }

// appendLower appends rs lower-cased to b.
func appendLower(b []byte, rs []rune) []byte {
	for _, r := range rs {
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		case r < 0x80:
			b = append(b, byte(r))
		case r == '’' || r == '‘':
			b = append(b, '\'')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}
