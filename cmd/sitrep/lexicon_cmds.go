package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/lexicon"
)

// runBuildLexicon implements "sitrep build lexicon": it derives the actor
// lexicon from the PETRARCH/Phoenix dictionaries and the curated file and
// writes it where go:embed picks it up.
func runBuildLexicon(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "build lexicon", "", "Derive the actor lexicon (names, aliases, agents, dated CAMEO codes) from the\nPETRARCH/Phoenix dictionaries and the curated file, and write it for embedding.\nRebuild sitrep afterwards to embed it.")
	data := fs.String("data", filepath.Join("..", "shared", "data", "events", "dictionaries"), "directory of the Phoenix `dictionaries`")
	curated := fs.String("curated", filepath.Join("internal", "lexicon", "curated.tsv"), "curated `file` (takes precedence; \"\" for none)")
	out := fs.String("out", filepath.Join("internal", "lexicon", "actors.bin"), "output `file` (the embedded lexicon)")
	verbose := fs.Bool("v", false, "list the bad lines")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "sitrep build lexicon: unexpected argument %q\n", pos[0])
		fs.Usage()
		return exitUsage
	}
	var cur io.Reader
	if *curated != "" {
		b, err := os.ReadFile(*curated)
		if err != nil {
			fmt.Fprintf(e.stderr, "sitrep build lexicon: %v\n", err)
			return exitUsage
		}
		cur = bytes.NewReader(b)
	}
	start := time.Now()
	var buf bytes.Buffer
	st, err := lexicon.Build(*data, cur, &buf)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep build lexicon: %v\n", err)
		return exitUsage
	}
	load := func(r io.Reader) error { _, err := lexicon.Load(r); return err }
	if err := installArtefact(*out, buf.Bytes(), load); err != nil {
		fmt.Fprintf(e.stderr, "sitrep build lexicon: %v\n", err)
		return exitUsage
	}
	fmt.Fprint(e.stdout, st.String())
	fmt.Fprintf(e.stdout, "wrote %s in %v\n", *out, time.Since(start).Round(time.Millisecond))
	if *verbose {
		for _, l := range st.BadLines {
			fmt.Fprintln(e.stderr, l)
		}
	}
	if st.Bad > 0 && !*verbose {
		fmt.Fprintf(e.stderr, "sitrep build lexicon: %d malformed dictionary lines skipped (-v lists them)\n", st.Bad)
	}
	if len(st.MissingFiles) > 0 {
		return exitPartial // built, but from fewer dictionaries than expected
	}
	return exitOK
}
