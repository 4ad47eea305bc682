package quote

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/entity"
	"github.com/sitrep/sitrep/internal/text"
)

// build makes a document the way the pipeline does.
func build(t testing.TB, s string) *doc.Document {
	t.Helper()
	d := doc.New()
	d.Text = s
	d.Sentences, d.Tokens = text.Segment(s)
	entity.Annotate(d, entity.Default())
	coref.Resolve(d)
	return d
}

// want is one expected quote; an empty speaker or cue means nil.
type want struct {
	text, speaker, cue string
	direct             bool
}

func show(qs []doc.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n  {" + `"` + q.Text + `", "` + doc.Deref(q.SpeakerName) + `", "` + doc.Deref(q.Cue) + `", `)
		if q.Direct {
			b.WriteString("true},")
		} else {
			b.WriteString("false},")
		}
	}
	return b.String()
}

func TestAnnotate(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"curly quote, pronoun speaker",
			"Bashar al-Assad spoke on Monday. “We will not leave,” he said.",
			[]want{{"We will not leave", "Bashar al-Assad", "said", true}}},
		{"straight quote, inverted cue",
			`"The talks have failed," said John Kerry.`,
			[]want{{"The talks have failed", "John Kerry", "said", true}}},
		{"single curly quotes",
			"‘We are ready for anything,’ the minister said.",
			[]want{{"We are ready for anything", "the minister", "said", true}}},
		{"guillemets",
			"« We will stay in the city », said Vladimir Putin.",
			[]want{{"We will stay in the city", "Vladimir Putin", "said", true}}},
		{"quote split by its cue",
			`"The format we can discuss later," Bashar al-Assad said, "but the principle is settled."`,
			[]want{{"The format we can discuss later", "Bashar al-Assad", "said", true}, {"but the principle is settled.", "Bashar al-Assad", "said", true}}},
		{"quote continued over a paragraph",
			"Barack Obama spoke to reporters on Friday.\n\n“We have done a lot,” Obama said. “The work is not finished.\n\n“And we will do more next year.”",
			[]want{{"We have done a lot", "Barack Obama", "said", true}, {"The work is not finished.", "Barack Obama", "", true}, {"And we will do more next year.", "Barack Obama", "", true}}},
		{"partial quotes in reported speech",
			`Vladimir Putin described the protesters as "puppets" that were "paid from the outside".`,
			[]want{
				{`the protesters as "puppets" that were "paid from the outside"`, "Vladimir Putin", "described", false},
				{"puppets", "Vladimir Putin", "described", true},
				{"paid from the outside", "Vladimir Putin", "", true},
			}},
		{"scare quotes and titles are not speech",
			`The so-called "moderate" rebels took the town. The senator appeared on "Face the Nation" last week.`,
			nil},
		{"told with a colon",
			`John Kerry told reporters: "We are very close to a deal."`,
			[]want{{"We are very close to a deal.", "John Kerry", "told", true}}},
		{"colon cue",
			"John Kerry: \"We will not give up on this.\"",
			[]want{{"We will not give up on this.", "John Kerry", ":", true}}},
		{"paragraph without cue continues the speaker",
			"Bashar al-Assad gave an interview on Sunday. \"We will win this war,\" he said.\n\n\"The terrorists will be defeated everywhere.\"",
			[]want{{"We will win this war", "Bashar al-Assad", "said", true}, {"The terrorists will be defeated everywhere.", "Bashar al-Assad", "", true}}},
		{"typo in the cue",
			`"We will win this war," said Assad said.`,
			[]want{{"We will win this war", "Bashar al-Assad", "said", true}}},
		{"speaker that is not an entity",
			`"There is no comment at this time," a spokesman said.`,
			[]want{{"There is no comment at this time", "a spokesman", "said", true}}},
		{"according to before a direct quote",
			`According to John Kerry, "the ceasefire is holding in most places."`,
			[]want{{"the ceasefire is holding in most places.", "John Kerry", "according to", true}}},
		{"nested single quotes stay inside",
			"“They call it ‘a temporary measure’ but nobody believes that,” said John Kerry.",
			[]want{{"They call it ‘a temporary measure’ but nobody believes that", "John Kerry", "said", true}}},
		{"wrong-way opening mark at a paragraph start",
			"John Kerry spoke in Geneva.\n\n”We are not there yet,” he said.",
			[]want{{"We are not there yet", "John Kerry", "said", true}}},
		{"dash byline after a quote",
			"“Nobody listens to us anymore.” ― Maria Lopez\n\nThe survey closed on Friday.",
			[]want{{"Nobody listens to us anymore.", "Maria Lopez", "―", true}}},
		{"ASCII double apostrophes",
			"''This is not tax reform,'' said John Kerry.",
			[]want{{"This is not tax reform", "John Kerry", "said", true}}},
		{"speaker phrase with a prepositional phrase",
			`"We have seen real progress," a spokesman for the coalition said, asking not to be named.`,
			[]want{{"We have seen real progress", "a spokesman for the coalition", "said", true}}},
		{"told with a place before the colon",
			`John Kerry told reporters in Geneva: "We are very close to a deal."`,
			[]want{{"We are very close to a deal.", "John Kerry", "told", true}}},
		{"Title Case names are not speech",
			`He said on "Meet the Press" that the talks had failed.`,
			[]want{{"the talks had failed", "", "said", false}}},
		{"reported speech with said",
			"Bashar al-Assad said Washington should stop arming the rebels.",
			[]want{{"Washington should stop arming the rebels", "Bashar al-Assad", "said", false}}},
		{"reported speech with says",
			"The United Nations says 200,000 people have been killed.",
			[]want{{"200,000 people have been killed", "United Nations", "says", false}}},
		{"reported speech, cue at the end",
			"The strikes will continue, the Pentagon said.",
			[]want{{"The strikes will continue", "Pentagon", "said", false}}},
		{"reported speech after an appositive",
			"Phil Lovas, the state chairman, said the campaign would open two new offices.",
			[]want{{"the campaign would open two new offices", "Phil Lovas", "said", false}}},
		{"reported speech around its cue",
			"John Kerry arrived on Sunday. The talks in Geneva, he said, would resume next Monday.",
			[]want{{"The talks in Geneva", "John Kerry", "said", false}, {"would resume next Monday", "John Kerry", "said", false}}},
		{"according to",
			"According to the United Nations, 200,000 people have been killed.",
			[]want{{"200,000 people have been killed", "United Nations", "according to", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, tt.text)
			Annotate(d)
			if d.Quotes == nil {
				t.Fatal("Quotes is nil")
			}
			if len(d.Quotes) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:%s", len(d.Quotes), len(tt.want), show(d.Quotes))
			}
			rs := []rune(d.Text)
			for i, w := range tt.want {
				q := d.Quotes[i]
				if q.Text != w.text || q.Direct != w.direct || doc.Deref(q.SpeakerName) != w.speaker || doc.Deref(q.Cue) != w.cue {
					t.Errorf("quote %d: got%s\nwant %+v", i, show(d.Quotes[i:i+1]), w)
				}
				if string(rs[q.Start:q.End]) != q.Text {
					t.Errorf("quote %d: span [%d,%d) is %q, text %q", i, q.Start, q.End, string(rs[q.Start:q.End]), q.Text)
				}
				if (q.Speaker == nil) != (q.SpeakerName == nil || !hasEntity(d, *q.SpeakerName)) {
					t.Errorf("quote %d: speaker id %v for name %v", i, doc.Deref(q.Speaker), doc.Deref(q.SpeakerName))
				}
			}
		})
	}
}

func hasEntity(d *doc.Document, name string) bool {
	for _, e := range d.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}

func TestUnbalancedWarns(t *testing.T) {
	tests := []struct {
		name, text string
		warn       bool
	}{
		{"balanced", `"We are ready," he said. She said "no" twice.`, false},
		{"unclosed at paragraph end", "He said \"this will never end.\n\nAnother paragraph without marks follows here.", true},
		{"stray closing marks", "The word” appears” here and there” with no opening marks.", true},
		{"apostrophes only", "The voters’ choice isn’t Clinton’s or Trump’s problem.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, tt.text)
			Annotate(d)
			if got := len(d.Warnings) > 0; got != tt.warn {
				t.Errorf("warnings %q, want a warning: %v", d.Warnings, tt.warn)
			}
			for _, q := range d.Quotes {
				if q.Start < 0 || q.End > len([]rune(d.Text)) || q.Start >= q.End {
					t.Errorf("bad span %+v", q)
				}
			}
		})
	}
}

func TestOtherLanguage(t *testing.T) {
	d := doc.New()
	d.Language = "fr"
	d.Text = "« Nous ne partirons pas », a déclaré le ministre. Il said que rien ne change."
	d.Sentences, d.Tokens = text.Segment(d.Text)
	Annotate(d)
	if len(d.Quotes) != 1 || !d.Quotes[0].Direct || d.Quotes[0].Text != "Nous ne partirons pas" {
		t.Errorf("got%s\nwant only the direct quote", show(d.Quotes))
	}
}

func TestEmpty(t *testing.T) {
	d := doc.New()
	Annotate(d)
	if d.Quotes == nil || len(d.Quotes) != 0 {
		t.Errorf("got %v, want an empty non-nil slice", d.Quotes)
	}
}

func TestTokensNotMatchingText(t *testing.T) {
	d := doc.New()
	d.Text = `"Short," he said.`
	d.Tokens = []doc.Span{{0, 1}, {1, 40}}
	Annotate(d)
	if len(d.Quotes) != 0 || len(d.Warnings) != 1 {
		t.Errorf("quotes %v warnings %q, want none and one warning", d.Quotes, d.Warnings)
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		`"A," he said, "B."`,
		"“Open\n\n“Still open",
		"'' '' `` '' ” “ « » ‘ ’ ' \"",
		"According to ,",
		"said said said \"",
		"Smith: \"\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New()
		d.Text = s
		d.Sentences, d.Tokens = text.Segment(s)
		// A fake entity over the first token exercises speaker lookup
		// without loading the models.
		if len(d.Tokens) > 0 {
			d.Entities = []doc.Entity{{ID: "e1", Name: "X", Type: "person",
				Mentions: []doc.Mention{{Start: d.Tokens[0][0], End: d.Tokens[0][1], Kind: "name"}}}}
		}
		Annotate(d)
		n := len([]rune(s))
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > n || q.Start >= q.End {
				t.Fatalf("bad span %d %d in %q", q.Start, q.End, s)
			}
		}
	})
}

// article is an invented wire story of about 700 words with every kind of
// quote the annotator handles.
func article() string {
	paras := []string{
		"Bashar al-Assad said on Monday that his government would not negotiate with armed groups, as fighting continued around Aleppo.",
		"“The format we can discuss later,” he said in an interview with state television, “but the principle is not open to debate.”",
		"The United Nations says 200,000 people have been killed since the conflict began, and that millions more have fled to neighbouring countries.",
		"“We are deeply concerned about the humanitarian situation,” said Ban Ki-moon, the secretary-general. “Civilians are paying the price.",
		"“There is no military solution to this conflict.”",
		"John Kerry told reporters in Geneva: \"We are very close to an agreement on a ceasefire, but there is still work to do.\"",
		"Russian officials described the opposition as \"terrorists\" who were \"paid from the outside\", according to the state news agency.",
		"The Pentagon said the strikes would continue until the militants were defeated. A spokesman said the campaign had destroyed dozens of targets.",
		"\"We have seen real progress on the ground,\" a spokesman for the coalition said. \"The so-called \"caliphate\" is shrinking every week.\"",
		"According to the Syrian Observatory for Human Rights, at least 45 people were killed in the latest air strikes on the city.",
		"Assad said Washington should stop arming the rebels and work with Damascus against terrorism.",
		"Aid groups warned that food and medicine were running out in the besieged districts, and that winter would make matters worse.",
		"“People are eating grass,” one aid worker said, asking not to be named. “Children are dying of hunger and nobody is listening.”",
		"The fighting will continue through the winter, the Pentagon said in a statement late on Tuesday.",
		"Vladimir Putin: \"Russia will continue to support the legitimate government of Syria.\"",
		"Turkey's president, Recep Tayyip Erdogan, told parliament that his country would not accept a Kurdish state on its border.",
		"\"This is a red line for us,\" Erdogan said. \"We will do whatever is necessary.\"",
		"Analysts said the talks in Geneva were unlikely to produce a breakthrough before the end of the year.",
	}
	var b strings.Builder
	for b.Len() < 4200 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkAnnotate(b *testing.B) {
	d := build(b, article())
	b.Logf("%d words, %d entities", len(strings.Fields(d.Text)), len(d.Entities))
	b.ResetTimer()
	for b.Loop() {
		d.Warnings = d.Warnings[:0]
		Annotate(d)
	}
}
