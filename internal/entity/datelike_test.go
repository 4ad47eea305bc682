package entity

import "testing"

func TestDateLike(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"21", "June"}, true},
		{[]string{"November", "17"}, true},
		{[]string{"17", "november"}, true},
		{[]string{"June", "21", "Movement"}, false},
		{[]string{"2019", "June"}, false},
		{[]string{"Mexican", "authorities"}, false},
	} {
		if got := dateLike(c.words); got != c.want {
			t.Errorf("dateLike(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}
