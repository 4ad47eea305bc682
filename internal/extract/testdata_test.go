package extract

import (
	"fmt"
	"strings"
)

// The article text of the test pages: invented, written for these tests.
var testParagraphs = []string{
	"Negotiators from the two provinces met on Tuesday in the lakeside town of Varnemo, the first direct talks since the ceasefire collapsed in early spring.",
	"The delegations spent most of the morning on the exchange of detainees, according to two officials who attended and asked not to be named because the talks were private.",
	"A mediator from the regional council said both sides had agreed to a map of the disputed crossings, but that the timetable for withdrawing heavy weapons was still open.",
	"Shelling near the northern checkpoint continued overnight, local authorities said, and at least four civilians were wounded when a market building was hit.",
	"The council's monitoring mission reported more than two hundred violations of the truce in the past week, most of them small-arms fire along the river.",
	"Humanitarian groups have warned that the approaching winter will leave thousands of displaced families without heating unless the main pipeline is repaired.",
	"The pipeline runs through territory held by both sides, and engineers need guarantees of safe passage before they can start work on the damaged section.",
	"In the capital, opposition lawmakers demanded that the government publish the draft agreement before any vote, saying parliament had been kept in the dark.",
	"The prime minister's office replied that the text would be released once both delegations had initialled it, and not before.",
	"Analysts said the talks were unlikely to produce a lasting settlement this year but could reduce the fighting around the crossings if the map holds.",
	"Another round of negotiations is scheduled for the end of the month, the mediator said, with the question of prisoners at the top of the agenda.",
	"Residents of Varnemo gathered outside the conference hall in the evening, some holding photographs of relatives who have been missing since the war began.",
}

const testTitle = "Talks resume in Varnemo as shelling continues near checkpoint"

// testNav, testRelated and testFooter are boilerplate that must not reach
// Article.Text.
var (
	testNav     = []string{"Home", "World", "Politics", "Business", "Climate", "Sport", "Culture", "Opinion", "Podcasts", "Newsletters"}
	testRelated = []string{
		"Floods cut off mountain villages for a third day",
		"Central bank holds rates as inflation cools",
		"Election commission publishes final turnout figures",
		"Court rejects appeal over port privatisation",
	}
	testFooter = "Copyright Example Daily News Group. All rights reserved. Terms of use and privacy policy."
)

// newsPage renders a realistic article page: header, navigation menu,
// inline scripts and styles, the article (headline, byline, date, figure
// with caption, subheading), share widgets, related links, reader
// comments and a footer. extra repeats the boilerplate blocks to reach a
// target size.
func newsPage(extra int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>` + testTitle + ` | Example Daily</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="` + testTitle + `">
<meta property="og:site_name" content="Example Daily">
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2024-05-03T15:47:42Z">
<link rel="canonical" href="https://news.example.com/world/2024/05/03/talks-resume-varnemo">
<style>
body{font-family:Georgia,serif;margin:0}.nav a{padding:4px 8px}.article p{line-height:1.6}
.footer{background:#222;color:#eee}.comments li{margin:1em 0}.share button{border:0}
</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-EXAMPLE');
</script>
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Example Daily</a>
<nav class="nav main-menu"><ul>
`)
	for i := 0; i <= extra; i++ {
		for _, n := range testNav {
			fmt.Fprintf(&b, "<li><a href=\"/%s/%d\">%s</a></li>\n", strings.ToLower(n), i, n)
		}
	}
	b.WriteString(`</ul></nav>
<div class="breaking-ticker"><a href="/live">Live: markets open lower</a></div>
</header>
<main>
<article class="article">
<h1 class="headline">` + testTitle + `</h1>
<div class="byline">By <a rel="author" href="/authors/mara-lindqvist">Mara Lindqvist</a>
<time datetime="2024-05-03T15:47:42Z">3 May 2024</time></div>
<div class="share"><button>Share on Facebook</button><button>Share on X</button><button>Copy link</button></div>
<figure><img src="/img/varnemo.jpg" alt="Conference hall"><figcaption>Delegates arrive at the conference hall in Varnemo. Photo: Example Agency</figcaption></figure>
<div class="article-body">
`)
	for i, p := range testParagraphs {
		if i == 6 {
			b.WriteString("<h2>Winter warning</h2>\n")
		}
		if i == 8 {
			b.WriteString(`<aside class="related-inline"><a href="/x">Read more: Ceasefire timeline</a></aside>` + "\n")
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</div>
<div class="tags"><a href="/tag/diplomacy">Diplomacy</a> <a href="/tag/conflict">Conflict</a></div>
</article>
<section class="related"><h3>Related stories</h3><ul>
`)
	for i := 0; i <= extra; i++ {
		for j, r := range testRelated {
			fmt.Fprintf(&b, "<li><a href=\"/story/%d-%d\">%s</a></li>\n", i, j, r)
		}
	}
	b.WriteString(`</ul></section>
<section id="comments" class="comments"><h3>Comments</h3><ol>
`)
	for i := 0; i <= extra; i++ {
		fmt.Fprintf(&b, "<li class=\"comment\"><span class=\"comment-author\">reader%d</span><p>I have been following this for months and nobody ever explains who controls the pipeline now.</p></li>\n", i)
	}
	b.WriteString(`</ol></section>
</main>
<script type="application/json" id="__STATE__">`)
	// A large inline state blob, as client-side frameworks emit.
	b.WriteString(`{"ads":[`)
	for i := 0; i < 40*(extra+1); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"slot":"slot-%d","sizes":[[300,250],[728,90]],"targeting":{"section":"world","pos":%d}}`, i, i)
	}
	b.WriteString(`]}</script>
<footer class="footer"><p>` + testFooter + `</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li></ul></footer>
<script src="/static/app.js" async></script>
</body>
</html>
`)
	return b.String()
}
