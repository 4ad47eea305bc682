// Package langid guesses the language of an article's text, so that the
// contract's "language" field says what the words are rather than what a
// page template declares (many sites say lang="en" on every page).
//
// It is deliberately small and fast: the script of the letters decides for
// non-Latin alphabets, and for Latin-script text the most frequent function
// words of each language are counted. News paragraphs are long enough for
// that to be right almost always, at a few microseconds per article.
package langid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sample bounds the text looked at: the first paragraphs decide, and the
// cost stays flat for long articles.
const sample = 2000

// functionWords holds, per language, frequent words that are rare as words
// in the other listed languages.
var functionWords = map[string]string{
	"en": "the a an of and to in is that for it was on with as by at from are this be have has not but which who were said will would their they",
	"de": "der die und das ist nicht ein eine den dem des mit sich auf für von zu im am um auch es wird wurde sind bei nach aus wie oder hat",
	"fr": "le la les des et est une du dans pour que qui pas sur au avec ce il elle sont par plus ont été mais aux cette son ses",
	"es": "el la los las de que y en un una por con para es del se al lo como más pero sus le fue ha son este esta",
	"it": "il lo la gli le di che e un una per con del della sono non si è anche nel alla dei più ha come questo",
	"pt": "o os as de que e em um uma para com não do da dos das no na se por mais foi ao pelo pela são também",
	"nl": "de het een en van is dat op te in niet zijn met voor er die ook aan bij wordt werd om naar als maar",
	"sv": "och att det som en på är av för med till den har inte om ett var jag de från vid men kan så också",
	"da": "og at det som en på er af for med til den har ikke om et var de fra ved men kan så også blev efter",
	"no": "og at det som en på er av for med til den har ikke om et var de fra ved men kan så også ble etter",
	"pl": "i w na z że się do nie jest to o jak po przez oraz dla ale od czy tym jego już",
	"cs": "a v na se že je s z do to o jako by pro ale které jsou byl po od také jeho",
	"tr": "ve bir bu da de için ile olarak çok daha olan gibi ne ama en her sonra kadar değil",
	"ro": "și în de la a cu pe că nu un o din pentru care este mai au fost sau",
	"hu": "a az és hogy nem is egy de meg van ez azt el már csak mint volt",
	"fi": "ja on ei että se oli hän ovat kun mutta myös tai joka sen ole",
	"id": "yang dan di dari untuk dengan ini itu tidak dalam akan pada juga ke oleh",
}

var wordLang = func() map[string][]string {
	m := map[string][]string{}
	for lang, words := range functionWords {
		for _, w := range strings.Fields(words) {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// Detect returns the ISO 639-1 code of text's language and whether the
// guess is reliable; ("", false) when there is too little text to tell.
func Detect(text string) (string, bool) {
	if len(text) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if code, n, ok := byScript(text); ok {
		return code, n >= 20
	}
	scores := map[string]float64{}
	words := 0
	start := -1
	var buf []byte
	flush := func(end int) {
		if start < 0 {
			return
		}
		words++
		buf = appendLower(buf[:0], text[start:end])
		if langs, ok := wordLang[string(buf)]; ok {
			for _, l := range langs {
				scores[l] += 1 / float64(len(langs))
			}
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && (r == '\'' || r == '’'):
			// inside a word: "Somalia's" is no Czech "s" after a name
		default:
			flush(i)
		}
	}
	flush(len(text))
	best, second := "", 0.0
	for l, s := range scores {
		if best == "" || s > scores[best] || (s == scores[best] && before(l, best)) {
			if best != "" {
				second = max(second, scores[best])
			}
			best = l
		} else {
			second = max(second, s)
		}
	}
	if best == "" {
		return "", false
	}
	top := scores[best]
	return best, top >= 3 && top >= 1.5*second && top >= 0.1*float64(words)
}

// before orders languages with equal scores: English first, the language
// the later stages are built for ("to" is English and Czech, and a short
// English sentence may have no other function word), then by code.
func before(a, b string) bool {
	if a == "en" || b == "en" {
		return a == "en"
	}
	return a < b
}

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// scripts maps non-Latin alphabets to the language they most often mean
// in news. Wrong for, say, Ukrainian or Persian, but far better than "en".
var scripts = []struct {
	table *unicode.RangeTable
	code  string
}{
	{unicode.Arabic, "ar"}, {unicode.Cyrillic, "ru"}, {unicode.Hebrew, "he"},
	{unicode.Greek, "el"}, {unicode.Hangul, "ko"}, {unicode.Hiragana, "ja"},
	{unicode.Katakana, "ja"}, {unicode.Han, "zh"}, {unicode.Thai, "th"},
	{unicode.Devanagari, "hi"},
}

// byScript decides by alphabet when most letters are not Latin. Japanese
// text mixes Han with kana, so any kana makes it Japanese.
func byScript(text string) (code string, letters int, ok bool) {
	counts := make([]int, len(scripts))
	latin := 0
	for _, r := range text {
		if r < 0x80 {
			if unicode.IsLetter(r) {
				latin++
			}
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[i]++
				letters++
				break
			}
		}
	}
	if letters <= latin {
		return "", 0, false
	}
	if counts[5]+counts[6] > 0 {
		return "ja", letters, true
	}
	best := 0
	for i := range counts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	return scripts[best].code, letters, true
}

// Choose picks the document language: a reliable guess from the text wins,
// then the page's declared language, then the alphabet of a short text,
// then English, the language sitrep's later stages are built for. A few
// function words in Latin script decide nothing: "met" is Dutch, "on"
// Finnish, "a" Czech, and a one-line English report has little else.
func Choose(text, declared string) string {
	guess, reliable := Detect(text)
	switch {
	case reliable:
		return guess
	case declared != "":
		return declared
	}
	if code, _, ok := byScript(text); ok {
		return code
	}
	return "en"
}
