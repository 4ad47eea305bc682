package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/demo"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/store"
)

func runDemo(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "demo", "", `Runs the whole pipeline on the bundled sample corpus (wire-style stories
written for sitrep, in every input format it reads), stores the documents in
a throw-away store (or --db), and prints what it found.`)
	asJSON := fs.Bool("json", false, "print the sitrep/1 documents (JSON Lines) instead of the summary")
	dbPath := fs.String("db", "", "keep the demo store in `FILE` instead of a temporary one")
	pos, code, ok := parseOrUsage(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 0 {
		fmt.Fprintln(e.stderr, "sitrep demo: takes no arguments")
		return exitUsage
	}
	tmp, err := os.MkdirTemp("", "sitrep-demo-")
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep demo:", err)
		return exitUsage
	}
	defer os.RemoveAll(tmp)
	paths, err := demo.WriteTo(tmp)
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep demo:", err)
		return exitUsage
	}
	if *dbPath == "" {
		*dbPath = filepath.Join(tmp, "demo.db")
	}
	st, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep demo:", err)
		return exitUsage
	}
	defer st.Close()

	t := &tally{stderr: e.stderr}
	var docs []*doc.Document
	err = pipeline.Run(ctx, paths, pipeline.Options{}, func(r pipeline.Result) {
		if r.Err != nil {
			t.fail(strings.TrimPrefix(r.Input, tmp+string(os.PathSeparator)), r.Err)
			return
		}
		t.docs++
		// The temporary directory means nothing to the reader.
		if r.Doc.Source.File != nil {
			r.Doc.Source.File = doc.Str(filepath.Base(*r.Doc.Source.File))
		}
		docs = append(docs, r.Doc)
	})
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep demo:", err)
		return exitUsage
	}
	results, err := st.PutBatch(ctx, docs)
	if err != nil {
		fmt.Fprintln(e.stderr, "sitrep demo: store:", err)
		return exitUsage
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			enc.Encode(d)
		}
		return t.exitCode()
	}
	printDemo(ctx, e, st, docs, results, len(paths))
	return t.exitCode()
}

func printDemo(ctx context.Context, e *env, st *store.Store, docs []*doc.Document, results []store.PutResult, files int) {
	w := e.stdout
	fmt.Fprintf(w, "sitrep demo: %d articles from %d bundled files (text, HTML, JSON, JSON Lines, RSS)\n\n", len(docs), files)
	titles := map[string]string{}
	fmt.Fprintf(w, "%-3s %-12s %-10s %-9s %5s %7s  %s\n", "#", "id", "published", "format", "sent.", "removed", "title")
	for i, d := range docs {
		titles[d.ID] = orDash(d.Title)
		pub := orDash(d.Published)
		if len(pub) > 10 {
			pub = pub[:10]
		}
		fmt.Fprintf(w, "%-3d %-12s %-10s %-9s %5d %7d  %s\n", i+1, shortID(d.ID), pub, orDash(d.Source.Format), len(d.Sentences), len(d.Removed), ellipsis(orDash(d.Title), 60))
	}

	reasons := map[string]int{}
	var examples []string
	for _, d := range docs {
		for _, r := range d.Removed {
			if reasons[r.Reason] == 0 {
				examples = append(examples, fmt.Sprintf("  %-9s %q", r.Reason, ellipsis(r.Text, 60)))
			}
			reasons[r.Reason]++
		}
	}
	if len(reasons) > 0 {
		var parts []string
		for r, n := range reasons {
			parts = append(parts, fmt.Sprintf("%d %s", n, r))
		}
		sort.Strings(parts)
		fmt.Fprintf(w, "\nCleaning removed %s; for example:\n%s\n", strings.Join(parts, ", "), strings.Join(examples, "\n"))
	}

	if len(docs) > 0 {
		d := docs[0]
		fmt.Fprintf(w, "\nSentences of %q:\n", ellipsis(orDash(d.Title), 60))
		runes := []rune(d.Text)
		for i, s := range d.Sentences {
			if i == 4 {
				fmt.Fprintf(w, "  ... %d more\n", len(d.Sentences)-4)
				break
			}
			fmt.Fprintf(w, "  [%d:%d] %s\n", s[0], s[1], ellipsis(string(runes[s[0]:s[1]]), 100))
		}
	}

	if len(docs) > 0 && len(docs[0].Entities) > 0 {
		d := docs[0]
		fmt.Fprintf(w, "\nWho and where in %q:\n", ellipsis(orDash(d.Title), 60))
		for _, e := range d.Entities {
			fmt.Fprintf(w, "  %-12s %-34s %-10s %d mention(s)\n", e.Type, ellipsis(e.Name, 34), orDash(e.Actor), len(e.Mentions))
		}
		for _, p := range d.Places {
			fmt.Fprintf(w, "  %-14s %-32s %8.4f %9.4f\n", "place:"+p.Kind, ellipsis(p.Name, 34), p.Lat, p.Lon)
		}
	}

	// what was said, how many, when and what happened, over the corpus
	var nQuotes, nClaims, nTimes, nEvents int
	for _, d := range docs {
		nQuotes += len(d.Quotes)
		nClaims += len(d.Claims)
		nTimes += len(d.Times)
		nEvents += len(d.Events)
	}
	fmt.Fprintf(w, "\nAcross the corpus: %d quotes, %d numeric claims, %d time expressions, %d events. For example:\n", nQuotes, nClaims, nTimes, nEvents)
	for _, d := range docs {
		names := map[string]string{"-": "-"}
		for _, e := range d.Entities {
			names[e.ID] = e.Name
		}
		for _, q := range d.Quotes {
			if q.Direct && q.SpeakerName != nil {
				fmt.Fprintf(w, "  quote   %s: %q\n", *q.SpeakerName, ellipsis(q.Text, 60))
				break
			}
		}
		for _, c := range d.Claims {
			if c.Kind == "killed" {
				fmt.Fprintf(w, "  claim   %s %s %s (by %s, as of %s)\n", c.Kind, strconv.FormatFloat(c.Value, 'f', -1, 64), orDash(c.About), orDash(c.SourceName), orDash(c.AsOf))
				break
			}
		}
		for _, ev := range d.Events {
			fmt.Fprintf(w, "  event   %s %s -> %s: %s (%s, %s)\n", ev.Code, names[orDash(ev.Source)], names[orDash(ev.Target)], ev.Label, ev.Modality, orDash(ev.Date))
			break
		}
	}

	for _, r := range results {
		if r.Status == "near-duplicate" {
			fmt.Fprintf(w, "\nNear-duplicate: %q (%s) is the same story as %q (%s)\n",
				ellipsis(titles[r.ID], 50), shortID(r.ID), ellipsis(titles[r.DuplicateOf], 50), shortID(r.DuplicateOf))
		}
	}

	const query = "Aleppo civilians"
	if hits, err := st.Search(ctx, query, store.SearchOptions{Limit: 3, HideDuplicates: true}); err == nil {
		fmt.Fprintf(w, "\nsitrep search %q:\n", query)
		for _, h := range hits {
			fmt.Fprintf(w, "  %s  %s\n", shortID(h.ID), ellipsis(h.Title, 70))
		}
	}
	fmt.Fprint(w, `
Next:
  sitrep extract --format text FILE      one article, cleaned, for a person
  sitrep extract PATH... > docs.jsonl    sitrep/1 JSON Lines for a program
  sitrep ingest PATH...                  into the store; then search, show, export
`)
}
