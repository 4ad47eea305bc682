package event_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/pipeline"
)

func process(t testing.TB, body string) *doc.Document {
	t.Helper()
	d, err := pipeline.Process(ingest.Item{Input: "t", Format: ingest.FormatText, Text: "Headline\n\n" + body, Published: "2016-03-01"}, pipeline.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// triple renders an event as "SOURCE TARGET CODE modality".
func triples(d *doc.Document) []string {
	var out []string
	for _, ev := range d.Events {
		out = append(out, doc.Deref(ev.SourceActor)+" "+doc.Deref(ev.TargetActor)+" "+ev.Root+" "+ev.Modality)
	}
	return out
}

func TestCode(t *testing.T) {
	cases := []struct {
		text string
		want []string // "SRC TGT ROOT modality", each must be among the events
		none bool     // no event at all
		only bool     // no event but those wanted
	}{
		{text: "The United States condemned Russia on Monday.", want: []string{"USA RUS 11 asserted"}},
		// agreed talks are CAMEO's intent to meet (036), not the meeting
		{text: "Turkey and Iran agreed to hold talks with Syria.", want: []string{"TUR SYR 03 asserted", "IRN SYR 03 asserted"}},
		{text: "Russia did not attack Turkey.", want: []string{"RUS TUR 19 negated"}},
		{text: "The weather in Damascus was mild on Tuesday.", none: true},
		// object read as the subject of the "of" clause
		{text: "France accused Russia of spying on its satellites.", want: []string{"FRA RUS 11 asserted"}},
		// the dictionary's 173 for "accuse of crimes" is corrected to the
		// manual's 112, also in a relative clause
		{text: "Canada has ruled out working with President Bashar al-Assad, whom it accuses of crimes against his own people.", want: []string{"CAN SYRGOV 11 asserted"}},
		// members of a compound subject agree with each other; agreeing
		// to act is the intent to (03), as the CAMEO manual codes it
		{text: "Jordan and Egypt have agreed to hold joint military exercises.", want: []string{"JOR EGY 03 asserted", "EGY JOR 03 asserted"}},
		// a conflict verb does not hold between the members: what they
		// condemned is its target, a thing with no actor code
		{text: "Jordan and Egypt condemned the bombing.", want: []string{"JOR  11 asserted", "EGY  11 asserted"}, only: true},
		// an act on an area whose people are not named has the place as
		// its target; a meeting's place is only where it was held
		{text: "Turkey declared a ceasefire in Aleppo on Sunday.", want: []string{"TUR  08 asserted"}, only: true},
		{text: "The Kenyan government imposed a curfew in Mombasa.", want: []string{"KENGOV  17 asserted"}, only: true},
		{text: "Jordan and Egypt held talks in Geneva.", want: []string{"JOR EGY 04 asserted", "EGY JOR 04 asserted"}, only: true},
		// an announced or ordered act is coded as the act, done to its
		// object or to the party of its preposition
		{text: "Denmark announced a suspension of aid to Egypt.", want: []string{"DNK EGY 16 asserted"}, only: true},
		{text: "Russia announced the withdrawal of its troops from Syria.", want: []string{"RUS SYR 08 asserted"}, only: true},
		{text: "Russian jets conducted raids on rebel positions near Aleppo.", want: []string{"RUSMIL REB 19 asserted"}, only: true},
		// a strike by people is a protest (14), with no target when it
		// names none; a strike by jets is an attack
		{text: "The unions in Chile went on strike on Monday.", want: []string{"CHL  14 asserted"}, only: true},
		{text: "Teachers in Kenya have started a hunger strike.", want: []string{"KEN  14 asserted"}, only: true},
		// a protest code with a reverse code ("PROTEST * [145:175]") and
		// no target has no reverse event (and must not crash)
		{text: "Protest leaders in Chile clashed on Monday.", want: []string{"OPP  14 asserted"}, only: true},
		{text: "Russian jets launched a strike on rebel positions.", want: []string{"RUSMIL REB 19 asserted"}, only: true},
		// what a speaker says it will do is its stated intention (03);
		// what it says another will do is that other's act, intended
		{text: "Turkey said it will withdraw its troops from Syria.", want: []string{"TUR SYR 03 asserted"}},
		{text: "Turkey said Russia will withdraw its troops from Syria.", want: []string{"RUS SYR 08 intended"}},
		// what is returned goes back to the party of the "to" phrase;
		// going back somewhere is no event
		{text: "The United States returned a stolen painting to Italy on Monday.", want: []string{"USA ITA 08 asserted"}, only: true},
		{text: "The Iraqi minister returned to Baghdad on Monday.", none: true},
		// "is set to" is a plan, however the parser attaches its verb
		{text: "Russia is set to send peacekeepers to Libya next week.", want: []string{"RUS LBY 07 intended"}, only: true},
		// a dateline the parser reads into the subject's name is no
		// actor, the name after it is
		{text: "KABUL - A Taliban attack on a police post has killed 12 soldiers.", want: []string{"AFGREB MIL 19 asserted"}},
		// a place name starting the sentence is the name, not a verb
		// ("Beijing" is no "beij")
		{text: "Beijing police have detained 18 people following a fire.", want: []string{"CHNCOP  17 asserted"}},
		// people of a country named by "in" are the country's
		{text: "Authorities in Kenya arrested three journalists on Monday.", want: []string{"KEN  17 asserted"}},
		// the weapon is no target; whom it was launched on is
		{text: "Iraqi forces have launched further airstrikes on ISIL fighters in Mosul.", want: []string{"IRQMIL UAF 19 asserted"}, only: true},
		// a request refused targets whom it came from
		{text: "Pakistan refused a request from India to cross its airspace.", want: []string{"PAK IND 12 asserted"}, only: true},
		// a promise whose act codes nothing targets whom the act concerns
		{text: "Kazakhstan agreed to build a new school in Mongolia.", want: []string{"KAZ MNG 03 asserted"}, only: true},
		// but an act coded is the event, with its own target
		{text: "Kazakhstan agreed to send aid to Mongolia.", want: []string{"KAZ MNG 03 asserted"}, only: true},
		// a person's defence is verbal (05), not military protection (07)
		{text: "President Jair Bolsonaro defended Argentina over the debt claims.", want: []string{" ARG 05 asserted"}, only: true},
		// a meeting held somewhere is a meeting (04), not the intent to
		// meet (036) the dictionary gives "met X at"
		{text: "The Egyptian president met Jordan's foreign minister at the palace in Cairo.", want: []string{"EGYGOV JORGOV 04 asserted"}, only: true},
		// forces mobilised are the source's own; the target is whom the
		// show of force is aimed at
		{text: "Israel mobilized its army for an assault against Hezbollah.", want: []string{"ISR LBNREB 15 asserted"}, only: true},
		{text: "The Kenyan army mobilized troops to move into Somalia.", want: []string{"KENMIL SOM 15 asserted"}},
		// "their Belgian counterparts" are Belgium's, not the source's
		{text: "French investigators shared evidence with their Belgian counterparts on Monday.", want: []string{"FRA BEL 06 asserted"}, only: true},
		// joint military exercises are military cooperation (06)
		{text: "Egypt and Jordan began joint military exercises on Sunday.", want: []string{"EGY JOR 06 asserted", "JOR EGY 06 asserted"}, only: true},
		// whom aid is for may be named only in its purpose clause;
		// giving donations is aid, not the dictionary's default 060
		{text: "Norway has provided millions in humanitarian assistance to support Somali refugees in Kenya.", want: []string{"NOR SOMREF 07 asserted"}, only: true},
		{text: "Japan provided annual donations to the Palestinians.", want: []string{"JPN PSE 07 asserted"}, only: true},
		// a refusal until another acts is aimed at that other
		{text: "The United States will not lift the embargo until Cuba holds free elections.", want: []string{"USA CUB 12 asserted"}, only: true},
		// "it" read as an expletive of a verb with an object is its
		// subject; recipients read as a second object are the target
		{text: "Oxfam says it is currently providing food assistance every month to 5,000 families in Mali.", want: []string{"NGOXFM MLI 07 asserted"}},
		// a reported demand whose addressee the parser left without a
		// subject relation ("European" read as a modifier of "ready")
		{text: "The Estonian foreign minister said the European Union must be ready to mediate in Ukraine.", want: []string{"EST IGOEUREEC 10 asserted"}},
		// the owner of "support" is the source's side, whom it is for
		// the target
		{text: "The Turkish president reiterated Turkey's support for the Libyan government.", want: []string{"TURGOV LBYGOV 05 asserted"}, only: true},
		// an agreement reached is a formal agreement (057)
		{text: "Kenya and Uganda reached a deal on the border.", want: []string{"KEN UGA 05 asserted", "UGA KEN 05 asserted"}, only: true},
		// a strike with no word of labour is an attack, not a protest;
		// a strike called off is no strike
		{text: "Israeli jets continued strikes on Gaza on Tuesday.", none: true},
		{text: "Teachers in Kenya called off their nationwide strike.", want: []string{"  08 asserted"}},
		// a refusal to criticise: the criticism is negated, the refusal
		// is the event
		{text: "The Kremlin declined to criticize China.", want: []string{"RUSGOV CHN 11 negated", "RUSGOV CHN 12 asserted"}, only: true},
		// a meeting held to criticise someone else is still a meeting
		{text: "The Pope met the Italian president to criticize the government.", want: []string{" ITAGOV 04 asserted"}, only: true},
		// plans are no expressed intent to cooperate, and an uncoded
		// venue is no target
		{text: "The Pakistani government plans to build a new airport in Lahore.", none: true},
		{text: "Iran refused to attend the conference in Geneva.", none: true},
		// errata for acts the dictionary lacks or codes otherwise
		{text: "Belarus let free twelve opposition activists on Friday.", want: []string{"BLR OPP 08 asserted"}, only: true},
		{text: "The government of Chile accepted the demands of the striking miners.", want: []string{"CHL  08 asserted"}, only: true},
		// a negotiation announced too
		{text: "Egypt will hold talks with Jordan next week.", want: []string{"EGY JOR 03 asserted"}, only: true},
		// a meeting announced is the intent to meet (036)
		{text: "Egypt's president will meet King Abdullah of Jordan in Cairo next week.", want: []string{"EGYGOV JORGOV 03 asserted"}, only: true},
		// a meeting called to protest is the protest, to whom it was with
		{text: "Poland has summoned the German ambassador to protest against the new law.", want: []string{"POL DEUGOV 14 asserted"}, only: true},
		// an arrest with no agent is the state's where it happened
		{text: "A reporter, Daniel Ortmann, was arrested in Belarus on Friday.", want: []string{"BLR  17 asserted"}, only: true},
		// a known nationality adjective is parsed as itself, not as a
		// stand-in name that would make the next noun a verb
		{text: "Canada returned nine Peruvian statues to the government of Peru.", want: []string{"CAN PER 08 asserted"}, only: true},
		// passive joint exercises are their agents' cooperation
		{text: "Joint naval drills were held by Greece and Cyprus last week.", want: []string{"GRC CYP 06 asserted", "CYP GRC 06 asserted"}, only: true},
		// joint war games are between their members, not with the place
		// they are held near
		{text: "Britain and France launched joint war games near Iranian waters.", want: []string{"GBR FRA 06 asserted", "FRA GBR 06 asserted"}, only: true},
		// a policy is defended in words (05), not by force (074)
		{text: "The Kenyan government defended Kenya's new security law on Monday.", want: []string{"KENGOV KEN 05 asserted"}, only: true},
		// a phrase of time is no pattern's phrase: "called ... on
		// Saturday" is a telephone call (04), not a "call on" (02)
		{text: "Egypt called Sudan on Saturday.", want: []string{"EGY SDN 04 asserted"}},
		// a mediation effort launched is mediation (045), not an appeal (02)
		{text: "Qatar launched a mediation effort with Sudan.", want: []string{"QAT SDN 04 asserted"}},
		// a state of siege declared somewhere is imposed on that place
		{text: "The UN has declared a state of siege in Katanga.", want: []string{"IGOUNO  17 asserted"}, only: true},
		// the object of an agreement is its topic, not a target
		{text: "Jordan and Egypt signed a trade agreement.", want: []string{"JOR EGY 03 asserted", "EGY JOR 03 asserted"}, only: true},
		// cooperation refused or withheld is a rejection (12)
		{text: "Germany has refused to send peacekeepers to Iraq.", want: []string{"DEU IRQ 12 asserted"}},
		// members of a compound subject who fail to agree reject each other
		{text: "The United States and South Korea failed to reach agreement on a free-trade deal.", want: []string{"USA KOR 12 asserted", "KOR USA 12 asserted"}},
		// a refusal of an uncoded act rejects whoever asked for it
		{text: "Serbia refused to respond to a request from Croatia for information.", want: []string{"SRB HRV 12 asserted"}},
		// a promised act of cooperation is the intent to it (03)
		{text: "Russia is willing to withdraw its troops from Georgia.", want: []string{"RUS GEO 03 asserted"}},
		// a threatened attack is a threat (13)
		{text: "Iran threatened on Monday to attack Israel if the talks in Vienna failed.", want: []string{"IRN ISR 13 asserted"}},
		// an appeal is PLOVER's REQUEST; who is to act is its target
		{text: "Turkey demanded that Syria withdraw its forces.", want: []string{"TUR SYR 10 asserted"}},
		// whom a consultation is with is its target, not its subject
		{text: "Jordan discussed Syria with Egypt on Monday.", want: []string{"JOR EGY 04 asserted", "EGY JOR 04 asserted"}, only: true},
		// an ambassador summoned to hear a complaint: the complaint is
		// the event, also with the complaint read as the ambassador's
		{text: "Jordan summoned the Israeli ambassador to complain about the raids.", want: []string{"JOR ISRGOV 11 asserted"}, only: true},
		// a dateline in capitals is no subject: the actors after it are
		{text: "UNITED NATIONS: Russia and China vetoed a French resolution on Thursday.", want: []string{"RUS FRA 12 asserted", "CHN FRA 12 asserted"}, only: true},
		// what a statement says is no pattern word of the saying: Jordan
		// made a statement about Syria, it did not attack it
		{text: "Jordan said the attack on Syria was a crime.", want: []string{"JOR SYR 01 asserted"}, only: true},
		// a party after "said" is the speaker of what came before, not
		// whom the words before it said anything to
		{text: "The shelling killed a nurse and two soldiers said Observatory director Rami Haddad.", none: true},
		// one consults or visits parties, not a town: leaving one is no
		// consultation; a country visited is its host
		{text: "Hundreds of opposition fighters left Madaya on Tuesday.", none: true},
		{text: "The Iranian foreign minister visited Syria on Monday.", want: []string{"IRNGOV SYR 04 asserted", "SYR IRNGOV 04 asserted"}, only: true},
		// a video released is a statement, not a release (084)
		{text: "The Islamic State group has released a new video showing the destruction of the temple.", none: true},
		// an act of force "in" a place names where, not whom: the
		// president is not the target of a killing in his home town
		{text: "Shabaab gunmen killed nine in the Kenyan president's home town on Sunday.", none: true},
		// a dateline is no actor, even in mixed case
		{text: "Washington - Russia condemned Turkey on Monday.", want: []string{"RUS TUR 11 asserted"}},
	}
	for _, c := range cases {
		d := process(t, c.text)
		got := triples(d)
		if c.none && len(got) > 0 {
			t.Errorf("%q: events %v, want none", c.text, got)
		}
		if c.only {
			for _, g := range got {
				if !slices.Contains(c.want, g) {
					t.Errorf("%q: unwanted event %q among %v", c.text, g, got)
				}
			}
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				if g == w {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no %q among %v", c.text, w, got)
			}
		}
		for _, ev := range d.Events {
			if ev.Rule == "" || ev.Confidence <= 0 || ev.Confidence > 1 || ev.Trigger[0] >= ev.Trigger[1] || ev.Label == "" || ev.Quad < 1 {
				t.Errorf("%q: incomplete event %+v", c.text, ev)
			}
		}
	}
}

func TestLongSentenceNoEvents(t *testing.T) {
	words := strings.Repeat("Russia attacked Turkey and ", 40)
	d := process(t, words+"nothing happened.")
	if len(d.Events) != 0 {
		t.Errorf("%d events from a %d-word sentence", len(d.Events), len(strings.Fields(words)))
	}
}

func FuzzCode(f *testing.F) {
	f.Add("Russia attacked Turkey. Syria said the United States should leave.")
	f.Add("THE ARMY SHELLED ALEPPO")
	f.Add(strings.Repeat("and ", 300))
	r := event.Default()
	f.Fuzz(func(t *testing.T, s string) {
		d, err := pipeline.Process(ingest.Item{Input: "f", Format: ingest.FormatText, Text: s}, pipeline.Overrides{})
		if err != nil {
			return
		}
		n := len([]rune(d.Text))
		for _, ev := range event.Code(d, r) {
			if ev.Trigger[0] < 0 || ev.Trigger[1] > n || ev.Sentence >= len(d.Sentences) {
				t.Fatalf("bad event %+v", ev)
			}
		}
	})
}

func TestDatelineIsNoActor(t *testing.T) {
	d := process(t, "DAMASCUS (Test Wire) - Syrian forces attacked Turkish troops near the border on Monday.")
	for _, ev := range d.Events {
		for _, e := range d.Entities {
			if (e.ID == doc.Deref(ev.Source) || e.ID == doc.Deref(ev.Target)) && strings.EqualFold(e.Name, "damascus") {
				t.Errorf("the dateline is an actor: %+v", ev)
			}
		}
	}
}

// TestPhraseActors checks that a phrase naming people is an actor when no
// named one is there, and becomes an entity of the document.
func TestPhraseActors(t *testing.T) {
	d := process(t, "Egyptian police arrested dozens of journalists on Monday.")
	var names []string
	for _, ev := range d.Events {
		for _, e := range d.Entities {
			if e.ID == doc.Deref(ev.Target) {
				names = append(names, e.Name)
				if e.Actor != nil || len(e.Mentions) == 0 || e.Mentions[0].Kind != "description" {
					t.Errorf("phrase entity %+v", e)
				}
			}
		}
	}
	if !slices.Contains(names, "journalists") {
		t.Errorf("targets %v, want journalists", names)
	}
	// a thing can be the target of a criticism: an entity of type other
	d = process(t, "Egypt condemned the bombing of a school in Cairo.")
	things := 0
	for _, ev := range d.Events {
		for _, e := range d.Entities {
			if e.ID == doc.Deref(ev.Target) && e.Type == "other" && e.Name == "the bombing" && e.Mentions[0].Kind == "description" {
				things++
			}
		}
	}
	if things != 1 {
		t.Errorf("events %v, want one targeting the bombing", triples(d))
	}
	// the audience of a statement is not a target
	d = process(t, "Assad told a delegation of foreign journalists that Syria would fight on.")
	for _, ev := range d.Events {
		if doc.Deref(ev.TargetActor) == "" {
			t.Errorf("statement to an audience coded: %+v", ev)
		}
	}
}

// TestDoerOfCriticisedAct: criticism of an act by someone targets its doer,
// named in the actor lexicon or not.
func TestDoerOfCriticisedAct(t *testing.T) {
	d := process(t, "Egypt condemned an anarchic protest by farmers who stormed a court.")
	var got []string
	for _, ev := range d.Events {
		if ev.Root == "11" {
			for _, e := range d.Entities {
				if e.ID == doc.Deref(ev.Target) {
					got = append(got, e.Name)
				}
			}
		}
	}
	if !slices.Contains(got, "farmers") {
		t.Errorf("targets of the criticism %q, want farmers", got)
	}
}

// TestEventPlace: the place nearest the trigger, not an actor's own name,
// but a country in a phrase of place even inside an actor's phrase.
func TestEventPlace(t *testing.T) {
	cases := []struct {
		text, place string // place "" for none
	}{
		{"A car bombing by the Islamic State group killed 75 civilians in eastern Syria.", "Syria"},
		{"Russia condemned Turkey on Monday.", ""},
		{"KABUL - A Taliban attack on a police post has killed 12 soldiers.", "Kabul"},
	}
	for _, c := range cases {
		d := process(t, c.text)
		names := map[string]string{}
		for _, p := range d.Places {
			names[p.ID] = p.Name
		}
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		got := ""
		if p := d.Events[0].Place; p != nil {
			got = names[*p]
		}
		if got != c.place {
			t.Errorf("%q: place %q, want %q", c.text, got, c.place)
		}
	}
}

// withTargetNames renders each event as "CODE TARGET-NAME", the code as
// code gives it.
func withTargetNames(d *doc.Document, code func(doc.Event) string) []string {
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, ev := range d.Events {
		out = append(out, code(ev)+" "+names[doc.Deref(ev.Target)])
	}
	return out
}

// TestLegalTarget: whom an investigation is into is its target, not the
// investigation itself.
func TestLegalTarget(t *testing.T) {
	d := process(t, "Police in Kenya have opened an investigation into two senior officers.")
	got := withTargetNames(d, func(ev doc.Event) string { return ev.Code })
	if !slices.Contains(got, "090 two senior officers") {
		t.Errorf("events %q: want 090 into the two senior officers", got)
	}
}

// TestDemandOfPeopleNotNamed: whom a demand is made of may be people not
// named ("from the prime minister").
func TestDemandOfPeopleNotNamed(t *testing.T) {
	d := process(t, "Egypt demanded an immediate apology from the prime minister.")
	got := withTargetNames(d, func(ev doc.Event) string { return ev.Root })
	if !slices.Contains(got, "10 prime minister") && !slices.Contains(got, "10 the prime minister") {
		t.Errorf("events %q: want a demand (10) of the prime minister", got)
	}
}

// TestRefusalOneEvent: a refusal whose complement codes an act is one
// event (the act withheld), not a second one for "refused" itself.
func TestRefusalOneEvent(t *testing.T) {
	d := process(t, "Pakistan refuses to remove the ban on Indian films.")
	if got := triples(d); len(got) != 1 || got[0] != "PAK IND 12 asserted" {
		t.Errorf("events %q: want just PAK IND 12", got)
	}
}

// TestProtestingParticiple: "..., protesting X" names what is protested.
func TestProtestingParticiple(t *testing.T) {
	d := process(t, "Kenyan farmers blocked the main road on Monday, protesting the new fuel tax.")
	got := withTargetNames(d, func(ev doc.Event) string { return ev.Root })
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "14 ") && strings.Contains(s, "fuel tax") }) {
		t.Errorf("events %q: want a protest (14) of the fuel tax", got)
	}
}

// TestPlaceOfAPhrase: the place of an act done to an area may be named in
// the verb's phrase's own phrase ("on alert in Mombasa").
func TestPlaceOfAPhrase(t *testing.T) {
	d := process(t, "Kenyan troops remained on alert in Mombasa after the attack.")
	got := withTargetNames(d, func(ev doc.Event) string { return ev.Root })
	if !slices.Contains(got, "15 Mombasa") {
		t.Errorf("events %q: want a show of force (15) in Mombasa", got)
	}
}

// TestCondemnedAttack: condemning a terrorist attack is a denunciation
// (11), not the empathetic comment (018) the dictionary gives it.
func TestCondemnedAttack(t *testing.T) {
	d := process(t, "Norway strongly condemned the terrorist attack on the embassy.")
	got := withTargetNames(d, func(ev doc.Event) string { return ev.Root })
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "11 ") }) {
		t.Errorf("events %q: want a denunciation (11)", got)
	}
}

// TestKnownPersonNameStandIn: a person's name is read as stand-ins even
// when the tagger knows its words, so that "with Russian president Boris
// Yeltsin" stays one phrase.
func TestKnownPersonNameStandIn(t *testing.T) {
	d := process(t, "Germany will hold talks with Russian president Boris Yeltsin on Monday.")
	got := withTargetNames(d, func(ev doc.Event) string { return ev.Root })
	if !slices.Contains(got, "03 Boris Yeltsin") {
		t.Errorf("events %q: want an announced meeting (03) with Boris Yeltsin", got)
	}
}

// TestNoPairWithinOnePhrase: a speaker and the body named in their title
// ("A, B's negotiator") are one phrase; when that phrase gives both the
// sources and the targets, no one acted on anyone.
func TestNoPairWithinOnePhrase(t *testing.T) {
	d := process(t, "On Friday, Omar Haddad, Jordan's chief negotiator, in a statement condemned the killing of civilians.")
	for _, g := range triples(d) {
		if strings.Contains(g, "JOR") && !strings.HasPrefix(g, "JOR  ") {
			t.Errorf("event %q pairs the speaker with his own side", g)
		}
	}
}

// TestTitleAndHolder: "Hungarian Prime Minister Viktor Orban" is named as
// two entities, the title and its holder; one actor does nothing to
// himself.
func TestTitleAndHolder(t *testing.T) {
	d := process(t, "Hungarian Prime Minister Viktor Orban on Thursday pledged his full support for the Polish initiative to form a new alliance.")
	for _, g := range triples(d) {
		if strings.HasPrefix(g, "HUNGOV HUN") || strings.HasPrefix(g, "HUNELI HUN") {
			t.Errorf("event %q pairs the title with its holder", g)
		}
	}
}

// TestAddedThatIsStatement: "added that" is more of what was said, not
// the giving (060) the dictionary's ADD shares with GRANT.
func TestAddedThatIsStatement(t *testing.T) {
	d := process(t, "The Kenyan army said on Monday that it had repelled the attack. The army added that troops killed twelve Shabaab fighters.")
	for _, g := range triples(d) {
		if strings.Contains(g, " 06 ") {
			t.Errorf("event %q: 'added that' coded as cooperation", g)
		}
	}
}
