// Package clean removes boilerplate from article text: share bars, photo
// captions and credits, related-story lists, promos, cookie notices, the
// headline repeated as the first line and duplicated paragraphs. Every
// removal is recorded with a contract reason (doc.Reason*).
//
// Kept paragraphs are copied from the input character for character; the
// only changes are that a line break inside a paragraph (with the spaces
// around it) becomes one space, paragraph ends are trimmed, and the
// invisible U+200B and U+FEFF are dropped. Rules match a folded form of
// each line (lower case, ASCII quotes and dashes, single spaces) and apply
// only to short lines or whole-line patterns, never to long prose.
package clean

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
)

// Result is the cleaned body and what was taken out of it.
type Result struct {
	// Text is the cleaned body: paragraphs separated by exactly "\n\n",
	// no leading or trailing whitespace.
	Text string
	// Removed lists the dropped pieces in input order.
	Removed []doc.Removal
}

// maxRuleBytes bounds the lines the rules look at: boilerplate is short, and
// a longer paragraph is prose (it is still checked for duplicates).
const maxRuleBytes = 800

// maxList bounds how many headlines after a "Related" heading are dropped.
const maxList = 12

// Text cleans body; title (may be "") is the headline, used to drop the
// headline when it is repeated as the first body line.
func Text(title, body string) Result {
	st := pool.Get().(*state)
	res := st.run(title, body)
	st.release()
	pool.Put(st)
	return res
}

var pool = sync.Pool{New: func() any {
	return &state{seen: map[uint64]int{}, caps: map[uint64]bool{}}
}}

var seed = maphash.MakeSeed()

// unit is one non-blank input line.
type unit struct {
	s      string // the line, trimmed
	block  int    // lines of one block are not separated by a blank line
	reason string
	sums   // set when the line was folded
}

// sums caches what the duplicate check needs from a folded text.
type sums struct {
	h, hc  uint64 // hash of the folded text and of its junk-trimmed core
	words  int    // words in the core
	hashed bool
}

// foldSums folds s into st.buf and returns it, its core and their sums.
func (st *state) foldSums(s string) ([]byte, []byte, sums) {
	st.buf = fold(st.buf[:0], s)
	core := trimJunk(st.buf)
	return st.buf, core, sums{h: st.hash(st.buf), hc: st.hash(core), words: countWords(core), hashed: true}
}

// item is one output paragraph or one removed piece, in input order.
type item struct {
	text   string
	first  int // first and last unit
	last   int
	reason string
	sums
}

type state struct {
	buf, buf2, tok []byte
	ts, te         []int
	units          []unit
	items          []item
	parts          []string
	seen           map[uint64]int  // folded paragraph hash -> item index
	caps           map[uint64]bool // hashes of caption texts seen with a credit
}

func (st *state) release() {
	// Do not let one huge input pin its buffers in the pool.
	if cap(st.units) > 1<<14 || cap(st.items) > 1<<14 || cap(st.buf) > 1<<16 || cap(st.buf2) > 1<<16 {
		*st = state{seen: map[uint64]int{}, caps: map[uint64]bool{}}
		return
	}
	clear(st.seen)
	clear(st.caps)
	clear(st.units) // drop references to the input
	clear(st.items)
	st.units, st.items, st.parts = st.units[:0], st.items[:0], st.parts[:0]
}

func (st *state) hash(b []byte) uint64 { return maphash.Bytes(seed, b) }

func (st *state) run(title, body string) Result {
	st.split(prep(body))
	titleKey, titleAlt := st.titleKeys(title)
	st.lineRules(titleKey, titleAlt)
	st.assemble()
	st.paragraphRules(titleKey, titleAlt)
	return st.result()
}

// prep normalises line ends to "\n" and drops zero-width spaces and BOMs,
// copying only when there is something to change.
func prep(s string) string {
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\u200b") && !strings.Contains(s, "\ufeff") &&
		!strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\r' && c != 0xE2 && c != 0xEF {
			j := i + 1
			for j < len(s) && s[j] != '\r' && s[j] != 0xE2 && s[j] != 0xEF {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		switch {
		case c == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
		case c == 0xE2 && strings.HasPrefix(s[i:], "\u200b"):
			i += 3
		case c == 0xE2 && strings.HasPrefix(s[i:], "\u2028"):
			b.WriteByte('\n')
			i += 3
		case c == 0xE2 && strings.HasPrefix(s[i:], "\u2029"):
			b.WriteString("\n\n")
			i += 3
		case c == 0xEF && strings.HasPrefix(s[i:], "\ufeff"):
			i += 3
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// split cuts the body into trimmed non-blank lines grouped in blocks. When
// the body has no blank line at all, every line is its own paragraph.
func (st *state) split(body string) {
	block, inBlock, blankMode := 0, false, false
	for start := 0; start < len(body); {
		end := strings.IndexByte(body[start:], '\n')
		var line string
		if end < 0 {
			line, start = body[start:], len(body)
		} else {
			line, start = body[start:start+end], start+end+1
		}
		t := strings.TrimSpace(line)
		if t == "" {
			inBlock = false
			continue
		}
		if !inBlock && len(st.units) > 0 {
			block++
			blankMode = true
		}
		inBlock = true
		st.units = append(st.units, unit{s: t, block: block})
	}
	if !blankMode {
		for i := range st.units {
			st.units[i].block = i
		}
	}
}

// titleKeys returns the folded headline, and the headline without a
// trailing " | Site" or " - Site" when it has one.
func (st *state) titleKeys(title string) (string, string) {
	if strings.TrimSpace(title) == "" {
		return "", ""
	}
	st.buf = fold(st.buf[:0], title)
	key := string(trimJunk(st.buf))
	alt := ""
	for _, sep := range [...]string{" | ", " - "} {
		if i := strings.LastIndex(key, sep); i > 0 {
			if a := strings.TrimSpace(key[:i]); countWords([]byte(a)) >= 3 {
				alt = a
				break
			}
		}
	}
	return key, alt
}

// isTitle compares a folded line core with the folded headline.
func isTitle(core []byte, key, alt string) bool {
	return key != "" && (string(core) == key || (alt != "" && string(core) == alt))
}

// lineRules classifies each line that can stand on its own, and drops the
// related headlines listed under a "Related" heading.
func (st *state) lineRules(titleKey, titleAlt string) {
	u := st.units
	noKept := true // no kept line yet: the headline check applies
	list := 0      // related headlines still allowed after a marker
	for i := range u {
		first := i == 0 || u[i-1].block != u[i].block
		last := i == len(u)-1 || u[i+1].block != u[i].block
		// A line inside a block may be the middle of a wrapped sentence;
		// the rules apply only to lines that start and end cleanly.
		standalone := (first || u[i-1].reason != "" || endsSentence(u[i-1].s)) && (last || !startsLower(u[i+1].s))
		if !standalone {
			if injectable[u[i].s] {
				u[i].reason = doc.ReasonPromo
			} else {
				noKept, list = false, 0
			}
			continue
		}
		f, core, sm := st.foldSums(u[i].s)
		u[i].sums = sm
		reason, marker, h, hasCap := st.classify(u[i].s, f, core)
		if hasCap {
			st.caps[h] = true
		}
		if reason == "" && noKept && isTitle(core, titleKey, titleAlt) {
			reason = doc.ReasonTitle
		}
		if reason == "" && list > 0 {
			if st.headlineRun(i) {
				reason = doc.ReasonRelated
				list--
			} else {
				list = 0
			}
		}
		if marker {
			list = maxList
		}
		u[i].reason = reason
		if reason == "" {
			noKept = false
		}
	}
}

// headlineRun reports whether line i and the rest of its block read as
// headlines: a wrapped paragraph ends with a full stop, a list does not.
func (st *state) headlineRun(i int) bool {
	u := st.units
	for j := i; j < len(u) && u[j].block == u[i].block; j++ {
		if u[j].reason == "" && !st.headlineLike(u[j].s) {
			return false
		}
	}
	return true
}

// assemble turns the lines of each block into paragraphs. A block whose
// line breaks all fall at sentence ends and that has long lines holds one
// paragraph per line; otherwise its lines are a wrapped paragraph and are
// joined, except across a removed line that followed a finished sentence.
func (st *state) assemble() {
	u := st.units
	for b := 0; b < len(u); {
		e := b
		for e < len(u) && u[e].block == u[b].block {
			e++
		}
		kept, allEnd, long, prev := 0, true, false, -1
		for j := b; j < e; j++ {
			if u[j].reason != "" {
				continue
			}
			if prev >= 0 && !endsSentence(u[prev].s) {
				allEnd = false
			}
			if len(u[j].s) > 100 {
				long = true
			}
			prev = j
			kept++
		}
		perLine := kept > 1 && allEnd && long
		cur, prev := -1, -1
		for j := b; j < e; j++ {
			if u[j].reason != "" {
				st.items = append(st.items, item{text: u[j].s, first: j, last: j, reason: u[j].reason, sums: u[j].sums})
				continue
			}
			// A line that repeats the one before it is a caption or line
			// printed twice, not a wrap: it starts an item of its own so
			// that the duplicate and caption rules see it.
			repeat := prev >= 0 && st.sameFolded(u[prev].s, u[j].s)
			if cur >= 0 && !perLine && !repeat && (prev == j-1 || !endsSentence(u[prev].s)) {
				st.items[cur].last = j
			} else {
				st.close(cur)
				st.items = append(st.items, item{first: j, last: j})
				cur = len(st.items) - 1
			}
			prev = j
		}
		st.close(cur)
		b = e
	}
}

// close sets the text of paragraph item k from its kept lines.
func (st *state) close(k int) {
	if k < 0 {
		return
	}
	it := &st.items[k]
	if it.first == it.last {
		it.text = st.units[it.first].s
		it.sums = st.units[it.first].sums
		return
	}
	st.parts = st.parts[:0]
	for j := it.first; j <= it.last; j++ {
		if st.units[j].reason == "" {
			st.parts = append(st.parts, st.units[j].s)
		}
	}
	it.text = strings.Join(st.parts, " ")
}

// paragraphRules runs the rules on joined paragraphs, drops a headline that
// was wrapped over several lines, then captions printed again without
// their credit and repeated paragraphs.
func (st *state) paragraphRules(titleKey, titleAlt string) {
	its := st.items
	titleDone := titleKey == ""
	for k := range its {
		if its[k].reason == doc.ReasonTitle {
			titleDone = true
		}
	}
	// Joined paragraphs have not been through the rules yet; a headline
	// wrapped over two lines is caught here too.
	for k := range its {
		it := &its[k]
		if it.reason != "" || it.first == it.last {
			continue
		}
		f, core, sm := st.foldSums(it.text)
		it.sums = sm
		reason, _, h, hasCap := st.classify(it.text, f, core)
		if hasCap {
			st.caps[h] = true
		}
		if reason == "" && !titleDone && st.prevKept(k) < 0 && isTitle(core, titleKey, titleAlt) {
			reason = doc.ReasonTitle
		}
		it.reason = reason
	}
	for k := range its {
		it := &its[k]
		if it.reason != "" && it.reason != doc.ReasonTitle {
			continue
		}
		if !it.hashed {
			_, _, it.sums = st.foldSums(it.text)
		}
		if it.words == 0 {
			continue
		}
		if it.reason == doc.ReasonTitle {
			st.seen[it.h] = k // a later copy of the headline is a duplicate
			continue
		}
		if len(st.caps) > 0 && st.caps[it.hc] {
			it.reason = doc.ReasonCaption
			continue
		}
		j, ok := st.seen[it.h]
		if !ok {
			st.seen[it.h] = k
			continue
		}
		if !st.sameFolded(its[j].text, it.text) {
			continue
		}
		words := it.words
		switch {
		case words <= 60 && (st.nearCredit(j) || st.nearCredit(k)):
			// a caption printed twice, once beside its credit: neither copy
			// is article text
			if its[j].reason == "" {
				its[j].reason = doc.ReasonCaption
			}
			it.reason = doc.ReasonCaption
		case words >= 4 || st.prevKept(k) == j:
			it.reason = doc.ReasonDuplicate
		}
	}
}

func (st *state) sameFolded(a, b string) bool {
	st.buf = fold(st.buf[:0], a)
	st.buf2 = fold(st.buf2[:0], b)
	return string(st.buf) == string(st.buf2)
}

// nearCredit reports whether item k sits right next to a photo credit.
func (st *state) nearCredit(k int) bool {
	return (k > 0 && st.items[k-1].reason == doc.ReasonCredit) ||
		(k+1 < len(st.items) && st.items[k+1].reason == doc.ReasonCredit)
}

// prevKept returns the index of the last kept paragraph before k, or -1.
func (st *state) prevKept(k int) int {
	for j := k - 1; j >= 0; j-- {
		if st.items[j].reason == "" {
			return j
		}
	}
	return -1
}

func (st *state) result() Result {
	n, removed := 0, 0
	for _, it := range st.items {
		if it.reason == "" {
			n += len(it.text) + 2
		} else {
			removed++
		}
	}
	res := Result{Removed: make([]doc.Removal, 0, removed)}
	var b strings.Builder
	b.Grow(n)
	for _, it := range st.items {
		if it.reason != "" {
			res.Removed = append(res.Removed, doc.Removal{Text: it.text, Reason: it.reason})
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(it.text)
	}
	res.Text = b.String()
	return res
}
