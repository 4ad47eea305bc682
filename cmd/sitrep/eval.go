package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/eval/claimeval"
	"github.com/sitrep/sitrep/internal/eval/quoteeval"
	"github.com/sitrep/sitrep/internal/eval/timexeval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/text"
)

// suite is one 'sitrep eval' scorer. Every suite prints a readable table, or
// with --json one JSON object of its metrics.
type suite struct {
	name, args, about string
	nargs             int
	splits            bool // the corpus has train/dev/test splits: --split applies
	dicts             bool // --dictionaries applies
	run               func(ctx context.Context, args []string) (metrics any, table [][2]string, err error)
}

var suites = []suite{
	{"extraction", "DIR", "article body extraction: Zyte benchmark metric (4-word shingles) over DIR/ground-truth.json", 1, false, false, evalExtraction},
	{"segment", "FILE", "sentence splitting: Pragmatic Segmenter golden rules (JSON [{name,input,output}])", 1, false, false, evalSegment},
	{"ner", "FILE", "named entities: conlleval exact-span micro F1 on a CoNLL-2003 file", 1, false, false, evalNER},
	{"geo", "FILE", "toponym resolution on gold spans (acc161, acc_id) and end to end, Gritta XML (GWN, LGL)", 1, false, false, evalGeo},
	{"coref", "DIR", "pronoun coreference end to end on the GUM news and interview documents (CoNLL)", 1, true, false, evalCoref},
	{"timex", "DIR", "time expressions: TIMEX3 value and type accuracy on gold spans, relaxed span F1, TimeML .tml files (TimeBank)", 1, false, false, evalTimex},
	{"quotes", "DIR", "quotes and speakers on PolNeAR (brat standoff): direct F1, speaker accuracy, F1 of all attributions", 1, false, false, evalQuotes},
	{"numbers", "FILE", "numbers in news: value F1 and value+unit F1 on NewsQuant JSON (the CQE paper's measure)", 1, false, false, evalNumbers},
	{"casualties", "FILE", "death tolls: share of FA-KES articles (CSV) whose gold deaths match a 'killed' claim", 1, false, false, evalCasualties},
	{"parse", "FILE_OR_DIR", "POS accuracy, UAS and LAS on CoNLL-U (a GUM dep/ directory: --split test)", 1, true, false, evalParse},
	{"petrarch", "FILE.xml", "CAMEO event coding on a PETRARCH validation file with its dictionaries: records coded exactly, triple P/R/F1", 1, false, true, evalPetrarch},
	{"plover", "FILE.tsv", "PLOVER event type and quad class of the event linking the marked source and target (Zero-Shot-PLOVER TSV)", 1, false, false, evalPlover},
	{"warc", "WARC GROUND-TRUTH", "WARC reading end to end: every response record extracted and scored against gold bodies joined on URL", 2, false, false, evalWARC},
}

func runEval(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		evalUsage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, s := range suites {
		if s.name != args[0] {
			continue
		}
		fs := newFlags(e, "eval "+s.name, s.args, s.about)
		asJSON := fs.Bool("json", false, "print one JSON object of the metrics")
		verbose := fs.Bool("v", false, "also list the failing or worst cases")
		dicts := fs.String("dictionaries", "", "`DIR` of the PETRARCH dictionaries the file's Environment names (petrarch; default: the file's directory)")
		split := fs.String("split", "", "score only the documents of this split (`NAME`: train, dev, test) where the corpus defines splits (coref, parse)")
		var floors floorFlags
		fs.Var(&floors, "floor", "fail (exit 1) when `METRIC=MIN` is not met, e.g. f1=0.93; repeatable (CI's quality ratchet)")
		pos, code, ok := parseOrUsage(fs, args[1:])
		if !ok {
			return code
		}
		if len(pos) != s.nargs {
			fmt.Fprintf(e.stderr, "sitrep eval %s: want %s\n", s.name, s.args)
			return exitUsage
		}
		if *split != "" && !s.splits {
			fmt.Fprintf(e.stderr, "sitrep eval %s: --split: this corpus has no splits\n", s.name)
			return exitUsage
		}
		if *dicts != "" && !s.dicts {
			fmt.Fprintf(e.stderr, "sitrep eval %s: --dictionaries is for the petrarch suite\n", s.name)
			return exitUsage
		}
		ctx = context.WithValue(ctx, dictsKey{}, *dicts)
		ctx = context.WithValue(ctx, verboseKey{}, *verbose)
		ctx = context.WithValue(ctx, splitKey{}, *split)
		ctx = context.WithValue(ctx, stderrKey{}, e.stderr)
		metrics, table, err := s.run(ctx, pos)
		if err != nil {
			fmt.Fprintf(e.stderr, "sitrep eval %s: %v\n", s.name, err)
			return exitUsage
		}
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.Encode(metrics)
		} else {
			tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "%s\t%s\n", "eval "+s.name, strings.Join(pos, " "))
			for _, row := range table {
				fmt.Fprintf(tw, "  %s\t%s\n", row[0], row[1])
			}
			tw.Flush()
		}
		return floors.check(e.stderr, "eval "+s.name, metrics)
	}
	fmt.Fprintf(e.stderr, "sitrep eval: unknown suite %q\n", args[0])
	evalUsage(e.stderr)
	return exitUsage
}

type verboseKey struct{}
type splitKey struct{}
type dictsKey struct{}

// splitOf is the --split a suite was asked to score ("" for all).
func splitOf(ctx context.Context) string {
	s, _ := ctx.Value(splitKey{}).(string)
	return s
}

type stderrKey struct{}

// verboseOut is where a suite lists its worst cases with -v; nil without -v.
func verboseOut(ctx context.Context) io.Writer {
	if v, _ := ctx.Value(verboseKey{}).(bool); v {
		w, _ := ctx.Value(stderrKey{}).(io.Writer)
		return w
	}
	return nil
}

func evalUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: sitrep eval SUITE [--json] [-v] ARGS\n\nSuites:")
	for _, s := range suites {
		fmt.Fprintf(w, "  %-11s %-18s %s\n", s.name, s.args, s.about)
	}
	fmt.Fprintln(w, "\nExample:\n  sitrep eval segment ../shared/data/sentences/golden_rules_en.json")
}

func pct(x float64) string { return fmt.Sprintf("%.4f", x) }

func extractBody(page []byte, url string) (string, error) {
	a, err := extract.HTML(page, url)
	return a.Text, err
}

func evalExtraction(ctx context.Context, args []string) (any, [][2]string, error) {
	res, err := eval.EvalExtraction(args[0], extractBody)
	if err != nil {
		return nil, nil, err
	}
	if w := verboseOut(ctx); w != nil {
		printWorstPages(w, res.PerPage)
	}
	return res, [][2]string{
		{"pages", fmt.Sprint(res.Pages)},
		{"precision", pct(res.Precision)},
		{"recall", pct(res.Recall)},
		{"f1", pct(res.F1)},
	}, nil
}

func printWorstPages(w io.Writer, pages []eval.ExtractionPage) {
	fmt.Fprintln(w, "pages with F1 < 0.8:")
	for _, p := range pages {
		f := 0.0
		if p.Precision+p.Recall > 0 {
			f = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
		}
		if f < 0.8 {
			fmt.Fprintf(w, "  %.3f  P %.3f R %.3f  %s %s\n", f, p.Precision, p.Recall, p.ID, p.Err)
		}
	}
}

func evalSegment(ctx context.Context, args []string) (any, [][2]string, error) {
	cases, err := eval.LoadSegmentCases(args[0])
	if err != nil {
		return nil, nil, err
	}
	res := eval.EvalSegment(cases, text.Sentences)
	if w := verboseOut(ctx); w != nil {
		for _, f := range res.Failures {
			fmt.Fprintf(w, "FAIL %s\n  want %q\n  got  %q\n", f.Name, f.Want, f.Got)
		}
	}
	return res, [][2]string{
		{"passed", fmt.Sprint(res.Passed)},
		{"total", fmt.Sprint(res.Total)},
	}, nil
}

func evalWARC(ctx context.Context, args []string) (any, [][2]string, error) {
	res, err := eval.EvalWARC(args[0], args[1], extractBody)
	if err != nil {
		return nil, nil, err
	}
	if w := verboseOut(ctx); w != nil {
		printWorstPages(w, res.PerPage)
	}
	return res, [][2]string{
		{"responses", fmt.Sprint(res.Responses)},
		{"matched", fmt.Sprint(res.Pages)},
		{"precision", pct(res.Precision)},
		{"recall", pct(res.Recall)},
		{"f1", pct(res.F1)},
	}, nil
}

// floorFlags are minimum values for metrics: --floor f1=0.93.
type floorFlags []floor

type floor struct {
	metric string
	min    float64
}

func (f *floorFlags) String() string { return "" }

func (f *floorFlags) Set(v string) error {
	name, val, ok := strings.Cut(v, "=")
	if !ok {
		return fmt.Errorf("want METRIC=MIN, got %q", v)
	}
	min, err := strconv.ParseFloat(val, 64)
	if err != nil {
		return fmt.Errorf("bad minimum in %q: %v", v, err)
	}
	*f = append(*f, floor{strings.TrimSpace(name), min})
	return nil
}

// check compares the metrics (as their JSON keys) with the floors.
func (f floorFlags) check(w io.Writer, what string, metrics any) int {
	if len(f) == 0 {
		return exitOK
	}
	raw, err := json.Marshal(metrics)
	if err != nil {
		fmt.Fprintf(w, "sitrep %s: %v\n", what, err)
		return exitUsage
	}
	var values map[string]any
	json.Unmarshal(raw, &values)
	code := exitOK
	for _, fl := range f {
		v, ok := values[fl.metric].(float64)
		if !ok {
			fmt.Fprintf(w, "sitrep %s: no numeric metric %q\n", what, fl.metric)
			code = exitUsage
			continue
		}
		if v < fl.min {
			fmt.Fprintf(w, "sitrep %s: %s = %.4g is below the floor %.4g\n", what, fl.metric, v, fl.min)
			if code == exitOK {
				code = exitPartial
			}
		}
	}
	return code
}

// evalTimex is 'sitrep eval timex DIR' over the TimeML files in DIR (see
// internal/eval/timexeval for the scoring rules).
func evalTimex(ctx context.Context, args []string) (any, [][2]string, error) {
	return timexeval.Run(args[0], verboseOut(ctx))
}

// evalNumbers is 'sitrep eval numbers FILE' (see internal/eval/claimeval).
func evalNumbers(ctx context.Context, args []string) (any, [][2]string, error) {
	return claimeval.RunNumbers(args[0], verboseOut(ctx))
}

// evalCasualties is 'sitrep eval casualties FILE' on the FA-KES CSV: each
// article goes through segmentation, entities, coreference and claims.
func evalCasualties(ctx context.Context, args []string) (any, [][2]string, error) {
	return claimeval.RunCasualties(args[0], verboseOut(ctx))
}

// evalQuotes is 'sitrep eval quotes DIR' on a PolNeAR split (DIR/text,
// DIR/attributions; see internal/eval/quoteeval for the matching rules).
func evalQuotes(ctx context.Context, args []string) (any, [][2]string, error) {
	return quoteeval.Run(args[0], verboseOut(ctx))
}
