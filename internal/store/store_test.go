package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sitrep/sitrep/internal/dedupe"
	"github.com/sitrep/sitrep/internal/doc"
)

// mkDoc builds a document the way the pipeline does, with a few annotation
// layers filled in so the round trip covers nested values.
func mkDoc(title, published, url, text string) *doc.Document {
	d := doc.New()
	d.ID = doc.HashText(text)
	d.Title = doc.Str(title)
	d.Published = doc.Str(published)
	d.Source.URL = doc.Str(url)
	if url != "" {
		d.Source.Site = doc.Str(strings.Split(strings.TrimPrefix(url, "https://"), "/")[0])
	}
	d.Source.Format = doc.Str("text")
	d.Text = text
	d.Sentences = []doc.Span{{0, len([]rune(text))}}
	d.Entities = []doc.Entity{{ID: "e1", Name: "Dornik", Type: "place", Country: doc.Str("VA"), Mentions: []doc.Mention{{Start: 0, End: 6, Kind: "name"}}}}
	d.Claims = []doc.Claim{{Start: 1, End: 5, Kind: "killed", Value: 14, Low: new(float64), Qualifier: doc.Str("at least")}}
	d.Removed = []doc.Removal{{Text: "Share this article", Reason: doc.ReasonShare}}
	return d
}

var (
	docShelling   = mkDoc("Shelling kills 14 in Dornik", "2031-04-08", "https://wire.example/dornik-shelling", artShelling)
	docUpdate     = mkDoc("Shelling kills 17 in Dornik", "2031-04-08T18:00:00Z", "https://wire.example/dornik-shelling-update", artShellingUpdate)
	docRepost     = mkDoc("", "", "https://courier.example/news/1234", artShellingRepost)
	docTalks      = mkDoc("Ceasefire talks open in Vell", "2031-04-10", "https://wire.example/vell-talks", artTalks)
	docEnvoy      = mkDoc("U.S. envoy backs ceasefire plan", "2031-04-11", "", artEnvoy)
	docCheckpoint = mkDoc("Rebels hit army checkpoint", "", "https://wire.example/checkpoint", artCheckpoint)
	docBrief      = mkDoc("", "2031-04-08", "", artBrief)
	docBrief2     = mkDoc("", "2031-04-08", "", artBriefAgain)

	// A generated 3 KB wire story and another site's copy of it: its own
	// headline in the text, "A spokesman" -> "A spokesperson", American
	// spelling and a correction at the end.
	docWire     = benchDocs(1_000_000, 1)[0]
	docWireCopy = mkDoc("Fighting rages on", "2031-04-09", "https://courier.example/news/5678",
		"Fighting rages on across Varnia\n\n"+
			strings.NewReplacer("A spokesman", "A spokesperson", "defence", "defense").Replace(docWire.Text)+
			"\n\nThis story has been corrected to fix the name of the town.")
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s *Store, docs ...*doc.Document) []PutResult {
	t.Helper()
	res, err := s.PutBatch(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func exportAll(t testing.TB, s *Store) []*doc.Document {
	t.Helper()
	var out []*doc.Document
	if err := s.Export(context.Background(), func(d *doc.Document) error {
		out = append(out, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	all := []*doc.Document{docShelling, docTalks, docEnvoy, docCheckpoint, docBrief}
	put(t, s, all[:2]...)
	put(t, s, all[2:]...)

	for _, want := range all {
		got, err := s.Get(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Get(%s) mismatch (-put +got):\n%s", want.ID, diff)
		}
	}
	if diff := cmp.Diff(all, exportAll(t, s)); diff != "" {
		t.Errorf("Export mismatch (-put +got):\n%s", diff)
	}
	if n, err := s.Count(ctx); err != nil || n != len(all) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(all))
	}
}

func TestPutBatchDedupe(t *testing.T) {
	// Guard the fixtures: the near pairs must really be near.
	for _, p := range [][2]*doc.Document{{docShelling, docUpdate}, {docWire, docWireCopy}} {
		if sim := dedupe.Similarity(dedupe.Signature(p[0].Text), dedupe.Signature(p[1].Text)); sim < dedupe.Threshold {
			t.Fatalf("fixture: %s has similarity %.2f to %s", p[1].ID, sim, p[0].ID)
		}
	}
	type want struct {
		status, dupOf string
	}
	tests := []struct {
		name    string
		batches [][]*doc.Document
		want    [][]want
	}{
		{
			name:    "exact copy in a later batch",
			batches: [][]*doc.Document{{docShelling}, {docShelling}},
			want:    [][]want{{{"new", ""}}, {{"exists", ""}}},
		},
		{
			name:    "exact copy in the same batch",
			batches: [][]*doc.Document{{docShelling, docTalks, docShelling}},
			want:    [][]want{{{"new", ""}, {"new", ""}, {"exists", ""}}},
		},
		{
			name:    "near-duplicate in a later batch",
			batches: [][]*doc.Document{{docShelling, docTalks}, {docUpdate}},
			want:    [][]want{{{"new", ""}, {"new", ""}}, {{"near-duplicate", docShelling.ID}}},
		},
		{
			name:    "near-duplicate in the same batch",
			batches: [][]*doc.Document{{docTalks, docShelling, docCheckpoint, docUpdate}},
			want:    [][]want{{{"new", ""}, {"new", ""}, {"new", ""}, {"near-duplicate", docShelling.ID}}},
		},
		{
			name:    "duplicate of a duplicate points at the original",
			batches: [][]*doc.Document{{docShelling}, {docUpdate, docRepost}, {docUpdate}},
			want: [][]want{{{"new", ""}},
				{{"near-duplicate", docShelling.ID}, {"near-duplicate", docShelling.ID}},
				{{"exists", docShelling.ID}}},
		},
		{
			name:    "wire copy with its own headline, edits and a correction",
			batches: [][]*doc.Document{{docWire, docTalks}, {docWireCopy}},
			want:    [][]want{{{"new", ""}, {"new", ""}}, {{"near-duplicate", docWire.ID}}},
		},
		{
			name:    "same topic, different stories",
			batches: [][]*doc.Document{{docShelling, docTalks, docEnvoy, docCheckpoint}},
			want:    [][]want{{{"new", ""}, {"new", ""}, {"new", ""}, {"new", ""}}},
		},
		{
			name:    "short texts are never near-duplicates",
			batches: [][]*doc.Document{{docBrief, docBrief2}, {docBrief}},
			want:    [][]want{{{"new", ""}, {"new", ""}}, {{"exists", ""}}},
		},
		{
			name:    "empty batch",
			batches: [][]*doc.Document{{}},
			want:    [][]want{{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			ctx := context.Background()
			for b, batch := range tt.batches {
				res := put(t, s, batch...)
				var got []want
				for i, r := range res {
					if r.ID != batch[i].ID {
						t.Errorf("batch %d result %d: ID %s, want %s", b, i, r.ID, batch[i].ID)
					}
					got = append(got, want{r.Status, r.DuplicateOf})
				}
				if !slices.Equal(tt.want[b], got) {
					t.Errorf("batch %d = %v, want %v", b, got, tt.want[b])
				}
				for i, r := range res {
					if dup, err := s.DuplicateOf(ctx, r.ID); err != nil || dup != tt.want[b][i].dupOf {
						t.Errorf("DuplicateOf(%s) = %q, %v; want %q", r.ID, dup, err, tt.want[b][i].dupOf)
					}
				}
			}
			// Every distinct id is stored exactly once.
			ids := map[string]bool{}
			for _, batch := range tt.batches {
				for _, d := range batch {
					ids[d.ID] = true
				}
			}
			if n, _ := s.Count(ctx); n != len(ids) {
				t.Errorf("Count = %d, want %d", n, len(ids))
			}
		})
	}
}

func TestPutBatchAtomic(t *testing.T) {
	bad := mkDoc("Bad", "", "", artCheckpoint)
	bad.Claims[0].Value = math.NaN() // encoding/json refuses NaN
	errInjected := errors.New("injected failure")

	tests := []struct {
		name  string
		batch []*doc.Document
		hook  func(cancel context.CancelFunc) func(int) error
		want  error // errors.Is target; nil means any error
	}{
		{
			name:  "document that cannot be marshalled",
			batch: []*doc.Document{docTalks, docEnvoy, bad},
		},
		{
			name:  "nil document",
			batch: []*doc.Document{docTalks, nil},
		},
		{
			name:  "document without id",
			batch: []*doc.Document{docTalks, {Text: artEnvoy}},
		},
		{
			name:  "database error after two inserts",
			batch: []*doc.Document{docTalks, docEnvoy, docCheckpoint},
			hook: func(context.CancelFunc) func(int) error {
				return func(i int) error {
					if i == 1 {
						return errInjected
					}
					return nil
				}
			},
			want: errInjected,
		},
		{
			name:  "context cancelled mid-batch",
			batch: []*doc.Document{docTalks, docEnvoy, docCheckpoint},
			hook: func(cancel context.CancelFunc) func(int) error {
				return func(i int) error {
					if i == 1 {
						cancel()
					}
					return nil
				}
			},
			want: context.Canceled,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			put(t, s, docShelling)
			before := exportAll(t, s)

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.hook != nil {
				s.testHookPut = tt.hook(cancel)
			}
			res, err := s.PutBatch(ctx, tt.batch)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("PutBatch = %v, %v; want error %v", res, err, tt.want)
			}
			s.testHookPut = nil
			if diff := cmp.Diff(before, exportAll(t, s)); diff != "" {
				t.Errorf("store changed by failed batch (-before +after):\n%s", diff)
			}
			// The store still works, and re-running a good batch is idempotent.
			good := []*doc.Document{docTalks, docEnvoy}
			for _, status := range []string{StatusNew, StatusExists} {
				for _, r := range put(t, s, good...) {
					if r.Status != status {
						t.Errorf("after failure: %s is %q, want %q", r.ID, r.Status, status)
					}
				}
			}
		})
	}
}

func TestGetPrefix(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := mkDoc("A", "", "", artTalks)
	b := mkDoc("B", "", "", artEnvoy)
	a.ID = "abcdef0123456789abcdef0123456789"
	b.ID = "abcdef9876543210abcdef9876543210"
	put(t, s, a, b, docCheckpoint)

	tests := []struct {
		query  string
		wantID string
		err    error
	}{
		{docCheckpoint.ID, docCheckpoint.ID, nil},
		{docCheckpoint.ID[:6], docCheckpoint.ID, nil},
		{strings.ToUpper(docCheckpoint.ID[:10]), docCheckpoint.ID, nil},
		{"abcdef01", a.ID, nil},
		{"abcdef9", b.ID, nil},
		{"abcdef", "", ErrAmbiguous},
		{docCheckpoint.ID[:5], "", ErrNotFound}, // too short to be a prefix
		{"000000", "", ErrNotFound},
		{"not-an-id", "", ErrNotFound},
		{"", "", ErrNotFound},
		{a.ID + "0", "", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			d, err := s.Get(ctx, tt.query)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Get(%q) error = %v, want %v", tt.query, err, tt.err)
				}
				return
			}
			if err != nil || d.ID != tt.wantID {
				t.Fatalf("Get(%q) = %v, %v; want %s", tt.query, d, err, tt.wantID)
			}
			if _, err := s.DuplicateOf(ctx, tt.query); err != nil {
				t.Errorf("DuplicateOf(%q): %v", tt.query, err)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	put(t, s, docShelling, docTalks, docEnvoy, docCheckpoint, docBrief, docUpdate)

	tests := []struct {
		query string
		hide  bool
		want  []string // ids, in any order; nil with err
		err   error
	}{
		{query: "ceasefire", want: []string{docTalks.ID, docEnvoy.ID}},
		{query: "Kessel Front weapons", want: []string{docCheckpoint.ID}},
		{query: "Dornik shelled", want: []string{docShelling.ID, docUpdate.ID}},
		{query: "Dornik shelled", hide: true, want: []string{docShelling.ID}},
		{query: "U.S.", want: []string{docEnvoy.ID}},
		{query: "U.S.-backed convoy", want: []string{docEnvoy.ID}},
		{query: "us", want: nil}, // "U.S." is the tokens u, s
		{query: `"truces collapse"`, want: []string{docEnvoy.ID}},
		{query: `"collapse truces"`, want: nil},
		{query: `"truces collapse`, want: []string{docEnvoy.ID}}, // unterminated quote
		{query: "Brask's", want: []string{docCheckpoint.ID}},
		{query: "5,000 families", want: []string{docEnvoy.ID}},
		{query: "Kastrel OR Vell", want: []string{docTalks.ID, docEnvoy.ID, docCheckpoint.ID}},
		{query: "Dornik NOT shelled", want: []string{docTalks.ID, docEnvoy.ID, docCheckpoint.ID, docBrief.ID}},
		{query: "ceasefire AND (Carasia OR Callan)", want: []string{docTalks.ID, docEnvoy.ID}},
		{query: "armour*", want: []string{docCheckpoint.ID}},
		{query: "title:ceasefire", want: []string{docTalks.ID, docEnvoy.ID}},
		{query: "title:Dornik", hide: true, want: []string{docShelling.ID}},
		{query: `title:"envoy backs"`, want: []string{docEnvoy.ID}},
		{query: "(Dornik", want: []string{docShelling.ID, docTalks.ID, docEnvoy.ID, docCheckpoint.ID, docBrief.ID, docUpdate.ID}},
		{query: "Dornik -- civilians!", want: []string{docShelling.ID, docTalks.ID, docUpdate.ID}},
		{query: "neutralised: terrorist; positions?", want: []string{docShelling.ID, docUpdate.ID}},
		{query: "Vell*", want: []string{docTalks.ID, docEnvoy.ID}},
		{query: "Ünknown wörds", want: nil},
		{query: "Dornik AND", err: ErrBadQuery},
		{query: "NOT Dornik", err: ErrBadQuery},
		{query: "-- ... !!", err: ErrBadQuery},
		{query: "", err: ErrBadQuery},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, SearchOptions{HideDuplicates: tt.hide})
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Search(%q) error = %v, want %v", tt.query, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, want)
			}
		})
	}
}

func TestSearchHit(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	put(t, s, docShelling, docTalks, docUpdate, docEnvoy)

	hits, err := s.Search(ctx, "ceasefire Vell", SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("got %d hits, want 2", len(hits))
	}
	// The title match ranks first.
	h := hits[0]
	if h.ID != docTalks.ID || h.Title != "Ceasefire talks open in Vell" || h.Published != "2031-04-10" ||
		h.URL != "https://wire.example/vell-talks" || h.DuplicateOf != "" {
		t.Errorf("first hit = %+v", h)
	}
	if !strings.Contains(h.Snippet, HighlightStart+"Vell"+HighlightEnd) || h.Score <= hits[1].Score {
		t.Errorf("snippet %q, scores %v, %v", h.Snippet, h.Score, hits[1].Score)
	}

	hits, err = s.Search(ctx, "Dornik", SearchOptions{Limit: 1})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Limit 1: %d hits, %v", len(hits), err)
	}
	hits, err = s.Search(ctx, "Lira", SearchOptions{Limit: -1})
	if err != nil || len(hits) != 3 {
		t.Fatalf("no limit: %d hits, %v", len(hits), err)
	}
	for _, h := range hits {
		if h.ID == docUpdate.ID && h.DuplicateOf != docShelling.ID {
			t.Errorf("update hit DuplicateOf = %q", h.DuplicateOf)
		}
	}
}

func TestReopen(t *testing.T) {
	// A directory that does not exist yet, with characters that need
	// escaping in a URI.
	path := filepath.Join(t.TempDir(), "new dir?x=1#frag", "my sitrep.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, docShelling, docTalks)
	var mode string
	if err := s.w.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at the given path: %v", err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if res := put(t, s, docShelling, docUpdate); res[0].Status != StatusExists || res[1].Status != StatusNearDuplicate {
		t.Errorf("after reopen: %+v", res)
	}
	if n, _ := s.Count(context.Background()); n != 3 {
		t.Errorf("Count = %d, want 3", n)
	}
	if d, err := s.Get(context.Background(), docTalks.ID[:8]); err != nil || d.ID != docTalks.ID {
		t.Errorf("Get after reopen = %v, %v", d, err)
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		setup func(path string) error
		want  error
		msg   string
	}{
		{
			name: "newer schema version",
			setup: func(path string) error {
				s, err := Open(path)
				if err != nil {
					return err
				}
				if _, err := s.w.Exec(`PRAGMA user_version = 99`); err != nil {
					return err
				}
				return s.Close()
			},
			want: ErrNewerSchema,
			msg:  "upgrade sitrep",
		},
		{
			name: "older schema version",
			setup: func(path string) error {
				s, err := Open(path)
				if err != nil {
					return err
				}
				if _, err := s.w.Exec(`PRAGMA user_version = 1`); err != nil {
					return err
				}
				return s.Close()
			},
			want: ErrOldSchema,
			msg:  "re-ingest into a new file",
		},
		{
			name: "some other SQLite database",
			setup: func(path string) error {
				db, err := sql.Open("sqlite", path)
				if err != nil {
					return err
				}
				defer db.Close()
				_, err = db.Exec(`CREATE TABLE t (x)`)
				return err
			},
			msg: "not a sitrep database",
		},
		{
			name:  "not a database at all",
			setup: func(path string) error { return os.WriteFile(path, []byte(strings.Repeat("not sqlite\n", 200)), 0o644) },
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprint(i, ".db"))
			if err := tt.setup(path); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if tt.want != nil && !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Open error = %v, want %v containing %q", err, tt.want, tt.msg)
			}
		})
	}
}

// TestConcurrentReaders runs searches and reads while one writer ingests.
func TestConcurrentReaders(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs := benchDocs(0, 400)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < len(docs); i += 50 {
			if _, err := s.PutBatch(ctx, docs[i:i+50]); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for last < len(docs) {
				n, err := s.Count(ctx)
				if err != nil {
					t.Error(err)
					return
				}
				if n < last || n%50 != 0 { // readers see whole batches only
					t.Errorf("Count went from %d to %d", last, n)
					return
				}
				last = n
				if _, err := s.Search(ctx, "ceasefire", SearchOptions{}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestDefaultPath(t *testing.T) {
	home, _ := os.UserHomeDir()
	tests := []struct {
		name, sitrepDB, xdg, want string
	}{
		{"SITREP_DB wins", "/tmp/x/my.db", "/data", "/tmp/x/my.db"},
		{"XDG_DATA_HOME", "", "/data", filepath.Join("/data", "sitrep", "sitrep.db")},
		{"relative XDG_DATA_HOME is ignored", "", "data", filepath.Join(home, ".local", "share", "sitrep", "sitrep.db")},
		{"home", "", "", filepath.Join(home, ".local", "share", "sitrep", "sitrep.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want == filepath.Join(home, ".local", "share", "sitrep", "sitrep.db") && (os.Getenv("HOME") == "" || runtime.GOOS != "linux") {
				t.Skip("platform default differs")
			}
			t.Setenv("SITREP_DB", tt.sitrepDB)
			t.Setenv("XDG_DATA_HOME", tt.xdg)
			got, err := DefaultPath()
			if err != nil || got != tt.want {
				t.Errorf("DefaultPath() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// TestIndexIntegrity checks the FTS index built batch-wise against its
// content table, and that deleting a row by hand (not an API, but a user
// may) keeps the FTS and band tables consistent.
func TestIndexIntegrity(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	put(t, s, docShelling, docTalks, docBrief)
	put(t, s, docEnvoy, docTalks, docCheckpoint)
	check := func() {
		t.Helper()
		if _, err := s.w.Exec(`INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Fatalf("FTS integrity check: %v", err)
		}
		var orphans, bands, signed int
		if err := s.w.QueryRow(`SELECT count(*) FROM band WHERE seq NOT IN (SELECT seq FROM documents)`).Scan(&orphans); err != nil || orphans != 0 {
			t.Fatalf("orphan band rows: %d, %v", orphans, err)
		}
		if err := s.w.QueryRow(`SELECT (SELECT count(*) FROM band), (SELECT count(*) FROM documents WHERE minhash IS NOT NULL)`).Scan(&bands, &signed); err != nil || bands != dedupe.NumBands*signed {
			t.Fatalf("%d band rows for %d signed documents, %v", bands, signed, err)
		}
	}
	check()
	if _, err := s.w.Exec(`DELETE FROM documents WHERE id = ?`, docShelling.ID); err != nil {
		t.Fatal(err)
	}
	check()
	if hits, err := s.Search(ctx, "Lira", SearchOptions{}); err != nil || len(hits) != 1 || hits[0].ID != docTalks.ID {
		t.Errorf("after delete: %v, %v", hits, err)
	}
	// With the original gone, its update is new again.
	if res := put(t, s, docUpdate); res[0].Status != StatusNew {
		t.Errorf("after delete: %+v", res)
	}
	check()
	if _, err := s.w.Exec(`DELETE FROM documents`); err != nil {
		t.Fatal(err)
	}
	var bands int
	if err := s.w.QueryRow(`SELECT count(*) FROM band`).Scan(&bands); err != nil || bands != 0 {
		t.Errorf("band rows left after deleting every document: %d, %v", bands, err)
	}
	check()
}

// TestSignatureColumn checks what PutBatch stores for dedupe: the signature
// as a BLOB and one band row per band key, nothing for short texts; and that
// a damaged signature is an error, not a silent miss.
func TestSignatureColumn(t *testing.T) {
	s := openTemp(t)
	put(t, s, docShelling, docBrief)
	sig := dedupe.Signature(docShelling.Text)
	want, _ := sig.MarshalBinary()
	for _, tt := range []struct {
		d     *doc.Document
		blob  []byte
		bands []uint64
	}{{docShelling, want, dedupe.BandKeys(sig)}, {docBrief, nil, nil}} {
		var blob []byte
		if err := s.w.QueryRow(`SELECT minhash FROM documents WHERE id = ?`, tt.d.ID).Scan(&blob); err != nil || !slices.Equal(blob, tt.blob) {
			t.Errorf("%s: minhash = %d bytes, %v; want %d bytes", tt.d.ID, len(blob), err, len(tt.blob))
		}
		rows, err := s.w.Query(`SELECT key FROM band JOIN documents USING (seq) WHERE id = ? ORDER BY key`, tt.d.ID)
		if err != nil {
			t.Fatal(err)
		}
		var keys []uint64
		for rows.Next() {
			var k int64
			if err := rows.Scan(&k); err != nil {
				t.Fatal(err)
			}
			keys = append(keys, uint64(k))
		}
		rows.Close()
		if !slices.Equal(keys, tt.bands) { // BandKeys are in band order, so sorted
			t.Errorf("%s: band keys %#x, want %#x", tt.d.ID, keys, tt.bands)
		}
	}

	if _, err := s.w.Exec(`UPDATE documents SET minhash = x'0102' WHERE id = ?`, docShelling.ID); err != nil {
		t.Fatal(err)
	}
	if res, err := s.PutBatch(context.Background(), []*doc.Document{docUpdate}); !errors.Is(err, dedupe.ErrBadSig) {
		t.Errorf("PutBatch with a damaged candidate = %v, %v; want ErrBadSig", res, err)
	}
}

// TestTwoWriters opens the file twice, as two processes would, and writes
// from both at once: busy_timeout and BEGIN IMMEDIATE serialise them.
func TestTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	var stores [2]*Store
	for i := range stores {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	docs := benchDocs(1000, 200)
	var wg sync.WaitGroup
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i * 100; j < (i+1)*100; j += 20 {
				if _, err := s.PutBatch(context.Background(), docs[j:j+20]); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if n, err := stores[0].Count(context.Background()); err != nil || n != len(docs) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(docs))
	}
}

// FuzzSearch: a query without FTS operators must never be a syntax error,
// whatever punctuation it holds; one with operators may only fail with
// ErrBadQuery.
func FuzzSearch(f *testing.F) {
	s := openTemp(f)
	put(f, s, docShelling, docEnvoy)
	for _, q := range []string{"U.S.", `"red line`, "al-Assad's", "5,000", "(Dornik", "a AND", "NOT x", "title:", "x*y", `"" *`, "ÜÑÍ ✓ 🙂", "\x00\xff"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		match, explicit := ftsQuery(q)
		_, err := s.Search(context.Background(), q, SearchOptions{Limit: 3})
		switch {
		case err == nil:
		case !errors.Is(err, ErrBadQuery):
			t.Fatalf("Search(%q) [%s]: unexpected error %v", q, match, err)
		case !explicit && match != "":
			t.Fatalf("plain query %q [%s] failed: %v", q, match, err)
		}
	})
}
