package extract

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// errBinary is returned for input that is not text.
var errBinary = errors.New("not HTML: binary data")

// checkBinary reports whether page looks like binary data rather than
// markup: a gzip/zip/image/PDF signature, NUL bytes, or a high ratio of
// control characters. UTF-16 text (which is full of NULs) must be detected
// before calling it.
func checkBinary(page []byte) error {
	switch {
	case bytes.HasPrefix(page, []byte{0x1f, 0x8b}):
		return errors.New("not HTML: binary data (gzip-compressed; use Gunzip)")
	case bytes.HasPrefix(page, []byte("%PDF-")):
		return errors.New("not HTML: binary data (PDF)")
	}
	sample := page
	if len(sample) > 1<<20 {
		sample = sample[:1<<20]
	}
	var nul, ctl int
	for _, c := range sample {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b:
			// ESC (0x1b) is legitimate in ISO-2022 text.
			ctl++
		case c == 0x7f:
			ctl++
		}
	}
	n := len(sample)
	if n == 0 {
		return nil
	}
	// A stray NUL or control byte is tolerated in a large page; binary
	// formats have them everywhere.
	if nul > 0 && (nul*1000 > n || nul > 64) {
		return errBinary
	}
	if (nul+ctl)*20 > n && nul+ctl > 4 {
		return errBinary
	}
	return nil
}

// utf16Guess detects BOM-less UTF-16 markup from the position of NULs in
// the first ASCII characters ("<\x00h\x00..." or "\x00<\x00h...").
func utf16Guess(page []byte) encoding.Encoding {
	if len(page) < 8 {
		return nil
	}
	var evenNul, oddNul int
	for i := 0; i < 64 && i < len(page); i++ {
		if page[i] == 0 {
			if i%2 == 0 {
				evenNul++
			} else {
				oddNul++
			}
		}
	}
	n := min(64, len(page)) / 2
	switch {
	case oddNul*4 >= n*3 && evenNul == 0 && page[0] != 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case evenNul*4 >= n*3 && oddNul == 0 && page[1] != 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

var (
	metaCharsetRe = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)`)
	xmlEncodingRe = regexp.MustCompile(`(?i)^\s*<\?xml[^>]*encoding\s*=\s*["']([a-zA-Z0-9_:.+-]+)`)
)

// declaredCharset returns the charset label a page declares in a <meta>
// (either form) or an XML declaration within its first 32 KB, else "".
func declaredCharset(page []byte) string {
	head := page
	if len(head) > 32<<10 {
		head = head[:32<<10]
	}
	if m := xmlEncodingRe.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return ""
}

// decodePage converts page to valid, NFC-normalised UTF-8:
//  1. a BOM (UTF-8/UTF-16) decides;
//  2. bytes that are valid UTF-8 are UTF-8 (a legacy declaration is
//     ignored when the page has non-ASCII bytes, since Windows-1252 or
//     Latin text essentially never forms valid multi-byte UTF-8; for
//     pure-ASCII pages a declared 7-bit charset such as ISO-2022-JP is
//     honoured);
//  3. otherwise the declared charset is honoured;
//  4. otherwise a page that is mostly UTF-8 with a few bad bytes stays
//     UTF-8 (bad bytes become U+FFFD), and anything else is Windows-1252.
//
// It returns the text and notes for Article.Warnings.
func decodePage(page []byte) (string, []string, error) {
	var warns []string
	switch {
	case bytes.HasPrefix(page, []byte{0xef, 0xbb, 0xbf}):
		return finishText(page[3:]), nil, nil
	case bytes.HasPrefix(page, []byte{0xff, 0xfe}), bytes.HasPrefix(page, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(page)
		if err != nil {
			return "", nil, errBinary
		}
		return finishText(out), nil, nil
	}
	if enc := utf16Guess(page); enc != nil {
		out, err := enc.NewDecoder().Bytes(page)
		if err == nil {
			if err := checkBinary(out); err != nil {
				return "", nil, err
			}
			return finishText(out), []string{"decoded as UTF-16 without BOM"}, nil
		}
	}
	if err := checkBinary(page); err != nil {
		return "", nil, err
	}

	declared := declaredCharset(page)
	var declEnc encoding.Encoding
	var declName string
	if declared != "" {
		declEnc, declName = charset.Lookup(declared)
		if declEnc == nil {
			warns = append(warns, "unknown declared charset "+quote(declared))
		}
		// A <meta> cannot meaningfully declare UTF-16 for a byte stream
		// that parsed as ASCII-compatible markup (HTML spec: treat as UTF-8).
		if strings.HasPrefix(declName, "utf-16") {
			declEnc, declName = nil, ""
		}
	}

	if utf8.Valid(page) {
		if declEnc != nil && declName != "utf-8" && isASCII(page) {
			if out, err := declEnc.NewDecoder().Bytes(page); err == nil {
				return finishText(out), warns, nil
			}
		}
		if declEnc != nil && declName != "utf-8" && !isASCII(page) {
			warns = append(warns, "declared charset "+quote(declared)+" ignored: content is valid UTF-8")
		}
		return finishText(page), warns, nil
	}
	if declEnc != nil && declName != "utf-8" {
		out, err := declEnc.NewDecoder().Bytes(page)
		if err == nil {
			return finishText(out), warns, nil
		}
		warns = append(warns, "decoding as "+declName+" failed: "+err.Error())
	}
	if declName == "utf-8" || mostlyUTF8(page) {
		warns = append(warns, "invalid UTF-8 bytes replaced")
		return finishText(bytes.ToValidUTF8(page, []byte("\uFFFD"))), warns, nil
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(page)
	if declared == "" {
		warns = append(warns, "no charset declared and not UTF-8: decoded as windows-1252")
	}
	return finishText(out), warns, nil
}

func quote(s string) string { return "\"" + s + "\"" }

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// mostlyUTF8 reports whether the invalid bytes of b are rare compared with
// its valid multi-byte sequences (a UTF-8 page with a few stray bytes).
func mostlyUTF8(b []byte) bool {
	var good, bad int
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			bad++
		} else {
			good++
		}
		b = b[size:]
	}
	return good >= 10*bad && good > 0
}

// finishText makes b valid NFC UTF-8 (the form extraction gold standards
// and most pages use; decomposed accents would otherwise split words).
func finishText(b []byte) string {
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if !norm.NFC.IsNormal(b) {
		b = norm.NFC.Bytes(b)
	}
	return string(b)
}
