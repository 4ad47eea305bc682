package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// Gunzip decompresses a gzip stream (e.g. a saved .html.gz page), reading
// at most limit decompressed bytes (limit <= 0 means no limit).
// Concatenated gzip members are joined. A stream that is not gzip, is
// truncated or corrupt, or decompresses to more than limit bytes is an
// error.
func Gunzip(b []byte, limit int64) ([]byte, error) {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return nil, errors.New("gunzip: not gzip data")
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, errors.New("gunzip: truncated gzip data (incomplete header)")
		}
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	defer zr.Close()
	var r io.Reader = zr
	if limit > 0 {
		r = io.LimitReader(zr, limit+1)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(r); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("gunzip: truncated gzip data after %d bytes", out.Len())
		}
		return nil, fmt.Errorf("gunzip: corrupt gzip data after %d bytes: %w", out.Len(), err)
	}
	if limit > 0 && int64(out.Len()) > limit {
		return nil, fmt.Errorf("gunzip: decompressed data exceeds limit of %d bytes", limit)
	}
	return out.Bytes(), nil
}
