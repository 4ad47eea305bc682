package warc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// sampleDir is the shared CC-NEWS-style sample, beside the checkout.
var sampleDir = filepath.Join("..", "..", "..", "..", "shared", "data", "extraction", "warc-sample")

const sampleName = "CC-NEWS-SAMPLE-20260101000000-00000.warc.gz"

func openSample(t testing.TB) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(sampleDir, sampleName))
	if os.IsNotExist(err) {
		t.Skipf("shared sample not present: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sampleIndex maps response record offsets to target URIs (one URL is
// captured twice, so the offset is the key).
func sampleIndex(t *testing.T) map[int64]string {
	t.Helper()
	f, err := os.Open(filepath.Join(sampleDir, "index.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	idx := map[int64]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e struct {
			URL    string `json:"url"`
			Offset int64  `json:"offset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("index.jsonl: %v", err)
		}
		idx[e.Offset] = e.URL
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return idx
}

func TestSample(t *testing.T) {
	f := openSample(t)
	idx := sampleIndex(t)
	if len(idx) != 258 {
		t.Fatalf("index.jsonl has %d distinct offsets, want 258", len(idx))
	}
	r, err := NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	seen := map[int64]bool{}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		types[rec.Type]++
		if rec.Offset < 0 {
			t.Errorf("%s record %s: no offset", rec.Type, rec.ID)
		}
		if rec.Type != "response" {
			continue
		}
		if url, ok := idx[rec.Offset]; !ok || url != rec.TargetURI {
			t.Errorf("response %s at offset %d: index.jsonl has %q there", rec.TargetURI, rec.Offset, url)
		}
		seen[rec.Offset] = true
		resp, err := ParseHTTPResponse(rec.Body)
		if err != nil {
			t.Errorf("%s: %v", rec.TargetURI, err)
			continue
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Errorf("%s: %v", rec.TargetURI, err)
		}
		if resp.Status != 200 || len(body) == 0 || !bytes.Contains(bytes.ToLower(body), []byte("<html")) {
			t.Errorf("%s: status %d, %d bytes of payload, want 200 and HTML", rec.TargetURI, resp.Status, len(body))
		}
	}
	want := map[string]int{"warcinfo": 1, "request": 258, "response": 258, "metadata": 258}
	for k, v := range want {
		if types[k] != v {
			t.Errorf("%d %s records, want %d (all: %v)", types[k], k, v, types)
		}
	}
	if len(seen) != 258 {
		t.Errorf("%d distinct response offsets, want 258", len(seen))
	}
}

// TestSampleResponses checks NextResponse over the sample and random access
// through the offsets it reports.
func TestSampleResponses(t *testing.T) {
	f := openSample(t)
	r, err := NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var got []*Response
	for {
		resp, err := r.NextResponse(8 << 20)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(resp.Payload) == 0 || resp.ContentType == "" {
			t.Errorf("%s: empty payload or content type", resp.TargetURI)
		}
		resp.Payload = resp.Payload[:0:0] // keep memory flat
		got = append(got, resp)
	}
	if len(got) != 258 {
		t.Fatalf("NextResponse gave %d responses, want 258", len(got))
	}
	for _, i := range []int{0, 1, 128, 257} {
		want := got[i]
		sr := io.NewSectionReader(f, want.Offset, 1<<62)
		rr, err := NewReader(sr)
		if err != nil {
			t.Fatalf("offset %d: %v", want.Offset, err)
		}
		rec, err := rr.Next()
		if err != nil {
			t.Fatalf("offset %d: %v", want.Offset, err)
		}
		if rec.ID != want.ID || rec.TargetURI != want.TargetURI || rec.Offset != 0 {
			t.Errorf("offset %d: got %s %s at %d, want %s %s", want.Offset, rec.ID, rec.TargetURI, rec.Offset, want.ID, want.TargetURI)
		}
	}
}
