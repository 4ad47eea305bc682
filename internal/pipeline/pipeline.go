// Package pipeline turns raw ingest Items into sitrep documents: article
// extraction for HTML, boilerplate cleaning, segmentation and the id, then
// (in later stages) the analysis layers. Run does it for many inputs on all
// cores while keeping the output in input order.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"runtime"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/claim"
	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/entity"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/langid"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/text"
	"github.com/sitrep/sitrep/internal/timex"
)

// Overrides are metadata the caller gives for every article (command-line
// flags); a non-empty field wins over what the input says.
type Overrides struct {
	Published string // already ISO 8601
	URL       string
	Title     string
	// Events replaces the embedded event-coding models (a user's --verbs
	// file merged over the embedded lexicon); zero means the defaults.
	Events event.Resources
	// Dictionaries, when set, give the actor codes (a user's --actors and
	// --agents files): see event.Dictionaries.Extend.
	Dictionaries *event.Dictionaries
}

// ErrNoText is returned for an article that has no text left after cleaning.
var ErrNoText = errors.New("no article text after extraction and cleaning")

// Process builds one document from one item.
func Process(it ingest.Item, o Overrides) (*doc.Document, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	d := doc.New()
	d.Warnings = append(d.Warnings, it.Warnings...)
	title, published, site, pageURL := it.Title, it.Published, it.Site, it.URL
	if o.URL != "" {
		pageURL = o.URL
	}
	body := it.Text
	declared := ""
	if it.HTML != nil {
		art, err := extract.HTML(it.HTML, pageURL)
		if err != nil {
			return nil, err
		}
		body = art.Text
		title = firstNonEmpty(title, art.Title)
		published = firstNonEmpty(published, art.Published)
		site = firstNonEmpty(site, art.Site)
		declared = isoLanguage(art.Language)
		d.Warnings = append(d.Warnings, art.Warnings...)
	}
	if o.Title != "" {
		title = o.Title
	}
	if o.Published != "" {
		published = o.Published
	}
	title = strings.Join(strings.Fields(title), " ")

	res := clean.Text(title, body)
	if strings.TrimSpace(res.Text) == "" {
		return nil, ErrNoText
	}
	d.Text = res.Text
	d.Language = langid.Choose(d.Text, declared)
	if res.Removed != nil {
		d.Removed = res.Removed
	}
	d.Sentences, d.Tokens = text.Segment(d.Text)
	if d.Sentences == nil {
		d.Sentences = []doc.Span{}
	}
	d.ID = doc.HashText(d.Text)
	d.Title = doc.Str(title)
	d.Published = doc.Str(published)
	if d.Language == "en" { // load the English models only when needed
		entity.Annotate(d, entity.Default())
		coref.Resolve(d)
		quote.Annotate(d) // after coref: "he said" has its speaker
		timex.Annotate(d)
		claim.Annotate(d) // after timex: "as of" dates
		if o.Dictionaries != nil {
			o.Dictionaries.Extend(d)
		}
		res := o.Events
		if res.Parser == nil || res.Verbs == nil {
			res = event.Default()
		}
		event.Annotate(d, res)
	}
	if site == "" {
		site = siteOf(pageURL)
	}
	d.Source = doc.Source{
		URL:    doc.Str(pageURL),
		Site:   doc.Str(site),
		File:   doc.Str(it.File),
		Format: doc.Str(it.Format),
	}
	return d, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

var isoLang = regexp.MustCompile(`^[a-z]{2}$`)

// isoLanguage reduces "en-US" or "EN" to "en"; "" when it is not ISO 639-1.
func isoLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if isoLang.MatchString(tag) {
		return tag
	}
	return ""
}

// siteOf is the host of a URL without "www.", the site when nothing better
// is known.
func siteOf(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// Result is one input's outcome: a document, or the error that stopped it.
type Result struct {
	Input string
	Doc   *doc.Document
	Err   error
}

// Options configure Run.
type Options struct {
	Read      ingest.Options
	Overrides Overrides
	// Workers is the number of articles processed at once; 0 means one per
	// core.
	Workers int
}

// Run reads inputs and processes their articles concurrently, calling emit
// for each result in input order from a single goroutine. Memory stays
// bounded: at most a few items per worker are in flight.
func Run(ctx context.Context, inputs []string, opt Options, emit func(Result)) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq  int
		item ingest.Item
	}
	type done struct {
		seq int
		res Result
	}
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = ingest.Read(ctx, inputs, opt.Read, func(it ingest.Item) {
			select {
			case jobs <- job{seq, it}:
				seq++
			case <-ctx.Done():
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d, err := processSafely(j.item, opt.Overrides)
				results <- done{j.seq, Result{Input: j.item.Input, Doc: d, Err: err}}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Reorder: hold results that arrive early until their turn.
	pending := map[int]Result{}
	next := 0
	for r := range results {
		pending[r.seq] = r.res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			emit(res)
		}
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// processSafely turns a panic in a third-party extractor into an error for
// that article, so one hostile page cannot end a batch.
func processSafely(it ingest.Item, o Overrides) (d *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("internal error while processing: %v", r)
		}
	}()
	return Process(it, o)
}
