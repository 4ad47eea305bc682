// Package dedupe finds near-duplicate articles: the same wire story
// republished under a different first line, with a changed word or with a
// site footer.
//
// A document's fingerprint is a 64-bit SimHash over 3-word shingles of its
// lowercased, punctuation-stripped text. Two texts are near-duplicates when
// their fingerprints differ in at most Threshold (7) bits.
//
// Candidates are found by splitting the 64 bits into 4 bands of 16. Two
// fingerprints within 3 bits share a whole band (pigeonhole); within 7 bits
// at least one band differs in at most 1 bit, since 4 bands of 2+ flips
// would be 8. So looking up each band's value and its 16 one-bit neighbours
// (ProbeKeys, 68 keys) finds every pair within Threshold.
//
// Texts shorter than MinWords words get the fingerprint None (0), which never
// matches anything: a sentence or two ("Fighting continued on Monday.") is
// too little evidence to call two articles the same story, and such texts
// would otherwise collide with every other short item on the same topic.
// Exact copies of short texts are still caught by their id (hash of the text).
package dedupe

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const (
	// Threshold is the largest Hamming distance at which two fingerprints
	// are near-duplicates. SimHash flips each bit with probability
	// angle/pi, so on a 330-word story one changed word (3 of 330
	// shingles) already averages 3 bits and a 28-word footer 6. Over 300
	// hash seeds (TestThresholdRecall) the textbook 3 bits catches 66% of
	// one-word edits, 36% of new first lines and 10% of footers; 7 bits
	// catches 99%, 94% and 74%, while different stories on the same topic
	// stay 15+ bits apart and two unrelated fingerprints fall within 7
	// bits with probability 4e-11.
	Threshold = 7

	// MinWords is the fewest words a text needs to get a fingerprint.
	MinWords = 20

	// None is the fingerprint of a text too short to fingerprint.
	None uint64 = 0

	// NumBands is the number of 16-bit bands a fingerprint is split into.
	NumBands = 4

	// NumProbes is the number of keys ProbeKeys returns.
	NumProbes = NumBands * 17

	shingle = 3 // words per shingle
)

// Fingerprint returns the 64-bit SimHash of text, or None when text has fewer
// than MinWords words. Words are maximal runs of letters and digits, compared
// case-insensitively; apostrophes inside words are dropped ("don't" = "dont").
func Fingerprint(text string) uint64 { return simhash(text, 0) }

// simhash is Fingerprint with a seed mixed into every shingle hash; the tests
// use other seeds to measure distance distributions rather than one sample.
func simhash(text string, seed uint64) uint64 {
	// Each shingle votes on every bit. Rather than 64 additions per
	// shingle, lanes[j] holds 8 byte-wide counters for bits j, j+8, ...,
	// j+56, so one add counts 8 bits at once; counters move to total
	// before a byte can overflow.
	const laneMask = 0x0101010101010101
	var (
		total   [64]int
		lanes   [8]uint64
		inLanes int
		win     [shingle]uint64
		words   int
		n       int // shingles
	)
	flush := func() {
		for j, l := range lanes {
			for k := range 8 {
				total[j+8*k] += int(l >> (8 * k) & 0xff)
			}
		}
		lanes, inLanes = [8]uint64{}, 0
	}
	for pos := 0; pos < len(text); {
		h, next, ok := nextWord(text, pos)
		if !ok {
			break
		}
		pos = next
		win[0], win[1], win[2] = win[1], win[2], h
		if words++; words < shingle {
			continue
		}
		// Fold the window into one shingle hash; the rotations make it
		// order-sensitive ("a b c" != "c b a"), mix64 spreads the bits.
		s := mix64(win[0] ^ bits.RotateLeft64(win[1], 21) ^ bits.RotateLeft64(win[2], 42) ^ seed)
		for j := range lanes {
			lanes[j] += s >> j & laneMask
		}
		n++
		if inLanes++; inLanes == 255 {
			flush()
		}
	}
	if words < MinWords {
		return None
	}
	flush()
	var fp uint64
	for i, c := range total {
		if 2*c > n { // more shingles have the bit set than not
			fp |= 1 << i
		}
	}
	if fp == None {
		fp = 1 // keep None reserved for "too short"; a real all-zero hash is a 2^-64 event
	}
	return fp
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// nextWord scans from byte offset pos to the next word and returns its
// FNV-1a hash over the lowercased UTF-8 bytes and the offset after it.
func nextWord(text string, pos int) (h uint64, next int, ok bool) {
	h = fnvOffset
	in := false
	for pos < len(text) {
		c := text[pos]
		if c < utf8.RuneSelf { // ASCII fast path
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'' && in:
				pos++
				continue
			default:
				if in {
					return h, pos + 1, true
				}
				pos++
				continue
			}
			h = (h ^ uint64(c)) * fnvPrime
			in = true
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:n] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			in = true
		case r == '’' && in: // typographic apostrophe, like '
		default:
			if in {
				return h, pos + size, true
			}
		}
		pos += size
	}
	return h, pos, in
}

// mix64 is the SplitMix64 finaliser: FNV-1a's high bits are weak for short
// inputs, and SimHash needs every bit of the shingle hash to be a fair coin.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Distance is the Hamming distance between two fingerprints (0 to 64).
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Near reports whether a and b are near-duplicates: both are real
// fingerprints (not None) within Threshold bits of each other.
func Near(a, b uint64) bool {
	return a != None && b != None && Distance(a, b) <= Threshold
}

// Bands splits fp into its 4 16-bit bands, lowest bits first.
func Bands(fp uint64) [NumBands]uint16 {
	return [NumBands]uint16{uint16(fp), uint16(fp >> 16), uint16(fp >> 32), uint16(fp >> 48)}
}

// BandKeys returns the 4 keys under which a store indexes fp: band number
// in the high bits, band value in the low 16, so one integer column and one
// index serve all bands.
func BandKeys(fp uint64) [NumBands]uint32 {
	var k [NumBands]uint32
	for i, v := range Bands(fp) {
		k[i] = uint32(i)<<16 | uint32(v)
	}
	return k
}

// ProbeKeys returns the keys to look up to find every indexed fingerprint
// within Threshold bits of fp: each band key and its 16 one-bit neighbours.
func ProbeKeys(fp uint64) [NumProbes]uint32 {
	var k [NumProbes]uint32
	n := 0
	for _, b := range BandKeys(fp) {
		k[n] = b
		n++
		for bit := range 16 {
			k[n] = b ^ 1<<bit
			n++
		}
	}
	return k
}

// Index is an in-memory band index for candidate lookup, the same scheme a
// store runs in SQL. The zero value is ready to use; it is not safe for
// concurrent use.
type Index struct {
	ids  []string
	fps  []uint64
	keys map[uint32][]int32 // band key -> positions in ids/fps
}

// Add records fingerprint fp under id. None is ignored: short texts are
// never near-duplicates.
func (x *Index) Add(id string, fp uint64) {
	if fp == None {
		return
	}
	if x.keys == nil {
		x.keys = make(map[uint32][]int32)
	}
	n := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.fps = append(x.fps, fp)
	for _, k := range BandKeys(fp) {
		x.keys[k] = append(x.keys[k], n)
	}
}

// Len is the number of fingerprints in the index.
func (x *Index) Len() int { return len(x.ids) }

// Near returns the indexed id closest to fp, if one is within maxDist bits;
// ties go to the one added first. The probe lookup is exhaustive up to
// Threshold bits; larger distances fall back to a linear scan.
func (x *Index) Near(fp uint64, maxDist int) (id string, dist int, ok bool) {
	if fp == None || maxDist < 0 {
		return "", 0, false
	}
	best, bestDist := int32(-1), maxDist+1
	consider := func(n int32) {
		if d := Distance(fp, x.fps[n]); d < bestDist || d == bestDist && n < best {
			best, bestDist = n, d
		}
	}
	if maxDist > Threshold {
		for n := range x.fps {
			consider(int32(n))
		}
	} else {
		for _, k := range ProbeKeys(fp) {
			for _, n := range x.keys[k] {
				consider(n)
			}
		}
	}
	if best < 0 {
		return "", 0, false
	}
	return x.ids[best], bestDist, true
}
