// Package demo holds the sample corpus that 'sitrep demo' runs on: a few
// wire-style stories on the war in Syria, written for this project (no text
// from any news source), in each input format sitrep reads, with the junk
// real articles carry and one near-duplicate.
package demo

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

//go:embed corpus
var corpus embed.FS

// Files lists the corpus file names in order.
func Files() []string {
	entries, _ := fs.ReadDir(corpus, "corpus")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// WriteTo copies the corpus into dir and returns the paths written, in order.
func WriteTo(dir string) ([]string, error) {
	var paths []string
	for _, name := range Files() {
		data, err := corpus.ReadFile("corpus/" + name)
		if err != nil {
			return nil, err
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
