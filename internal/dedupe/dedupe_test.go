package dedupe

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestSimilarityPairs(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"identical", storyBase, storyBase, true},
		{"different first line", storyBase, storyByline, true},
		{"rewritten opening paragraph", storyBase, storyNewIntro, true},
		{"one changed word", storyBase, storyWord, true},
		{"no dateline, new toll", storyBase, storyEdited, true},
		{"site footer", storyBase, storyFooter, true},
		{"headline, wording, spelling, correction", storyBase, storyMulti, true},
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
			sa, sb := Signature(tt.a), Signature(tt.b)
			sim := Similarity(sa, sb)
			t.Logf("similarity %.2f, Jaccard %.3f", sim, jaccard(tt.a, tt.b))
			if got := Near(sa, sb); got != tt.near {
				t.Errorf("Near = %v, want %v (similarity %.2f, threshold %.2f)", got, tt.near, sim, Threshold)
			}
			// A near pair must also be found through the band index.
			var x Index
			x.Add("a", sa)
			if _, _, ok := x.Near(sb, Threshold); ok != tt.near {
				t.Errorf("Index.Near found = %v, want %v", ok, tt.near)
			}
		})
	}
}

// story is a generated story and the copies other sites make of it.
type story struct {
	text   string
	copies map[string]string // edit kind -> copy
}

var editKinds = []string{"one changed word", "different first line", "site footer", "several edits and a correction", "rewritten opening paragraph"}

// genStories returns n generated stories on 20 topics, with their copies.
func genStories(n int) []story {
	topics := make([]topic, 20)
	for i := range topics {
		topics[i] = newTopic(uint64(i))
	}
	out := make([]story, n)
	for i := range out {
		g := newGen(uint64(1000 + i))
		ps := g.story(topics[i%len(topics)])
		out[i] = story{join(ps), map[string]string{
			"one changed word":               g.editWord(ps),
			"different first line":           g.editFirstLine(ps),
			"site footer":                    g.editFooter(ps),
			"several edits and a correction": g.editMulti(ps),
			"rewritten opening paragraph":    g.editLead(ps),
		}}
	}
	return out
}

// TestRecallOverStories is the evidence for Threshold. MinHash with fixed
// hash functions is deterministic, so rather than varying seeds it varies
// the texts: 300 generated stories, each republished with every kind of
// edit. Copies must be found through the band index (LSH and Threshold);
// no two different stories, 20% of them pairs on the same topic that share
// a background paragraph, may come near the threshold.
func TestRecallOverStories(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	stories := genStories(n)
	var x Index
	for i, s := range stories {
		x.Add(fmt.Sprint(i), Signature(s.text))
	}
	minRecall := map[string]float64{
		"one changed word":               1,
		"different first line":           1,
		"site footer":                    1,
		"several edits and a correction": 1,
		"rewritten opening paragraph":    0.95,
	}
	for _, kind := range editKinds {
		t.Run(kind, func(t *testing.T) {
			var js, sims []float64
			found := 0
			for i, s := range stories {
				c := s.copies[kind]
				js = append(js, jaccard(s.text, c))
				sig := Signature(c)
				sims = append(sims, Similarity(Signature(s.text), sig))
				if id, _, ok := x.Near(sig, Threshold); ok && id == fmt.Sprint(i) {
					found++
				}
			}
			recall := float64(found) / float64(n)
			slices.Sort(js)
			t.Logf("recall %.3f; Jaccard min %.2f, median %.2f; similarity min %.2f, median %.2f",
				recall, js[0], js[n/2], slices.Min(sims), median(sims))
			if recall < minRecall[kind] {
				t.Errorf("recall %.3f < %.3f", recall, minRecall[kind])
			}
		})
	}
	t.Run("different stories", func(t *testing.T) {
		sigs := make([]Sig, n)
		for i, s := range stories {
			sigs[i] = Signature(s.text)
		}
		var maxSame, maxOther float64
		candidates := 0
		for i := range sigs {
			for j := i + 1; j < len(sigs); j++ {
				sim := Similarity(sigs[i], sigs[j])
				if i%20 == j%20 {
					maxSame = max(maxSame, sim)
				} else {
					maxOther = max(maxOther, sim)
				}
				if shareBand(sigs[i], sigs[j]) {
					candidates++
				}
			}
		}
		t.Logf("%d pairs: highest similarity %.2f on the same topic, %.2f on others; %d share a band",
			n*(n-1)/2, maxSame, maxOther, candidates)
		// Not one pair may come within a safety margin of the threshold.
		if m := max(maxSame, maxOther); m > Threshold-0.2 {
			t.Errorf("different stories reached similarity %.2f", m)
		}
	})
}

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	return s[len(s)/2]
}

// shareBand reports whether a and b agree on every row of some band: a slow
// reference for "share a band key".
func shareBand(a, b Sig) bool { return shareBandBR(a, b, NumBands, BandRows) }

func shareBandBR(a, b Sig, bands, rows int) bool {
	for band := range bands {
		if slices.Equal(a[band*rows:(band+1)*rows], b[band*rows:(band+1)*rows]) {
			return true
		}
	}
	return false
}

// TestParameters is the evidence for NumBands x BandRows: the same
// generated stories split other ways. Fewer rows per band find more
// rewritten openings but make more different stories candidates (each one
// is a signature to fetch and compare); more rows start to miss copies.
// 20x5 finds every copy of the kinds that must match and 99% of the
// rewritten openings at Threshold, with no different stories as
// candidates.
func TestParameters(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const n = 300
	stories := genStories(n)
	sigs := make([]Sig, n)
	copies := map[string][]Sig{}
	for i, s := range stories {
		sigs[i] = Signature(s.text)
		for _, kind := range editKinds {
			copies[kind] = append(copies[kind], Signature(s.copies[kind]))
		}
	}
	// candidate probability 1-(1-s^r)^b for Jaccard similarity s
	pCand := func(s float64, b, r int) float64 { return 1 - math.Pow(1-math.Pow(s, float64(r)), float64(b)) }
	for _, br := range [][2]int{{33, 3}, {25, 4}, {20, 5}, {16, 6}, {14, 7}, {10, 10}} {
		b, r := br[0], br[1]
		recall := func(kind string) float64 {
			found := 0
			for i, c := range copies[kind] {
				if shareBandBR(sigs[i], c, b, r) && Similarity(sigs[i], c) >= Threshold {
					found++
				}
			}
			return float64(found) / n
		}
		cands := 0
		for i := range sigs {
			for j := i + 1; j < n; j++ {
				if shareBandBR(sigs[i], sigs[j], b, r) {
					cands++
				}
			}
		}
		edits, opening := recall("several edits and a correction"), recall("rewritten opening paragraph")
		t.Logf("%2dx%-2d knee %.2f, P(candidate) at 0.6/0.7/0.8: %.3f/%.3f/%.4f, at 0.25: %.4f; recall: several edits %.3f, new opening %.3f; different stories sharing a band: %d of %d",
			b, r, math.Pow(1/float64(b), 1/float64(r)), pCand(0.6, b, r), pCand(0.7, b, r), pCand(0.8, b, r), pCand(0.25, b, r),
			edits, opening, cands, n*(n-1)/2)
		if b == NumBands && r == BandRows && (pCand(0.7, b, r) < 0.97 || edits < 1 || opening < 0.97 || cands > 0) {
			t.Errorf("%dx%d no longer finds the copies without different stories as candidates", b, r)
		}
	}
}

// TestEstimator checks that Similarity estimates the Jaccard similarity
// without bias and with the binomial spread sqrt(J(1-J)/NumHashes): the
// hash functions behave as independent random permutations.
func TestEstimator(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	trials := 1000
	if testing.Short() {
		trials = 200
	}
	sigOf := func(xs []uint64) Sig {
		var s Sig
		for i := range s {
			s[i] = math.MaxUint32
		}
		for _, x := range xs {
			s.add(x)
		}
		return s
	}
	for _, j := range []float64{0.9, 0.6, 0.3} {
		t.Run(fmt.Sprint(j), func(t *testing.T) {
			const n = 300 // shingles per set
			shared := int(math.Round(2 * n * j / (1 + j)))
			exact := float64(shared) / float64(2*n-shared)
			var sum, sum2 float64
			a, b := make([]uint64, n), make([]uint64, n)
			for range trials {
				for k := range n {
					a[k], b[k] = mix64(r.Uint64()), mix64(r.Uint64())
					if k < shared {
						b[k] = a[k]
					}
				}
				e := Similarity(sigOf(a), sigOf(b)) - exact
				sum, sum2 = sum+e, sum2+e*e
			}
			bias := sum / float64(trials)
			sd := math.Sqrt(sum2/float64(trials) - bias*bias)
			want := math.Sqrt(exact * (1 - exact) / NumHashes)
			t.Logf("Jaccard %.3f: bias %+.4f, sd %.4f (binomial %.4f)", exact, bias, sd, want)
			if math.Abs(bias) > 4*want/math.Sqrt(float64(trials)) || sd > 1.15*want || sd < 0.85*want {
				t.Errorf("bias %+.4f, sd %.4f; want about 0 and %.4f", bias, sd, want)
			}
		})
	}
	// On text the estimate follows the exact Jaccard similarity too.
	for i, s := range genStories(100) {
		for kind, c := range s.copies {
			exact, sim := jaccard(s.text, c), Similarity(Signature(s.text), Signature(c))
			if sd := math.Sqrt(exact * (1 - exact) / NumHashes); math.Abs(sim-exact) > max(5*sd, 0.02) {
				t.Errorf("story %d, %s: similarity %.2f, Jaccard %.3f", i, kind, sim, exact)
			}
		}
	}
}

func TestShortTextsHaveNoSignature(t *testing.T) {
	words := strings.FieldsFunc(storyBase, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	tests := []struct {
		n    int
		want bool // has a signature
	}{{0, false}, {1, false}, {MinWords - 1, false}, {MinWords, true}, {len(words), true}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			sig := Signature(strings.Join(words[:tt.n], " "))
			if got := !sig.IsZero(); got != tt.want {
				t.Errorf("Signature of %d words has signature: %v, want %v", tt.n, got, tt.want)
			}
			if got := BandKeys(sig) != nil; got != tt.want {
				t.Errorf("BandKeys of %d words: %v", tt.n, BandKeys(sig))
			}
		})
	}
	// Punctuation-only tokens are not words.
	if sig := Signature(strings.Repeat("-- ... !! ", 50)); !sig.IsZero() {
		t.Errorf("punctuation got a signature")
	}
}

// TestStable pins the hash functions: stores keep signatures and band keys,
// so a change here would make every stored document unmatchable.
func TestStable(t *testing.T) {
	sig := Signature(storyBase)
	if got, want := sig[:4], []uint32{0x00d66a5e, 0x00e40ada, 0x005bf8d6, 0x0009a099}; !slices.Equal(got, want) {
		t.Errorf("Signature(storyBase)[:4] = %#08x, want %#08x", got, want)
	}
	if got, want := BandKeys(sig)[:2], []uint64{0x00c338eb8f3235ba, 0x01d0370cf08730cb}; !slices.Equal(got, want) {
		t.Errorf("BandKeys(storyBase)[:2] = %#016x, want %#016x", got, want)
	}
}

func TestBandKeys(t *testing.T) {
	sig := Signature(storyBase)
	keys := BandKeys(sig)
	if len(keys) != NumBands {
		t.Fatalf("%d keys, want %d", len(keys), NumBands)
	}
	for b, k := range keys {
		if int(k>>56) != b || int64(k) < 0 {
			t.Errorf("key %d = %#x: band number not in the top byte", b, k)
		}
	}
	// Changing one value changes exactly the key of its band.
	for _, pos := range []int{0, BandRows - 1, 7 * BandRows, NumHashes - 1} {
		other := sig
		other[pos]++
		for b, k := range BandKeys(other) {
			if changed := k != keys[b]; changed != (b == pos/BandRows) {
				t.Errorf("value %d changed: key %d changed = %v", pos, b, changed)
			}
		}
	}
	// The same values in another band give another key.
	var a, b Sig
	for i := range BandRows {
		a[i], b[BandRows+i] = uint32(i+1), uint32(i+1)
	}
	if BandKeys(a)[0] == BandKeys(b)[1] {
		t.Error("bands 0 and 1 with the same values share a key")
	}
}

func TestSimilarity(t *testing.T) {
	var a, b Sig
	for i := range a {
		a[i], b[i] = uint32(i), uint32(i)
	}
	for i := range 30 {
		b[3*i] = 1000
	}
	tests := []struct {
		name string
		a, b Sig
		want float64
	}{
		{"identical", a, a, 1},
		{"70% equal", a, b, 0.7},
		{"70% equal, swapped", b, a, 0.7},
		{"zero", a, Sig{}, 0},
		{"both zero", Sig{}, Sig{}, 0},
	}
	for _, tt := range tests {
		if got := Similarity(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: Similarity = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSigBinary(t *testing.T) {
	sig := Signature(storyBase)
	data, err := sig.MarshalBinary()
	if err != nil || len(data) != SigSize {
		t.Fatalf("MarshalBinary = %d bytes, %v", len(data), err)
	}
	if data[0] != byte(sig[0]) || data[4] != byte(sig[1]) || data[3] != byte(sig[0]>>24) {
		t.Errorf("not little-endian uint32s: % x", data[:8])
	}
	var got Sig
	if err := got.UnmarshalBinary(data); err != nil || got != sig {
		t.Errorf("round trip: %v, equal %v", err, got == sig)
	}
	prefixed, _ := sig.AppendBinary([]byte("x"))
	if string(prefixed[:1]) != "x" || string(prefixed[1:]) != string(data) {
		t.Error("AppendBinary did not append")
	}
	for _, n := range []int{0, SigSize - 1, SigSize + 4} {
		if err := got.UnmarshalBinary(make([]byte, n)); !errors.Is(err, ErrBadSig) {
			t.Errorf("UnmarshalBinary(%d bytes) = %v, want ErrBadSig", n, err)
		}
	}
}

func TestIndex(t *testing.T) {
	var x Index
	if _, _, ok := x.Near(Signature(storyBase), Threshold); ok {
		t.Fatal("empty index matched")
	}
	x.Add("short", Signature(storyShort)) // ignored: zero
	x.Add("base", Signature(storyBase))
	x.Add("talks", Signature(storyOtherA))
	x.Add("base-again", Signature(storyBase))
	x.Add("footer", Signature(storyFooter))
	if x.Len() != 4 {
		t.Errorf("Len = %d, want 4", x.Len())
	}
	tests := []struct {
		name    string
		text    string
		minSim  float64
		wantID  string
		wantSim float64
		wantOK  bool
	}{
		{"exact, first added wins ties", storyBase, Threshold, "base", 1, true},
		{"most similar wins", storyFooter, Threshold, "footer", 1, true},
		{"byline copy", storyByline, Threshold, "base", Similarity(Signature(storyBase), Signature(storyByline)), true},
		{"other story", storyOtherB, Threshold, "", 0, false},
		{"other story, any similarity", storyOtherB, 0, "", 0, false}, // shares no band
		{"short never matches", storyShort, 0, "", 0, false},
		{"above the best similarity", storyByline, 0.99, "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, sim, ok := x.Near(Signature(tt.text), tt.minSim)
			if ok != tt.wantOK || id != tt.wantID || sim != tt.wantSim {
				t.Errorf("Near = %q, %.2f, %v; want %q, %.2f, %v", id, sim, ok, tt.wantID, tt.wantSim, tt.wantOK)
			}
		})
	}
}

// TestIndexMatchesBruteForce checks the band index against a scan of every
// signature that shares a band with the query, on random signatures and
// queries that agree with one of them in some positions.
func TestIndexMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 1))
	var x Index
	sigs := make([]Sig, 400)
	for i := range sigs {
		for k := range sigs[i] {
			sigs[i][k] = uint32(r.IntN(4)) // few values: many partial agreements
		}
		if i%10 == 9 {
			sigs[i] = sigs[i-1] // ties
		}
		x.Add(fmt.Sprint(i), sigs[i])
	}
	for q := range 2000 {
		query := sigs[r.IntN(len(sigs))]
		for k := range query {
			if r.Float64() < float64(q%10)/10 {
				query[k] = uint32(r.IntN(4))
			}
		}
		minSim := float64(q%5) / 5
		want, wantSim := -1, 0.0
		for i, s := range sigs {
			if sim := Similarity(query, s); shareBand(query, s) && sim >= minSim && (want < 0 || sim > wantSim) {
				want, wantSim = i, sim
			}
		}
		id, sim, ok := x.Near(query, minSim)
		if ok != (want >= 0) || ok && (id != fmt.Sprint(want) || sim != wantSim) {
			t.Fatalf("query %d: Near = %q, %.2f, %v; brute force %d, %.2f", q, id, sim, ok, want, wantSim)
		}
	}
}

func FuzzSignature(f *testing.F) {
	for _, s := range []string{"", storyShort, storyBase, storyOtherA, "don’t stop — Ünïcödé wörds 123 ’’ ''", "\xff\xfe invalid utf8 \xc3"} {
		f.Add(s, storyFooter)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Signature(a), Signature(b)
		if again := Signature(a); again != sa {
			t.Fatal("not deterministic")
		}
		if a == b && sa != sb {
			t.Fatal("identical texts, different signatures")
		}
		s1, s2 := Similarity(sa, sb), Similarity(sb, sa)
		if s1 != s2 || s1 < 0 || s1 > 1 {
			t.Fatalf("Similarity not symmetric or out of range: %v, %v", s1, s2)
		}
		if self := Similarity(sa, sa); self != 1 && !sa.IsZero() || self != 0 && sa.IsZero() {
			t.Fatalf("Similarity(x, x) = %v", self)
		}
		if Near(sa, sb) != Near(sb, sa) {
			t.Fatal("Near not symmetric")
		}
		if n := countWords(a); n < MinWords && !sa.IsZero() || n >= MinWords && sa.IsZero() {
			t.Fatalf("text with %d words: zero signature %v", n, sa.IsZero())
		}
		if slices.Equal(BandKeys(sa), BandKeys(sb)) != (sa == sb) && !sa.IsZero() && !sb.IsZero() {
			t.Fatal("band keys equal for different signatures, or the reverse")
		}
	})
}

func BenchmarkSignature(b *testing.B) {
	text := storyFooter + "\n\n" + storyOtherA // about 3 KB, like a wire story
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Signature(text)
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
