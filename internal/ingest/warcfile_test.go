package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// warcRecord writes one WARC record, gzipped as its own member the way
// CC-NEWS files are.
func warcRecord(typ, uri, block string) []byte {
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, len(block), len(block), block)
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(rec.Bytes())
	w.Close()
	return z.Bytes()
}

func httpBlock(ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body)
}

func TestReadWARC(t *testing.T) {
	good1 := warcRecord("response", "https://example.org/1", httpBlock("text/html", page))
	req := warcRecord("request", "https://example.org/1", "GET /1 HTTP/1.1\r\n\r\n")
	broken := warcRecord("response", "https://example.org/broken", httpBlock("text/html", page))
	broken = broken[:len(broken)/2] // a truncated gzip member
	image := warcRecord("response", "https://example.org/x.jpg", httpBlock("image/jpeg", "\xff\xd8\xff"))
	good2 := warcRecord("response", "https://example.org/2", httpBlock("text/html; charset=utf-8", page))
	data := bytes.Join([][]byte{good1, req, broken, image, good2}, nil)

	dir := t.TempDir()
	p := write(t, dir, "sample.warc.gz", data)
	items := collect(t, Options{}, p)
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "error "+it.Input)
			continue
		}
		got = append(got, it.Format+" "+it.URL+" "+it.Input)
		if !strings.Contains(string(it.HTML), "Army retakes town") {
			t.Errorf("%s: payload not the page", it.Input)
		}
	}
	off2 := len(good1) + len(req)
	off5 := off2 + len(broken) + len(image)
	want := []string{
		fmt.Sprintf("warc https://example.org/1 %s@0", p),
		fmt.Sprintf("error %s@%d", p, off2),
		fmt.Sprintf("warc https://example.org/2 %s@%d", p, off5),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Not a WARC at all, though named like one.
	p = write(t, dir, "fake.warc", []byte("hello, not a warc\n"))
	items = collect(t, Options{}, p)
	if len(items) != 1 || items[0].Err == nil {
		t.Fatalf("fake WARC: %+v", items)
	}
}
