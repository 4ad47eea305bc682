package claim

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// newDoc segments text and adds an entity for every (id, name, surface)
// given, with a mention at each occurrence of surface, as the entity stage
// would.
func newDoc(body, published string, ents ...[3]string) *doc.Document {
	d := doc.New()
	d.Text = body
	d.Sentences, d.Tokens = text.Segment(body)
	if published != "" {
		d.Published = &published
	}
	rs := []rune(body)
	for _, e := range ents {
		ent := doc.Entity{ID: e[0], Name: e[1], Type: "organization"}
		sr := []rune(e[2])
		for i := 0; i+len(sr) <= len(rs); i++ {
			if string(rs[i:i+len(sr)]) == e[2] {
				ent.Mentions = append(ent.Mentions, doc.Mention{Start: i, End: i + len(sr), Kind: "name"})
			}
		}
		d.Entities = append(d.Entities, ent)
	}
	return d
}

func TestAnnotate(t *testing.T) {
	obs := [3]string{"e1", "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"}
	un := [3]string{"e2", "United Nations", "United Nations"}
	ministry := [3]string{"e3", "Health Ministry", "health ministry"}
	tests := []struct {
		name    string
		text    string
		ents    [][3]string
		phrase  string // text of the claim's span
		kind    string
		value   float64
		qual    string
		about   string
		source  string // entity id, or "" for none
		srcName string
	}{
		{"passive killed", "At least 16 people have been killed in the town, the Syrian Observatory for Human Rights said.",
			[][3]string{obs}, "At least 16 people", Killed, 16, "at least", "people", "e1", "Syrian Observatory for Human Rights"},
		{"active verb before", "A car bomb killed 12 soldiers near the border on Monday.",
			nil, "12 soldiers", Killed, 12, "", "soldiers", "", ""},
		{"lost their lives", "More than 300 villagers lost their lives in the flood.",
			nil, "More than 300 villagers", Killed, 300, "more than", "villagers", "", ""},
		{"death toll", "The death toll from the blast in the market rose to 45 on Sunday.",
			nil, "45", Killed, 45, "", "", "", ""},
		{"wounded after and", "The shelling killed six people and injured 32 others.",
			nil, "32 others", Wounded, 32, "", "others", "", ""},
		{"displaced according to", "About 450.000 people lost their homes, according to the United Nations.",
			[][3]string{un}, "About 450.000 people", Displaced, 450000, "about", "people", "e2", "United Nations"},
		{"refugees", "The United Nations says 1.5 million Syrian refugees live in the country.",
			[][3]string{un}, "1.5 million Syrian refugees", Refugees, 1.5e6, "", "Syrian refugees", "e2", "United Nations"},
		{"missing", "Nearly 40 fishermen are still missing after the storm.",
			nil, "Nearly 40 fishermen", Missing, 40, "nearly", "fishermen", "", ""},
		{"arrested", "Police arrested 200 people during the night.",
			nil, "200 people", Arrested, 200, "", "people", "", ""},
		{"kidnapped", "Gunmen abducted 25 students from the school.",
			nil, "25 students", Kidnapped, 25, "", "students", "", ""},
		{"troops", "The country will send 3,000 marines to the region.",
			nil, "3,000 marines", Troops, 3000, "", "marines", "", ""},
		{"protesters", "Some 5,000 protesters marched through the capital.",
			nil, "Some 5,000 protesters", Protesters, 5000, "about", "protesters", "", ""},
		{"money", "The donors pledged $1.5 billion, the health ministry said.",
			[][3]string{ministry}, "$1.5 billion", Money, 1.5e9, "", "", "e3", "Health Ministry"},
		{"percent other", "Prices rose by 12 percent last month.",
			nil, "12 percent", Other, 12, "", "", "", ""},
		{"vague dozens", "Dozens of people were wounded in the attack.",
			nil, "Dozens of people", Wounded, 12, "", "people", "", ""},
		{"source not an entity", "Two hundred civilians died in the raids a local doctor said.",
			nil, "Two hundred civilians", Killed, 200, "", "civilians", "", "a local doctor"},
		{"appositive", "At least 20 civilians including 7 children were killed on Friday.",
			nil, "At least 20 civilians", Killed, 20, "at least", "civilians", "", ""},
		{"parts share the kind", "The raids killed 44 civilians including 11 women and nine children.",
			nil, "nine children", Killed, 9, "", "children", "", ""},
		{"clause after and", "Three guards were killed and more than 20 others fell ill.",
			nil, "more than 20 others", Other, 20, "more than", "others", "", ""},
		{"toll far before", "The toll from the shelling of the old city in the past 24 hours reached 31.",
			nil, "31", Killed, 31, "", "", "", ""},
		{"apposition before the cue", "The observatory, a monitoring group based abroad, said at least 14 fighters were killed.",
			nil, "at least 14 fighters", Killed, 14, "at least", "fighters", "", "The observatory"},
		{"head before its preposition", "The United Nations envoy for Syria said some 400,000 people had been killed.",
			[][3]string{un, {"e5", "Syria", "Syria"}}, "some 400,000 people", Killed, 400000, "about", "people", "e2", "United Nations"},
		{"inverted source", "Some 70 fighters died in the battle, said the Defence Ministry.",
			[][3]string{{"e4", "Ministry of Defence", "Defence Ministry"}}, "Some 70 fighters", Killed, 70, "about", "fighters", "e4", "Ministry of Defence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, "2016-03-04T10:00:00Z", tt.ents...)
			Annotate(d)
			rs := []rune(d.Text)
			for _, c := range d.Claims {
				if string(rs[c.Start:c.End]) != tt.phrase {
					continue
				}
				if c.Kind != tt.kind || c.Value != tt.value || doc.Deref(c.Qualifier) != tt.qual || doc.Deref(c.About) != tt.about {
					t.Errorf("got kind %q value %g qual %q about %q; want %q %g %q %q",
						c.Kind, c.Value, doc.Deref(c.Qualifier), doc.Deref(c.About), tt.kind, tt.value, tt.qual, tt.about)
				}
				if doc.Deref(c.Source) != tt.source || doc.Deref(c.SourceName) != tt.srcName {
					t.Errorf("got source %q %q; want %q %q", doc.Deref(c.Source), doc.Deref(c.SourceName), tt.source, tt.srcName)
				}
				if doc.Deref(c.AsOf) != "2016-03-04" {
					t.Errorf("as_of %q", doc.Deref(c.AsOf))
				}
				return
			}
			var got []string
			for _, c := range d.Claims {
				got = append(got, c.Kind+":"+string(rs[c.Start:c.End]))
			}
			t.Errorf("no claim %q; got %q", tt.phrase, got)
		})
	}
}

func TestAnnotateNotClaims(t *testing.T) {
	for _, body := range []string{
		"The war began in 2011 and the talks opened on March 29.",
		"The 45-year-old driver was aged 45.",
		"The convoy travelled 30 km in three hours.",
		"The meeting starts at 10:30 on the 3rd floor.",
	} {
		d := newDoc(body, "")
		Annotate(d)
		if len(d.Claims) != 0 {
			t.Errorf("%q: got %d claims, first %+v", body, len(d.Claims), d.Claims[0])
		}
	}
}

func TestAnnotateAsOf(t *testing.T) {
	d := newDoc("As of June 1 some 2,000 people had fled.", "2016-07-10")
	d.Times = []doc.Time{{Start: 6, End: 12, Text: "June 1", Type: "DATE", Value: "2016-06-01"}}
	Annotate(d)
	if len(d.Claims) != 1 || doc.Deref(d.Claims[0].AsOf) != "2016-06-01" {
		t.Fatalf("got %+v", d.Claims)
	}
	d = newDoc("Some 2,000 people had fled.", "")
	Annotate(d)
	if len(d.Claims) != 1 || d.Claims[0].AsOf != nil {
		t.Fatalf("want as_of nil without a publication date, got %+v", d.Claims)
	}
}

func TestAnnotateImplausible(t *testing.T) {
	for _, body := range []string{
		"The strike killed 1e30 people, the report said.",
		"The strike killed 20000000000 people.",
	} {
		d := newDoc(body, "2016-01-01")
		Annotate(d)
		for _, c := range d.Claims {
			if c.Value > maxPeople {
				t.Errorf("%q: claim of nonsense %+v", body, c)
			}
		}
		if len(d.Warnings) == 0 {
			t.Errorf("%q: no warning", body)
		}
		if _, err := json.Marshal(d); err != nil {
			t.Errorf("%q: %v", body, err)
		}
	}
}

func TestAnnotateEmpty(t *testing.T) {
	d := doc.New()
	d.Claims = nil
	Annotate(d)
	if d.Claims == nil {
		t.Fatal("Claims is nil")
	}
}

// FuzzAnnotate checks that no input panics, spans stay inside the text and
// every value is finite (JSON cannot carry Inf or NaN).
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"At least 16 people have been killed, the ministry said.",
		"killed 1e30 people", "450.000 refugees", "$-50.8bn", "a few hundred",
		"between 5 and", "1,2,3,4", "9..9", "US$", "minus-", "Y=", "hundreds of",
		"twenty-five-", "1e", "..5", "1/2/3", "5 to $", "€ five million",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := newDoc(s, "2020-01-02")
		Annotate(d)
		n := len([]rune(s))
		for _, c := range d.Claims {
			if c.Start < 0 || c.End > n || c.Start >= c.End {
				t.Fatalf("bad span %d..%d in %q", c.Start, c.End, s)
			}
		}
		if _, err := json.Marshal(d.Claims); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		for _, q := range Numbers(s) {
			if q.Start < 0 || q.End > n || q.Start >= q.End || q.NumStart < q.Start {
				t.Fatalf("bad quantity span %+v in %q", q, s)
			}
		}
	})
}

// article is an invented ~700-word news article for the benchmark.
var article = strings.Repeat(`The ministry of health said on Tuesday that at least 45 people had been killed and more than 120 wounded when shells hit a crowded market in the northern town. Rescue workers said the death toll could rise as dozens of people remained trapped under the rubble. About 12,000 residents have fled the area since the offensive began in March 2015, according to the United Nations, which estimates that 1.5 million people across the province need food aid. The government has deployed 3,000 troops and announced a $250 million reconstruction fund, while prices of bread rose 40 percent in two weeks. Local officials said 17 aid workers were missing and that police had arrested 25 men suspected of smuggling weapons. `, 6)

func BenchmarkAnnotate(b *testing.B) {
	d := newDoc(article, "2016-05-03")
	b.SetBytes(int64(len(article)))
	b.ResetTimer()
	t0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Annotate(d)
	}
	b.ReportMetric(float64(cpuTime()-t0)/float64(b.N), "cpu-ns/op")
}

func BenchmarkNumbers(b *testing.B) {
	t0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Numbers(article)
	}
	b.ReportMetric(float64(cpuTime()-t0)/float64(b.N), "cpu-ns/op")
}
