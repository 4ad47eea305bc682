package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit FNV-1a hashes of a template id and its string values;
// the model maps the hashes it kept to weight rows.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hbyte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// tmpl starts the hash of feature template id.
func tmpl(id byte) uint64 { return hbyte(fnvOffset, id) }

func f1(id byte, a string) uint64 { return hstr(tmpl(id), a) }
func f2(id byte, a, b string) uint64 {
	return hstr(hbyte(hstr(tmpl(id), a), 0), b)
}
func f3(id byte, a, b, c string) uint64 {
	return hstr(hbyte(hstr(hbyte(hstr(tmpl(id), a), 0), b), 0), c)
}

// Feature template ids.
const (
	tBias byte = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre
	tSuf
	tFlags
	tFirst
	tLowerM2
	tLowerM1
	tLowerP1
	tLowerP2
	tShapeM2
	tShapeM1
	tShapeP1
	tShapeP2
	tBiM1
	tBiP1
	tShape3
	tCapsLine
	tCapsLineWord
	tGaz
	tGazM1
	tGazP1
	tPrevTag
	tPrev2Tag
	tPrevTagWord
	tPrevTagShape
	tLowerM1P1
	tDocTag
	tDocCapElse
	tDocForm
	tFlags3
	tWordNextFlags
	tWordPrevFlags
	// Ids only ever get appended: a model's features depend on them.
)

// token is what the features look at for one word.
type token struct {
	word, lower, shape, short string
	flags                     string
	gaz                       string
	drop                      bool // training: leave out the word's identity
}

const (
	gazCountry = 1 << iota // a country name
	gazCapital             // a capital city
	gazAdj                 // an adjectival ("Syrian")
	gazDemonym             // a demonym ("Syrians")
	gazCity                // a city of at least GazCityMinPop people
	gazFirst               // the first word of a political leader's name
	gazLast                // the last word of a political leader's name
)

// Gazetteer maps lowercased phrases (tokens joined by single spaces) to
// gaz* bits.
type Gazetteer map[string]uint8

// shapeOf maps upper to X, lower to x, digits to d and keeps other
// characters; it also returns the shape with repeats collapsed.
func shapeOf(w string) (string, string) {
	var b, s strings.Builder
	var last rune = -1
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if n < 16 {
			b.WriteRune(c)
		}
		n++
		if c != last {
			s.WriteRune(c)
			last = c
		}
	}
	return b.String(), s.String()
}

// normLower lowercases w and maps every digit to 0.
func normLower(w string) string {
	l := strings.ToLower(w)
	if !strings.ContainsAny(l, "0123456789") {
		return l
	}
	b := []byte(l)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func flagsOf(w string) string {
	var up, low, dig, hy, dot, other int
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLetter(r):
			low++
		case unicode.IsDigit(r):
			dig++
		case r == '-':
			hy++
		case r == '.':
			dot++
		default:
			other++
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	b := make([]byte, 0, 8)
	switch {
	case up > 0 && low == 0 && dig == 0:
		b = append(b, 'A') // all caps
	case unicode.IsUpper(first) && low > 0 && up == 1:
		b = append(b, 'C') // Initial cap
	case up > 0 && low > 0:
		b = append(b, 'M') // mixed
	case low > 0:
		b = append(b, 'l')
	default:
		b = append(b, '-')
	}
	if dig > 0 {
		b = append(b, 'd')
		if up+low == 0 && hy+dot+other == 0 {
			b = append(b, 'D')
		}
	}
	if hy > 0 {
		b = append(b, 'h')
	}
	if dot > 0 {
		b = append(b, '.')
	}
	if up+low+dig == 0 {
		b = append(b, 'p')
	}
	return string(b)
}

func prefix(s string, n int) (string, bool) {
	i, k := 0, 0
	for i < len(s) && k < n {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		k++
	}
	return s[:i], k == n && i < len(s)
}

func suffix(s string, n int) (string, bool) {
	i, k := len(s), 0
	for i > 0 && k < n {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
		k++
	}
	return s[i:], k == n && i > 0
}

// capsLine reports whether the sentence has letters and none lower case
// (CoNLL headlines and datelines).
func capsLine(words []string) bool {
	letters := 0
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return letters > 1
}

// tokens computes the per-word facts of a sentence.
func (t *Tagger) tokens(words []string) []token {
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i].word = w
		toks[i].lower = normLower(w)
		toks[i].shape, toks[i].short = shapeOf(w)
		toks[i].flags = flagsOf(w)
	}
	if len(t.gaz) > 0 {
		var buf []byte
		for i := 0; i < len(words); i++ {
			// only words that start a multi-word entry try longer phrases
			for n := min(max(1, t.gazLong[toks[i].lower]), len(words)-i); n >= 1; n-- {
				var k string
				if n == 1 {
					k = toks[i].lower
				} else {
					buf = append(buf[:0], toks[i].lower...)
					for j := 1; j < n; j++ {
						buf = append(append(buf, ' '), toks[i+j].lower...)
					}
					if _, ok := t.gaz[string(buf)]; !ok {
						continue
					}
					k = string(buf)
				}
				bits, ok := t.gaz[k]
				if !ok && n == 1 {
					// "al-Assad": the part after the last hyphen
					if h := strings.LastIndexByte(k, '-'); h > 0 && h < len(k)-1 {
						bits, ok = t.gaz[k[h+1:]]
					}
				}
				if !ok {
					continue
				}
				for j := i; j < i+n; j++ {
					pos := "I"
					if j == i {
						pos = "B"
					}
					toks[j].gaz = pos + string(rune('a'+bits))
				}
				i += n - 1
				break
			}
		}
	}
	return toks
}

// docContext carries what earlier sentences of the same document said about
// words: the last label each lowercased word got and whether it appeared
// capitalised in the middle of a sentence.
type docContext struct {
	last   map[string]string
	capMid map[string]bool
	form   map[string]uint8 // over the whole document: 1 capitalised mid-sentence, 2 lower case
}

func newDocContext(doc [][]string) *docContext {
	d := &docContext{last: map[string]string{}, capMid: map[string]bool{}, form: map[string]uint8{}}
	for _, s := range doc {
		if capsLine(s) {
			continue
		}
		for i, w := range s {
			if i == 0 {
				continue
			}
			fl := flagsOf(w)
			switch fl[0] {
			case 'C':
				d.form[normLower(w)] |= 1
			case 'l':
				d.form[normLower(w)] |= 2
			}
		}
	}
	return d
}

func (d *docContext) add(toks []token, labels []string) {
	for i, tk := range toks {
		if tk.flags[0] == 'C' || tk.flags[0] == 'A' || tk.flags[0] == 'M' {
			if labels[i] != "O" {
				d.last[tk.lower] = labels[i][2:]
			} else {
				d.last[tk.lower] = "O"
			}
		}
		if i > 0 && tk.flags[0] == 'C' {
			d.capMid[tk.lower] = true
		}
	}
}

// staticFeats appends the label-independent feature hashes of word i.
func (t *Tagger) staticFeats(dst []uint64, toks []token, i int, caps bool, dc *docContext) []uint64 {
	tk := &toks[i]
	at := func(j int) *token {
		if j < 0 {
			return &bos
		}
		if j >= len(toks) {
			return &eos
		}
		return &toks[j]
	}
	if !tk.drop {
		dst = append(dst,
			f1(tWord, tk.word),
			f1(tLower, tk.lower),
			f2(tBiM1, at(i-1).lower, tk.lower),
			f2(tBiP1, tk.lower, at(i+1).lower),
		)
	}
	dst = append(dst,
		tmpl(tBias),
		f1(tShape, tk.shape),
		f1(tShort, tk.short),
		f1(tFlags, tk.flags),
		f1(tLowerM2, at(i-2).lower),
		f1(tLowerM1, at(i-1).lower),
		f1(tLowerP1, at(i+1).lower),
		f1(tLowerP2, at(i+2).lower),
		f1(tShapeM2, at(i-2).short),
		f1(tShapeM1, at(i-1).shape),
		f1(tShapeP1, at(i+1).shape),
		f1(tShapeP2, at(i+2).short),
		f3(tShape3, at(i-1).short, tk.short, at(i+1).short),
		f2(tLowerM1P1, at(i-1).lower, at(i+1).lower),
	)
	for n := 1; n <= 4; n++ {
		if p, ok := prefix(tk.lower, n); ok {
			dst = append(dst, hbyte(f1(tPre, p), byte(n)))
		}
		if s, ok := suffix(tk.lower, n); ok {
			dst = append(dst, hbyte(f1(tSuf, s), byte(n)))
		}
	}
	if i == 0 {
		dst = append(dst, f2(tFirst, tk.flags, ""), f2(tFirst, tk.lower, "w"))
	}
	if caps {
		dst = append(dst, f1(tCapsLine, tk.short), f1(tCapsLineWord, tk.lower))
	}
	if tk.gaz != "" {
		dst = append(dst, f1(tGaz, tk.gaz), f2(tGaz, tk.gaz, tk.flags))
	}
	if g := at(i - 1).gaz; g != "" {
		dst = append(dst, f1(tGazM1, g))
	}
	if g := at(i + 1).gaz; g != "" {
		dst = append(dst, f1(tGazP1, g))
	}
	if dc != nil && (tk.flags[0] == 'C' || tk.flags[0] == 'A' || tk.flags[0] == 'M') {
		if l, ok := dc.last[tk.lower]; ok {
			dst = append(dst, f1(tDocTag, l), f2(tDocTag, l, tk.flags))
		}
		if dc.capMid[tk.lower] {
			dst = append(dst, f1(tDocCapElse, tk.flags))
		}
	}
	if dc != nil {
		if fm, ok := dc.form[tk.lower]; ok {
			dst = append(dst, f2(tDocForm, string(rune('0'+fm)), tk.flags))
		}
	}
	dst = append(dst,
		f3(tFlags3, at(i-1).flags, tk.flags, at(i+1).flags),
		f2(tWordNextFlags, tk.lower, at(i+1).flags),
		f2(tWordPrevFlags, at(i-1).flags, tk.lower),
	)
	return dst
}

var (
	bos = token{word: "<s>", lower: "<s>", shape: "<s>", short: "<s>", flags: "<s>"}
	eos = token{word: "</s>", lower: "</s>", shape: "</s>", short: "</s>", flags: "</s>"}
)

// tagFeats returns the features that depend on the two previous labels.
func tagFeats(dst []uint64, p1, p2 string, tk, next *token) []uint64 {
	return append(dst,
		f1(tPrevTag, p1),
		f2(tPrev2Tag, p2, p1),
		f2(tPrevTagWord, p1, tk.lower),
		f2(tPrevTagShape, p1, tk.short),
	)
}
