package event

import "testing"

func TestMirrorCodes(t *testing.T) {
	for _, c := range []struct{ code, threat, intent string }{
		{"1721", "1321", ""}, {"145", "133", ""}, {"190", "138", ""}, {"0811", "", "0351"},
		{"0831", "", "0341"}, {"061", "", "0311"}, {"057", "", "032"}, {"1", "", ""}, {"010", "", ""},
	} {
		if got := threatCode(c.code); got != c.threat {
			t.Errorf("threatCode(%s) = %q, want %q", c.code, got, c.threat)
		}
		if got := intentCode(c.code); got != c.intent {
			t.Errorf("intentCode(%s) = %q, want %q", c.code, got, c.intent)
		}
	}
}
