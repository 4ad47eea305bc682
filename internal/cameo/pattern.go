package cameo

import (
	"strings"
)

// maxGroups bounds the "(...)" and "{...}" groups of one pattern.
const maxGroups = 8

// pattern reads the text of a pattern line after its leading '-':
//
//	[pre-verb words] * [post-verb words] [CODE] # comment
//
// Words joined by '_' must be consecutive; "(PREP ...)" is a prepositional
// phrase whose first word is the preposition; "{A B}" is a noun phrase; "&X"
// a synonym set; "$" the source, "+" the target, "^" a skipped phrase, "%" a
// compound actor. A pattern with an undefined synset is dropped (as in
// PETRARCH).
func (p *verbParser) pattern(s string, n int) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		p.st.bad(p.file, n, "pattern without [code]")
		return
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		p.st.bad(p.file, n, "unclosed [ in pattern")
		return
	}
	code, rev, ok := p.code(s[i+1 : i+j])
	if !ok {
		p.st.bad(p.file, n, "bad code in pattern")
		return
	}
	body := s[:i]
	pt, reason := p.parseBody(body)
	if reason != "" {
		p.st.bad(p.file, n, reason)
		return
	}
	pt.Code, pt.Reverse = code, rev
	pt.Text = strings.Join(strings.Fields(body), " ") + " [" + strings.TrimSpace(s[i+1:i+j]) + "]"
	b := &p.d.Blocks[p.block]
	b.Patterns = append(b.Patterns, pt)
	p.st.Patterns++
	if code == "" && rev == "" {
		p.st.NullPatterns++
	}
}

// patternTokens splits a pattern body into words and the brackets ( ) { }.
func patternTokens(body string) []string {
	var out []string
	start := -1
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch c {
		case ' ', '\t', '(', ')', '{', '}':
			if start >= 0 {
				out = append(out, body[start:i])
				start = -1
			}
			if c != ' ' && c != '\t' {
				out = append(out, body[i:i+1])
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		out = append(out, body[start:])
	}
	return out
}

func (p *verbParser) parseBody(body string) (pattern, string) {
	pt := pattern{BarePP: -1}
	pp, np := int8(-1), int8(-1)
	var nPP, nNP int8
	ppFirst := false
	ppElems := 0
	star := false
	bare := int8(-1)
	add := func(e elem) {
		e.PP, e.NP = pp, np
		if pp >= 0 {
			if ppFirst && e.Kind == eWord {
				e.Prep = true
			}
			ppFirst = false
			ppElems++
		}
		if star {
			pt.After = append(pt.After, e)
		} else {
			pt.Before = append(pt.Before, e)
		}
	}
	for _, tok := range patternTokens(body) {
		switch tok {
		case "(":
			if pp >= 0 {
				return pt, "nested ( in pattern"
			}
			if nPP >= maxGroups {
				return pt, "too many ( groups"
			}
			pp, ppFirst, ppElems = nPP, true, 0
			nPP++
			continue
		case ")":
			if pp < 0 {
				return pt, "unbalanced ) in pattern"
			}
			if ppElems == 1 && bare < 0 {
				last := pt.Before
				if star {
					last = pt.After
				}
				if len(last) > 0 && last[len(last)-1].Prep {
					bare = pp
				}
			}
			pp = -1
			continue
		case "{":
			if np >= 0 {
				return pt, "nested { in pattern"
			}
			if nNP >= maxGroups {
				return pt, "too many { groups"
			}
			np = nNP
			nNP++
			continue
		case "}":
			if np < 0 {
				return pt, "unbalanced } in pattern"
			}
			np = -1
			continue
		}
		parts := strings.Split(tok, "_")
		for k := 0; k < len(parts); k++ {
			w := parts[k]
			joined := k > 0
			if w == "" {
				continue // "SUGGESTED_" style trailing joins
			}
			var e elem
			switch {
			case w == "*":
				if star {
					return pt, "two * in pattern"
				}
				if pp >= 0 || np >= 0 {
					return pt, "* inside a group"
				}
				star = true
				pt.Adj = joined && len(pt.Before) > 0
				continue // in "*_OUT" the next part is joined, so it must touch the verb
			case w == "$":
				e.Kind = eSource
				pt.HasSrc = true
			case w == "+":
				e.Kind = eTarget
				pt.HasTgt = true
			case w == "^":
				e.Kind = eSkip
			case w == "%":
				e.Kind = eCompound
			case w[0] == '&':
				// Synset names may themselves contain '_': take the longest defined one.
				m := len(parts)
				idx := -1
				for ; m > k; m-- {
					if i, ok := p.synIdx[synKey(strings.Join(parts[k:m], "_"))]; ok {
						idx = i
						break
					}
				}
				if idx < 0 {
					return pt, "undefined synset " + w
				}
				e.Kind, e.Word, e.Syn = eSyn, p.d.Synsets[idx].Name, int32(idx)
				k = m - 1
			default:
				w = strings.ToLower(w)
				if !isWordish(w) || strings.ContainsAny(w, "[]") {
					return pt, "bad word in pattern: " + w
				}
				e.Kind, e.Word, e.Sing = eWord, w, singularOf(w)
			}
			e.Next = joined
			add(e)
		}
	}
	if pp >= 0 || np >= 0 {
		return pt, "unclosed group in pattern"
	}
	if !star {
		return pt, "pattern without * (verb position)"
	}
	if !pt.HasTgt {
		pt.BarePP = bare
	}
	return pt, ""
}
