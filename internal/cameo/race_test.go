//go:build race

package cameo

// The race detector slows loading several times; timing checks are relaxed.
const raceEnabled = true
