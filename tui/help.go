package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// helpLine lays out the short help of bindings in width cells: "key desc"
// pairs, dropped from the end (the help key itself last of all) until they
// fit; otherwise nothing.
func (c *common) helpLine(bindings []key.Binding, width int) []seg {
	item := func(b key.Binding) []seg {
		h := b.Help()
		return []seg{styled(h.Key, c.styles.Key), plainSeg(" "), styled(h.Desc, c.styles.Desc)}
	}
	var rest []key.Binding
	hasHelp := false
	for _, b := range bindings {
		switch {
		case !b.Enabled():
		case b.Help() == c.keys.Help.Help():
			hasHelp = true
		default:
			rest = append(rest, b)
		}
	}
	for n := len(rest); n >= 0; n-- {
		var out []seg
		add := func(b key.Binding) {
			if len(out) > 0 {
				out = append(out, plainSeg("  "))
			}
			out = append(out, item(b)...)
		}
		for _, b := range rest[:n] {
			add(b)
		}
		if hasHelp {
			add(c.keys.Help)
		}
		if len(out) > 0 && c.segsWidth(out) <= width {
			return out
		}
	}
	return nil
}

// fullHelp lays out every binding in as many columns as the width holds:
// key, then its description, the keys of a column aligned. Nothing is
// padded after the last column, so a line that fits is never cut.
func (c *common) fullHelp(groups [][]key.Binding, width int) [][]seg {
	var all []key.Binding
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() {
				all = append(all, b)
			}
		}
	}
	keyW, descW := 0, 0
	for _, b := range all {
		keyW = max(keyW, c.oracle.StringWidth(allKeys(b)))
		descW = max(descW, c.oracle.StringWidth(b.Help().Desc))
	}
	const gap = 4
	colW := keyW + 2 + descW
	if 1+colW > width {
		// Too narrow for one aligned column: each key with its
		// description after it, or below it when the pair does not fit.
		var lines [][]seg
		for _, b := range all {
			h := b.Help()
			k := []seg{plainSeg(" "), styled(allKeys(b), c.styles.Key)}
			d := []seg{plainSeg("  "), plainSeg(h.Desc)}
			if c.segsWidth(k)+c.segsWidth(d) <= width {
				lines = append(lines, append(k, d...))
				continue
			}
			lines = append(lines, k, append([]seg{plainSeg("  ")}, d...))
		}
		return lines
	}
	cols := max((width-1+gap)/(colW+gap), 1)
	rows := (len(all) + cols - 1) / cols
	lines := make([][]seg, rows)
	for i, b := range all {
		r, col := i%rows, i/rows
		h := b.Help()
		line := lines[r]
		if col == 0 {
			line = append(line, plainSeg(" "))
		} else {
			line = append(line, plainSeg(strings.Repeat(" ", gap)))
		}
		desc := h.Desc
		if last := col == cols-1 || i+rows >= len(all); !last {
			desc = c.oracle.PadRight(desc, descW)
		}
		line = append(line, styled(c.oracle.PadRight(allKeys(b), keyW), c.styles.Key), plainSeg("  "), plainSeg(desc))
		lines[r] = line
	}
	return lines
}
