// Package tty finds the terminal the reader talks to and asks it, once,
// before the program starts, what no environment variable tells: the
// background colour (for the palette) and how wide it draws East Asian
// ambiguous characters (“ ” … — ·). Asking later, from a running
// program, races its input reader: the reply is eaten as keys, and the
// asker blocks until its timeout.
package tty

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
)

// Keys returns the terminal to read keys from: stdin when it is one,
// else the controlling terminal, as less and fzf do, so that the page
// can come through a pipe. The caller closes it when it is not stdin.
func Keys(stdin *os.File) (*os.File, error) {
	if stdin != nil && term.IsTerminal(stdin.Fd()) {
		return stdin, nil
	}
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("no terminal to read keys from: %w", err)
	}
	if !term.IsTerminal(f.Fd()) {
		f.Close()
		return nil, errors.New("no terminal to read keys from")
	}
	return f, nil
}

// Answer is what a terminal said about itself. A field is valid only when
// its Has flag is set: many terminals answer one query and not the other,
// some answer none.
type Answer struct {
	HasBackground bool
	Dark          bool // the background is dark
	HasWidth      bool
	Wide          bool // ambiguous characters take two cells
}

// ProbeTimeout is how long a terminal has to answer. Local terminals and
// tmux answer within milliseconds; over SSH a round trip can take a
// hundred. A terminal that answers nothing costs this once, at start.
const ProbeTimeout = 400 * time.Millisecond

// The queries: OSC 11 asks the background colour; an ambiguous character
// printed at the start of the line, then CSI 6n, asks where the cursor
// went (column 2: one cell, column 3: two). Every terminal that answers
// anything answers CSI 6n, and after OSC 11, so its reply ends the wait.
const (
	queryBackground = "\x1b]11;?\x1b\\"
	queryWidth      = "\r\u201c\x1b[6n"
	clearLine       = "\r\x1b[2K"
)

// Probe asks the terminal f for its background and ambiguous width, in
// raw mode, waiting at most timeout. f must be a terminal opened for
// reading and writing whose reads take deadlines (a file opened from
// /dev/tty, on which Fd was never called); otherwise Probe returns at
// once, having learnt nothing.
func Probe(f *os.File, timeout time.Duration) Answer {
	// The descriptor is taken through SyscallConn: f.Fd() would put the
	// file in blocking mode, and the deadline would stop working.
	fd, ok := rawFd(f)
	if !ok || !term.IsTerminal(fd) {
		return Answer{}
	}
	if err := f.SetReadDeadline(time.Now().Add(timeout)); err != nil {
		return Answer{} // not pollable: a read could block for ever
	}
	defer f.SetReadDeadline(time.Time{})
	state, err := term.MakeRaw(fd)
	if err != nil {
		return Answer{}
	}
	defer term.Restore(fd, state)
	if _, err := io.WriteString(f, queryBackground+queryWidth); err != nil {
		return Answer{}
	}
	defer io.WriteString(f, clearLine)
	var got []byte
	buf := make([]byte, 256)
	for {
		n, err := f.Read(buf)
		got = append(got, buf[:n]...)
		if a, done := parseAnswer(got); done || err != nil || len(got) > 4096 {
			return a
		}
	}
}

// rawFd is f's descriptor, leaving the file as it is.
func rawFd(f *os.File) (uintptr, bool) {
	if f == nil {
		return 0, false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, false
	}
	var fd uintptr
	if err := rc.Control(func(d uintptr) { fd = d }); err != nil {
		return 0, false
	}
	return fd, true
}

// parseAnswer reads the replies in b: an OSC 11 colour report and a
// cursor position report. done is set once the position report is in:
// it always comes last.
func parseAnswer(b []byte) (a Answer, done bool) {
	if i := bytes.Index(b, []byte("\x1b]11;")); i >= 0 {
		rest := b[i+len("\x1b]11;"):]
		end := bytes.IndexAny(rest, "\x07\x1b")
		if end >= 0 {
			if dark, ok := darkColor(string(rest[:end])); ok {
				a.HasBackground, a.Dark = true, dark
			}
		}
	}
	// CSI row ; col R, the last one in b
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] != 'R' {
			continue
		}
		j := bytes.LastIndex(b[:i], []byte("\x1b["))
		if j < 0 {
			break
		}
		row, col, ok := bytes.Cut(b[j+2:i], []byte(";"))
		r, err1 := strconv.Atoi(string(row))
		c, err2 := strconv.Atoi(string(col))
		if !ok || err1 != nil || err2 != nil || r < 1 {
			break
		}
		switch c {
		case 2:
			a.HasWidth, a.Wide = true, false
		case 3:
			a.HasWidth, a.Wide = true, true
		}
		return a, true
	}
	return a, false
}

// darkColor reads an X11 colour spec as terminals report it
// (rgb:RRRR/GGGG/BBBB, 1 to 4 hex digits a channel, or #RRGGBB) and tells
// whether it is dark: perceived luminance under one half.
func darkColor(spec string) (dark, ok bool) {
	var chans []string
	switch {
	case len(spec) > 4 && spec[:4] == "rgb:":
		chans = strings.Split(spec[4:], "/")
	case len(spec) == 7 && spec[0] == '#':
		chans = []string{spec[1:3], spec[3:5], spec[5:7]}
	}
	if len(chans) != 3 {
		return false, false
	}
	var v [3]float64
	for i, c := range chans {
		if len(c) < 1 || len(c) > 4 {
			return false, false
		}
		n, err := strconv.ParseUint(c, 16, 16)
		if err != nil {
			return false, false
		}
		v[i] = float64(n) / float64(uint64(1)<<(4*len(c))-1)
	}
	lum := 0.2126*v[0] + 0.7152*v[1] + 0.0722*v[2]
	return lum < 0.5, true
}
