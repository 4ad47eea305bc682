package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// target is one artefact that 'sitrep build' or 'sitrep train' makes from
// the public data in ../shared/data and that the binary embeds.
type target struct {
	name, about string
	run         func(ctx context.Context, e *env, args []string) int
}

var buildTargets = []target{
	{"gazetteer", "compile the embedded gazetteer from GeoNames (internal/geo/gazetteer.bin)", runBuildGazetteer},
	{"lexicon", "compile the embedded actor lexicon from the PETRARCH/Phoenix dictionaries (internal/lexicon/actors.bin)", runBuildLexicon},
	{"verbs", "convert the CAMEO verb dictionary into the embedded verb-pattern lexicon (internal/cameo/verbs.bin)", runBuildVerbs},
	{"codes", "build the CAMEO code table: labels, Goldstein, QuadClass, PLOVER (internal/cameo/codes.tsv)", runBuildCodes},
	{"fallback", "build the fallback verb table from the PLOVER gold-standard records (internal/cameo/fallback.tsv)", runBuildFallback},
}

var trainTargets = []target{
	{"ner", "train the named-entity tagger on CoNLL-2003 (internal/tag/model.bin)", runTrainNER},
	{"pos", "train the part-of-speech tagger on the GUM train split (internal/syntax/pos.bin)", runTrainPOS},
	{"parser", "train the dependency parser on the GUM train split (internal/syntax/parser.bin)", runTrainParser},
}

func runBuild(ctx context.Context, e *env, args []string) int {
	return dispatch(ctx, e, "build", buildTargets, args)
}

func runTrain(ctx context.Context, e *env, args []string) int {
	return dispatch(ctx, e, "train", trainTargets, args)
}

func dispatch(ctx context.Context, e *env, verb string, targets []target, args []string) int {
	if len(args) > 0 {
		for _, t := range targets {
			if t.name == args[0] {
				return t.run(ctx, e, args[1:])
			}
		}
		if args[0] != "-h" && args[0] != "--help" && args[0] != "help" {
			fmt.Fprintf(e.stderr, "sitrep %s: unknown target %q\n", verb, args[0])
			targetUsage(e.stderr, verb, targets)
			return exitUsage
		}
		targetUsage(e.stderr, verb, targets)
		return exitOK
	}
	targetUsage(e.stderr, verb, targets)
	return exitUsage
}

func targetUsage(w io.Writer, verb string, targets []target) {
	fmt.Fprintf(w, "Usage: sitrep %s TARGET [flags]\n\nTargets:\n", verb)
	for _, t := range targets {
		fmt.Fprintf(w, "  %-10s %s\n", t.name, t.about)
	}
	fmt.Fprintf(w, "\nThe outputs are committed; rebuilding them needs ../shared/data beside the checkout.\n")
}

// replaceFile writes an artefact through a temporary file and renames it
// into place, so a failed build never leaves a half-written model behind.
func replaceFile(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// installArtefact writes a built artefact to path (through replaceFile),
// after checking with load, when given, that it reads back: a build never
// replaces a working artefact with one the binary could not load.
func installArtefact(path string, data []byte, load func(io.Reader) error) error {
	if load != nil {
		if err := load(bytes.NewReader(data)); err != nil {
			return fmt.Errorf("the built %s does not load: %w", filepath.Base(path), err)
		}
	}
	return replaceFile(path, func(w io.Writer) error { _, err := w.Write(data); return err })
}
