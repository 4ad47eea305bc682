package store

// Short wire-style stories about a fictional conflict in Varnia, written for
// these tests.

const (
	artShelling = `Government forces shelled rebel positions on the northern edge of Dornik on Tuesday, killing at least 14 fighters and two civilians, a local monitoring group said. The Kessel Front said its fighters had repelled an attempt by army units to cross the Lira river. The defence ministry said its troops had "neutralised terrorist positions" and denied that civilians were hit.`

	// The same story with one changed figure, as a later wire update.
	artShellingUpdate = `Government forces shelled rebel positions on the northern edge of Dornik on Tuesday, killing at least 17 fighters and two civilians, a local monitoring group said. The Kessel Front said its fighters had repelled an attempt by army units to cross the Lira river. The defence ministry said its troops had "neutralised terrorist positions" and denied that civilians were hit.`

	// The update republished by a site that re-punctuates and re-cases:
	// same words, so the same signature, but a different id.
	artShellingRepost = `GOVERNMENT forces shelled rebel positions on the northern edge of Dornik on Tuesday - killing at least 17 fighters and two civilians - a local monitoring group said; the Kessel Front said its fighters had repelled an attempt by army units to cross the Lira river; the defence ministry said its troops had neutralised terrorist positions and denied that civilians were hit`

	artTalks = `Foreign ministers from Carasia and Ostmark met Varnian officials in the southern town of Vell on Thursday to press for a ceasefire in Dornik. The regional council's plan would freeze front lines along the Lira river for 30 days and open two corridors for civilians. A spokesman for the Kessel Front said the group had not been invited and would not be bound by any deal.`

	artEnvoy = `The U.S. envoy for Varnia, Ruth Callan, said on Friday that Washington would back the ceasefire plan if both sides agreed to international monitors. "We have seen truces collapse within days," Callan told reporters in Vell. A U.S.-backed aid convoy reached the Saltmarket district of Dornik, where 5,000 families have been without power since March.`

	artCheckpoint = `Rebel fighters attacked an army checkpoint on the road between Kastrel and Dornik on Sunday, killing at least six soldiers, the Varnian defence ministry said. President Anton Brask's office called the attack a "cowardly act" and vowed to retake the road within a week. The Kessel Front said it had captured weapons and two armoured vehicles.`

	// Too short to sign; its repost must not count as a near-duplicate.
	artBrief      = `Fighting continued in Dornik on Tuesday, the army said.`
	artBriefAgain = `Fighting continued in Dornik on Tuesday, the army says.`
)
