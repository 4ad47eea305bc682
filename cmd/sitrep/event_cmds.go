package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/coref"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/entity"
	"github.com/sitrep/sitrep/internal/eval/eventeval"
	"github.com/sitrep/sitrep/internal/eval/parseeval"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/syntax"
	"github.com/sitrep/sitrep/internal/text"
)

// evalParse is 'sitrep eval parse FILE_OR_DIR [--split NAME]': the tagger
// and parser against CoNLL-U gold (see internal/eval/parseeval).
func evalParse(ctx context.Context, args []string) (any, [][2]string, error) {
	if err := syntax.DefaultErr(); err != nil {
		return nil, nil, err
	}
	return parseeval.Run(args[0], splitOf(ctx), verboseOut(ctx))
}

// readDict opens one dictionary of a validation Environment.
func readDict[T any](dir, name string, read func(f *os.File, name string) ([]T, cameo.Stats)) ([]T, error) {
	if name == "" {
		return nil, nil
	}
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out, _ := read(f, name)
	return out, nil
}

// evalPetrarch is 'sitrep eval petrarch FILE.xml [--dictionaries DIR]':
// each record's text is segmented, its actors read with the actor and agent
// dictionaries the file's Environment names, parsed by sitrep's own parser
// (the parse in the file is ignored) and coded with the file's verb
// dictionary. The coded triples are the events' source actor, target actor
// and code. SITREP_DEBUG_RECORD=ID codes only that record and traces each
// verb the coder considers on stderr.
func evalPetrarch(ctx context.Context, args []string) (any, [][2]string, error) {
	env, recs, err := eventeval.ReadPetrarchFile(args[0])
	if err != nil {
		return nil, nil, err
	}
	dir, _ := ctx.Value(dictsKey{}).(string)
	if dir == "" {
		dir = filepath.Dir(args[0])
	}
	if env.Verbs == "" || env.Actors == "" {
		return nil, nil, fmt.Errorf("%s: the Environment names no verb or actor dictionary", args[0])
	}
	vf, err := os.Open(filepath.Join(dir, env.Verbs))
	if err != nil {
		return nil, nil, err
	}
	verbs, _ := cameo.ParseVerbs(vf, env.Verbs)
	vf.Close()
	actors, err := readDict(dir, env.Actors, func(f *os.File, n string) ([]cameo.Actor, cameo.Stats) { return cameo.ReadActors(f, n) })
	if err != nil {
		return nil, nil, err
	}
	agents, err := readDict(dir, env.Agents, func(f *os.File, n string) ([]cameo.Agent, cameo.Stats) { return cameo.ReadAgents(f, n) })
	if err != nil {
		return nil, nil, err
	}
	discards, err := readDict(dir, env.Discards, func(f *os.File, n string) ([]cameo.Discard, cameo.Stats) { return cameo.ReadDiscards(f, n) })
	if err != nil {
		return nil, nil, err
	}
	dicts := event.NewDictionaries(actors, agents, discards)
	only := os.Getenv("SITREP_DEBUG_RECORD")
	if only != "" {
		event.Debug = func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }
	}
	// NamedOnly: PETRARCH codes the actors of its dictionaries only.
	// LocalCodes: the validation dictionaries use codes of their own (WEIS
	// codes such as 212), which are not in the CAMEO table: keep them.
	res := event.Resources{Parser: syntax.Default(), Verbs: verbs, LocalCodes: true, NamedOnly: true}
	code := func(r eventeval.Record) []eventeval.Triple {
		if only != "" && r.ID != only {
			return nil
		}
		d := doc.New()
		d.Text, d.Language = r.Text, "en"
		d.Sentences, d.Tokens = text.Segment(d.Text)
		if len(r.Date) == 8 {
			d.Published = doc.Str(r.Date[:4] + "-" + r.Date[4:6] + "-" + r.Date[6:])
		}
		if dicts.Discarded(d) {
			return nil
		}
		dicts.Annotate(d)
		if only != "" {
			for _, e := range d.Entities {
				fmt.Fprintf(os.Stderr, "entity %s %q %s %v\n", e.ID, e.Name, doc.Deref(e.Actor), e.Mentions)
			}
		}
		var out []eventeval.Triple
		for _, ev := range event.Code(d, res) {
			out = append(out, eventeval.Triple{Source: doc.Deref(ev.SourceActor), Target: doc.Deref(ev.TargetActor), Code: ev.Code})
		}
		return out
	}
	s := eventeval.ScorePetrarch(env, recs, code)
	if w := verboseOut(ctx); w != nil {
		for _, f := range s.Failures {
			fmt.Fprintf(w, "%s\twant %v got %v\t%s\n", f.ID, f.Want, f.Got, f.Text)
		}
	}
	cats := make([]string, 0, len(s.PerCategory))
	for c := range s.PerCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	var per []string
	for _, c := range cats {
		per = append(per, fmt.Sprintf("%s %.2f", c, s.PerCategory[c]))
	}
	table := [][2]string{
		{"records", fmt.Sprintf("%d (%d skipped: evaluate=false or outside Include)", s.Records, s.Skipped)},
		{"records_exact", fmt.Sprintf("%s (%d)", pct(s.RecordsExact), s.Exact)},
		{"triples", fmt.Sprintf("P %s R %s F1 %s (gold %d, coded %d, right %d)", pct(s.Precision), pct(s.Recall), pct(s.F1), s.Gold, s.Predicted, s.Correct)},
		{"by category", strings.Join(per, ", ")},
	}
	return s, table, nil
}

// evalPlover is 'sitrep eval plover FILE.tsv': each sentence goes through
// the entity stage, coreference and the event coder with the embedded
// lexicons; the first event (most confident first) with a PLOVER type
// whose source and target mentions overlap the marked spans gives the
// PLOVER type (in the data's taxonomy: eventeval.ZSPType) and quad class.
// -v lists the rows missed or typed wrong: which marked spans an entity
// mention overlaps (S, T) and the events coded.
func evalPlover(ctx context.Context, args []string) (any, [][2]string, error) {
	rows, bad, err := eventeval.ReadPloverFile(args[0])
	if err != nil {
		return nil, nil, err
	}
	// SITREP_DEBUG_RECORD=ID scores only that row and traces the coder;
	// "*" traces every row
	if only := os.Getenv("SITREP_DEBUG_RECORD"); only != "" {
		if only != "*" {
			rows = slices.DeleteFunc(rows, func(r eventeval.PloverRow) bool { return r.ID != only })
		}
		event.Debug = func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }
		defer func() { event.Debug = nil }()
	}
	ents := entity.Default()
	res := event.Default()
	w := verboseOut(ctx)
	// for -v, per text: the entity mentions and the events coded
	mentions := map[string][][2]int{}
	found := map[string][]string{}
	code := func(txt string) []eventeval.PloverEvent {
		d := doc.New()
		d.Text, d.Language = txt, "en"
		if event.Debug != nil {
			event.Debug("TEXT %s", txt)
		}
		d.Sentences, d.Tokens = text.Segment(d.Text)
		entity.Annotate(d, ents)
		coref.Resolve(d)
		if event.Debug != nil {
			for _, e := range d.Entities {
				event.Debug("entity %s %q %s %v", e.ID, e.Name, doc.Deref(e.Actor), e.Mentions)
			}
		}
		evs, added := event.CodeAll(d, res)
		d.Entities = append(d.Entities, added...)
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].Confidence > evs[j].Confidence })
		spans := map[string][]doc.Mention{}
		for _, e := range d.Entities {
			spans[e.ID] = e.Mentions
			if w != nil {
				for _, m := range e.Mentions {
					mentions[txt] = append(mentions[txt], [2]int{m.Start, m.End})
				}
			}
		}
		var out []eventeval.PloverEvent
		for _, ev := range evs {
			// a CAMEO code with no PLOVER type (statements, appeals) is
			// not a PLOVER event: it must not hide one that is
			typ := eventeval.ZSPType(doc.Deref(ev.Plover))
			if typ == "" {
				continue
			}
			if w != nil {
				found[txt] = append(found[txt], fmt.Sprintf("%s %s->%s %s", ev.Code, nameOf(d, doc.Deref(ev.Source)), nameOf(d, doc.Deref(ev.Target)), typ))
			}
			for _, sm := range spans[doc.Deref(ev.Source)] {
				if ev.Target == nil {
					// no target: it can only be a row that marks none
					out = append(out, eventeval.PloverEvent{Source: [2]int{sm.Start, sm.End}, Type: typ, Quad: ev.Quad})
				}
				for _, tm := range spans[doc.Deref(ev.Target)] {
					out = append(out, eventeval.PloverEvent{Source: [2]int{sm.Start, sm.End}, Target: [2]int{tm.Start, tm.End}, Type: typ, Quad: ev.Quad})
				}
			}
		}
		return out
	}
	s := eventeval.ScorePlover(rows, code)
	s.Bad = bad
	if w != nil {
		for _, f := range s.Failures {
			got := f.Got
			if got == "" {
				got = "-"
			}
			r := []rune(f.Row.Text)
			tgt := ""
			if f.Row.Target[1] > 0 {
				tgt = string(r[f.Row.Target[0]:f.Row.Target[1]])
			}
			// which marked spans an entity mention overlaps: S, T
			cov := ""
			for _, m := range mentions[f.Row.Text] {
				if m[0] < f.Row.Source[1] && f.Row.Source[0] < m[1] && !strings.Contains(cov, "S") {
					cov += "S"
				}
				if m[0] < f.Row.Target[1] && f.Row.Target[0] < m[1] && !strings.Contains(cov, "T") {
					cov += "T"
				}
			}
			fmt.Fprintf(w, "%s\twant %s got %s\tentities %q\t[%s] -> [%s]\t%s\n\tcoded %v\n",
				f.Row.ID, f.Row.Type, got, cov, string(r[f.Row.Source[0]:f.Row.Source[1]]), tgt, f.Row.Text, found[f.Row.Text])
		}
	}
	types := make([]string, 0, len(s.PerType))
	for t := range s.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	var per []string
	for _, t := range types {
		per = append(per, t+" "+strconv.FormatFloat(s.PerType[t], 'f', 2, 64))
	}
	table := [][2]string{
		{"rows", fmt.Sprintf("%d (%d unreadable)", s.Rows, bad)},
		{"coverage", fmt.Sprintf("%s (%d rows with an event linking source and target)", pct(s.Coverage), s.Covered)},
		{"type_accuracy", pct(s.TypeAccuracy)},
		{"type_macro_f1", pct(s.TypeMacroF1)},
		{"quad_accuracy", pct(s.QuadAccuracy)},
		{"F1 by type", strings.Join(per, ", ")},
	}
	return s, table, nil
}

// nameOf is the name of entity id in d, for failure lists.
func nameOf(d *doc.Document, id string) string {
	for _, e := range d.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}
