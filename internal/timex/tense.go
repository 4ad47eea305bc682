package timex

import "strings"

type tense uint8

const (
	tNone tense = iota
	tPast
	tFuture
	tPresent
)

// cueWords are the tense cues: a small closed list; regular past
// participles are caught by their "-ed" ending.
var cueWords = map[string]tense{
	"will": tFuture, "'ll": tFuture, "shall": tFuture, "would": tFuture, "wo": tFuture,
	"should": tFuture, "could": tFuture, "might": tFuture, "must": tFuture,
	"scheduled": tFuture, "expected": tFuture, "expects": tFuture, "expect": tFuture, "due": tFuture,
	"plans": tFuture, "plan": tFuture, "planned": tFuture, "planning": tFuture, "intends": tFuture,
	"upcoming": tFuture, "set": tFuture, "going": tFuture, "aims": tFuture, "hopes": tFuture,
	"slated": tFuture, "until": tFuture, "begin": tFuture, "start": tFuture, "resume": tFuture,
	"was": tPast, "were": tPast, "had": tPast, "did": tPast, "said": tPast, "ago": tPast,
	"told": tPast, "came": tPast, "went": tPast, "made": tPast, "took": tPast, "gave": tPast,
	"rose": tPast, "fell": tPast, "sold": tPast, "bought": tPast, "paid": tPast, "won": tPast,
	"lost": tPast, "met": tPast, "left": tPast, "held": tPast, "began": tPast, "saw": tPast,
	"became": tPast, "got": tPast, "spent": tPast, "struck": tPast, "shot": tPast, "found": tPast,
	"thought": tPast, "brought": tPast, "ran": tPast, "led": tPast, "kept": tPast, "sent": tPast,
	"wrote": tPast, "spoke": tPast, "broke": tPast, "fought": tPast, "chose": tPast, "drew": tPast,
	"knew": tPast, "grew": tPast, "flew": tPast, "stood": tPast, "felt": tPast, "meant": tPast,
	"earlier": tPast, "last": tPast, "since": tPast,
	"is": tPresent, "are": tPresent, "am": tPresent, "says": tPresent,
}

// tenseAt guesses the tense of the clause around tokens [i, j) of the
// sentence [s, e): the nearest cue wins, looking left and right. A form of
// "have" before a past participle makes the perfect (past); "is/are/be"
// before an "-ed" word makes a passive, which says nothing.
func tenseAt(toks []tok, s, e, i, j int) tense {
	best, bestD := tNone, 1<<30
	for k := s; k < e; k++ {
		if k >= i && k < j {
			continue
		}
		d := i - k
		if k >= j {
			// a verb before the expression governs it more often than
			// one after it ("drafted in September would ...")
			d = k - j + 2
			if best != tNone && d >= bestD {
				break
			}
		}
		if d >= bestD {
			continue
		}
		t := cueOf(toks, s, k)
		if t == tNone {
			continue
		}
		// a cue beyond a clause break counts less
		for m := min(k, i); m < max(k, j) && m < e; m++ {
			if toks[m].w == ";" || toks[m].w == "but" {
				d += 8
				break
			}
		}
		if d < bestD {
			best, bestD = t, d
		}
	}
	return best
}

// cueOf is the tense cue of token k, tNone when it is none.
func cueOf(toks []tok, s, k int) tense {
	w := toks[k].w
	if t, ok := cueWords[w]; ok {
		if t == tFuture && (w == "set" || w == "begin" || w == "start" || w == "resume") {
			// "set to begin", "will begin": only as infinitive-like cues
			if w == "set" && (k+1 >= len(toks) || toks[k+1].w != "to") {
				return tNone
			}
			if w != "set" && (k == s || (toks[k-1].w != "to" && toks[k-1].w != "will")) {
				return tNone
			}
		}
		if t == tPast && k > s && w != "was" && w != "were" && w != "had" && w != "did" && w != "said" && w != "ago" {
			// "will be held", "is set": a participle, not a past tense
			switch toks[k-1].w {
			case "is", "are", "be", "been", "being", "will", "to", "'s":
				return tNone
			}
		}
		return t
	}
	if w == "to" && k+1 < len(toks) && k > s {
		// "plans to", "is to": a following bare verb is a future plan;
		// we only know it is not a noun phrase start.
		return tNone
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].upper {
		if k > s {
			switch toks[k-1].w {
			case "is", "are", "be", "been", "being", "will", "to", "'s":
				return tNone
			}
		}
		return tPast
	}
	return tNone
}
