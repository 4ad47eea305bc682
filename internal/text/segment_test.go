package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

func spanTexts(s string, spans []doc.Span) []string {
	r := []rune(s)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = string(r[sp[0]:sp[1]])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Troops moved in. Residents fled!  Was it over? Nobody knew.",
			[]string{"Troops moved in.", "Residents fled!", "Was it over?", "Nobody knew."}},
		{"empty", "", nil},
		{"blank", " \n\t \n", nil},
		{"no terminal", "  a ceasefire without end  ", []string{"a ceasefire without end"}},
		{"double punctuation", "Really?! They agreed?? Yes!! The deal held.",
			[]string{"Really?!", "They agreed??", "Yes!!", "The deal held."}},

		// Abbreviations.
		{"titles", "Gen. Karim Haddad met Lt. Col. Ruth Baker, Sgt. Maj. Ito and Dr. Lena Voss. Mrs. Voss, Ms. Hill and Mr. Cole left.",
			[]string{"Gen. Karim Haddad met Lt. Col. Ruth Baker, Sgt. Maj. Ito and Dr. Lena Voss.", "Mrs. Voss, Ms. Hill and Mr. Cole left."}},
		{"politicians", "Sen. Ray Ortiz and Rep. Dana Kim wrote to Gov. Ellis and Prof. Moreau. They got no reply.",
			[]string{"Sen. Ray Ortiz and Rep. Dana Kim wrote to Gov. Ellis and Prof. Moreau.", "They got no reply."}},
		{"U.S. not boundary", "U.S. forces and U.N. monitors reached the U.K. embassy in the U.S. capital.",
			[]string{"U.S. forces and U.N. monitors reached the U.K. embassy in the U.S. capital."}},
		{"U.S. boundary", "She grew up in the U.S. She moved to Paris in 2001.",
			[]string{"She grew up in the U.S.", "She moved to Paris in 2001."}},
		{"U.S. before proper noun", "He met the U.S. Ambassador on Friday.",
			[]string{"He met the U.S. Ambassador on Friday."}},
		{"months", "The talks opened on Jan. 4 and closed on Sept. 30, 2016. Another round began in Feb. The envoys came back.",
			[]string{"The talks opened on Jan. 4 and closed on Sept. 30, 2016.", "Another round began in Feb.", "The envoys came back."}},
		{"am pm", "The strike hit at 4 a.m. Monday and again at 9 p.m. It was the third in a week.",
			[]string{"The strike hit at 4 a.m. Monday and again at 9 p.m.", "It was the third in a week."}},
		{"e.g. i.e. etc. vs.", "Several groups, e.g. Hamas and Hezbollah, i.e. Iran's allies, were named. Talks on trade, energy, etc. stalled. The match was Iraq vs. Iran.",
			[]string{"Several groups, e.g. Hamas and Hezbollah, i.e. Iran's allies, were named.", "Talks on trade, energy, etc. stalled.", "The match was Iraq vs. Iran."}},
		{"etc. at end", "They brought rice, oil, etc. The trucks left at dawn.",
			[]string{"They brought rice, oil, etc.", "The trucks left at dawn."}},
		{"No. St. Mt.", "Resolution No. 2254 was read at St. Paul's and on Mt. Hermon. No. The vote failed.",
			[]string{"Resolution No. 2254 was read at St. Paul's and on Mt. Hermon.", "No.", "The vote failed."}},
		{"companies", "Shares of Nord Oil Inc. fell. Orion Corp. and Delta Ltd. rose, as did Baxter & Co. It was a busy day.",
			[]string{"Shares of Nord Oil Inc. fell.", "Orion Corp. and Delta Ltd. rose, as did Baxter & Co.", "It was a busy day."}},
		{"initials", "J. R. R. Tolkien and George W. Bush never met. H. G. Wells did not either.",
			[]string{"J. R. R. Tolkien and George W. Bush never met.", "H. G. Wells did not either."}},
		{"pronoun I", "The choice was mine and I. Then Peter I. Volkov spoke.",
			[]string{"The choice was mine and I.", "Then Peter I. Volkov spoke."}},
		{"state abbreviation in parens", "Rep. Jo Lane (D-Calif.) voted no. She said why.",
			[]string{"Rep. Jo Lane (D-Calif.) voted no.", "She said why."}},

		{"state after city", "The rally was in Springfield, Ill. Organisers counted 3,000 people. Polls show N.J. Gov. Ann Ray ahead.",
			[]string{"The rally was in Springfield, Ill.", "Organisers counted 3,000 people.", "Polls show N.J. Gov. Ann Ray ahead."}},
		{"state before title", "She lives in Washington, D.C. Mayor Hale thanked her.",
			[]string{"She lives in Washington, D.C. Mayor Hale thanked her."}},
		{"attribution after question", "“Who will rebuild our homes?” Fatima al-Khatib asked. “Nobody!” The crowd answered.",
			[]string{"“Who will rebuild our homes?” Fatima al-Khatib asked.", "“Nobody!”", "The crowd answered."}},
		{"footnotes", "The treaty was signed in 1923.[4] It lasted a decade. [5] [6] Then war came.",
			[]string{"The treaty was signed in 1923.[4]", "It lasted a decade. [5] [6]", "Then war came."}},

		// Numbers.
		{"decimals and thousands", "Prices rose 3.5 percent as 450.000 people and 1,200 soldiers waited. Inflation hit 12.5. The bank acted.",
			[]string{"Prices rose 3.5 percent as 450.000 people and 1,200 soldiers waited.", "Inflation hit 12.5.", "The bank acted."}},
		{"money", "The fund holds $2.5 billion. It grew by $300.00. Donors paid.",
			[]string{"The fund holds $2.5 billion.", "It grew by $300.00.", "Donors paid."}},
		{"number after period", "The war began in 2011. 2015 was its deadliest year.",
			[]string{"The war began in 2011.", "2015 was its deadliest year."}},

		// Lists.
		{"numbered list", "1. Withdraw troops. 2. Free prisoners. 3. Hold elections.",
			[]string{"1. Withdraw troops.", "2. Free prisoners.", "3. Hold elections."}},
		{"numbered list no periods", "1. Withdraw troops 2. Free prisoners 3. Hold elections",
			[]string{"1. Withdraw troops", "2. Free prisoners", "3. Hold elections"}},
		{"letter list", "a. Open the corridor b. Let the convoys in",
			[]string{"a. Open the corridor", "b. Let the convoys in"}},
		{"paren list", "1) Ceasefire 2) Aid access",
			[]string{"1) Ceasefire", "2) Aid access"}},
		{"bullets", "• Five killed in Homs • Talks resume ▪ Border shut",
			[]string{"• Five killed in Homs", "• Talks resume", "▪ Border shut"}},
		{"line list", "The demands:\n- a ceasefire\n- prisoner swaps\n1. First\n2. Second",
			[]string{"The demands:", "- a ceasefire", "- prisoner swaps", "1. First", "2. Second"}},

		// URLs and e-mail.
		{"url", "Read it at https://news.example.org/2015/01/report.html. Comments go to desk@example.com. Thanks.",
			[]string{"Read it at https://news.example.org/2015/01/report.html.", "Comments go to desk@example.com.", "Thanks."}},
		{"www", "See www.example.org/a?b=1 for details. More later.",
			[]string{"See www.example.org/a?b=1 for details.", "More later."}},

		// Quotes and parentheses.
		{"quote closes sentence", `He said "we will fight." Then he left.`,
			[]string{`He said "we will fight."`, "Then he left."}},
		{"curly quote closes sentence", "“We will not leave.” The crowd cheered.",
			[]string{"“We will not leave.”", "The crowd cheered."}},
		{"quote then attribution", "“Where is my son?” she asked. 'Nobody knows.' he said.",
			[]string{"“Where is my son?” she asked.", "'Nobody knows.' he said."}},
		{"quote over sentences", "“We have no water. We have no bread,” the mayor said.",
			[]string{"“We have no water.", "We have no bread,” the mayor said."}},
		{"quote over paragraphs", "“The shelling never stops.\n\n“We sleep in the basement,” she said.",
			[]string{"“The shelling never stops.", "“We sleep in the basement,” she said."}},
		{"parenthetical", "The town (population 20,000.) fell at dawn. The army (it said. Nobody else did.) claimed it.",
			[]string{"The town (population 20,000.) fell at dawn.", "The army (it said. Nobody else did.) claimed it."}},
		{"parenthetical sentence", "He resigned. (He had been ill.) A successor was named.",
			[]string{"He resigned.", "(He had been ill.)", "A successor was named."}},
		{"brand with bang", "She works at Yahoo! in London.", []string{"She works at Yahoo! in London."}},

		// Ellipses.
		{"ellipsis mid", "He paused ... and then … went on. They waited...nothing came.",
			[]string{"He paused ... and then … went on.", "They waited...nothing came."}},
		{"ellipsis end", "The line went dead... The next call came at noon. It ended… Then silence.",
			[]string{"The line went dead...", "The next call came at noon.", "It ended…", "Then silence."}},
		{"bracket ellipsis", "\"The army [...] will protect [...]\" (Decree 5). Next.",
			[]string{"\"The army [...] will protect [...]\" (Decree 5).", "Next."}},
		{"glued ellipsis", "It all goes to the top...There is no more.", []string{"It all goes to the top...", "There is no more."}},
		{"spaced ellipsis", "It was . . . strange. It ended here. . . . Then nothing.",
			[]string{"It was . . . strange.", "It ended here.", ". . . Then nothing."}},

		// Datelines and headlines.
		{"dateline reuters", "DAMASCUS (Reuters) - The army said it took the hill. Rebels denied it.",
			[]string{"DAMASCUS (Reuters) - The army said it took the hill.", "Rebels denied it."}},
		{"dateline ap", "BEIRUT, Lebanon (AP) — Protesters filled the square. Police watched.",
			[]string{"BEIRUT, Lebanon (AP) — Protesters filled the square.", "Police watched."}},
		{"dateline with date", "GENEVA, Feb. 12 (Example Wire) - Talks resumed.",
			[]string{"GENEVA, Feb. 12 (Example Wire) - Talks resumed."}},
		{"dateline with state", "WASHINGTON, D.C. (AP) - Lawmakers met.",
			[]string{"WASHINGTON, D.C. (AP) - Lawmakers met."}},
		{"agency only", "REUTERS - Oil prices fell.", []string{"REUTERS - Oil prices fell."}},
		{"headline then dateline", "Army retakes hilltop town\nKARAK (Reuters) - The army retook the town on Sunday.",
			[]string{"Army retakes hilltop town", "KARAK (Reuters) - The army retook the town on Sunday."}},
		{"title case headline", "Rebels Say They Shot Down Army Helicopter Near Hama\nOpposition fighters said on Monday they had downed a helicopter.",
			[]string{"Rebels Say They Shot Down Army Helicopter Near Hama", "Opposition fighters said on Monday they had downed a helicopter."}},
		{"quotation lines", "“We want peace and bread for every family in this city” ― Amal Haddad\n“Bread first” ― Yusuf Aziz",
			[]string{"“We want peace and bread for every family in this city” ― Amal Haddad", "“Bread first” ― Yusuf Aziz"}},
		{"byline", "By Maria Costa\nThe convoy left at dawn.",
			[]string{"By Maria Costa", "The convoy left at dawn."}},

		// Line breaks.
		{"paragraph break", "No terminal here\n\nand a new paragraph", []string{"No terminal here", "and a new paragraph"}},
		{"crlf paragraph", "First part\r\n\r\nSecond part.", []string{"First part", "Second part."}},
		{"wrapped", "The monitoring group said that at least\nforty people were killed in the strikes on\nthe eastern suburbs of the capital on Tuesday.",
			[]string{"The monitoring group said that at least\nforty people were killed in the strikes on\nthe eastern suburbs of the capital on Tuesday."}},
		{"wrapped before name", "The statement was issued on Monday by the\nSyrian Observatory for Human Rights, a monitoring group\nbased in Britain.",
			[]string{"The statement was issued on Monday by the\nSyrian Observatory for Human Rights, a monitoring group\nbased in Britain."}},
		{"pdf wrap", "The report was\ncut in two.", []string{"The report was\ncut in two."}},
		{"trailing space wrap", "It was a quiet \nday in the city.", []string{"It was a quiet \nday in the city."}},
		{"unicode spaces", "Aid\u00a0arrived.\u2003More\u202fcame.", []string{"Aid\u00a0arrived.", "More\u202fcame."}},
		{"glued sentences", "The vote passed.The opposition walked out.", []string{"The vote passed.", "The opposition walked out."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := spanTexts(tc.in, Sentences(tc.in))
			if !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("Sentences(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
			sents, _ := Segment(tc.in)
			if got2 := spanTexts(tc.in, sents); !slices.Equal(got, got2) {
				t.Errorf("Segment and Sentences differ: %q vs %q", got2, got)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by '|'
	}{
		{"The U.S.-led coalition struck.", "The|U.S.-led|coalition|struck|."},
		{"Gen. Haddad and Lt. Col. Baker met at 5 p.m.", "Gen.|Haddad|and|Lt.|Col.|Baker|met|at|5|p.m."},
		{"She lives in the U.S. He does not.", "She|lives|in|the|U.S.|He|does|not|."},
		{"3.5 450.000 1,200 2015-01-26 10:30 $12.50 45%", "3.5|450.000|1,200|2015-01-26|10:30|$|12.50|45|%"},
		{"Assad's men don't retreat; they're O'Brien's.", "Assad|'s|men|do|n't|retreat|;|they|'re|O'Brien|'s|."},
		{"Assad’s men can’t stay.", "Assad|’s|men|ca|n’t|stay|."},
		{"Sa'd and Ba'ath stay whole; I'm not.", "Sa'd|and|Ba'ath|stay|whole|;|I|'m|not|."},
		{"the rebels' base", "the|rebels|'|base"},
		{"Mail desk@example.com or see https://example.org/x_(y).", "Mail|desk@example.com|or|see|https://example.org/x_(y)|."},
		{"well-known al-Assad state-run", "well-known|al-Assad|state-run"},
		{"Wait... what?! No -- never…", "Wait|...|what|?!|No|--|never|…"},
		{"“Go,” he said — and left.", "“|Go|,|”|he|said|—|and|left|."},
		{"AT&T and S&P, and/or 24/7.", "AT&T|and|S&P|,|and/or|24/7|."},
		{"Jr.'s book", "Jr.|'s|book"},
		{"e.g. i.e. etc. vs.", "e.g.|i.e.|etc.|vs."},
		{"you and I. Then", "you|and|I|.|Then"},
		{"N° 5 at 45°C", "N°|5|at|45°C"},
	}
	for _, tc := range tests {
		_, toks := Segment(tc.in)
		got := strings.Join(spanTexts(tc.in, toks), "|")
		if got != tc.want {
			t.Errorf("tokens of %q\n got  %s\n want %s", tc.in, got, tc.want)
		}
	}
}

// TestOffsets checks that spans are code points, not bytes.
func TestOffsets(t *testing.T) {
	s := "Le café « Assad » ferme. Abu Muhammad al-Jawlani’s group – called Nusra – said: “We’ll stay.” Mr. Nuñez left. قال الجيش إنه تقدم. Ende."
	sents, toks := Segment(s)
	wantSents := []string{
		"Le café « Assad » ferme.",
		"Abu Muhammad al-Jawlani’s group – called Nusra – said: “We’ll stay.”",
		"Mr. Nuñez left.",
		"قال الجيش إنه تقدم.",
		"Ende.",
	}
	if got := spanTexts(s, sents); !slices.Equal(got, wantSents) {
		t.Errorf("sentences\n got  %q\n want %q", got, wantSents)
	}
	got := spanTexts(s, toks)
	for _, w := range []string{"café", "«", "»", "al-Jawlani", "’s", "–", "“", "We", "’ll", "”", "Mr.", "Nuñez", "قال", "تقدم"} {
		if !slices.Contains(got, w) {
			t.Errorf("token %q missing from %q", w, got)
		}
	}
	// The span of "Nuñez" in code points.
	r := []rune(s)
	idx := strings.Index(s, "Nuñez")
	start := utf8.RuneCountInString(s[:idx])
	found := false
	for _, sp := range toks {
		if sp[0] == start {
			found = true
			if string(r[sp[0]:sp[1]]) != "Nuñez" || sp[1]-sp[0] != 5 {
				t.Errorf("span %v is %q", sp, string(r[sp[0]:sp[1]]))
			}
		}
	}
	if !found {
		t.Errorf("no token starts at code point %d", start)
	}
	checkInvariants(t, s)
}

func TestInvariantsOnBench(t *testing.T) {
	checkInvariants(t, wire)
	checkInvariants(t, "\xff\xfe bad \xe2\x80 bytes. Then \u200b text\ufeff.")
}

// checkInvariants verifies the contract of Segment on s.
func checkInvariants(t testing.TB, s string) {
	t.Helper()
	sents, toks := Segment(s)
	n := utf8.RuneCountInString(s)
	r := []rune(s)
	if len(r) != n {
		t.Fatalf("rune count mismatch")
	}
	check := func(what string, spans []doc.Span) {
		prev := 0
		for i, sp := range spans {
			if sp[0] < prev || sp[0] >= sp[1] || sp[1] > n {
				t.Fatalf("%s %d: bad span %v (prev end %d, len %d) in %q", what, i, sp, prev, n, s)
			}
			if unicode.IsSpace(r[sp[0]]) || unicode.IsSpace(r[sp[1]-1]) {
				t.Fatalf("%s %d: span %v %q not trimmed", what, i, sp, string(r[sp[0]:sp[1]]))
			}
			prev = sp[1]
		}
	}
	check("sentence", sents)
	check("token", toks)
	// Every non-space rune is in a token; tokens hold no white space.
	covered := make([]bool, n)
	for _, sp := range toks {
		for k := sp[0]; k < sp[1]; k++ {
			covered[k] = true
			if unicode.IsSpace(r[k]) {
				t.Fatalf("token %v %q holds white space", sp, string(r[sp[0]:sp[1]]))
			}
		}
	}
	for k, c := range covered {
		if !c && !unicode.IsSpace(r[k]) {
			t.Fatalf("rune %d %q not in any token of %q", k, r[k], s)
		}
	}
	// Every token is inside exactly one sentence.
	j := 0
	for _, tk := range toks {
		for j < len(sents) && sents[j][1] <= tk[0] {
			j++
		}
		if j == len(sents) || tk[0] < sents[j][0] || tk[1] > sents[j][1] {
			t.Fatalf("token %v not inside a sentence (%v)", tk, sents)
		}
	}
	// Sentences() agrees with Segment().
	if s2 := Sentences(s); !slices.Equal(s2, sents) {
		t.Fatalf("Sentences %v != Segment %v", s2, sents)
	}
}

var fuzzSeeds = []string{
	"",
	" ",
	"Hello World. My name is Jonas.",
	"DAMASCUS (Reuters) - The army said on Monday it took the town.",
	"He lives in the U.S. He works for the U.S. Army.",
	"“We will fight.” Then he left… (He said so.) 'Yes.'",
	"1. One 2. Two • three ⁃4. four a. five b. six",
	"Headline here\nBEIRUT (AP) — Text.\n\nNext para . . . . Then. . . . End [...] x...y",
	"https://example.org/a_(b). mail@x.org. www.x.y",
	"don't can't Assad's they're I'm ’s n't '90s O'Brien Jr.'s U.S.-led",
	"3.5 450.000 1,200 2015-01-26 10:30 $12.50 N°. 1026.253.553. That",
	"\r\n\r\n\t\u00a0\u2028\u2029\u0085 x",
	"\xff\xfe\xe2\x80 x.\u200b\ufeff",
	"a.b.c.d. e.g., i.e. Mr.Smith end.The ...... !!!??? ---",
	"(((((( )))))) \"\"\"'''",
	"قال الجيش. 中文。 Ελληνικά. Ünïcödé.",
}

func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s)
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Normalize(s)
		if a, b := utf8.RuneCountInString(s), utf8.RuneCountInString(out); a != b {
			t.Fatalf("rune count %d -> %d for %q", a, b, s)
		}
		rin, rout := []rune(s), []rune(out)
		for i := range rin {
			if Fold(rin[i]) != rout[i] {
				t.Fatalf("rune %d: Fold(%q)=%q, Normalize gave %q", i, rin[i], Fold(rin[i]), rout[i])
			}
		}
		if Normalize(out) != out {
			t.Fatalf("Normalize not idempotent on %q", s)
		}
	})
}

func ExampleSegment() {
	s := "DAMASCUS (Reuters) - U.S.-led jets struck at 5 p.m. The army said “no.”"
	sents, toks := Segment(s)
	r := []rune(s)
	for _, sp := range sents {
		fmt.Println(string(r[sp[0]:sp[1]]))
	}
	fmt.Println(len(toks), "tokens")
	// Output:
	// DAMASCUS (Reuters) - U.S.-led jets struck at 5 p.m.
	// The army said “no.”
	// 18 tokens
}
