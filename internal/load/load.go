// Package load reads the inputs named on the command line — files, folders
// and standard input — decodes them and parses them into pages. It is the
// only package that touches the file system; decoding and parsing stay pure
// in the packages below it.
package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/parse"
)

// DefaultMaxSize is the largest single input read unless --max-size says
// otherwise: far above any page dump, low enough to refuse a disk image.
const DefaultMaxSize = 64 << 20

// DefaultGlob selects the files taken from folders: page dumps and
// PDFs. A glob may list several patterns separated by commas.
const DefaultGlob = "*.txt,*.pdf"

// MatchGlob reports whether name matches one of glob's comma-separated
// patterns; the error is that of a malformed pattern.
func MatchGlob(glob, name string) (bool, error) {
	for _, pat := range strings.Split(glob, ",") {
		if pat = strings.TrimSpace(pat); pat == "" {
			continue
		}
		ok, err := filepath.Match(pat, name)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	return false, nil
}

// Stdin is the path that names standard input.
const Stdin = "-"

// Options configure loading.
type Options struct {
	Encoding string // "", "auto" or a name from decode.Names
	Glob     string // file pattern inside folders; DefaultGlob when ""
	MaxSize  int64  // per input; DefaultMaxSize when 0
	Workers  int    // parallel parsers; GOMAXPROCS when 0
	Stdin    io.Reader
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// Input is one thing to read: a file path, "-", or an error met while
// expanding the paths (a missing path, a symlink loop), kept in order so it
// is reported where it was found.
type Input struct {
	Path string
	Err  error
}

// Doc is one loaded input.
type Doc struct {
	Source   string // the path as given or found; "-" for standard input
	Encoding string
	Pages    []parse.Page
	Changes  decode.Changes
	Warnings []string
	Err      error  // the input could not be read; Pages is empty
	Bytes    int64  // size of the raw input
	Format   string // "text" or "pdf"
}

// Articles counts the articles of all pages.
func (d *Doc) Articles() int {
	n := 0
	for i := range d.Pages {
		n += len(d.Pages[i].Articles)
	}
	return n
}

// Expand turns command-line paths into inputs: files as given, folders
// walked recursively for files matching the glob (natural order, files
// before subfolders at each level), "-" for standard input.
func Expand(paths []string, glob string) []Input {
	var out []Input
	for in := range Walk(context.Background(), paths, glob) {
		out = append(out, in)
	}
	return out
}

// Walk is Expand as a stream: inputs are sent as they are found, so that
// loading starts before a large folder has been listed. The channel closes
// when all paths are walked or ctx is done.
func Walk(ctx context.Context, paths []string, glob string) <-chan Input {
	if glob == "" {
		glob = DefaultGlob
	}
	out := make(chan Input, 256)
	go func() {
		defer close(out)
		emit := func(in Input) bool {
			select {
			case out <- in:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, p := range paths {
			if p == Stdin {
				if !emit(Input{Path: p}) {
					return
				}
				continue
			}
			fi, err := os.Stat(p)
			if err != nil {
				if !emit(Input{Path: p, Err: plainError(err)}) {
					return
				}
				continue
			}
			if !fi.IsDir() {
				if !emit(Input{Path: p}) {
					return
				}
				continue
			}
			w := walker{glob: glob, emit: emit}
			w.walk(p, []os.FileInfo{fi})
			if w.stopped {
				return
			}
			if w.found == 0 && !emit(Input{Path: p, Err: &NoFilesError{Glob: glob}}) {
				return
			}
		}
	}()
	return out
}

type walker struct {
	glob    string
	emit    func(Input) bool
	found   int // inputs and problems emitted
	stopped bool
}

func (w *walker) send(in Input) {
	if !w.stopped && !w.emit(in) {
		w.stopped = true
	}
	w.found++
}

// walk lists dir, following symbolic links to folders; stack holds the
// folders above it, to recognise a link back to one of them.
func (w *walker) walk(dir string, stack []os.FileInfo) {
	if w.stopped {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.send(Input{Path: dir, Err: plainError(err)})
		// ReadDir returns what it could read before the error.
	}
	var files, dirs []string
	infos := map[string]os.FileInfo{}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders: editors' and VCS's, not pages
		}
		p := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				w.send(Input{Path: p, Err: plainError(err)})
				continue
			}
			isDir = fi.IsDir()
			infos[p] = fi
		}
		if isDir {
			dirs = append(dirs, p)
			continue
		}
		if ok, _ := MatchGlob(w.glob, name); ok {
			files = append(files, p)
		}
	}
	slices.SortFunc(files, cmpNatural)
	slices.SortFunc(dirs, cmpNatural)
	for _, f := range files {
		w.send(Input{Path: f})
	}
	for _, d := range dirs {
		fi, ok := infos[d]
		if !ok {
			var err error
			if fi, err = os.Stat(d); err != nil {
				w.send(Input{Path: d, Err: plainError(err)})
				continue
			}
		}
		if slices.ContainsFunc(stack, func(a os.FileInfo) bool { return os.SameFile(a, fi) }) {
			w.send(Input{Path: d, Err: fmt.Errorf("%w, skipped", ErrLinkLoop)})
			continue
		}
		w.walk(d, append(stack, fi))
	}
}

func cmpNatural(a, b string) int {
	switch {
	case naturalLess(a, b):
		return -1
	case naturalLess(b, a):
		return 1
	}
	return 0
}

// Load reads, decodes and parses one input. Errors are reported in the Doc,
// in words meant for the user.
func Load(in Input, opts Options) Doc {
	d := Doc{Source: in.Path, Err: in.Err}
	if in.Err != nil {
		return d
	}
	data, err := read(in.Path, opts)
	d.Bytes = int64(len(data))
	if err != nil {
		d.Err = err
		return d
	}
	if isPDF(data) && in.Path != Stdin {
		return fromPDF(context.Background(), in.Path, in.Path, data)
	}
	return FromBytes(in.Path, data, opts.Encoding)
}

// FromBytes decodes and parses data read from source: a PDF, or text.
func FromBytes(source string, data []byte, encoding string) Doc {
	if isPDF(data) {
		return fromPDF(context.Background(), source, "", data)
	}
	d := Doc{Source: source, Bytes: int64(len(data)), Format: "text"}
	res, err := decode.Decode(data, encoding)
	if err != nil {
		d.Err = err
		return d
	}
	d.Encoding, d.Changes, d.Warnings = res.Encoding, res.Changes, res.Warnings
	d.Pages = parse.Parse(res.Text)
	return d
}

// read returns the bytes of a file or of standard input, refusing inputs
// over the size limit.
func read(path string, opts Options) ([]byte, error) {
	limit := min(opts.maxSize(), math.MaxInt64-1) // limit+1 is read below
	var r io.Reader
	if path == Stdin {
		if opts.Stdin == nil {
			return nil, ErrNoStdin
		}
		r = opts.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, plainError(err)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return nil, plainError(err)
		}
		if fi.IsDir() {
			return nil, ErrIsFolder
		}
		if fi.Mode().IsRegular() && fi.Size() > limit {
			return nil, tooLarge(fi.Size(), limit)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, plainError(err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(-1, limit)
	}
	return data, nil
}

func tooLarge(size, limit int64) error { return &TooLargeError{Size: size, Limit: limit} }

// The errors users see for inputs that cannot be read. They are values,
// so that the reader can say them in its own language.
var (
	ErrNotFound   = errors.New("no such file or directory")
	ErrPermission = errors.New("permission denied")
	ErrIsFolder   = errors.New("is a folder")
	ErrLinkLoop   = errors.New("symbolic link loop")
	ErrNoStdin    = errors.New("no standard input")
)

// TooLargeError is an input over the size limit. Size is -1 when the
// input is a stream whose size is only known to be over the limit.
type TooLargeError struct{ Size, Limit int64 }

func (e *TooLargeError) Error() string {
	if e.Size < 0 {
		return fmt.Sprintf("too large (over %s; see --max-size)", Human(e.Limit))
	}
	return fmt.Sprintf("too large (%s; the limit is %s, see --max-size)", Human(e.Size), Human(e.Limit))
}

// NoFilesError is a folder without a file the glob takes.
type NoFilesError struct{ Glob string }

func (e *NoFilesError) Error() string { return "no files matching " + e.Glob }

// Human writes a byte count for people: 9.7 KiB, 64.0 MiB.
func Human(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// plainError strips Go's operation and path from file errors: the user
// sees "kanbao: PATH: no such file or directory", not "open PATH: …".
func plainError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return ErrPermission
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if strings.Contains(pe.Err.Error(), "too many levels of symbolic links") {
			return ErrLinkLoop
		}
		return pe.Err
	}
	return err
}

// Stream loads inputs in parallel and sends the docs in input order. The
// channel is closed when all are sent or ctx is done.
func Stream(ctx context.Context, inputs []Input, opts Options) <-chan Doc {
	ch := make(chan Input, len(inputs))
	for _, in := range inputs {
		ch <- in
	}
	close(ch)
	return StreamInputs(ctx, ch, opts)
}

// StreamInputs loads inputs as they arrive, on a pool of workers (one per
// CPU unless opts say otherwise), and sends the docs in arrival order.
func StreamInputs(ctx context.Context, inputs <-chan Input, opts Options) <-chan Doc {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i  int
		in Input
	}
	type result struct {
		i int
		d Doc
	}
	jobs := make(chan job)
	results := make(chan result, workers)
	out := make(chan Doc, workers)
	go func() {
		defer close(jobs)
		i := 0
		for in := range inputs {
			select {
			case jobs <- job{i, in}:
				i++
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case results <- result{j.i, Load(j.in, opts)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	go func() {
		defer close(out)
		pending := map[int]Doc{}
		next := 0
		for r := range results {
			pending[r.i] = r.d
			for {
				d, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				select {
				case out <- d:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}
