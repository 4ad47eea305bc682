package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// HTTPResponse is the HTTP message in a response record's block.
type HTTPResponse struct {
	Status int         // status code, e.g. 200
	Header http.Header // HTTP headers, canonical keys
	Body   io.Reader   // payload, up to the end of the block
}

// ParseHTTPResponse parses an HTTP response (status line, headers of at most
// MaxHeaderBytes, body) from a response record's block. The body runs to the
// end of the block: the HTTP Content-Length is not used, since crawlers
// store decoded payloads whose length no longer matches it. The body is
// de-chunked, and Transfer-Encoding dropped from Header, only when
// Transfer-Encoding says chunked and the body starts with a chunk-size line;
// X-Crawler-* headers and Content-Encoding are never acted on. Header lines
// without a colon are skipped, as browsers do.
func ParseHTTPResponse(block io.Reader) (*HTTPResponse, error) {
	br, ok := block.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(block, 16<<10)
	}
	budget := MaxHeaderBytes
	var scratch []byte
	line, err := readLine(br, &scratch, &budget)
	if err != nil {
		return nil, httpErr("status line", err)
	}
	status, ok := parseStatusLine(line)
	if !ok {
		return nil, fmt.Errorf("malformed HTTP status line %q", clip(line, 40))
	}
	h := make(http.Header, 16)
	last := ""
	for {
		line, err := readLine(br, &scratch, &budget)
		if err == io.EOF {
			break // headers cut off by the end of the block: no body
		}
		if err != nil {
			return nil, httpErr("header", err)
		}
		if len(line) == 0 {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if vs := h[last]; len(vs) > 0 {
				vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			}
			continue
		}
		i := bytes.IndexByte(line, ':')
		if i <= 0 || !isToken(line[:i]) {
			last = ""
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(string(line[:i]))
		h[last] = append(h[last], string(bytes.TrimSpace(line[i+1:])))
	}
	resp := &HTTPResponse{Status: status, Header: h, Body: br}
	if saysChunked(h) && looksChunked(br) {
		resp.Body = chunkErrors{httputil.NewChunkedReader(br)}
		h.Del("Transfer-Encoding")
	}
	return resp, nil
}

// chunkErrors names chunked-decoding failures, which the chunked reader
// reports tersely, while letting errors from the block through.
type chunkErrors struct{ r io.Reader }

func (c chunkErrors) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF && !errors.As(err, new(*RecordError)) {
		err = fmt.Errorf("malformed chunked body: %w", err)
	}
	return n, err
}

func httpErr(what string, err error) error {
	switch {
	case err == errHeaderTooLarge:
		return fmt.Errorf("HTTP %w", err)
	case err == io.EOF:
		return fmt.Errorf("%w HTTP %s", ErrTruncated, what)
	}
	return err // a *RecordError from the block, or the caller's reader
}

// parseStatusLine accepts "HTTP/x.y NNN[ reason]".
func parseStatusLine(line []byte) (int, bool) {
	if !bytes.HasPrefix(line, []byte("HTTP/")) {
		return 0, false
	}
	_, rest, ok := bytes.Cut(line, []byte(" "))
	if !ok {
		return 0, false
	}
	rest = bytes.TrimLeft(rest, " ")
	code, _, _ := bytes.Cut(rest, []byte(" "))
	if len(code) != 3 {
		return 0, false
	}
	n, err := strconv.Atoi(string(code))
	if err != nil || n < 100 {
		return 0, false
	}
	return n, true
}

func saysChunked(h http.Header) bool {
	for _, v := range h["Transfer-Encoding"] {
		for _, c := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(c), "chunked") {
				return true
			}
		}
	}
	return false
}

// looksChunked says whether br starts with a chunk-size line: hex digits,
// an optional extension, CRLF.
func looksChunked(br *bufio.Reader) bool {
	p, _ := br.Peek(256)
	i := 0
	for i < len(p) && i < 16 && isHex(p[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	nl := bytes.IndexByte(p, '\n')
	if nl < i {
		return false
	}
	rest := bytes.TrimRight(p[i:nl], "\r")
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == ';'
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// Response is an HTML candidate found by NextResponse.
type Response struct {
	TargetURI   string // WARC-Target-URI
	Date        string // WARC-Date
	ID          string // WARC-Record-ID
	ContentType string // HTTP Content-Type, else WARC-Identified-Payload-Type, else ""
	Offset      int64  // Record.Offset
	Payload     []byte // HTTP body, de-chunked if need be
}

// NextResponse returns the next WARC response record that carries an HTTP
// 200 response with an HTML-ish (text/html, application/xhtml+xml, ...) or
// unknown content type, with its payload read into memory. Other records are
// skipped. A payload over maxBytes (<= 0: no limit) is a *RecordError
// wrapping ErrTooLarge, as is an unparsable HTTP message; like every
// RecordError it concerns that record only, and the caller may call
// NextResponse again. io.EOF and fatal errors are as for Next.
func (r *Reader) NextResponse(maxBytes int64) (*Response, error) {
	for {
		rec, err := r.Next()
		if err != nil {
			return nil, err
		}
		if rec.Type != "response" {
			continue
		}
		if ct := strings.ToLower(rec.Header["Content-Type"]); ct != "" && !strings.HasPrefix(ct, "application/http") {
			continue // e.g. a DNS response
		}
		if r.httpBuf == nil {
			r.httpBuf = bufio.NewReaderSize(rec.Body, 16<<10)
		}
		r.httpBuf.Reset(rec.Body) // reused: one buffer per Reader, not per record
		resp, err := ParseHTTPResponse(r.httpBuf)
		if err != nil {
			return nil, r.bodyErr(err)
		}
		if resp.Status != http.StatusOK {
			continue
		}
		ct := resp.Header.Get("Content-Type")
		if ct == "" {
			ct = rec.Header["Warc-Identified-Payload-Type"]
		}
		if !htmlish(ct) {
			continue
		}
		// The rest of the block bounds the payload: size the buffer once.
		hint := r.cur.left
		if br, ok := resp.Body.(*bufio.Reader); ok {
			hint += int64(br.Buffered())
		}
		payload, err := readAtMost(resp.Body, maxBytes, hint)
		if err != nil {
			return nil, r.bodyErr(err)
		}
		return &Response{
			TargetURI:   rec.TargetURI,
			Date:        rec.Date,
			ID:          rec.ID,
			ContentType: ct,
			Offset:      rec.Offset,
			Payload:     payload,
		}, nil
	}
}

// bodyErr turns an error met while reading the current record's block into
// what NextResponse returns: the block's own error if it failed, else a
// RecordError for the current record.
func (r *Reader) bodyErr(err error) error {
	b := r.cur
	if b == nil {
		return err
	}
	if b.err != nil {
		b.reported = true
		if f, ok := b.err.(*fatalError); ok {
			r.err = f.err
			return f.err
		}
		return b.err
	}
	var re *RecordError
	if errors.As(err, &re) {
		return re
	}
	return &RecordError{b.rec, b.off, err}
}

// readAtMost reads body whole if it holds at most limit bytes (limit <= 0:
// no limit). hint, the expected size, sizes the buffer so that the common
// case allocates once.
func readAtMost(body io.Reader, limit, hint int64) ([]byte, error) {
	if limit > 0 {
		body = io.LimitReader(body, limit+1)
		hint = min(hint, limit+1)
	}
	buf := make([]byte, 0, min(max(hint, 512), 64<<20)+1) // +1: room to see EOF
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := body.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if limit > 0 && int64(len(buf)) > limit {
		return nil, fmt.Errorf("%w (over %d bytes)", ErrTooLarge, limit)
	}
	return buf, nil
}

// htmlish says whether a content type may hold an HTML page: HTML types,
// and missing or unparsable ones.
func htmlish(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
		if !strings.Contains(mt, "/") {
			return true // unknown
		}
	}
	return strings.Contains(mt, "html")
}
