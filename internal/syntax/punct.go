package syntax

import "slices"

// fixPunct reattaches punctuation where the UD guidelines put it, given
// the rest of the tree: "within the relevant unit, a punctuation mark is
// attached at the highest possible node that preserves projectivity".
// A greedy parser decides a comma's head early, before it has seen the
// phrase the comma delimits; most of its punctuation errors are
// attachments to a word inside a phrase rather than to the phrase's head.
// The procedure follows Udapi's ud.FixPunct (Popel et al.): from the
// nearest words on either side of the mark, climb while the subtree does
// not reach across it; keep the parser's head when it is on one of those
// paths, else take the lower of the two highest candidates. Paired marks
// (quotes, brackets) are treated like the others. Cost is quadratic in
// the sentence length (MaxWords caps it).
func fixPunct(out []Token) {
	n := len(out)
	isPunct := func(i int) bool { return out[i].UPOS == "PUNCT" }
	// punctuation has no dependents of its own
	for i := range out {
		for hops := 0; hops < n; hops++ {
			h := out[i].Head
			if h < 0 || !isPunct(h) || out[h].Head < 0 || out[h].Head == i {
				break
			}
			out[i].Head = out[h].Head
		}
	}
	paired := fixPaired(out)
	for p := range out {
		if !isPunct(p) || out[p].Head < 0 || paired[p] {
			continue
		}
		l, r := p-1, p+1
		for l >= 0 && isPunct(l) {
			l--
		}
		for r < n && isPunct(r) {
			r++
		}
		if final(out[p].Form) {
			r = n
		}
		var lPath, rPath []int
		if l >= 0 {
			lPath = append(lPath, l)
			for h := out[l].Head; h >= 0 && h < p && len(lPath) < maxClimb && rightmost(out, l) <= p; h = out[l].Head {
				l = h
				lPath = append(lPath, l)
			}
		}
		if r < n {
			rPath = append(rPath, r)
			for h := out[r].Head; h >= 0 && h > p && len(rPath) < maxClimb && leftmost(out, r) >= p; h = out[r].Head {
				r = h
				rPath = append(rPath, r)
			}
		}
		orig := out[p].Head
		lPath = projectiveHeads(out, p, lPath)
		rPath = projectiveHeads(out, p, rPath)
		out[p].Head = orig
		lc, rc := -1, -1
		if len(lPath) > 0 {
			lc = lPath[len(lPath)-1]
		}
		if len(rPath) > 0 {
			rc = rPath[len(rPath)-1]
		}
		var cand int
		var path []int
		switch {
		case lc >= 0 && rc >= 0 && ancestor(out, rc, lc):
			cand, path = lc, lPath
		case lc >= 0 && rc >= 0 && ancestor(out, lc, rc):
			cand, path = rc, rPath
		case lc >= 0:
			cand, path = lc, append(lPath, rPath...)
		case rc >= 0:
			cand, path = rc, append(lPath, rPath...)
		default:
			continue
		}
		if final(out[p].Form) || !slices.Contains(path, orig) {
			out[p].Head = cand
		}
	}
}

// maxClimb bounds the candidate heads on each side of a mark: the climb
// stops there (real trees rarely need more than a few steps, and a
// degenerate tree, a chain of 200 words, would otherwise cost seconds).
const maxClimb = 12

// final reports a mark that ends a sentence, which attaches to nothing
// after it.
func final(form string) bool {
	switch form {
	case ".", "?", "!", "...", "…":
		return true
	}
	return false
}

// projectiveHeads keeps the candidate heads of punctuation mark p under
// which the tree stays projective: no word between the head and p that is
// not the head's descendant, and p in no other arc's gap.
func projectiveHeads(out []Token, p int, cands []int) []int {
	var keep []int
	for _, h := range cands {
		out[p].Head = h
		if projectiveAt(out, p) {
			keep = append(keep, h)
		}
	}
	return keep
}

// projectiveAt reports whether p's arc is projective and p, a leaf, lies
// in no other arc's span without being its head's descendant.
func projectiveAt(out []Token, p int) bool {
	h := out[p].Head
	lo, hi := min(h, p), max(h, p)
	for k := lo + 1; k < hi; k++ {
		if !ancestor(out, h, k) {
			return false
		}
	}
	for d := range out {
		g := out[d].Head
		if g < 0 || d == p {
			continue
		}
		if lo, hi := min(g, d), max(g, d); lo < p && p < hi && !ancestor(out, g, p) {
			return false
		}
	}
	return true
}

// ancestor reports whether a dominates d (a word dominates itself).
func ancestor(out []Token, a, d int) bool {
	for hops := 0; d >= 0 && hops <= len(out); hops++ {
		if d == a {
			return true
		}
		d = out[d].Head
	}
	return false
}

// leftmost and rightmost are the ends of the subtree of i.
func leftmost(out []Token, i int) int {
	for k := 0; k < i; k++ {
		if ancestor(out, i, k) {
			return k
		}
	}
	return i
}

func rightmost(out []Token, i int) int {
	for k := len(out) - 1; k > i; k-- {
		if ancestor(out, i, k) {
			return k
		}
	}
	return i
}

// closers maps an opening bracket or quote to its closing one.
var closers = map[string]string{"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "\"": "\"", "«": "»"}

// fixPaired attaches both marks of a bracket or quote pair to the one
// word of the enclosed span whose head is outside it, when there is one
// such word; it returns the marks it placed.
func fixPaired(out []Token) map[int]bool {
	var done map[int]bool
	for o := range out {
		cl, ok := closers[out[o].Form]
		if !ok || out[o].UPOS != "PUNCT" || done[o] {
			continue
		}
		c := -1
		for k := o + 1; k < len(out) && k < o+60; k++ {
			if out[k].Form == cl {
				c = k
				break
			}
		}
		if c < 0 || c == o+1 || out[o].Head < 0 || out[c].Head < 0 {
			// a mark that is the sentence's root stays the root: hung on
			// a word inside, it would close a cycle through that word
			continue
		}
		root := -1
		for k := o + 1; k < c; k++ {
			if h := out[k].Head; out[k].UPOS != "PUNCT" && (h < o || h > c) {
				if root >= 0 {
					root = -2
					break
				}
				root = k
			}
		}
		if root < 0 {
			continue
		}
		out[o].Head, out[c].Head = root, root
		if done == nil {
			done = map[int]bool{}
		}
		done[o], done[c] = true, true
	}
	return done
}
