package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

var (
	info = record("warcinfo", "", "software: test\r\nformat: WARC File Format 1.0\r\n",
		"Content-Type: application/warc-fields")
	req  = record("request", "http://a.example/", "GET / HTTP/1.1\r\nHost: a.example\r\n\r\n")
	resp = response("http://a.example/", 200, "text/html", "<html><p>a</p></html>")
	ok3  = []string{"warcinfo", "request http://a.example/", "response http://a.example/", "EOF"}

	block100 = strings.Repeat("x", 100)
	// short claims 5120 bytes and has 100.
	short = raw(block100, "WARC/1.0", "WARC-Type: request", "WARC-Target-URI: http://short/", "Content-Length: 5120")
)

func TestReader(t *testing.T) {
	plain := func(recs ...[]byte) []byte { b, _ := build(false, recs...); return b }
	zipped := func(recs ...[]byte) []byte { b, _ := build(true, recs...); return b }
	noCL := raw("hello\r\n\r\n", "WARC/1.0", "WARC-Type: resource")
	badHeader := raw("hello\r\n\r\n", "WARC/1.0", "this is not a header", "Content-Length: 9")
	bigHeader := raw("", "WARC/1.0", "X-Big: "+strings.Repeat("b", MaxHeaderBytes), "Content-Length: 0")
	zipAll := gz(plain(info, req, resp))

	tests := []struct {
		name     string
		data     []byte
		readBody bool
		want     []string
	}{
		{"plain", plain(info, req, resp), true, ok3},
		{"plain unread bodies", plain(info, req, resp), false, ok3},
		{"gzip per record", zipped(info, req, resp), true, ok3},
		{"gzip per record unread bodies", zipped(info, req, resp), false, ok3},
		{"gzip whole file", zipAll, true, ok3},
		{"LF line ends", []byte("WARC/1.0\nWARC-Type: resource\nContent-Length: 3\n\nabc\n\nWARC/1.0\nWARC-Type: metadata\nContent-Length: 0\n\n"),
			true, []string{"resource", "metadata", "EOF"}},
		{"no separator after block", cat(raw("abc", "WARC/1.0", "WARC-Type: resource", "Content-Length: 3"), resp),
			true, []string{"resource", "response", "EOF"}},
		{"empty", nil, false, []string{"EOF"}},
		{"whitespace only", []byte("\r\n\r\n"), false, []string{"EOF"}},

		// Truncation.
		{"gzip truncated block, body read", zipped(info, short, resp), true, []string{
			"warcinfo",
			"request http://short/ body: warc: record 2 at offset", // once, from Body
			"response", "EOF"}},
		{"gzip truncated block, body unread", zipped(info, short, resp), false, []string{
			"warcinfo", "request http://short/",
			"err: warc: record 2 at offset", // from the next Next
			"response", "EOF"}},
		{"plain truncated at EOF", plain(info, short), true, []string{
			"warcinfo", "request http://short/ body: warc: record 2 at offset 0: truncated block (want 5120 bytes, got 100)"[:42],
			"EOF"}},
		{"plain truncated at EOF unread", plain(info, short), false, []string{
			"warcinfo", "request", "truncated block (want 5120 bytes, got 100)", "EOF"}},
		{"gzip file cut in last block", func() []byte {
			b, offs := build(true, info, req, record("resource", "http://big/", pseudoText(20000)))
			return b[:offs[2]+2000]
		}(), true, []string{"warcinfo", "request", "resource http://big/ body: warc: record 3 at offset", "EOF"}},
		{"gzip file cut in last trailer", func() []byte { b := zipped(info, req, resp); return b[:len(b)-4] }(), true, []string{
			"warcinfo", "request", "response http://a.example/", "record 3 at offset", "EOF"}},
		{"gzip file cut in last header", func() []byte {
			b, offs := build(true, info, req, resp)
			return b[:offs[2]+20]
		}(), true, []string{"warcinfo", "request", "err: warc: record 3", "EOF"}},
		{"plain file cut in header", plain(info, []byte("WARC/1.0\r\nWARC-Type: x")), false, []string{
			"warcinfo", "truncated record header", "EOF"}},

		// Bad headers: reported, then the reader moves on.
		{"gzip missing Content-Length", zipped(info, noCL, resp), false, []string{
			"warcinfo", "err: warc: record 2 at offset", "response", "EOF"}},
		{"plain missing Content-Length", plain(info, noCL, resp), false, []string{
			"warcinfo", "missing Content-Length", "response", "EOF"}},
		{"gzip garbage header", zipped(info, badHeader, resp), false, []string{
			"warcinfo", `malformed header line "this is not a header"`, "response", "EOF"}},
		{"plain garbage header", plain(info, badHeader, resp), false, []string{
			"warcinfo", "malformed header line", "response", "EOF"}},
		{"plain garbage between records", plain(info, []byte("garbage line\r\nmore garbage\r\n"), resp), false, []string{
			"warcinfo", `want a WARC/ version line, got "garbage line"`, "response", "EOF"}},
		{"gzip garbage record", zipped(info, []byte("<html>hi</html>"), resp), false, []string{
			"warcinfo", "want a WARC/ version line", "response", "EOF"}},
		{"header too large gzip", zipped(info, bigHeader, resp), false, []string{
			"warcinfo", "header larger than 65536 bytes", "response", "EOF"}},
		{"header too large plain", plain(info, bigHeader, resp), false, []string{
			"warcinfo", "header larger than 65536 bytes", "response", "EOF"}},
		{"invalid Content-Length", plain(
			raw("", "WARC/1.0", "Content-Length: -5"),
			raw("", "WARC/1.0", "Content-Length: +5"),
			raw("", "WARC/1.0", "Content-Length: 99999999999999999999"),
			raw("", "WARC/1.0", "Content-Length: 12abc"), resp), false, []string{
			`invalid Content-Length "-5"`, `invalid Content-Length "+5"`, "invalid Content-Length", `"12abc"`, "response", "EOF"}},
		{"Content-Length too short", plain(info,
			raw("0123456789\r\n\r\n", "WARC/1.0", "WARC-Type: resource", "Content-Length: 4"), resp), false, []string{
			"warcinfo", "resource", "want a WARC/ version line", "response", "EOF"}},

		// Gzip damage.
		{"garbage between members", cat(gz(info), []byte("JUNKJUNK"), gz(resp)), false, []string{
			"warcinfo", "err: warc: record 2 at offset", "response", "EOF"}},
		{"trailing zeros", cat(gz(info), make([]byte, 512)), false, []string{
			"warcinfo", "512 bytes of garbage", "EOF"}},
		{"bad checksum", func() []byte {
			m := gz(req)
			m[len(m)-8] ^= 0xff
			return cat(gz(info), m, gz(resp))
		}(), true, []string{"warcinfo", "request", "err: warc: record 2", "response", "EOF"}},
		{"corrupt deflate data", cat(gz(info), corruptMember(), gz(resp)), true, []string{
			"warcinfo", "resource http://big/ body: warc: record 2 at offset 181: corrupt gzip data: flate: corrupt input", "response", "EOF"}},
		{"corrupt deflate data, unread", cat(gz(info), corruptMember(), gz(resp)), false, []string{
			"warcinfo", "resource http://big/", "err: warc: record 2 at offset 181: corrupt gzip data", "response", "EOF"}},
		{"flipped bits", func() []byte {
			m := gz(record("resource", "http://big/", pseudoText(20000)))
			for i := len(m) / 2; i < len(m)/2+16; i++ {
				m[i] ^= 0x55
			}
			return cat(gz(info), m, gz(resp))
		}(), true, []string{"warcinfo", "resource http://big/", "err: warc: record 2 at offset 181: corrupt gzip data", "response", "EOF"}},
		{"broken gzip header mid-file", cat(gz(info), []byte{0x1f, 0x8b, 8, 0xff, 0, 0, 0, 0, 0, 0}, gz(resp)), false, []string{
			"warcinfo", "10 bytes of garbage", "response", "EOF"}},

		// Not WARC at all.
		{"plain text", []byte("hello, world\n"), false, []string{"new: warc: not a WARC file"}},
		{"gzipped HTML", gz([]byte("<html>hi</html>")), false, []string{"new: warc: not a WARC file"}},
		{"short non-WARC", []byte("WAX"), false, []string{"new: warc: not a WARC file"}},
		{"bad first gzip header", []byte{0x1f, 0x8b, 9, 0, 0, 0, 0, 0, 0, 0, 0}, false, []string{"new: warc: not a WARC file: bad gzip header"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			match(t, events(t, tc.data, tc.readBody), tc.want)
		})
	}
}

// corruptMember is a gzip member of stored deflate blocks whose second block
// header is broken, so inflating fails in the middle of the record block.
func corruptMember() []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.NoCompression)
	w.Write(record("resource", "http://big/", pseudoText(200000)))
	w.Close()
	m := out.Bytes()
	m[10+5+65535+3] ^= 0xff // NLEN of the second stored block
	return m
}

// pseudoText is deterministic, poorly compressible text.
func pseudoText(n int) string {
	var b strings.Builder
	x := uint32(2463534242)
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteByte(byte('a' + x%26))
	}
	return b.String()
}

func TestErrorMessage(t *testing.T) {
	data, offs := build(true, info, short, resp)
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	r.Next()
	r.Next()
	_, err = r.Next()
	want := fmt.Sprintf("warc: record 2 at offset %d: truncated block (want 5120 bytes, got 100)", offs[1])
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
	var re *RecordError
	if !errors.As(err, &re) || re.Record != 2 || re.Offset != offs[1] || !errors.Is(err, ErrTruncated) {
		t.Errorf("bad RecordError %#v", re)
	}
}

func TestOffsets(t *testing.T) {
	recs := [][]byte{info, req, resp, req, resp}
	for _, zip := range []bool{false, true} {
		data, offs := build(zip, recs...)
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			rec, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			if rec.Offset != offs[i] {
				t.Errorf("gzip=%v record %d: offset %d, want %d", zip, i+1, rec.Offset, offs[i])
			}
		}
	}
	// Several records in one member: only the first has a known offset;
	// the next member's record has its own.
	data := cat([]byte("\r\n"), cat(gz(cat(info, req)), gz(resp)))[2:]
	r, _ := NewReader(bytes.NewReader(data))
	for i, want := range []int64{0, -1, int64(len(gz(cat(info, req))))} {
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if rec.Offset != want {
			t.Errorf("multi-record member, record %d: offset %d, want %d", i+1, rec.Offset, want)
		}
	}
	// Offsets count from where the reader starts.
	lead := []byte("WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
	r, _ = NewReader(bytes.NewReader(cat(lead, resp)))
	r.Next()
	if rec, _ := r.Next(); rec == nil || rec.Offset != int64(len(lead)) {
		t.Errorf("plain second record: %+v, want offset %d", rec, len(lead))
	}
}

func TestRecordFields(t *testing.T) {
	rec0 := raw("body",
		"WARC/1.1",
		"WARC-Type: resource",
		"WARC-Target-URI: <http://x.example/p>",
		"WARC-Date: 2026-01-02T03:04:05Z",
		"WARC-Record-ID: <urn:uuid:1>",
		"WARC-Concurrent-To: <urn:uuid:2>",
		"warc-concurrent-to: <urn:uuid:3>",
		"X-Folded: a",
		"  b",
		"Content-Length: 4")
	r, err := NewReader(bytes.NewReader(rec0))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if rec.Type != "resource" || rec.TargetURI != "http://x.example/p" || rec.Date != "2026-01-02T03:04:05Z" ||
		rec.ID != "<urn:uuid:1>" || rec.ContentLength != 4 || rec.Offset != 0 {
		t.Errorf("fields: %+v", rec)
	}
	if got := rec.Get("WARC-Concurrent-To"); got != "<urn:uuid:2>, <urn:uuid:3>" {
		t.Errorf("repeated field: %q", got)
	}
	if got := rec.Header["X-Folded"]; got != "a b" {
		t.Errorf("folded field: %q", got)
	}
	body, err := io.ReadAll(rec.Body)
	if err != nil || string(body) != "body" {
		t.Errorf("body %q, %v", body, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("want EOF, got %v", err)
	}
	if n, err := rec.Body.Read(make([]byte, 4)); n != 0 || err != errStale {
		t.Errorf("Body after Next: %d, %v", n, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("EOF is not sticky: %v", err)
	}
}

// TestPartialBody reads part of a body, then moves on.
func TestPartialBody(t *testing.T) {
	for _, zip := range []bool{false, true} {
		data, _ := build(zip, record("resource", "u1", pseudoText(200000)), resp)
		r, _ := NewReader(bytes.NewReader(data))
		rec, _ := r.Next()
		if _, err := io.ReadFull(rec.Body, make([]byte, 1000)); err != nil {
			t.Fatal(err)
		}
		rec, err := r.Next()
		if err != nil || rec.Type != "response" {
			t.Fatalf("gzip=%v: %v %v", zip, rec, err)
		}
	}
}

func TestSourceError(t *testing.T) {
	boom := errors.New("disk on fire")
	for _, zip := range []bool{false, true} {
		data, offs := build(zip, info, record("resource", "u", pseudoText(300000)), resp)
		src := io.MultiReader(bytes.NewReader(data[:offs[1]+5000]), iotest.ErrReader(boom))
		r, err := NewReader(src)
		if err != nil {
			t.Fatal(err)
		}
		var last error
		for range 10 {
			rec, err := r.Next()
			if err == nil {
				io.Copy(io.Discard, rec.Body)
				continue
			}
			last = err
			if !errors.As(err, new(*RecordError)) {
				break
			}
		}
		if !errors.Is(last, boom) || errors.As(last, new(*RecordError)) {
			t.Fatalf("gzip=%v: want fatal %v, got %v", zip, boom, last)
		}
		if _, err := r.Next(); !errors.Is(err, boom) {
			t.Errorf("gzip=%v: fatal error not sticky: %v", zip, err)
		}
	}
	if _, err := NewReader(iotest.ErrReader(boom)); !errors.Is(err, boom) {
		t.Errorf("NewReader: %v", err)
	}
}

// TestOneByteReads feeds the reader one byte at a time.
func TestOneByteReads(t *testing.T) {
	for _, zip := range []bool{false, true} {
		data, offs := build(zip, info, req, resp)
		r, err := NewReader(iotest.OneByteReader(bytes.NewReader(data)))
		if err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			rec, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			if rec.Offset != offs[i] {
				t.Errorf("gzip=%v: offset %d, want %d", zip, rec.Offset, offs[i])
			}
			if err := iotest.TestReader(rec.Body, bodyOf(t, [][]byte{info, req, resp}[i])); err != nil {
				t.Error(err)
			}
		}
		if _, err := r.Next(); err != io.EOF {
			t.Errorf("want EOF, got %v", err)
		}
	}
}

// bodyOf extracts the block of a record built by record.
func bodyOf(t *testing.T, rec []byte) []byte {
	t.Helper()
	_, b, ok := bytes.Cut(rec, []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("no header end")
	}
	return b[:len(b)-4]
}

// gzNamed compresses b as one gzip member whose header carries optional
// fields (file name, comment, extra).
func gzNamed(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Name, w.Comment, w.Extra = "x.warc", "test", []byte("ab\x02\x00xy")
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func TestOptionalGzipHeaderFields(t *testing.T) {
	data := cat(gzNamed(info), []byte("JUNK"), gzNamed(req), gzNamed(resp))
	match(t, events(t, data, true), []string{"warcinfo", "4 bytes of garbage", "request", "response", "EOF"})
	r, _ := NewReader(bytes.NewReader(data))
	r.Next()
	r.Next()
	if rec, err := r.Next(); err != nil || rec.Offset != int64(len(gzNamed(info))+4) {
		t.Errorf("offset after named members: %v %v", rec, err)
	}
}

func TestPlausibleGzipHeader(t *testing.T) {
	h := func(flg byte, rest ...byte) []byte {
		return append([]byte{0x1f, 0x8b, 8, flg, 0, 0, 0, 0, 0, 0xff}, rest...)
	}
	long := bytes.Repeat([]byte("n"), 600)
	tests := []struct {
		name string
		p    []byte
		want bool
	}{
		{"plain", h(0), true},
		{"short", h(0)[:9], false},
		{"not deflate", append([]byte{0x1f, 0x8b, 7}, h(0)[3:]...), false},
		{"reserved flags", h(0x20), false},
		{"name", h(8, 'a', 0), true},
		{"name without NUL", h(8, 'a', 'b'), false},
		{"name too long", h(8, append(long, 0)...), false},
		{"extra", h(4, 2, 0, 'x', 'y'), true},
		{"extra cut", h(4, 9, 0, 'x'), false},
		{"extra length cut", h(4, 9), false},
		{"name and comment", h(8|16, 'a', 0, 'c', 0), true},
		{"comment missing", h(8|16, 'a', 0), false},
		{"header crc", h(2, 1, 2), true},
		{"header crc cut", h(2, 1), false},
	}
	for _, tc := range tests {
		if got := plausibleGzipHeader(tc.p); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
