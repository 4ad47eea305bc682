package lexicon

import (
	"strings"
	"testing"
	"time"
)

// toks splits a test sentence the way the text tokenizer does for these
// cases: on blanks, with "'s" and final punctuation split off.
func toks(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		var tail []string
		for len(w) > 1 && strings.ContainsAny(w[len(w)-1:], ".,;:") && !strings.HasSuffix(w, "U.S.") && !strings.HasSuffix(w, "U.N.") {
			tail = append([]string{w[len(w)-1:]}, tail...)
			w = w[:len(w)-1]
		}
		if strings.HasSuffix(w, "'s") && len(w) > 2 {
			out = append(out, w[:len(w)-2], "'s")
		} else {
			out = append(out, w)
		}
		out = append(out, tail...)
	}
	return out
}

// find returns the match covering the phrase want (space-joined tokens).
func find(ms []Match, tk []string, want string) *Match {
	for i := range ms {
		if strings.Join(tk[ms[i].Start:ms[i].End], " ") == want {
			return &ms[i]
		}
	}
	return nil
}

func TestMatchDefault(t *testing.T) {
	lx := Default()
	tests := []struct {
		name, sentence, date, phrase, code, entity, kind string
	}{
		{"assad 2015", "President Bashar al-Assad addressed parliament on Sunday .", "2015-06-01", "President Bashar al-Assad", "SYRGOV", "Bashar al-Assad", "alias"},
		{"assad surname 2015", "Assad 's forces shelled the town .", "2015-06-01", "Assad 's forces", "SYRGOV", "Assad government", "alias"},
		{"assad 2025", "Bashar al-Assad lives in exile in Moscow .", "2025-03-01", "Bashar al-Assad", "SYRELI", "Bashar al-Assad", "name"},
		{"assad latest", "Assad fled .", "", "Assad", "SYRELI", "Bashar al-Assad", "alias"},
		{"trump 2018", "Trump said the talks went well .", "2018-05-02", "Trump", "USAGOV", "Donald Trump", "alias"},
		{"trump 2022", "Donald Trump said the talks went well .", "2022-05-02", "Donald Trump", "USAELI", "Donald Trump", "name"},
		{"trump 2025", "President Donald Trump said the talks went well .", "2025-05-02", "President Donald Trump", "USAGOV", "Donald Trump", "alias"},
		{"trump latest", "Trump spoke .", "", "Trump", "USAGOV", "Donald Trump", "alias"},
		{"biden 2022", "Joe Biden met the delegation .", "2022-01-10", "Joe Biden", "USAGOV", "Joe Biden", "name"},
		{"biden 2025", "Joe Biden met the delegation .", "2025-06-10", "Joe Biden", "USAELI", "Joe Biden", "name"},
		{"putin", "Vladimir Putin called for talks .", "2023-01-01", "Vladimir Putin", "RUSGOV", "Vladimir Putin", "name"},
		{"washington", "Washington said it would respond .", "2020-01-01", "Washington", "USAGOV", "United States government", "alias"},
		{"damascus", "Damascus rejected the offer .", "2019-01-01", "Damascus", "SYRGOV", "Syrian government", "alias"},
		{"moscow", "Moscow denied it .", "2019-01-01", "Moscow", "RUSGOV", "Russian government", "alias"},
		{"kremlin", "A spokesman for the Kremlin said so .", "2019-01-01", "Kremlin", "RUSGOV", "Kremlin", "name"},
		{"pentagon", "the Pentagon said two drones were shot down .", "2019-01-01", "Pentagon", "USAMIL", "Pentagon", "name"},
		{"white house", "The White House declined to comment .", "2019-01-01", "White House", "USAGOV", "White House", "name"},
		{"state department", "the State Department issued a warning .", "2019-01-01", "State Department", "USAGOV", "U.S. State Department", "alias"},
		{"isis", "ISIS claimed the bombing .", "2016-01-01", "ISIS", "IMGMUSISI", "Islamic State", "alias"},
		{"isil", "ISIL claimed the bombing .", "2016-01-01", "ISIL", "IMGMUSISI", "Islamic State", "alias"},
		{"daesh", "Daesh claimed the bombing .", "2016-01-01", "Daesh", "IMGMUSISI", "Islamic State", "alias"},
		{"islamic state", "the Islamic State group claimed it .", "2016-01-01", "Islamic State group", "IMGMUSISI", "Islamic State", "alias"},
		{"un", "The UN called for a ceasefire .", "2016-01-01", "UN", "IGOUNO", "United Nations", "alias"},
		{"united nations", "the United Nations called for a ceasefire .", "2016-01-01", "United Nations", "IGOUNO", "United Nations", "name"},
		{"syrian troops", "Syrian troops entered the town .", "2016-01-01", "Syrian troops", "SYRMIL", "", "agent"},
		{"russian warplanes", "Russian warplanes struck the area .", "2016-01-01", "Russian warplanes", "RUSMIL", "", "agent"},
		{"turkish officials", "Turkish officials said the border was closed .", "2016-01-01", "Turkish officials", "TURGOV", "", "agent"},
		{"iraqi police", "Iraqi police arrested two men .", "2016-01-01", "Iraqi police", "IRQCOP", "", "agent"},
		{"kurdish fighters", "Kurdish fighters held the dam .", "2016-01-01", "Kurdish fighters", "KURUAF", "", "agent"},
		{"possessive", "Russia 's army advanced .", "2016-01-01", "Russia 's army", "RUSMIL", "", "agent"},
		{"us troops", "US troops withdrew .", "2016-01-01", "US troops", "USAMIL", "", "agent"},
		{"rebels", "rebels shelled the city .", "2016-01-01", "rebels", "REB", "", "agent"},
		{"opposition", "the opposition rejected the plan .", "2016-01-01", "opposition", "OPP", "", "agent"},
		{"militants", "militants attacked a checkpoint .", "2016-01-01", "militants", "UAF", "", "agent"},
		{"civilians", "six civilians were killed .", "2016-01-01", "civilians", "CVL", "", "agent"},
		{"soldiers", "two soldiers were wounded .", "2016-01-01", "soldiers", "MIL", "", "agent"},
		{"police", "police said .", "2016-01-01", "police", "COP", "", "agent"},
		{"government", "the government said .", "2016-01-01", "government", "GOV", "", "agent"},
		{"country", "Syria rejected it .", "2016-01-01", "Syria", "SYR", "Syria", "name"},
		{"us caps", "the US said .", "2016-01-01", "US", "USA", "United States", "alias"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk := toks(tc.sentence)
			ms := lx.Match(tk, tc.date)
			m := find(ms, tk, tc.phrase)
			if m == nil {
				t.Fatalf("no match %q in %s", tc.phrase, dump(ms, tk))
			}
			if m.Code != tc.code || m.Kind != tc.kind || tc.entity != "" && m.Entry.Name != tc.entity {
				t.Errorf("%q: code %q kind %q entity %q, want %q %q %q", tc.phrase, m.Code, m.Kind, m.Entry.Name, tc.code, tc.kind, tc.entity)
			}
		})
	}
}

func TestMatchSameEntity(t *testing.T) {
	lx := Default()
	var first *Entry
	for _, s := range []string{"ISIS", "ISIL", "Daesh", "Islamic State", "the Islamic State"} {
		ms := lx.Match(toks(s), "")
		if len(ms) != 1 {
			t.Fatalf("%q: %d matches", s, len(ms))
		}
		if first == nil {
			first = ms[0].Entry
		} else if ms[0].Entry != first {
			t.Errorf("%q: entry %q, want the same as ISIS", s, ms[0].Entry.Name)
		}
	}
}

func TestMatchNone(t *testing.T) {
	lx := Default()
	for _, s := range []string{
		"Zorbulon Quexfeld visited Blivetstan on Tuesday .",
		"give us the details .",        // "us" is not the US
		"they roasted a turkey .",      // lower-case "turkey" is not Turkey
		"Us and them .",                // "Us" is not "US"
		"the numbers went up and down", // nothing
	} {
		tk := toks(s)
		for _, m := range lx.Match(tk, "2020-01-01") {
			if m.Kind != "agent" {
				t.Errorf("%q: unexpected %s", s, dump([]Match{m}, tk))
			}
		}
	}
}

func TestCodeAt(t *testing.T) {
	e := &Entry{Codes: []DatedCode{{"SYRGOV", "2000-07-17", "2024-12-08"}, {"SYRELI", "", ""}}}
	for date, want := range map[string]string{"2000-07-17": "SYRGOV", "2024-12-08": "SYRGOV", "2024-12-09": "SYRELI", "1999": "SYRELI", "2015-06": "SYRGOV", "2015-06-01T10:00:00Z": "SYRGOV", "": "SYRELI"} {
		if got := e.CodeAt(date); got != want {
			t.Errorf("CodeAt(%q) = %q, want %q", date, got, want)
		}
	}
	e = &Entry{Codes: []DatedCode{{"USAGOV", "2021-01-20", "2025-01-20"}}}
	if got := e.CodeAt("2026-01-01"); got != "" {
		t.Errorf("after the term: %q, want none", got)
	}
	if got := e.CodeAt(""); got != "USAGOV" {
		t.Errorf("latest: %q", got)
	}
	var nilEntry *Entry
	if nilEntry.CodeAt("") != "" {
		t.Error("nil entry")
	}
}

func TestDefaultLoadTime(t *testing.T) {
	start := time.Now()
	l, err := Load(strings.NewReader(string(embedded)))
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	ents, phr := l.Len()
	t.Logf("load %v, %d entities, %d phrases, %d bytes", d, ents, phr, len(embedded))
	if ents < 1000 {
		t.Errorf("only %d entities", ents)
	}
}

func dump(ms []Match, tk []string) string {
	var b strings.Builder
	for _, m := range ms {
		name := ""
		if m.Entry != nil {
			name = m.Entry.Name
		}
		b.WriteString("[" + strings.Join(tk[m.Start:m.End], " ") + " => " + name + " " + m.Code + " " + m.Kind + "] ")
	}
	return b.String()
}

func TestConcurrent(t *testing.T) {
	tk := toks("Syrian troops and ISIS fighters clashed as Washington watched .")
	done := make(chan int)
	for range 8 {
		go func() {
			done <- len(Default().Match(tk, "2016-01-01"))
		}()
	}
	first := <-done
	for range 7 {
		if n := <-done; n != first {
			t.Errorf("concurrent results differ: %d vs %d", n, first)
		}
	}
}
