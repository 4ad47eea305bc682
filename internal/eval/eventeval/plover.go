package eventeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PloverRow is one sentence of the Zero-Shot-PLOVER TSV: the sentence with
// the source and target spans (runes, end exclusive) that were marked
// <s>...</s> and <t>...</t>, the gold PLOVER type (gold_root) and quad class
// (gold_penta). Target is [0, 0] when the row marks none.
type PloverRow struct {
	ID             string
	Text           string
	Source, Target [2]int
	Type           string
	Quad           int
}

// PloverEvent is what a coder found in a sentence: the spans of its source
// and target mentions (runes), its PLOVER type and quad class.
type PloverEvent struct {
	Source, Target [2]int
	Type           string
	Quad           int
}

// ReadPlover reads the TSV (header row with columns named sentence_id,
// marked_sentence, gold_root, gold_penta). Rows whose markup cannot be read
// are counted in bad, not fatal.
func ReadPlover(r io.Reader) (rows []PloverRow, bad int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	col := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if line == 1 {
			for i, name := range f {
				col[strings.TrimSpace(name)] = i
			}
			for _, need := range []string{"marked_sentence", "gold_root", "gold_penta"} {
				if _, ok := col[need]; !ok {
					return nil, 0, fmt.Errorf("PLOVER TSV: no %q column in the header", need)
				}
			}
			continue
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(f) {
				return strings.TrimSpace(f[i])
			}
			return ""
		}
		row, ok := parseMarked(get("marked_sentence"))
		q, qerr := strconv.Atoi(get("gold_penta"))
		if !ok || qerr != nil || get("gold_root") == "" {
			bad++
			continue
		}
		row.ID, row.Type, row.Quad = get("sentence_id"), strings.ToUpper(get("gold_root")), q
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, bad, err
	}
	return rows, bad, nil
}

// ReadPloverFile is ReadPlover on a file.
func ReadPloverFile(path string) ([]PloverRow, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	rows, bad, err := ReadPlover(f)
	if err != nil {
		return nil, bad, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, bad, fmt.Errorf("%s: no rows", path)
	}
	return rows, bad, nil
}

// parseMarked strips <s>..</s> and <t>..</t> and records their spans.
func parseMarked(m string) (PloverRow, bool) {
	var row PloverRow
	var out []rune
	gotS, gotT := false, false
	for i := 0; i < len(m); {
		switch {
		case strings.HasPrefix(m[i:], "<s>"):
			row.Source[0] = len(out)
			i += 3
		case strings.HasPrefix(m[i:], "</s>"):
			row.Source[1] = len(out)
			gotS = true
			i += 4
		case strings.HasPrefix(m[i:], "<t>"):
			row.Target[0] = len(out)
			i += 3
		case strings.HasPrefix(m[i:], "</t>"):
			row.Target[1] = len(out)
			gotT = true
			i += 4
		default:
			r, n := utf8.DecodeRuneInString(m[i:])
			out = append(out, r)
			i += n
		}
	}
	row.Text = string(out)
	// some rows mark no target ("X agreed to resign"): the source decides
	if !gotT {
		row.Target = [2]int{}
	}
	ok := gotS && row.Source[1] > row.Source[0] && (!gotT || row.Target[1] > row.Target[0])
	return row, ok
}

// PloverScore is the score over the rows.
type PloverScore struct {
	Coverage     float64 `json:"coverage"` // rows where an event links the marked source and target
	TypeAccuracy float64 `json:"type_accuracy"`
	TypeMacroF1  float64 `json:"type_macro_f1"`
	QuadAccuracy float64 `json:"quad_accuracy"`
	Rows         int     `json:"rows"`
	Covered      int     `json:"covered"`
	TypeCorrect  int     `json:"type_correct"`
	QuadCorrect  int     `json:"quad_correct"`
	Bad          int     `json:"bad_rows"`
	// PerType is F1 by gold PLOVER type.
	PerType map[string]float64 `json:"per_type"`
	// Failures are the rows missed or typed wrong, in file order.
	Failures []PloverFailure `json:"-"`
}

// PloverFailure is a row with no event linking its spans (Got "") or one of
// the wrong type.
type PloverFailure struct {
	Row PloverRow
	Got string
}

// ZSPType is a PLOVER type as the Zero-Shot-PLOVER data names it. Its
// taxonomy predates the 2021 codebook's split of YIELD (CAMEO root 08,
// "Yield") into CONCEDE and RETREAT, so both are YIELD there; the other
// types are the same.
func ZSPType(t string) string {
	switch t = strings.ToUpper(t); t {
	case "CONCEDE", "RETREAT":
		return "YIELD"
	}
	return t
}

func overlaps(a, b [2]int) bool { return a[0] < b[1] && b[0] < a[1] }

// ScorePlover codes every row and scores it: the first event (in the coder's
// order) whose source overlaps the marked source and whose target overlaps
// the marked target (when one is marked) decides the row; a row with none is a miss (wrong type,
// wrong quad). Macro F1 is over the gold types, a miss counting against
// recall only.
func ScorePlover(rows []PloverRow, code func(text string) []PloverEvent) PloverScore {
	var s PloverScore
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	for _, r := range rows {
		s.Rows++
		var hit *PloverEvent
		evs := code(r.Text)
		for i := range evs {
			if overlaps(evs[i].Source, r.Source) && (r.Target == [2]int{} || overlaps(evs[i].Target, r.Target)) {
				hit = &evs[i]
				break
			}
		}
		if hit == nil {
			fn[r.Type]++
			s.Failures = append(s.Failures, PloverFailure{Row: r})
			continue
		}
		s.Covered++
		if strings.EqualFold(hit.Type, r.Type) {
			s.TypeCorrect++
			tp[r.Type]++
		} else {
			fn[r.Type]++
			s.Failures = append(s.Failures, PloverFailure{Row: r, Got: hit.Type})
			if hit.Type != "" {
				fp[strings.ToUpper(hit.Type)]++
			}
		}
		if hit.Quad == r.Quad {
			s.QuadCorrect++
		}
	}
	if s.Rows > 0 {
		s.Coverage = float64(s.Covered) / float64(s.Rows)
		s.TypeAccuracy = float64(s.TypeCorrect) / float64(s.Rows)
		s.QuadAccuracy = float64(s.QuadCorrect) / float64(s.Rows)
	}
	gold := map[string]bool{}
	for _, r := range rows {
		gold[r.Type] = true
	}
	types := make([]string, 0, len(gold))
	for t := range gold {
		types = append(types, t)
	}
	sort.Strings(types)
	s.PerType = map[string]float64{}
	sum := 0.0
	for _, t := range types {
		f1 := 0.0
		if d := 2*tp[t] + fp[t] + fn[t]; d > 0 {
			f1 = float64(2*tp[t]) / float64(d)
		}
		s.PerType[t] = f1
		sum += f1
	}
	if len(types) > 0 {
		s.TypeMacroF1 = sum / float64(len(types))
	}
	return s
}
