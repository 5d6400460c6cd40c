package state

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func key(i int) Key { return KeyOf(fmt.Sprintf("标题%d", i), []string{"正文"}) }

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, warn, err := Open(dir)
	if err != nil || warn != "" {
		t.Fatal(err, warn)
	}
	s.Set(key(1), Mark{Read: true, Top: 12})
	s.Set(key(2), Mark{Star: true})
	s.Set(key(3), Mark{Read: true})
	s.Set(key(3), Mark{}) // unmarked again: not stored
	s.SetLast("inputs", key(2))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	r, warn, err := Open(dir)
	if err != nil || warn != "" {
		t.Fatal(err, warn)
	}
	if r.Get(key(1)) != (Mark{Read: true, Top: 12}) || r.Get(key(2)) != (Mark{Star: true}) || r.Len() != 2 {
		t.Errorf("marks after reopening: %+v %+v, %d", r.Get(key(1)), r.Get(key(2)), r.Len())
	}
	if k, ok := r.Last("inputs"); !ok || k != key(2) {
		t.Errorf("last = %v %v", k, ok)
	}
	if KeyOf("a", []string{"bc"}) == KeyOf("ab", []string{"c"}) {
		t.Error("keys of different texts collide")
	}
}

// TestDamaged: a store cut short keeps its whole lines; garbage is kept
// aside as .bad and the reader starts afresh with a warning.
func TestDamaged(t *testing.T) {
	dir := t.TempDir()
	s, _, _ := Open(dir)
	for i := range 10 {
		s.Set(key(i), Mark{Read: true})
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, marksFile)
	data, _ := os.ReadFile(path)
	os.WriteFile(path, data[:len(data)-7], 0o600) // a write cut short
	r, warn, err := Open(dir)
	if err != nil || warn != "" || r.Len() != 9 {
		t.Errorf("truncated: %d marks, warning %q, error %v", r.Len(), warn, err)
	}
	os.WriteFile(path, []byte("\x00\xff garbage\nmore"), 0o600)
	r, warn, err = Open(dir)
	if err != nil || !strings.Contains(warn, "damaged") || r.Len() != 0 {
		t.Fatalf("garbage: %d marks, warning %q, error %v", r.Len(), warn, err)
	}
	if _, err := os.Stat(path + ".bad"); err != nil {
		t.Errorf("the damaged store was not kept: %v", err)
	}
	r.Set(key(1), Mark{Star: true})
	if err := r.Save(); err != nil {
		t.Fatal(err)
	}
	if again, _, _ := Open(dir); again.Get(key(1)) != (Mark{Star: true}) {
		t.Error("a fresh store after the damaged one was not saved")
	}
}

// TestReadOnly: a state folder that cannot be written fails the save with
// an error, never a panic, and the marks stay in memory.
func TestReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes anywhere: use a folder that cannot be made
		s, _, err := Open("/proc/kanbao-state")
		if err == nil {
			t.Fatal("no error for a folder that cannot be made")
		}
		s.Set(key(1), Mark{Read: true})
		if s.Save() != nil || s.Get(key(1)) != (Mark{Read: true}) {
			t.Error("a memory store lost its mark")
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	s, _, _ := Open(dir)
	s.Set(key(1), Mark{Read: true})
	if err := s.Save(); err == nil {
		t.Error("no error saving into a read-only folder")
	}
}

// TestTwoWriters: two readers on one store, each marking its own
// articles and saving at once, lose none of each other's marks.
func TestTwoWriters(t *testing.T) {
	dir := t.TempDir()
	a, _, _ := Open(dir)
	b, _, _ := Open(dir)
	var wg sync.WaitGroup
	for w, s := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				s.Set(key(w*1000+i), Mark{Read: true})
				if err := s.Save(); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	r, _, _ := Open(dir)
	if r.Len() != 100 {
		t.Errorf("%d marks after two writers, want 100", r.Len())
	}
	// a change by one is seen by the other after its next save
	a.Set(key(1), Mark{Star: true})
	a.Save()
	b.Set(key(5000), Mark{Read: true})
	b.Save()
	if b.Get(key(1)) != (Mark{Star: true}) {
		t.Error("the other writer's change was not merged in")
	}
}

func TestDefaultDir(t *testing.T) {
	env := map[string]string{"HOME": "/home/u"}
	get := func(k string) string { return env[k] }
	if d, _ := DefaultDir(get); d != "/home/u/.local/state/kanbao" {
		t.Errorf("DefaultDir = %q", d)
	}
	env["XDG_STATE_HOME"] = "/var/st"
	if d, _ := DefaultDir(get); d != "/var/st/kanbao" {
		t.Errorf("DefaultDir with XDG_STATE_HOME = %q", d)
	}
	if SessionOf([]string{"b", "a"}) != SessionOf([]string{"a", "b"}) {
		t.Error("the session depends on the order of the inputs")
	}
}

// BenchmarkOpen loads a store of 150 000 read marks.
func BenchmarkOpen(b *testing.B) {
	dir := b.TempDir()
	s, _, _ := Open(dir)
	for i := range 150000 {
		s.Set(key(i), Mark{Read: true, Top: i % 40})
	}
	if err := s.Save(); err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(filepath.Join(dir, marksFile))
	b.SetBytes(fi.Size())
	for b.Loop() {
		r, _, err := Open(dir)
		if err != nil || r.Len() != 150000 {
			b.Fatalf("%d marks, %v", r.Len(), err)
		}
	}
}
