package quote

// Word lists. The cue verbs are the most frequent cue words of the PolNeAR
// training split (counted, not copied: only the lemma list is kept) plus
// their common inflections.

// speechCues introduce direct and reported speech.
var speechCues = set(
	"said", "says", "say", "saying", "told", "tells", "tell", "telling",
	"added", "adds", "adding", "asked", "asks", "asking", "wrote", "writes", "writing",
	"tweeted", "tweets", "explained", "explains", "noted", "notes", "noting",
	"continued", "continues", "declared", "declares", "insisted", "insists",
	"stated", "argued", "argues", "arguing", "replied", "replies",
	"responded", "responds", "recalled", "recalls", "recalling", "warned", "warns",
	"joked", "jokes", "quipped", "claimed", "claims", "concluded", "acknowledged",
	"acknowledges", "admitted", "admits", "announced", "announces", "observed",
	"remarked", "shouted", "yelled", "exclaimed", "predicted", "predicts",
	"promised", "promises", "vowed", "vows", "pledged", "suggested", "suggests",
	"suggesting", "cautioned", "complained", "complains", "boasted", "emphasized",
	"stressed", "agreed", "conceded", "countered", "reiterated", "posted",
	"proclaimed", "urged", "urges", "whispered", "mused", "retorted", "maintained",
	"maintains", "described", "describes", "describing", "called", "calls", "calling",
	"reported", "reports", "blasted", "slammed", "charged", "contended", "confirmed",
	"confirms", "denied", "denies", "revealed", "reveals", "read", "reads",
	"testified", "accused", "accuses", "criticized", "criticizes",
	"decried", "lamented", "chimed", "interjected", "summed", "texted", "emailed",
	"wondered", "asserted", "asserts", "demanded", "demands", "pressed", "snapped",
	"recounted", "cracked", "scoffed", "sighed", "hinted", "elaborated", "advised",
	"reasoned", "assured", "reminded", "implored", "pleaded", "begged", "chanted",
	"chant", "chanting", "sang", "sings", "screamed", "cried", "commented", "comments",
	"speculated", "answered", "answers", "messaged", "raged", "fumed", "groused",
	"thundered", "bragged", "gushed", "marveled", "conceded", "alleged", "alleges",
	"asserting", "tweeting", "writing", "warning", "insisting", "explaining",
	"declaring", "announcing", "claiming", "arguing", "stating", "joking",
)

// beliefCues introduce reported thought; PolNeAR annotates them as
// attributions too, but they rarely introduce direct quotes.
var beliefCues = set(
	"think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels",
	"felt", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries",
	"worried", "expect", "expects", "expected", "know", "knows", "knew",
	"want", "wants", "wanted", "show", "shows", "showed", "shown", "found", "find", "finds",
	"estimate", "estimates", "estimated", "indicated", "indicates", "insist",
	"argue", "claim", "suggest", "predict", "warn", "admit", "deny", "acknowledge",
	"announce", "report", "note", "explain", "agree", "agrees", "conclude", "concludes",
	"seemed", "seems", "appears", "appeared",
	"doubt", "doubts", "doubted", "recognize", "recognized", "realize", "realized",
)

// aux are the words that may stand between a speaker and the cue ("has
// also said", "would later tell").
var aux = set(
	"has", "have", "had", "also", "later", "then", "once", "previously", "recently",
	"again", "repeatedly", "simply", "just", "would", "will", "could", "might", "may",
	"did", "does", "do", "is", "was", "were", "are", "been", "be", "reportedly",
	"publicly", "privately", "flatly", "bluntly", "openly", "initially", "subsequently",
	"often", "frequently", "quickly", "immediately", "similarly", "likewise", "further",
	"earlier", "still", "always", "never", "even", "now", "first", "long", "already",
	"only", "not", "n't", "too",
)

// subjectStop ends a speaker phrase scanned outwards from the cue.
var subjectStop = set(
	"that", "which", "who", "whom", "when", "while", "because", "if", "as", "and", "but",
	"or", "so", "in", "on", "at", "during", "after", "before", "to", "for", "from", "with",
	"about", "of", "by", "into", "over", "since", "until", "where", "why", "how", "what",
	"whether", "than", "this", "last", "yesterday", "today", "tonight", "earlier", "later",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"adding", "saying", "noting", "citing", "referring", "according",
)

// determiners and pronouns that may open a speaker phrase.
var subjectOpeners = set(
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
	"those", "that", "some", "many", "several", "most", "other", "another", "both", "each",
	"one", "two", "three", "four", "five", "few", "all", "no", "such", "any",
)

var pronouns = set("he", "she", "they", "it", "we", "i", "you", "who")

// objectPronouns may follow "told"/"asked" before the content.
var objectWords = set(
	"him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters",
	"voters", "lawmakers", "the", "a", "an", "his", "their", "cnn", "fox", "nbc", "abc",
	"cbs", "msnbc", "npr", "politico",
)

// nonSpeechBefore marks a quoted phrase as a name or title, not speech.
var nonSpeechBefore = set(
	"so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "called", "term",
	"word", "words", "phrase", "slogan", "book", "film", "movie", "song", "show", "album",
	"series", "article", "column", "op-ed", "headline", "hashtag", "program", "programme",
	"operation", "campaign", "documentary", "play", "novel", "label", "labeled", "labelled",
	"branded",
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// clauseOpeners may start reported content ("asked whether ...").
var clauseOpeners = set("that", "if", "whether", "how", "what", "why", "when", "where", "who")

// smallWords stay lower case in titles.
var smallWords = set("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for",
	"with", "from", "by", "as", "is", "are", "be", "vs.", "'s", "’s", "n't")

// contentParticiples start a new cue after a comma: "said, adding that ...".
var contentParticiples = set("adding", "saying", "noting", "arguing", "insisting", "explaining",
	"claiming", "warning", "stressing", "suggesting", "declaring", "asserting", "writing")

// anonymity participles follow a source who is not named; they do not
// introduce speech.
var anonymity = set("asking", "speaking", "requesting", "declining")
