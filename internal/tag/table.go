package tag

// featTable is an open-addressing hash table from feature hash to weight
// row, built once after loading: a Go map lookup was half of the tagging
// time, this probe loop is a few times faster.
type featTable struct {
	keys []uint64
	rows []int32 // -1: empty slot
	mask uint64
}

func newFeatTable(index map[uint64]int32) featTable {
	size := 1
	for size < 2*len(index)+1 {
		size <<= 1
	}
	t := featTable{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
	for i := range t.rows {
		t.rows[i] = -1
	}
	for k, r := range index {
		i := slot(k) & t.mask
		for t.rows[i] >= 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.rows[i] = k, r
	}
	return t
}

// slot mixes the feature hash (already a hash, but its low bits need not
// be uniform).
func slot(k uint64) uint64 { return (k ^ k>>29) * 0x9E3779B97F4A7C15 >> 20 }

func (t *featTable) get(k uint64) (int32, bool) {
	if len(t.rows) == 0 {
		return 0, false
	}
	for i := slot(k) & t.mask; ; i = (i + 1) & t.mask {
		r := t.rows[i]
		if r < 0 {
			return 0, false
		}
		if t.keys[i] == k {
			return r, true
		}
	}
}
