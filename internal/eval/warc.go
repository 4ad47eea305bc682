package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/ingest"
)

// WARCResult scores the WARC path end to end: records read by sitrep's own
// ingest reader, bodies extracted, and compared with gold bodies.
type WARCResult struct {
	Responses int              `json:"responses"` // HTML responses read from the WARC
	Failed    int              `json:"failed"`    // records the reader reported as bad
	Pages     int              `json:"pages"`     // responses that have a gold body
	F1        float64          `json:"f1"`
	Precision float64          `json:"precision"`
	Recall    float64          `json:"recall"`
	PerPage   []ExtractionPage `json:"-"`
}

// EvalWARC reads every response of the WARC at warcPath through the ingest
// reader, extracts each body and scores it with the Zyte shingle metric
// against truthPath (ground-truth.json: {id: {"articleBody", "url"}}).
// Responses are joined to gold by offset when an index.jsonl ({"offset",
// "gold_file"}) lies beside the WARC, else by URL (a URL with several gold
// bodies takes them in id order).
func EvalWARC(warcPath, truthPath string, extract func(page []byte, url string) (string, error)) (WARCResult, error) {
	raw, err := os.ReadFile(truthPath)
	if err != nil {
		return WARCResult{}, err
	}
	var truth map[string]extractionTruth
	if err := json.Unmarshal(raw, &truth); err != nil {
		return WARCResult{}, fmt.Errorf("%s: %w", truthPath, err)
	}
	byOffset, err := loadWARCIndex(filepath.Join(filepath.Dir(warcPath), "index.jsonl"))
	if err != nil {
		return WARCResult{}, err
	}
	byURL := map[string][]string{}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		byURL[truth[id].URL] = append(byURL[truth[id].URL], id)
	}

	type job struct {
		id   string
		item ingest.Item
	}
	var res WARCResult
	var jobs []job
	var readErr error
	err = ingest.Read(context.Background(), []string{warcPath}, ingest.Options{MaxBytes: extractionMaxPage}, func(it ingest.Item) {
		if it.Err != nil {
			res.Failed++
			if readErr == nil && !strings.Contains(it.Input, "@") {
				readErr = it.Err // the whole file failed, not one record
			}
			return
		}
		res.Responses++
		var id string
		if byOffset != nil {
			if at := strings.LastIndexByte(it.Input, '@'); at >= 0 {
				off, _ := strconv.ParseInt(it.Input[at+1:], 10, 64)
				id = byOffset[off]
			}
		} else if c := byURL[it.URL]; len(c) > 0 {
			id, byURL[it.URL] = c[0], c[1:]
		}
		if id != "" {
			if _, ok := truth[id]; ok {
				jobs = append(jobs, job{id, it})
			}
		}
	})
	if err != nil {
		return res, err
	}
	if readErr != nil && res.Responses == 0 {
		return res, readErr
	}

	pages := make([]ExtractionPage, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				pages[i] = scoreExtracted(j.id, truth[j.id].ArticleBody, func() (string, error) {
					return extract(j.item.HTML, j.item.URL)
				})
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	res.Pages = len(pages)
	res.PerPage = pages
	res.Precision, res.Recall, res.F1 = corpusScores(pages)
	return res, nil
}

// loadWARCIndex maps response offsets to gold ids; nil when there is no index.
func loadWARCIndex(path string) (map[int64]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[int64]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			Offset   int64  `json:"offset"`
			GoldFile string `json:"gold_file"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		m[rec.Offset] = rec.GoldFile
	}
	return m, sc.Err()
}

// scoreExtracted runs one extraction (a panic or error counts as an empty
// prediction) and scores it against the gold body.
func scoreExtracted(id, truth string, run func() (string, error)) (page ExtractionPage) {
	page.ID = id
	pred, err := func() (pred string, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("extractor panicked: %v", r)
			}
		}()
		return run()
	}()
	if err != nil {
		page.Err = err.Error()
		pred = ""
	}
	page.tp, page.fp, page.fn = extractionShingleCounts(truth, pred)
	page.Precision = extractionPrecision(page.tp, page.fp, page.fn)
	page.Recall = extractionRecall(page.tp, page.fp, page.fn)
	return page
}

// corpusScores averages precision over pages with a prediction and recall
// over pages with a truth, as the Zyte benchmark does; F1 of the two means.
func corpusScores(pages []ExtractionPage) (precision, recall, f1 float64) {
	var sumP, sumR float64
	var nP, nR int
	for _, p := range pages {
		if p.tp+p.fp > 0 {
			sumP += p.Precision
			nP++
		}
		if p.tp+p.fn > 0 {
			sumR += p.Recall
			nR++
		}
	}
	if nP > 0 {
		precision = sumP / float64(nP)
	}
	if nR > 0 {
		recall = sumR / float64(nR)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
