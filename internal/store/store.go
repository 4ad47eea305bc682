// Package store keeps documents in one SQLite file (modernc.org/sqlite, pure
// Go): the contract JSON as put, an FTS5 index over title and text, and
// MinHash signatures with an LSH band index that flag near-duplicates at
// ingest.
//
// Writes go through a single connection in one transaction per batch, so the
// file never holds half a batch; reads use a separate pool and, thanks to
// WAL, run concurrently with the writer (and with other processes).
package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/dedupe"
	"github.com/sitrep/sitrep/internal/doc"

	_ "modernc.org/sqlite" // registers driver "sqlite"
)

const (
	// schemaVersion is stored in PRAGMA user_version. Bump it with a
	// migration in migrate whenever the schema changes. Version 1 (SimHash
	// fingerprints) was never released; Open refuses it (ErrOldSchema).
	schemaVersion = 2

	// applicationID (PRAGMA application_id, "SITR") marks the file as ours,
	// so Open refuses some other program's SQLite database.
	applicationID = 0x53495452

	// minPrefix is the shortest id prefix Get accepts, as in git.
	minPrefix = 6

	// DefaultLimit is the number of hits Search returns when Limit is 0.
	DefaultLimit = 20
)

// Snippet highlight markers around matched words in Hit.Snippet.
const (
	HighlightStart = "["
	HighlightEnd   = "]"
)

// Put statuses.
const (
	StatusNew           = "new"
	StatusExists        = "exists"
	StatusNearDuplicate = "near-duplicate"
)

var (
	// ErrNotFound is returned when no document has the given id or prefix.
	ErrNotFound = errors.New("document not found")
	// ErrAmbiguous is returned when an id prefix matches several documents.
	ErrAmbiguous = errors.New("ambiguous id prefix")
	// ErrNewerSchema is returned by Open for a file written by a newer sitrep.
	ErrNewerSchema = errors.New("database schema is newer than this sitrep")
	// ErrOldSchema is returned by Open for a file created by an older sitrep
	// whose schema cannot be migrated.
	ErrOldSchema = errors.New("database was created by an older sitrep")
	// ErrBadQuery is returned by Search for a query FTS5 cannot parse.
	ErrBadQuery = errors.New("invalid search query")
)

// Store is an open sitrep database. It is safe for concurrent use.
type Store struct {
	path string
	w    *sql.DB // exactly one connection: the single writer
	r    *sql.DB // read-only pool

	testHookPut func(i int) error // called after each insert; tests inject failures
}

// DefaultPath is where the store lives unless the user says otherwise:
// $SITREP_DB, else $XDG_DATA_HOME/sitrep/sitrep.db, else the platform's
// per-user data directory (~/.local/share, ~/Library/Application Support,
// %LocalAppData%).
func DefaultPath() (string, error) {
	if p := os.Getenv("SITREP_DB"); p != "" {
		return p, nil
	}
	// The XDG spec says relative values are invalid and must be ignored.
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "sitrep", "sitrep.db"), nil
	}
	var base string
	switch runtime.GOOS {
	case "windows":
		base = os.Getenv("LocalAppData")
		if base == "" {
			d, err := os.UserCacheDir() // %LocalAppData% on Windows
			if err != nil {
				return "", fmt.Errorf("store: no data directory: %w", err)
			}
			base = d
		}
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("store: no home directory: %w", err)
		}
		base = filepath.Join(home, "Library", "Application Support")
	default:
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("store: no home directory (set SITREP_DB): %w", err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "sitrep", "sitrep.db"), nil
}

// dsn builds a file: URI so any path works (spaces, '?', '#'); the driver
// runs the _pragma values on every new connection.
func dsn(path string, write bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)") // wait for the other process's lock instead of failing
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "temp_store(memory)")
	if write {
		q.Add("_pragma", "journal_mode(WAL)")   // readers never block the writer, nor it them
		q.Add("_pragma", "synchronous(NORMAL)") // under WAL: consistent after a crash, fsync only at checkpoints
		q.Add("_pragma", "cache_size(-32000)")  // 32 MB: FTS segment merges stay in memory
		// BEGIN IMMEDIATE takes the write lock up front; a deferred
		// transaction that upgrades later can fail with SQLITE_BUSY
		// without waiting for busy_timeout.
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/x -> /C:/x
	}
	u := url.URL{Scheme: "file", Path: p, RawQuery: q.Encode()}
	return u.String()
}

// Open opens the store at path, creating the file, its directory and the
// schema as needed.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s := &Store{path: abs}
	if s.w, err = sql.Open("sqlite", dsn(abs, true)); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	s.w.SetMaxOpenConns(1) // one writer per process; other processes wait on the file lock
	if err := s.migrate(context.Background()); err != nil {
		s.w.Close()
		return nil, err
	}
	if s.r, err = sql.Open("sqlite", dsn(abs, false)); err != nil {
		s.w.Close()
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	s.r.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	s.r.SetMaxIdleConns(max(4, runtime.GOMAXPROCS(0)))
	return s, nil
}

// Path is the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close closes the store. A clean close also checkpoints the WAL.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// The small columns come first: SQLite reads a row's columns in order, and
// anything after the multi-kilobyte text and json would sit on overflow pages.
// The 400-byte signature follows the columns Search shows and precedes the
// text, so checking a near-duplicate candidate reads at most the row's first
// overflow page.
const schema = `
CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,   -- ingest order; rowid of documents_fts
	id           TEXT NOT NULL UNIQUE,  -- contract id (hash of the text)
	duplicate_of TEXT REFERENCES documents(id),
	ingested_at  TEXT NOT NULL,         -- RFC 3339 UTC
	published    TEXT,
	url          TEXT,
	site         TEXT,
	title        TEXT,
	minhash      BLOB,                  -- dedupe.Sig, 100 little-endian uint32s; NULL when too short
	text         TEXT NOT NULL,         -- FTS content and snippets
	json         BLOB NOT NULL          -- the contract JSON exactly as put
);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- LSH band keys (dedupe.BandKeys), one row per band per signed document: a
-- near-duplicate shares at least one key, and the candidates' signatures
-- are then compared (dedupe.Similarity). Rows are written only with their
-- document (no foreign key: it would cost a lookup per row); documents_ad
-- removes them through band_seq.
CREATE TABLE band (
	key INTEGER NOT NULL,
	seq INTEGER NOT NULL,
	PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE INDEX band_seq ON band(seq);

-- External-content FTS5 index: the text lives once, in documents. PutBatch
-- indexes each batch with one INSERT ... SELECT rather than a per-row
-- trigger: FTS5 flushes its in-memory buffer at every statement savepoint,
-- so per-row inserts would write one tiny segment per document.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
-- Merge segments less eagerly than the default 4: ingest is the hot path,
-- and search over a few more segments stays in the milliseconds.
INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 16);

CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	DELETE FROM band WHERE seq = old.seq;
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`

// migrate creates the schema in a new file and checks the version of an
// existing one. It runs under the write lock, so two processes opening a new
// file at once do not both create it.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var version, app, tables int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	if err := tx.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&app); err != nil {
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&tables); err != nil {
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	switch {
	case app != applicationID && (app != 0 || tables > 0):
		return fmt.Errorf("store: %s is not a sitrep database", s.path)
	case version > schemaVersion:
		return fmt.Errorf("store: %s: %w (schema version %d, this sitrep knows up to %d): upgrade sitrep",
			s.path, ErrNewerSchema, version, schemaVersion)
	case version == schemaVersion:
		return nil
	case version > 0:
		return fmt.Errorf("store: %s: %w (schema version %d, this sitrep needs %d): re-ingest into a new file",
			s.path, ErrOldSchema, version, schemaVersion)
	case version == 0:
		if _, err := tx.ExecContext(ctx, schema); err != nil {
			return fmt.Errorf("store: create schema: %w", err)
		}
	}
	// Future migrations from version n to n+1 go here, in order.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d; PRAGMA application_id = %d`,
		schemaVersion, applicationID)); err != nil {
		return fmt.Errorf("store: set schema version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: create schema: %w", err)
	}
	return nil
}

// PutResult is the outcome of storing one document.
type PutResult struct {
	ID          string
	Status      string // StatusNew, StatusExists or StatusNearDuplicate
	DuplicateOf string // for near-duplicates (and existing ones): the original's id
}

// PutBatch stores docs in one transaction: either all of them are stored or,
// on error, none. A document whose id is already stored (earlier, or earlier
// in this batch) is not stored again and reports StatusExists. A document
// whose MinHash signature is near a stored one's (or one's earlier in the
// batch: they share an LSH band and dedupe.Similarity is at least
// dedupe.Threshold) is stored with duplicate_of set to the most similar
// document's original, the root of its group, and reports
// StatusNearDuplicate.
func (s *Store) PutBatch(ctx context.Context, docs []*doc.Document) ([]PutResult, error) {
	if len(docs) == 0 {
		return []PutResult{}, nil
	}
	// CPU work and validation first, outside the write lock.
	type prepared struct {
		json []byte
		sig  dedupe.Sig
		blob []byte   // sig encoded; nil (NULL) for texts too short to sign
		keys []uint64 // dedupe.BandKeys(sig); nil with blob
	}
	prep := make([]prepared, len(docs))
	for i, d := range docs {
		if d == nil {
			return nil, fmt.Errorf("store: document %d is nil", i)
		}
		if d.ID == "" {
			return nil, fmt.Errorf("store: document %d has no id", i)
		}
		var err error
		if prep[i].json, err = json.Marshal(d); err != nil {
			return nil, fmt.Errorf("store: document %d (%s): %w", i, d.ID, err)
		}
	}
	// Signatures are most of the CPU work outside SQLite: spread them
	// over the cores.
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), (len(docs)+31)/32)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(docs); i += workers {
				p := &prep[i]
				if p.sig = dedupe.Signature(docs[i].Text); !p.sig.IsZero() {
					p.blob, _ = p.sig.MarshalBinary()
					p.keys = dedupe.BandKeys(p.sig)
				}
			}
		})
	}
	wg.Wait()

	// Lookups run on the writer's connection, inside the transaction: they
	// see the batch's own earlier documents, and its warm page cache makes
	// the band probes cheap (a reader connection would re-read the pages
	// every batch).
	tx, err := s.w.BeginTx(ctx, nil) // BEGIN IMMEDIATE: holds the write lock from here
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback() // no-op after Commit
	stmt := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	exists := stmt(`SELECT coalesce(duplicate_of, '') FROM documents WHERE id = ?`)
	probe := stmt(probeSQL)
	insert := stmt(`INSERT INTO documents (id, duplicate_of, ingested_at, published, url, site, title, minhash, text, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	insertBand := stmt(insertBandSQL)
	if err != nil {
		return nil, fmt.Errorf("store: prepare: %w", err)
	}

	now := time.Now().UTC().Format(time.RFC3339Nano)
	res := make([]PutResult, len(docs))
	var firstSeq int64 // of this batch's first new document; 0 if none
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		res[i].ID = d.ID
		var dupOf string
		switch err := exists.QueryRowContext(ctx, d.ID).Scan(&dupOf); {
		case err == nil:
			res[i].Status, res[i].DuplicateOf = StatusExists, dupOf
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("store: document %s: %w", d.ID, err)
		}

		p := &prep[i]
		if p.keys != nil {
			if dupOf, err = nearest(ctx, probe, p.sig, p.keys); err != nil {
				return nil, fmt.Errorf("store: document %s: %w", d.ID, err)
			}
		}
		r, err := insert.ExecContext(ctx, d.ID, sql.NullString{String: dupOf, Valid: dupOf != ""},
			now, d.Published, d.Source.URL, d.Source.Site, d.Title, p.blob, d.Text, p.json)
		if err != nil {
			return nil, fmt.Errorf("store: document %s: %w", d.ID, err)
		}
		seq, err := r.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("store: document %s: %w", d.ID, err)
		}
		firstSeq = cmp.Or(firstSeq, seq)
		if p.keys != nil {
			var args [2 * dedupe.NumBands]any
			for b, k := range p.keys {
				args[2*b], args[2*b+1] = int64(k), seq
			}
			if _, err := insertBand.ExecContext(ctx, args[:]...); err != nil {
				return nil, fmt.Errorf("store: document %s: %w", d.ID, err)
			}
		}
		res[i].Status, res[i].DuplicateOf = StatusNew, dupOf
		if dupOf != "" {
			res[i].Status = StatusNearDuplicate
		}
		if s.testHookPut != nil {
			if err := s.testHookPut(i); err != nil {
				return nil, err
			}
		}
	}
	if firstSeq != 0 {
		// One statement indexes the whole batch: FTS5 buffers it in memory
		// and writes one segment.
		if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text)
			SELECT seq, title, text FROM documents WHERE seq >= ?`, firstSeq); err != nil {
			return nil, fmt.Errorf("store: index batch: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit: %w", err)
	}
	return res, nil
}

var (
	// probeSQL lists the documents that share at least one of the
	// NumBands band keys with a signature (each once), with their
	// signatures and the roots of their groups.
	probeSQL = `SELECT seq, minhash, coalesce(duplicate_of, id) FROM documents
		WHERE seq IN (SELECT seq FROM band WHERE key IN (?` + strings.Repeat(`, ?`, dedupe.NumBands-1) + `))`

	// insertBandSQL writes a document's NumBands band rows (key, seq).
	insertBandSQL = `INSERT INTO band (key, seq) VALUES (?, ?)` + strings.Repeat(`, (?, ?)`, dedupe.NumBands-1)
)

// nearest returns the original (the group's root) of the stored document
// most similar to sig among those that share a band key with it, if that
// similarity reaches dedupe.Threshold; else "". Ties go to the earliest.
func nearest(ctx context.Context, probe *sql.Stmt, sig dedupe.Sig, keys []uint64) (string, error) {
	var args [dedupe.NumBands]any
	for i, k := range keys {
		args[i] = int64(k) // the band number in the top byte keeps it positive
	}
	rows, err := probe.QueryContext(ctx, args[:]...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var (
		best, seq      int64
		bestSim        float64
		blob           []byte
		root, bestRoot string
		other          dedupe.Sig
	)
	for rows.Next() {
		if err := rows.Scan(&seq, &blob, &root); err != nil {
			return "", err
		}
		if err := other.UnmarshalBinary(blob); err != nil {
			return "", fmt.Errorf("candidate %d: %w", seq, err)
		}
		sim := dedupe.Similarity(sig, other)
		if sim >= dedupe.Threshold && (best == 0 || sim > bestSim || sim == bestSim && seq < best) {
			best, bestSim, bestRoot = seq, sim, root
		}
	}
	return bestRoot, rows.Err()
}

// resolve finds the full id for id or a unique prefix of at least 6 hex
// digits, and returns the requested columns of that row.
func (s *Store) resolve(ctx context.Context, cols, id string, dest ...any) error {
	err := s.r.QueryRowContext(ctx, `SELECT `+cols+` FROM documents WHERE id = ?`, id).Scan(dest...)
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	prefix := strings.ToLower(id)
	if len(prefix) < minPrefix || strings.Trim(prefix, "0123456789abcdef") != "" {
		return fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	// A range scan on the unique index; "\U0010FFFF" sorts after any
	// character that can follow the prefix.
	rows, err := s.r.QueryContext(ctx, `SELECT id, `+cols+` FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`,
		prefix, prefix+"\U0010FFFF")
	if err != nil {
		return err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var full string
		if err := rows.Scan(append([]any{&full}, dest...)...); err != nil {
			return err
		}
		ids = append(ids, full)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	switch len(ids) {
	case 0:
		return fmt.Errorf("%w: %q", ErrNotFound, id)
	case 1:
		return nil
	default:
		return fmt.Errorf("%w: %q matches %s, %s and maybe more", ErrAmbiguous, id, ids[0], ids[1])
	}
}

// Get returns the document with the given id, or with the unique id that
// starts with the given prefix (at least 6 hex digits).
func (s *Store) Get(ctx context.Context, id string) (*doc.Document, error) {
	var js []byte
	if err := s.resolve(ctx, "json", id, &js); err != nil {
		return nil, fmt.Errorf("store: get: %w", err)
	}
	d := new(doc.Document)
	if err := json.Unmarshal(js, d); err != nil {
		return nil, fmt.Errorf("store: get %s: %w", id, err)
	}
	return d, nil
}

// DuplicateOf returns the id of the document that id (or a unique prefix)
// near-duplicates, or "" when it is an original.
func (s *Store) DuplicateOf(ctx context.Context, id string) (string, error) {
	var dup sql.NullString
	if err := s.resolve(ctx, "duplicate_of", id, &dup); err != nil {
		return "", fmt.Errorf("store: duplicate-of: %w", err)
	}
	return dup.String, nil
}

// Count returns the number of stored documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// Export calls fn with every stored document in ingest order, streaming from
// one read snapshot. It stops at the first error from fn and returns it.
func (s *Store) Export(ctx context.Context, fn func(*doc.Document) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT id, json FROM documents ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id string
			js []byte
		)
		if err := rows.Scan(&id, &js); err != nil {
			return fmt.Errorf("store: export: %w", err)
		}
		d := new(doc.Document)
		if err := json.Unmarshal(js, d); err != nil {
			return fmt.Errorf("store: export %s: %w", id, err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	return nil
}
