package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/syntax"
)

// runTrainPOS implements "sitrep train pos": the part-of-speech tagger on
// the GUM train split (the non-commercial genres left out).
func runTrainPOS(ctx context.Context, e *env, args []string) int {
	return trainSyntax(e, "pos", args, syntax.TrainPOS)
}

// runTrainParser implements "sitrep train parser": the dependency parser
// on the GUM train split (it tags its own training data by jackknifing).
func runTrainParser(ctx context.Context, e *env, args []string) int {
	return trainSyntax(e, "parser", args, syntax.TrainParser)
}

func trainSyntax(e *env, what string, args []string, train func([]string, syntax.Lexicon, io.Writer) ([]byte, error)) int {
	fs := newFlags(e, "train "+what, "", fmt.Sprintf("Train the %s on the GUM treebank's train split, leaving out the genres whose\nlicences are non-commercial (%v), and write the weights for embedding.\nTraining is deterministic. Rebuild sitrep afterwards.", map[string]string{"pos": "part-of-speech tagger", "parser": "dependency parser"}[what], syntax.ExcludedGenres))
	gum := fs.String("gum", filepath.Join("..", "shared", "data", "treebank", "gum", "dep"), "`DIR` of the GUM .conllu files (splits.md beside or above it)")
	lexPath := fs.String("lexicon", filepath.Join("..", "shared", "data", "ner", "conll2003", "eng.train"), "POS-tagged news `file` (CoNLL-2003 columns) whose word classes the tagger sees; empty for none")
	out := fs.String("out", filepath.Join("internal", "syntax", what+".bin"), "output `file`")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "sitrep train %s: unexpected argument %q\n", what, pos[0])
		return exitUsage
	}
	files, err := syntax.Files(*gum, "train", true)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep train %s: %v\n", what, err)
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintf(e.stderr, "sitrep train %s: no training files in %s\n", what, *gum)
		return exitUsage
	}
	var lex syntax.Lexicon
	if *lexPath != "" {
		if lex, err = syntax.ReadLexicon(*lexPath); err != nil {
			fmt.Fprintf(e.stderr, "sitrep train %s: %v\n", what, err)
			return exitUsage
		}
	}
	start := time.Now()
	fmt.Fprintf(e.stderr, "%d training files, lexicon of %d words\n", len(files), len(lex))
	b, err := train(files, lex, e.stderr)
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep train %s: %v\n", what, err)
		return exitUsage
	}
	if err := installArtefact(*out, b, nil); err != nil {
		fmt.Fprintf(e.stderr, "sitrep train %s: %v\n", what, err)
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes) in %v\n", *out, len(b), time.Since(start).Round(time.Second))
	return exitOK
}
