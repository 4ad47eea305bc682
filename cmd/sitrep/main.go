// Command sitrep turns news about politics and armed conflict into sourced,
// structured data. It is a thin shell over the internal packages: it parses
// flags, wires readers, the pipeline and the store, and prints.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
)

// Exit codes: 0 all went well, 1 some inputs failed (the rest was done),
// 2 the command could not run at all (bad usage, unusable store, ...).
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitSignal  = 130
)

// env is what a command may touch; tests swap the streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) int
}

var commands []command

func init() {
	commands = []command{
		{"demo", "run the whole pipeline on the bundled sample corpus and show what it found", runDemo},
		{"extract", "read articles and print sitrep/1 JSON (or text) on stdout", runExtract},
		{"ingest", "read articles into the store", runIngest},
		{"show", "print one stored document", runShow},
		{"search", "full-text search over stored documents", runSearch},
		{"export", "print every stored document", runExport},
		{"eval", "score a stage against public gold data", runEval},
		{"build", "rebuild an embedded gazetteer, lexicon or code table from ../shared/data", runBuild},
		{"train", "retrain an embedded model from ../shared/data", runTrain},
		{"version", "print the version", runVersion},
	}
}

func main() {
	// The embedded models take about 180 MB; without a limit the garbage
	// collector lets a long batch grow to twice its live heap. A soft limit
	// keeps a laptop run small; GOMEMLIMIT overrides it.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(384 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			return run(ctx, e, []string{args[1], "--help"})
		}
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			code := c.run(ctx, e, args[1:])
			if code != exitUsage && ctx.Err() != nil {
				fmt.Fprintln(e.stderr, "sitrep: interrupted")
				return exitSignal
			}
			return code
		}
	}
	fmt.Fprintf(e.stderr, "sitrep: unknown command %q\n", args[0])
	if s := suggest(args[0]); s != "" {
		fmt.Fprintf(e.stderr, "Did you mean %q?\n", s)
	}
	fmt.Fprintln(e.stderr, "Run 'sitrep help' for the list of commands.")
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `sitrep turns news about politics and armed conflict into sourced, structured data.

Usage:
  sitrep <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'sitrep <command> --help' for a command's flags.
Start with 'sitrep demo'.
`)
}

// suggest returns the command closest to a mistyped one.
func suggest(name string) string {
	for _, c := range commands {
		if strings.HasPrefix(c.name, name) || strings.HasPrefix(name, c.name) {
			return c.name
		}
	}
	return ""
}

// newFlags makes a flag set whose errors and help go to stderr and that
// explains the positional arguments.
func newFlags(e *env, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("sitrep "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: sitrep %s [flags] %s\n\n%s\n", name, args, about)
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if len(names) > 0 {
			sort.Strings(names)
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseArgs parses flags that may come before, between or after the
// positional arguments ("sitrep extract a.txt --format text"), as users
// expect. A lone "--" ends flag parsing.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseOrUsage parses args, mapping errors to an exit code: -h is success.
func parseOrUsage(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil, exitOK, false
	}
	if err != nil {
		return nil, exitUsage, false
	}
	return pos, 0, true
}

// version is set at link time (-ldflags "-X main.version=...").
var version = "dev"

func runVersion(_ context.Context, e *env, args []string) int {
	fmt.Fprintf(e.stdout, "sitrep %s (contract sitrep/1)\n", version)
	return exitOK
}
