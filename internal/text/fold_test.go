package text

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in   rune
		want rune
	}{
		{'a', 'a'}, {'\'', '\''}, {'"', '"'}, {'-', '-'}, {'\n', '\n'}, {'`', '`'},
		{'\u00a0', ' '}, {'\u2009', ' '}, {'\u202f', ' '}, {'\u3000', ' '}, {'\u2007', ' '},
		{'\u2028', '\n'}, {'\u2029', '\n'}, {'\u0085', '\n'},
		{'‘', '\''}, {'’', '\''}, {'‚', '\''}, {'′', '\''}, {'ʼ', '\''}, {'‹', '\''}, {'›', '\''},
		{'“', '"'}, {'”', '"'}, {'„', '"'}, {'″', '"'}, {'«', '"'}, {'»', '"'},
		{'‐', '-'}, {'‑', '-'}, {'‒', '-'}, {'–', '-'}, {'—', '-'}, {'―', '-'}, {'−', '-'}, {'－', '-'},
		{'…', '…'}, {'⁃', '⁃'}, {'\u00ad', '\u00ad'}, {'é', 'é'}, {'ع', 'ع'}, {'\u200b', '\u200b'},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%U) = %U, want %U", tc.in, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	in := "“Assad’s\u00a0men” – said… «non» \xff"
	want := "\"Assad's men\" - said… \"non\" \ufffd"
	got := Normalize(in)
	if got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
	if utf8.RuneCountInString(got) != utf8.RuneCountInString(in) {
		t.Errorf("rune count changed")
	}
	ascii := "plain ASCII text - \"quoted\" 'x'"
	if Normalize(ascii) != ascii {
		t.Errorf("ASCII changed")
	}
}
