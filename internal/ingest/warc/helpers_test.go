package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// record builds a well-formed WARC record (CRLF line ends, exact
// Content-Length, CRLFCRLF after the block). extra lines go into the header.
func record(typ, uri, block string, extra ...string) []byte {
	var b bytes.Buffer
	b.WriteString("WARC/1.0\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", typ)
	fmt.Fprintf(&b, "WARC-Date: 2026-01-01T00:00:00Z\r\n")
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:test:%s:%s>\r\n", typ, uri)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.WriteString(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// raw builds a record from a header given verbatim (lines joined by CRLF,
// no Content-Length added) and a block; nothing follows the block, so a
// too-large Content-Length makes a truncation of exactly len(block).
func raw(block string, header ...string) []byte {
	return []byte(strings.Join(header, "\r\n") + "\r\n\r\n" + block)
}

// httpResp builds an HTTP response block.
func httpResp(status int, ctype, body string, extra ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d X\r\n", status)
	if ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", ctype)
	}
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	b.WriteString("\r\n")
	b.WriteString(body)
	return b.String()
}

func response(uri string, status int, ctype, body string, extra ...string) []byte {
	return record("response", uri, httpResp(status, ctype, body, extra...),
		"Content-Type: application/http; msgtype=response")
}

// gz compresses b as one gzip member.
func gz(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// build concatenates records, each in its own gzip member when zip is
// set, and returns the file and the offset of each record.
func build(zip bool, recs ...[]byte) ([]byte, []int64) {
	var out []byte
	var offs []int64
	for _, r := range recs {
		offs = append(offs, int64(len(out)))
		if zip {
			r = gz(r)
		}
		out = append(out, r...)
	}
	return out, offs
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// events reads data to the end and describes what happened, one string per
// call to Next: "type uri" for a record (plus " body: <err>" when reading its
// body failed, if readBody), "err: <msg>" for a record error, "fatal: <msg>",
// "EOF", or "new: <msg>" when NewReader fails.
func events(t testing.TB, data []byte, readBody bool) []string {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return []string{"new: " + err.Error()}
	}
	var ev []string
	for range 1000 {
		rec, err := r.Next()
		var re *RecordError
		switch {
		case err == io.EOF:
			return append(ev, "EOF")
		case errors.As(err, &re):
			ev = append(ev, "err: "+err.Error())
			continue
		case err != nil:
			return append(ev, "fatal: "+err.Error())
		}
		s := strings.TrimSpace(rec.Type + " " + rec.TargetURI)
		if readBody {
			if _, err := io.ReadAll(rec.Body); err != nil {
				s += " body: " + err.Error()
			}
		}
		ev = append(ev, s)
	}
	t.Fatalf("no end after 1000 calls to Next: %q", ev)
	return nil
}

// match compares events with wanted ones; a wanted string matches an event
// it is a substring of.
func match(t *testing.T, got, want []string) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = strings.Contains(got[i], want[i])
	}
	if !ok {
		t.Errorf("events:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
