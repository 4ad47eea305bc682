package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Field names accepted in JSON records, in order of preference.
var (
	jsonTitleKeys = []string{"title", "headline"}
	jsonTextKeys  = []string{"text", "articleBody", "body", "content"}
	jsonHTMLKeys  = []string{"html", "raw_html"}
	jsonURLKeys   = []string{"url", "link", "uri"}
	jsonDateKeys  = []string{"published", "date", "publishing_date", "datePublished", "pubDate", "published_at"}
	jsonSiteKeys  = []string{"site", "source", "publisher"}
)

// readJSON reads JSON records (base.Format says json or jsonl): one object, an array of objects, or JSON
// Lines. A malformed line in JSON Lines is reported and skipped; a malformed
// array or object ends that input, since JSON cannot be resynchronised.
func readJSON(base Item, r *bufio.Reader, limit int64, emit func(Item)) {
	first, err := firstNonSpace(r)
	if err != nil {
		emit(failed(base.Input, errors.New("empty JSON input")))
		return
	}
	switch first {
	case '[':
		readJSONArray(base, r, limit, emit)
	case '{':
		readJSONLines(base, r, limit, emit)
	default:
		emit(failed(base.Input, fmt.Errorf("not JSON: starts with %q", first)))
	}
}

func firstNonSpace(r *bufio.Reader) (byte, error) {
	for {
		b, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		if b != ' ' && b != '\t' && b != '\n' && b != '\r' {
			return b, r.UnreadByte()
		}
	}
}

func readJSONArray(base Item, r *bufio.Reader, limit int64, emit func(Item)) {
	dec := json.NewDecoder(r)
	if _, err := dec.Token(); err != nil {
		emit(failed(base.Input, fmt.Errorf("malformed JSON: %v", err)))
		return
	}
	for n := 1; dec.More(); n++ {
		var raw json.RawMessage
		input := fmt.Sprintf("%s#%d", base.Input, n)
		if err := dec.Decode(&raw); err != nil {
			emit(failed(input, fmt.Errorf("malformed JSON: %v (rest of the file skipped)", err)))
			return
		}
		emit(jsonRecord(base, input, raw, limit))
	}
}

// readJSONLines reads one object per line. A file that holds a single
// pretty-printed object spans lines: when the first line does not parse on
// its own, the whole input is read as a stream of objects instead.
func readJSONLines(base Item, r *bufio.Reader, limit int64, emit func(Item)) {
	lineNo := 0
	for {
		line, err := readLine(r, limit)
		lineNo++
		if errors.Is(err, errLineTooLong) {
			emit(failed(fmt.Sprintf("%s:%d", base.Input, lineNo), errTooLarge(-1, limit)))
			if _, err := r.Peek(1); err != nil {
				return
			}
			continue
		}
		if len(bytes.TrimSpace(line)) > 0 {
			input := fmt.Sprintf("%s:%d", base.Input, lineNo)
			if lineNo == 1 && !json.Valid(line) {
				// Not JSON Lines: a multi-line document.
				rest := io.MultiReader(bytes.NewReader(line), r)
				readJSONStream(base, rest, limit, emit)
				return
			}
			emit(jsonRecord(base, input, line, limit))
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				emit(failed(base.Input, err))
			}
			return
		}
	}
}

func readJSONStream(base Item, r io.Reader, limit int64, emit func(Item)) {
	dec := json.NewDecoder(io.LimitReader(r, limit*64))
	for n := 1; ; n++ {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return
		}
		input := base.Input
		if n > 1 {
			input = fmt.Sprintf("%s#%d", base.Input, n)
		}
		if err != nil {
			emit(failed(input, fmt.Errorf("malformed JSON: %v", err)))
			return
		}
		emit(jsonRecord(base, input, raw, limit))
	}
}

var errLineTooLong = errors.New("line too long")

// readLine returns the next line without its newline. A line longer than
// limit is consumed whole but not kept, and errLineTooLong says so, so that
// one huge line cannot exhaust memory and the next line is read as usual.
func readLine(r *bufio.Reader, limit int64) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if int64(len(buf)) > limit+2 { // +2: the line end itself
				tooLong, buf = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			if err == nil || errors.Is(err, io.EOF) {
				return nil, errLineTooLong
			}
			return nil, err
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// jsonRecord turns one JSON object into an Item.
func jsonRecord(base Item, input string, raw []byte, limit int64) Item {
	it := base
	it.Input = input
	if int64(len(raw)) > limit {
		return failed(input, errTooLarge(int64(len(raw)), limit))
	}
	var rec map[string]any
	if err := json.Unmarshal(raw, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return failed(input, fmt.Errorf("malformed JSON at byte %d: %v", se.Offset, err))
		}
		return failed(input, fmt.Errorf("not a JSON object: %v", err))
	}
	it.Title = jsonString(rec, jsonTitleKeys)
	it.URL = jsonString(rec, jsonURLKeys)
	it.Site = jsonString(rec, jsonSiteKeys)
	if d, ok := jsonDate(rec); ok {
		it.Published = d
	} else if d != "" {
		it.Warnings = append(it.Warnings, fmt.Sprintf("unreadable date %q", d))
	}
	if h := jsonString(rec, jsonHTMLKeys); h != "" {
		it.HTML = []byte(h)
		return it
	}
	it.Text = jsonString(rec, jsonTextKeys)
	if strings.TrimSpace(it.Text) == "" {
		return failed(input, errors.New("record has no text or html field"))
	}
	return it
}

func jsonString(rec map[string]any, keys []string) string {
	for _, k := range keys {
		if s, ok := rec[k].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// jsonDate reads a date as ISO text or as Unix seconds; on failure it
// returns the raw value and false.
func jsonDate(rec map[string]any) (string, bool) {
	for _, k := range jsonDateKeys {
		switch v := rec[k].(type) {
		case string:
			if strings.TrimSpace(v) == "" {
				continue
			}
			d, ok := NormalizeDate(v)
			if !ok {
				return v, false
			}
			return d, true
		case float64:
			if v > 0 && v < 1e11 {
				return FormatTime(time.Unix(int64(v), 0)), true
			}
			return fmt.Sprint(v), false
		}
	}
	return "", false
}
