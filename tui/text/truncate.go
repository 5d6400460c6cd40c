package text

import "strings"

// Truncate shortens s to at most width cells, ending with Ellipsis when
// something was cut. Clusters are never split. When even the ellipsis does
// not fit (width 1 with a two-cell ellipsis), "." marks the cut instead;
// at width 0 the result is "".
func (o *Oracle) Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if o.StringWidth(s) <= width {
		return s
	}
	tail := Ellipsis
	tw := o.StringWidth(tail)
	if tw > width {
		tail, tw = ".", 1
	}
	end, used := 0, 0
	o.Clusters(s, func(start, stop, cw int) bool {
		if used+cw > width-tw {
			return false
		}
		used += cw
		end = stop
		return true
	})
	return strings.TrimRight(s[:end], " ") + tail
}

// PadRight pads s with spaces to exactly width cells, truncating first if
// it is wider.
func (o *Oracle) PadRight(s string, width int) string {
	s = o.Truncate(s, width)
	if w := o.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// PadLeft right-aligns s in width cells.
func (o *Oracle) PadLeft(s string, width int) string {
	s = o.Truncate(s, width)
	if w := o.StringWidth(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}

// Center centres s in width cells (the extra cell, if any, on the right).
func (o *Oracle) Center(s string, width int) string {
	s = o.Truncate(s, width)
	w := o.StringWidth(s)
	if w >= width {
		return s
	}
	left := (width - w) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-w-left)
}

// Spread lays out left and right in width cells with the gap between them
// filled: the right part is kept whole if it fits, the left part truncated.
// If the right part alone does not fit, it is dropped.
func (o *Oracle) Spread(left, right string, width int) string {
	rw := o.StringWidth(right)
	if rw == 0 || rw+1 > width {
		return o.PadRight(left, width)
	}
	return o.PadRight(left, width-rw-1) + " " + right
}

// Fill repeats s as many times as fits in width cells (a rule of "─" is
// half as many characters where box drawing is drawn two cells wide), and
// pads the rest with spaces.
func (o *Oracle) Fill(s string, width int) string {
	w := o.StringWidth(s)
	if w <= 0 || width <= 0 {
		return strings.Repeat(" ", max(width, 0))
	}
	n := width / w
	return strings.Repeat(s, n) + strings.Repeat(" ", width-n*w)
}
