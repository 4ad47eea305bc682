package claim

import (
	"math"
	"testing"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		text      string
		phrase    string // the quantity's text
		value     float64
		low, high float64 // checked when not both zero
		qual      string
		kind      string
		unit      string
	}{
		{"Officials counted 200,000 people in the camps.", "200,000 people", 200000, 0, 0, "", KindCount, "people"},
		{"The agency registered 450.000 people last year.", "450.000 people", 450000, 0, 0, "", KindCount, "people"},
		{"The index closed at 96.125 points.", "96.125 points", 96.125, 0, 0, "", KindCount, "point"},
		{"The fund lost 1.5 million dollars.", "1.5 million dollars", 1.5e6, 0, 0, "", KindMoney, "dollar"},
		{"About 12 million people need aid.", "About 12 million people", 12e6, 0, 0, "about", KindCount, "people"},
		{"They brought two hundred blankets.", "two hundred blankets", 200, 0, 0, "", KindCount, "blanket"},
		{"She bought a dozen eggs.", "a dozen eggs", 12, 0, 0, "", KindCount, "egg"},
		{"Dozens of villagers gathered.", "Dozens of villagers", 12, 12, 120, "", KindCount, "villager"},
		{"Hundreds of families left.", "Hundreds of families", 100, 100, 1000, "", KindCount, "family"},
		{"A few hundred workers stayed.", "A few hundred workers", 200, 200, 900, "", KindCount, "worker"},
		{"Hundreds of thousands of residents fled.", "Hundreds of thousands of residents", 1e5, 1e5, 1e6, "", KindCount, "resident"},
		{"Prices rose more than 12% in May.", "more than 12%", 12, 0, 0, "more than", KindPercent, "percentage"},
		{"Turnout was nearly 40 per cent.", "nearly 40 per cent", 40, 0, 0, "nearly", KindPercent, "percentage"},
		{"The bill came to €3.2bn overall.", "€3.2bn", 3.2e9, 0, 0, "", KindMoney, "euro"},
		{"He paid US$58.24 per barrel.", "US$58.24 per barrel", 58.24, 0, 0, "", KindMoney, "dollar per barrel"},
		{"The loan was worth 7.5 million Danish crowns.", "7.5 million Danish crowns", 7.5e6, 0, 0, "", KindMoney, "danish krone"},
		{"Up to 300 marines landed.", "Up to 300 marines", 300, 0, 0, "up to", KindCount, "marine"},
		{"At least 16 civilians died.", "At least 16 civilians", 16, 0, 0, "at least", KindCount, "civilian"},
		{"Between 5 and 10 km away.", "5 and 10 km", 7.5, 5, 10, "", KindMeasure, "kilometre"},
		{"Fines of $3 billion to $5 billion are possible.", "$3 billion to $5 billion", 4e9, 3e9, 5e9, "", KindMoney, "dollar"},
		{"Between 1 to 2 thousand people came.", "1 to 2 thousand people", 1500, 1000, 2000, "", KindCount, "people"},
		{"It fell to minus 20 degrees Celsius.", "20 degrees Celsius", -20, 0, 0, "", KindMeasure, "celsius"},
		{"A 30-year-old man was held.", "30-year-old", 30, 0, 0, "", KindAge, "year of age"},
		{"It took three or four years.", "three or four years", 3.5, 3, 4, "", KindDuration, "year"},
		{"Shares gained 1.38pc on Friday.", "1.38pc", 1.38, 0, 0, "", KindPercent, "percentage"},
		{"The town had 4.3M visitors.", "4.3M visitors", 4.3e6, 0, 0, "", KindCount, "visitor"},
		{"Nearly two-thirds of voters agreed.", "Nearly two-thirds", 2.0 / 3, 0, 0, "nearly", KindBare, ""},
		{"Add 1/16 of a cup.", "1/16", 0.0625, 0, 0, "", KindBare, ""},
		{"One out of three pupils walks.", "One out of three pupils", 1.0 / 3, 0, 0, "", KindCount, "pupil"},
		{"Temperatures hit minus-5 degrees.", "minus-5 degrees", -5, 0, 0, "", KindMeasure, "degree"},
		{"He bought it for £1,000 cash.", "£1,000", 1000, 0, 0, "", KindMoney, "pound sterling"},
		{"The score was 2-0 at half time.", "2-0", 1, 0, 2, "", KindBare, ""},
		{"They lost millions of dollars.", "millions of dollars", 1e6, 1e6, 1e7, "", KindMoney, "dollar"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qs := Numbers(tt.text)
			rs := []rune(tt.text)
			for _, q := range qs {
				if string(rs[q.Start:q.End]) != tt.phrase && string(rs[q.NumStart:q.End]) != tt.phrase {
					continue
				}
				if !near(q.Value, tt.value) || q.Qualifier != tt.qual || q.Kind != tt.kind || q.Unit != tt.unit {
					t.Errorf("got value %g qual %q kind %q unit %q; want %g %q %q %q", q.Value, q.Qualifier, q.Kind, q.Unit, tt.value, tt.qual, tt.kind, tt.unit)
				}
				if (tt.low != 0 || tt.high != 0) && (!near(q.Low, tt.low) || !near(q.High, tt.high)) {
					t.Errorf("got bounds %g..%g, want %g..%g", q.Low, q.High, tt.low, tt.high)
				}
				return
			}
			var got []string
			for _, q := range qs {
				got = append(got, string(rs[q.Start:q.End]))
			}
			t.Errorf("no quantity %q; got %q", tt.phrase, got)
		})
	}
}

func TestNumbersChange(t *testing.T) {
	qs := Numbers("Shares rose 5% to $20 and then fell by 3 points.")
	want := []string{"up", "", "down"}
	if len(qs) != len(want) {
		t.Fatalf("got %d quantities", len(qs))
	}
	for i, q := range qs {
		if q.Change != want[i] {
			t.Errorf("quantity %d: change %q, want %q", i, q.Change, want[i])
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// TestNotNumbers lists numbers that are not quantities.
func TestNotNumbers(t *testing.T) {
	for _, text := range []string{
		"The war began in 2011.",
		"The talks opened on March 29 in Geneva.",
		"They met on 8 September.",
		"The meeting starts at 10:30 a.m.",
		"He scored in the 96th minute.",
		"She bought the new iPhone 11 yesterday.",
		"The XC40 and the F-150 sold well.",
		"The COVID-19 wave passed.",
		"Call 555-123-4567 today.",
		"The date was 4/7/17.",
		"It happened in the 1990s.",
		"The mid-2019 figures were late.",
		"He lives at 575 Elmwood Road.",
	} {
		if qs := Numbers(text); len(qs) != 0 {
			rs := []rune(text)
			t.Errorf("%q: got %q", text, string(rs[qs[0].Start:qs[0].End]))
		}
	}
}

func TestNumbersTooLarge(t *testing.T) {
	if qs := Numbers("Reports said 1e30 people were killed."); len(qs) != 0 {
		t.Errorf("got %v", qs)
	}
	if qs := Numbers("It cost 99999999999999999999999999999999 dollars."); len(qs) != 0 {
		t.Errorf("got %v", qs)
	}
}

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		raw  string
		want float64
		ok   bool
	}{
		{"200,000", 200000, true},
		{"1,234.5", 1234.5, true},
		{"1.234,5", 1234.5, true},
		{"1.234.567", 1234567, true},
		{"3,5", 3.5, true},
		{"1.2.3", 0, false},
		{"1e3", 1000, true},
	}
	for _, tt := range tests {
		got, _, ok := parseNumeral(tt.raw, false)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("parseNumeral(%q) = %g, %v; want %g, %v", tt.raw, got, ok, tt.want, tt.ok)
		}
	}
}
