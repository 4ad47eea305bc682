// Package timexeval scores package timex on TimeML documents (TimeBank and
// AQUAINT as TempEval-3 distributes them): how well it finds time
// expressions (relaxed span F1) and how well it normalises the gold ones
// (value and type accuracy).
package timexeval

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/timex"
)

// Score is the result of Run.
type Score struct {
	ValueAccuracy float64 `json:"value_accuracy"` // gold spans whose system value equals the gold value
	TypeAccuracy  float64 `json:"type_accuracy"`  // gold spans whose system type equals the gold type
	// ValueAccuracyGold is value accuracy when every gold span is
	// normalised on its own (no system recognition involved).
	ValueAccuracyGold float64 `json:"value_accuracy_gold_spans"`
	SpanF1            float64 `json:"span_f1"` // relaxed (any overlap) F1 of recognition
	// SpanF1Strict counts only exact spans.
	SpanF1Strict float64 `json:"span_f1_strict"`
	// ValueF1 is TempEval-3's end-to-end value F1: a gold expression
	// counts when recognition overlaps it with the right value.
	ValueF1          float64 `json:"value_f1"`
	SpanPrecision    float64 `json:"span_precision"`
	SpanRecall       float64 `json:"span_recall"`
	Documents        int     `json:"documents"`
	Gold             int     `json:"gold"`      // gold TIMEX3 in TEXT, the creation time excluded
	Predicted        int     `json:"predicted"` // expressions timex found
	GoldFound        int     `json:"gold_found"`
	PredictedCorrect int     `json:"predicted_correct"`
	ValueCorrect     int     `json:"value_correct"`
	StrictCorrect    int     `json:"strict_correct"`     // predicted spans equal to a gold span
	EndToEndCorrect  int     `json:"end_to_end_correct"` // gold found by recognition with its value
	TypeCorrect      int     `json:"type_correct"`
}

// Timex is one gold TIMEX3 with rune offsets into the document text.
type Timex struct {
	Start, End  int
	Type, Value string
}

// Doc is a TimeML document reduced to what the scorer needs.
type Doc struct {
	Name  string
	Text  string // the content of <TEXT> with every tag stripped
	DCT   string // value of the creation-time TIMEX3, "" when none
	Times []Timex
}

// ReadTML parses one TimeML document. Offsets are in runes into the text
// of the TEXT element once tags are removed and entities decoded.
func ReadTML(r io.Reader) (Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var d Doc
	var buf bytes.Buffer
	inText := false
	n := 0 // runes in buf
	type open struct {
		start int
		typ   string
		value string
		dct   bool
	}
	var stack []open
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return d, err
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "TEXT":
				inText = true
			case "TIMEX3":
				o := open{start: n}
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "type":
						o.typ = a.Value
					case "value":
						o.value = a.Value
					case "functionInDocument":
						o.dct = a.Value == "CREATION_TIME"
					}
				}
				stack = append(stack, o)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "TEXT":
				inText = false
			case "TIMEX3":
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.dct {
					if d.DCT == "" {
						d.DCT = o.value
					}
					continue
				}
				if inText && n > o.start {
					d.Times = append(d.Times, Timex{Start: o.start, End: n, Type: o.typ, Value: o.value})
				}
			}
		case xml.CharData:
			if inText {
				buf.Write(e)
				n += utf8.RuneCount(e)
			}
		}
	}
	d.Text = buf.String()
	return d, nil
}

// Run scores every .tml file in dir. verbose, when not nil, receives the
// wrong values and the missed and spurious spans.
func Run(dir string, verbose io.Writer) (Score, [][2]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return Score{}, nil, err
	}
	if len(paths) == 0 {
		return Score{}, nil, fmt.Errorf("%s: no .tml files", dir)
	}
	sort.Strings(paths)
	var s Score
	goldValueOnly := 0
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return Score{}, nil, err
		}
		d, err := ReadTML(f)
		f.Close()
		if err != nil {
			return Score{}, nil, fmt.Errorf("%s: %w", path, err)
		}
		d.Name = filepath.Base(path)
		r := scoreDoc(d, verbose)
		s.Documents++
		s.Gold += r.Gold
		s.Predicted += r.Predicted
		s.GoldFound += r.GoldFound
		s.PredictedCorrect += r.PredictedCorrect
		s.ValueCorrect += r.ValueCorrect
		s.TypeCorrect += r.TypeCorrect
		s.StrictCorrect += r.StrictCorrect
		s.EndToEndCorrect += r.EndToEndCorrect
		goldValueOnly += r.goldOnly
	}
	s.SpanPrecision = ratio(s.PredictedCorrect, s.Predicted)
	s.SpanRecall = ratio(s.GoldFound, s.Gold)
	if s.SpanPrecision+s.SpanRecall > 0 {
		s.SpanF1 = 2 * s.SpanPrecision * s.SpanRecall / (s.SpanPrecision + s.SpanRecall)
	}
	s.SpanF1Strict = f1(ratio(s.StrictCorrect, s.Predicted), ratio(s.StrictCorrect, s.Gold))
	s.ValueF1 = f1(ratio(s.EndToEndCorrect, s.Predicted), ratio(s.EndToEndCorrect, s.Gold))
	s.ValueAccuracy = ratio(s.ValueCorrect, s.Gold)
	s.TypeAccuracy = ratio(s.TypeCorrect, s.Gold)
	s.ValueAccuracyGold = ratio(goldValueOnly, s.Gold)
	return s, table(s), nil
}

func table(s Score) [][2]string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
	return [][2]string{
		{"documents", strconv.Itoa(s.Documents)},
		{"gold expressions", strconv.Itoa(s.Gold)},
		{"predicted expressions", strconv.Itoa(s.Predicted)},
		{"value accuracy", f(s.ValueAccuracy)},
		{"type accuracy", f(s.TypeAccuracy)},
		{"value accuracy, gold spans only", f(s.ValueAccuracyGold)},
		{"span F1 (relaxed)", f(s.SpanF1)},
		{"span precision", f(s.SpanPrecision)},
		{"span recall", f(s.SpanRecall)},
		{"span F1 (exact)", f(s.SpanF1Strict)},
		{"value F1 (end to end)", f(s.ValueF1)},
	}
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

type docScore struct {
	Score
	goldOnly int
}

// scoreDoc runs timex on one document. The value of a gold span is that
// of the system expression overlapping it most; when recognition missed
// it, the gold span is normalised in context instead.
func scoreDoc(d Doc, verbose io.Writer) docScore {
	var dct *string
	if d.DCT != "" {
		dct = &d.DCT
	}
	t := timex.Prepare(d.Text, nil, dct)
	sys := t.Find()
	var r docScore
	r.Gold, r.Predicted = len(d.Times), len(sys)
	runes := []rune(d.Text)
	for _, s := range sys {
		hit := false
		for _, g := range d.Times {
			if s.Start < g.End && g.Start < s.End {
				hit = true
			}
			if s.Start == g.Start && s.End == g.End {
				r.StrictCorrect++
			}
		}
		if hit {
			r.PredictedCorrect++
		} else if verbose != nil {
			fmt.Fprintf(verbose, "%s\tspurious\t%q\t%s %s\n", d.Name, s.Text, s.Type, s.Value)
		}
	}
	for _, g := range d.Times {
		best, bestOv := -1, 0
		for k, s := range sys {
			ov := min(s.End, g.End) - max(s.Start, g.Start)
			if ov > bestOv {
				best, bestOv = k, ov
			}
		}
		gtyp, gval, gok := t.Normalize(g.Start, g.End)
		typ, val := gtyp, gval
		if best >= 0 {
			r.GoldFound++
			typ, val = sys[best].Type, sys[best].Value
			if val == g.Value {
				r.EndToEndCorrect++
			}
		} else if verbose != nil {
			fmt.Fprintf(verbose, "%s\tmissed\t%q\t%s %s\n", d.Name, string(runes[g.Start:g.End]), g.Type, g.Value)
		}
		if gok && gval == g.Value {
			r.goldOnly++
		}
		if val == g.Value {
			r.ValueCorrect++
		} else if verbose != nil {
			fmt.Fprintf(verbose, "%s\tvalue\t%q\tgold %s %s\tsys %s %s\tdct %s\n", d.Name, string(runes[g.Start:g.End]), g.Type, g.Value, typ, val, d.DCT)
		}
		if typ == g.Type {
			r.TypeCorrect++
		}
	}
	return r
}
