package tui

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// The page map (版面图): a page read from a PDF drawn as boxes at the
// terminal's size, each article's region with its title inside, the
// selected one highlighted. Arrows move to the region in that direction,
// enter opens it; e-paper sites are read this way.

// Below this size the map cannot show a page: the reader says so.
const (
	minMapWidth  = 30
	minMapHeight = 10
)

// A terminal cell is about twice as tall as it is wide: a page keeps its
// proportions when a row stands for twice the points a column does.
const cellAspect = 2.0

// mapModel shows one page.
type mapModel struct {
	c       *common
	s       *store
	group   int   // the page shown
	entries []int // its articles, in reading order
	sel     int   // index into entries
}

type mapAction uint8

const (
	mapNone mapAction = iota
	mapOpen
	mapBack
)

// hasMap reports whether entry e's page has geometry to draw.
func (s *store) hasMap(e int) bool {
	return e >= 0 && e < len(s.entries) && s.page(e).Width > 0 && s.page(e).Height > 0
}

// open shows the page of entry e, e selected.
func (m *mapModel) open(c *common, s *store, e int) {
	*m = mapModel{c: c, s: s, group: s.entries[e].group}
	for i := range s.entries {
		if s.entries[i].group == m.group {
			if i == e {
				m.sel = len(m.entries)
			}
			m.entries = append(m.entries, i)
		}
	}
}

// selected is the entry selected.
func (m *mapModel) selected() int { return m.entries[m.sel] }

func (m mapModel) update(msg tea.Msg) (mapModel, mapAction) {
	k := m.c.keys
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, mapNone
	}
	switch { // the arrows first: l and → also open, elsewhere
	case key.Matches(km, k.MapLeft):
		m.move(-1, 0)
	case key.Matches(km, k.MapRight):
		m.move(1, 0)
	case key.Matches(km, k.Up):
		m.move(0, -1)
	case key.Matches(km, k.Down):
		m.move(0, 1)
	case key.Matches(km, k.Open):
		return m, mapOpen
	case key.Matches(km, k.Map), key.Matches(km, k.Cancel), key.Matches(km, k.Quit):
		return m, mapBack
	}
	return m, mapNone
}

// move selects the region lying in direction (dx, dy) from the selected
// one, nearest by centre; distance across the direction counts double.
func (m *mapModel) move(dx, dy float64) {
	cx, cy := m.center(m.sel)
	best, bestD := -1, math.Inf(1)
	for i := range m.entries {
		if i == m.sel {
			continue
		}
		x, y := m.center(i)
		along := (x-cx)*dx + (y-cy)*dy
		if along <= 0.5 {
			continue
		}
		across := math.Abs((x-cx)*dy) + math.Abs((y-cy)*dx)
		if d := along + 2*across; d < bestD {
			best, bestD = i, d
		}
	}
	if best >= 0 {
		m.sel = best
	}
}

func (m *mapModel) center(i int) (float64, float64) {
	r := m.s.article(m.entries[i]).Region
	return r.X + r.W/2, r.Y + r.H/2
}

// cell is one terminal cell of the map.
type cell struct {
	r     rune
	cont  bool // the right half of a wide character
	style uint8
}

const (
	cellPlain uint8 = iota
	cellBorder
	cellSelected
	cellMeta
)

// body draws the map in w×h cells, centred.
func (m *mapModel) body(w, h int) []string {
	c := m.c
	p := m.s.page(m.entries[m.sel])
	scale := math.Min(float64(w)/p.Width, cellAspect*float64(h)/p.Height)
	mw := max(min(int(math.Round(p.Width*scale)), w), 1)
	mh := max(min(int(math.Round(p.Height*scale/cellAspect)), h), 1)
	grid := make([][]cell, mh)
	for y := range grid {
		grid[y] = make([]cell, mw)
		for x := range grid[y] {
			grid[y][x] = cell{r: ' '}
		}
	}
	// box drawing is one cell wide unless ambiguous characters are wide
	hz, vt, corners := '─', '│', [4]rune{'┌', '┐', '└', '┘'}
	if c.oracle.RuneWidth('─') != 1 {
		hz, vt, corners = '-', '|', [4]rune{'+', '+', '+', '+'}
	}
	// A region's first cell is the first whole cell in it and its last the
	// last one, so that neighbours separated by a gutter share no cell.
	toCell := func(x, y float64, round func(float64) float64) (int, int) {
		return min(max(int(round(x*scale)), 0), mw-1), min(max(int(round(y*scale/cellAspect)), 0), mh-1)
	}
	draw := func(i int) {
		e := m.entries[i]
		a := m.s.article(e)
		x0, y0 := toCell(a.Region.X, a.Region.Y, math.Ceil)
		x1, y1 := toCell(a.Region.X+a.Region.W, a.Region.Y+a.Region.H, func(v float64) float64 { return math.Ceil(v) - 1 })
		x1, y1 = max(x1, x0+1), max(y1, y0+1)
		x1, y1 = min(x1, mw-1), min(y1, mh-1)
		fill := cellPlain
		if i == m.sel {
			fill = cellSelected
		}
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				r, st := ' ', fill
				switch {
				case (y == y0 || y == y1) && (x == x0 || x == x1):
					r = corners[b2i(y == y1)*2+b2i(x == x1)]
					st = cellBorder
				case y == y0 || y == y1:
					r, st = hz, cellBorder
				case x == x0 || x == x1:
					r, st = vt, cellBorder
				}
				if i == m.sel && st == cellBorder {
					st = cellSelected
				}
				grid[y][x] = cell{r: r, style: st}
			}
		}
		// inside: the title on as many lines as fit, the length last
		innerW, innerH := x1-x0-1, y1-y0-1
		if innerW < 2 || innerH < 1 {
			return
		}
		title := m.s.entries[e].title
		length := fmt.Sprintf("%d 字", m.s.entries[e].chars)
		lines := c.oracle.WrapLines(title, innerW)
		rows := innerH
		if innerH >= 2 && c.oracle.StringWidth(length) <= innerW {
			rows = innerH - 1
		}
		for li, l := range lines {
			if li >= rows {
				break
			}
			text := c.oracle.LineText(title, l, innerW)
			if li == rows-1 && li+1 < len(lines) {
				text = c.oracle.Truncate(title[l.Start:], innerW)
			}
			put(grid[y0+1+li], x0+1, x1, text, fill, c)
		}
		if rows < innerH {
			meta := cellMeta
			if fill == cellSelected {
				meta = cellSelected
			}
			put(grid[y1-1], x1-c.oracle.StringWidth(length), x1, length, meta, c)
		}
	}
	for i := range m.entries {
		if i != m.sel {
			draw(i)
		}
	}
	draw(m.sel) // on top
	styles := map[uint8]lipgloss.Style{cellPlain: c.styles.Title, cellBorder: c.styles.Dim, cellSelected: c.styles.Match, cellMeta: c.styles.Meta}
	left := (w - mw) / 2
	out := make([]string, 0, h)
	for y := 0; y < (h-mh)/2; y++ {
		out = append(out, strings.Repeat(" ", c.width))
	}
	for _, row := range grid {
		var segs []seg
		segs = append(segs, plainSeg(strings.Repeat(" ", left)))
		var run strings.Builder
		cur := row[0].style
		flush := func() {
			if run.Len() > 0 {
				segs = append(segs, styled(run.String(), styles[cur]))
				run.Reset()
			}
		}
		for _, cl := range row {
			if cl.cont {
				continue
			}
			if cl.style != cur {
				flush()
				cur = cl.style
			}
			run.WriteRune(cl.r)
		}
		flush()
		out = append(out, c.lineOf(segs, c.width))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", c.width))
	}
	return out[:h]
}

// put writes text into a row of cells from column x, up to column end
// (exclusive), a wide character taking two cells.
func put(row []cell, x, end int, text string, style uint8, c *common) {
	c.oracle.Clusters(text, func(start, stop, w int) bool {
		if w == 0 {
			return true
		}
		if x+w > end {
			return false
		}
		r := []rune(text[start:stop])[0]
		row[x] = cell{r: r, style: style}
		for k := 1; k < w; k++ {
			row[x+k] = cell{cont: true, style: style}
		}
		x += w
		return true
	})
}

// header is the map's first line.
func (m *mapModel) header() string {
	c := m.c
	title := "看报 · " + m.s.groups[m.group].title() + " · 版面图"
	right := []seg{styled(fmt.Sprintf("%d 篇", len(m.entries)), c.styles.Count)}
	return " " + c.spread([]seg{styled(title, c.styles.Header)}, right, c.width-1)
}

// status is the map's status line's left part.
func (m *mapModel) status() []seg {
	return []seg{styled(fmt.Sprintf("%d/%d · %s", m.sel+1, len(m.entries), m.s.entries[m.selected()].title), m.c.styles.Status)}
}
