package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/sitrep/sitrep/contract"
	"github.com/sitrep/sitrep/internal/doc"
)

// TestDemoMatchesContract runs the demo corpus through the whole pipeline and
// checks every document against the project's JSON Schema of sitrep/1, and
// that every span slices the text exactly as the contract says.
func TestDemoMatchesContract(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), &env{strings.NewReader(""), &stdout, &stderr}, []string{"demo", "--json"})
	if code != exitOK {
		t.Fatalf("demo exit %d: %s", code, stderr.String())
	}
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(contract.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sitrep1.schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sitrep1.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		n++
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(sc.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("document %d does not match the schema: %v", n, err)
		}
		var d doc.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, &d)
	}
	if n < 6 {
		t.Errorf("demo printed %d documents, want at least 6", n)
	}
}

// checkSpans verifies the contract's offset rule for every layer.
func checkSpans(t *testing.T, d *doc.Document) {
	t.Helper()
	runes := []rune(d.Text)
	in := func(what string, s, e int, want string) {
		if s < 0 || e < s || e > len(runes) {
			t.Errorf("%s: %s span [%d,%d) outside text of %d code points", d.ID, what, s, e, len(runes))
			return
		}
		if want != "" && string(runes[s:e]) != want {
			t.Errorf("%s: %s span [%d,%d) = %q, want %q", d.ID, what, s, e, string(runes[s:e]), want)
		}
	}
	prev := 0
	for _, s := range d.Sentences {
		in("sentence", s[0], s[1], "")
		if s[0] < prev {
			t.Errorf("%s: sentences overlap or are out of order at %v", d.ID, s)
		}
		if seg := string(runes[s[0]:s[1]]); strings.TrimSpace(seg) != seg || seg == "" {
			t.Errorf("%s: sentence %v = %q is empty or has surrounding space", d.ID, s, seg)
		}
		prev = s[1]
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			in("entity mention", m.Start, m.End, "")
		}
	}
	for _, p := range d.Places {
		for _, m := range p.Mentions {
			in("place mention", m.Start, m.End, "")
		}
	}
	for _, x := range d.Times {
		in("time", x.Start, x.End, x.Text)
	}
	for _, q := range d.Quotes {
		in("quote", q.Start, q.End, q.Text)
	}
	for _, c := range d.Claims {
		in("claim", c.Start, c.End, "")
	}
	for _, v := range d.Events {
		in("event trigger", v.Trigger[0], v.Trigger[1], "")
		if v.Sentence >= len(d.Sentences) {
			t.Errorf("%s: event %s names sentence %d of %d", d.ID, v.ID, v.Sentence, len(d.Sentences))
		}
	}
	if d.ID != doc.HashText(d.Text) {
		t.Errorf("%s: id is not the hash of the text", d.ID)
	}
	if d.Title != nil && strings.HasPrefix(d.Text, *d.Title) {
		t.Errorf("%s: the title is repeated at the start of the text", d.ID)
	}
}
