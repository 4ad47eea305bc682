package claimeval

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/claim"
	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/entity"
	"github.com/sitrep/sitrep/internal/text"
)

// FA-KES casualty evaluation (Salem et al. 2019, Syrian-war news labelled
// against the VDC casualty database).
//
// Input: the FA-KES CSV (cp1252 text, CRLF, RFC-4180 quoting) with header
// unit_id, article_title, article_content, source, date, location, actor,
// cause_of_death, nb_children, nb_civilians, nb_noncivilians, nb_women,
// label. Each article_content becomes a document (segmented, entities,
// coreference, claims) published on the date column (M/D/YY).
//
// Metric deaths_recall: over the articles whose gold gives deaths
// (nb_civilians + nb_noncivilians > 0), the share where some claim of kind
// "killed" has as its value the gold total or the gold civilians number.
// Also reported: any_recall, the share where any claim (any kind) has that
// value, which separates a missed number from a misclassified one.

// CasualtyScore is the FA-KES result.
type CasualtyScore struct {
	DeathsRecall float64 `json:"deaths_recall"`
	Articles     int     `json:"articles"`        // articles with gold deaths
	Matched      int     `json:"matched"`         // ... where a killed claim has the gold number
	AnyRecall    float64 `json:"any_recall"`      // ... where any claim has it
	Rows         int     `json:"rows"`            // all rows read
	KilledClaims int     `json:"killed_claims"`   // killed claims over all articles
	Claims       int     `json:"claims"`          // claims over all articles
	ArticlesWarn int     `json:"articles_warned"` // articles with a claim warning
}

// RunCasualties scores claim.Annotate on the FA-KES CSV. verbose, when not
// nil, lists the articles whose gold deaths no killed claim has.
func RunCasualties(file string, verbose io.Writer) (CasualtyScore, [][2]string, error) {
	var s CasualtyScore
	raw, err := os.ReadFile(file)
	if err != nil {
		return s, nil, err
	}
	r := csv.NewReader(bytes.NewReader(decodeCP1252(raw)))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return s, nil, fmt.Errorf("%s: %w", file, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, need := range []string{"article_content", "date", "nb_civilians", "nb_noncivilians"} {
		if _, ok := col[need]; !ok {
			return s, nil, fmt.Errorf("%s: no column %q", file, need)
		}
	}
	res := entity.Default()
	anyMatched := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return s, nil, fmt.Errorf("%s: %w", file, err)
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		s.Rows++
		d := BuildDoc(get("article_content"), parseMDY(get("date")), res)
		s.Claims += len(d.Claims)
		for _, w := range d.Warnings {
			if strings.HasPrefix(w, "claim:") {
				s.ArticlesWarn++
				break
			}
		}
		killed := 0
		for _, c := range d.Claims {
			if c.Kind == claim.Killed {
				killed++
			}
		}
		s.KilledClaims += killed
		civ, _ := strconv.Atoi(get("nb_civilians"))
		non, _ := strconv.Atoi(get("nb_noncivilians"))
		total := civ + non
		if total <= 0 {
			continue
		}
		s.Articles++
		want := func(c doc.Claim) bool {
			return c.Value == float64(total) || (civ > 0 && c.Value == float64(civ))
		}
		hit, any := false, false
		for _, c := range d.Claims {
			if want(c) {
				any = true
				if c.Kind == claim.Killed {
					hit = true
				}
			}
		}
		if hit {
			s.Matched++
		}
		if any {
			anyMatched++
		}
		if !hit && verbose != nil {
			fmt.Fprintf(verbose, "MISS %s gold total %d civilians %d\n", get("unit_id"), total, civ)
			rs := []rune(d.Text)
			for _, c := range d.Claims {
				fmt.Fprintf(verbose, "   %-10s %g %q\n", c.Kind, c.Value, string(rs[c.Start:c.End]))
			}
		}
	}
	if s.Rows == 0 {
		return s, nil, fmt.Errorf("%s: no rows", file)
	}
	if s.Articles > 0 {
		s.DeathsRecall = float64(s.Matched) / float64(s.Articles)
		s.AnyRecall = float64(anyMatched) / float64(s.Articles)
	}
	table := [][2]string{
		{"rows", strconv.Itoa(s.Rows)},
		{"articles with gold deaths", strconv.Itoa(s.Articles)},
		{"killed claim = gold", strconv.Itoa(s.Matched)},
		{"deaths_recall", fmt.Sprintf("%.4f", s.DeathsRecall)},
		{"any claim = gold", fmt.Sprintf("%.4f", s.AnyRecall)},
		{"claims (killed)", fmt.Sprintf("%d (%d)", s.Claims, s.KilledClaims)},
	}
	return s, table, nil
}

// BuildDoc makes the document the pipeline would make from a plain
// English article: segmented, with entities, coreference and claims.
// published may be empty.
func BuildDoc(body, published string, res entity.Resources) *doc.Document {
	d := doc.New()
	d.Text = body
	d.Language = "en"
	d.ID = doc.HashText(body)
	d.Sentences, d.Tokens = text.Segment(d.Text)
	if d.Sentences == nil {
		d.Sentences = []doc.Span{}
	}
	if published != "" {
		d.Published = &published
	}
	entity.Annotate(d, res)
	coref.Resolve(d)
	claim.Annotate(d)
	return d
}

// parseMDY reads FA-KES dates ("4/7/17", "12/25/2016") as YYYY-MM-DD, or
// "" when the field is not such a date.
func parseMDY(s string) string {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return ""
	}
	m, err1 := strconv.Atoi(parts[0])
	day, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || day < 1 || day > 31 {
		return ""
	}
	if y < 100 {
		y += 2000
	}
	if y < 1900 || y > 2100 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
}

// cp1252 maps the bytes 0x80..0x9F of Windows-1252 to runes; the other
// bytes are Latin-1. Undefined bytes stay as their Latin-1 control rune.
var cp1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// decodeCP1252 converts Windows-1252 bytes to UTF-8.
func decodeCP1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/16)
	var buf [4]byte
	for _, c := range b {
		if c < 0x80 {
			out = append(out, c)
			continue
		}
		r := rune(c)
		if c < 0xA0 {
			r = cp1252[c-0x80]
		}
		n := utf8.EncodeRune(buf[:], r)
		out = append(out, buf[:n]...)
	}
	return out
}
