package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/tag"
)

// nerModelPath is where the embedded NER model lives in the source tree.
var nerModelPath = filepath.Join("internal", "tag", "model.bin")

// runTrainNER is 'sitrep train ner [--train FILE] [--dev FILE] [--epochs N]
// [--out FILE]': it trains the averaged perceptron tagger on CoNLL-2003,
// keeps the epoch with the best dev F1 and writes the model (by default over
// the embedded one). Progress per epoch goes to stderr.
func runTrainNER(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 && args[0] == "ner" {
		args = args[1:]
	}
	conll := filepath.Join("..", "shared", "data", "ner", "conll2003")
	fs := newFlags(e, "train ner", "", "train the named-entity tagger (internal/tag) on CoNLL-2003; never train on the dev file")
	trainPath := fs.String("train", filepath.Join(conll, "eng.train"), "training `FILE` (CoNLL-2003 columns, IOB2)")
	devPath := fs.String("dev", filepath.Join(conll, "eng.testa"), "dev `FILE`, used to pick the epoch; empty for none")
	epochs := fs.Int("epochs", 24, "training passes `N`")
	out := fs.String("out", nerModelPath, "model `FILE` to write")
	geoDir := fs.String("geo", filepath.Join("..", "shared", "data", "geo", "geonames"), "`DIR` with countryInfo.txt, cliff-wikipedia-demonyms.tsv and cities500.txt.gz for word-list features; empty for none")
	cityPop := fs.Int("city-pop", tag.GazCityMinPop, "list the cities of `N` people or more from DIR/cities500.txt.gz in the word list; 0 for none")
	leaders := fs.String("leaders", filepath.Join("..", "shared", "data", "events", "dictionaries", "Phoenix.Countries.actors.txt"), "PETRARCH actor `FILE` whose leaders' first and last names go in the word list; empty for none")
	wordDrop := fs.Float64("word-drop", 0.6, "probability `P` that a word seen at most twice loses its identity features in training")
	docs := fs.Bool("doc-features", true, "use document-level features")
	sentDocs := fs.Float64("sentence-docs", 0.3, "share `P` of training documents seen sentence by sentence")
	seed := fs.Uint64("seed", 1, "shuffling `SEED`")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "sitrep train ner: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "sitrep train ner: %v\n", err)
		return exitUsage
	}
	train, err := readCoNLLFile(*trainPath)
	if err != nil {
		return fail(err)
	}
	var dev []tag.Sentence
	if *devPath != "" {
		if dev, err = readCoNLLFile(*devPath); err != nil {
			return fail(err)
		}
	}
	var gaz tag.Gazetteer
	if *geoDir != "" {
		ci, err := os.Open(filepath.Join(*geoDir, "countryInfo.txt"))
		if err != nil {
			return fail(err)
		}
		defer ci.Close()
		dm, err := os.Open(filepath.Join(*geoDir, "cliff-wikipedia-demonyms.tsv"))
		if err != nil {
			return fail(err)
		}
		defer dm.Close()
		if gaz, err = tag.BuildGazetteer(ci, dm); err != nil {
			return fail(err)
		}
		if *cityPop > 0 {
			cf, err := os.Open(filepath.Join(*geoDir, "cities500.txt.gz"))
			if err != nil {
				return fail(err)
			}
			defer cf.Close()
			if err := tag.AddCities(gaz, cf, *cityPop); err != nil {
				return fail(err)
			}
		}
		if *leaders != "" {
			lf, err := os.Open(*leaders)
			if err != nil {
				return fail(err)
			}
			defer lf.Close()
			if err := tag.AddLeaders(gaz, lf); err != nil {
				return fail(err)
			}
		}
	}
	start := time.Now()
	fmt.Fprintf(e.stderr, "sitrep train ner: %d training sentences, %d dev, %d word-list entries\n", len(train), len(dev), len(gaz))
	m, err := tag.TrainWith(train, dev, tag.TrainOptions{
		Epochs: *epochs, Gazetteer: gaz, DocFeats: *docs, SentenceDocs: *sentDocs, WordDrop: *wordDrop, Seed: *seed, Log: e.stderr,
	})
	if err != nil {
		return fail(err)
	}
	if ctx.Err() != nil {
		return exitSignal
	}
	var n int64
	err = replaceFile(*out, func(w io.Writer) (err error) {
		n, err = m.WriteTo(w)
		return err
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep train ner: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stderr, "sitrep train ner: wrote %s (%d bytes) in %s\n", *out, n, time.Since(start).Round(time.Millisecond))
	return exitOK
}

func readCoNLLFile(path string) ([]tag.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := tag.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// evalNER is 'sitrep eval ner FILE': conlleval scores of the embedded
// tagger on a CoNLL-2003 file. Each document (the sentences between
// -DOCSTART- lines, one article) is tagged at once, as the pipeline tags an
// article; the table also shows the score when every sentence is tagged
// alone.
func evalNER(ctx context.Context, args []string) (any, [][2]string, error) {
	t := tag.Default()
	res, err := eval.EvalNERDocs(args[0], t.TagDoc)
	if err != nil {
		return nil, nil, err
	}
	alone, err := eval.EvalNER(args[0], t.Tag)
	if err != nil {
		return nil, nil, err
	}
	table := [][2]string{
		{"sentences", fmt.Sprint(res.Sentences)},
		{"tokens", fmt.Sprint(res.Tokens)},
		{"mentions", fmt.Sprint(res.Gold)},
		{"precision", pct(res.Precision)},
		{"recall", pct(res.Recall)},
		{"f1", pct(res.F1)},
		{"f1 (sentences alone)", pct(alone.F1)},
	}
	types := make([]string, 0, len(res.PerType))
	for k := range res.PerType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		s := res.PerType[k]
		table = append(table, [2]string{k, fmt.Sprintf("f1 %s  P %s  R %s  (%d gold)", pct(s.F1), pct(s.Precision), pct(s.Recall), s.Gold)})
	}
	return res, table, nil
}
