package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Rule tables. Keys are in the folded form (see fold) with junk trimmed from
// both ends, so "READ MORE »" and "Read more:" are both "read more".

type rule struct {
	reason string
	marker bool // a bare heading that starts a list of related headlines
}

var exact = map[string]rule{}

func init() {
	add := func(reason string, marker bool, keys ...string) {
		for _, k := range keys {
			exact[k] = rule{reason, marker}
		}
	}
	add(doc.ReasonPromo, false,
		"advertisement", "advertisements", "advertising", "advert", "ad", "ads",
		"sponsored", "sponsored content", "sponsored post", "paid content", "paid post",
		"partner content", "promoted", "promoted content",
		"story continues below advertisement", "story continues below", "article continues below",
		"article continues below advertisement", "content continues below", "continue reading",
		"continue reading below", "continue reading the main story", "keep reading",
		"scroll to continue with content", "scroll to continue reading", "skip advertisement", "remove ads",
		"subscribe", "subscribe now", "subscribe today", "subscribe here", "subscribe for free",
		"sign up", "sign up now", "sign up here", "sign in", "sign in to continue", "log in", "login",
		"log in to continue", "register", "register now", "create an account", "create a free account",
		"newsletter", "newsletters", "get the app", "download the app", "download our app", "open in app",
		"listen to this article", "listen to article", "listen", "listen now",
		"watch", "watch now", "watch video", "watch live", "play video", "video",
		"accept", "accept all", "accept all cookies", "accept cookies", "allow all cookies", "allow cookies",
		"reject all", "reject cookies", "decline", "manage cookies", "manage preferences", "manage consent",
		"cookie settings", "cookie policy", "cookie preferences", "cookies", "privacy policy", "privacy settings",
		"terms of use", "terms of service", "terms and conditions",
		"click the alert icon to follow topics", "follow topics", "unfollow",
		"support us", "donate", "donate now", "become a member", "become a subscriber", "join now",
		"try it free", "start your free trial", "start free trial", "already a subscriber", "already subscribed",
		"get breaking news alerts", "breaking news alerts", "turn on notifications", "enable notifications",
		"notifications", "got it", "ok, got it",
	)
	add(doc.ReasonOther, false,
		"skip to content", "skip to main content", "skip to navigation", "back to top", "return to top",
		"loading", "please wait", "report an error", "report a correction", "report an issue",
		"view comments", "show comments", "hide comments", "leave a comment", "post a comment",
		"comments are closed", "view gallery", "view image in fullscreen", "view full image", "enlarge",
		"enlarge image", "enlarge this image", "expand", "close", "menu", "search", "home",
		"all rights reserved", "article content",
	)
	add(doc.ReasonCaption, false,
		"toggle caption", "hide caption", "show caption", "view caption", "image caption", "media caption",
	)
	add(doc.ReasonRelated, true,
		"related", "read more", "see also", "also read", "also see", "read also", "related stories",
		"related story", "related articles", "related article", "related news", "related content",
		"related coverage", "related topics", "related links", "related reading", "more on this story",
		"more on this", "more stories", "more news", "recommended", "recommended stories",
		"recommended for you", "recommended reading", "you may also like", "you might also like",
		"you may be interested in", "you might be interested in", "most read", "most popular",
		"most viewed", "trending", "trending now", "top stories", "latest news", "latest stories",
		"what to read next", "read next", "up next", "further reading", "explore more", "more to explore",
		"in other news", "editor's picks", "editors' picks", "read this next",
		"more trending", "popular now", "popular stories", "most shared",
	)
	// Headings of video strips: the videos do not survive extraction, so
	// what follows is article text, not a list of headlines.
	add(doc.ReasonRelated, false, "recommended videos", "more videos", "related videos", "watch more")
}

// prefix kinds
const (
	kPlain  = iota
	kPhoto  // "Photo: ..." is a credit when what follows is a name or agency, else a caption
	kMarker // a short heading such as "More from Reuters" that starts a related list
	kYear   // "Copyright 2024 ...": only when a year or © follows
)

type prefixRule struct {
	p      string
	reason string
	max    int // most words the whole line may have
	kind   uint8
}

var prefixes = []prefixRule{
	// related
	{"read more:", doc.ReasonRelated, 30, kPlain},
	{"read more -", doc.ReasonRelated, 30, kPlain},
	{"read more about", doc.ReasonRelated, 25, kPlain},
	{"read more on", doc.ReasonRelated, 25, kPlain},
	{"read more at", doc.ReasonRelated, 25, kPlain},
	{"related:", doc.ReasonRelated, 30, kPlain},
	{"related article:", doc.ReasonRelated, 30, kPlain},
	{"related articles:", doc.ReasonRelated, 40, kPlain},
	{"related story:", doc.ReasonRelated, 30, kPlain},
	{"related stories:", doc.ReasonRelated, 40, kPlain},
	{"related content:", doc.ReasonRelated, 40, kPlain},
	{"related coverage:", doc.ReasonRelated, 40, kPlain},
	{"related news:", doc.ReasonRelated, 40, kPlain},
	{"see also:", doc.ReasonRelated, 30, kPlain},
	{"also read:", doc.ReasonRelated, 30, kPlain},
	{"also read -", doc.ReasonRelated, 30, kPlain},
	{"read also:", doc.ReasonRelated, 30, kPlain},
	{"also see:", doc.ReasonRelated, 30, kPlain},
	{"read:", doc.ReasonRelated, 25, kPlain},
	{"recommended:", doc.ReasonRelated, 30, kPlain},
	{"tags:", doc.ReasonRelated, 30, kPlain},
	{"topics:", doc.ReasonRelated, 30, kPlain},
	{"related topics:", doc.ReasonRelated, 30, kPlain},
	{"filed under:", doc.ReasonRelated, 30, kPlain},
	{"more from", doc.ReasonRelated, 6, kMarker},
	{"more on", doc.ReasonRelated, 6, kMarker},
	{"more stories from", doc.ReasonRelated, 7, kMarker},
	{"more news from", doc.ReasonRelated, 7, kMarker},
	{"more about", doc.ReasonRelated, 6, kMarker},
	{"most read in", doc.ReasonRelated, 6, kMarker},
	{"most popular in", doc.ReasonRelated, 6, kMarker},

	// promo
	{"sign up for", doc.ReasonPromo, 25, kPlain},
	{"sign up to", doc.ReasonPromo, 25, kPlain},
	{"sign up now", doc.ReasonPromo, 25, kPlain},
	{"sign up here", doc.ReasonPromo, 25, kPlain},
	{"subscribe to", doc.ReasonPromo, 25, kPlain},
	{"subscribe for", doc.ReasonPromo, 25, kPlain},
	{"subscribe now", doc.ReasonPromo, 25, kPlain},
	{"subscribe and", doc.ReasonPromo, 25, kPlain},
	{"subscribe:", doc.ReasonPromo, 25, kPlain},
	{"follow us", doc.ReasonPromo, 20, kPlain},
	{"like us on", doc.ReasonPromo, 15, kPlain},
	{"download our", doc.ReasonPromo, 20, kPlain},
	{"download the", doc.ReasonPromo, 15, kPlain},
	{"get our", doc.ReasonPromo, 20, kPlain},
	{"get the latest", doc.ReasonPromo, 25, kPlain},
	{"get breaking", doc.ReasonPromo, 20, kPlain},
	{"get the best", doc.ReasonPromo, 20, kPlain},
	{"get daily", doc.ReasonPromo, 10, kPlain},
	{"for more stories like this", doc.ReasonPromo, 20, kPlain},
	{"do you have a story", doc.ReasonPromo, 25, kPlain},
	{"click here", doc.ReasonPromo, 25, kPlain},
	{"click the alert icon", doc.ReasonPromo, 25, kPlain},
	{"join our", doc.ReasonPromo, 20, kPlain},
	{"join us on", doc.ReasonPromo, 15, kPlain},
	{"newsletter:", doc.ReasonPromo, 25, kPlain},
	{"listen to this", doc.ReasonPromo, 15, kPlain},
	{"listen:", doc.ReasonPromo, 25, kPlain},
	{"watch:", doc.ReasonPromo, 25, kPlain},
	{"watch live:", doc.ReasonPromo, 25, kPlain},
	{"video:", doc.ReasonPromo, 25, kPlain},
	{"advertisement", doc.ReasonPromo, 6, kPlain},
	{"sponsored by", doc.ReasonPromo, 10, kPlain},
	{"you can unsubscribe", doc.ReasonPromo, 40, kPlain},
	{"don't miss", doc.ReasonPromo, 15, kPlain},
	{"never miss", doc.ReasonPromo, 20, kPlain},
	{"stay informed", doc.ReasonPromo, 20, kPlain},
	{"stay up to date", doc.ReasonPromo, 20, kPlain},
	{"turn on notifications", doc.ReasonPromo, 20, kPlain},
	{"enable notifications", doc.ReasonPromo, 20, kPlain},
	{"support independent journalism", doc.ReasonPromo, 40, kPlain},
	{"support our journalism", doc.ReasonPromo, 40, kPlain},
	{"to continue reading", doc.ReasonPromo, 25, kPlain},
	{"already have an account", doc.ReasonPromo, 15, kPlain},
	{"already a subscriber", doc.ReasonPromo, 15, kPlain},
	{"you have reached your", doc.ReasonPromo, 30, kPlain},
	{"you've reached your", doc.ReasonPromo, 30, kPlain},
	{"we use cookies", doc.ReasonPromo, 90, kPlain},
	{"we and our partners", doc.ReasonPromo, 90, kPlain},
	{"this website uses cookies", doc.ReasonPromo, 90, kPlain},
	{"this site uses cookies", doc.ReasonPromo, 90, kPlain},
	{"our website uses cookies", doc.ReasonPromo, 90, kPlain},
	{"our site uses cookies", doc.ReasonPromo, 90, kPlain},
	{"by continuing to use", doc.ReasonPromo, 90, kPlain},
	{"by continuing to browse", doc.ReasonPromo, 90, kPlain},
	{"by clicking", doc.ReasonPromo, 90, kPlain},
	{"by using this site", doc.ReasonPromo, 90, kPlain},
	{"by using our site", doc.ReasonPromo, 90, kPlain},
	{"we value your privacy", doc.ReasonPromo, 90, kPlain},

	// credit
	{"credit:", doc.ReasonCredit, 12, kPlain},
	{"credits:", doc.ReasonCredit, 12, kPlain},
	{"photo credit", doc.ReasonCredit, 12, kPlain},
	{"photo credits", doc.ReasonCredit, 12, kPlain},
	{"image credit", doc.ReasonCredit, 12, kPlain},
	{"picture credit", doc.ReasonCredit, 12, kPlain},
	{"photo courtesy", doc.ReasonCredit, 12, kPlain},
	{"image courtesy", doc.ReasonCredit, 12, kPlain},
	{"courtesy:", doc.ReasonCredit, 12, kPlain},
	{"image source", doc.ReasonCredit, 12, kPlain},
	{"photographer:", doc.ReasonCredit, 12, kPlain},
	{"photograph by", doc.ReasonCredit, 12, kPlain},
	{"photography by", doc.ReasonCredit, 12, kPlain},
	{"photo by", doc.ReasonCredit, 12, kPlain},
	{"photos by", doc.ReasonCredit, 12, kPlain},
	{"picture by", doc.ReasonCredit, 12, kPlain},
	{"pictures by", doc.ReasonCredit, 12, kPlain},
	{"illustration by", doc.ReasonCredit, 12, kPlain},
	{"illustration:", doc.ReasonCredit, 12, kPlain},
	{"graphic by", doc.ReasonCredit, 12, kPlain},
	{"video credit", doc.ReasonCredit, 12, kPlain},
	{"©", doc.ReasonCredit, 12, kPlain},
	{"(c) ", doc.ReasonCredit, 12, kPlain},

	// other
	{"copyright", doc.ReasonOther, 25, kYear},
	{"this material may not be published", doc.ReasonOther, 40, kPlain},
	{"our standards:", doc.ReasonOther, 15, kPlain},

	// caption
	{"file photo", doc.ReasonCaption, 90, kPlain},
	{"(file photo", doc.ReasonCaption, 90, kPlain},
	{"file:", doc.ReasonCaption, 90, kPlain},
	{"file -", doc.ReasonCaption, 90, kPlain},
	{"file image", doc.ReasonCaption, 90, kPlain},
	{"caption:", doc.ReasonCaption, 90, kPlain},
	{"image caption", doc.ReasonCaption, 90, kPlain},
	{"media caption", doc.ReasonCaption, 90, kPlain},
	{"photo caption", doc.ReasonCaption, 90, kPlain},
	{"pictured:", doc.ReasonCaption, 90, kPlain},
	{"above:", doc.ReasonCaption, 90, kPlain},
	{"main image:", doc.ReasonCaption, 90, kPlain},
	{"top image:", doc.ReasonCaption, 90, kPlain},
	{"featured image:", doc.ReasonCaption, 90, kPlain},
	{"feature image:", doc.ReasonCaption, 90, kPlain},
	{"lead image:", doc.ReasonCaption, 90, kPlain},
	{"photo:", doc.ReasonCaption, 90, kPhoto},
	{"photos:", doc.ReasonCaption, 90, kPhoto},
	{"picture:", doc.ReasonCaption, 90, kPhoto},
	{"pictures:", doc.ReasonCaption, 90, kPhoto},
	{"image:", doc.ReasonCaption, 90, kPhoto},
	{"images:", doc.ReasonCaption, 90, kPhoto},
	{"photograph:", doc.ReasonCaption, 90, kPhoto},
	{"pic:", doc.ReasonCaption, 90, kPhoto},
	{"(photo", doc.ReasonCaption, 90, kPhoto},
	{"[photo", doc.ReasonCaption, 90, kPhoto},
	{"(image", doc.ReasonCaption, 90, kPhoto},
	{"[image", doc.ReasonCaption, 90, kPhoto},
	{"(picture", doc.ReasonCaption, 90, kPhoto},
}

// byFirst indexes prefixes by their first byte so a line is tested only
// against the few that can match.
var byFirst [256][]int

func init() {
	for i, p := range prefixes {
		byFirst[p.p[0]] = append(byFirst[p.p[0]], i)
	}
}

// Share-button vocabulary; a line made only of these phrases (and counts) is
// a share bar. true marks words that are not share buttons on their own but
// appear inside share bars (kept here so "Share on: Facebook X" is covered).
var shareVocab = map[string]bool{}

func init() {
	for _, k := range []string{
		"share", "shares", "share this", "share this article", "share this story", "share this page",
		"share article", "share story", "share page", "share full article", "share via", "share on",
		"share on facebook", "share on twitter", "share on x", "share on linkedin", "share on whatsapp",
		"share on reddit", "share on email", "share via email", "share via e-mail", "share by email",
		"share with email", "share via whatsapp", "share via facebook", "share via twitter",
		"send in e-mail", "send in email", "send by email", "send by e-mail", "send via email",
		"email", "e-mail", "mail", "tweet", "tweet this", "retweet",
		"print", "print this article", "print article", "print this page", "print page",
		"copy link", "copy the link", "copy url", "copy link to clipboard", "link copied", "copied",
		"whatsapp", "facebook", "twitter", "x", "linkedin", "reddit", "pinterest", "telegram",
		"messenger", "facebook messenger", "flipboard", "tumblr", "vk", "viber", "sms", "threads",
		"bluesky", "mastodon", "pocket", "save", "save article", "save for later", "bookmark",
		"comment", "comments", "gift article", "gift this article", "gift link", "more sharing options",
		"sharing options", "share options", "close share panel",
	} {
		shareVocab[k] = true
	}
}

// Photo agencies and the filler words of a credit line. true marks an
// agency: a credit line needs at least one.
var agencyVocab = map[string]bool{
	"ap": true, "afp": true, "reuters": true, "getty": true, "epa": true, "efe": true, "epa-efe": true,
	"xinhua": true, "anadolu": true, "tass": true, "sputnik": true, "shutterstock": true, "alamy": true,
	"dpa": true, "ansa": true, "zuma": true, "sipa": true, "nurphoto": true, "imago": true, "kyodo": true,
	"yonhap": true, "abaca": true, "rex": true, "pa": true, "aa": true, "bloomberg": true, "istock": true,
	"istockphoto": true, "upi": true, "ria": true,
	"images": false, "image": false, "photo": false, "photos": false, "via": false, "file": false,
	"handout": false, "pool": false, "agency": false, "press": false, "media": false, "wire": false,
	"usa": false, "novosti": false, "news": false, "picture": false, "pictures": false, "alliance": false,
	"contributor": false, "stringer": false, "ap-photo": false, "photographer": false, "ltd": false,
}

// firstWords holds the first word of every share and agency phrase.
var firstWords = map[string]bool{}

func init() {
	for _, m := range []map[string]bool{shareVocab, agencyVocab} {
		for k := range m {
			w, _, _ := strings.Cut(k, " ")
			w, _, _ = strings.Cut(w, "-")
			firstWords[w] = true
		}
	}
}

// injectable are ad markers that sites drop into the middle of a paragraph;
// matched case-sensitively so that a wrapped word ("the\nadvertisement")
// is not taken for one.
var injectable = map[string]bool{
	"Advertisement": true, "ADVERTISEMENT": true, "Advertisement:": true, "- Advertisement -": true,
	"Story continues below advertisement": true, "Story continues below": true,
	"Article continues below": true, "Continue reading the main story": true,
	"Continue reading below": true, "Scroll to continue with content": true,
	"Skip Advertisement": true, "SKIP ADVERTISEMENT": true,
}

var socials = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "instagram": true, "telegram": true, "linkedin": true,
	"youtube": true, "tiktok": true, "threads": true, "bluesky": true, "whatsapp": true, "mastodon": true,
	"news": true, // "Follow us on Google News"
}

// hasWordPrefix reports whether b starts with p at a word boundary.
func hasWordPrefix(b []byte, p string) bool {
	if len(b) < len(p) || string(b[:len(p)]) != p {
		return false
	}
	if len(b) == len(p) || !isWordByte(p[len(p)-1]) {
		return true
	}
	return !isWordByte(b[len(p)])
}

func isWordByte(c byte) bool {
	return ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c >= utf8.RuneSelf
}

// tokens splits a folded line into words (runs of letters, digits and inner
// hyphens) written space-separated into st.tok, with their offsets, so that
// multi-word phrases can be looked up as sub-slices without allocating.
func (st *state) tokens(b []byte) int {
	st.tok = st.tok[:0]
	st.ts = st.ts[:0]
	st.te = st.te[:0]
	for i := 0; i < len(b); {
		if !isWordByte(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && (isWordByte(b[j]) || (b[j] == '-' && j+1 < len(b) && isWordByte(b[j+1]) && j > i)) {
			j++
		}
		if len(st.tok) > 0 {
			st.tok = append(st.tok, ' ')
		}
		st.ts = append(st.ts, len(st.tok))
		st.tok = append(st.tok, b[i:j]...)
		st.te = append(st.te, len(st.tok))
		i = j
		if len(st.ts) > 40 {
			break
		}
	}
	return len(st.ts)
}

// isCount reports a share count such as "12", "1.2k" (its tail "2k").
func isCount(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	for i, c := range w {
		if c < '0' || c > '9' {
			return i > 0 && i == len(w)-1 && (c == 'k' || c == 'm')
		}
	}
	return true
}

// covered reports whether the tokens of b are all phrases of vocab (longest
// match first, up to four words) or counts, with at least one phrase, and at
// least one strong phrase when strong is set.
func (st *state) covered(b []byte, vocab map[string]bool, strong bool) bool {
	// Cheap reject: the first word must start some phrase (or be a count).
	w := 0
	for w < len(b) && !isWordByte(b[w]) {
		w++
	}
	e := w
	for e < len(b) && isWordByte(b[e]) {
		e++
	}
	if w == e || (!firstWords[string(b[w:e])] && !isCount(b[w:e])) {
		return false
	}
	n := st.tokens(b)
	if n == 0 || n > 40 {
		return false
	}
	phrases, strongs := 0, 0
	for i := 0; i < n; {
		if isCount(st.tok[st.ts[i]:st.te[i]]) {
			i++
			continue
		}
		k := min(4, n-i)
		for ; k > 0; k-- {
			if s, ok := vocab[string(st.tok[st.ts[i]:st.te[i+k-1]])]; ok {
				phrases++
				if s {
					strongs++
				}
				break
			}
		}
		if k == 0 {
			return false
		}
		i += k
	}
	return phrases > 0 && (!strong || strongs > 0)
}

// agencyLine reports a line made only of agency names and credit filler,
// "AFP via Getty Images", "Reuters", "AP Photo".
func (st *state) agencyLine(b []byte) bool {
	return st.covered(b, agencyVocab, true)
}

// creditish reports whether the text after "Photo:" or inside "(...)" names
// a photographer or agency rather than describing the picture.
func (st *state) creditish(rest []byte) bool {
	rest = trimJunk(rest)
	if len(rest) == 0 {
		return true
	}
	if bytes.IndexByte(rest, '/') >= 0 || bytes.Contains(rest, []byte(" via ")) || bytes.Contains(rest, []byte("getty images")) {
		return true
	}
	if st.agencyLine(rest) {
		return true
	}
	return countWords(rest) <= 3 && bytes.IndexByte(rest, '.') < 0
}

// afterColon returns the raw text after the first ':' of s, without
// closing brackets ("Photo: Jane van Doe)" -> "Jane van Doe").
func afterColon(s string) string {
	_, rest, ok := strings.Cut(s, ":")
	if !ok {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(rest), ")]")
}

// nameish reports a short raw text that reads as a person's name: every
// word capitalised except name particles, no sentence punctuation.
func nameish(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(s, ".,;!?") {
		return false
	}
	for _, w := range words {
		switch w {
		case "van", "der", "den", "de", "da", "dos", "del", "la", "le", "von", "al", "el", "bin", "ibn":
			continue
		}
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// creditInner reports whether a folded bracketed aside is a photo credit:
// "(AP Photo/Jane Doe)", "(Photo: AFP)", "(Reuters/Getty Images)".
func (st *state) creditInner(in []byte) bool {
	in = trimJunk(in)
	for _, p := range [...]string{"photo:", "photo by", "photo/", "photo credit", "photo courtesy", "photos:",
		"photo -", "ap photo", "afp photo", "file photo", "reuters photo", "epa photo", "pic:", "picture:",
		"picture by", "image:", "image by", "image credit", "photograph:", "photograph by", "credit:", "courtesy"} {
		if hasWordPrefix(in, p) {
			return true
		}
	}
	if bytes.Contains(in, []byte("getty images")) {
		return true
	}
	if i := bytes.IndexByte(in, '/'); i >= 0 && countWords(in) <= 6 {
		return st.agencyLine(in[:i]) || st.agencyLine(in[bytes.LastIndexByte(in, '/')+1:])
	}
	// "(Reuters)" or "(AFP)" alone ends real wire text; not a credit.
	return false
}

// upperAgency lists the capitalised agency tags that open a Reuters/AFP
// style credit at the end of a caption: "... on Monday. REUTERS/Jane Doe".
var upperAgency = [...]string{"REUTERS/", "AFP/", "AP/", "EPA/", "EPA-EFE/", "ANADOLU/", "XINHUA/", "SANA/", "AFP PHOTO/", "AFP PHOTO /"}

// classify applies the line rules to one trimmed line (or joined paragraph).
// capHash, when hasCap, is the hash of the caption text proper, so that a
// bare copy of the same caption elsewhere can be dropped too.
// f is the folded line and core f without junk at the ends; classify
// leaves st.buf alone so the caller can keep using them.
func (st *state) classify(s string, f, core []byte) (reason string, marker bool, capHash uint64, hasCap bool) {
	if len(s) > maxRuleBytes {
		return "", false, 0, false
	}
	if !hasLetter(core) {
		// separators and stray bullets: "|", "•", "* * *"
		if len(s) <= 16 {
			return doc.ReasonOther, false, 0, false
		}
		return "", false, 0, false
	}
	if r, ok := exact[string(core)]; ok {
		return r.reason, r.marker, 0, false
	}
	words := countWords(core)
	if words <= 12 && st.covered(core, shareVocab, false) {
		return doc.ReasonShare, false, 0, false
	}
	if words <= 10 && st.agencyLine(core) {
		return doc.ReasonCredit, false, 0, false
	}
	if words <= 30 && bytes.Contains(core, []byte("all rights reserved")) {
		return doc.ReasonOther, false, 0, false
	}
	lead := trimJunkLeft(f)
	for _, pi := range byFirst[lead[0]] {
		p := &prefixes[pi]
		if words > p.max || !hasWordPrefix(lead, p.p) {
			continue
		}
		rest := trimJunk(lead[len(p.p):])
		switch p.kind {
		case kMarker:
			if endsSentence(s) && !strings.HasSuffix(s, ":") {
				continue
			}
			return p.reason, true, 0, false
		case kYear:
			if len(rest) == 0 || !(bytes.HasPrefix(rest, []byte("©")) || bytes.HasPrefix(rest, []byte("(c)")) || isYear(rest)) {
				continue
			}
			return p.reason, false, 0, false
		case kPhoto:
			if lead[0] == '(' || lead[0] == '[' {
				// "(Photo ...)" is a caption or credit only when the aside is
				// the whole line; "(Photo) Airstrikes hit ..." is article text.
				if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "]") {
					continue
				}
				rest = bytes.TrimRight(rest, ")]")
			}
			if st.creditish(rest) || (words <= 8 && nameish(afterColon(s))) {
				return doc.ReasonCredit, false, 0, false
			}
			return doc.ReasonCaption, false, st.hash(trimJunk(rest)), countWords(rest) >= 3
		}
		if p.reason == doc.ReasonCaption {
			return p.reason, false, st.hash(rest), countWords(rest) >= 3
		}
		return p.reason, false, 0, false
	}
	if words <= 8 && hasWordPrefix(lead, "follow") {
		if last := bytes.LastIndexByte(core, ' '); last >= 0 && socials[string(core[last+1:])] {
			return doc.ReasonPromo, false, 0, false
		}
	}
	// "Jane Doe/AFP via Getty Images", "REUTERS/Jane Doe", "Jane Doe | Reuters"
	if words <= 10 && !strings.HasSuffix(s, ".") {
		if i := bytes.LastIndexAny(core, "/|,"); i >= 0 && st.agencyLine(core[i+1:]) {
			return doc.ReasonCredit, false, 0, false
		}
		if i := bytes.LastIndex(core, []byte(" via ")); i >= 0 && st.agencyLine(core[i+5:]) {
			return doc.ReasonCredit, false, 0, false
		}
		if i := bytes.IndexByte(core, '/'); i >= 0 && words <= 6 && st.agencyLine(core[:i]) {
			return doc.ReasonCredit, false, 0, false
		}
	}
	if words >= 4 && words <= 60 {
		if h, ok := st.trailingCredit(s); ok {
			return doc.ReasonCaption, false, h, true
		}
	}
	return "", false, 0, false
}

// trailingCredit recognises a caption that carries its credit at the end:
// "Smoke rises over the port on Monday. (AP Photo/Jane Doe)" or
// "... March 3. REUTERS/Jane Doe". It returns the hash of the caption part.
func (st *state) trailingCredit(s string) (uint64, bool) {
	if strings.HasSuffix(s, ")") {
		if lp := strings.LastIndexByte(s, '('); lp > 0 {
			before := strings.TrimSpace(s[:lp])
			st.buf2 = fold(st.buf2[:0], s[lp+1:len(s)-1])
			if countWords(trimJunk(st.buf2)) <= 12 && st.creditInner(st.buf2) {
				return st.capHashOf(before)
			}
		}
		return 0, false
	}
	if endsSentence(s) {
		return 0, false
	}
	// The credit is a few words at the very end: look only there.
	// Find the last ". ", " | ", " - ", " – " or " — " within the last
	// seven words.
	cut, spaces := -1, 0
	for i := len(s) - 2; i >= max(0, len(s)-120) && spaces <= 7; i-- {
		if s[i] != ' ' {
			continue
		}
		spaces++
		if i > 0 && s[i-1] == '.' {
			cut = i - 1
			break
		}
		if t := s[i+1:]; len(t) > 1 && (t[0] == '|' || t[0] == '-') && t[1] == ' ' ||
			strings.HasPrefix(t, "– ") || strings.HasPrefix(t, "— ") {
			cut = i
			break
		}
	}
	if cut <= 0 {
		return 0, false
	}
	seg := strings.TrimSpace(s[cut+1:])
	seg = strings.TrimLeft(seg, "|-–— ")
	before := strings.TrimSpace(s[:cut+1])
	ok := false
	for _, a := range upperAgency {
		if strings.HasPrefix(seg, a) {
			ok = true
			break
		}
	}
	st.buf2 = fold(st.buf2[:0], seg)
	sb := trimJunk(st.buf2)
	if countWords(sb) > 6 {
		return 0, false
	}
	if !ok {
		for _, p := range [...]string{"photo:", "photograph:", "picture:", "image:", "credit:", "photo by", "picture by"} {
			if hasWordPrefix(sb, p) {
				ok = true
				break
			}
		}
	}
	if !ok {
		// A bare agency name ("... in December. --Reuters") is a wire
		// sign-off on real text, not a photo credit: ask for a photo word.
		ok = bytes.HasSuffix(sb, []byte("getty images")) ||
			(st.agencyLine(sb) && (bytes.Contains(sb, []byte("photo")) || bytes.Contains(sb, []byte("images"))))
	}
	if !ok {
		return 0, false
	}
	return st.capHashOf(before)
}

func (st *state) capHashOf(before string) (uint64, bool) {
	st.buf2 = fold(st.buf2[:0], before)
	c := trimJunk(st.buf2)
	if countWords(c) < 3 {
		return 0, false
	}
	return st.hash(c), true
}

// isYear reports a folded text that starts with a four-digit year.
func isYear(b []byte) bool {
	if len(b) < 4 {
		return false
	}
	for _, c := range b[:4] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) == 4 || !isWordByte(b[4])
}

// headlineLike reports a line that reads as a headline in a list of related
// stories: short, capitalised, not a finished sentence.
func (st *state) headlineLike(s string) bool {
	if len(s) > 200 || endsWithPeriod(s) || strings.HasSuffix(s, ":") {
		return false
	}
	st.buf2 = fold(st.buf2[:0], s)
	c := trimJunk(st.buf2)
	if !hasLetter(c) || countWords(c) > 16 {
		return false
	}
	// first letter or digit must not be lower case
	for _, r := range s {
		if isJunk(r) || r == '"' || r == '\'' || r == '“' || r == '‘' {
			continue
		}
		return !unicode.IsLower(r)
	}
	return false
}

func endsWithPeriod(s string) bool {
	s = strings.TrimRight(s, "\"'”’)] ")
	return strings.HasSuffix(s, ".")
}
