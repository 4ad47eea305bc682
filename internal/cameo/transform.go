package cameo

import "strings"

// Transform is a verb-verb rule of the verb dictionary, written in postfix:
//
//	~ a (a b ATTACK) SAY = a b 015     "A said A will attack B" -> A 015 B
//	~ a (_ b ASSASSINATE) ATTEMPT = a b 185
//	~ a (a b Q) SAY = a b Q            any coded complement of SAY
//
// When the verb Outer has as its complement a clause whose verb is Inner
// (or any verb, if Inner is "Q"), with actors bound to the letters, the
// pair is coded as one event Src -> Tgt with Code ("Q": the inner code).
// Actor letters are lower case; "." means an unspecified actor and "_" an
// absent one.
type Transform struct {
	Outer    string // lemma of the governing verb ("say")
	OuterSrc string // its source letter
	Inner    string // lemma of the complement's verb, or "Q"
	InnerSrc string
	InnerTgt string
	Src, Tgt string // letters of the resulting event's actors
	Code     string // resulting CAMEO code, or "Q" for the inner event's code
	Rule     string // "CAMEO.2.0 ~ a (a b ATTACK) SAY = a b 015"
}

// Transforms returns the transformations whose governing verb is lemma.
func (l *Lexicon) Transforms(lemma string) []Transform {
	var out []Transform
	for _, d := range l.parts {
		for _, t := range d.Transforms {
			if t.Outer == lemma {
				out = append(out, t)
			}
		}
	}
	return out
}

// transform parses the text of a "~" line after the '~'.
func (p *verbParser) transform(s string, n int) {
	left, right, ok := strings.Cut(s, "=")
	lf := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(left))
	rf := strings.Fields(right)
	if !ok || len(lf) != 7 || lf[1] != "(" || lf[5] != ")" || len(rf) != 3 {
		p.st.bad(p.file, n, "transformation is not: x (x y VERB) VERB = x y CODE")
		return
	}
	actor := func(a string) bool { return len(a) == 1 && (a[0] >= 'a' && a[0] <= 'z' || a[0] == '.' || a[0] == '_') }
	code := strings.TrimSpace(rf[2])
	if !actor(lf[0]) || !actor(lf[2]) || !actor(lf[3]) || !actor(rf[0]) || !actor(rf[1]) || !isWordish(lf[4]) || !isWordish(lf[6]) {
		p.st.bad(p.file, n, "bad actor letter or verb in transformation")
		return
	}
	if code != "Q" {
		c, _, ok := p.code(code)
		if !ok || c == "" {
			p.st.bad(p.file, n, "bad code in transformation")
			return
		}
	}
	inner := strings.ToLower(lf[4])
	if inner == "q" {
		inner = "Q"
	}
	p.d.Transforms = append(p.d.Transforms, Transform{
		Outer: strings.ToLower(lf[6]), OuterSrc: lf[0], Inner: inner, InnerSrc: lf[2], InnerTgt: lf[3],
		Src: rf[0], Tgt: rf[1], Code: code,
		Rule: p.d.Source + " ~ " + strings.Join(strings.Fields(s), " "),
	})
	p.st.Transforms++
}
