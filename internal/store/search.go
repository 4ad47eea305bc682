package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// SearchOptions tune Search.
type SearchOptions struct {
	Limit          int  // maximum hits; 0 means DefaultLimit, negative means no limit
	HideDuplicates bool // leave out near-duplicates of other stored documents
}

// Hit is one search result, best first.
type Hit struct {
	ID, Title, Published, URL string
	Snippet                   string // text around the matches, marked with HighlightStart/End
	DuplicateOf               string
	Score                     float64 // -bm25: higher is better
}

// Search runs a full-text query over titles and texts, ranked by BM25 with
// title matches weighing more.
//
// The query is read as plain words, all of which must occur ("U.S. air
// strikes" finds "U.S." and "air" and "strikes"; punctuation inside a word
// makes a phrase, so "al-Assad" finds "al Assad"). Queries that use FTS5
// operators — "quoted phrases", AND, OR, NOT, prefix*, parentheses — keep
// them; "title:" or "text:" before a word limits it to that column.
func (s *Store) Search(ctx context.Context, query string, opt SearchOptions) ([]Hit, error) {
	match, explicit := ftsQuery(query)
	if match == "" {
		return nil, fmt.Errorf("store: search: %w: %q has no words to search for", ErrBadQuery, query)
	}
	limit := opt.Limit
	switch {
	case limit == 0:
		limit = DefaultLimit
	case limit < 0:
		limit = -1 // SQLite: no limit
	}
	q := `SELECT d.id, coalesce(d.title, ''), coalesce(d.published, ''), coalesce(d.url, ''),
			snippet(documents_fts, 1, ?, ?, '…', 16), coalesce(d.duplicate_of, ''),
			-bm25(documents_fts, 5.0, 1.0) AS score
		FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
		WHERE documents_fts MATCH ?`
	if opt.HideDuplicates {
		q += ` AND d.duplicate_of IS NULL`
	}
	q += ` ORDER BY score DESC, d.seq LIMIT ?`
	rows, err := s.r.QueryContext(ctx, q, HighlightStart, HighlightEnd, match, limit)
	if err != nil {
		return nil, searchErr(query, explicit, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.URL, &h.Snippet, &h.DuplicateOf, &h.Score); err != nil {
			return nil, searchErr(query, explicit, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, searchErr(query, explicit, err)
	}
	return hits, nil
}

// searchErr explains FTS5 syntax errors, which can only come from queries
// that use operators: plain words are always quoted.
func searchErr(query string, explicit bool, err error) error {
	msg := err.Error()
	if explicit && (strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") || strings.Contains(msg, "no such column")) {
		return fmt.Errorf("store: search: %w %q (%v); use plain words, or \"phrases\", AND, OR, NOT, prefix* and parentheses",
			ErrBadQuery, query, err)
	}
	return fmt.Errorf("store: search: %w", err)
}

type tokenKind int

const (
	tWord tokenKind = iota
	tPhrase
	tOp // AND, OR, NOT
	tOpen
	tClose
)

type token struct {
	kind   tokenKind
	text   string
	prefix bool   // trailing *
	column string // "title" or "text" for title:word
}

// ftsQuery turns what a user typed into an FTS5 MATCH expression. Every word
// and phrase is double-quoted, so punctuation ("U.S.", "al-Assad", "5,000",
// a stray apostrophe) can never be a syntax error; operators survive only
// when the query uses one (quotes, AND/OR/NOT or a trailing *). explicit
// reports that case.
func ftsQuery(query string) (match string, explicit bool) {
	toks := lex(query)
	for _, t := range toks {
		if t.kind == tPhrase || t.kind == tOp || t.prefix {
			explicit = true
		}
	}
	var parts []string
	for _, t := range toks {
		switch t.kind {
		case tOp:
			parts = append(parts, t.text)
		case tOpen, tClose:
			if explicit {
				parts = append(parts, t.text)
			}
		case tWord, tPhrase:
			if !strings.ContainsFunc(t.text, isWordRune) {
				continue // "-", "..." : nothing FTS5 would index
			}
			p := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
			if t.prefix {
				p += "*"
			}
			if t.column != "" {
				p = t.column + " : " + p
			}
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " "), explicit
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lex splits a query into words, quoted phrases, operators and parentheses.
func lex(query string) []token {
	var (
		toks   []token
		column string // from a bare "title:" before a phrase
	)
	rs := []rune(query)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r): // a NUL would end the query string early
			i++
		case r == '(' || r == ')':
			k := tOpen
			if r == ')' {
				k = tClose
			}
			toks = append(toks, token{kind: k, text: string(r)})
			i++
		case r == '"' || r == '“' || r == '”':
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' && rs[j] != '“' {
				j++
			}
			phrase := strings.Map(func(r rune) rune {
				if unicode.IsControl(r) {
					return ' '
				}
				return r
			}, string(rs[i+1:min(j, len(rs))])) // unterminated: to the end
			t := token{kind: tPhrase, text: phrase, column: column}
			column = ""
			i = j + 1
			for i < len(rs) && rs[i] == '*' {
				t.prefix = true
				i++
			}
			toks = append(toks, t)
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !unicode.IsControl(rs[j]) && !strings.ContainsRune(`()"“”`, rs[j]) {
				j++
			}
			word := string(rs[i:j])
			i = j
			if lw := strings.ToLower(word); (lw == "title:" || lw == "text:") && i < len(rs) && strings.ContainsRune(`"“”`, rs[i]) {
				column = strings.TrimSuffix(lw, ":")
				continue
			}
			if word == "AND" || word == "OR" || word == "NOT" { // FTS5 operators are upper case only
				toks = append(toks, token{kind: tOp, text: word})
				continue
			}
			t := token{kind: tWord}
			if trimmed := strings.TrimRight(word, "*"); trimmed != word {
				t.prefix, word = true, trimmed
			}
			for _, col := range []string{"title", "text"} {
				if rest, ok := strings.CutPrefix(strings.ToLower(word), col+":"); ok && rest != "" {
					t.column, word = col, word[len(col)+1:]
				}
			}
			t.text = word
			toks = append(toks, t)
		}
	}
	return toks
}
