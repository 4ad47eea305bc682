package geo

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
	"time"
)

func buildTest(t testing.TB) (*Gazetteer, BuildStats) {
	t.Helper()
	sf, err := os.Open("testdata/supplement.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer sf.Close()
	var buf bytes.Buffer
	st, err := Build("testdata", sf, &buf)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return g, st
}

func TestBuildStats(t *testing.T) {
	_, st := buildTest(t)
	if st.Countries != 6 || st.Cities != 13 || st.Admin1 != 5 || st.Admin2 != 1 || st.Supplement != 5 {
		t.Errorf("stats = %+v", st)
	}
	want := map[string]int{"cities500.txt.gz": 4, "countryInfo.txt": 1, "admin1CodesASCII.txt": 1, "admin2Codes.txt": 1,
		"world-countries-5.1.0.countries.json": 1, "supplement": 4, "cliff-wikipedia-demonyms.tsv": 1}
	for k, v := range want {
		if st.BadRows[k] != v {
			t.Errorf("bad rows %s = %d, want %d (%v)", k, st.BadRows[k], v, st.BadRows)
		}
	}
}

func TestBuildMissingDir(t *testing.T) {
	var buf bytes.Buffer
	st, err := Build(t.TempDir(), nil, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.MissingFile) != 6 {
		t.Errorf("missing = %v", st.MissingFile)
	}
	g, err := Load(buf.Bytes())
	if err != nil || g.Len() != 0 {
		t.Errorf("empty gazetteer: %v %d", err, g.Len())
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Al-Raqqah":        "raqqah",
		"al Raqqah":        "raqqah",
		"Ar-Raqqah":        "raqqah",
		"Île-de-France":    "ile de france",
		"Sana'a":           "sanaa",
		"Sana’a":           "sanaa",
		"St. Louis":        "st louis",
		"  Deir  ez-Zor ":  "deir ez zor",
		"دمشق":             "",
		"Al":               "al",
		"El Paso":          "el paso",
		"Washington, D.C.": "washington dc",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// resolveOne resolves the first occurrence of name in text.
func resolveOne(t *testing.T, g *Gazetteer, text, name string) *Place {
	t.Helper()
	i := strings.Index(text, name)
	if i < 0 {
		t.Fatalf("%q not in text", name)
	}
	a := len([]rune(text[:i]))
	rs := g.Resolve(text, []Span{{a, a + len([]rune(name))}})
	return rs[0].Place
}

func TestResolveSmall(t *testing.T) {
	g, _ := buildTest(t)
	cases := []struct{ text, name, cc, kind string }{
		{"Ministers met in Paris on Tuesday.", "Paris", "FR", "city"},
		{"The fair in Paris, Texas drew crowds.", "Paris", "US", "city"},
		{"Flooding hit Paris and Austin overnight, officials in Texas said.", "Paris", "US", "city"},
		{"Clashes broke out in Tripoli, Lebanon late on Friday.", "Tripoli", "LB", "city"},
		{"Clashes broke out in Tripoli on Friday.", "Tripoli", "LY", "city"},
		{"Fighting in Tripoli spread as Beirut called for calm.", "Tripoli", "LB", "city"},
		{"Shelling was reported near Damascus.", "Damascus", "SY", "city"},
		{"Officials in Amman said Jordan would close the border.", "Jordan", "JO", "country"},
		{"Rebels entered al-Raqqah.", "al-Raqqah", "SY", "city"},
		{"Water levels in the Euphrates fell.", "Euphrates", "", "water"},
		{"Syrian troops shelled Jobar.", "Jobar", "SY", "district"},
	}
	for _, c := range cases {
		p := resolveOne(t, g, c.text, c.name)
		if p == nil || p.Country != c.cc || p.Kind != c.kind {
			t.Errorf("%q: %s -> %+v, want %s %s", c.text, c.name, p, c.cc, c.kind)
		}
	}
	if rs := g.Resolve("Nothing here", []Span{{0, 7}, {-5, 99}}); rs[0].Place != nil || len(rs) != 2 {
		t.Errorf("unknown: %+v", rs)
	}
	if cc := g.Demonym("Syrians"); cc != "SY" {
		t.Errorf("Demonym(Syrians) = %q", cc)
	}
}

// TestSupplementRows covers the curated rows that add to GeoNames: a
// demonym, aliases of a country that keeps its point, and a curated centre
// replacing the derived point of an admin region.
func TestSupplementRows(t *testing.T) {
	g, _ := buildTest(t)
	if cc := g.Demonym("Levantine"); cc != "LB" {
		t.Errorf("Demonym(Levantine) = %q, want LB", cc)
	}
	if p := resolveOne(t, g, "Leb. officials met on Monday.", "Leb."); p == nil || p.Country != "LB" || p.Kind != "country" {
		t.Errorf("Leb. -> %+v, want the country LB", p)
	}
	if p := resolveOne(t, g, "Rain fell across Texas.", "Texas"); p == nil || p.Lat != 31 || p.Lon != -99 || p.GeoNames != 4736286 {
		t.Errorf("Texas -> %+v, want the GeoNames region at the curated centre", p)
	}
}

func TestBareAdminName(t *testing.T) {
	for in, want := range map[string]string{
		"County of Ceredigion":       "Ceredigion",
		"Borough of Bolton":          "Bolton",
		"City and County of Swansea": "Swansea",
		"Bridgend county borough":    "Bridgend",
		"Kent":                       "",
		"City of ":                   "",
	} {
		if got := bareAdminName(in); got != want {
			t.Errorf("bareAdminName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestListGoesOn(t *testing.T) {
	for _, c := range []struct {
		text, qualifier string
		want            bool
	}{
		{"Washington, New York and Boston", "New York", true},
		{"Washington, New York, Boston", "New York", true},
		{"Washington, New York, and Boston", "New York", true},
		{"Paris, Texas and the fair", "Texas", false},
		{"Paris, Texas.", "Texas", false},
		{"Paris, Texas", "Texas", false},
	} {
		end := len([]rune(c.text[:strings.Index(c.text, c.qualifier)+len(c.qualifier)]))
		if got := listGoesOn([]rune(c.text), end); got != c.want {
			t.Errorf("listGoesOn(%q after %q) = %v, want %v", c.text, c.qualifier, got, c.want)
		}
	}
}

func TestResolveDefault(t *testing.T) {
	g := Default()
	if err := DefaultErr(); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, name, cc string }{
		{"Ministers met in Paris on Tuesday.", "Paris", "FR"},
		{"The fair in Paris, Texas drew crowds.", "Paris", "US"},
		{"Clashes broke out in Tripoli, Lebanon late on Friday.", "Tripoli", "LB"},
		{"Shelling was reported near Damascus and Homs.", "Damascus", "SY"},
		{"Officials in Amman said Jordan would close the border.", "Jordan", "JO"},
		{"Government forces pushed into Eastern Ghouta.", "Eastern Ghouta", "SY"},
		{"A convoy reached Deir ez-Zor.", "Deir ez-Zor", "SY"},
		{"Aleppo was quiet.", "Aleppo", "SY"},
		{"Protests spread across the Gaza Strip.", "Gaza Strip", "PS"},
		{"A storm hit Alexandria, La. on Monday.", "Alexandria", "US"},
		{"After stops in Washington, New York and Boston, the prince flew home.", "Washington", "US"},
	}
	for _, c := range cases {
		p := resolveOne(t, g, c.text, c.name)
		if p == nil || p.Country != c.cc {
			t.Errorf("%q: %s -> %+v, want %s", c.text, c.name, p, c.cc)
		}
	}
	// a list, not a town called Washington in New York State
	if p := resolveOne(t, g, "After stops in Washington, New York and Boston, the prince flew home.", "Washington"); p == nil || p.Admin1 != "DC" {
		t.Errorf("Washington in a list -> %+v, want the capital", p)
	}
}

func TestFind(t *testing.T) {
	g := Default()
	text := "March was cold. Mr. Jordan said the U.S. would send aid to Aleppo and Idlib. President Lincoln visited New York. The plane left Beirut."
	var got []string
	rs := []rune(text)
	for _, s := range g.Find(text) {
		got = append(got, string(rs[s[0]:s[1]]))
	}
	want := "U.S.|Aleppo|Idlib|New York|Beirut"
	if strings.Join(got, "|") != want {
		t.Errorf("Find = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestDefaultLoadTime(t *testing.T) {
	start := time.Now()
	g, err := Load(embedded)
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	t.Logf("load %d places in %s (%d bytes embedded)", g.Len(), d, len(embedded))
	if len(embedded) > 40<<20 {
		t.Errorf("gazetteer.bin is %d bytes, over 40 MB", len(embedded))
	}
}

func FuzzParseCityRow(f *testing.F) {
	f.Add("101\tParis\tParis\tLutetia\t48.85\t2.35\tP\tPPLC\tFR\t\t11\t75\t\t\t2138551\t\t\tEurope/Paris\t2024-01-01")
	f.Add("x\ty")
	f.Add(strings.Repeat("\t", 18))
	f.Fuzz(func(t *testing.T, line string) {
		p, _, _, _, ok := parseCityRow(line)
		if ok && (p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 || p.GeoNames <= 0 || p.Name == "") {
			t.Errorf("accepted bad row %q: %+v", line, p)
		}
	})
}

func FuzzBuild(f *testing.F) {
	f.Add("101\tParis\tParis\t\t48.85\t2.35\tP\tPPLC\tFR\t\t11\t75\t\t\t2138551\t\t\t\t\n", "Gaza Strip\tregion\tPS\t31.4\t34.4\tGaza\t\n")
	f.Add("", "Korean\tdemonym\tKR\nFrance\tcountry\tFR\t\t\tFr.\nTexas\tadmin\tUS\t31\t-99\tTex.\t\n")
	f.Fuzz(func(t *testing.T, cities, supp string) {
		dir := t.TempDir()
		var gz bytes.Buffer
		zw := gzipWriter(&gz)
		zw.Write([]byte(cities))
		zw.Close()
		os.WriteFile(dir+"/cities500.txt.gz", gz.Bytes(), 0o644)
		var out bytes.Buffer
		if _, err := Build(dir, strings.NewReader(supp), &out); err != nil {
			t.Fatal(err)
		}
		g, err := Load(out.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		g.Resolve(cities, []Span{{0, 5}})
		g.Find(supp)
	})
}

// FuzzResolve feeds the embedded gazetteer arbitrary text and spans: no
// panic, one resolution per span.
func FuzzResolve(f *testing.F) {
	f.Add("After stops in Washington, New York and Boston, he left.", 15, 25)
	f.Add("Paris, Texas, and", 0, 5)
	f.Add("Herts, ", 0, 5)
	g := Default()
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if rs := g.Resolve(text, []Span{{a, b}, {b, a}}); len(rs) != 2 {
			t.Fatalf("%d resolutions for 2 spans", len(rs))
		}
	})
}

func FuzzLoad(f *testing.F) {
	g, _ := buildTest(f)
	_ = g
	var buf bytes.Buffer
	sf, _ := os.Open("testdata/supplement.tsv")
	Build("testdata", sf, &buf)
	sf.Close()
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		Load(data) // must not panic
	})
}

func gzipWriter(w *bytes.Buffer) *gzip.Writer { return gzip.NewWriter(w) }

func TestResolveContained(t *testing.T) {
	g, _ := buildTest(t)
	cases := []struct {
		text, name, want string
		within           bool
	}{
		{"Students gathered outside Homs University on Monday.", "Homs University", "Homs", true},
		{"Shelling hit Damascus overnight. The Baron Hotel was damaged.", "Baron Hotel", "Damascus", true},
		{"Fighting spread across Northern Homs.", "Northern Homs", "Homs", true},
		{"Flooding closed roads in Texas State.", "Texas State", "Texas", false},
		{"A convoy was stopped on Zzyzx Road.", "Zzyzx Road", "", false},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.name)
		a := len([]rune(c.text[:i]))
		var spans []Span
		for _, other := range []string{"Damascus"} {
			if j := strings.Index(c.text, other); j >= 0 && other != c.name {
				b := len([]rune(c.text[:j]))
				spans = append(spans, Span{b, b + len([]rune(other))})
			}
		}
		spans = append(spans, Span{a, a + len([]rune(c.name))})
		r := g.Resolve(c.text, spans)[len(spans)-1]
		switch {
		case c.want == "" && r.Place != nil:
			t.Errorf("%q: %s -> %s, want nothing", c.text, c.name, r.Place.Name)
		case c.want != "" && (r.Place == nil || r.Place.Name != c.want || r.Within != c.within):
			t.Errorf("%q: %s -> %+v, want %s within=%v", c.text, c.name, r, c.want, c.within)
		}
	}
}
