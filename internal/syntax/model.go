package syntax

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Token is one analysed word. Head is the 0-based index of the head word in
// the same slice, -1 for the sentence root; Rel is its UD relation ("root"
// for the root).
type Token struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int
	Rel                     string
}

// MaxWords is the longest stretch parsed as one tree. Longer input (run-on
// text, flattened tables, lists with no punctuation) is cut into pieces of
// at most MaxWords words; each piece is tagged and parsed on its own and the
// root of every later piece is attached to the root of the first as
// "parataxis". Parsing is linear in the words (2n moves); the punctuation
// step after it is quadratic in the worst case, so this cap bounds its time
// (about 70 µs for a degenerate 200-word chain), the scratch memory and the
// damage one bad sentence can do.
const MaxWords = 200

// Model is a POS tagger, lemmatiser and dependency parser. It is immutable
// after loading and safe for concurrent use.
type Model struct {
	tag   *tagger
	parse *parser
	pool  sync.Pool
}

//go:embed pos.bin
var posBin []byte

//go:embed parser.bin
var parserBin []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the embedded model, decoded on first use. If the embedded
// weights are missing or corrupt it returns a model that still answers
// (every word a NOUN attached to the first word) and DefaultErr says why.
func Default() *Model {
	defOnce.Do(func() {
		defModel, defErr = Load(posBin, parserBin)
		if defErr != nil {
			defModel = emptyModel()
		}
	})
	return defModel
}

// DefaultErr is the error met decoding the embedded model, if any.
func DefaultErr() error {
	Default()
	return defErr
}

func emptyModel() *Model {
	b := &builder{nClass: 1}
	t := &tagger{upos: b.build(), xpos: b.build(), uposNames: []string{"NOUN"}, xposNames: []string{"NN"}}
	t.index()
	pb := &builder{nClass: nMoves}
	return &Model{tag: t, parse: &parser{moves: pb.build(), labels: b.build(), rels: []string{"root"}}}
}

// Load decodes a model from the bytes TrainPOS and TrainParser return.
func Load(pos, parse []byte) (*Model, error) {
	t, err := decodeTagger(pos)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	p, err := decodeParser(parse)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	return &Model{tag: t, parse: p}, nil
}

// KnowsName reports whether the news lexicon knows the word as a proper
// noun or an adjective and nothing else ("Iraq", "Iraqi", "Russian"): a
// word the tagger will not take for a verb.
func (m *Model) KnowsName(word string) bool {
	c, ok := m.tag.lex[strings.ToLower(word)]
	return ok && nameClasses[c]
}

var nameClasses = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, k := range []string{"JJ", "NNP", "NNPS", "JJ|NNP", "NNP|NNPS", "NN|NNP", "NNP|NNS", "NNPS|NNS"} {
		m[hs(k)] = true
	}
	return m
}()

// scratch is per-call working memory, pooled.
type scratch struct {
	info   []wordInfo
	upos   []int
	xpos   []int
	uh, xh []uint64
	feats  []uint64
	scores []float32
	st     state
	pw     pwords
}

// Parse tags, lemmatises and parses one sentence of words (UD-style words;
// see Words for turning sitrep tokens into them). It never panics on odd
// input; an empty sentence gives nil.
func (m *Model) Parse(words []string) []Token {
	if len(words) == 0 {
		return nil
	}
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer m.pool.Put(sc)
	out := make([]Token, len(words))
	root := -1
	for a := 0; a < len(words); a += MaxWords {
		b := min(a+MaxWords, len(words))
		r := m.parseChunk(sc, words[a:b], out[a:b])
		for i := a; i < b; i++ {
			if out[i].Head >= 0 {
				out[i].Head += a
			}
		}
		if root < 0 {
			root = r + a
		} else {
			out[r+a].Head, out[r+a].Rel = root, "parataxis"
		}
	}
	return out
}

// parseChunk analyses words into out and returns the index of the root.
func (m *Model) parseChunk(sc *scratch, words []string, out []Token) int {
	n := len(words)
	if cap(sc.info) < n {
		sc.info = make([]wordInfo, n)
		sc.upos, sc.xpos = make([]int, n), make([]int, n)
		sc.uh, sc.xh = make([]uint64, n), make([]uint64, n)
	}
	info := sc.info[:n]
	upos, xpos, uh, xh := sc.upos[:n], sc.xpos[:n], sc.uh[:n], sc.xh[:n]
	if len(sc.scores) < 256 {
		sc.scores = make([]float32, 256)
	}
	prepare(words, info)
	t := m.tag
	sc.feats = t.tag(info, upos, xpos, sc.feats, sc.scores)
	for i := range words {
		uh[i], xh[i] = t.uposHash[upos[i]], t.xposHash[xpos[i]]
	}
	sc.pw.set(info, xh, uh)
	p := m.parse
	sc.feats = parseTree(p, &sc.st, &sc.pw, info, sc.feats, sc.scores)
	root := 0
	for d := 0; d < n; d++ {
		tk := &out[d]
		tk.Form, tk.UPOS, tk.XPOS = words[d], t.uposNames[upos[d]], t.xposNames[xpos[d]]
		tk.Lemma = Lemma(words[d], tk.UPOS, tk.XPOS)
		h := sc.st.heads[d]
		if h < 0 || h >= n {
			tk.Head, tk.Rel, root = -1, "root", d
			continue
		}
		tk.Head, tk.Rel = h, p.rels[max(sc.st.rel[d], 0)]
	}
	root = promotePredicate(out, root)
	root = predicateFromModifier(out, root)
	root = predicateForObject(out, root)
	verbAfterTo(out)
	subjectFromDislocated(out)
	participleModifier(out)
	subjectOfClause(out)
	clauseFromModifier(out)
	subjectOfComplement(out)
	modifierFromFirstSubject(out)
	objectFromSecondSubject(out)
	thatComplementizer(out)
	objectAfterAtLeast(out)
	hyphenModifier(out)
	datelineSubject(out)
	coordinatedSubjects(out)
	fixPunct(out)
	return root
}

// Serialisation. Strings are u16 length + bytes; lists are u32 count + items.

const (
	posMagic    = "sitrep-pos-3\n"
	parserMagic = "sitrep-parser-2\n"
)

func putStrings(buf *bytes.Buffer, ss []string) {
	binary.Write(buf, binary.LittleEndian, uint32(len(ss)))
	for _, s := range ss {
		binary.Write(buf, binary.LittleEndian, uint16(len(s)))
		buf.WriteString(s)
	}
}

func getStrings(b []byte) ([]string, []byte, error) {
	if len(b) < 4 {
		return nil, nil, errShort
	}
	n := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	if n > len(b)/2 {
		return nil, nil, errShort
	}
	out := make([]string, n)
	for i := range out {
		if len(b) < 2 {
			return nil, nil, errShort
		}
		l := int(binary.LittleEndian.Uint16(b))
		b = b[2:]
		if len(b) < l {
			return nil, nil, errShort
		}
		out[i] = string(b[:l])
		b = b[l:]
	}
	return out, b, nil
}

// putClasses writes a word -> class hash map as a sorted word list and the
// hashes in the same order.
func putClasses(buf *bytes.Buffer, m map[string]uint64) {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	putStrings(buf, words)
	for _, w := range words {
		binary.Write(buf, binary.LittleEndian, m[w])
	}
}

func getClasses(b []byte) (map[string]uint64, []byte, error) {
	words, rest, err := getStrings(b)
	if err != nil {
		return nil, nil, err
	}
	if len(rest) < 8*len(words) {
		return nil, nil, errShort
	}
	m := make(map[string]uint64, len(words))
	for i, w := range words {
		m[w] = binary.LittleEndian.Uint64(rest[8*i:])
	}
	return m, rest[8*len(words):], nil
}

func (t *tagger) encode() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(posMagic)
	putStrings(&buf, t.uposNames)
	putStrings(&buf, t.xposNames)
	words := make([]string, 0, len(t.dict))
	for w := range t.dict {
		words = append(words, w)
	}
	sort.Strings(words)
	putStrings(&buf, words)
	for _, w := range words {
		buf.WriteByte(t.dict[w])
	}
	putClasses(&buf, t.amb) // ambiguity classes
	putClasses(&buf, t.lex)
	if err := t.upos.write(&buf); err != nil {
		return nil, err
	}
	if err := t.xpos.write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeTagger(b []byte) (*tagger, error) {
	rest, ok := bytes.CutPrefix(b, []byte(posMagic))
	if !ok {
		return nil, errors.New("not a sitrep POS model")
	}
	t := &tagger{dict: map[string]uint8{}}
	var err error
	var words []string
	if t.uposNames, rest, err = getStrings(rest); err != nil {
		return nil, err
	}
	if t.xposNames, rest, err = getStrings(rest); err != nil {
		return nil, err
	}
	if words, rest, err = getStrings(rest); err != nil {
		return nil, err
	}
	if len(rest) < len(words) {
		return nil, errShort
	}
	for i, w := range words {
		if int(rest[i]) >= len(t.uposNames) {
			return nil, errors.New("bad tag dictionary")
		}
		t.dict[w] = rest[i]
	}
	rest = rest[len(words):]
	if t.amb, rest, err = getClasses(rest); err != nil {
		return nil, err
	}
	if t.lex, rest, err = getClasses(rest); err != nil {
		return nil, err
	}
	if t.upos, rest, err = readWeights(rest); err != nil {
		return nil, err
	}
	if t.xpos, _, err = readWeights(rest); err != nil {
		return nil, err
	}
	if t.upos.nClass != len(t.uposNames) || t.xpos.nClass != len(t.xposNames) || len(t.uposNames) == 0 || len(t.xposNames) == 0 || len(t.xposNames) > 255 || len(t.uposNames) > 255 {
		return nil, errors.New("tag sets do not match weights")
	}
	t.index()
	return t, nil
}

func (p *parser) encode() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(parserMagic)
	putStrings(&buf, p.rels)
	if err := p.moves.write(&buf); err != nil {
		return nil, err
	}
	if err := p.labels.write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeParser(b []byte) (*parser, error) {
	rest, ok := bytes.CutPrefix(b, []byte(parserMagic))
	if !ok {
		return nil, errors.New("not a sitrep parser model")
	}
	p := &parser{}
	var err error
	if p.rels, rest, err = getStrings(rest); err != nil {
		return nil, err
	}
	if p.moves, rest, err = readWeights(rest); err != nil {
		return nil, err
	}
	if p.labels, _, err = readWeights(rest); err != nil {
		return nil, err
	}
	if p.moves.nClass != nMoves || p.labels.nClass != len(p.rels) || len(p.rels) == 0 || len(p.rels) > 255 {
		return nil, errors.New("relations do not match weights")
	}
	return p, nil
}
