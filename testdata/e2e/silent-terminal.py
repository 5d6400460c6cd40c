#!/usr/bin/env python3
"""Run kanbao in a pseudo-terminal that answers no query (no OSC 11, no
cursor position report), as some terminals and serial consoles do, and
print how many milliseconds the first frame took ("4 篇" on screen).
Then send q and wait for the exit. Exit status 1 on a timeout."""
import fcntl, os, pty, select, struct, sys, termios, time

argv = sys.argv[1:]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.environ["TERM"] = "xterm-256color"
    os.execvp(argv[0], argv)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
t0 = time.monotonic()
buf = b""
first = None
while time.monotonic() - t0 < 10:
    r, _, _ = select.select([fd], [], [], 0.05)
    if not r:
        continue
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    buf += chunk
    if first is None and "4 篇".encode() in buf:
        first = time.monotonic() - t0
        os.write(fd, b"q")
if first is None:
    print("no first frame", file=sys.stderr)
    os.kill(pid, 9)
    sys.exit(1)
_, status = os.waitpid(pid, 0)
print(int(first * 1000))
sys.exit(0 if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else 1)
