package syntax

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Lexicon maps lower-cased words to a class: the hash of the set of Penn
// tags a tagged news corpus gives them. The tagger sees it beside its own
// ambiguity classes, which only know the treebank's words: news words the
// treebank never saw ("artifacts", "airstrikes") still come with a hint
// that they are plural nouns. Its own features learn, on the treebank, how
// far the hint is to be trusted.
type Lexicon map[string]uint64

// lexMinShare is the share of a word's occurrences a tag needs to enter its
// class; rarer tags are mostly the corpus tagger's errors.
const lexMinShare = 0.1

// ReadLexicon builds a Lexicon from CoNLL-2003-style files: one token per
// line, the word in the first column and its Penn tag in the second, blank
// lines between sentences, -DOCSTART- lines ignored. Sentences mostly in
// capitals (headlines, whose words the corpus tags NNP) are skipped.
func ReadLexicon(paths ...string) (Lexicon, error) {
	counts := map[string]map[string]int{}
	for _, p := range paths {
		if err := readTaggedFile(p, counts); err != nil {
			return nil, err
		}
	}
	if len(counts) == 0 {
		return nil, fmt.Errorf("lexicon: no tagged words in %v", paths)
	}
	lex := make(Lexicon, len(counts))
	for w, m := range counts {
		n := 0
		for _, k := range m {
			n += k
		}
		var tags []string
		for t, k := range m {
			if float64(k) >= lexMinShare*float64(n) {
				tags = append(tags, t)
			}
		}
		sort.Strings(tags)
		lex[w] = hs(strings.Join(tags, "|"))
	}
	return lex, nil
}

func readTaggedFile(path string, counts map[string]map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	return readTagged(f, path, counts)
}

// readTagged adds the word/tag counts of one CoNLL-2003-style stream to
// counts; name is for errors.
func readTagged(r io.Reader, name string, counts map[string]map[string]int) error {
	var words, tags []string
	flush := func() {
		upper, alpha := 0, 0
		for _, w := range words {
			if hasLetter(w) {
				alpha++
				if isAllUpper(w) {
					upper++
				}
			}
		}
		if alpha == 0 || upper*2 <= alpha {
			for i, w := range words {
				l := strings.ToLower(w)
				if counts[l] == nil {
					counts[l] = map[string]int{}
				}
				counts[l][tags[i]]++
			}
		}
		words, tags = words[:0], tags[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Fields(sc.Text())
		switch {
		case len(cols) == 0:
			flush()
		case cols[0] == "-DOCSTART-":
		case len(cols) < 2:
			return fmt.Errorf("lexicon: %s:%d: want a word and a tag", name, line)
		default:
			words, tags = append(words, cols[0]), append(tags, cols[1])
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return nil
}
