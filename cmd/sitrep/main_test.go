package main

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"sitrep": func() {
			os.Exit(run(context.Background(), &env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:]))
		},
	})
}

// TestScripts runs the CLI scripts in testdata/script: what a user types and
// what they must see, exit codes included.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			// Keep every store inside the test's own directory.
			e.Setenv("SITREP_DB", e.WorkDir+"/default.db")
			e.Setenv("XDG_DATA_HOME", e.WorkDir+"/xdg")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// mkbinary FILE: a file of binary junk (txtar holds text only).
			"mkbinary": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: mkbinary FILE")
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00"), 0o644))
			},
			// mksparse FILE MiB: a sparse file of that size, cheap to make.
			"mksparse": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: mksparse FILE MiB")
				}
				mib, err := strconv.Atoi(args[1])
				ts.Check(err)
				f, err := os.Create(ts.MkAbs(args[0]))
				ts.Check(err)
				ts.Check(f.Truncate(int64(mib) << 20))
				ts.Check(f.Close())
			},
		},
	})
}
