// Package quietinit keeps package initialisation from querying the
// terminal. Bubble Tea's init calls lipgloss.HasDarkBackground, which
// (through termenv) writes OSC 11 and CSI 6n to standard output and waits
// up to five seconds for the reply: in a terminal that answers nothing,
// kanbao would stall five seconds before main, even for --version, and in
// one that answers late the reply would arrive as keys. termenv does not
// query when TERM starts with "dumb". This package depends on the
// standard library only, so its init runs before Bubble Tea's (Go
// initialises a package as soon as its imports are); it sets TERM to dumb
// for the rest of initialisation, and Restore, called first thing in
// main, puts it back. kanbao asks the terminal itself, once, with a short
// timeout (internal/tty).
package quietinit

import "os"

var (
	term, hadTerm = os.LookupEnv("TERM")
)

func init() {
	os.Setenv("TERM", "dumb")
}

// Restore puts TERM back as it was when the process started.
func Restore() {
	if hadTerm {
		os.Setenv("TERM", term)
	} else {
		os.Unsetenv("TERM")
	}
}
