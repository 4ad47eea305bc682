package extract

import (
	"strings"
	"unicode"
)

// words splits s into runs of letters, numbers and '_' (the tokens of the
// article-extraction benchmark), lower-cased.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// shingleSet is a multiset of 4-word shingles.
type shingleSet map[string]int

func addShingles(m shingleSet, toks []string) {
	const n = 4
	if len(toks) == 0 {
		return
	}
	if len(toks) < n {
		m[strings.Join(toks, " ")]++
		return
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
}

func (m shingleSet) total() int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// overlap is the multiset intersection size.
func (m shingleSet) overlap(o shingleSet) int {
	if len(o) < len(m) {
		m, o = o, m
	}
	n := 0
	for k, c := range m {
		n += min(c, o[k])
	}
	return n
}

// covered is the share of toks' shingles present in m (for fewer than 4
// tokens: whether the sequence occurs in joined, the space-joined token
// stream of m's text).
func covered(toks []string, m shingleSet, joined string) float64 {
	if len(toks) == 0 {
		return 1
	}
	if len(toks) < 4 {
		if strings.Contains(" "+joined+" ", " "+strings.Join(toks, " ")+" ") {
			return 1
		}
		return 0
	}
	hit, all := 0, 0
	for i := 0; i+4 <= len(toks); i++ {
		all++
		if m[strings.Join(toks[i:i+4], " ")] > 0 {
			hit++
		}
	}
	return float64(hit) / float64(all)
}
