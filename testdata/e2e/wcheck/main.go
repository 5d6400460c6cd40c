// Command wcheck reads a captured tmux pane on stdin and fails if any line
// is wider than the width given as its argument; with --widths it prints
// the width of each line instead. Widths are measured as tmux measures
// them: East Asian wide and fullwidth characters are two cells,
// ambiguous ones one.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"

	"github.com/mattn/go-runewidth"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wcheck WIDTH < capture | wcheck --widths < capture")
		os.Exit(2)
	}
	c := &runewidth.Condition{EastAsianWidth: false}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	if os.Args[1] == "--widths" {
		for sc.Scan() {
			fmt.Println(c.StringWidth(sc.Text()))
		}
		return
	}
	width, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "wcheck:", err)
		os.Exit(2)
	}
	bad := 0
	for n := 1; sc.Scan(); n++ {
		if w := c.StringWidth(sc.Text()); w > width {
			fmt.Printf("line %d is %d cells wide, over %d: %q\n", n, w, width, sc.Text())
			bad++
		}
	}
	if bad > 0 {
		os.Exit(1)
	}
}
