package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/kanbao/kanbao"
	"github.com/kanbao/kanbao/parse/decode"
	"github.com/kanbao/kanbao/parse/load"
	"github.com/kanbao/kanbao/tui/text"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // an input could not be read or parsed
	exitUsage = 2 // bad flags
)

// env is the outside world run works with, so tests can supply their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

type mode uint8

const (
	modeTUI mode = iota
	modePlain
	modeJSON
)

// options are the parsed command line.
type options struct {
	mode      mode
	width     int // 0: from the terminal
	encoding  string
	ambiguous text.Ambiguous
	glob      string
	maxSize   int64
	paths     []string
}

const usage = `kanbao — read Chinese newspaper page dumps in the terminal

usage: kanbao [flags] [PATH ...]

PATH is a text file, a folder (every *.txt below it, in natural order) or
- for standard input. With no PATH, kanbao reads standard input when it is
not a terminal, and otherwise opens its built-in sample page.

flags:
  --json            print the parsed articles as a JSON array and exit
  --plain           print the articles as reflowed text and exit
                    (the default when standard output is not a terminal)
  --width N         text width for --plain (default: the terminal width
                    capped at 100, else 80)
  --encoding NAME   auto | utf-8 | gb18030 | gbk | big5 | utf-16 | utf-16le | utf-16be
  --ambiguous MODE  width of East Asian ambiguous characters (“ ” … —):
                    narrow | wide | auto (RUNEWIDTH_EASTASIAN, else the locale)
  --glob PATTERN    files to take from folders (default *.txt)
  --max-size SIZE   refuse inputs larger than this (default 64M; K, M, G suffixes)
  --version         print the version and exit
  -h, --help        show this help

exit status: 0 ok, 1 an input could not be read (the others are still
shown), 2 usage error
`

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("kanbao", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var (
		jsonOut  = fs.Bool("json", false, "")
		plain    = fs.Bool("plain", false, "")
		width    = fs.String("width", "", "")
		encoding = fs.String("encoding", "auto", "")
		amb      = fs.String("ambiguous", "auto", "")
		glob     = fs.String("glob", load.DefaultGlob, "")
		maxSize  = fs.String("max-size", "64M", "")
		showVer  = fs.Bool("version", false, "")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return options{}, flag.ErrHelp
		}
		return options{}, fmt.Errorf("%w: %s", errUsage, strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
	}
	if *showVer {
		return options{}, errVersion
	}
	o := options{encoding: *encoding, glob: *glob, paths: fs.Args()}
	switch {
	case *jsonOut && *plain:
		return o, fmt.Errorf("%w: --json and --plain exclude each other", errUsage)
	case *jsonOut:
		o.mode = modeJSON
	case *plain:
		o.mode = modePlain
	}
	if *width != "" {
		n, err := strconv.Atoi(*width)
		if err != nil || n < 1 || n > 10000 {
			return o, fmt.Errorf("%w: invalid --width %q (want a number from 1 to 10000)", errUsage, *width)
		}
		o.width = n
	}
	if _, err := decode.Decode(nil, o.encoding); err != nil {
		return o, fmt.Errorf("%w: %v", errUsage, err)
	}
	a, err := text.ParseAmbiguous(*amb)
	if err != nil {
		return o, fmt.Errorf("%w: %v", errUsage, err)
	}
	o.ambiguous = a
	if o.maxSize, err = parseSize(*maxSize); err != nil {
		return o, fmt.Errorf("%w: invalid --max-size %q", errUsage, *maxSize)
	}
	if _, err := matchGlob(o.glob); err != nil {
		return o, fmt.Errorf("%w: invalid --glob %q", errUsage, o.glob)
	}
	return o, nil
}

var errVersion = errors.New("version")

// parseSize reads 64M, 512K, 1G or a plain byte count.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, s[:len(s)-1]
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, s[:len(s)-1]
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, s[:len(s)-1]
	}
	n, err := strconv.ParseInt(strings.TrimSuffix(s, "B"), 10, 64)
	if err != nil || n <= 0 {
		return 0, errors.New("bad size")
	}
	return n * mult, nil
}

// run is the whole program; it returns the exit status.
func run(args []string, e env) int {
	o, err := parseFlags(args, e.stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(e.stdout, usage)
		return exitOK
	case errors.Is(err, errVersion):
		fmt.Fprintf(e.stdout, "kanbao %s\n", version)
		return exitOK
	case err != nil:
		fmt.Fprintf(e.stderr, "kanbao: %s\n", strings.TrimPrefix(err.Error(), "usage: "))
		fmt.Fprintln(e.stderr, "run 'kanbao --help' for usage")
		return exitUsage
	}
	stdoutTTY := isTerminal(e.stdout)
	if o.mode == modeTUI && !stdoutTTY {
		o.mode = modePlain
	}
	in := selectInputs(o, e)
	lopts := load.Options{Encoding: o.encoding, Glob: o.glob, MaxSize: o.maxSize, Stdin: e.stdin}
	oracle := text.NewOracle(o.ambiguous)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	switch o.mode {
	case modeJSON:
		return writeJSON(e.stdout, e.stderr, docs(ctx, in, lopts))
	case modePlain:
		width := o.width
		if width == 0 {
			width = terminalWidth(e.stdout)
		}
		return writePlain(e.stdout, e.stderr, docs(ctx, in, lopts), oracle, width)
	}
	return runTUI(ctx, in, lopts, oracle, e)
}

// inputs is what to read: the paths of the command line (files, folders,
// "-"), or the built-in sample.
type inputs struct {
	paths  []string
	sample bool
}

// selectInputs decides what to read: the paths, standard input, or the
// built-in sample when there is no path and standard input is a terminal.
func selectInputs(o options, e env) inputs {
	if len(o.paths) > 0 {
		return inputs{paths: o.paths}
	}
	if f, ok := e.stdin.(*os.File); (ok && term.IsTerminal(f.Fd())) || e.stdin == nil {
		return inputs{sample: true}
	}
	return inputs{paths: []string{load.Stdin}}
}

// docs loads the inputs in parallel and delivers them in order, folders
// walked while files already load.
func docs(ctx context.Context, in inputs, lo load.Options) <-chan load.Doc {
	if in.sample {
		ch := make(chan load.Doc, 1)
		ch <- load.FromBytes(kanbao.SampleName, kanbao.SamplePage, "")
		close(ch)
		return ch
	}
	return load.StreamInputs(ctx, load.Walk(ctx, in.paths, lo.Glob), lo)
}

// reportDoc prints a doc's problems as "kanbao: PATH: reason" lines and
// reports whether it failed.
func reportDoc(w io.Writer, d *load.Doc) bool {
	if d.Err != nil {
		fmt.Fprintf(w, "kanbao: %s: %s\n", d.Source, d.Err)
		return true
	}
	for _, warn := range d.Warnings {
		fmt.Fprintf(w, "kanbao: %s: warning: %s\n", d.Source, warn)
	}
	switch {
	case len(d.Pages) == 0:
		fmt.Fprintf(w, "kanbao: %s: empty (no text)\n", d.Source)
	case d.Articles() == 0:
		other := 0
		for _, p := range d.Pages {
			other += len(p.Other) + len(p.Furniture)
		}
		fmt.Fprintf(w, "kanbao: %s: no article recognised (%d other text items)\n", d.Source, other)
	}
	return false
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// Default --plain widths: the terminal's, capped for reading, or 80 when
// output goes to a file or pipe.
const (
	maxTerminalPlainWidth = 100
	defaultPlainWidth     = 80
)

func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			return min(cols, maxTerminalPlainWidth)
		}
	}
	return defaultPlainWidth
}
