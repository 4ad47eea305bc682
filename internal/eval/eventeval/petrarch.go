// Package eventeval scores event coding: the PETRARCH validation suites
// (expected CAMEO triples per sentence) and the PLOVER sentences of the
// Zero-Shot-PLOVER data (source and target marked, gold PLOVER type and
// quad class). The coder is a callback, so the scoring knows nothing of how
// events are found.
package eventeval

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/eval"
)

// Triple is one coded event: CAMEO source actor code, target actor code
// and event code.
type Triple struct {
	Source, Target, Code string
}

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// Environment names the dictionaries a validation file is run with (file
// names relative to the directory of the XML file).
type Environment struct {
	Verbs, Actors, Agents, Discards string
	// Include lists the record categories to score; empty means all.
	Include []string
}

// Record is one validation sentence.
type Record struct {
	ID, Category string
	Date         string // YYYYMMDD
	Text         string // whitespace collapsed
	Want         []Triple
	NoEvents     bool // the record must produce nothing
	Skip         bool // evaluate="false"
}

type xmlValidation struct {
	Env struct {
		Verbs    string `xml:"Verbfile"`
		Actors   string `xml:"Actorfile"`
		Agents   string `xml:"Agentfile"`
		Discards string `xml:"Discardfile"`
		Include  string `xml:"Include"`
	} `xml:"Environment"`
	Sentences []struct {
		ID       string `xml:"id,attr"`
		Category string `xml:"category,attr"`
		Date     string `xml:"date,attr"`
		Evaluate string `xml:"evaluate,attr"`
		Codings  []struct {
			Source   string `xml:"sourcecode,attr"`
			Target   string `xml:"targetcode,attr"`
			Code     string `xml:"eventcode,attr"`
			NoEvents string `xml:"noevents,attr"`
			Error    string `xml:"error,attr"`
		} `xml:"EventCoding"`
		Text string `xml:"Text"`
	} `xml:"Sentences>Sentence"`
}

// ReadPetrarch reads a PETRARCH validation XML file (either flavour: the
// Penn-tree or CoNLL-U parses inside are ignored).
func ReadPetrarch(r io.Reader) (Environment, []Record, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return Environment{}, nil, err
	}
	// Comments in these files hold "--" runs, which XML forbids, and the
	// UD flavour has "<PLEvent {json}>" lines (PLOVER equivalents, not
	// scored) that are no XML: drop both before decoding.
	dec := xml.NewDecoder(bytes.NewReader(dropPLEvents(stripComments(raw))))
	dec.Strict = false
	var v xmlValidation
	if err := dec.Decode(&v); err != nil {
		return Environment{}, nil, fmt.Errorf("validation XML: %w", err)
	}
	env := Environment{
		Verbs: strings.TrimSpace(v.Env.Verbs), Actors: strings.TrimSpace(v.Env.Actors),
		Agents: strings.TrimSpace(v.Env.Agents), Discards: strings.TrimSpace(v.Env.Discards),
		Include: strings.Fields(v.Env.Include),
	}
	var recs []Record
	for _, s := range v.Sentences {
		rec := Record{ID: s.ID, Category: s.Category, Date: s.Date, Text: strings.Join(strings.Fields(s.Text), " "),
			Skip: strings.EqualFold(s.Evaluate, "false")}
		for _, c := range s.Codings {
			// error="storydiscard", "bad_input_parse", "dateline": the
			// record must be coded as nothing, like noevents
			if strings.EqualFold(strings.TrimSpace(c.NoEvents), "true") || strings.TrimSpace(c.Error) != "" && c.Code == "" {
				rec.NoEvents = true
				continue
			}
			rec.Want = append(rec.Want, Triple{strings.TrimSpace(c.Source), strings.TrimSpace(c.Target), strings.TrimSpace(c.Code)})
		}
		recs = append(recs, rec)
	}
	if len(recs) == 0 {
		return env, nil, fmt.Errorf("validation XML: no <Sentence> records")
	}
	return env, recs, nil
}

// ReadPetrarchFile is ReadPetrarch on a file.
func ReadPetrarchFile(path string) (Environment, []Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return Environment{}, nil, err
	}
	defer f.Close()
	env, recs, err := ReadPetrarch(f)
	if err != nil {
		return env, nil, fmt.Errorf("%s: %w", path, err)
	}
	return env, recs, nil
}

// PetrarchScore is the score of a validation run.
type PetrarchScore struct {
	RecordsExact float64 `json:"records_exact"`
	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	F1           float64 `json:"f1"`
	Records      int     `json:"records"`
	Exact        int     `json:"exact"`
	Skipped      int     `json:"skipped"` // evaluate="false" or a category outside Include
	Gold         int     `json:"gold_triples"`
	Predicted    int     `json:"predicted_triples"`
	Correct      int     `json:"correct_triples"`
	// PerCategory is records_exact by record category.
	PerCategory map[string]float64 `json:"per_category"`
	Failures    []PetrarchFailure  `json:"-"`
}

// PetrarchFailure is a record not coded exactly.
type PetrarchFailure struct {
	ID, Text  string
	Want, Got []Triple
}

// ScorePetrarch codes every record in scope and scores it: a record is exact
// when the coder's triples equal the expected ones as multisets (nothing
// for a noevents record); triples are matched one to one for precision and
// recall.
func ScorePetrarch(env Environment, recs []Record, code func(Record) []Triple) PetrarchScore {
	include := map[string]bool{}
	for _, c := range env.Include {
		include[strings.ToUpper(c)] = true
	}
	var s PetrarchScore
	catN, catOK := map[string]int{}, map[string]int{}
	for _, r := range recs {
		if r.Skip || len(include) > 0 && !include[strings.ToUpper(r.Category)] {
			s.Skipped++
			continue
		}
		got := code(r)
		s.Records++
		s.Gold += len(r.Want)
		s.Predicted += len(got)
		left := map[Triple]int{}
		for _, t := range r.Want {
			left[t]++
		}
		correct := 0
		for _, t := range got {
			if left[t] > 0 {
				left[t]--
				correct++
			}
		}
		s.Correct += correct
		catN[r.Category]++
		if correct == len(r.Want) && len(got) == len(r.Want) {
			s.Exact++
			catOK[r.Category]++
		} else {
			s.Failures = append(s.Failures, PetrarchFailure{r.ID, r.Text, r.Want, got})
		}
	}
	if s.Records > 0 {
		s.RecordsExact = float64(s.Exact) / float64(s.Records)
	}
	s.Precision, s.Recall, s.F1 = eval.PRF(s.Correct, s.Predicted, s.Gold)
	s.PerCategory = map[string]float64{}
	cats := make([]string, 0, len(catN))
	for c := range catN {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		s.PerCategory[c] = float64(catOK[c]) / float64(catN[c])
	}
	return s
}

// stripComments removes <!-- ... --> (an unclosed one runs to the end). A
// comment opened at the end of a line closes at a line that starts with
// "-->": the banners of these files quote "<!-- ... -->" inside themselves.
func stripComments(b []byte) []byte {
	var out []byte
	for {
		i := bytes.Index(b, []byte("<!--"))
		if i < 0 {
			return append(out, b...)
		}
		out = append(out, b[:i]...)
		rest := b[i+4:]
		end := []byte("-->")
		if bytes.HasPrefix(bytes.TrimLeft(rest, " \t\r"), []byte("\n")) {
			end = []byte("\n-->")
		}
		j := bytes.Index(rest, end)
		if j < 0 {
			return out
		}
		b = rest[j+len(end):]
	}
}

// dropPLEvents removes the lines that start with "<PLEvent".
func dropPLEvents(b []byte) []byte {
	if !bytes.Contains(b, []byte("<PLEvent")) {
		return b
	}
	var out []byte
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("<PLEvent")) {
			out = append(out, line...)
		}
	}
	return out
}
