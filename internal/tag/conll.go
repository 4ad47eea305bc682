package tag

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Sentence is one tagged sentence: Words[i] carries Labels[i] (IOB2).
// DocStart marks the first sentence after a -DOCSTART- line (or of the file).
type Sentence struct {
	Words    []string
	Labels   []string
	DocStart bool
}

// maxReportedErrors caps how many bad lines ReadCoNLL lists.
const maxReportedErrors = 20

// ReadCoNLL reads CoNLL-2003 style data: one token per line, whitespace
// separated columns, the word first and the IOB label last; blank lines end
// sentences and -DOCSTART- lines separate documents. Lines that cannot be
// read (one column, a label that is not O, B-X or I-X) are skipped and
// reported, with their line numbers, in the returned error; the sentences
// read are returned either way. It never panics.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var (
		out    []Sentence
		cur    Sentence
		doc    = true
		errs   []error
		nerr   int
		lineNo int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			cur.DocStart = doc
			doc = false
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	bad := func(format string, a ...any) {
		nerr++
		if nerr <= maxReportedErrors {
			errs = append(errs, fmt.Errorf("line %d: "+format, append([]any{lineNo}, a...)...))
		}
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			continue
		}
		f := strings.Fields(line)
		if f[0] == "-DOCSTART-" {
			flush()
			doc = true
			continue
		}
		if len(f) < 2 {
			bad("want WORD ... LABEL, got %q", clip(line))
			continue
		}
		lab := f[len(f)-1]
		if !validLabel(lab) {
			bad("bad label %q (want O, B-TYPE or I-TYPE)", clip(lab))
			continue
		}
		cur.Words = append(cur.Words, f[0])
		cur.Labels = append(cur.Labels, lab)
	}
	flush()
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("line %d: %w", lineNo+1, err))
	}
	if nerr > maxReportedErrors {
		errs = append(errs, fmt.Errorf("%d more bad lines", nerr-maxReportedErrors))
	}
	return out, errors.Join(errs...)
}

func validLabel(s string) bool {
	if s == "O" {
		return true
	}
	return len(s) > 2 && (s[0] == 'B' || s[0] == 'I') && s[1] == '-'
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// Mention is one entity: the tokens [Start,End) of type PER, LOC, ORG or MISC.
type Mention struct {
	Start, End int
	Type       string
}

// Mentions turns IOB labels into entity spans the way conlleval does: a
// mention starts at B-X, or at I-X not continuing an X, and runs over the
// following I-X.
func Mentions(labels []string) []Mention {
	var out []Mention
	start, typ := -1, ""
	for i, l := range labels {
		p, t := splitLabel(l)
		if start >= 0 && (p != 'I' || t != typ) {
			out = append(out, Mention{start, i, typ})
			start = -1
		}
		if p == 'B' || (p == 'I' && start < 0) {
			start, typ = i, t
		}
	}
	if start >= 0 {
		out = append(out, Mention{start, len(labels), typ})
	}
	return out
}

// splitLabel returns the prefix ('B', 'I' or 'O') and type of a label.
func splitLabel(l string) (byte, string) {
	if len(l) > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-' {
		return l[0], l[2:]
	}
	return 'O', ""
}
