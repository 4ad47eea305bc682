// Package warc reads WARC files (ISO 28500, WARC/1.0 and WARC/1.1) as a
// stream, in constant memory, whatever the file size.
//
// # Input
//
// NewReader sniffs the first bytes: gzip magic means a gzip file read member
// by member (the usual one-member-per-record layout of Common Crawl, but a
// member may also hold several records, e.g. a whole file gzipped at once);
// anything else must be a plain WARC starting with "WARC/". A record must
// not span gzip members: a member that ends inside a record is a truncated
// record.
//
// # Records
//
// Next returns one *Record at a time. Record.Body reads the record block,
// bounded by Content-Length, and is valid until the next call to Next, which
// discards whatever the caller left unread. Record.Header holds every WARC
// header field under its canonical key (textproto.CanonicalMIMEHeaderKey, so
// "WARC-Target-URI" is stored as "Warc-Target-Uri"; Record.Get canonicalises
// for you); a repeated field keeps all its values joined with ", ".
// Record.Offset is the byte offset, in the input as given to NewReader, of
// the gzip member the record starts (for gzip input) or of its "WARC/" line
// (plain input); it is -1 for a record that is not the first in its member.
// Seeking there and calling NewReader again reads that record first.
//
// ParseHTTPResponse parses the block of a response record. NextResponse is
// the loop ingest wants: HTTP 200 responses with an HTML-ish or unknown
// content type, payload read into memory up to a size limit.
//
// Payloads in Common Crawl files are stored decoded; the original encodings
// survive only as X-Crawler-Content-Encoding / X-Crawler-Transfer-Encoding,
// which this package ignores. A real Transfer-Encoding: chunked is undone
// only when the body really is chunked; Content-Encoding is never undone.
//
// # Errors
//
// Next returns io.EOF at the end of the input. Any other error is either
//
//   - a *RecordError: one bad record (malformed or oversized header, missing
//     or invalid Content-Length, truncated block, corrupt or truncated gzip
//     member, garbage between gzip members). It is recoverable: call Next
//     again and the Reader carries on from the next gzip member (gzip input)
//     or the next line starting with "WARC/" (plain input). A truncated or
//     corrupt block is reported by Body.Read when the caller reads it,
//     otherwise by the following call to Next, once either way; so is a bad
//     checksum at the end of the record's gzip member. RecordError wraps
//     ErrTruncated and ErrTooLarge where they apply.
//   - anything else is fatal (the underlying reader failed) and is returned
//     again by every later call.
//
// NewReader fails with an error wrapping ErrNotWARC when the input is
// neither gzip nor WARC, or is gzip whose content does not start with
// "WARC/". The Reader only moves forward (a bad record is skipped before the
// next is read), so a loop calling Next until io.EOF or a fatal error ends.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// MaxHeaderBytes bounds a WARC header block (and the header of an HTTP
// message in ParseHTTPResponse), so a garbage file cannot make a record
// header grow without limit.
const MaxHeaderBytes = 64 << 10

const bufSize = 64 << 10

var (
	// ErrNotWARC is wrapped by NewReader when the input is not a WARC file.
	ErrNotWARC = errors.New("not a WARC file")
	// ErrTruncated is wrapped by the RecordError of a record or gzip member
	// that ends early.
	ErrTruncated = errors.New("truncated")
	// ErrTooLarge is wrapped by the RecordError NextResponse returns for a
	// payload over its limit.
	ErrTooLarge = errors.New("payload too large")

	errStale = errors.New("warc: Body read after Next")
)

// Record is one WARC record.
type Record struct {
	Type          string            // WARC-Type: "response", "request", "warcinfo", ...
	TargetURI     string            // WARC-Target-URI, without the <> some writers add
	Date          string            // WARC-Date as given
	ID            string            // WARC-Record-ID
	Header        map[string]string // all WARC header fields, canonical keys
	ContentLength int64             // length of the block
	Offset        int64             // see the package comment; -1 when unknown
	Body          io.Reader         // the block; valid until the next call to Next
}

// Get returns the WARC header field name (any case), or "".
func (r *Record) Get(name string) string {
	return r.Header[textproto.CanonicalMIMEHeaderKey(name)]
}

// RecordError reports one bad record. It is recoverable: the caller may call
// Next again.
type RecordError struct {
	Record int   // 1-based ordinal of the record in the input, bad ones included
	Offset int64 // offset of the record, else of the gzip member holding it
	Err    error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("warc: record %d at offset %d: %v", e.Record, e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// fatalError marks an error after which nothing more can be read.
type fatalError struct{ err error }

func (e *fatalError) Error() string { return e.err.Error() }

// countingReader counts the bytes pulled from the source and remembers its
// first real error, which tells source failures (fatal) from bad data.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

// Reader reads WARC records from a stream. It is not safe for concurrent
// use.
type Reader struct {
	cnt countingReader
	in  *bufio.Reader // buffered source; gzip reads it byte-exactly
	gz  *gzip.Reader  // nil for plain WARC
	// data yields the decompressed current member (gzip) or is in (plain).
	data *bufio.Reader

	memberOff int64 // offset of the current gzip member
	pristine  bool  // only whitespace read from the current member so far

	n      int    // records started
	cur    *block // block of the last record returned
	resync bool   // the last record was bad: skip to the next one
	err    error  // sticky: io.EOF or a fatal error
	line   []byte // scratch for header lines longer than the buffer

	httpBuf *bufio.Reader // NextResponse's reader over the block
}

// NewReader returns a Reader for src, detecting gzip or plain WARC. Offsets
// are counted from the current position of src.
func NewReader(src io.Reader) (*Reader, error) {
	r := &Reader{}
	r.cnt.r = src
	r.in = bufio.NewReaderSize(&r.cnt, bufSize)
	magic, err := r.in.Peek(2)
	if len(magic) == 0 {
		if err == io.EOF {
			r.data = r.in
			r.err = io.EOF // empty input: no records
			return r, nil
		}
		return nil, fmt.Errorf("warc: %w", err)
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		r.gz = new(gzip.Reader)
		r.data = bufio.NewReaderSize(r.gz, bufSize)
		if err := r.startMember(0); err != nil {
			if r.cnt.err != nil {
				return nil, fmt.Errorf("warc: %w", r.cnt.err)
			}
			return nil, fmt.Errorf("warc: %w: bad gzip header: %v", ErrNotWARC, err)
		}
	} else {
		r.data = r.in
	}
	// Peek at the (decompressed) start; Next would find out too, but a
	// non-WARC file deserves one clear error rather than a record error.
	head, err := r.data.Peek(64)
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(head) >= 5 && !bytes.HasPrefix(head, []byte("WARC/")),
		len(head) > 0 && len(head) < 5 && !bytes.HasPrefix([]byte("WARC/"), head):
		return nil, fmt.Errorf("warc: %w (starts with %q)", ErrNotWARC, clip(head, 16))
	case len(head) == 0 && err != nil && err != io.EOF:
		e := r.dataErr(err)
		if f, ok := e.(*fatalError); ok {
			return nil, f.err
		}
		return nil, fmt.Errorf("warc: %w", e)
	}
	return r, nil
}

// pos is the offset of the next unread byte of the source.
func (r *Reader) pos() int64 { return r.cnt.n - int64(r.in.Buffered()) }

// Next returns the next record, io.EOF at the end, a *RecordError for a bad
// record (call Next again), or a fatal error. It invalidates the previous
// record's Body, discarding what is left of it.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if err := r.finish(); err != nil {
		return nil, r.fail(err)
	}
	if r.resync {
		r.resync = false
		if err := r.skipBad(); err != nil {
			return nil, r.fail(err)
		}
	}
	rec, err := r.readRecord()
	if err != nil {
		return nil, r.fail(err)
	}
	return rec, nil
}

// fail records fatal errors and EOF as sticky and returns what the caller
// should see.
func (r *Reader) fail(err error) error {
	var f *fatalError
	switch {
	case err == io.EOF:
		r.err = io.EOF
	case errors.As(err, &f):
		r.err = f.err
		return f.err
	}
	return err
}

// finish discards the rest of the previous block and the whitespace after
// it within the same gzip member, so that a bad checksum at the end of the
// member is blamed on the record it belongs to.
func (r *Reader) finish() error {
	b := r.cur
	if b == nil {
		return nil
	}
	r.cur = nil
	b.stale = true
	for b.err == nil && b.left > 0 {
		k := b.left
		if k > 1<<30 {
			k = 1 << 30
		}
		d, err := r.data.Discard(int(k))
		b.left -= int64(d)
		if err != nil {
			b.setErr(err)
		}
	}
	if b.err == nil {
		if err := r.skipSpace(); err != nil && err != io.EOF {
			b.err = b.wrap(r.dataErr(err))
		}
	}
	if b.err == nil {
		return nil
	}
	r.resync = true
	if _, fatal := b.err.(*fatalError); fatal || !b.reported {
		b.reported = true
		return b.err
	}
	return nil
}

// skipBad moves past a bad record: to the next gzip member, or to the next
// line starting with "WARC/" in a plain WARC.
func (r *Reader) skipBad() error {
	if r.gz == nil {
		for {
			p, err := r.data.Peek(5)
			if bytes.Equal(p, []byte("WARC/")) {
				return nil
			}
			if len(p) < 5 && err != nil {
				return r.dataErr(err)
			}
			// Drop up to and including the next newline.
			for {
				_, err := r.data.ReadSlice('\n')
				if err == nil {
					break
				}
				if err != bufio.ErrBufferFull {
					return r.dataErr(err)
				}
			}
		}
	}
	// Drain the member; if it is corrupt, nextMember scans for the next one.
	for {
		if _, err := r.data.Discard(bufSize); err != nil {
			if e := r.dataErr(err); e != io.EOF {
				if f, ok := e.(*fatalError); ok {
					return f
				}
			}
			break
		}
	}
	_, err := r.nextMember()
	return err
}

// nextMember starts the next gzip member, skipping any bytes that are not
// a valid gzip header. It returns how many bytes it skipped, and io.EOF at
// the end of the input.
func (r *Reader) nextMember() (skipped int64, err error) {
	for {
		p, _ := r.in.Peek(10)
		if len(p) == 0 {
			// Nothing more: make sure the old member reads as ended.
			r.data.Reset(bytes.NewReader(nil))
			if r.cnt.err != nil {
				return skipped, &fatalError{fmt.Errorf("warc: read error at offset %d: %w", r.pos(), r.cnt.err)}
			}
			return skipped, io.EOF
		}
		if len(p) == 10 && p[3]&(4|8|16) != 0 {
			// Optional header fields: look further, but not far, as a
			// Peek past the buffered bytes slides the buffer; scanning
			// garbage full of fake headers must stay linear.
			p, _ = r.in.Peek(maxGzipHeader)
		}
		if plausibleGzipHeader(p) {
			off := r.pos()
			if r.startMember(off) == nil {
				return skipped, nil
			}
			if r.cnt.err != nil {
				return skipped, &fatalError{fmt.Errorf("warc: read error at offset %d: %w", r.pos(), r.cnt.err)}
			}
			// Header CRC mismatch: Reset consumed the header; go on after it.
			r.data.Reset(bytes.NewReader(nil))
			skipped += r.pos() - off
			continue
		}
		// Skip to the next 0x1f that is not the current byte.
		buf, _ := r.in.Peek(r.in.Buffered())
		drop := len(buf)
		if i := bytes.IndexByte(buf[1:], 0x1f); i >= 0 {
			drop = i + 1
		}
		d, _ := r.in.Discard(drop)
		skipped += int64(d)
	}
}

// maxGzipHeader bounds the gzip member headers we accept. Real ones are 10
// bytes, plus a short file name or extra field at most.
const maxGzipHeader = 4096

// plausibleGzipHeader says whether p starts with a complete gzip member
// header (of at most len(p) bytes) that gzip.Reader will accept, so that
// resynchronising never lets Reset swallow the bytes of the next good member.
func plausibleGzipHeader(p []byte) bool {
	if len(p) < 10 || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8 || p[3]&0xe0 != 0 {
		return false
	}
	flg, i := p[3], 10
	if flg&4 != 0 { // FEXTRA
		if len(p) < i+2 {
			return false
		}
		i += 2 + (int(p[i]) | int(p[i+1])<<8)
	}
	for _, f := range []byte{8, 16} { // FNAME, FCOMMENT: NUL-terminated
		if flg&f != 0 {
			if i > len(p) {
				return false
			}
			j := bytes.IndexByte(p[i:], 0)
			if j < 0 || j >= 512 { // gzip.Reader refuses longer strings
				return false
			}
			i += j + 1
		}
	}
	if flg&2 != 0 { // FHCRC
		i += 2
	}
	return i <= len(p)
}

// startMember reads the gzip header at offset off (the current position).
func (r *Reader) startMember(off int64) error {
	if err := r.gz.Reset(r.in); err != nil {
		return err
	}
	r.gz.Multistream(false) // one member at a time; Reset turns it back on
	r.data.Reset(r.gz)
	r.memberOff = off
	r.pristine = true
	return nil
}

// skipSpace consumes whitespace. It returns nil when a non-space byte is
// next, io.EOF at the end of the member (gzip) or input (plain), or the read
// error.
func (r *Reader) skipSpace() error {
	for {
		p, err := r.data.Peek(1)
		if len(p) == 0 {
			return err
		}
		p, _ = r.data.Peek(r.data.Buffered())
		i := 0
		for i < len(p) && (p[i] == '\r' || p[i] == '\n' || p[i] == ' ' || p[i] == '\t') {
			i++
		}
		r.data.Discard(i)
		if i < len(p) {
			return nil
		}
	}
}

// readRecord reads the next record header.
func (r *Reader) readRecord() (*Record, error) {
	for {
		err := r.skipSpace()
		if err == nil {
			break
		}
		if err != io.EOF {
			// Only gzip input has data errors; plain input has source errors.
			e := r.dataErr(err)
			if f, ok := e.(*fatalError); ok {
				return nil, f
			}
			r.n++
			r.resync = true
			return nil, &RecordError{r.n, r.memberOff, e}
		}
		if r.gz == nil {
			return nil, io.EOF
		}
		start := r.pos()
		skipped, err := r.nextMember()
		if skipped > 0 {
			// Report garbage between members once; the member found after
			// it is read by the next call.
			r.n++
			return nil, &RecordError{r.n, start, fmt.Errorf("%d bytes of garbage where a gzip member should start", skipped)}
		}
		if err != nil {
			return nil, err
		}
	}
	off := int64(-1)
	switch {
	case r.gz == nil:
		off = r.pos()
	case r.pristine:
		off = r.memberOff
	}
	r.n++
	r.pristine = false
	fail := func(err error) (*Record, error) {
		if f, ok := err.(*fatalError); ok {
			return nil, f
		}
		r.resync = true
		o := off
		if o < 0 {
			o = r.memberOff
		}
		return nil, &RecordError{r.n, o, asRecordErr(err)}
	}
	h, err := r.readHeader()
	if err != nil {
		return fail(err)
	}
	cl, ok := h["Content-Length"]
	if !ok {
		return fail(errors.New("missing Content-Length"))
	}
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 || cl[0] < '0' || cl[0] > '9' {
		return fail(fmt.Errorf("invalid Content-Length %q", clip([]byte(cl), 32)))
	}
	b := &block{r: r, rec: r.n, off: off, want: n, left: n}
	if off < 0 {
		b.off = r.memberOff
	}
	r.cur = b
	uri := h["Warc-Target-Uri"]
	if len(uri) > 1 && uri[0] == '<' && uri[len(uri)-1] == '>' {
		uri = uri[1 : len(uri)-1]
	}
	return &Record{
		Type:          h["Warc-Type"],
		TargetURI:     uri,
		Date:          h["Warc-Date"],
		ID:            h["Warc-Record-Id"],
		Header:        h,
		ContentLength: n,
		Offset:        off,
		Body:          b,
	}, nil
}

// asRecordErr passes fatal errors through untouched and turns io.EOF into
// a truncation.
func asRecordErr(err error) error {
	if err == io.EOF {
		return fmt.Errorf("%w record header", ErrTruncated)
	}
	return err
}

// readHeader reads the version line and the header fields up to the empty
// line, within MaxHeaderBytes.
func (r *Reader) readHeader() (map[string]string, error) {
	// Check the version line before reading it, so that a record of
	// garbage with no newline is named as such, not as a truncation.
	if p, _ := r.data.Peek(5); !bytes.HasPrefix(p, []byte("WARC/")) &&
		(len(p) == 5 || !bytes.HasPrefix([]byte("WARC/"), p)) {
		p, _ = r.data.Peek(40)
		if i := bytes.IndexAny(p, "\r\n"); i >= 0 {
			p = p[:i]
		}
		return nil, fmt.Errorf("malformed record header: want a WARC/ version line, got %q", p)
	}
	budget := MaxHeaderBytes
	if _, err := readLine(r.data, &r.line, &budget); err != nil {
		return nil, r.headerErr(err)
	}
	h := make(map[string]string, 16)
	last := ""
	for {
		line, err := readLine(r.data, &r.line, &budget)
		if err != nil {
			return nil, r.headerErr(err)
		}
		if len(line) == 0 {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' { // folded continuation line
			if last == "" {
				return nil, fmt.Errorf("malformed header line %q", clip(line, 40))
			}
			h[last] += " " + string(bytes.TrimSpace(line))
			continue
		}
		i := bytes.IndexByte(line, ':')
		if i <= 0 || !isToken(line[:i]) {
			return nil, fmt.Errorf("malformed header line %q", clip(line, 40))
		}
		key := textproto.CanonicalMIMEHeaderKey(string(line[:i]))
		val := string(bytes.TrimSpace(line[i+1:]))
		if old, ok := h[key]; ok {
			val = old + ", " + val
		}
		h[key] = val
		last = key
	}
}

func (r *Reader) headerErr(err error) error {
	if err == errHeaderTooLarge {
		return err
	}
	return r.dataErr(err)
}

var errHeaderTooLarge = fmt.Errorf("header larger than %d bytes", MaxHeaderBytes)

// readLine returns the next line without its CRLF or LF. The result is valid
// until the next read from br. A last line without a newline is dropped and
// io.EOF returned: for a header, that is a truncation.
func readLine(br *bufio.Reader, scratch *[]byte, budget *int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		*budget -= len(chunk)
		if *budget < 0 {
			return nil, errHeaderTooLarge
		}
		if err == nil && line == nil {
			line = chunk // common case: no copy
			break
		}
		if line == nil {
			line = (*scratch)[:0]
		}
		line = append(line, chunk...)
		*scratch = line
		if err == nil {
			break
		}
		if err != bufio.ErrBufferFull {
			return nil, err // io.EOF here means a missing or cut-short line
		}
	}
	line = line[:len(line)-1]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, nil
}

// dataErr sorts a read error from r.data into io.EOF, a fatal error, or a
// description of bad data for a RecordError.
func (r *Reader) dataErr(err error) error {
	if r.cnt.err != nil {
		return &fatalError{fmt.Errorf("warc: read error at offset %d: %w", r.pos(), r.cnt.err)}
	}
	var corrupt flate.CorruptInputError
	var internal flate.InternalError
	switch {
	case err == io.EOF:
		return io.EOF
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w gzip data", ErrTruncated)
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader),
		errors.As(err, &corrupt), errors.As(err, &internal):
		return fmt.Errorf("corrupt gzip data: %v", err)
	}
	return &fatalError{fmt.Errorf("warc: %w", err)}
}

func isToken(b []byte) bool {
	for _, c := range b {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return false
		}
	}
	return true
}

// clip shortens b for error messages.
func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// block is a Record.Body.
type block struct {
	r          *Reader
	rec        int
	off        int64
	want, left int64
	err        error // sticky: *RecordError or *fatalError
	reported   bool  // err has been returned to the caller
	stale      bool  // Next has moved on
}

func (b *block) Read(p []byte) (int, error) {
	if b.stale {
		return 0, errStale
	}
	if b.err != nil {
		return 0, b.userErr()
	}
	if b.left == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.data.Read(p)
	b.left -= int64(n)
	if err != nil && (b.left > 0 || err != io.EOF) {
		b.setErr(err)
		return n, b.userErr()
	}
	return n, nil
}

func (b *block) setErr(err error) {
	e := b.r.dataErr(err)
	if e == io.EOF {
		e = fmt.Errorf("%w block (want %d bytes, got %d)", ErrTruncated, b.want, b.want-b.left)
	}
	b.err = b.wrap(e)
}

func (b *block) wrap(e error) error {
	if _, ok := e.(*fatalError); ok {
		return e
	}
	return &RecordError{b.rec, b.off, e}
}

func (b *block) userErr() error {
	b.reported = true
	if f, ok := b.err.(*fatalError); ok {
		return f.err
	}
	return b.err
}
