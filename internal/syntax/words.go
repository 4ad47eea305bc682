package syntax

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
)

// sitrep's tokeniser (internal/text) already follows Penn/UD practice for
// clitics ("don't" -> "do" "n't", "Assad's" -> "Assad" "'s") and splits
// currency signs and percent signs off numbers. Where UD English (GUM, EWT)
// cuts words finer, Words splits a token into several words, each a
// substring of the token, so every word keeps an exact span:
//
//   - "cannot" -> "can" "not"; "gonna", "wanna", "gotta" -> "gon" "na", ...
//   - hyphens between letters: "well-known" -> "well" "-" "known",
//     "U.S.-led" -> "U.S." "-" "led", except after common prefixes that UD
//     keeps whole ("non-profit", "re-elect", "co-founder", "pro-Russian")
//     and in numbers, dates, URLs and e-mail addresses ("2015-01-26").

// Word is one UD-style word cut from a sitrep token.
type Word struct {
	Form string
	Span doc.Span // code-point offsets into the document text
	Tok  int      // index of the token it came from
}

// Words splits the tokens (code-point spans into text) into UD-style words.
// Spans outside text are clipped; empty ones are skipped.
func Words(text []rune, tokens []doc.Span) []Word {
	out := make([]Word, 0, len(tokens)+len(tokens)/8)
	for ti, sp := range tokens {
		a, b := max(sp[0], 0), min(sp[1], len(text))
		if a >= b {
			continue
		}
		out = splitToken(out, text[a:b], a, ti)
	}
	return out
}

// splitWords are contractions UD writes as two words: token -> length of
// the first word.
var splitWords = map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3}

// keepPrefixes are first parts of hyphenated words that UD keeps whole.
var keepPrefixes = map[string]bool{
	"non": true, "re": true, "co": true, "pro": true, "anti": true, "pre": true,
	"mid": true, "post": true, "counter": true, "semi": true, "mini": true,
	"inter": true, "cross": true, "multi": true, "e": true, "ex": true,
	"sub": true, "neo": true, "pan": true, "bi": true, "de": true, "un": true,
	"ultra": true, "mega": true, "micro": true, "macro": true, "quasi": true,
	"intra": true, "trans": true, "over": true, "under": true,
}

func splitToken(out []Word, t []rune, off, ti int) []Word {
	s := string(t)
	if n, ok := splitWords[strings.ToLower(s)]; ok {
		return append(out,
			Word{Form: s[:n], Span: doc.Span{off, off + n}, Tok: ti},
			Word{Form: s[n:], Span: doc.Span{off + n, off + len(t)}, Tok: ti})
	}
	if !strings.ContainsRune(s, '-') || len(t) < 3 || strings.ContainsAny(s, "@/:") {
		return append(out, Word{Form: s, Span: doc.Span{off, off + len(t)}, Tok: ti})
	}
	start := 0
	for i := 1; i+1 < len(t); i++ {
		if t[i] != '-' || !unicode.IsLetter(t[i+1]) || !(unicode.IsLetter(t[i-1]) || t[i-1] == '.') {
			continue
		}
		if keepPrefixes[strings.ToLower(string(t[start:i]))] {
			continue
		}
		out = append(out,
			Word{Form: string(t[start:i]), Span: doc.Span{off + start, off + i}, Tok: ti},
			Word{Form: "-", Span: doc.Span{off + i, off + i + 1}, Tok: ti})
		start = i + 1
	}
	return append(out, Word{Form: string(t[start:]), Span: doc.Span{off + start, off + len(t)}, Tok: ti})
}

// Parsed is the analysis of one sentence of a document.
type Parsed struct {
	Sentence int     // index into doc.Sentences
	Words    []Word  // the sentence's words with their spans
	Tokens   []Token // one per word; Head indexes Words/Tokens
}

// SentenceWords are the UD-style words of one sentence of a document.
type SentenceWords struct {
	Sentence int    // index into doc.Sentences
	Words    []Word // Tok indexes d.Tokens
}

// DocWords cuts d into sentences of words, using d.Sentences and d.Tokens
// (as filled by text.Segment). Tokens are assigned to the sentence that
// contains their start; sentences without tokens are left out.
func DocWords(d *doc.Document) []SentenceWords {
	if len(d.Sentences) == 0 || len(d.Tokens) == 0 {
		return nil
	}
	text := []rune(d.Text)
	out := make([]SentenceWords, 0, len(d.Sentences))
	ti := 0
	for si, s := range d.Sentences {
		for ti < len(d.Tokens) && d.Tokens[ti][0] < s[0] {
			ti++
		}
		tj := ti
		for tj < len(d.Tokens) && d.Tokens[tj][0] < s[1] {
			tj++
		}
		if tj == ti {
			continue
		}
		ws := Words(text, d.Tokens[ti:tj])
		for k := range ws {
			ws[k].Tok += ti
		}
		out = append(out, SentenceWords{Sentence: si, Words: ws})
		ti = tj
	}
	return out
}

// ParseDoc analyses every sentence of d (see DocWords).
func (m *Model) ParseDoc(d *doc.Document) []Parsed {
	sents := DocWords(d)
	out := make([]Parsed, 0, len(sents))
	forms := make([]string, 0, 64)
	for _, sw := range sents {
		forms = forms[:0]
		for _, w := range sw.Words {
			forms = append(forms, w.Form)
		}
		out = append(out, Parsed{Sentence: sw.Sentence, Words: sw.Words, Tokens: m.Parse(forms)})
	}
	return out
}
