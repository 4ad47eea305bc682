// Package ingest reads news articles from the shapes they arrive in (plain
// text, HTML, JSON and JSON Lines, RSS/Atom/JSON feeds, WARC archives, URLs)
// and hands each article on as an Item. It does no cleaning or analysis: that
// is the pipeline's job, so that readers stay small and easy to fuzz.
package ingest

import (
	"fmt"
	"net/http"
	"time"
)

// Formats an Item can come in; they end up in the document's source.format.
const (
	FormatText     = "text"
	FormatHTML     = "html"
	FormatJSON     = "json"
	FormatJSONL    = "jsonl"
	FormatRSS      = "rss"
	FormatAtom     = "atom"
	FormatJSONFeed = "jsonfeed"
	FormatWARC     = "warc"
)

// Item is one raw article: either plain Text or an HTML page, plus whatever
// metadata the input carried. Exactly one of Text and HTML is set, unless Err
// is set, in which case the item could not be read and only Input and Err
// mean anything.
type Item struct {
	Input     string // what the user named, with "#n" or ":line" for a part of a container
	File      string // the file path, "" for stdin and URLs
	Format    string // one of the Format constants
	URL       string
	Title     string
	Published string // ISO 8601 when known
	Site      string
	Byline    string
	Text      string
	HTML      []byte
	Warnings  []string
	Err       error
}

// Options bound what a reader accepts.
type Options struct {
	// MaxBytes caps one article (a text or HTML file, a fetched page, one JSON
	// record, one WARC payload, a whole feed). Larger inputs are refused with
	// an error rather than read into memory.
	MaxBytes int64
	// Timeout bounds one URL fetch.
	Timeout time.Duration
	// UserAgent is sent with every fetch.
	UserAgent string
	// Client fetches URLs; nil means a client built from Timeout.
	Client *http.Client
}

// DefaultMaxBytes is the default cap on one article: far above any real news
// page, far below what would hurt a 2-core laptop.
const DefaultMaxBytes = 32 << 20

// DefaultUserAgent names the tool so site operators know who is fetching.
const DefaultUserAgent = "sitrep/1 (news event extraction; +https://github.com/sitrep/sitrep)"

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.Timeout}
	}
	return o
}

// failed builds the Item that reports an unreadable input.
func failed(input string, err error) Item {
	return Item{Input: input, Err: err}
}

// errTooLarge is the error for an input over Options.MaxBytes.
func errTooLarge(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("too large: more than %s (limit %s; raise it with --max-size)", humanBytes(limit), humanBytes(limit))
	}
	return fmt.Errorf("too large: %s (limit %s; raise it with --max-size)", humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
