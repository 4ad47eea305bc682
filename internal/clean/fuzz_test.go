package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// collapse makes every whitespace run one space and trims the ends: the
// form in which a kept paragraph must be found in the input.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func FuzzText(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		title, body, _ := strings.Cut(string(data), "\n")
		f.Add(title, body)
	}
	f.Add("", "Share\nTweet\n\nPhoto: Reuters\n\nA a a.\n\nA a a.")
	f.Add("T", "T\r\n\r\nRead more\nX y\n\n\u200bAdvertisement\n(AP Photo/X)")
	f.Fuzz(checkText)
}

// checkText asserts the invariants of Text that hold for any input.
func checkText(t *testing.T, title, body string) {
	res := Text(title, body)
	if utf8.ValidString(body) && !utf8.ValidString(res.Text) {
		t.Fatalf("invalid UTF-8 output %q", res.Text)
	}
	if strings.Contains(res.Text, "\n\n\n") {
		t.Fatalf("triple newline in %q", res.Text)
	}
	if res.Text != strings.TrimSpace(res.Text) {
		t.Fatalf("untrimmed output %q", res.Text)
	}
	if res.Removed == nil {
		t.Fatal("nil Removed")
	}
	// What the cleaner sees: CRs and invisible characters gone.
	in := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u200b", "", "\ufeff", "", "\u2028", "\n", "\u2029", "\n\n").Replace(body)
	// Every paragraph (kept or removed) is made of whole input lines of one
	// block, joined by single spaces, possibly skipping removed lines (an ad
	// inside a wrapped paragraph).
	var lines []string
	for _, l := range strings.Split(in, "\n") {
		lines = append(lines, collapse(l))
	}
	removed := map[string]bool{}
	for _, r := range res.Removed {
		removed[collapse(r.Text)] = true
	}
	found := func(s string) bool {
		p := collapse(s)
		for i, l := range lines {
			if l == "" || !strings.HasPrefix(p, l) {
				continue
			}
			rest := p[len(l):]
			for j := i + 1; rest != "" && j < len(lines) && lines[j] != ""; j++ {
				if strings.HasPrefix(rest, " "+lines[j]) {
					rest = rest[1+len(lines[j]):]
				} else if !removed[lines[j]] {
					break
				}
			}
			if rest == "" {
				return true
			}
		}
		return false
	}
	if res.Text != "" {
		for _, p := range strings.Split(res.Text, "\n\n") {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q in %q", p, res.Text)
			}
			if !found(p) {
				t.Fatalf("kept paragraph %q not in input %q", p, body)
			}
		}
	}
	for _, r := range res.Removed {
		if r.Text == "" || !found(r.Text) {
			t.Fatalf("removed %q not in input %q", r.Text, body)
		}
		switch r.Reason {
		case "share", "caption", "credit", "related", "promo", "duplicate", "title", "other":
		default:
			t.Fatalf("bad reason %q", r.Reason)
		}
	}
}
