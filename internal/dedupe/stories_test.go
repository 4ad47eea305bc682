package dedupe

import "strings"

// Synthetic wire stories about a fictional conflict in Varnia, written for
// these tests. storyBase is the "original"; the variants are the kinds of
// republication a news store sees; the others are different stories on the
// same topic that share most of their vocabulary.

const storyBase = `DORNIK, Varnia (Wire) - Government forces shelled rebel positions on the northern edge of Dornik on Tuesday, killing at least 14 fighters and two civilians, a local monitoring group said.` + storyBody

const storyBody = `

The Kessel Front, which has held the industrial district since March, said its fighters had repelled an attempt by army units to cross the Lira river under cover of artillery fire. A spokesman for the group told reporters that three armoured vehicles were destroyed near the old grain terminal.

The Varnian defence ministry said in a statement that its troops had "neutralised terrorist positions" and denied that civilians were hit. It gave no figures for its own losses.

The Dornik Observatory for Human Rights, which relies on a network of volunteers inside the city, said the two civilians were a father and his son who were trying to reach a bakery in the Saltmarket neighbourhood when a shell struck their street.

More than 40,000 people have fled the northern districts since the fighting intensified in the spring, according to the United Nations refugee agency, which said on Monday that shelters in the southern town of Vell were already full.

Foreign ministers from neighbouring Carasia and Ostmark are due to meet in Vell on Thursday to discuss a ceasefire proposal put forward by the regional council. Previous truces collapsed within days, with each side blaming the other for the first shots.

President Anton Brask has vowed to retake Dornik before the winter, while the Kessel Front says it will not negotiate until the army withdraws to its positions of last year.`

// Same story, different first paragraph (a local outlet's own intro).
const storyNewIntro = `DORNIK, Varnia - Fierce artillery exchanges shook the northern outskirts of Dornik for a second day on Tuesday as the army pressed its offensive against rebel-held districts, with at least 16 people reported dead.` + storyBody

// Same story without the wire dateline and with an updated toll.
const storyEdited = `Government forces shelled rebel positions on the northern edge of Dornik on Tuesday, killing at least 15 fighters and two civilians, a local monitoring group said.` + storyBody

// Same story with a site footer appended.
const storyFooter = storyBase + `

Copyright 2031 Northern Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Follow us for the latest updates from the region.`

// A different story on the same conflict: same places, actors and phrasing
// habits, different events.
const storyOtherA = `VELL, Varnia (Wire) - Foreign ministers from Carasia and Ostmark met Varnian officials in the southern town of Vell on Thursday to press for a ceasefire in Dornik, where government forces and the Kessel Front have fought for control of the northern districts since March.

The regional council's proposal would freeze front lines along the Lira river for 30 days and open two corridors for civilians leaving the industrial district, a diplomat familiar with the talks told reporters.

The Varnian foreign ministry said in a statement that the government welcomed "any initiative that restores order" but that it would not allow terrorist groups to rearm during a truce. A spokesman for the Kessel Front said the group had not been invited to Vell and would not be bound by its decisions.

The United Nations refugee agency said more than 40,000 people had fled the northern districts of Dornik since the spring and that shelters in Vell were full. Aid workers said food prices in the city had tripled.

Previous truces collapsed within days. President Anton Brask, who has vowed to retake Dornik before the winter, is expected to address parliament on Monday.`

// Another different story: a casualty report from a different day and town.
const storyOtherB = `KASTREL, Varnia (Wire) - Rebel fighters attacked an army checkpoint on the road between Kastrel and Dornik on Sunday, killing at least six soldiers, the Varnian defence ministry said.

The ministry said in a statement that its troops had repelled the attack and killed "dozens of terrorists", and that two armoured vehicles were damaged. The Kessel Front said in a message to reporters that its fighters had destroyed the checkpoint and captured weapons.

The Dornik Observatory for Human Rights, which relies on a network of volunteers, said at least 11 fighters from both sides had been killed and that a civilian driver was wounded when his truck was hit near the checkpoint.

The road is the main supply route for army units fighting on the northern edge of Dornik, where the Kessel Front has held the industrial district since March. More than 40,000 people have fled the area since the fighting intensified, according to the United Nations.

President Anton Brask has vowed to retake Dornik before the winter.`

// A short item: too few words to sign.
const storyShort = `Fighting continued in Dornik on Tuesday, the army said.`

// Same story under a different first line: a byline and an update note
// instead of the wire dateline.
const storyByline = `By Mara Olsen, Northern Courier. Updated 6:40 pm.

Government forces shelled rebel positions on the northern edge of Dornik on Tuesday, killing at least 14 fighters and two civilians, a local monitoring group said.` + storyBody

// Same story with one word changed (the death toll).
const storyWord = `DORNIK, Varnia (Wire) - Government forces shelled rebel positions on the northern edge of Dornik on Tuesday, killing at least 17 fighters and two civilians, a local monitoring group said.` + storyBody

// The wire story as another site republished it: its own headline at the
// top, "said on Monday" -> "said Monday", American spellings, and a
// correction note at the end.
var storyMulti = "Varnian army pounds rebel-held north of Dornik\n\n" + strings.NewReplacer(
	"said on Monday", "said Monday",
	"armoured", "armored",
	"neighbourhood", "neighborhood",
	"defence", "defense",
).Replace(storyBase) + "\n\nThis story has been corrected to fix the name of the Saltmarket neighborhood."
