// Package dedupe finds near-duplicate articles: the same wire story
// republished under a different first line, with edited wording, a changed
// figure, a correction note or a site footer.
//
// A document's signature is a MinHash of the set of 3-word shingles of its
// lowercased, punctuation-stripped text: for each of NumHashes hash
// functions, the smallest hash over all shingles. Two signatures agree in
// any one position with probability equal to the Jaccard similarity of the
// two shingle sets (shared shingles over all shingles), so the fraction of
// equal positions (Similarity) estimates it, with a standard error of at
// most 0.05. Two texts are near-duplicates when Similarity >= Threshold.
//
// Candidates are found by locality-sensitive hashing: the signature is cut
// into NumBands bands of BandRows values, and each band is hashed to a
// 64-bit key (BandKeys). Two signatures share a band key when they agree on
// all rows of that band, so texts with Jaccard similarity s become
// candidates with probability 1-(1-s^5)^20: 0.9996 at 0.8, 0.975 at 0.7,
// 0.80 at 0.6, 0.05 at 0.3 and 0.006 at 0.2. A store keeps one row per band
// key and verifies the candidates with Similarity.
//
// Texts shorter than MinWords words get the zero signature, which never
// matches anything: a sentence or two ("Fighting continued on Monday.") is
// too little evidence to call two articles the same story, and such texts
// would otherwise collide with every other short item on the same topic.
// Exact copies of short texts are still caught by their id (hash of the text).
package dedupe

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

const (
	// NumHashes is the number of min-hashes in a signature (K).
	NumHashes = 100

	// NumBands and BandRows split a signature for candidate lookup: 20
	// bands of 5 rows put the steepest part of the candidate curve,
	// (1/20)^(1/5) = 0.55, just below Threshold. TestParameters has the
	// measurements behind the choice.
	NumBands = 20
	BandRows = NumHashes / NumBands

	// Threshold is the lowest Similarity at which two signatures are
	// near-duplicates. Over 300 generated 200-400 word wire stories
	// (TestRecallOverStories), copies with a changed word, a new first
	// line, a footer, or a new headline, several small edits and a
	// correction have a Jaccard similarity of 0.77 or more (Similarity
	// 0.71 or more), a rewritten opening paragraph 0.64-0.87; different
	// stories reach 0.23 at most, even on the same topic with a shared
	// background paragraph. 0.6 sits in that gap, a little above the
	// bands' knee, and finds every copy and 98% of the new openings.
	Threshold = 0.6

	// MinWords is the fewest words a text needs to get a signature.
	MinWords = 20

	// SigSize is the size in bytes of a signature's binary encoding.
	SigSize = 4 * NumHashes

	shingle = 3 // words per shingle
)

// Sig is a MinHash signature. The zero Sig is the signature of a text too
// short to sign; it matches nothing.
type Sig [NumHashes]uint32

// IsZero reports whether s is the zero signature (the text was too short).
func (s *Sig) IsZero() bool { return *s == Sig{} }

// hashMul and hashAdd define the NumHashes hash functions of a shingle hash
// x: h_i(x) = (hashMul[i]*x + hashAdd[i]) >> 32 (mod 2^64), Dietzfelbinger's
// multiply-add-shift with random odd multipliers. The shingle hashes are
// already fully mixed (mix64), so one multiply-add per hash function is
// enough; TestEstimator checks the estimates against exact Jaccard values.
// Fixed seeds: signatures are stored, so these must never change.
var hashMul, hashAdd = func() (m, a [NumHashes]uint64) {
	state := uint64(0x5349_5452_4d48_0001) // "SITRMH"
	next := func() uint64 { state += 0x9e3779b97f4a7c15; return mix64(state) }
	for i := range m {
		m[i], a[i] = next()|1, next()
	}
	return m, a
}()

// Signature returns the MinHash signature of text, or the zero Sig when text
// has fewer than MinWords words. Words are maximal runs of letters and
// digits, compared case-insensitively; apostrophes inside words are dropped
// ("don't" = "dont").
func Signature(text string) Sig {
	var (
		sig   Sig
		win   [shingle]uint64
		words int
	)
	for i := range sig {
		sig[i] = math.MaxUint32
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
		sig.add(mix64(win[0] ^ bits.RotateLeft64(win[1], 21) ^ bits.RotateLeft64(win[2], 42)))
	}
	if words < MinWords {
		return Sig{}
	}
	if sig.IsZero() {
		sig[0] = 1 // keep the zero Sig for "too short"; a real one is a 2^-3200 event
	}
	return sig
}

// add lowers s to the hashes of shingle hash x where they are smaller.
func (s *Sig) add(x uint64) {
	// Four hash functions per step (NumHashes is a multiple of 4): about
	// 20% faster than one at a time, as the compiler does not unroll.
	for i := 0; i < NumHashes; i += 4 {
		v, m, a := s[i:i+4:i+4], hashMul[i:i+4:i+4], hashAdd[i:i+4:i+4]
		v[0] = min(v[0], uint32((m[0]*x+a[0])>>32))
		v[1] = min(v[1], uint32((m[1]*x+a[1])>>32))
		v[2] = min(v[2], uint32((m[2]*x+a[2])>>32))
		v[3] = min(v[3], uint32((m[3]*x+a[3])>>32))
	}
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
// inputs, and the multiply-add-shift hashes need well-mixed input.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of the shingle sets behind a
// and b: the fraction of positions where they agree, from 0 to 1. It is 0
// when either is the zero Sig.
func Similarity(a, b Sig) float64 {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// Near reports whether a and b are near-duplicates: both are real
// signatures with Similarity at least Threshold.
func Near(a, b Sig) bool { return Similarity(a, b) >= Threshold }

// BandKeys returns the NumBands keys under which a store indexes s: the band
// number in the top 8 bits and a 56-bit hash of the band's BandRows values
// below, so one integer column and one index serve all bands, and the keys
// are positive as SQLite integers. The zero Sig has no keys (nil).
func BandKeys(s Sig) []uint64 {
	if s.IsZero() {
		return nil
	}
	keys := make([]uint64, NumBands)
	for b := range keys {
		h := uint64(b) + 1
		for _, v := range s[b*BandRows : (b+1)*BandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys[b] = uint64(b)<<56 | h>>8
	}
	return keys
}

// AppendBinary appends the encoding of s, NumHashes little-endian uint32s
// (SigSize bytes), to b.
func (s *Sig) AppendBinary(b []byte) ([]byte, error) {
	b = slices.Grow(b, SigSize)
	for _, v := range s {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b, nil
}

// MarshalBinary returns the encoding of s, NumHashes little-endian uint32s.
func (s *Sig) MarshalBinary() ([]byte, error) {
	return s.AppendBinary(make([]byte, 0, SigSize))
}

// ErrBadSig is returned by UnmarshalBinary for data of the wrong size.
var ErrBadSig = errors.New("dedupe: bad signature encoding")

// UnmarshalBinary decodes data written by MarshalBinary into s.
func (s *Sig) UnmarshalBinary(data []byte) error {
	if len(data) != SigSize {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadSig, len(data), SigSize)
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(data[4*i:])
	}
	return nil
}

// Index is an in-memory band index for candidate lookup, the same scheme a
// store runs in SQL. The zero value is ready to use; it is not safe for
// concurrent use.
type Index struct {
	ids  []string
	sigs []Sig
	keys map[uint64][]int32 // band key -> positions in ids/sigs
}

// Add records signature s under id. The zero Sig is ignored: short texts
// are never near-duplicates.
func (x *Index) Add(id string, s Sig) {
	if s.IsZero() {
		return
	}
	if x.keys == nil {
		x.keys = make(map[uint64][]int32)
	}
	n := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, s)
	for _, k := range BandKeys(s) {
		x.keys[k] = append(x.keys[k], n)
	}
}

// Len is the number of signatures in the index.
func (x *Index) Len() int { return len(x.ids) }

// Near returns the most similar indexed id among the candidates that share
// a band key with s, if its Similarity is at least minSim; ties go to the
// one added first. Like any LSH lookup it can miss a match that shares no
// band (see the package comment for how likely that is).
func (x *Index) Near(s Sig, minSim float64) (id string, sim float64, ok bool) {
	best := int32(-1)
	for _, k := range BandKeys(s) {
		for _, n := range x.keys[k] {
			if d := Similarity(s, x.sigs[n]); d >= minSim && (best < 0 || d > sim || d == sim && n < best) {
				best, sim = n, d
			}
		}
	}
	if best < 0 {
		return "", 0, false
	}
	return x.ids[best], sim, true
}
