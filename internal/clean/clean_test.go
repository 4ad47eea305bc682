package clean

import (
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// rm builds an expected removal.
func rm(text, reason string) doc.Removal { return doc.Removal{Text: text, Reason: reason} }

func TestText(t *testing.T) {
	const p1 = "Government forces shelled the outskirts of Varna on Tuesday, residents said."
	const p2 = "The rebels said they would share power with the council if talks resumed."
	tests := []struct {
		name    string
		title   string
		body    string
		want    string
		removed []doc.Removal
	}{
		{
			name: "empty",
			body: " \n\n\t\n",
			want: "",
		},
		{
			name: "blank-line paragraphs kept as they are",
			body: "\n" + p1 + "\n\n\n" + p2 + "\n",
			want: p1 + "\n\n" + p2,
		},
		{
			name: "one paragraph per line",
			body: p1 + "\n" + p2 + "\nShort line without a stop",
			want: p1 + "\n\n" + p2 + "\n\nShort line without a stop",
		},
		{
			name: "CRLF, tabs, zero-width space and BOM",
			body: "\ufeff" + "Fighting\u200b resumed\tat dawn.  \r\n\r\n\t" + p2 + "\r\n",
			want: "Fighting resumed\tat dawn.\n\n" + p2,
		},
		{
			name: "caption printed twice on adjacent lines after its credit",
			body: p1 + "\n\nPhoto: Test Wire\nA man walks past a burned bus in Varna.\nA man walks past a burned bus in Varna.\n\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Photo: Test Wire", doc.ReasonCredit),
				rm("A man walks past a burned bus in Varna.", doc.ReasonCaption),
				rm("A man walks past a burned bus in Varna.", doc.ReasonCaption),
			},
		},
		{
			name:    "line repeated on the next line is a duplicate, not a wrap",
			body:    p1 + "\n\nThe convoy reached the city on Friday.\nThe convoy reached the city on Friday.\n\n" + p2,
			want:    p1 + "\n\nThe convoy reached the city on Friday.\n\n" + p2,
			removed: []doc.Removal{rm("The convoy reached the city on Friday.", doc.ReasonDuplicate)},
		},
		{
			name: "lone CR line ends",
			body: "First line.\r\rSecond line.",
			want: "First line.\n\nSecond line.",
		},
		{
			name: "wrapped lines joined, characters kept",
			body: "The envoy said the \u201cceasefire\u201d was holding \u2014 for now.   \n   Aid convoys\u00a0reached the\ncity.\n\nSecond paragraph.",
			want: "The envoy said the \u201cceasefire\u201d was holding \u2014 for now. Aid convoys\u00a0reached the city.\n\nSecond paragraph.",
		},
		{
			name: "share bars",
			body: "Share on Facebook\nTweet\n" + p1 + "\nSend in e-mail | Copy link | Print\nWhatsApp\nShare 12 Tweet 3\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Share on Facebook", doc.ReasonShare), rm("Tweet", doc.ReasonShare),
				rm("Send in e-mail | Copy link | Print", doc.ReasonShare), rm("WhatsApp", doc.ReasonShare),
				rm("Share 12 Tweet 3", doc.ReasonShare),
			},
		},
		{
			name: "real sentences with trigger words stay",
			body: "Share this article\n\nThe rebels said they would share power.\n\nClicking on the link crashed the ministry website, officials said.\n\nPrint media were banned in the province.\n\nFollow the money, the auditor said.",
			want: "The rebels said they would share power.\n\nClicking on the link crashed the ministry website, officials said.\n\nPrint media were banned in the province.\n\nFollow the money, the auditor said.",
			removed: []doc.Removal{
				rm("Share this article", doc.ReasonShare),
			},
		},
		{
			name: "credits",
			body: p1 + "\nCredit: AP\nPhoto: Reuters\n(AP Photo/Jane Doe)\nGetty Images\n\u00a9 2024 Reuters\nImage source, Getty Images\nJohn Roe/AFP via Getty Images\nREUTERS/Jane Doe\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Credit: AP", doc.ReasonCredit), rm("Photo: Reuters", doc.ReasonCredit),
				rm("(AP Photo/Jane Doe)", doc.ReasonCredit), rm("Getty Images", doc.ReasonCredit),
				rm("\u00a9 2024 Reuters", doc.ReasonCredit), rm("Image source, Getty Images", doc.ReasonCredit),
				rm("John Roe/AFP via Getty Images", doc.ReasonCredit), rm("REUTERS/Jane Doe", doc.ReasonCredit),
			},
		},
		{
			name: "caption prefixes",
			body: "Photo: Displaced families queue for water outside the clinic in Varna.\nFILE PHOTO: A convoy crosses the bridge at Osk, May 2, 2023.\nImage caption, Fighters rest near the front line\n(Photo: Smoke rises over the port after the strike)\n" + p1,
			want: p1,
			removed: []doc.Removal{
				rm("Photo: Displaced families queue for water outside the clinic in Varna.", doc.ReasonCaption),
				rm("FILE PHOTO: A convoy crosses the bridge at Osk, May 2, 2023.", doc.ReasonCaption),
				rm("Image caption, Fighters rest near the front line", doc.ReasonCaption),
				rm("(Photo: Smoke rises over the port after the strike)", doc.ReasonCaption),
			},
		},
		{
			name: "caption printed twice beside its credit",
			body: "A soldier stands guard at a checkpoint near Osk.\nA soldier stands guard at a checkpoint near Osk.\nGetty Images\n" + p1 + "\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("A soldier stands guard at a checkpoint near Osk.", doc.ReasonCaption),
				rm("A soldier stands guard at a checkpoint near Osk.", doc.ReasonCaption),
				rm("Getty Images", doc.ReasonCredit),
			},
		},
		{
			name: "caption with trailing credit, and its bare copy",
			body: "Smoke rises over Varna after shelling, March 3, 2024.\n\nSmoke rises over Varna after shelling, March 3, 2024. REUTERS/Jane Doe\n\n" + p1 + "\n\nRescuers search the rubble of a school. (AP Photo/John Roe)\n\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Smoke rises over Varna after shelling, March 3, 2024.", doc.ReasonCaption),
				rm("Smoke rises over Varna after shelling, March 3, 2024. REUTERS/Jane Doe", doc.ReasonCaption),
				rm("Rescuers search the rubble of a school. (AP Photo/John Roe)", doc.ReasonCaption),
			},
		},
		{
			name: "agency names inside prose stay",
			body: "A Reuters/Ipsos poll found most voters backed the truce.\n\nThe group told AFP it had pulled back (Reuters could not verify this).\n\n(Photo) Airstrikes hit three villages overnight, monitors said.",
			want: "A Reuters/Ipsos poll found most voters backed the truce.\n\nThe group told AFP it had pulled back (Reuters could not verify this).\n\n(Photo) Airstrikes hit three villages overnight, monitors said.",
		},
		{
			name: "wire sign-offs are text, not credits",
			body: "A bomb blast killed six people in Drelan on Wednesday, state television reported. --Reuters\n\nThe army said the rebels had withdrawn from the hills (AFP)",
			want: "A bomb blast killed six people in Drelan on Wednesday, state television reported. --Reuters\n\nThe army said the rebels had withdrawn from the hills (AFP)",
		},
		{
			name:    "photographer name after Image:",
			body:    "Image: Lena van der Berg\n" + p1,
			want:    p1,
			removed: []doc.Removal{rm("Image: Lena van der Berg", doc.ReasonCredit)},
		},
		{
			name: "a generic heading does not start a related list",
			body: "Popular\nLa Sierra 2024 Red, Estavia ($14.99)\n" + p1,
			want: "Popular\n\nLa Sierra 2024 Red, Estavia ($14.99)\n\n" + p1,
		},
		{
			name: "related links and headline lists",
			body: p1 + "\nRead more: Rebels seize border crossing near Osk\nREAD MORE\nUN envoy calls for talks in Varna\nWhy the northern front matters\n" + p2 + "\nRelated: Aid groups warn of winter shortages",
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Read more: Rebels seize border crossing near Osk", doc.ReasonRelated),
				rm("READ MORE", doc.ReasonRelated),
				rm("UN envoy calls for talks in Varna", doc.ReasonRelated),
				rm("Why the northern front matters", doc.ReasonRelated),
				rm("Related: Aid groups warn of winter shortages", doc.ReasonRelated),
			},
		},
		{
			name: "related list inside one block stops at prose",
			body: p1 + "\n\nMore from Sitrep\nRebels seize border crossing\nUN envoy calls for talks\n\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("More from Sitrep", doc.ReasonRelated),
				rm("Rebels seize border crossing", doc.ReasonRelated),
				rm("UN envoy calls for talks", doc.ReasonRelated),
			},
		},
		{
			name: "promos and cookie notices",
			body: "Click the alert icon to follow topics\n" + p1 + "\nSign up for our newsletter\nSubscribe\nFollow us on Telegram\nDownload our app\nAdvertisement\nWe use cookies to improve your experience. By continuing to browse you accept our cookie policy.\nAccept all cookies\n" + p2,
			want: p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Click the alert icon to follow topics", doc.ReasonPromo),
				rm("Sign up for our newsletter", doc.ReasonPromo),
				rm("Subscribe", doc.ReasonPromo),
				rm("Follow us on Telegram", doc.ReasonPromo),
				rm("Download our app", doc.ReasonPromo),
				rm("Advertisement", doc.ReasonPromo),
				rm("We use cookies to improve your experience. By continuing to browse you accept our cookie policy.", doc.ReasonPromo),
				rm("Accept all cookies", doc.ReasonPromo),
			},
		},
		{
			name:  "headline repeated as first line",
			title: "Rebels say \"truce\" holds in Varna",
			body:  "Share\n\nRebels say \u201cTruce\u201d  holds in Varna.\n\n" + p1,
			want:  p1,
			removed: []doc.Removal{
				rm("Share", doc.ReasonShare),
				rm("Rebels say \u201cTruce\u201d  holds in Varna.", doc.ReasonTitle),
			},
		},
		{
			name:  "headline with site suffix, glued to the body",
			title: "Rebels say truce holds in Varna | Sitrep News",
			body:  "Rebels say truce holds in Varna\n" + p1 + "\n" + p2,
			want:  p1 + "\n\n" + p2,
			removed: []doc.Removal{
				rm("Rebels say truce holds in Varna", doc.ReasonTitle),
			},
		},
		{
			name:  "headline wrapped over two lines",
			title: "Rebels say truce holds in Varna after a week of shelling",
			body:  "Rebels say truce holds in Varna\nafter a week of shelling\n\n" + p1,
			want:  p1,
			removed: []doc.Removal{
				rm("Rebels say truce holds in Varna after a week of shelling", doc.ReasonTitle),
			},
		},
		{
			name:  "headline words later in the body stay",
			title: "Truce holds",
			body:  p1 + "\n\nTruce holds\n\n" + p2,
			want:  p1 + "\n\nTruce holds\n\n" + p2,
		},
		{
			name:    "duplicated paragraph",
			body:    p1 + "\n\n" + p2 + "\n\n" + p1,
			want:    p1 + "\n\n" + p2,
			removed: []doc.Removal{rm(p1, doc.ReasonDuplicate)},
		},
		{
			name: "short repeated lines far apart stay",
			body: "Background\n\n" + p1 + "\n\nBackground\n\n" + p2,
			want: "Background\n\n" + p1 + "\n\nBackground\n\n" + p2,
		},
		{
			name: "rights lines and wire trailers",
			body: p1 + "\n\nReporting by Jane Doe; Editing by John Roe\n\nCopyright 2024 Sitrep Wire. All rights reserved.\n\nCopyright \u00a9 2024 Sitrep Media\n\nCopyright lawsuits filed in 2023 doubled, the court said.",
			want: p1 + "\n\nReporting by Jane Doe; Editing by John Roe\n\nCopyright lawsuits filed in 2023 doubled, the court said.",
			removed: []doc.Removal{
				rm("Copyright 2024 Sitrep Wire. All rights reserved.", doc.ReasonOther),
				rm("Copyright \u00a9 2024 Sitrep Media", doc.ReasonOther),
			},
		},
		{
			name:    "advert injected inside a wrapped paragraph",
			body:    "The army said on Tuesday that it had\nAdvertisement\nretaken the town of Osk.\n\n" + p2,
			want:    "The army said on Tuesday that it had retaken the town of Osk.\n\n" + p2,
			removed: []doc.Removal{rm("Advertisement", doc.ReasonPromo)},
		},
		{
			name: "wrapped fragment that looks like a button stays",
			body: "Militants posted the video on\nTwitter and then deleted it.\n\n" + p2,
			want: "Militants posted the video on Twitter and then deleted it.\n\n" + p2,
		},
		{
			name: "share bar and caption lines inside a block",
			body: "Tweet\nShare on Facebook\n" + p1 + "\n" + p2 + "\n\nShare this article",
			want: p1 + " " + p2,
			removed: []doc.Removal{
				rm("Tweet", doc.ReasonShare), rm("Share on Facebook", doc.ReasonShare), rm("Share this article", doc.ReasonShare),
			},
		},
		{
			name: "block of long one-line paragraphs is split",
			body: "Government forces shelled the outskirts of Varna on Tuesday, residents said, as talks on a ceasefire stalled in the capital.\nThe rebels said they would share power with the council if the talks resumed before the end of the month.\n\nLast.",
			want: "Government forces shelled the outskirts of Varna on Tuesday, residents said, as talks on a ceasefire stalled in the capital.\n\nThe rebels said they would share power with the council if the talks resumed before the end of the month.\n\nLast.",
		},
		{
			name:    "a removed line between finished sentences splits the block",
			body:    "The first paragraph ends here.\nShare this article\nThe second paragraph starts here.",
			want:    "The first paragraph ends here.\n\nThe second paragraph starts here.",
			removed: []doc.Removal{rm("Share this article", doc.ReasonShare)},
		},
		{
			name: "more promos and tags",
			body: p1 + "\nFollow Sitrep on X\nTags: Estavia, Drelan, ceasefire\nGet the latest news from the front line\n(c) 2025 Sitrep Media",
			want: p1,
			removed: []doc.Removal{
				rm("Follow Sitrep on X", doc.ReasonPromo),
				rm("Tags: Estavia, Drelan, ceasefire", doc.ReasonRelated),
				rm("Get the latest news from the front line", doc.ReasonPromo),
				rm("(c) 2025 Sitrep Media", doc.ReasonCredit),
			},
		},
		{
			name:  "only boilerplate",
			title: "Truce holds",
			body:  "Truce holds\n\nShare\n\nAdvertisement",
			want:  "",
			removed: []doc.Removal{
				rm("Truce holds", doc.ReasonTitle), rm("Share", doc.ReasonShare), rm("Advertisement", doc.ReasonPromo),
			},
		},
		{
			name:    "separator lines",
			body:    p1 + "\n\n* * *\n\n" + p2,
			want:    p1 + "\n\n" + p2,
			removed: []doc.Removal{rm("* * *", doc.ReasonOther)},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Text(tc.title, tc.body)
			if got.Text != tc.want {
				t.Errorf("Text:\n got %q\nwant %q", got.Text, tc.want)
			}
			want := tc.removed
			if want == nil {
				want = []doc.Removal{}
			}
			if !reflect.DeepEqual(got.Removed, want) {
				t.Errorf("Removed:\n got %q\nwant %q", got.Removed, want)
			}
		})
	}
}
