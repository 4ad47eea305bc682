package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// fetch downloads one URL and reads it like a file whose format the
// Content-Type names (or, failing that, the bytes show).
func fetch(ctx context.Context, rawURL string, opts Options, emit func(Item)) {
	u, err := url.Parse(rawURL)
	if err != nil {
		emit(failed(rawURL, fmt.Errorf("bad URL: %v", unwrapURLError(err))))
		return
	}
	if u.Host == "" {
		emit(failed(rawURL, fmt.Errorf("bad URL: no host")))
		return
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		emit(failed(rawURL, err))
		return
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.9,*/*;q=0.5")
	resp, err := opts.Client.Do(req)
	if err != nil {
		emit(failed(rawURL, fmt.Errorf("fetch failed: %v", unwrapURLError(err))))
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		emit(failed(rawURL, fmt.Errorf("fetch failed: HTTP %s", resp.Status)))
		return
	}
	if resp.ContentLength > opts.MaxBytes {
		emit(failed(rawURL, errTooLarge(resp.ContentLength, opts.MaxBytes)))
		return
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBytes+1))
	if err != nil {
		emit(failed(rawURL, fmt.Errorf("fetch failed while reading the body: %v", err)))
		return
	}
	if int64(len(data)) > opts.MaxBytes {
		emit(failed(rawURL, errTooLarge(-1, opts.MaxBytes)))
		return
	}
	final := rawURL
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	base := Item{Input: rawURL, URL: final}
	readStream(base, nameForContentType(resp.Header.Get("Content-Type"), u.Path), strings.NewReader(string(data)), opts, emit)
}

// nameForContentType gives readStream a file name whose extension matches
// the response's media type, so that format detection follows the server.
func nameForContentType(ct, path string) string {
	mt, _, _ := mime.ParseMediaType(ct)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "page.html"
	case mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/feed+json":
		return "feed.xml"
	case mt == "application/json":
		return "data.json"
	case mt == "text/plain":
		return "article.txt"
	}
	return strings.ToLower(path)
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
