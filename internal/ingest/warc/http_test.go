package warc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestParseHTTPResponse(t *testing.T) {
	const page = "<html><body>hi</body></html>"
	chunked := "5\r\n<html\r\n17;ext=1\r\n><body>hi</body></html>\r\n0\r\n\r\n"
	tests := []struct {
		name    string
		in      string
		status  int
		header  map[string]string // expected header values ("" = absent)
		body    string
		wantErr string
	}{
		{name: "plain", in: httpResp(200, "text/html; charset=utf-8", page), status: 200, body: page,
			header: map[string]string{"Content-Type": "text/html; charset=utf-8"}},
		{name: "LF only", in: "HTTP/1.0 404 Not Found\nContent-Type: text/html\n\n" + page, status: 404, body: page},
		{name: "no reason", in: "HTTP/1.1 200\r\n\r\n" + page, status: 200, body: page},
		{name: "no body", in: "HTTP/1.1 204 No Content\r\nServer: x\r\n", status: 204, body: "",
			header: map[string]string{"Server": "x"}},
		{name: "content-length ignored", in: httpResp(200, "text/html", page, "Content-Length: 3"), status: 200, body: page},
		{name: "chunked", in: httpResp(200, "text/html", chunked, "Transfer-Encoding: chunked"), status: 200, body: page,
			header: map[string]string{"Transfer-Encoding": ""}},
		{name: "says chunked, is not", in: httpResp(200, "text/html", page, "Transfer-Encoding: chunked"), status: 200, body: page,
			header: map[string]string{"Transfer-Encoding": "chunked"}},
		{name: "says chunked, starts with hex-like word", in: httpResp(200, "text/html", "beef stew\r\n", "Transfer-Encoding: chunked"),
			status: 200, body: "beef stew\r\n"},
		{name: "crawler said chunked", in: httpResp(200, "text/html", chunked, "X-Crawler-Transfer-Encoding: chunked"),
			status: 200, body: chunked, header: map[string]string{"X-Crawler-Transfer-Encoding": "chunked"}},
		{name: "crawler said gzip", in: httpResp(200, "text/html", page, "X-Crawler-Content-Encoding: gzip"),
			status: 200, body: page},
		{name: "junk header lines skipped", in: "HTTP/1.1 200 OK\r\nnonsense\r\nA: 1\r\n  folded\r\n\r\n" + page, status: 200, body: page,
			header: map[string]string{"A": "1 folded"}},
		{name: "bad chunk", in: httpResp(200, "", "5\r\nabc", "Transfer-Encoding: chunked"), status: 200,
			wantErr: "malformed chunked body"},
		{name: "not HTTP", in: "GET / HTTP/1.1\r\n\r\n", wantErr: "malformed HTTP status line"},
		{name: "bad status", in: "HTTP/1.1 2x0 OK\r\n\r\n", wantErr: "malformed HTTP status line"},
		{name: "empty", in: "", wantErr: "truncated HTTP status line"},
		{name: "huge header", in: "HTTP/1.1 200 OK\r\nX: " + strings.Repeat("a", MaxHeaderBytes) + "\r\n\r\n", wantErr: "HTTP header larger"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := ParseHTTPResponse(strings.NewReader(tc.in))
			var body []byte
			if err == nil {
				body, err = io.ReadAll(resp.Body)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.Status != tc.status || string(body) != tc.body {
				t.Errorf("got %d %q, want %d %q", resp.Status, body, tc.status, tc.body)
			}
			for k, v := range tc.header {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

func TestNextResponse(t *testing.T) {
	big := strings.Repeat("<p>x</p>", 200)
	data, _ := build(true,
		info, req,
		response("http://ok/", 200, "text/html; charset=utf-8", "<html>ok</html>"),
		record("metadata", "http://ok/", "fetchTimeMs: 1\r\n"),
		response("http://404/", 404, "text/html", "<html>gone</html>"),
		response("http://png/", 200, "image/png", "\x89PNG"),
		response("http://xhtml/", 200, "application/xhtml+xml", "<html>x</html>"),
		response("http://untyped/", 200, "", "<html>?</html>"),
		response("http://identified/", 200, "", "%PDF", "X-Pad: 1"),
		record("response", "dns:ok", "20260101000000\r\nok. 300 IN A 1.2.3.4\r\n", "Content-Type: text/dns"),
		response("http://big/", 200, "text/html", big),
		record("response", "http://badhttp/", "garbage\r\n\r\n", "Content-Type: application/http; msgtype=response"),
		response("http://last/", 200, "text/html", "<html>last</html>"),
	)
	// The identified-type record needs a WARC header saying PDF.
	data = bytes.Replace(data, gz(response("http://identified/", 200, "", "%PDF", "X-Pad: 1")),
		gz(record("response", "http://identified/", httpResp(200, "", "%PDF"),
			"Content-Type: application/http; msgtype=response", "WARC-Identified-Payload-Type: application/pdf")), 1)

	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for range 100 {
		resp, err := r.NextResponse(1000)
		if err == io.EOF {
			break
		}
		var re *RecordError
		switch {
		case errors.Is(err, ErrTooLarge) && errors.As(err, &re):
			got = append(got, "too large")
		case errors.As(err, &re):
			got = append(got, "bad: "+re.Err.Error())
		case err != nil:
			t.Fatal(err)
		default:
			got = append(got, resp.TargetURI+" "+resp.ContentType+" "+string(resp.Payload))
		}
	}
	want := []string{
		"http://ok/ text/html; charset=utf-8 <html>ok</html>",
		"http://xhtml/ application/xhtml+xml <html>x</html>",
		"http://untyped/  <html>?</html>",
		"too large",
		`bad: malformed HTTP status line "garbage"`,
		"http://last/ text/html <html>last</html>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestNextResponseTruncated: a truncated response is one error, then the
// stream goes on, for gzip and plain input.
func TestNextResponseTruncated(t *testing.T) {
	cut := raw(httpResp(200, "text/html", "<html>cut"), "WARC/1.0", "WARC-Type: response",
		"WARC-Target-URI: http://cut/", "Content-Length: 9999")
	for _, zip := range []bool{true, false} {
		recs := [][]byte{cut, response("http://next/", 200, "text/html", "<html>n</html>")}
		if !zip {
			recs = recs[1:2:2]
			recs = append(recs, cut) // plain: truncation can only be at the end
		}
		data, _ := build(zip, recs...)
		r, _ := NewReader(bytes.NewReader(data))
		var got []string
		for range 10 {
			resp, err := r.NextResponse(0)
			if err == io.EOF {
				break
			}
			if err != nil {
				if !errors.Is(err, ErrTruncated) {
					t.Fatalf("gzip=%v: %v", zip, err)
				}
				got = append(got, "truncated")
				continue
			}
			got = append(got, resp.TargetURI)
		}
		want := "truncated http://next/"
		if !zip {
			want = "http://next/ truncated"
		}
		if strings.Join(got, " ") != want {
			t.Errorf("gzip=%v: got %q, want %q", zip, got, want)
		}
	}
}
