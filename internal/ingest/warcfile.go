package ingest

import (
	"errors"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/ingest/warc"
)

// readWARC streams a WARC file: one Item per HTML response record. A corrupt
// record is reported by its offset and skipped; the reader resynchronises at
// the next gzip member when it can.
func readWARC(base Item, r io.Reader, opts Options, emit func(Item)) {
	base.Format = FormatWARC
	wr, err := warc.NewReader(r)
	if err != nil {
		emit(failed(base.Input, err))
		return
	}
	for {
		resp, err := wr.NextResponse(opts.MaxBytes)
		if errors.Is(err, io.EOF) {
			return
		}
		var rerr *warc.RecordError
		if errors.As(err, &rerr) {
			emit(failed(fmt.Sprintf("%s@%d", base.Input, rerr.Offset), fmt.Errorf("WARC record %d: %w", rerr.Record, rerr.Err)))
			continue
		}
		if err != nil {
			emit(failed(base.Input, err))
			return
		}
		it := base
		it.Input = fmt.Sprintf("%s@%d", base.Input, resp.Offset)
		it.URL = resp.TargetURI
		it.HTML = resp.Payload
		emit(it)
	}
}
