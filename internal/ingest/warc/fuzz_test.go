package warc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// fuzzSeeds are small valid and broken WARCs, plain and gzipped.
func fuzzSeeds() [][]byte {
	plain, _ := build(false, info, req, resp)
	zipped, _ := build(true, info, req, resp)
	chunkedResp := response("http://c/", 200, "text/html", "4\r\n<htm\r\n1\r\nl\r\n0\r\n\r\n", "Transfer-Encoding: chunked")
	return [][]byte{
		plain,
		zipped,
		gz(plain),
		cat(gz(info), gz(short), gz(resp)),
		cat(info, short),
		cat(gz(info), []byte("JUNK"), gz(chunkedResp)),
		cat(info, []byte("garbage\r\n"), chunkedResp),
		raw("x", "WARC/1.0", "Content-Length: 99999999999999999999"),
		raw("", "WARC/1.0", " folded-first"),
		[]byte("WARC/1.0\n\n"),
		[]byte("WARC/"),
		zipped[:len(zipped)/2],
		flip(gz(record("resource", "http://r/", pseudoText(600))), 300),
		{0x1f, 0x8b, 8, 8, 0, 0, 0, 0, 0, 0, 'n', 'a', 'm', 'e'},
	}
}

// flip returns b with the byte at i inverted.
func flip(b []byte, i int) []byte {
	b[i] ^= 0xff
	return b
}

// FuzzReader: arbitrary input must neither panic nor loop, and every call
// to Next must make progress.
func FuzzReader(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Deflate expands at most ~1032:1 and a record takes over 20
		// bytes, so this bound is only reached by a reader that is stuck.
		limit := 64*len(data) + 16
		for calls := 0; ; calls++ {
			if calls > limit {
				t.Fatalf("no end after %d calls to Next on %d bytes", calls, len(data))
			}
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				if errors.As(err, new(*RecordError)) {
					continue
				}
				t.Fatalf("fatal error from a bytes.Reader: %v", err)
			}
			if rec.Type == "response" {
				if resp, err := ParseHTTPResponse(rec.Body); err == nil {
					io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
				}
			} else if calls%2 == 0 {
				io.Copy(io.Discard, rec.Body)
			}
		}
		if _, err := r.Next(); err != io.EOF {
			t.Fatalf("EOF not sticky: %v", err)
		}
		// The convenience loop over the same input must end too.
		r, _ = NewReader(bytes.NewReader(data))
		for calls := 0; ; calls++ {
			if calls > limit {
				t.Fatalf("NextResponse: no end after %d calls", calls)
			}
			if _, err := r.NextResponse(1 << 16); err == io.EOF {
				break
			}
		}
	})
}

func FuzzParseHTTPResponse(f *testing.F) {
	for _, s := range []string{
		httpResp(200, "text/html", "<html></html>"),
		httpResp(200, "text/html", "4\r\n<htm\r\n1\r\nl\r\n0\r\n\r\n", "Transfer-Encoding: chunked"),
		httpResp(200, "text/html", "4\r\n<ht", "Transfer-Encoding: chunked"),
		httpResp(301, "", "", "Location: /x", " folded"),
		"HTTP/1.1 200\n\n",
		"HTTP/1.1 2000 OK\r\n",
		"GET / HTTP/1.1\r\n\r\n",
		"HTTP/1.1 200 OK\r\nX: " + strings.Repeat("a", 100) + "\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		resp, err := ParseHTTPResponse(bytes.NewReader(data))
		if err != nil {
			return
		}
		if resp.Status < 100 || resp.Status > 999 {
			t.Fatalf("status %d", resp.Status)
		}
		// De-chunking never yields more than the input.
		body, _ := io.ReadAll(resp.Body)
		if len(body) > len(data) {
			t.Fatalf("%d body bytes from %d input bytes", len(body), len(data))
		}
	})
}
