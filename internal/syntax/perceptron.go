package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// An averaged perceptron over hashed features. Training keeps dense rows
// (one weight per class per feature); the shipped form keeps only the
// non-zero averaged weights of each feature, sparse, in an open-addressing
// table, which is small, quick to load and quick to score.

// trainer is the mutable, training-time perceptron.
type trainer struct {
	nClass int
	rows   map[uint64]int32 // feature -> row number
	w      []int32          // current weights, row-major
	total  []int64          // sum of weights over all steps, up to stamp
	stamp  []int32          // step at which total was last brought up to date
	step   int32
}

func newTrainer(nClass int) *trainer {
	return &trainer{nClass: nClass, rows: map[uint64]int32{}}
}

// score adds the current weights of feats into scores (len nClass).
func (t *trainer) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.rows[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.nClass : int(r+1)*t.nClass]
		for c, v := range row {
			scores[c] += float32(v)
		}
	}
}

func (t *trainer) row(f uint64) int {
	r, ok := t.rows[f]
	if !ok {
		r = int32(len(t.rows))
		t.rows[f] = r
		t.w = append(t.w, make([]int32, t.nClass)...)
		t.total = append(t.total, make([]int64, t.nClass)...)
		t.stamp = append(t.stamp, make([]int32, t.nClass)...)
	}
	return int(r) * t.nClass
}

func (t *trainer) bump(i int, d int32) {
	t.total[i] += int64(t.step-t.stamp[i]) * int64(t.w[i])
	t.stamp[i] = t.step
	t.w[i] += d
}

// update moves weight from guess to truth for feats; tick must be called once
// per training instance so averaging counts instances, not updates.
func (t *trainer) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := t.row(f)
		t.bump(r+truth, 1)
		t.bump(r+guess, -1)
	}
}

func (t *trainer) tick() { t.step++ }

// weights is the shipped, averaged, sparse perceptron. Scoring is bound by
// memory latency, so the layout keeps each feature to two cache lines: an
// 8-byte table slot (32-bit fingerprint, offset and count of its weights)
// and its packed weights (class in the top byte, int16 weight below).
type weights struct {
	nClass int
	scale  float32  // a packed int16 weight times scale is the weight
	table  []slot   // open addressing; fp 0 marks an empty slot
	packed []uint32 // class<<16 | uint16(weight)
	mask   uint64
	keys   []uint64 // feature keys in insertion order, for writing
	start  []uint32 // feature i's weights are packed[start[i]:start[i+1]]
	// dense replaces table and packed for models of at most denseMax
	// classes (the parser's moves): one slot holds all of a feature's
	// weights, so a feature costs one cache miss.
	dense []dslot
}

const denseMax = 3

type dslot struct {
	fp uint32
	w  [denseMax]int16
}

type slot struct {
	fp  uint32 // high half of the feature hash, never 0
	ref uint32 // offset<<8 | count (a feature has at most 255 weights)
}

// average turns the trainer into shipped weights, dropping averaged weights
// whose magnitude is below minAbs (they barely change any decision).
func (t *trainer) average(minAbs float64) *weights {
	return averageAll([]*trainer{t}, minAbs)
}

// averageAll is average over several trainers of the same classes: each
// feature's weight is the mean of its averaged weights (zero where a
// trainer never saw it), then pruned below minAbs.
func averageAll(ts []*trainer, minAbs float64) *weights {
	nc := ts[0].nClass
	seen := map[uint64]bool{}
	var keys []uint64
	for _, t := range ts {
		for k := range t.rows {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b := &builder{nClass: nc}
	sum := make([]float64, nc)
	for _, k := range keys {
		clear(sum)
		for _, t := range ts {
			r, ok := t.rows[k]
			if !ok {
				continue
			}
			for c := 0; c < nc; c++ {
				i := int(r)*nc + c
				tot := t.total[i] + int64(t.step-t.stamp[i])*int64(t.w[i])
				sum[c] += float64(tot) / float64(max(t.step, 1))
			}
		}
		var cs []uint8
		var vs []float32
		for c, v := range sum {
			v /= float64(len(ts))
			if math.Abs(v) < minAbs {
				continue
			}
			cs = append(cs, uint8(c))
			vs = append(vs, float32(v))
		}
		if len(cs) > 0 {
			b.add(k, cs, vs)
		}
	}
	return b.build()
}

type builder struct {
	nClass int
	keys   []uint64
	start  []uint32
	cls    []uint8
	val    []float32
}

func (b *builder) add(k uint64, cs []uint8, vs []float32) {
	b.keys = append(b.keys, k)
	b.start = append(b.start, uint32(len(b.cls)))
	b.cls = append(b.cls, cs...)
	b.val = append(b.val, vs...)
}

func (b *builder) build() *weights {
	n := len(b.keys)
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	maxAbs := float32(0)
	for _, v := range b.val {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	w := &weights{
		nClass: b.nClass,
		scale:  scale,
		table:  make([]slot, size),
		packed: make([]uint32, len(b.val)),
		mask:   uint64(size - 1),
		keys:   b.keys,
		start:  append(b.start, uint32(len(b.cls))),
	}
	for i, v := range b.val {
		q := int16(math.Round(float64(v / scale)))
		w.packed[i] = uint32(b.cls[i])<<16 | uint32(uint16(q))
	}
	if w.nClass <= denseMax {
		w.table = nil
		w.dense = make([]dslot, size)
	}
	for i, k := range b.keys {
		fp := fingerprint(k)
		s := mix(k) & w.mask
		if w.dense != nil {
			for w.dense[s].fp != 0 && w.dense[s].fp != fp {
				s = (s + 1) & w.mask
			}
			w.dense[s].fp = fp
			for _, p := range w.packed[w.start[i]:w.start[i+1]] {
				w.dense[s].w[uint8(p>>16)] = int16(uint16(p))
			}
			continue
		}
		for w.table[s].fp != 0 && w.table[s].fp != fp {
			s = (s + 1) & w.mask
		}
		cnt := w.start[i+1] - w.start[i]
		w.table[s] = slot{fp: fp, ref: w.start[i]<<8 | cnt}
	}
	return w
}

// scoreDense is score for the dense layout.
func (w *weights) scoreDense(feats []uint64, scores []float32) {
	var acc [denseMax]int32
	for _, f := range feats {
		fp := fingerprint(f)
		s := mix(f) & w.mask
		sl := &w.dense[s]
		for sl.fp != fp && sl.fp != 0 {
			s = (s + 1) & w.mask
			sl = &w.dense[s]
		}
		if sl.fp == fp {
			acc[0] += int32(sl.w[0])
			acc[1] += int32(sl.w[1])
			acc[2] += int32(sl.w[2])
		}
	}
	for c := range scores {
		scores[c] = float32(acc[c]) * w.scale
	}
}

func fingerprint(k uint64) uint32 {
	fp := uint32(k >> 32)
	if fp == 0 {
		fp = 1
	}
	return fp
}

func mix(k uint64) uint64 {
	k ^= k >> 31
	k *= 0x9E3779B97F4A7C15
	return k ^ k>>29
}

// score sets scores (len nClass) to the summed weights of feats. It finds
// all table slots first and reads the weights after, so the cache misses of
// different features overlap instead of queueing behind each other.
func (w *weights) score(feats []uint64, scores []float32) {
	clear(scores)
	if w.dense != nil {
		w.scoreDense(feats, scores)
		return
	}
	if len(w.table) == 0 {
		return
	}
	var acc [256]int32
	var refs [128]uint32
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(refs))]
		feats = feats[len(chunk):]
		n := 0
		for _, f := range chunk {
			fp := fingerprint(f)
			s := mix(f) & w.mask
			sl := w.table[s]
			for sl.fp != fp && sl.fp != 0 {
				s = (s + 1) & w.mask
				sl = w.table[s]
			}
			if sl.fp == fp {
				refs[n] = sl.ref
				n++
			}
		}
		for _, ref := range refs[:n] {
			off, cnt := ref>>8, ref&0xff
			for _, p := range w.packed[off : off+cnt] {
				acc[uint8(p>>16)] += int32(int16(uint16(p)))
			}
		}
	}
	for c := range scores {
		scores[c] = float32(acc[c]) * w.scale
	}
}

// Serialised form, little-endian: nClass u16, nFeat u32, then per feature
// key u64, count u8, count × (class u8), count × (weight as int16 scaled by
// the model-wide scale f32 written after nFeat).

func (w *weights) write(out io.Writer) error {
	n := len(w.keys)
	buf := binary.LittleEndian.AppendUint16(nil, uint16(w.nClass))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(n))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(w.scale))
	for i := 0; i < n; i++ {
		a, b := w.start[i], w.start[i+1]
		buf = binary.LittleEndian.AppendUint64(buf, w.keys[i])
		buf = append(buf, uint8(b-a))
		for _, p := range w.packed[a:b] {
			buf = append(buf, uint8(p>>16))
		}
		for _, p := range w.packed[a:b] {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(p))
		}
	}
	_, err := out.Write(buf)
	return err
}

var errShort = errors.New("syntax: truncated model")

// readWeights decodes weights from b and returns the rest of b.
func readWeights(b []byte) (*weights, []byte, error) {
	if len(b) < 10 {
		return nil, nil, errShort
	}
	bl := &builder{nClass: int(binary.LittleEndian.Uint16(b))}
	n := int(binary.LittleEndian.Uint32(b[2:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[6:]))
	b = b[10:]
	if n > len(b)/9 {
		return nil, nil, errShort
	}
	bl.keys = make([]uint64, 0, n)
	bl.start = make([]uint32, 0, n+1)
	for i := 0; i < n; i++ {
		if len(b) < 9 {
			return nil, nil, errShort
		}
		k := binary.LittleEndian.Uint64(b)
		c := int(b[8])
		b = b[9:]
		if len(b) < 3*c {
			return nil, nil, errShort
		}
		bl.keys = append(bl.keys, k)
		bl.start = append(bl.start, uint32(len(bl.cls)))
		for _, cl := range b[:c] {
			if int(cl) >= bl.nClass {
				return nil, nil, fmt.Errorf("syntax: class %d out of range", cl)
			}
		}
		bl.cls = append(bl.cls, b[:c]...)
		b = b[c:]
		for j := 0; j < c; j++ {
			q := int16(binary.LittleEndian.Uint16(b[2*j:]))
			bl.val = append(bl.val, float32(q)*scale)
		}
		b = b[2*c:]
	}
	return bl.build(), b, nil
}
