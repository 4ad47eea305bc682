package dedupe

import (
	"fmt"
	"math/bits"
	"strings"
	"testing"
	"unicode"
)

func TestFingerprintPairs(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"identical", storyBase, storyBase, true},
		{"different first line", storyBase, storyByline, true},
		{"one changed word", storyBase, storyWord, true},
		{"no dateline, new toll", storyBase, storyEdited, true},
		{"site footer", storyBase, storyFooter, true},
		{"case and punctuation only", storyBase, strings.ToUpper(strings.NewReplacer(",", "", ".", " ;", "\"", "'").Replace(storyBase)), true},
		{"other story, same topic (talks)", storyBase, storyOtherA, false},
		{"other story, same topic (attack)", storyBase, storyOtherB, false},
		{"two other stories", storyOtherA, storyOtherB, false},
		{"short text vs itself", storyShort, storyShort, false},
		{"short text vs story", storyShort, storyBase, false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fa, fb := Fingerprint(tt.a), Fingerprint(tt.b)
			if got := Near(fa, fb); got != tt.near {
				t.Errorf("Near = %v, want %v (distance %d, threshold %d)", got, tt.near, Distance(fa, fb), Threshold)
			}
		})
	}
}

// TestThresholdRecall is the evidence for Threshold: one fingerprint pair is
// a single coin toss per bit, so it measures each variant over many hash
// seeds. Republished copies must match at Threshold in most seeds; other
// stories must stay far beyond it in every seed.
func TestThresholdRecall(t *testing.T) {
	const seeds = 300
	tests := []struct {
		name      string
		b         string
		minRecall float64 // share of seeds with distance <= Threshold
	}{
		{"different first line", storyByline, 0.90},
		{"one changed word", storyWord, 0.95},
		{"no dateline, new toll", storyEdited, 0.90},
		{"site footer", storyFooter, 0.65},
		{"other story (talks)", storyOtherA, 0},
		{"other story (attack)", storyOtherB, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, hits3, minDist, hist := 0, 0, 64, make([]int, 65)
			for s := range uint64(seeds) {
				seed := mix64(s + 1)
				d := Distance(simhash(storyBase, seed), simhash(tt.b, seed))
				hist[d]++
				minDist = min(minDist, d)
				if d <= Threshold {
					hits++
				}
				if d <= 3 {
					hits3++
				}
			}
			recall := float64(hits) / seeds
			t.Logf("share within %d bits: %.2f (within 3 bits: %.2f); min distance %d",
				Threshold, recall, float64(hits3)/seeds, minDist)
			if tt.minRecall > 0 && recall < tt.minRecall {
				t.Errorf("recall %.2f < %.2f; distance histogram %v", recall, tt.minRecall, hist)
			}
			// Different stories: not one seed may come within a safety
			// margin of the threshold.
			if tt.minRecall == 0 && minDist <= Threshold+4 {
				t.Errorf("different story came within %d bits", minDist)
			}
		})
	}
}

func TestShortTextsHaveNoFingerprint(t *testing.T) {
	words := strings.FieldsFunc(storyBase, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	tests := []struct {
		n    int
		want bool // has a fingerprint
	}{{0, false}, {1, false}, {MinWords - 1, false}, {MinWords, true}, {len(words), true}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			fp := Fingerprint(strings.Join(words[:tt.n], " "))
			if got := fp != None; got != tt.want {
				t.Errorf("Fingerprint of %d words = %#x, want fingerprint: %v", tt.n, fp, tt.want)
			}
		})
	}
	// Punctuation-only tokens are not words.
	if fp := Fingerprint(strings.Repeat("-- ... !! ", 50)); fp != None {
		t.Errorf("punctuation got fingerprint %#x", fp)
	}
}

func TestBandsAndProbes(t *testing.T) {
	fp := uint64(0x0123_4567_89ab_cdef)
	if got, want := Bands(fp), [4]uint16{0xcdef, 0x89ab, 0x4567, 0x0123}; got != want {
		t.Errorf("Bands = %#x, want %#x", got, want)
	}
	keys := BandKeys(fp)
	if keys[2] != 2<<16|0x4567 {
		t.Errorf("BandKeys[2] = %#x", keys[2])
	}
	// Every fingerprint within Threshold bits must hit one of the probes
	// on one of its own band keys: check flips spread over all bands.
	probes := map[uint32]bool{}
	for _, k := range ProbeKeys(fp) {
		probes[k] = true
	}
	if len(probes) != NumProbes {
		t.Fatalf("ProbeKeys has %d distinct keys, want %d", len(probes), NumProbes)
	}
	for _, flips := range [][]int{{0, 1, 16, 17, 32, 33, 48}, {15, 14, 31, 30, 47, 46, 63}, {0, 1, 2, 3, 4, 5, 6}} {
		other := fp
		for _, b := range flips {
			other ^= 1 << b
		}
		hit := false
		for _, k := range BandKeys(other) {
			hit = hit || probes[k]
		}
		if !hit {
			t.Errorf("flips %v (distance %d) not found by probes", flips, Distance(fp, other))
		}
	}
}

func TestIndex(t *testing.T) {
	var x Index
	if _, _, ok := x.Near(Fingerprint(storyBase), Threshold); ok {
		t.Fatal("empty index matched")
	}
	x.Add("short", Fingerprint(storyShort)) // ignored: None
	x.Add("base", Fingerprint(storyBase))
	x.Add("talks", Fingerprint(storyOtherA))
	x.Add("base-again", Fingerprint(storyBase))
	if x.Len() != 3 {
		t.Errorf("Len = %d, want 3", x.Len())
	}
	tests := []struct {
		name    string
		text    string
		maxDist int
		wantID  string
		wantOK  bool
	}{
		{"exact, first added wins ties", storyBase, Threshold, "base", true},
		{"footer copy", storyFooter, Threshold, "base", true},
		{"other story", storyOtherB, Threshold, "", false},
		{"short never matches", storyShort, 64, "", false},
		{"linear scan beyond threshold", storyOtherB, 64, "", true},
		{"negative distance", storyBase, -1, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, d, ok := x.Near(Fingerprint(tt.text), tt.maxDist)
			if ok != tt.wantOK || tt.wantID != "" && id != tt.wantID {
				t.Errorf("Near = %q, %d, %v; want %q, %v", id, d, ok, tt.wantID, tt.wantOK)
			}
		})
	}
}

// TestIndexMatchesLinearScan checks the probe lookup against brute force on
// random fingerprints planted at every distance up to Threshold.
func TestIndexMatchesLinearScan(t *testing.T) {
	var x Index
	state := uint64(42)
	rnd := func() uint64 { state += 0x9e3779b97f4a7c15; return mix64(state) }
	base := make([]uint64, 500)
	for i := range base {
		base[i] = rnd() | 1
		x.Add(fmt.Sprint(i), base[i])
	}
	for i, fp := range base {
		d := i % (Threshold + 1)
		q := fp
		for bits.OnesCount64(q^fp) < d {
			q ^= 1 << (rnd() % 64)
		}
		_, got, ok := x.Near(q, Threshold)
		_, want, _ := x.Near(q, 64) // linear scan
		if !ok || got != want || got > d {
			t.Fatalf("query at distance %d: got %d ok=%v, linear scan %d", d, got, ok, want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b uint64
		want int
	}{{0, 0, 0}, {0, ^uint64(0), 64}, {0b1011, 0b0001, 2}, {1 << 63, 0, 1}}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%#x, %#x) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzFingerprint(f *testing.F) {
	for _, s := range []string{"", storyShort, storyBase, storyOtherA, "don’t stop — Ünïcödé wörds 123 ’’ ''", "\xff\xfe invalid utf8 \xc3"} {
		f.Add(s, storyFooter)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := Fingerprint(a), Fingerprint(b)
		if again := Fingerprint(a); again != fa {
			t.Fatalf("not deterministic: %#x then %#x", fa, again)
		}
		if a == b && fa != fb {
			t.Fatalf("identical texts, different fingerprints")
		}
		if d1, d2 := Distance(fa, fb), Distance(fb, fa); d1 != d2 || d1 < 0 || d1 > 64 {
			t.Fatalf("Distance not symmetric or out of range: %d, %d", d1, d2)
		}
		if Distance(fa, fa) != 0 {
			t.Fatal("Distance(x, x) != 0")
		}
		if Near(fa, fb) != Near(fb, fa) {
			t.Fatal("Near not symmetric")
		}
		if n := countWords(a); n < MinWords && fa != None || n >= MinWords && fa == None {
			t.Fatalf("text with %d words got fingerprint %#x", n, fa)
		}
	})
}

func BenchmarkFingerprint(b *testing.B) {
	text := storyFooter + "\n\n" + storyOtherA // about 3 KB, like a wire story
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Fingerprint(text)
	}
}

// countWords is a slow reference for the tokenizer: runs of letters, digits,
// marks and apostrophes that hold at least one letter, digit or mark.
func countWords(s string) int {
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !isWordRune(r) && r != '\'' && r != '’'
	}) {
		if strings.IndexFunc(f, isWordRune) >= 0 {
			n++
		}
	}
	return n
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
