package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The compiled gazetteer is gzip over:
//
//	magic "SITREPGZ1"
//	uvarint n, n small strings (kinds, country codes, admin1 codes, feature codes) each uvarint len + bytes
//	uvarint n, n places: name (uvarint len + bytes), kind, country, admin1, feature (uvarint string-table indexes),
//	        lat, lon (varint, degrees * 1e5), geonames id, population (uvarint)
//	uvarint n, n keys sorted: key (len + bytes), uvarint count, place indexes (uvarint deltas)
//	uvarint n, n demonyms: key (len + bytes), country (string-table index)
const magic = "SITREPGZ1"

type encoder struct {
	strs    map[string]uint64
	table   []string
	places  bytes.Buffer
	keys    bytes.Buffer
	dems    bytes.Buffer
	np, nk  uint64
	nd      uint64
	scratch [binary.MaxVarintLen64]byte
}

func newEncoder() *encoder { return &encoder{strs: map[string]uint64{}} }

func (e *encoder) str(s string) uint64 {
	if i, ok := e.strs[s]; ok {
		return i
	}
	e.strs[s] = uint64(len(e.table))
	e.table = append(e.table, s)
	return uint64(len(e.table) - 1)
}

func (e *encoder) uv(b *bytes.Buffer, v uint64) {
	b.Write(e.scratch[:binary.PutUvarint(e.scratch[:], v)])
}
func (e *encoder) sv(b *bytes.Buffer, v int64) {
	b.Write(e.scratch[:binary.PutVarint(e.scratch[:], v)])
}
func (e *encoder) bs(b *bytes.Buffer, s string) { e.uv(b, uint64(len(s))); b.WriteString(s) }

func (e *encoder) place(p Place) {
	b := &e.places
	e.bs(b, p.Name)
	e.uv(b, e.str(p.Kind))
	e.uv(b, e.str(p.Country))
	e.uv(b, e.str(p.Admin1))
	e.uv(b, e.str(p.Feature))
	e.sv(b, int64(math.Round(p.Lat*1e5)))
	e.sv(b, int64(math.Round(p.Lon*1e5)))
	e.uv(b, uint64(max(p.GeoNames, 0)))
	e.uv(b, uint64(max(p.Population, 0)))
	e.np++
}

func (e *encoder) key(k string, ids []int32) {
	b := &e.keys
	e.bs(b, k)
	e.uv(b, uint64(len(ids)))
	prev := int32(0)
	for _, id := range ids { // ids are ascending: places are visited in order
		e.uv(b, uint64(id-prev))
		prev = id
	}
	e.nk++
}

func (e *encoder) demonym(k, cc string) {
	e.bs(&e.dems, k)
	e.uv(&e.dems, e.str(cc))
	e.nd++
}

func (e *encoder) flush(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var head bytes.Buffer
	head.WriteString(magic)
	e.uv(&head, uint64(len(e.table)))
	for _, s := range e.table {
		e.bs(&head, s)
	}
	e.uv(&head, e.np)
	for _, part := range []func(){
		func() { zw.Write(head.Bytes()) },
		func() { zw.Write(e.places.Bytes()) },
		func() { head.Reset(); e.uv(&head, e.nk); zw.Write(head.Bytes()) },
		func() { zw.Write(e.keys.Bytes()) },
		func() { head.Reset(); e.uv(&head, e.nd); zw.Write(head.Bytes()) },
		func() { zw.Write(e.dems.Bytes()) },
	} {
		part()
	}
	return zw.Close()
}

type decoder struct {
	r   *bufio.Reader
	err error
	buf []byte
}

func (d *decoder) uv() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = err
	}
	return v
}

func (d *decoder) sv() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	if err != nil {
		d.err = err
	}
	return v
}

func (d *decoder) bs() string {
	n := d.uv()
	if d.err != nil {
		return ""
	}
	if n > 1<<20 {
		d.err = errors.New("string too long")
		return ""
	}
	if cap(d.buf) < int(n) {
		d.buf = make([]byte, n)
	}
	b := d.buf[:n]
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
		return ""
	}
	return string(b)
}

// decode reads a compiled gazetteer.
func decode(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("geo: gazetteer: %w", err)
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	m := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, m); err != nil || string(m) != magic {
		return nil, errors.New("geo: gazetteer: bad magic")
	}
	idx := func(table []string) string {
		i := d.uv()
		if i >= uint64(len(table)) {
			if d.err == nil {
				d.err = errors.New("string index out of range")
			}
			return ""
		}
		return table[i]
	}
	ns := d.uv()
	if ns > 1<<24 {
		return nil, errors.New("geo: gazetteer: corrupt string table")
	}
	table := make([]string, 0, ns)
	for i := uint64(0); i < ns && d.err == nil; i++ {
		table = append(table, d.bs())
	}
	np := d.uv()
	if np > 1<<24 {
		return nil, errors.New("geo: gazetteer: corrupt place count")
	}
	g := &Gazetteer{places: make([]Place, 0, np), index: map[string][]int32{}, demonyms: map[string]string{}, countries: map[string]int32{}, admin1: map[string]int32{}}
	for i := uint64(0); i < np && d.err == nil; i++ {
		var p Place
		p.Name = d.bs()
		p.Kind = idx(table)
		p.Country = idx(table)
		p.Admin1 = idx(table)
		p.Feature = idx(table)
		p.Lat = float64(d.sv()) / 1e5
		p.Lon = float64(d.sv()) / 1e5
		p.GeoNames = int64(d.uv())
		p.Population = int64(d.uv())
		g.places = append(g.places, p)
		if p.Kind == "country" {
			g.countries[p.Country] = int32(len(g.places) - 1)
		}
		if p.Feature == "ADM1" {
			g.admin1[p.Country+"."+p.Admin1] = int32(len(g.places) - 1)
		}
	}
	nk := d.uv()
	if nk > 1<<26 {
		return nil, errors.New("geo: gazetteer: corrupt key count")
	}
	g.index = make(map[string][]int32, nk)
	for i := uint64(0); i < nk && d.err == nil; i++ {
		k := d.bs()
		n := d.uv()
		if n > np {
			d.err = errors.New("posting list too long")
			break
		}
		ids := make([]int32, n)
		prev := uint64(0)
		for j := range ids {
			prev += d.uv()
			if prev >= np {
				d.err = errors.New("place index out of range")
				break
			}
			ids[j] = int32(prev)
		}
		g.index[k] = ids
	}
	nd := d.uv()
	for i := uint64(0); i < nd && d.err == nil; i++ {
		k := d.bs()
		g.demonyms[k] = idx(table)
	}
	if d.err != nil {
		return nil, fmt.Errorf("geo: gazetteer: %w", d.err)
	}
	return g, nil
}
