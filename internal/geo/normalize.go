package geo

import (
	"strings"
	"unicode"
)

// fold maps Latin letters with diacritics (and a few ligatures) to ASCII.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'ǎ': "a", 'ạ': "a", 'ả': "a", 'ấ': "a", 'ầ': "a", 'ậ': "a", 'ắ': "a", 'ằ': "a", 'ặ': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'ĉ': "c", 'ċ': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ḍ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ĕ': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ẹ': "e", 'ẻ': "e", 'ẽ': "e", 'ế': "e", 'ề': "e", 'ể': "e", 'ễ': "e", 'ệ': "e",
	'ĝ': "g", 'ğ': "g", 'ġ': "g", 'ģ': "g", 'ĥ': "h", 'ħ': "h", 'ḥ': "h", 'ḩ': "h",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ĩ': "i", 'ī': "i", 'ĭ': "i", 'į': "i", 'ı': "i", 'ǐ': "i", 'ị': "i", 'ỉ': "i",
	'ĵ': "j", 'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ŀ': "l", 'ł': "l", 'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ŏ': "o", 'ő': "o", 'ǒ': "o", 'ọ': "o", 'ỏ': "o", 'ố': "o", 'ồ': "o", 'ổ': "o", 'ỗ': "o", 'ộ': "o", 'ơ': "o", 'ớ': "o", 'ờ': "o", 'ợ': "o",
	'œ': "oe", 'ŕ': "r", 'ŗ': "r", 'ř': "r", 'ś': "s", 'ŝ': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ṣ': "s", 'ß': "ss",
	'ţ': "t", 'ť': "t", 'ŧ': "t", 'ț': "t", 'ṭ': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ũ': "u", 'ū': "u", 'ŭ': "u", 'ů': "u", 'ű': "u", 'ų': "u", 'ǔ': "u", 'ư': "u", 'ụ': "u", 'ủ': "u", 'ứ': "u", 'ừ': "u", 'ự': "u",
	'ŵ': "w", 'ý': "y", 'ÿ': "y", 'ŷ': "y", 'ỳ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'ẓ': "z",
}

// arabicArticles are stripped from the front of a key when written with a
// hyphen ("al-Raqqa", "ar-Rastan"); "al"/"el" are stripped with a space too.
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true, "an": true}

// Key is the normalised lookup key of a place name: lower case, Latin
// diacritics folded, apostrophes and periods dropped, hyphens and other
// punctuation turned into spaces, spaces collapsed, and a leading Arabic
// article removed ("Al-Raqqah", "al Raqqah" and "Raqqah" share a key). It
// returns "" when the name holds letters of a script the gazetteer never
// matches (anything but Latin), so such alternate names are not indexed.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	firstHyphen := false
	words := 0
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ' || r == 'ʻ' || r == '´' || r == '.':
			continue
		case r < 128:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				if space {
					words++
				}
				b.WriteRune(r)
				space = false
				continue
			}
			if r == '-' && words == 1 && !space {
				firstHyphen = true
			}
			space = true
		default:
			lr := unicode.ToLower(r)
			f, ok := fold[lr]
			if !ok {
				if unicode.IsLetter(lr) {
					return ""
				}
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			if space {
				words++
			}
			b.WriteString(f)
			space = false
		}
	}
	k := b.String()
	if i := strings.IndexByte(k, ' '); i > 0 {
		first := k[:i]
		if arabicArticles[first] && (firstHyphen || first == "al") {
			k = k[i+1:]
		}
	}
	return k
}
