package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/store"
)

// dbFlag registers --db and returns a function that opens the store.
func dbFlag(fs *flag.FlagSet) func() (*store.Store, string, error) {
	path := fs.String("db", "", "store `FILE` (default $SITREP_DB, else sitrep.db in the user's data directory)")
	return func() (*store.Store, string, error) {
		p := *path
		if p == "" {
			var err error
			if p, err = store.DefaultPath(); err != nil {
				return nil, "", err
			}
		}
		s, err := store.Open(p)
		return s, p, err
	}
}

// ingestStats counts what happened to stored documents.
type ingestStats struct {
	added, existed, nearDup int
}

func runIngest(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "ingest", "PATH...", `Reads articles like 'sitrep extract' and keeps them in the store. The same
article ingested twice is stored once; near-duplicates (the same wire story
on two sites) are stored and marked as duplicates of the first. Documents are
written in batches, one transaction each: an interrupted ingest keeps every
finished batch and can simply be run again.

Example:
  sitrep ingest --db news.db ./articles/ feed.xml`)
	var pf pipelineFlags
	pf.register(fs)
	open := dbFlag(fs)
	batchSize := fs.Int("batch", 256, "documents per transaction")
	quiet := fs.Bool("quiet", false, "no progress lines")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "sitrep ingest: no input given (a file, directory, URL or - for stdin)")
		fs.Usage()
		return exitUsage
	}
	opt, err := pf.options()
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep ingest:", err)
		return exitUsage
	}
	if *batchSize < 1 {
		*batchSize = 1
	}
	st, path, err := open()
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep ingest:", err)
		return exitUsage
	}
	defer st.Close()

	t := &tally{stderr: e.stderr}
	var stats ingestStats
	var batch []*doc.Document
	var storeErr error
	start := time.Now()
	lastReport := start
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		// A batch that was read completely is committed even after Ctrl-C:
		// its documents are whole, and losing them would only cost a re-run.
		res, err := st.PutBatch(context.WithoutCancel(ctx), batch)
		if err != nil {
			storeErr = err
			return
		}
		for _, r := range res {
			switch r.Status {
			case "new":
				stats.added++
			case "exists":
				stats.existed++
			case "near-duplicate":
				stats.added++
				stats.nearDup++
			}
		}
		batch = batch[:0]
	}
	runErr := pipeline.Run(ctx, pos, opt, func(r pipeline.Result) {
		if r.Err != nil {
			t.fail(r.Input, r.Err)
			return
		}
		t.docs++
		batch = append(batch, r.Doc)
		if len(batch) >= *batchSize {
			flush()
		}
		if !*quiet && time.Since(lastReport) > 5*time.Second {
			lastReport = time.Now()
			fmt.Fprintf(e.stderr, "sitrep: %d articles read, %d stored, %d failed (%.0f/s)\n",
				t.docs, stats.added, t.failed, float64(t.docs)/time.Since(start).Seconds())
		}
	})
	flush()
	if storeErr != nil {
		fmt.Fprintf(e.stderr, "sitrep ingest: store %s: %v (the last batch was not written; fix and run again)\n", path, storeErr)
		return exitUsage
	}
	if runErr != nil && ctx.Err() == nil {
		fmt.Fprintln(e.stderr, "sitrep ingest:", runErr)
		return exitUsage
	}
	fmt.Fprintf(e.stderr, "sitrep: %d new (%d near-duplicates), %d already stored, %d failed, in %s -> %s\n",
		stats.added, stats.nearDup, stats.existed, t.failed, time.Since(start).Round(time.Millisecond), path)
	return t.exitCode()
}

func runShow(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "show", "ID", `Prints one stored document. ID may be a unique prefix (6 or more hex digits).

Example:
  sitrep show 3fa2c1d9`)
	open := dbFlag(fs)
	format := fs.String("format", "json", "output `format`: json or text")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "sitrep show: give exactly one document id")
		return exitUsage
	}
	st, _, err := open()
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep show:", err)
		return exitUsage
	}
	defer st.Close()
	d, err := st.Get(ctx, pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep show: %s: %v\n", pos[0], err)
		if errors.Is(err, store.ErrNotFound) {
			return exitPartial
		}
		return exitUsage
	}
	if *format == "text" {
		renderText(e.stdout, d)
		if dup, err := st.DuplicateOf(ctx, d.ID); err == nil && dup != "" {
			fmt.Fprintf(e.stdout, "Near-duplicate of %s\n", dup)
		}
		return exitOK
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		fmt.Fprintln(e.stderr, "sitrep show:", err)
		return exitUsage
	}
	return exitOK
}

func runSearch(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "search", "QUERY...", `Full-text search over the titles and texts of stored documents, best
matches first. Words are matched as words; use quotes for a phrase and
AND, OR, NOT or a trailing * for SQLite FTS5 query syntax.

Example:
  sitrep search Aleppo evacuation
  sitrep search '"death toll" AND Syria'`)
	open := dbFlag(fs)
	limit := fs.Int("limit", 20, "most `N` hits")
	all := fs.Bool("duplicates", false, "also list near-duplicates of documents already listed")
	asJSON := fs.Bool("json", false, "one JSON object per hit")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "sitrep search: give a query")
		return exitUsage
	}
	st, _, err := open()
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep search:", err)
		return exitUsage
	}
	defer st.Close()
	query := strings.Join(pos, " ")
	hits, err := st.Search(ctx, query, store.SearchOptions{Limit: *limit, HideDuplicates: !*all})
	if err != nil {
		fmt.Fprintf(e.stderr, "sitrep search: %v\n", err)
		return exitUsage
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	if *asJSON {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			enc.Encode(searchHit{h.ID, h.Title, h.Published, h.URL, h.Snippet, h.DuplicateOf, h.Score})
		}
		return exitOK
	}
	if len(hits) == 0 {
		fmt.Fprintf(e.stderr, "sitrep search: no match for %q\n", query)
		return exitPartial
	}
	for _, h := range hits {
		date := h.Published
		if len(date) > 10 {
			date = date[:10]
		}
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(out, "%s  %s  %s\n", shortID(h.ID), date, ellipsis(h.Title, 80))
		if h.Snippet != "" {
			fmt.Fprintf(out, "    %s\n", ellipsis(h.Snippet, 100))
		}
		if h.DuplicateOf != "" {
			fmt.Fprintf(out, "    near-duplicate of %s\n", shortID(h.DuplicateOf))
		}
	}
	return exitOK
}

// searchHit is one line of 'sitrep search --json'.
type searchHit struct {
	ID          string  `json:"id"`
	Title       string  `json:"title"`
	Published   string  `json:"published"`
	URL         string  `json:"url"`
	Snippet     string  `json:"snippet"`
	DuplicateOf string  `json:"duplicate_of"`
	Score       float64 `json:"score"`
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func runExport(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "export", "", `Prints every stored document, in the order they were ingested.

With --format events-tsv it writes the stored events instead, one row per
event with the GDELT 2.0 Events column names (a header row first), as GDELT
users load them.

Examples:
  sitrep export --format jsonl > all.jsonl
  sitrep export --format events-tsv > events.tsv`)
	open := dbFlag(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl (sitrep/1 JSON Lines) or events-tsv (GDELT 2.0 event columns)")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 0 {
		fmt.Fprintln(e.stderr, "sitrep export: takes no arguments")
		return exitUsage
	}
	if *format != "jsonl" && *format != "events-tsv" {
		fmt.Fprintf(e.stderr, "sitrep export: --format %q is not supported (jsonl, events-tsv)\n", *format)
		return exitUsage
	}
	st, _, err := open()
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep export:", err)
		return exitUsage
	}
	defer st.Close()
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	write := func(d *doc.Document) error { return enc.Encode(d) }
	if *format == "events-tsv" {
		write = export.NewEventWriter(out).Write
	}
	if err := st.Export(ctx, write); err != nil {
		fmt.Fprintln(e.stderr, "sitrep export:", err)
		return exitUsage
	}
	return exitOK
}
