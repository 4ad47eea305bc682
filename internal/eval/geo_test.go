package eval

import (
	"math"
	"os"
	"strings"
	"testing"
)

// geoFake resolves by a fixed name -> point table; unknown names stay
// unresolved.
func geoFake(points map[string][3]float64) func(string, [][2]int) []GeoGuess {
	return func(text string, spans [][2]int) []GeoGuess {
		rs := []rune(text)
		out := make([]GeoGuess, len(spans))
		for i, s := range spans {
			if p, ok := points[string(rs[s[0]:s[1]])]; ok {
				out[i] = GeoGuess{OK: true, Lat: p[0], Lon: p[1], GeoNames: int64(p[2])}
			}
		}
		return out
	}
}

func TestEvalGeoGWN(t *testing.T) {
	resolve := geoFake(map[string][3]float64{
		"Paris": {48.86, 2.35, 2988507},
		"Lyon":  {45.76, 4.84, 2996944},
		"Homs":  {33.51, 36.29, 170654}, // Damascus: ~140 km off, but a different id
	})
	find := func(text string) [][2]int {
		return [][2]int{{15, 20}, {43, 49}, {0, 4}, {62, 66}} // Paris, Syrian (ignored), Café (FP), Homs
	}
	res, err := EvalGeo("testdata/geo/mini_gwn.xml", resolve, find)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mentions != 3 || res.Acc161 != 1 || res.AccID != 0.5 {
		t.Errorf("res = %+v", res)
	}
	if res.Counts.TP != 2 || res.Counts.FP != 1 || res.Counts.Ignored != 1 {
		t.Errorf("counts = %+v", res.Counts)
	}
	if math.Abs(res.E2EPrecision-2.0/3) > 1e-9 || math.Abs(res.E2ERecall-2.0/3) > 1e-9 {
		t.Errorf("e2e = %v %v", res.E2EPrecision, res.E2ERecall)
	}
	if res.OffsetMismatch != 0 {
		t.Errorf("offsets are runes: %d mismatches", res.OffsetMismatch)
	}
}

func TestEvalGeoLGL(t *testing.T) {
	res, err := EvalGeo("testdata/geo/mini_lgl.xml", geoFake(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Dallas has no gaztag: not scored. Austin unresolved: max error.
	if res.Mentions != 1 || res.Acc161 != 0 || res.MeanKm != geoMaxKm {
		t.Errorf("res = %+v", res)
	}
}

func TestEvalGeoErrors(t *testing.T) {
	if _, err := EvalGeo("testdata/geo/missing.xml", geoFake(nil), nil); err == nil {
		t.Error("missing file: no error")
	}
	if _, _, err := ReadGeoGold(strings.NewReader("<articles><article><text>x</text>")); err == nil {
		t.Error("truncated XML: no error")
	}
}

func TestEvalGeoRealGWN(t *testing.T) {
	path := "../../../shared/data/geo/gold/GWN.xml"
	f, err := os.Open(path)
	if err != nil {
		t.Skip("GWN.xml not present")
	}
	defer f.Close()
	arts, bad, err := ReadGeoGold(f)
	if err != nil || len(arts) != 200 || bad != 5 {
		t.Fatalf("GWN: %d articles, %d bad, %v", len(arts), bad, err)
	}
	res := EvalGeoArticles(arts, geoFake(nil), nil)
	if res.OffsetMismatch > 5 {
		t.Errorf("GWN rune offsets: %d mismatches", res.OffsetMismatch)
	}
}

func FuzzReadGeoGold(f *testing.F) {
	for _, p := range []string{"testdata/geo/mini_gwn.xml", "testdata/geo/mini_lgl.xml"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, doc string) {
		arts, _, _ := ReadGeoGold(strings.NewReader(doc))
		for _, a := range arts {
			n := len([]rune(a.Text))
			for _, tp := range a.Toponyms {
				if tp.Start < 0 || tp.End > n || tp.End <= tp.Start {
					t.Fatalf("bad span kept: %+v (text %d runes)", tp, n)
				}
			}
		}
		EvalGeoArticles(arts, geoFake(nil), func(string) [][2]int { return [][2]int{{0, 1}} })
	})
}
