package clean

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden cleans whole articles in testdata/*.txt (first line: the
// headline; the rest: the body) and compares with testdata/*.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			title, body := readArticle(t, f)
			got, err := json.MarshalIndent(Text(title, body), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from golden (run with -update to accept):\n%s", golden, got)
			}
		})
	}
}

func readArticle(t testing.TB, path string) (title, body string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ = strings.Cut(string(data), "\n")
	return strings.TrimSpace(title), body
}
