//go:build !unix

package store

import "time"

// cpuTime is not measured on this platform; the benchmark then reports
// wall-clock figures only.
func cpuTime() time.Duration { return 0 }
