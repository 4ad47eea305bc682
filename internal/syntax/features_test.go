package syntax

import (
	"strings"
	"testing"
)

// TestAffixes checks the allocation-free affix hashing against the plain
// definition: prefixes of 1-2 runes and suffixes of 1-4 runes.
func TestAffixes(t *testing.T) {
	for _, w := range []string{"", "a", "ab", "abc", "shelling", "Ärzte", "日本語", "x-y", strings.Repeat("é", 50)} {
		l := strings.ToLower(w)
		rs := []rune(l)
		if len(rs) > maxFeatWord {
			rs = rs[len(rs)-maxFeatWord:]
		}
		n := len(rs)
		var in wordInfo
		affixes(&in, l)
		if in.pre1 != hs(string(rs[:min(1, n)])) || in.pre2 != hs(string(rs[:min(2, n)])) {
			t.Errorf("%q: prefix hashes differ", w)
		}
		for k := 0; k < 4; k++ {
			if in.suf[k] != hs(string(rs[max(0, n-k-1):])) {
				t.Errorf("%q: suffix %d hash differs", w, k+1)
			}
		}
		if shapeHash(w) != hs(shapeOf(w)) {
			t.Errorf("%q: shape hash differs", w)
		}
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Washington": "Xxx", "1,200": "d,ddd"[:4], "U.S.": "X.X.", "al-Assad": "xx-Xxx"} {
		if got := shapeOf(in); got != want {
			t.Errorf("shapeOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShouting(t *testing.T) {
	if !shouting(strings.Fields("REBELS SEIZE KEY TOWN")) || shouting(strings.Fields("NATO and UN troops")) {
		t.Error("shouting misjudged")
	}
}
