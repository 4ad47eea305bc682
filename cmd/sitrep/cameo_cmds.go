package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/cameo"
)

// runBuildVerbs implements "sitrep build verbs": the CAMEO verb-pattern
// lexicon converted from the PETRARCH CAMEO verb dictionary.
func runBuildVerbs(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "build verbs", "", "Convert the CAMEO verb dictionary (CAMEO.2.0.txt, PETRARCH format) into sitrep's\nverb-pattern lexicon and write it for embedding. Rebuild sitrep afterwards.")
	data := fs.String("data", filepath.Join("..", "shared", "data", "events", "dictionaries"), "directory of the PETRARCH `dictionaries`")
	out := fs.String("out", filepath.Join("internal", "cameo", "verbs.bin"), "output `file` (the embedded lexicon)")
	verbose := fs.Bool("v", false, "list the bad lines")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "sitrep build verbs: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	start := time.Now()
	var buf bytes.Buffer
	st, err := cameo.BuildVerbs(*data, &buf)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build verbs: %v\n", err)
		return exitUsage
	}
	load := func(r io.Reader) error { _, err := cameo.Load(r); return err }
	if err := installArtefact(*out, buf.Bytes(), load); err != nil {
		fmt.Fprintf(e.stderr, "sitrep build verbs: %v\n", err)
		return exitUsage
	}
	fmt.Fprint(e.stdout, st.String())
	fmt.Fprintf(e.stdout, "wrote %s in %v\n", *out, time.Since(start).Round(time.Millisecond))
	if *verbose {
		for _, l := range st.BadLines {
			fmt.Fprintln(e.stderr, l)
		}
	} else if st.Bad > 0 {
		fmt.Fprintf(e.stderr, "sitrep build verbs: %d malformed dictionary lines skipped (-v lists them)\n", st.Bad)
	}
	return exitOK
}

// runBuildCodes implements "sitrep build codes": the CAMEO code table
// (label, Goldstein value, QuadClass, PLOVER type) from the curated
// Goldstein table and the CAMEO-to-PLOVER mapping.
func runBuildCodes(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "build codes", "", "Build the CAMEO code table (label, Goldstein, QuadClass, PLOVER) from the curated\nGoldstein table and CAMEO2PLOVER-2021.txt, and write it for embedding.")
	curated := fs.String("curated", filepath.Join("internal", "cameo", "goldstein.tsv"), "curated Goldstein `file`")
	plover := fs.String("plover", filepath.Join("..", "shared", "data", "events", "plover", "CAMEO2PLOVER-2021.txt"), "CAMEO to PLOVER mapping `file`")
	out := fs.String("out", filepath.Join("internal", "cameo", "codes.tsv"), "output `file` (the embedded table)")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "sitrep build codes: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	cur, err := os.Open(*curated)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build codes: %v\n", err)
		return exitUsage
	}
	defer cur.Close()
	pl, err := os.Open(*plover)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build codes: %v\n", err)
		return exitUsage
	}
	defer pl.Close()
	var buf bytes.Buffer
	st, err := cameo.BuildCodes(cur, pl, &buf)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build codes: %v\n", err)
		return exitUsage
	}
	if err := installArtefact(*out, buf.Bytes(), nil); err != nil {
		fmt.Fprintf(e.stderr, "sitrep build codes: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "codes %d (PLOVER: %d direct, %d from a parent code, %d appeals as demands, %d none), %d bad lines\nwrote %s\n",
		st.Codes, st.PloverDirect, st.PloverParent, st.PloverMirror, st.PloverNone, st.Bad, *out)
	for _, l := range st.BadLines {
		fmt.Fprintln(e.stderr, l)
	}
	return exitOK
}

// runBuildFallback implements "sitrep build fallback": the verbs the CAMEO
// dictionary leaves uncoded, typed from the PLOVER gold-standard records.
func runBuildFallback(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "build fallback", "", "Build the fallback verb table (verb -> CAMEO code of its PLOVER type) from the\nPLOVER gold-standard records and CAMEO-PLOV.txt, and write it for embedding.")
	dir := filepath.Join("..", "shared", "data", "events", "plover")
	gsrPath := fs.String("gsr", filepath.Join(dir, "PLOVER_GSR_CAMEO.txt"), "PLOVER gold-standard records `file`")
	plovPath := fs.String("plover", filepath.Join(dir, "CAMEO-PLOV.txt"), "CAMEO to PLOVER table `file` of the records' era")
	out := fs.String("out", filepath.Join("internal", "cameo", "fallback.tsv"), "output `file` (the embedded table)")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "sitrep build fallback: %v\n", err)
		return exitUsage
	}
	if len(pos) > 0 {
		return fail(fmt.Errorf("unexpected argument %q", pos[0]))
	}
	gsr, err := os.ReadFile(*gsrPath)
	if err != nil {
		return fail(err)
	}
	plov, err := os.ReadFile(*plovPath)
	if err != nil {
		return fail(err)
	}
	var buf bytes.Buffer
	n, err := cameo.BuildFallback(bytes.NewReader(gsr), bytes.NewReader(plov), cameo.Default(), &buf)
	if err != nil {
		return fail(err)
	}
	if err := installArtefact(*out, buf.Bytes(), nil); err != nil {
		return fail(err)
	}
	fmt.Fprintf(e.stdout, "fallback verbs %d\nwrote %s\n", n, *out)
	return exitOK
}
