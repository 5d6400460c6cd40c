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
	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/load"
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
	noState   bool
}

const usage = `kanbao — read Chinese newspaper page dumps in the terminal

usage: kanbao [flags] [PATH ...]

PATH is a text file, a PDF, a folder (every *.txt and *.pdf below it, in
natural order) or - for standard input. With no PATH, kanbao reads standard input when it is
not a terminal, and otherwise opens its built-in sample page.

flags:
  --json            print the parsed articles as a JSON array and exit
  --plain           print the articles as reflowed text and exit
                    (the default when standard output is not a terminal)
  --width N         text width for --plain (default: the terminal width
                    capped at 100, else 80)
  --encoding NAME   auto | utf-8 | gb18030 | gbk | big5 | utf-16 | utf-16le | utf-16be | latin-1
  --ambiguous MODE  width of East Asian ambiguous characters (“ ” … —):
                    narrow | wide | auto (RUNEWIDTH_EASTASIAN, else ask the
                    terminal, else narrow)
  --glob PATTERN    files to take from folders, patterns separated by commas
                    (default *.txt,*.pdf)
  --no-state        neither read nor write the reading state (read marks,
                    stars, positions; kept in $XDG_STATE_HOME/kanbao)
  --max-size SIZE   refuse inputs larger than this (default 64M; B, K, M, G,
                    KB or KiB: 1K = 1024 bytes)
  --version         print the version and exit
  -h, --help        show this help

Flags may come before or after the paths; -- ends them.

exit status: 0 ok, 1 an input could not be read (the others are still
shown), 2 usage error
`

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

// Widths under minWidth cannot hold one Chinese character (two cells):
// every character would become an ellipsis, so they are refused.
const (
	minWidth = 2
	maxWidth = 10000
)

// parseFlags reads the command line. Flags may come before, between and
// after the paths, as users expect of a file viewer; "--" ends the flags
// and "-" is a path (standard input).
func parseFlags(args []string) (options, error) {
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
		noState  = fs.Bool("no-state", false, "")
	)
	var paths []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return options{}, flag.ErrHelp
			}
			return options{}, fmt.Errorf("%w: %s", errUsage, flagError(err))
		}
		left := fs.Args()
		// Parse stops at the first path, or after a "--" it consumes:
		// after "--" everything is a path.
		if used := len(rest) - len(left); used > 0 && rest[used-1] == "--" {
			paths = append(paths, left...)
			break
		}
		if len(left) == 0 {
			break
		}
		paths = append(paths, left[0])
		rest = left[1:]
	}
	if *showVer {
		return options{}, errVersion
	}
	o := options{encoding: *encoding, glob: *glob, paths: paths, noState: *noState}
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
		if err != nil || n < minWidth || n > maxWidth {
			return o, fmt.Errorf("%w: invalid --width %q (want a number from %d to %d)", errUsage, *width, minWidth, maxWidth)
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
		return o, fmt.Errorf("%w: invalid --max-size %q: %v", errUsage, *maxSize, err)
	}
	if _, err := matchGlob(o.glob); err != nil {
		return o, fmt.Errorf("%w: invalid --glob %q", errUsage, o.glob)
	}
	return o, nil
}

// flagError rewords the flag package's errors: flags are shown with two
// dashes, and an unknown flag points to --help.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "unknown flag --" + strings.TrimLeft(name, "-")
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "--" + strings.TrimLeft(name, "-") + " needs a value"
	}
	if i := strings.Index(msg, " for -"); i >= 0 {
		// invalid boolean value "x" for -json: parse error
		name, _, _ := strings.Cut(msg[i+len(" for -"):], ":")
		return msg[:i] + " for --" + name
	}
	return msg
}

var errVersion = errors.New("version")

// sizeUnits are the suffixes --max-size takes, binary multiples all: K,
// KB and KiB are 1024 bytes, as file sizes are usually meant.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30},
	{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1},
}

// maxSizeLimit is the largest --max-size: an input must fit in memory
// with room for its decoding, and the limit plus one byte must not
// overflow when it is read.
const maxSizeLimit = 1 << 40

// parseSize reads 64M, 512K, 1GiB, 100B or a plain byte count.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range sizeUnits {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			mult, s = u.mult, strings.TrimSpace(n)
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	switch {
	case err != nil && errors.Is(err, strconv.ErrRange):
		return 0, errors.New("too large")
	case err != nil:
		return 0, errors.New("want a number of bytes with an optional B, K, M or G")
	case n <= 0:
		return 0, errors.New("must be positive")
	case n > maxSizeLimit/mult:
		return 0, errors.New("too large (at most 1T)")
	}
	return n * mult, nil
}

// run is the whole program; it returns the exit status.
func run(args []string, e env) int {
	o, err := parseFlags(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(e.stdout, usage)
		return exitOK
	case errors.Is(err, errVersion):
		fmt.Fprintf(e.stdout, "kanbao %s\n", version)
		return exitOK
	case err != nil:
		say(e.stderr, "%s", strings.TrimPrefix(err.Error(), "usage: "))
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
	return runTUI(ctx, o, in, lopts, e)
}

// inputs is what to read: the paths of the command line (files, folders,
// "-"), or the built-in sample.
type inputs struct {
	paths  []string
	sample bool
	walked chan load.Input // the paths already walked, when not nil
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
	if in.walked != nil {
		return load.StreamInputs(ctx, in.walked, lo)
	}
	return load.StreamInputs(ctx, load.Walk(ctx, in.paths, lo.Glob), lo)
}

// reportDoc prints a doc's problems as "kanbao: PATH: reason" lines and
// reports whether it failed.
func reportDoc(w io.Writer, d *load.Doc) bool {
	if d.Err != nil {
		say(w, "%s: %s", d.Source, d.Err)
		return true
	}
	for _, warn := range d.Warnings {
		say(w, "%s: warning: %s", d.Source, warn)
	}
	switch {
	case len(d.Pages) == 0:
		say(w, "%s: empty (no text)", d.Source)
	case d.Articles() == 0:
		other := 0
		for _, p := range d.Pages {
			other += len(p.Other) + len(p.Furniture)
		}
		say(w, "%s: no article recognised (%d other text items)", d.Source, other)
	}
	return false
}

// say prints one "kanbao: …" line on stderr, made safe for the terminal:
// file names and error texts can hold escape sequences and line breaks.
func say(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "kanbao: %s\n", decode.Line(fmt.Sprintf(format, args...)))
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
