package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/syntax"
)

// pipelineFlags are the flags shared by every command that reads articles.
type pipelineFlags struct {
	published, url, title string
	verbs, actors, agents string
	maxSize               int64
	timeout               time.Duration
	workers               int
}

func (p *pipelineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.published, "published", "", "publication `DATE` for every article (ISO 8601 or e.g. \"January 26, 2015\"); wins over the input's")
	fs.StringVar(&p.url, "url", "", "source `URL` for every article; wins over the input's")
	fs.StringVar(&p.title, "title", "", "headline for every article; wins over the input's")
	fs.Int64Var(&p.maxSize, "max-size", ingest.DefaultMaxBytes, "largest article in `bytes` (file, page or record)")
	fs.DurationVar(&p.timeout, "timeout", 30*time.Second, "time limit for fetching one URL")
	fs.IntVar(&p.workers, "workers", 0, "articles processed at once (0: one per core)")
	fs.StringVar(&p.verbs, "verbs", "", "PETRARCH-format verb dictionary `FILE` whose patterns take precedence over the embedded CAMEO lexicon")
	fs.StringVar(&p.actors, "actors", "", "PETRARCH-format actor dictionary `FILE`: the actor codes it gives win over the embedded lexicon's")
	fs.StringVar(&p.agents, "agents", "", "PETRARCH-format agent dictionary `FILE` used with --actors (\"Gondor soldiers\" = actor + MIL)")
}

// options checks the flags and builds pipeline options.
func (p *pipelineFlags) options() (pipeline.Options, error) {
	o := pipeline.Options{
		Read:      ingest.Options{MaxBytes: p.maxSize, Timeout: p.timeout},
		Overrides: pipeline.Overrides{URL: p.url, Title: p.title},
		Workers:   p.workers,
	}
	if p.published != "" {
		v, ok := ingest.NormalizeDate(p.published)
		if !ok {
			return o, fmt.Errorf("--published %q is not a date I can read (try 2015-01-26)", p.published)
		}
		o.Overrides.Published = v
	}
	if p.maxSize <= 0 {
		return o, fmt.Errorf("--max-size must be positive")
	}
	if p.verbs != "" {
		f, err := os.Open(p.verbs)
		if err != nil {
			return o, fmt.Errorf("--verbs: %w", err)
		}
		lex, st := cameo.ParseVerbs(f, filepath.Base(p.verbs))
		f.Close()
		if st.Patterns == 0 && st.Verbs == 0 {
			return o, fmt.Errorf("--verbs %s: no verbs or patterns read (%d bad lines)", p.verbs, st.Bad)
		}
		o.Overrides.Events = event.Resources{Parser: syntax.Default(), Verbs: cameo.Merge(lex, cameo.Default())}
	}
	if p.agents != "" && p.actors == "" {
		return o, fmt.Errorf("--agents needs --actors")
	}
	if p.actors != "" {
		f, err := os.Open(p.actors)
		if err != nil {
			return o, fmt.Errorf("--actors: %w", err)
		}
		actors, st := cameo.ReadActors(f, filepath.Base(p.actors))
		f.Close()
		if len(actors) == 0 {
			return o, fmt.Errorf("--actors %s: no actors read (%d bad lines)", p.actors, st.Bad)
		}
		var agents []cameo.Agent
		if p.agents != "" {
			g, err := os.Open(p.agents)
			if err != nil {
				return o, fmt.Errorf("--agents: %w", err)
			}
			agents, _ = cameo.ReadAgents(g, filepath.Base(p.agents))
			g.Close()
		}
		o.Overrides.Dictionaries = event.NewDictionaries(actors, agents, nil)
	}
	return o, nil
}

// tally counts outcomes and reports failures as they happen, one line each.
type tally struct {
	docs, failed int
	stderr       io.Writer
}

func (t *tally) fail(input string, err error) {
	t.failed++
	fmt.Fprintf(t.stderr, "sitrep: %s: %v\n", input, err)
}

// exitCode is non-zero when anything failed or nothing was read at all.
func (t *tally) exitCode() int {
	if t.failed > 0 || t.docs == 0 {
		return exitPartial
	}
	return exitOK
}

func (t *tally) summary(verb string) {
	if t.failed > 0 {
		fmt.Fprintf(t.stderr, "sitrep: %s %d article(s); %d input(s) failed\n", verb, t.docs, t.failed)
	} else if t.docs == 0 {
		fmt.Fprintln(t.stderr, "sitrep: no articles found")
	}
}

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "extract", "PATH...", `Reads articles and prints one sitrep/1 JSON object per article on stdout
(JSON Lines). PATH may be a file, a directory (read recursively), - for
standard input, or an http(s) URL. Formats: plain text, HTML (.html, .html.gz),
JSON and JSON Lines records, RSS/Atom/JSON feeds, WARC (.warc, .warc.gz).

Example:
  sitrep extract --published 2015-01-26 story.txt
  sitrep extract --format text https://example.org/news/article.html`)
	var pf pipelineFlags
	pf.register(fs)
	format := fs.String("format", "json", "output `format`: json (JSON Lines) or text (for a person)")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "sitrep extract: no input given (a file, directory, URL or - for stdin)")
		fs.Usage()
		return exitUsage
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(e.stderr, "sitrep extract: --format must be json or text, not %q\n", *format)
		return exitUsage
	}
	opt, err := pf.options()
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep extract:", err)
		return exitUsage
	}
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	t := &tally{stderr: e.stderr}
	err = pipeline.Run(ctx, pos, opt, func(r pipeline.Result) {
		if r.Err != nil {
			out.Flush() // keep stdout and stderr in step for a reader of both
			t.fail(r.Input, r.Err)
			return
		}
		t.docs++
		if *format == "text" {
			renderText(out, r.Doc)
		} else if err := enc.Encode(r.Doc); err != nil {
			t.fail(r.Input, err)
		}
	})
	out.Flush()
	if err != nil && ctx.Err() == nil {
		fmt.Fprintln(e.stderr, "sitrep extract:", err)
		return exitUsage
	}
	t.summary("extracted")
	return t.exitCode()
}
