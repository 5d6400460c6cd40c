// Package state remembers what a reader did, between runs: which articles
// were read, which starred, where each was left scrolled, and which
// article was selected last on a set of inputs. Articles are keyed by a
// hash of their text (title and body), so a mark survives renames, moves
// and re-parses that leave the text alone, and the store grows by a few
// bytes per article, never by its text.
//
// The store is one text file, a line per article ("KEY FLAGS TOP"),
// written atomically (a temporary file in the same folder, fsync,
// rename) under a lock, merged with what another process wrote since it
// was read: two readers on one store lose none of each other's marks. A
// store that cannot be read is kept aside as *.bad, and the reader starts
// afresh with a warning.
package state

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Key identifies an article by its text.
type Key [16]byte

// KeyOf hashes an article's title and body.
func KeyOf(title string, body []string) Key {
	h := sha256.New()
	h.Write([]byte(title))
	for _, p := range body {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	var k Key
	copy(k[:], h.Sum(nil))
	return k
}

func (k Key) String() string { return hex.EncodeToString(k[:]) }

// Mark is what is remembered of an article.
type Mark struct {
	Read, Star bool
	Top        int // the first line on screen when it was left
}

func (m Mark) zero() bool { return m == Mark{} }

// Store is the state of one user. Its methods are safe for concurrent
// use; only Save and Open touch the disk.
type Store struct {
	mu      sync.Mutex
	dir     string // "" for a store kept in memory only (--no-state)
	marks   map[Key]Mark
	dirty   map[Key]bool // changed since loaded: these win when merging
	last    map[string]Key
	lastDty map[string]bool
}

const (
	marksFile   = "marks"
	sessionFile = "session"
	lockFile    = "lock"
	header      = "kanbao-state 1"
)

// DefaultDir is $XDG_STATE_HOME/kanbao, else ~/.local/state/kanbao.
func DefaultDir(getenv func(string) string) (string, error) {
	if d := getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "kanbao"), nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("no home folder for the reading state (set XDG_STATE_HOME or use --no-state)")
	}
	return filepath.Join(home, ".local", "state", "kanbao"), nil
}

// Memory returns a store that is never saved.
func Memory() *Store {
	return &Store{marks: map[Key]Mark{}, dirty: map[Key]bool{}, last: map[string]Key{}, lastDty: map[string]bool{}}
}

// Open reads the store in dir. A store that cannot be parsed is renamed
// *.bad and a fresh one begins; the warning says so. Only a folder that
// cannot be read at all is an error, and the store then lives in memory.
func Open(dir string) (s *Store, warning string, err error) {
	s = Memory()
	s.dir = dir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		s.dir = ""
		return s, "", fmt.Errorf("reading state: %w", err)
	}
	for _, name := range []string{marksFile, sessionFile} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return s, fmt.Sprintf("reading state %s: %v; starting afresh", name, err), nil
		}
		var perr error
		if name == marksFile {
			perr = parseMarks(data, s.marks)
		} else {
			perr = parseSession(data, s.last)
		}
		if perr != nil {
			bad := filepath.Join(dir, name+".bad")
			os.Rename(filepath.Join(dir, name), bad)
			s.marks, s.last = map[Key]Mark{}, map[string]Key{}
			return s, fmt.Sprintf("the reading state was damaged (%v); kept as %s, starting afresh", perr, bad), nil
		}
	}
	return s, "", nil
}

// parseMarks reads "KEY FLAGS TOP" lines under the header. A last line
// without its newline is a write cut short: it is dropped, the rest kept.
func parseMarks(data []byte, into map[Key]Mark) error {
	if len(data) == 0 {
		return nil
	}
	if !bytes.HasPrefix(data, []byte(header+"\n")) {
		return errors.New("not a kanbao state file")
	}
	data = data[len(header)+1:]
	if i := bytes.LastIndexByte(data, '\n'); i < len(data)-1 {
		data = data[:i+1]
	}
	for n := 2; len(data) > 0; n++ {
		i := bytes.IndexByte(data, '\n')
		line := data[:i]
		data = data[i+1:]
		// KEY FLAGS TOP: 32 hex digits, r and/or s or -, a number
		if len(line) < 36 || line[32] != ' ' {
			return fmt.Errorf("line %d", n)
		}
		var k Key
		if _, err := hex.Decode(k[:], line[:32]); err != nil {
			return fmt.Errorf("line %d", n)
		}
		rest := line[33:]
		sp := bytes.IndexByte(rest, ' ')
		if sp < 1 {
			return fmt.Errorf("line %d", n)
		}
		flags, num := rest[:sp], rest[sp+1:]
		top := 0
		for _, c := range num {
			if c < '0' || c > '9' || top > 1<<30 {
				return fmt.Errorf("line %d", n)
			}
			top = top*10 + int(c-'0')
		}
		if len(num) == 0 {
			return fmt.Errorf("line %d", n)
		}
		into[k] = Mark{Read: bytes.IndexByte(flags, 'r') >= 0, Star: bytes.IndexByte(flags, 's') >= 0, Top: top}
	}
	return nil
}

// parseSession reads "INPUTS KEY" lines: the article last selected on a
// set of inputs.
func parseSession(data []byte, into map[string]Key) error {
	if len(data) == 0 {
		return nil
	}
	if !bytes.HasPrefix(data, []byte(header+"\n")) {
		return errors.New("not a kanbao state file")
	}
	for _, l := range strings.Split(string(data[len(header)+1:]), "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			continue
		}
		var k Key
		if _, err := hex.Decode(k[:], []byte(f[1])); err == nil && len(f[1]) == 32 {
			into[f[0]] = k
		}
	}
	return nil
}

// Get returns an article's mark.
func (s *Store) Get(k Key) Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.marks[k]
}

// Set changes an article's mark.
func (s *Store) Set(k Key, m Mark) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.marks[k] == m {
		return
	}
	if m.zero() {
		delete(s.marks, k)
	} else {
		s.marks[k] = m
	}
	s.dirty[k] = true
}

// Last is the article selected last on the inputs named by session.
func (s *Store) Last(session string) (Key, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k, ok := s.last[session]
	return k, ok
}

// SetLast remembers the article selected on the inputs named by session.
func (s *Store) SetLast(session string, k Key) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last[session] != k {
		s.last[session] = k
		s.lastDty[session] = true
	}
}

// Len is how many articles have a mark.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.marks)
}

// SessionOf names a set of inputs, whatever their order on the command
// line.
func SessionOf(inputs []string) string {
	abs := make([]string, len(inputs))
	for i, p := range inputs {
		if a, err := filepath.Abs(p); err == nil && p != "-" {
			p = a
		}
		abs[i] = p
	}
	sort.Strings(abs)
	h := sha256.Sum256([]byte(strings.Join(abs, "\x00")))
	return hex.EncodeToString(h[:8])
}

// lockTimeout is how long Save waits for another kanbao to finish its own.
const lockTimeout = 2 * time.Second

// Save writes the changes since Open or the last Save, merged with what
// the files hold now (another kanbao may have saved meanwhile).
func (s *Store) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dir == "" || (len(s.dirty) == 0 && len(s.lastDty) == 0) {
		return nil
	}
	unlock, err := lock(filepath.Join(s.dir, lockFile))
	if err != nil {
		return err
	}
	defer unlock()
	// merge: what is on disk, then this process's changes
	disk := map[Key]Mark{}
	if data, err := os.ReadFile(filepath.Join(s.dir, marksFile)); err == nil {
		if parseMarks(data, disk) != nil {
			disk = map[Key]Mark{} // damaged since: ours win whole
		}
	}
	for k := range s.dirty {
		if m := s.marks[k]; m.zero() {
			delete(disk, k)
		} else {
			disk[k] = m
		}
	}
	for k, m := range disk {
		if !s.dirty[k] {
			s.marks[k] = m
		}
	}
	var b bytes.Buffer
	b.WriteString(header + "\n")
	keys := make([]Key, 0, len(disk))
	for k := range disk {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return bytes.Compare(keys[i][:], keys[j][:]) < 0 })
	for _, k := range keys {
		m := disk[k]
		flags := "-"
		if m.Read || m.Star {
			flags = ""
			if m.Read {
				flags += "r"
			}
			if m.Star {
				flags += "s"
			}
		}
		fmt.Fprintf(&b, "%s %s %d\n", k, flags, m.Top)
	}
	if err := writeAtomic(filepath.Join(s.dir, marksFile), b.Bytes()); err != nil {
		return err
	}
	sessions := map[string]Key{}
	if data, err := os.ReadFile(filepath.Join(s.dir, sessionFile)); err == nil {
		parseSession(data, sessions)
	}
	for k := range s.lastDty {
		sessions[k] = s.last[k]
	}
	var sb bytes.Buffer
	sb.WriteString(header + "\n")
	names := make([]string, 0, len(sessions))
	for n := range sessions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&sb, "%s %s\n", n, sessions[n])
	}
	if err := writeAtomic(filepath.Join(s.dir, sessionFile), sb.Bytes()); err != nil {
		return err
	}
	s.dirty, s.lastDty = map[Key]bool{}, map[string]bool{}
	return nil
}

// writeAtomic replaces path with data: a crash leaves the old file or
// the new one, never half of either.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("saving reading state: %w", err)
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving reading state: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("saving reading state: %w", err)
	}
	return nil
}

// lock takes the store's lock file, waiting up to lockTimeout.
func lock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("saving reading state: %w", err)
	}
	deadline := time.Now().Add(lockTimeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, errors.New("saving reading state: another kanbao holds the lock")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
