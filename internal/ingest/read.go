package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Read reads every input in order and calls emit once per article found, or
// once per failure (an Item with Err set). An input is a file, a directory
// (read recursively, hidden entries skipped), "-" for standard input, or an
// http(s) URL. Read never stops on a bad input; it returns early only when
// ctx is cancelled.
func Read(ctx context.Context, inputs []string, opts Options, emit func(Item)) error {
	opts = opts.withDefaults()
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		switch {
		case in == "-":
			readStream(Item{Input: "<stdin>"}, "", os.Stdin, opts, emit)
		case isURL(in):
			fetch(ctx, in, opts, emit)
		default:
			if err := readPath(ctx, in, opts, emit); err != nil {
				return err
			}
		}
	}
	return nil
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func readPath(ctx context.Context, path string, opts Options, emit func(Item)) error {
	info, err := os.Stat(path)
	if err != nil {
		emit(failed(path, cleanPathError(err)))
		return nil
	}
	if !info.IsDir() {
		readFile(path, opts, emit)
		return nil
	}
	n := 0
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			emit(failed(p, cleanPathError(err)))
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			n++
			readFile(p, opts, emit)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if n == 0 {
		emit(failed(path, errors.New("directory holds no files")))
	}
	return nil
}

// cleanPathError drops the path from an *fs.PathError: the caller names the
// input already.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, opts Options, emit func(Item)) {
	f, err := os.Open(path)
	if err != nil {
		emit(failed(path, cleanPathError(err)))
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		emit(failed(path, cleanPathError(err)))
		return
	}
	if info.Size() == 0 {
		emit(failed(path, errors.New("empty file")))
		return
	}
	// A single-article file over the cap is refused before reading it; the
	// container formats (JSON Lines, WARC) are streamed and capped per record.
	if info.Size() > opts.MaxBytes && !isContainerName(path) {
		emit(failed(path, errTooLarge(info.Size(), opts.MaxBytes)))
		return
	}
	readStream(Item{Input: path, File: path}, path, f, opts, emit)
}

// isContainerName says whether a file name promises many articles.
func isContainerName(name string) bool {
	n := strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".ndjson")
}

// readStream sniffs the format of r (gunzipping if needed) and hands it to
// the right reader.
func readStream(base Item, name string, r io.Reader, opts Options, emit func(Item)) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	if len(head) == 0 {
		emit(failed(base.Input, errors.New("empty input")))
		return
	}
	lname := strings.ToLower(name)
	if isGzip(head) {
		// WARC files are gzipped record by record; the WARC reader handles
		// that itself and keeps offsets exact.
		inner := strings.TrimSuffix(lname, ".gz")
		if strings.HasSuffix(inner, ".warc") {
			readWARC(base, br, opts, emit)
			return
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			emit(failed(base.Input, fmt.Errorf("bad gzip: %v", err)))
			return
		}
		defer zr.Close()
		readStream(base, inner, gzipErrors{zr}, opts, emit)
		return
	}
	head, _ = br.Peek(4096)
	format := sniff(lname, head)
	switch format {
	case FormatWARC:
		readWARC(base, br, opts, emit)
		return
	case FormatJSON, FormatJSONL:
		base.Format = format
		readJSON(base, br, opts.MaxBytes, emit)
		return
	}
	data, err := io.ReadAll(io.LimitReader(br, opts.MaxBytes+1))
	if err != nil {
		emit(failed(base.Input, err))
		return
	}
	if int64(len(data)) > opts.MaxBytes {
		emit(failed(base.Input, errTooLarge(-1, opts.MaxBytes)))
		return
	}
	if isBinary(data) {
		emit(failed(base.Input, errors.New("binary data, not an article (text, HTML, JSON, feed or WARC)")))
		return
	}
	switch format {
	case "feed":
		readFeed(base, data, emit)
	case FormatHTML:
		base.Format = FormatHTML
		base.HTML = data
		emit(base)
	default:
		emit(parseText(base, data))
	}
}

// gzipErrors names truncation plainly: "unexpected EOF" alone says nothing.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("truncated gzip data")
	} else if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("corrupt gzip data: %w", err)
	}
	return n, err
}

func isGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// sniff picks a format from the file name, else from the first bytes.
func sniff(name string, head []byte) string {
	switch filepath.Ext(name) {
	case ".warc":
		return FormatWARC
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".json":
		if isJSONFeed(head) {
			return "feed"
		}
		return FormatJSON
	case ".rss", ".atom", ".xml", ".feed":
		return "feed"
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".txt", ".text", ".md":
		return FormatText
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(h, []byte("{")) || bytes.HasPrefix(h, []byte("[")):
		if isJSONFeed(head) {
			return "feed"
		}
		return FormatJSON
	case bytes.HasPrefix(h, []byte("<")):
		lower := bytes.ToLower(h)
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return "feed"
		}
		return FormatHTML
	}
	return FormatText
}

func isJSONFeed(head []byte) bool {
	return bytes.Contains(head, []byte("jsonfeed.org/version"))
}

// isBinary says whether data looks like a binary file: NUL bytes or many
// control characters early on.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, b := range head {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl > len(head)/10
}
