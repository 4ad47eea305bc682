package eval

// Article-body extraction metric, a faithful port of the Zyte
// article-extraction-benchmark (scrapinghub/article-extraction-benchmark,
// evaluate.py):
//
//   - tokens are matches of Python's `\w+` with re.UNICODE: runs of Unicode
//     letters, numbers and the underscore (combining marks split tokens, as
//     they do in Python);
//   - shingles are 4 consecutive tokens; a text with 1..3 tokens yields one
//     shingle of all its tokens, an empty text yields none; shingles are
//     counted as a multiset;
//   - per page tp = Σ min(true, pred), fp = Σ pred excess, fn = Σ true
//     excess (the benchmark then normalises tp/fp/fn by their sum, which
//     changes neither ratio below);
//   - precision_score: 1 when fp == fn == 0 (identical, including both
//     empty), 0 when tp == fp == 0 (empty prediction), else tp/(tp+fp);
//     recall_score symmetric with fn;
//   - the corpus precision is the mean over the pages whose prediction has
//     at least one shingle (tp+fp > 0) and the corpus recall the mean over
//     the pages whose truth has at least one shingle (tp+fn > 0) — so an
//     empty prediction costs recall but is left out of the precision mean,
//     exactly as in the benchmark's metrics_from_tp_fp_fns; F1 is the
//     harmonic mean of the two means.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// ExtractionResult is the corpus-level article-body score.
type ExtractionResult struct {
	F1        float64          `json:"f1"`
	Precision float64          `json:"precision"`
	Recall    float64          `json:"recall"`
	Pages     int              `json:"pages"`
	PerPage   []ExtractionPage `json:"-"`
}

// ExtractionPage is the score of one page. Err is set when the page could
// not be read or the extractor failed; the page then counts as an empty
// prediction.
type ExtractionPage struct {
	ID        string
	Precision float64
	Recall    float64
	Err       string

	// counts of the page, used for the benchmark's inclusion rules
	tp, fp, fn int
}

// ShingleScores scores one prediction against the truth with 4-word
// shingles as the Zyte benchmark does. Both empty gives (1, 1); an empty
// prediction against a non-empty truth gives (0, 0); a non-empty
// prediction against an empty truth gives (0, 0) as well.
func ShingleScores(truth, pred string) (precision, recall float64) {
	tp, fp, fn := extractionShingleCounts(truth, pred)
	return extractionPrecision(tp, fp, fn), extractionRecall(tp, fp, fn)
}

func extractionPrecision(tp, fp, fn int) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return float64(tp) / float64(tp+fp)
}

func extractionRecall(tp, fp, fn int) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return float64(tp) / float64(tp+fn)
}

// extractionShingleCounts returns the multiset matching counts of the
// shingles of truth and pred.
func extractionShingleCounts(truth, pred string) (tp, fp, fn int) {
	t := extractionShingles(truth)
	p := extractionShingles(pred)
	for k, tc := range t {
		pc := p[k]
		tp += min(tc, pc)
		fn += max(0, tc-pc)
	}
	for k, pc := range p {
		fp += max(0, pc-t[k])
	}
	return tp, fp, fn
}

// extractionTokens splits text into Python `\w+` tokens (re.UNICODE):
// letters (L*), numbers (N*) and '_'.
func extractionTokens(text string) []string {
	var toks []string
	start := -1
	for i, r := range text {
		word := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		if r == utf8.RuneError {
			// Invalid bytes are not word characters.
			word = false
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, text[start:])
	}
	return toks
}

// extractionShingles counts the 4-token shingles of text.
func extractionShingles(text string) map[string]int {
	const n = 4
	toks := extractionTokens(text)
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	if len(toks) < n {
		m[strings.Join(toks, " ")]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
	return m
}

// extractionTruth is one entry of ground-truth.json.
type extractionTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// EvalExtraction reads DIR/ground-truth.json ({id: {"articleBody","url"}});
// a page is DIR/<id> when that file exists, else DIR/html/<id>.html.gz
// (gzipped pages are gunzipped). It runs extract(page bytes, url) for
// every id, concurrently, and averages precision and recall over pages as
// the Zyte benchmark does; F1 is the harmonic mean of the two averages.
// PerPage is in id order.
func EvalExtraction(dir string, extract func(page []byte, url string) (string, error)) (ExtractionResult, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return ExtractionResult{}, err
	}
	var truth map[string]extractionTruth
	if err := json.Unmarshal(raw, &truth); err != nil {
		return ExtractionResult{}, fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	pages := make([]ExtractionPage, len(ids))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				pages[i] = extractionScorePage(dir, ids[i], truth[ids[i]], extract)
			}
		}()
	}
	for i := range ids {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	res := ExtractionResult{Pages: len(pages), PerPage: pages}
	res.Precision, res.Recall, res.F1 = corpusScores(pages)
	return res, nil
}

func extractionScorePage(dir, id string, t extractionTruth, extract func([]byte, string) (string, error)) ExtractionPage {
	return scoreExtracted(id, t.ArticleBody, func() (string, error) {
		b, err := extractionReadPage(dir, id)
		if err != nil {
			return "", err
		}
		return extract(b, t.URL)
	})
}

// extractionMaxPage bounds a decompressed page.
const extractionMaxPage = 64 << 20

func extractionReadPage(dir, id string) ([]byte, error) {
	if strings.Contains(id, "..") || filepath.IsAbs(id) {
		return nil, fmt.Errorf("bad page id %q", id)
	}
	path := filepath.Join(dir, filepath.FromSlash(id))
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join(dir, "html", filepath.FromSlash(id)+".html.gz")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out, err := io.ReadAll(io.LimitReader(zr, extractionMaxPage+1))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(out) > extractionMaxPage {
			return nil, fmt.Errorf("%s: %w", path, errors.New("page too large"))
		}
		return out, nil
	}
	return b, nil
}
