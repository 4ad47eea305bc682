package tag

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestShapeAndFlags(t *testing.T) {
	tests := []struct {
		w, shape, short, flags string
	}{
		{"Damascus", "Xxxxxxxx", "Xx", "C"},
		{"UN", "XX", "X", "A"},
		{"1996", "dddd", "d", "-dD"},
		{"U.S.", "X.X.", "X.X.", "A."},
		{"al-Assad", "xx-Xxxxx", "x-Xx", "Mh"},
		{"iPhone", "xXxxxx", "xXx", "M"},
		{",", ",", ",", "-p"},
		{"3-2", "d-d", "d-d", "-dh"},
		{"Ürümqi", "Xxxxxx", "Xx", "C"},
	}
	for _, tt := range tests {
		shape, short := shapeOf(tt.w)
		if shape != tt.shape || short != tt.short {
			t.Errorf("shapeOf(%q) = %q, %q; want %q, %q", tt.w, shape, short, tt.shape, tt.short)
		}
		if f := flagsOf(tt.w); f != tt.flags {
			t.Errorf("flagsOf(%q) = %q; want %q", tt.w, f, tt.flags)
		}
	}
}

func TestAffixes(t *testing.T) {
	if p, ok := prefix("kyiv", 2); p != "ky" || !ok {
		t.Errorf("prefix = %q %v", p, ok)
	}
	if _, ok := prefix("ky", 2); ok {
		t.Error("prefix of the whole word should be skipped")
	}
	if s, ok := suffix("istanbul", 3); s != "bul" || !ok {
		t.Errorf("suffix = %q %v", s, ok)
	}
	if s, ok := suffix("ürü", 2); s != "rü" || !ok {
		t.Errorf("suffix multibyte = %q %v", s, ok)
	}
	if normLower("Route 66") != "route 00" {
		t.Errorf("normLower = %q", normLower("Route 66"))
	}
	if !capsLine([]string{"TEHRAN", "1998-01-02"}) || capsLine([]string{"Tehran"}) || capsLine([]string{"--"}) {
		t.Error("capsLine")
	}
}

func TestGazetteerMatch(t *testing.T) {
	g, err := BuildGazetteer(
		strings.NewReader("#ISO\tISO3\tnum\tfips\tCountry\tCapital\nSY\tSYR\t760\tSY\tSyria\tDamascus\nUS\tUSA\t840\tUS\tUnited States\tWashington\n"),
		strings.NewReader("Country name\tAdjectivals\tDemonyms\nSyria\tSyrian\tSyrians\n"))
	if err != nil {
		t.Fatal(err)
	}
	if g["syria"] != gazCountry || g["damascus"] != gazCapital || g["united states"] != gazCountry || g["syrian"] != gazAdj {
		t.Fatalf("gazetteer %v", g)
	}
	tg := &Tagger{}
	tg.setGaz(g)
	toks := tg.tokens(strings.Fields("The United States and Syrian officials met in Damascus"))
	var got []string
	for _, tk := range toks {
		got = append(got, tk.gaz)
	}
	want := []string{"", "Bb", "Ib", "", "Be", "", "", "", "Bc"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gaz = %q; want %q", got, want)
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		labels []string
		want   []Mention
	}{
		{nil, nil},
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Mention{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"B-PER", "B-PER"}, []Mention{{0, 1, "PER"}, {1, 2, "PER"}}},
		// conlleval: I-X without B-X starts a mention; a type change ends one.
		{[]string{"O", "I-ORG", "I-ORG", "I-LOC"}, []Mention{{1, 3, "ORG"}, {3, 4, "LOC"}}},
		{[]string{"B-MISC", "I-PER"}, []Mention{{0, 1, "MISC"}, {1, 2, "PER"}}},
		{[]string{"B-ORG", "junk", "I-ORG"}, []Mention{{0, 1, "ORG"}, {2, 3, "ORG"}}},
	}
	for _, tt := range tests {
		if got := Mentions(tt.labels); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Mentions(%q) = %v; want %v", tt.labels, got, tt.want)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nRebels NNS B-NP O\nshelled VBD B-VP O\nAleppo NNP B-NP B-LOC\n\n\nKofi B-PER\nAnnan I-PER\n-DOCSTART- -X- O O\nHamas x B-ORG\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"Rebels", "shelled", "Aleppo"}, Labels: []string{"O", "O", "B-LOC"}, DocStart: true},
		{Words: []string{"Kofi", "Annan"}, Labels: []string{"B-PER", "I-PER"}},
		{Words: []string{"Hamas"}, Labels: []string{"B-ORG"}, DocStart: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	in := "Kabul NNP B-LOC\nlonely\nTaliban NNP X-ORG\nfine NN O\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err == nil {
		t.Fatal("want an error")
	}
	for _, want := range []string{"line 2:", "line 3:", "X-ORG"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if len(got) != 1 || !reflect.DeepEqual(got[0].Words, []string{"Kabul", "fine"}) {
		t.Errorf("kept %+v", got)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nSanaa NNP B-NP B-LOC\n. . O O\n")
	f.Add("a\nb B-\n\n\nI-X I-X\n")
	f.Add("\xff\xfe B-PER\n")
	f.Fuzz(func(t *testing.T, s string) {
		ss, _ := ReadCoNLL(strings.NewReader(s))
		for _, x := range ss {
			if len(x.Words) != len(x.Labels) || len(x.Words) == 0 {
				t.Fatalf("bad sentence %+v", x)
			}
			Mentions(x.Labels)
		}
	})
}

// A tiny model trained on our own sentences round-trips through WriteTo and
// Load and learns them.
func TestTrainRoundTrip(t *testing.T) {
	data := `-DOCSTART- O

Ahmed B-PER
Hassan I-PER
flew O
to O
Cairo B-LOC
. O

The O
Red B-ORG
Crescent I-ORG
sent O
aid O
to O
Gaza B-LOC
. O

Maria B-PER
Lopez I-PER
visited O
Lima B-LOC
. O
`
	ss, err := ReadCoNLL(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	m, err := Train(ss, ss, 10, &log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "epoch 10") {
		t.Errorf("log %q", log.String())
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		if got := m2.Tag(s.Words); !reflect.DeepEqual(got, m.Tag(s.Words)) {
			t.Errorf("loaded model tags %q as %q, trained %q", s.Words, got, m.Tag(s.Words))
		}
	}
	if got := m2.Tag(ss[0].Words); !reflect.DeepEqual(got, ss[0].Labels) {
		t.Errorf("Tag(%q) = %q; want %q", ss[0].Words, got, ss[0].Labels)
	}
	// Same data, same seed: the same model.
	m3, _ := Train(ss, ss, 10, nil)
	var buf3 bytes.Buffer
	m3.WriteTo(&buf3)
	if !bytes.Equal(buf.Bytes(), buf3.Bytes()) {
		t.Error("training is not reproducible")
	}
	if _, err := Load([]byte("nope")); err == nil {
		t.Error("Load accepted junk")
	}
	if _, err := Load(buf.Bytes()[:buf.Len()/2]); err == nil {
		t.Error("Load accepted a truncated model")
	}
}

func TestDefault(t *testing.T) {
	start := time.Now()
	m := Default()
	t.Logf("load %s, %d features", time.Since(start), len(m.index))
	tests := []struct {
		sent string
		want []Mention
	}{
		{"Bashar al-Assad met Vladimir Putin in Moscow on Monday .",
			[]Mention{{0, 2, "PER"}, {3, 5, "PER"}, {6, 7, "LOC"}}},
		{"The United Nations said fighting near Aleppo had displaced thousands .",
			[]Mention{{1, 3, "ORG"}, {6, 7, "LOC"}}},
		{"Ukrainian forces shelled positions outside Donetsk , the Interfax news agency reported .",
			[]Mention{{0, 1, "MISC"}, {5, 6, "LOC"}, {8, 9, "ORG"}}},
		{"Emmanuel Macron flew to Berlin to meet Chancellor Olaf Scholz .",
			[]Mention{{0, 2, "PER"}, {4, 5, "LOC"}, {8, 10, "PER"}}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sent)
		labels := m.Tag(words)
		if len(labels) != len(words) {
			t.Fatalf("%d labels for %d words", len(labels), len(words))
		}
		if got := Mentions(labels); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s\n got %v\nwant %v (%q)", tt.sent, got, tt.want, labels)
		}
	}
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %q", got)
	}
	if got := m.TagDoc([][]string{{"KABUL", "1996-08-22"}, {}, {"Taliban", "fighters", "entered", "Kabul", "."}}); len(got) != 3 || len(got[1]) != 0 {
		t.Errorf("TagDoc = %q", got)
	}
}

func TestConcurrentTag(t *testing.T) {
	m := Default()
	words := strings.Fields("Kofi Annan flew to Baghdad on Sunday to meet Iraqi leaders .")
	want := m.Tag(words)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := m.Tag(words); !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent Tag = %q; want %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkTag(b *testing.B) {
	m := Default()
	sents := [][]string{
		strings.Fields("Bashar al-Assad met Vladimir Putin in Moscow on Monday ."),
		strings.Fields("The United Nations Security Council will meet on Friday to discuss the ceasefire in Gaza , diplomats said ."),
		strings.Fields("Turkish troops crossed into northern Syria near the town of Jarablus , the state news agency Anadolu reported ."),
		strings.Fields("KABUL 1996-08-22"),
	}
	toks := 0
	for _, s := range sents {
		toks += len(s)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	b.ReportMetric(float64(toks*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
