package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// SegmentCase is one case of the Pragmatic Segmenter golden rules JSON
// ([{name, input, output[]}]).
type SegmentCase struct {
	Name   string   `json:"name"`
	Input  string   `json:"input"`
	Output []string `json:"output"`
}

// SegmentResult is the score of a sentence splitter over a set of cases.
type SegmentResult struct {
	Passed   int              `json:"passed"`
	Total    int              `json:"total"`
	Failures []SegmentFailure `json:"-"`
}

// SegmentFailure is one case the splitter got wrong.
type SegmentFailure struct {
	Name string   `json:"name"`
	Want []string `json:"want"`
	Got  []string `json:"got"`
}

// LoadSegmentCases reads a golden rules JSON file.
func LoadSegmentCases(path string) ([]SegmentCase, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cases []SegmentCase
	if err := json.Unmarshal(b, &cases); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cases, nil
}

// EvalSegment runs split on every case. A case passes when the text of the
// spans split returns equals the expected sentences exactly, after white
// space is normalised on both sides: trimmed at the ends and every inner run
// of white space made one space. (A span can only select text, so an
// expected sentence that joins a line broken mid-sentence, "a cold \nnight"
// -> "a cold night", is matched by the span that covers it.) Spans out of
// range or out of order make the case fail; they never panic.
func EvalSegment(cases []SegmentCase, split func(string) []doc.Span) SegmentResult {
	res := SegmentResult{Total: len(cases)}
	for _, c := range cases {
		got := segmentTexts(c.Input, split(c.Input))
		want := make([]string, len(c.Output))
		for i, w := range c.Output {
			want[i] = segmentSquash(w)
		}
		if slices.Equal(got, want) {
			res.Passed++
			continue
		}
		res.Failures = append(res.Failures, SegmentFailure{Name: c.Name, Want: want, Got: got})
	}
	return res
}

// segmentTexts returns the normalised text of each span; a bad span yields
// a marker string so that the case fails.
func segmentTexts(input string, spans []doc.Span) []string {
	runes := []rune(input)
	out := make([]string, 0, len(spans))
	prev := 0
	for _, sp := range spans {
		if sp[0] < prev || sp[0] > sp[1] || sp[1] > len(runes) {
			out = append(out, fmt.Sprintf("<bad span %v>", sp))
			continue
		}
		prev = sp[1]
		out = append(out, segmentSquash(string(runes[sp[0]:sp[1]])))
	}
	return out
}

func segmentSquash(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
