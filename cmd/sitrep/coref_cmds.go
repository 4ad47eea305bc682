package main

import (
	"context"
	"fmt"
	"sort"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/entity"
	"github.com/sitrep/sitrep/internal/eval"
)

// evalCoref is 'sitrep eval coref DIR': pronoun resolution end to end (the
// entity stage, then coref.Resolve) on the GUM news and interview documents
// under DIR (CoNLL coreference brackets, sentences from the TSV files and
// splits from DIR/splits.md). pronoun_accuracy is the share of gold
// third-person pronouns with an earlier mention in their chain whose system
// antecedent is in that chain (see internal/eval/coref.go for the exact
// rule); per split, genre and pronoun too. precision is correct/attached;
// resolvable counts the pronouns whose chain has an earlier mention the
// entity stage found (the ceiling of the end-to-end score); resolver scores
// coref.Links, antecedents that are not entities included. With -v every
// wrong pronoun is listed.
func evalCoref(ctx context.Context, args []string) (any, [][2]string, error) {
	annotate := func(d *doc.Document) {
		d.Language = "en"
		entity.Annotate(d, entity.Default())
	}
	docs, err := eval.ReadCorefDir(args[0])
	if err != nil {
		return nil, nil, err
	}
	if split := splitOf(ctx); split != "" {
		var keep []eval.CorefDoc
		for _, d := range docs {
			if d.Split == split {
				keep = append(keep, d)
			}
		}
		if len(keep) == 0 {
			return nil, nil, fmt.Errorf("no %s documents in %s (splits come from its splits.md)", split, args[0])
		}
		docs = keep
	}
	if len(docs) == 0 {
		return nil, nil, fmt.Errorf("no news or interview documents in %s", args[0])
	}
	res := eval.ScoreCoref(docs, annotate)
	if w := verboseOut(ctx); w != nil {
		for _, c := range res.Cases {
			if c.Correct {
				continue
			}
			ante := c.Antecedent
			if ante == "" {
				ante = "-"
			}
			fmt.Fprintf(w, "%s\t%s\tsys=%q resolver=%q gold=%q resolvable=%v\t%s\n", c.Doc, c.Pronoun, ante, c.Resolver, c.Gold, c.Resolvable, c.Context)
		}
	}
	row := func(s eval.CorefScore) string {
		return fmt.Sprintf("%s  (%d/%d; attached %d, precision %s; resolvable %d, acc %s; resolver %s; %d docs)",
			pct(s.PronounAccuracy), s.Correct, s.Pronouns, s.Attached, pct(s.Precision), s.Resolvable, pct(s.AccuracyResolvable), pct(s.ResolverAccuracy), s.Docs)
	}
	table := [][2]string{
		{"docs", fmt.Sprint(res.Docs)},
		{"pronouns", fmt.Sprint(res.Pronouns)},
		{"pronoun_accuracy", row(res.CorefScore)},
	}
	for _, group := range []struct {
		name string
		m    map[string]eval.CorefScore
	}{{"split", res.PerSplit}, {"genre", res.PerGenre}, {"pronoun", res.PerPronoun}} {
		keys := make([]string, 0, len(group.m))
		for k := range group.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			table = append(table, [2]string{group.name + " " + k, row(group.m[k])})
		}
	}
	table = append(table, [2]string{"descriptions", fmt.Sprintf("%d added, %d in the gold chain of their antecedent", res.Descriptions, res.DescCorrect)})
	return res, table, nil
}
