package syntax

import (
	"math"
	"testing"
)

// TestAverageAll checks that averaging trainers is the mean of their
// averaged weights, with features one trainer never saw counted as zero.
func TestAverageAll(t *testing.T) {
	// Real feature hashes: the table tells features apart by their high bits.
	f1, f2 := hs("f1"), hs("f2")
	a, b := newTrainer(nMoves), newTrainer(nMoves)
	a.update([]uint64{f1, f2}, 0, 1)
	a.tick()
	b.update([]uint64{f1}, 0, 2)
	b.tick()
	w := averageAll([]*trainer{a, b}, 0)
	sc := make([]float32, nMoves)
	w.score([]uint64{f1}, sc)
	want := []float32{1, -0.5, -0.5}
	for c := range want {
		if math.Abs(float64(sc[c]-want[c])) > 1e-3 {
			t.Errorf("feature 1: scores %v, want %v", sc, want)
			break
		}
	}
	w.score([]uint64{f2}, sc)
	want = []float32{0.5, -0.5, 0}
	for c := range want {
		if math.Abs(float64(sc[c]-want[c])) > 1e-3 {
			t.Errorf("feature 2: scores %v, want %v", sc, want)
			break
		}
	}
}
