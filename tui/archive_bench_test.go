package tui

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/kanbao/kanbao/internal/load"
	"github.com/kanbao/kanbao/tui/filter"
)

// archives are generated once per test process, by testdata/gen.
var (
	archiveMu   sync.Mutex
	archiveDirs = map[int]string{}
)

func archive(b *testing.B, articles int) string {
	b.Helper()
	archiveMu.Lock()
	defer archiveMu.Unlock()
	if dir, ok := archiveDirs[articles]; ok {
		return dir
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("kanbao-archive-%d", articles))
	if _, err := os.Stat(filepath.Join(dir, ".done")); err != nil {
		os.RemoveAll(dir)
		cmd := exec.Command("go", "run", "./testdata/gen", "-articles", fmt.Sprint(articles), "-out", dir)
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("generating the archive: %v\n%s", err, out)
		}
		os.WriteFile(filepath.Join(dir, ".done"), nil, 0o644)
	}
	archiveDirs[articles] = dir
	return dir
}

// loadArchive loads a folder into a store as the reader does.
func loadArchive(dir string) (*store, int64) {
	s := newStore(filter.NewReadings(), nil)
	var bytes int64
	ctx := context.Background()
	for d := range load.StreamInputs(ctx, load.Walk(ctx, []string{dir}, ""), load.Options{}) {
		bytes += d.Bytes
		s.add(&d)
	}
	s.index.Compact()
	return s, bytes
}

// BenchmarkArchive loads generated archives of 15 000 and 150 000 articles
// the way the reader does (walk, read, decode, parse in parallel, index),
// and reports the time, the live heap after loading against the input
// size (goal: at most 2×), and the cost of a list screen, which must not
// grow with the archive.
func BenchmarkArchive(b *testing.B) {
	for _, n := range []int{15000, 150000} {
		dir := archive(b, n)
		b.Run(fmt.Sprintf("load/%d", n), func(b *testing.B) {
			var s *store
			var in int64
			for b.Loop() {
				s, in = loadArchive(dir)
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if len(s.entries) < n {
				b.Fatalf("%d articles loaded, want %d", len(s.entries), n)
			}
			b.SetBytes(in)
			b.ReportMetric(float64(ms.HeapInuse)/float64(in), "heap/input")
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMiB")
			runtime.KeepAlive(s)
		})
	}
}

// BenchmarkListView renders the list screen over 40 and 150 000 articles:
// only the rows on screen are laid out, so both cost the same.
func BenchmarkListView(b *testing.B) {
	doc := sampleDoc(b)
	for _, n := range []int{40, 150000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			m := newModel(b)
			for range n / 4 {
				d := doc
				m.store.add(&d)
			}
			m.list.sync(m.bodyHeightFor(modeList))
			m = send(m, sizeMsg(80, 24))
			m = send(m, keys("jjjjj")...)
			if m.list.cursor != 5 {
				b.Fatalf("cursor %d after jjjjj", m.list.cursor)
			}
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}
