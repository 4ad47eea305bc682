package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// The model file is gzip of:
//
//	"sitrep-ner/1\n"
//	flags byte (1 = document features)
//	uvarint #labels, then each label as uvarint length + bytes
//	uvarint #gazetteer entries, then each as string + bits byte
//	float32 scale (little endian)
//	uvarint #features, then per feature in increasing hash order:
//	  uvarint hash delta, uint16 mask of labels with a non-zero weight,
//	  zigzag varint weight per set bit.
const modelMagic = "sitrep-ner/1\n"

// WriteTo writes the model in its compact serialised form.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }

	bw.WriteString(modelMagic)
	var flags byte
	if t.docFeat {
		flags |= 1
	}
	bw.WriteByte(flags)
	uv(uint64(len(t.labels)))
	for _, l := range t.labels {
		str(l)
	}
	keys := make([]string, 0, len(t.gaz))
	for k := range t.gaz {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		bw.WriteByte(t.gaz[k])
	}
	binary.Write(bw, binary.LittleEndian, math.Float32bits(t.scale))
	hs := make([]uint64, 0, len(t.index))
	for h := range t.index {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	uv(uint64(len(hs)))
	n := len(t.labels)
	var last uint64
	for _, h := range hs {
		uv(h - last)
		last = h
		row := t.w[int(t.index[h])*n : int(t.index[h])*n+n]
		var mask uint16
		for l, v := range row {
			if v != 0 {
				mask |= 1 << l
			}
		}
		binary.Write(bw, binary.LittleEndian, mask)
		for _, v := range row {
			if v != 0 {
				sv(int64(v))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// Load reads a model written by WriteTo.
func Load(b []byte) (*Tagger, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	t, err := readModel(bufio.NewReaderSize(zr, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return t, nil
}

// ReadModel reads a model written by WriteTo from r.
func ReadModel(r io.Reader) (*Tagger, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return Load(b)
}

func readModel(r *bufio.Reader) (*Tagger, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a sitrep NER model")
	}
	flags, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	str := func() (string, error) {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return "", err
		}
		if n > 1<<16 {
			return "", errors.New("string too long")
		}
		b := make([]byte, n)
		_, err = io.ReadFull(r, b)
		return string(b), err
	}
	nl, err := binary.ReadUvarint(r)
	if err != nil || nl == 0 || nl > 16 {
		return nil, fmt.Errorf("bad label count %d (%v)", nl, err)
	}
	labels := make([]string, nl)
	for i := range labels {
		if labels[i], err = str(); err != nil {
			return nil, err
		}
	}
	ng, err := binary.ReadUvarint(r)
	if err != nil || ng > 1<<24 {
		return nil, fmt.Errorf("bad gazetteer size (%v)", err)
	}
	gaz := make(Gazetteer, ng)
	for range ng {
		k, err := str()
		if err != nil {
			return nil, err
		}
		b, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		gaz[k] = b
	}
	var sb uint32
	if err := binary.Read(r, binary.LittleEndian, &sb); err != nil {
		return nil, err
	}
	nf, err := binary.ReadUvarint(r)
	if err != nil || nf > 1<<26 {
		return nil, fmt.Errorf("bad feature count (%v)", err)
	}
	n := int(nl)
	t := &Tagger{scale: math.Float32frombits(sb), docFeat: flags&1 != 0,
		index: make(map[uint64]int32, nf), w: make([]int32, 0, int(nf)*n)}
	t.setLabels(labels)
	t.setGaz(gaz)
	var h uint64
	var mb [2]byte
	for i := range nf {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		h += d
		if _, err := io.ReadFull(r, mb[:]); err != nil {
			return nil, err
		}
		mask := binary.LittleEndian.Uint16(mb[:])
		if bits.Len16(mask) > n {
			return nil, errors.New("bad label mask")
		}
		t.index[h] = int32(i)
		for l := 0; l < n; l++ {
			var v int64
			if mask&(1<<l) != 0 {
				if v, err = binary.ReadVarint(r); err != nil {
					return nil, err
				}
			}
			t.w = append(t.w, int32(v))
		}
	}
	t.fast = newFeatTable(t.index)
	return t, nil
}

// GazCityMinPop is the population from which AddCities lists a city.
const GazCityMinPop = 100000

// AddCities adds to g the names (and ASCII names) of the cities of GeoNames
// cities500.txt (gzipped or not) with at least minPop people.
func AddCities(g Gazetteer, r io.Reader, minPop int) error {
	br := bufio.NewReader(r)
	if b, _ := br.Peek(2); len(b) == 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		pop, err := strconv.Atoi(f[14])
		if err != nil || pop < minPop {
			continue
		}
		g.add(f[1], gazCity)
		g.add(f[2], gazCity)
	}
	return sc.Err()
}

// AddLeaders adds to g the first and last words of the people of a
// PETRARCH actor dictionary (Phoenix.Countries.actors.txt: the root lines
// marked "# CountryInfo.txt" are the political leaders of each country).
func AddLeaders(g Gazetteer, r io.Reader) error {
	particles := map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "de": true, "da": true, "van": true, "von": true, "der": true, "la": true, "le": true, "di": true, "du": true, "dos": true, "das": true, "del": true, "jr": true, "sr": true}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if !strings.Contains(line, "# CountryInfo.txt") || line == "" || line[0] < 'A' || line[0] > 'Z' {
			continue
		}
		name, _, _ := strings.Cut(line, " ")
		var parts []string
		for _, p := range strings.Split(strings.ToLower(name), "_") {
			if p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) < 2 || len(parts) > 5 {
			continue
		}
		if !particles[parts[0]] && len(parts[0]) > 1 {
			g[normLower(parts[0])] |= gazFirst
		}
		if last := parts[len(parts)-1]; !particles[last] && len(last) > 1 {
			g[normLower(last)] |= gazLast
		}
	}
	return sc.Err()
}

func (g Gazetteer) add(phrase string, bit uint8) {
	// Tokenise roughly as CoNLL does: split on spaces, keep the rest.
	ws := strings.Fields(strings.ToLower(phrase))
	if len(ws) == 0 || len(ws) > 5 {
		return
	}
	for i, w := range ws {
		ws[i] = normLower(w)
	}
	g[strings.Join(ws, " ")] |= bit
}

// BuildGazetteer reads GeoNames countryInfo.txt (country names and
// capitals) and a demonyms TSV (country, adjectivals, demonyms; lists
// comma separated) into a word list for TrainOptions.Gazetteer. Either
// reader may be nil.
func BuildGazetteer(countryInfo, demonyms io.Reader) (Gazetteer, error) {
	g := Gazetteer{}
	add := g.add
	if countryInfo != nil {
		sc := bufio.NewScanner(countryInfo)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 6 {
				continue
			}
			add(f[4], gazCountry)
			add(f[5], gazCapital)
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	if demonyms != nil {
		sc := bufio.NewScanner(demonyms)
		first := true
		for sc.Scan() {
			if first {
				first = false
				continue
			}
			f := strings.Split(sc.Text(), "\t")
			if len(f) < 3 {
				continue
			}
			add(f[0], gazCountry)
			for _, a := range strings.Split(f[1], ",") {
				add(strings.TrimSpace(a), gazAdj)
			}
			for _, d := range strings.Split(f[2], ",") {
				add(strings.TrimSpace(d), gazDemonym)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	delete(g, "")
	return g, nil
}
