// Package cameo holds the CAMEO event-coding lexicons: the table of CAMEO
// event codes (label, Goldstein value, QuadClass, PLOVER type), the verb
// pattern lexicon converted from the PETRARCH/CAMEO verb dictionary with a
// matcher the event coder calls once per verb, and readers for
// PETRARCH-format actor, agent and discard dictionaries.
//
// Nothing here depends on a parser: the coder turns its dependency tree
// into the small Verb/Word description that Lexicon.Match takes.
package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Code is one CAMEO event code.
type Code struct {
	Code      string  // "0312"
	Root      string  // "03"
	Label     string  // short name of the code
	Quad      int     // QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein float64 // -10..10
	Plover    string  // PLOVER event type ("AGREE"), "" if none
}

//go:embed codes.tsv
var codesTSV string

var (
	codesOnce sync.Once
	codes     map[string]Code
	codeList  []Code
)

func loadCodes() {
	codes = map[string]Code{}
	for _, line := range strings.Split(codesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			continue // codes.tsv is generated and tested; never fail at run time
		}
		q, _ := strconv.Atoi(f[2])
		g, _ := strconv.ParseFloat(f[3], 64)
		c := Code{Code: f[0], Root: f[1], Quad: q, Goldstein: g, Plover: f[4], Label: f[5]}
		codes[c.Code] = c
		codeList = append(codeList, c)
	}
}

// Lookup returns the CAMEO code table entry for code ("190", "0312", "19").
func Lookup(code string) (Code, bool) {
	codesOnce.Do(loadCodes)
	c, ok := codes[code]
	return c, ok
}

// Nearest returns the entry for code or, if code is not in the table (a
// dictionary using a local extension such as "1213"), for its closest
// ancestor ("121", then "12").
func Nearest(code string) (Code, bool) {
	for n := len(code); n >= 2; n-- {
		if c, ok := Lookup(code[:n]); ok {
			return c, true
		}
	}
	return Code{}, false
}

// Codes returns every code in the table, in code order. The slice is shared:
// do not modify it.
func Codes() []Code {
	codesOnce.Do(loadCodes)
	return codeList
}

// QuadClass returns the QuadClass of a code from its root: 01-05 verbal
// cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict
// (3), 14-20 material conflict (4); 0 if the code has no valid root.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	r, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 8:
		return 2
	case r >= 9 && r <= 13:
		return 3
	case r >= 14 && r <= 20:
		return 4
	}
	return 0
}

// CodeStats reports what BuildCodes read and wrote.
type CodeStats struct {
	Codes        int      // codes written
	PloverDirect int      // codes with their own line in the PLOVER table
	PloverParent int      // codes that took the PLOVER type of an ancestor
	PloverMirror int      // appeals (02x) typed as their demand (10x)
	PloverNone   int      // codes without a PLOVER type (01x)
	Bad          int      // malformed lines skipped
	BadLines     []string // the first MaxBadListed of them
}

func (s *CodeStats) bad(file string, line int, reason string) {
	s.Bad++
	if len(s.BadLines) < MaxBadListed {
		s.BadLines = append(s.BadLines, fmt.Sprintf("%s:%d: %s", file, line, reason))
	}
}

// BuildCodes writes codes.tsv from the curated Goldstein table (goldstein.tsv:
// code, value, label) and the PLOVER conversion table (CAMEO2PLOVER-2021.txt:
// "0312: AGREE, mode, context # comment"). A code missing from the PLOVER
// table takes its nearest ancestor's type, an appeal (02x) its mirror
// demand's (10x); where the table lists a code
// twice, the first line wins. Bad lines are counted, not fatal.
func BuildCodes(curated, plover io.Reader, w io.Writer) (CodeStats, error) {
	var st CodeStats
	pl := map[string]string{}
	sc := bufio.NewScanner(plover)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "~") {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		typ, _, _ := strings.Cut(rest, ",")
		typ = strings.TrimSpace(typ)
		if !ok || !isDigits(code) || typ == "" || strings.ContainsAny(typ, " \t") {
			st.bad("plover", n, "not CODE: TYPE")
			continue
		}
		if _, dup := pl[code]; !dup {
			pl[code] = typ
		}
	}
	if err := sc.Err(); err != nil {
		return st, err
	}
	var out []Code
	seen := map[string]bool{}
	sc = bufio.NewScanner(curated)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || !isDigits(f[0]) || len(f[0]) < 2 || len(f[0]) > 4 || seen[f[0]] {
			st.bad("goldstein", n, "not CODE<TAB>VALUE<TAB>LABEL, or repeated code")
			continue
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 || QuadClass(f[0]) == 0 || strings.TrimSpace(f[2]) == "" {
			st.bad("goldstein", n, "bad value, root or label")
			continue
		}
		seen[f[0]] = true
		c := Code{Code: f[0], Root: f[0][:2], Label: strings.TrimSpace(f[2]), Quad: QuadClass(f[0]), Goldstein: g}
		if t, ok := pl[c.Code]; ok {
			c.Plover = t
			st.PloverDirect++
		} else {
			for k := len(c.Code) - 1; k >= 2; k-- {
				if t, ok := pl[c.Code[:k]]; ok {
					c.Plover = t
					st.PloverParent++
					break
				}
			}
			if c.Plover == "" && c.Root == "02" {
				// CAMEO's appeals (02) mirror its demands (10) code for
				// code ("0253" appeal, "1053" demand the release of
				// persons); PLOVER has one REQUEST for both, and its
				// table lists only the demands
				mirror := "10" + c.Code[2:]
				for k := len(mirror); k >= 2 && c.Plover == ""; k-- {
					c.Plover = pl[mirror[:k]]
				}
				if c.Plover != "" {
					st.PloverMirror++
				}
			}
			if c.Plover == "" {
				st.PloverNone++
			}
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return st, err
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Generated by cameo.BuildCodes from goldstein.tsv and CAMEO2PLOVER-2021.txt; do not edit.")
	fmt.Fprintln(bw, "# Sources and licences: see goldstein.tsv (labels and PLOVER types: PLOVER, CC BY-SA 4.0).")
	fmt.Fprintln(bw, "# code\troot\tquad\tgoldstein\tplover\tlabel")
	for _, c := range out {
		fmt.Fprintf(bw, "%s\t%s\t%d\t%s\t%s\t%s\n", c.Code, c.Root, c.Quad, strconv.FormatFloat(c.Goldstein, 'f', 1, 64), c.Plover, c.Label)
	}
	st.Codes = len(out)
	return st, bw.Flush()
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// roles are the CAMEO role codes that stand for an actor with no country
// or organisation of its own ("MIL", "REB", "GOV").
var roles = map[string]bool{"MIL": true, "GOV": true, "REB": true, "COP": true, "JUD": true, "BUS": true, "CVL": true, "EDU": true,
	"MED": true, "HLH": true, "LEG": true, "OPP": true, "REF": true, "SPY": true, "UAF": true, "ELI": true, "CRM": true, "LAB": true,
	"AGR": true, "PTY": true, "REL": true, "IMG": true, "INS": true, "SEP": true, "PPL": true, "RAD": true, "MOD": true}

// IsRole reports whether a three-letter code is a CAMEO role code rather
// than a country or organisation.
func IsRole(code string) bool { return roles[code] }
