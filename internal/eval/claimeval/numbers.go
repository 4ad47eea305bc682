// Package claimeval scores package claim: number extraction on NewsQuant
// (the CQE paper's value and value+unit F1) and casualty counts on FA-KES.
package claimeval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/claim"
	"github.com/sitrep/sitrep/internal/eval"
)

// NewsQuant evaluation (Almasian et al., "CQE: A Comprehensive Quantity
// Extractor", EMNLP 2023).
//
// Input: the NewsQuant JSON list [{text, quantities: [{change, value, unit,
// normalized_unit, referred_concepts}]}]. value is a number written as a
// string ("275.0", "1.99E-29") or a range "low-high" ("252.0-287.0",
// "-130" is a negative number, not a range); normalized_unit is "-" for
// a bare number.
//
// Matching, per sentence, as the CQE evaluation does it: the system's
// quantities (claim.Numbers on the sentence text) and the gold ones are
// paired greedily one to one in text order. A pair matches on value when
// the numbers are equal (relative tolerance 1e-6); a gold range matches a
// system range with the same two bounds (in either order) and a gold single
// value matches a system quantity whose value, or whose equal low and high,
// is that number. Value+unit additionally needs the units to agree: both
// unitless ("-" in gold, a bare number in the system), or the normalised
// units equal after lower-casing and reducing every word to its singular,
// or, for counted nouns ("different bosses" vs "boss"), the same last word.
// Precision is matched/system quantities, recall matched/gold quantities,
// F1 their harmonic mean, micro-averaged over all sentences. Value+unit
// pairs are found in a separate greedy pass, so a value match with the
// wrong unit can leave the unit match to another quantity.

// NumbersScore is the NewsQuant result.
type NumbersScore struct {
	ValueF1            float64 `json:"value_f1"`
	ValuePrecision     float64 `json:"value_precision"`
	ValueRecall        float64 `json:"value_recall"`
	ValueUnitF1        float64 `json:"value_unit_f1"`
	ValueUnitPrecision float64 `json:"value_unit_precision"`
	ValueUnitRecall    float64 `json:"value_unit_recall"`
	Sentences          int     `json:"sentences"`
	Gold               int     `json:"gold"`
	Predicted          int     `json:"predicted"`
	ValueCorrect       int     `json:"value_correct"`
	ValueUnitCorrect   int     `json:"value_unit_correct"`
}

type nqRecord struct {
	Text       string `json:"text"`
	Quantities []struct {
		Change         string `json:"change"`
		Value          string `json:"value"`
		Unit           string `json:"unit"`
		NormalizedUnit string `json:"normalized_unit"`
	} `json:"quantities"`
}

// goldQ is one gold quantity, parsed.
type goldQ struct {
	low, high float64
	rng       bool
	unit      string // normalised, "" when unitless
	raw       string
}

// RunNumbers scores claim.Numbers on a NewsQuant file. verbose, when not
// nil, gets every sentence with a missed or spurious quantity.
func RunNumbers(file string, verbose io.Writer) (NumbersScore, [][2]string, error) {
	var s NumbersScore
	b, err := os.ReadFile(file)
	if err != nil {
		return s, nil, err
	}
	var recs []nqRecord
	if err := json.Unmarshal(b, &recs); err != nil {
		return s, nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(recs) == 0 {
		return s, nil, fmt.Errorf("%s: no sentences", file)
	}
	for _, r := range recs {
		var gold []goldQ
		for _, q := range r.Quantities {
			g, ok := parseGold(q.Value)
			if !ok {
				return s, nil, fmt.Errorf("%s: bad value %q", file, q.Value)
			}
			g.unit = normUnit(q.NormalizedUnit)
			gold = append(gold, g)
		}
		pred := claim.Numbers(r.Text)
		vm := match(gold, pred, false)
		vum := match(gold, pred, true)
		s.Sentences++
		s.Gold += len(gold)
		s.Predicted += len(pred)
		s.ValueCorrect += vm
		s.ValueUnitCorrect += vum
		if verbose != nil && (vm != len(gold) || vm != len(pred) || vum != vm) {
			fmt.Fprintf(verbose, "%q\n", r.Text)
			for _, g := range gold {
				fmt.Fprintf(verbose, "   gold %s [%s]\n", g.raw, g.unit)
			}
			rs := []rune(r.Text)
			for _, p := range pred {
				fmt.Fprintf(verbose, "   sys  %g (%g..%g) [%s] %q\n", p.Value, p.Low, p.High, normUnit(p.Unit), string(rs[p.Start:p.End]))
			}
		}
	}
	s.ValuePrecision, s.ValueRecall, s.ValueF1 = eval.PRF(s.ValueCorrect, s.Predicted, s.Gold)
	s.ValueUnitPrecision, s.ValueUnitRecall, s.ValueUnitF1 = eval.PRF(s.ValueUnitCorrect, s.Predicted, s.Gold)
	table := [][2]string{
		{"sentences", strconv.Itoa(s.Sentences)},
		{"gold quantities", strconv.Itoa(s.Gold)},
		{"system quantities", strconv.Itoa(s.Predicted)},
		{"value P / R / F1", fmt.Sprintf("%.4f / %.4f / %.4f", s.ValuePrecision, s.ValueRecall, s.ValueF1)},
		{"value+unit P / R / F1", fmt.Sprintf("%.4f / %.4f / %.4f", s.ValueUnitPrecision, s.ValueUnitRecall, s.ValueUnitF1)},
	}
	return s, table, nil
}

// parseGold reads "275.0", "-130", "1.99E-29" or "252.0-287.0".
func parseGold(v string) (goldQ, bool) {
	v = strings.TrimSpace(v)
	g := goldQ{raw: v}
	for i := 1; i < len(v); i++ {
		if v[i] == '-' && v[i-1] != 'e' && v[i-1] != 'E' {
			lo, err1 := strconv.ParseFloat(strings.TrimSpace(v[:i]), 64)
			hi, err2 := strconv.ParseFloat(strings.TrimSpace(v[i+1:]), 64)
			if err1 != nil || err2 != nil {
				return g, false
			}
			g.low, g.high, g.rng = lo, hi, true
			return g, true
		}
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return g, false
	}
	g.low, g.high = x, x
	return g, true
}

// normUnit lower-cases a unit and reduces each word to its singular; "-"
// (the gold's unitless mark) and "%" are normalised too.
func normUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	switch u {
	case "-", "":
		return ""
	case "%", "percent", "per cent":
		return "percentage"
	}
	ws := strings.Fields(u)
	for i, w := range ws {
		ws[i] = singular(w)
	}
	return strings.Join(ws, " ")
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), len(w) <= 3:
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

func valueMatch(g goldQ, p claim.Quantity) bool {
	if g.rng {
		if !p.Range && !p.Vague {
			return false
		}
		return (near(g.low, p.Low) && near(g.high, p.High)) || (near(g.low, p.High) && near(g.high, p.Low))
	}
	if p.Range || p.Vague {
		return near(p.Low, p.High) && near(g.low, p.Low)
	}
	return near(g.low, p.Value)
}

func unitMatch(g goldQ, p claim.Quantity) bool {
	pu := normUnit(p.Unit)
	if g.unit == pu {
		return true
	}
	if g.unit == "" || pu == "" {
		return false
	}
	gw, pw := strings.Fields(g.unit), strings.Fields(pu)
	return p.Kind == claim.KindCount && gw[len(gw)-1] == pw[len(pw)-1]
}

// match pairs gold and system quantities greedily, one to one, and returns
// the number of pairs.
func match(gold []goldQ, pred []claim.Quantity, unit bool) int {
	used := make([]bool, len(pred))
	n := 0
	for _, g := range gold {
		for j, p := range pred {
			if used[j] || !valueMatch(g, p) || (unit && !unitMatch(g, p)) {
				continue
			}
			used[j] = true
			n++
			break
		}
	}
	return n
}
