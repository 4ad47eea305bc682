package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of a template id and the hashes of its values.
// Values (word forms, affixes, tags) are hashed once per word, so building a
// feature is a couple of multiplications and never allocates.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hs is FNV-1a of s.
func hs(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// ft combines a template id with value hashes into one feature.
func ft(id uint64, vs ...uint64) uint64 {
	h := id*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019
	for _, v := range vs {
		h = (h ^ v) * 0xff51afd7ed558ccd
		h ^= h >> 32
	}
	return h
}

func ft1(id, a uint64) uint64 {
	h := (id*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019 ^ a) * 0xff51afd7ed558ccd
	return h ^ h>>32
}

func ft2(id, a, b uint64) uint64 {
	h := ft1(id, a)
	h = (h ^ b) * 0xff51afd7ed558ccd
	return h ^ h>>32
}

func ft3(id, a, b, c uint64) uint64 {
	h := ft2(id, a, b)
	h = (h ^ c) * 0xff51afd7ed558ccd
	return h ^ h>>32
}

// wordInfo holds the hashed views of one word used by all three models.
type wordInfo struct {
	lower      string
	low        uint64 // lower-cased form
	shape      uint64 // Xxx-style shape, runs compressed
	pre1, pre2 uint64
	suf        [4]uint64 // suffixes of length 1..4 (lower-cased)
	flags      uint64    // digit/hyphen/upper/title bits
	amb        uint64    // the word's ambiguity class: UPOS tags seen in training
	lex        uint64    // the word's Lexicon class
}

const maxFeatWord = 40 // longer words are cut for features: bounded cost

// prepare fills info for words. When shout is true (a headline in capitals)
// words are seen title-cased, the way headlines appear in training.
func prepare(words []string, info []wordInfo) {
	shout := shouting(words)
	for i, w := range words {
		if len(w) > maxFeatWord*4 {
			w = w[:maxFeatWord*4]
		}
		if shout && isAllUpper(w) {
			w = titleCase(w)
		}
		l := strings.ToLower(w)
		in := &info[i]
		in.lower = l
		in.low = hs(l)
		in.shape = shapeHash(w)
		affixes(in, l)
		var f uint64
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				f |= 1
			case r == '-':
				f |= 2
			case unicode.IsUpper(r):
				f |= 4
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			f |= 8
		}
		if i == 0 {
			f |= 16
		}
		in.flags = f
	}
}

// affixes sets the prefix and suffix hashes of the lower-cased word l
// (its last maxFeatWord runes), without allocating for valid UTF-8.
func affixes(in *wordInfo, l string) {
	n := utf8.RuneCountInString(l)
	if n > maxFeatWord || !utf8.ValidString(l) {
		rs := []rune(l)
		if len(rs) > maxFeatWord {
			rs = rs[len(rs)-maxFeatWord:]
		}
		l = string(rs)
		n = len(rs)
	}
	// Byte offsets of the first two rune boundaries and the last four.
	_, a := utf8.DecodeRuneInString(l)
	_, b := utf8.DecodeRuneInString(l[a:])
	in.pre1 = hs(l[:a])
	in.pre2 = hs(l[:a+b])
	end := len(l)
	for k := 0; k < 4; k++ {
		if k < n {
			_, sz := utf8.DecodeLastRuneInString(l[:end])
			end -= sz
		}
		in.suf[k] = hs(l[end:])
	}
}

// shapeHash is hs(shapeOf(w)) without the allocation.
func shapeHash(w string) uint64 {
	var b [16]byte
	return hsBytes(appendShape(b[:0], w))
}

func hsBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// shouting reports whether a sentence is set in capitals: at least three
// cased words and none of them with a lower-case letter.
func shouting(words []string) bool {
	cased := 0
	for _, w := range words {
		hasUpper := false
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				hasUpper = true
			}
		}
		if hasUpper && utf8.RuneCountInString(w) > 1 {
			cased++
		}
	}
	return cased >= 3
}

func isAllUpper(w string) bool {
	up := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up = true
		}
	}
	return up
}

func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

// shapeOf maps letters to X/x, digits to d, keeps other runes, and collapses
// runs longer than two ("Washington" -> "Xxx", "1,200" -> "d,dd").
func shapeOf(w string) string {
	var b [16]byte
	return string(appendShape(b[:0], w))
}

func appendShape(out []byte, w string) []byte {
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 128:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		out = append(out, c)
		if len(out) >= 12 {
			break
		}
	}
	return out
}
