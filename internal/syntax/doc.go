// Package syntax is sitrep's English syntax layer: a part-of-speech tagger
// (UPOS and Penn XPOS), a rule-based lemmatiser and a labelled dependency
// parser producing Universal Dependencies trees, all in pure Go with
// embedded weights.
//
// # Models
//
// The tagger is a greedy averaged perceptron over hashed features (word,
// affixes, shape, neighbouring words and tags, the ambiguity classes of the
// word and its neighbours), run as a left-to-right UPOS pass and then an
// XPOS pass that sees the UPOS of the window. Frequent unambiguous words
// are looked up in a tag dictionary. Both passes also see a Lexicon class
// for the word and its neighbours: the Penn tags a POS-tagged news corpus
// (CoNLL-2003's training file) gives it, so that news words the treebank
// never saw still come with a hint (GUM dev UPOS 0.957 -> 0.961).
//
// The parser is greedy arc-hybrid with the root after the last word,
// trained as an averaged perceptron with a dynamic oracle and exploration.
// Each arc is labelled the moment it is made by a second perceptron (the
// dependent's subtree is complete by then), and the labels feed later
// parser decisions. The parser's tag features come from the tagger run by
// jackknifing over its training data, so they are as noisy as at run time;
// each training sentence is also seen once with its gold tags. The move
// weights are the mean of several perceptrons trained on different seeded
// shuffles, and words the tagger saw less than twice are shown to the
// parser by their shape.
//
// # Data and licence
//
// The shipped weights (pos.bin, parser.bin) are trained by TrainPOS and
// TrainParser on the GUM treebank's train split minus the genres whose
// licences are non-commercial (ExcludedGenres: fiction, whow, essay,
// letter, podcast, reddit), with the Lexicon read from CoNLL-2003's
// eng.train (words and their tag classes only; no text is kept):
// `sitrep train pos`, `sitrep train parser`. Training is deterministic.
//
// # Tokens and words
//
// Parse takes UD-style words. Words turns sitrep tokens (internal/text)
// into such words with exact spans; ParseDoc does it for a whole document.
//
// # Cost bounds
//
// Parsing is linear in the sentence length (2n transitions, each a fixed
// number of feature lookups). Sentences longer than MaxWords words are cut
// into pieces of MaxWords that are parsed separately and joined, so the
// work and memory per sentence are bounded whatever the input.
package syntax
