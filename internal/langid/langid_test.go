package langid

import "testing"

func TestChoose(t *testing.T) {
	tests := []struct {
		name, text, declared, want string
	}{
		{"english", "Government forces shelled rebel positions on the outskirts of the city on Tuesday, killing at least twelve people, a monitoring group said.", "", "en"},
		{"german despite a template's lang", "Die Regierungstruppen haben am Dienstag die Stellungen der Rebellen am Stadtrand beschossen und dabei mindestens zwölf Menschen getötet.", "en", "de"},
		{"french", "Les forces gouvernementales ont bombardé mardi les positions rebelles à la périphérie de la ville, faisant au moins douze morts.", "", "fr"},
		{"too short: the page's declaration", "Ok.", "es", "es"},
		{"nothing at all: English", "", "", "en"},
		{"a tie between English and Czech: English", "France cut aid to Mali last week.", "", "en"},
		{"a short English sentence whose articles are Czech and Hungarian words too", "Egypt condemned an anarchic protest by farmers who stormed a court.", "", "en"},
		{"a possessive's s is no Czech word", "Kenyan Foreign Minister Amina Mohamed met Somalia's president on Monday.", "", "en"},
		{"short Czech", "Vláda a armáda jsou na severu, ale to je jako v roce 2015.", "", "cs"},
	}
	for _, tt := range tests {
		if got := Choose(tt.text, tt.declared); got != tt.want {
			t.Errorf("%s: Choose = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("The army said on Monday.")
	f.Add("Die Armee sagte am Montag.")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		if code, _ := Detect(s); code != "" && len(code) != 2 {
			t.Fatalf("Detect(%q) = %q", s, code)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	text := "Government forces shelled rebel positions on the outskirts of the city on Tuesday, killing at least twelve people, a monitoring group said. "
	for len(text) < 6000 {
		text += text
	}
	b.SetBytes(sample)
	for b.Loop() {
		Detect(text)
	}
}

func TestScripts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"قال مسؤولون إن القوات الحكومية قصفت مواقع المعارضة في ضواحي المدينة يوم الثلاثاء", "ar"},
		{"Правительственные войска обстреляли позиции повстанцев на окраине города во вторник", "ru"},
		{"政府军周二炮击了城市郊区的叛军阵地，造成至少十二人死亡。", "zh"},
		{"政府軍は火曜日、市の郊外にある反政府勢力の陣地を砲撃した。", "ja"},
	}
	for _, tt := range tests {
		if got, _ := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
