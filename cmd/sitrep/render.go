package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// renderText prints a document for a person: metadata, the cleaned text,
// what cleaning removed and why, and any warnings.
func renderText(w io.Writer, d *doc.Document) {
	rule := strings.Repeat("=", 72)
	fmt.Fprintln(w, rule)
	fmt.Fprintf(w, "Title:     %s\n", orDash(d.Title))
	fmt.Fprintf(w, "Published: %s\n", orDash(d.Published))
	fmt.Fprintf(w, "Source:    %s\n", sourceLine(d.Source))
	fmt.Fprintf(w, "ID:        %s\n", d.ID)
	fmt.Fprintf(w, "Language:  %s    Sentences: %d    Tokens: %d\n", d.Language, len(d.Sentences), len(d.Tokens))
	fmt.Fprintln(w, strings.Repeat("-", 72))
	fmt.Fprintln(w, d.Text)
	if len(d.Entities) > 0 {
		runes := []rune(d.Text)
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Entities (%d):\n", len(d.Entities))
		for _, e := range d.Entities {
			var said []string
			seen := map[string]bool{}
			for _, m := range e.Mentions {
				if t := string(runes[m.Start:m.End]); !seen[t] {
					seen[t] = true
					said = append(said, t)
				}
			}
			fmt.Fprintf(w, "  %-4s %-12s %-32s %-10s %s\n", e.ID, e.Type, ellipsis(e.Name, 32), orDash(e.Actor), ellipsis(strings.Join(said, " | "), 60))
		}
	}
	if len(d.Places) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Places (%d):\n", len(d.Places))
		for _, p := range d.Places {
			fmt.Fprintf(w, "  %-4s %-9s %-28s %-3s %8.4f %9.4f  %d mention(s)\n", p.ID, p.Kind, ellipsis(p.Name, 28), orDash(p.Country), p.Lat, p.Lon, len(p.Mentions))
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Events (%d):\n", len(d.Events))
		names := map[string]string{}
		for _, e := range d.Entities {
			names[e.ID] = e.Name
		}
		places := map[string]string{}
		for _, p := range d.Places {
			places[p.ID] = p.Name
		}
		runes := []rune(d.Text)
		for _, ev := range d.Events {
			where := ""
			if ev.Place != nil {
				where = " in " + places[*ev.Place]
			}
			when := ""
			if ev.Date != nil {
				when = " " + *ev.Date
				if where != "" {
					when = "," + when // "in Kabul, 2019-05-01"
				}
			}
			target := "-" // a protest against no one named
			if ev.Target != nil {
				target = names[*ev.Target] + " (" + orDash(ev.TargetActor) + ")"
			}
			fmt.Fprintf(w, "  %-4s %-4s %s (%s) -> %s%s%s [%s %.2f] %s; %s; rule %s\n", ev.ID, ev.Code,
				names[doc.Deref(ev.Source)], orDash(ev.SourceActor), target,
				where, when, ev.Modality, ev.Confidence, evidence(runes, d, ev), ev.Label, ev.Rule)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Quotes (%d):\n", len(d.Quotes))
		for _, q := range d.Quotes {
			kind := "reported"
			if q.Direct {
				kind = "direct"
			}
			fmt.Fprintf(w, "  %-8s %-24s %-12s %s\n", kind, ellipsis(orDash(q.SpeakerName), 24), ellipsis(orDash(q.Cue), 12), ellipsis(q.Text, 60))
		}
	}
	if len(d.Times) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Times (%d):\n", len(d.Times))
		for _, t := range d.Times {
			fmt.Fprintf(w, "  %-8s %-16s %s\n", t.Type, t.Value, ellipsis(t.Text, 44))
		}
	}
	if len(d.Claims) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Claims (%d):\n", len(d.Claims))
		for _, c := range d.Claims {
			amount := strconv.FormatFloat(c.Value, 'f', -1, 64)
			if c.Low != nil && c.High != nil {
				amount = strconv.FormatFloat(*c.Low, 'f', -1, 64) + "-" + strconv.FormatFloat(*c.High, 'f', -1, 64)
			}
			if c.Qualifier != nil {
				amount = *c.Qualifier + " " + amount
			}
			fmt.Fprintf(w, "  %-10s %-22s %-14s by %-20s as of %s\n", c.Kind, ellipsis(amount, 22), ellipsis(orDash(c.About), 14), ellipsis(orDash(c.SourceName), 20), orDash(c.AsOf))
		}
	}
	if len(d.Removed) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		fmt.Fprintf(w, "Removed (%d):\n", len(d.Removed))
		for _, r := range d.Removed {
			fmt.Fprintf(w, "  [%-9s] %s\n", r.Reason, ellipsis(r.Text, 90))
		}
	}
	if len(d.Warnings) > 0 {
		fmt.Fprintln(w, strings.Repeat("-", 72))
		for _, m := range d.Warnings {
			fmt.Fprintf(w, "Warning: %s\n", m)
		}
	}
	fmt.Fprintln(w)
}

func orDash(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func sourceLine(s doc.Source) string {
	var parts []string
	for _, p := range []*string{s.Site, s.URL, s.File} {
		if p != nil {
			parts = append(parts, *p)
		}
	}
	if s.Format != nil {
		parts = append(parts, "("+*s.Format+")")
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
}

// ellipsis shortens s to at most n runes on one line.
func ellipsis(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// evidence is the trigger in its sentence, marked with brackets and cut to
// about 50 characters on each side: "...troops [shelled] rebel positions...".
func evidence(runes []rune, d *doc.Document, ev doc.Event) string {
	t := ev.Trigger
	if t[0] < 0 || t[1] > len(runes) || t[0] >= t[1] {
		return ""
	}
	a, b := max(0, t[0]-50), min(len(runes), t[1]+50)
	if ev.Sentence >= 0 && ev.Sentence < len(d.Sentences) {
		sp := d.Sentences[ev.Sentence]
		a, b = max(a, sp[0]), min(b, sp[1])
	}
	flat := func(r []rune) string { return strings.Join(strings.Fields(string(r)), " ") }
	left, right := flat(runes[a:t[0]]), flat(runes[t[1]:b])
	if a > 0 && (ev.Sentence >= len(d.Sentences) || a > d.Sentences[ev.Sentence][0]) {
		left = "…" + left
	}
	if b < len(runes) && (ev.Sentence >= len(d.Sentences) || b < d.Sentences[ev.Sentence][1]) {
		right += "…"
	}
	return "\u201c" + left + " [" + flat(runes[t[0]:t[1]]) + "] " + right + "\u201d"
}
