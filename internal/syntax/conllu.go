package syntax

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// GoldWord is one syntactic word of a CoNLL-U sentence. Head is 0-based
// (the index of the head word in the sentence) and -1 for the root, as in
// Token.
type GoldWord struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int
	Rel                     string
}

// Sentence is one CoNLL-U sentence: its syntactic words in order.
type Sentence struct {
	ID    string // the sent_id comment, if any
	Words []GoldWord
}

// maxBadLines caps how many malformed lines ReadCoNLLU tolerates before it
// gives up on a file (a file that is not CoNLL-U at all).
const maxBadLines = 20

// ReadCoNLLU reads CoNLL-U. Multiword-token lines ("1-2") and empty nodes
// ("1.1") are skipped: scoring is over syntactic words. A sentence whose
// head column is malformed or out of range keeps its words with Head -1, so
// the reader never fails on one bad line; too many bad lines is an error.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out  []Sentence
		cur  Sentence
		bad  int
		line int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			for i := range cur.Words {
				if h := cur.Words[i].Head; h < -1 || h >= len(cur.Words) || h == i {
					cur.Words[i].Head = -1
				}
			}
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		if s[0] == '#' {
			if v, ok := strings.CutPrefix(s, "# sent_id = "); ok {
				cur.ID = v
			}
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 8 {
			bad++
			if bad > maxBadLines {
				return out, fmt.Errorf("line %d: not CoNLL-U (want 10 tab-separated columns)", line)
			}
			continue
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token or empty node
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			head = 0
		}
		cur.Words = append(cur.Words, GoldWord{
			Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Head: head - 1, Rel: cols[7],
		})
	}
	flush()
	return out, sc.Err()
}

// ReadCoNLLUFile reads one CoNLL-U file.
func ReadCoNLLUFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// ExcludedGenres are the GUM genres whose licences (CC BY-NC-SA, or
// non-commercial for reddit) keep them out of the shipped model's training
// data.
var ExcludedGenres = []string{"fiction", "whow", "essay", "letter", "podcast", "reddit"}

// genreOf returns the genre of a GUM document name ("GUM_news_nasa" ->
// "news"), or "".
func genreOf(name string) string {
	parts := strings.SplitN(name, "_", 3)
	if len(parts) < 3 {
		return ""
	}
	return parts[1]
}

// Excluded reports whether the GUM document name (file base name without
// extension) belongs to a genre in ExcludedGenres.
func Excluded(name string) bool {
	g := genreOf(name)
	for _, x := range ExcludedGenres {
		if g == x {
			return true
		}
	}
	return false
}

// ReadSplits reads a GUM splits.md ("## train" headings followed by
// "  * DOCNAME" items) into document name -> split name.
func ReadSplits(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	split := ""
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if h, ok := strings.CutPrefix(l, "## "); ok {
			split = strings.TrimSpace(h)
			continue
		}
		if d, ok := strings.CutPrefix(l, "* "); ok && split != "" {
			m[strings.TrimSpace(d)] = split
		}
	}
	return m, nil
}

// Files lists the .conllu files that path names. path is a file or a
// directory. When split is non-empty, only the documents listed under that
// split in a splits.md found in the directory or its parent are kept (GUM
// keeps splits.md one level above dep/). When licensed is true, documents of
// ExcludedGenres are dropped. The result is sorted, so training is
// deterministic.
func Files(path, split string, licensed bool) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		if split != "" {
			return nil, fmt.Errorf("%s: a split filter needs a directory", path)
		}
		return []string{path}, nil
	}
	all, err := filepath.Glob(filepath.Join(path, "*.conllu"))
	if err != nil {
		return nil, err
	}
	sort.Strings(all)
	var splits map[string]string
	if split != "" {
		for _, p := range []string{filepath.Join(path, "splits.md"), filepath.Join(path, "..", "splits.md")} {
			if splits, err = ReadSplits(p); err == nil {
				break
			}
		}
		if splits == nil {
			return nil, fmt.Errorf("%s: no splits.md beside or above it", path)
		}
	}
	var out []string
	for _, f := range all {
		name := strings.TrimSuffix(filepath.Base(f), ".conllu")
		if split != "" && splits[name] != split {
			continue
		}
		if licensed && Excluded(name) {
			continue
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no .conllu files (split %q)", path, split)
	}
	return out, nil
}

// ReadAll reads and concatenates the sentences of files.
func ReadAll(files []string) ([]Sentence, error) {
	var out []Sentence
	for _, f := range files {
		s, err := ReadCoNLLUFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}
