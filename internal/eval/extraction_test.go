package eval

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/sitrep/sitrep/internal/extract"
)

func TestShingleScores(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		p, r        float64
	}{
		{"identical", "a b c d e", "a b c d e", 1, 1},
		{"punctuation and spacing ignored", "a, b. c d\n\ne", "a b c d e!", 1, 1},
		// truth shingles {abcd, bcde}, pred {abcd}: tp 1, fp 0, fn 1.
		{"prediction misses the end", "a b c d e", "a b c d", 1, 0.5},
		// pred shingles {abcd, bcde, cdex, dexy}: tp 2, fp 2, fn 0.
		{"prediction has extra text", "a b c d e", "a b c d e x y", 0.5, 1},
		// truth {abcd x2, bcda, cdab, dabc}, pred {abcd}: tp 1, fn 4.
		{"shingles are a multiset", "a b c d a b c d", "a b c d", 1, 0.2},
		{"both empty", "", "", 1, 1},
		{"no tokens count as empty", "...", " - ", 1, 1},
		{"empty prediction", "w x y z", "", 0, 0},
		{"prediction for empty truth", "", "w", 0, 0},
		// Fewer than 4 tokens: one shingle of all of them.
		{"short truth inside a longer prediction", "hello world", "Hello? no: hello world", 0, 0},
		{"short texts match", "hello world", "hello, world", 1, 1},
		// Tokens keep their case: 3 of the 4 shingles match.
		{"case sensitive", "Café au lait s'il vous plaît", "café au lait s il vous plaît", 0.75, 0.75},
		// Python's \w does not match combining marks: "cafe\u0301" -> "cafe".
		{"combining mark splits", "cafe\u0301 au lait", "cafe au lait", 1, 1},
		// CJK runs are single tokens; 。 separates them.
		{"cjk", "日本語のテキスト。次の文", "日本語のテキスト 次の文", 1, 1},
		{"digits and underscore", "a_b 12 ３ x", "a_b 12 ３ x", 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r := ShingleScores(tc.truth, tc.pred)
			if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 {
				t.Errorf("ShingleScores(%q, %q) = %v, %v; want %v, %v", tc.truth, tc.pred, p, r, tc.p, tc.r)
			}
		})
	}
}

func TestExtractionTokens(t *testing.T) {
	got := extractionTokens("Don't stop—2024's élan_vital! x²")
	want := []string{"Don", "t", "stop", "2024", "s", "élan_vital", "x²"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
}

func TestEvalExtraction(t *testing.T) {
	// The test pages are plain text; the extractor returns them as they are.
	res, err := EvalExtraction(filepath.Join("testdata", "extraction"), func(page []byte, url string) (string, error) {
		if url == "https://example.com/e" && len(page) == 0 {
			return "", errors.New("page e should not be empty")
		}
		return string(page), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// a: exact (1, 1). b (gzipped, html/page-b.html.gz): 1 of 3 truth
	// shingles (1, 1/3). c: missing file, empty prediction (0, 0), left out
	// of the precision mean. d: both empty, left out of both means. e: text
	// for an empty truth (0, 0), left out of the recall mean.
	wantP, wantR := 2.0/3, (1+1.0/3+0)/3
	wantF := 2 * wantP * wantR / (wantP + wantR)
	if res.Pages != 5 || math.Abs(res.Precision-wantP) > 1e-9 || math.Abs(res.Recall-wantR) > 1e-9 || math.Abs(res.F1-wantF) > 1e-9 {
		t.Errorf("got %+v, want pages 5, P %.4f R %.4f F1 %.4f", res, wantP, wantR, wantF)
	}
	ids := []string{"page-a.html", "page-b", "page-c", "page-d", "page-e"}
	for i, p := range res.PerPage {
		if p.ID != ids[i] {
			t.Errorf("PerPage[%d].ID = %q, want %q", i, p.ID, ids[i])
		}
		if (p.Err != "") != (p.ID == "page-c") {
			t.Errorf("PerPage[%d].Err = %q", i, p.Err)
		}
	}
	if r := res.PerPage[1]; r.Precision != 1 || math.Abs(r.Recall-1.0/3) > 1e-9 {
		t.Errorf("gzipped page scored %+v", r)
	}

	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var keys map[string]any
	if err := json.Unmarshal(b, &keys); err != nil {
		t.Fatal(err)
	}
	var got []string
	for k := range keys {
		got = append(got, k)
	}
	sort.Strings(got)
	if len(got) != 4 || got[0] != "f1" || got[1] != "pages" || got[2] != "precision" || got[3] != "recall" {
		t.Errorf("JSON keys = %v", got)
	}

	if _, err := EvalExtraction(t.TempDir(), nil); err == nil {
		t.Error("missing ground-truth.json: no error")
	}
}

func TestEvalExtractionErrors(t *testing.T) {
	res, err := EvalExtraction(filepath.Join("testdata", "extraction"), func(page []byte, url string) (string, error) {
		if url == "https://example.com/a" {
			panic("boom")
		}
		return "", errors.New("no body")
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.PerPage {
		if p.Err == "" {
			t.Errorf("%s: no error recorded", p.ID)
		}
	}
}

// fundusDir is the Fundus extraction dev set (258 news pages), next to the
// repository in the shared data; EXTRACTION_FUNDUS overrides it.
func fundusDir() string {
	if d := os.Getenv("EXTRACTION_FUNDUS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data", "extraction", "fundus")
}

// TestExtractionFundus scores extract.HTML on the Fundus dev set and
// guards its body F1. It skips when the data is absent or with -short.
func TestExtractionFundus(t *testing.T) {
	dir := fundusDir()
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("no Fundus data at %s", dir)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	res, err := EvalExtraction(dir, func(page []byte, url string) (string, error) {
		a, err := extract.HTML(page, url)
		return a.Text, err
	})
	if err != nil {
		t.Fatal(err)
	}
	pages := append([]ExtractionPage(nil), res.PerPage...)
	f1 := func(p ExtractionPage) float64 {
		if p.Precision+p.Recall == 0 {
			return 0
		}
		return 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	sort.SliceStable(pages, func(i, j int) bool { return f1(pages[i]) < f1(pages[j]) })
	for _, p := range pages[:min(10, len(pages))] {
		t.Logf("worst: P %.2f R %.2f %s %s", p.Precision, p.Recall, p.ID, p.Err)
	}
	t.Logf("Fundus body: F1 %.4f  P %.4f  R %.4f  (%d pages)", res.F1, res.Precision, res.Recall, res.Pages)
	if res.Pages != 258 {
		t.Errorf("pages = %d, want 258", res.Pages)
	}
	if res.F1 < 0.93 {
		t.Errorf("body F1 %.4f below the 0.93 bar", res.F1)
	}
}
