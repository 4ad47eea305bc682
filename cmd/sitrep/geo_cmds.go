package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/geo"
)

// runBuildGazetteer is 'sitrep build gazetteer [--data DIR] [--out FILE]':
// it compiles GeoNames + world-countries + demonyms + the curated supplement
// into the binary gazetteer that internal/geo embeds, and prints BuildStats.
func runBuildGazetteer(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "build gazetteer", "", "compile the embedded gazetteer (internal/geo/gazetteer.bin) from GeoNames and the curated supplement")
	data := fs.String("data", filepath.Join("..", "shared", "data", "geo", "geonames"), "GeoNames `DIR` (cities500.txt.gz, countryInfo.txt, admin1CodesASCII.txt, ...)")
	out := fs.String("out", filepath.Join("internal", "geo", "gazetteer.bin"), "output `FILE`")
	supp := fs.String("supplement", filepath.Join("internal", "geo", "supplement.tsv"), "curated supplement `FILE` (TSV)")
	if _, code, ok := parseOrUsage(fs, args); !ok {
		return code
	}
	sf, err := os.Open(*supp)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build gazetteer: %v\n", err)
		return exitUsage
	}
	defer sf.Close()
	start := time.Now()
	var stats geo.BuildStats
	err = replaceFile(*out, func(w io.Writer) (err error) {
		stats, err = geo.Build(*data, sf, w)
		return err
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build gazetteer: %v\n", err)
		return exitPartial
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.Encode(stats)
	fmt.Fprintf(e.stderr, "sitrep build gazetteer: wrote %s (%d bytes) in %s\n", *out, stats.Bytes, time.Since(start).Round(time.Millisecond))
	if len(stats.MissingFile) > 0 {
		return exitPartial
	}
	return exitOK
}

// evalGeo is 'sitrep eval geo FILE': toponym resolution on gold spans and
// end to end with the gazetteer's recogniser, over a Gritta-format corpus
// (GeoWebNews GWN.xml or LGL/TR-News lgl.xml). The headline figures score
// what sitrep outputs: a mention the gazetteer cannot resolve (a street, a
// building) stays unresolved, never a guess. acc161_focus shows what a
// geocoder that falls back to the document's focus place (geo.Focus) for
// such mentions would score.
func evalGeo(ctx context.Context, args []string) (any, [][2]string, error) {
	g := geo.Default()
	if err := geo.DefaultErr(); err != nil {
		return nil, nil, err
	}
	resolver := func(useFocus bool) func(text string, spans [][2]int) []eval.GeoGuess {
		return func(text string, spans [][2]int) []eval.GeoGuess {
			ms := make([]geo.Span, len(spans))
			for i, s := range spans {
				ms[i] = geo.Span(s)
			}
			rs := g.Resolve(text, ms)
			var focus *geo.Place
			if useFocus {
				focus = geo.Focus(rs)
			}
			out := make([]eval.GeoGuess, len(rs))
			for i, r := range rs {
				p := r.Place
				if p == nil {
					p = focus
				}
				if p != nil {
					out[i] = eval.GeoGuess{OK: true, Lat: p.Lat, Lon: p.Lon, GeoNames: p.GeoNames}
				}
			}
			return out
		}
	}
	resolve := resolver(false)
	find := func(text string) [][2]int {
		sp := g.Find(text)
		out := make([][2]int, len(sp))
		for i, s := range sp {
			out[i] = s
		}
		return out
	}
	res, err := eval.EvalGeo(args[0], resolve, find)
	if err != nil {
		return nil, nil, err
	}
	withFocus, err := eval.EvalGeo(args[0], resolver(true), find)
	if err != nil {
		return nil, nil, err
	}
	res.Acc161Focus = withFocus.Acc161
	if w := verboseOut(ctx); w != nil {
		printGeoMisses(w, res.Misses)
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 3, 64) }
	table := [][2]string{
		{"mentions", strconv.Itoa(res.Mentions)},
		{"acc161", f(res.Acc161)},
		{"acc161_focus", f(res.Acc161Focus)},
		{"acc_id", f(res.AccID)},
		{"mean_km", strconv.FormatFloat(res.MeanKm, 'f', 0, 64)},
		{"e2e_precision", f(res.E2EPrecision)},
		{"e2e_recall", f(res.E2ERecall)},
		{"e2e_f1", f(res.E2EF1)},
	}
	return res, table, nil
}

// printGeoMisses lists the missed toponyms, most frequent name first, with
// how far off the guess was ("unresolved" when there was none).
func printGeoMisses(w io.Writer, misses []eval.GeoMiss) {
	type tally struct {
		name      string
		n, unres  int
		sumKm     float64
		lastGuess [2]float64
		lastGold  [2]float64
	}
	by := map[string]*tally{}
	var order []*tally
	for _, m := range misses {
		t := by[m.Name]
		if t == nil {
			t = &tally{name: m.Name}
			by[m.Name] = t
			order = append(order, t)
		}
		t.n++
		if m.GuessLat == 0 && m.GuessLon == 0 {
			t.unres++
		} else {
			t.sumKm += m.Km
			t.lastGuess = [2]float64{m.GuessLat, m.GuessLon}
		}
		t.lastGold = [2]float64{m.GoldLat, m.GoldLon}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].n > order[j].n })
	fmt.Fprintf(w, "%d missed toponyms, %d names (count, unresolved, name, gold lat/lon, last guess)\n", len(misses), len(order))
	for _, t := range order {
		fmt.Fprintf(w, "%4d %4d  %-30s gold %.2f,%.2f guess %.2f,%.2f\n", t.n, t.unres, t.name, t.lastGold[0], t.lastGold[1], t.lastGuess[0], t.lastGuess[1])
	}
}
