//go:build !race

package cameo

const raceEnabled = false
