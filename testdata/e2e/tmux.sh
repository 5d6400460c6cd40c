#!/usr/bin/env bash
# End-to-end: the real kanbao binary in a real terminal (tmux).
#   1. the sample at 80×24 and 40×15: filter with / lkxw, open the match,
#      check the text, go back, quit with q; no captured line wider than
#      the pane;
#   2. the hostile fixture: escape sequences show as visible pictures and
#      change nothing (window title, clipboard, colours);
#   3. a generated archive of 15 000 articles: a three-character filter
#      typed at once shows the exact count within a second;
#   4. the edges a new user hits first: a terminal that answers no query
#      shows the first frame within a second; a piped page (cat | kanbao,
#      kanbao - < FILE) can be read and quit with q; jjj in one write
#      moves three rows; a file name with an OSC sequence leaves the pane
#      title alone; with LANG=zh_CN.UTF-8 the rule is the pane width and
#      the length column aligned; help at 40x15 scrolls;
#   5. a PDF: the page map opens with m, → moves, enter opens the article;
#   6. remembered reading: an article reopens where it was left on the
#      next start; s and * star and show the starred; y copies into the
#      tmux buffer; o pages with $PAGER and comes back.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
sock="$work/tmux.sock"
tm() { tmux -S "$sock" "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# A session that lives as long as the script: killing the last session
# makes the server exit, and a new session started meanwhile finds a
# dying server ("server exited unexpectedly").
tm new-session -d -s keep "sleep 86400"

go build -o "$work/kanbao" ./cmd/kanbao
go build -o "$work/wcheck" ./testdata/e2e/wcheck

fail() { echo "e2e: $*" >&2; echo "--- screen ---" >&2; tm capture-pane -t e2e -p -J >&2 || true; exit 1; }

# wait_for TEXT [SECONDS]: poll the pane until it shows TEXT.
wait_for() {
	local text=$1 limit=${2:-10} i
	for ((i = 0; i < limit * 20; i++)); do
		if tm capture-pane -t e2e -p -J | grep -qF -- "$text"; then
			return 0
		fi
		sleep 0.05
	done
	fail "timed out waiting for: $text"
}

check_width() {
	tm capture-pane -t e2e -p -J | "$work/wcheck" "$1" || fail "a line is wider than the pane ($1)"
}

# start W H CMD...: each start has a reading state of its own, unless
# STATE names one to share
runs=0
start() {
	local w=$1 h=$2
	shift 2
	runs=$((runs + 1))
	local st=${STATE:-$work/state-$runs}
	tm kill-session -t e2e 2>/dev/null || true
	tm new-session -d -s e2e -x "$w" -y "$h" "export XDG_STATE_HOME='$st'; $* ; echo EXITED \$?; sleep 30"
}

# 1. The sample.
for size in "80 24" "40 15"; do
	set -- $size
	w=$1 h=$2
	start "$w" "$h" env LANG=C.UTF-8 "$work/kanbao"
	wait_for "4 篇"
	check_width "$w"
	tm send-keys -t e2e "/"
	tm send-keys -t e2e -l "lkxw"
	wait_for "1/4"
	check_width "$w"
	tm send-keys -t e2e Enter
	sleep 0.2
	tm send-keys -t e2e Enter
	wait_for "兰考县委来访高新区"
	wait_for "本报讯"
	check_width "$w"
	tm send-keys -t e2e Escape
	wait_for "筛选 lkxw"
	check_width "$w"
	tm send-keys -t e2e q
	wait_for "EXITED 0"
	echo "e2e: sample at ${w}x${h} ok"
done

# 2. Hostile input: nothing may reach the terminal as a control.
tm set-option -g set-clipboard on
start 80 24 env NO_COLOR=1 LANG=C.UTF-8 "$work/kanbao" testdata/inputs/hostile.txt
title_before=$(tm display-message -p -t e2e '#{pane_title}')
wait_for "读书节"
tm send-keys -t e2e Enter
wait_for "␛[2J"
wait_for "␛]52;c;SGVsbG8=␇"
wait_for "␛]0;PWNED␇"
check_width 80
title_after=$(tm display-message -p -t e2e '#{pane_title}')
[ "$title_before" = "$title_after" ] || fail "the window title changed: $title_after"
[ -z "$(tm list-buffers 2>/dev/null)" ] || fail "something reached the clipboard: $(tm list-buffers)"
if tm capture-pane -t e2e -p -e | grep -qE $'\e\\[(3[0-7]|4[0-7]|38;|48;)'; then
	fail "colours on screen under NO_COLOR: the input set them"
fi
tm send-keys -t e2e q
sleep 0.2
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: hostile input ok"

# 3. An archive of 15 000 articles.
go run ./testdata/gen -articles 15000 -out "$work/archive"
"$work/kanbao" --json "$work/archive" >"$work/archive.json"
total=$(grep -c '"kind":"article"' "$work/archive.json")
want=$(grep '"kind":"article"' "$work/archive.json" | grep -c '"headlines":\[[^]]*高新区' || true)
start 80 24 env LANG=C.UTF-8 "$work/kanbao" "$work/archive"
wait_for "$total 篇" 60
for ((i = 0; i < 600; i++)); do # wait for the last file
	tm capture-pane -t e2e -p | grep -q "载入" || break
	sleep 0.05
done
tm send-keys -t e2e "/"
sleep 0.2
t0=$(date +%s%N)
tm send-keys -t e2e -l "高新区"
wait_for "$want/$total" 5
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$ms" -le 1000 ] || fail "the filtered list took ${ms} ms, over 1 s"
check_width 80
echo "e2e: archive of $total articles, 高新区 → $want in ${ms} ms"
tm send-keys -t e2e Escape
tm send-keys -t e2e q
wait_for "EXITED 0"
# 4. The edges.
ms=$(python3 testdata/e2e/silent-terminal.py "$work/kanbao") || fail "no first frame in a terminal that answers nothing"
[ "$ms" -le 1000 ] || fail "first frame after ${ms} ms in a terminal that answers nothing"
echo "e2e: silent terminal, first frame in ${ms} ms"

for cmd in "cat testdata/pages/gaoxin-2022-06.txt | $work/kanbao" "$work/kanbao - < testdata/pages/gaoxin-2022-06.txt" \
	"$work/kanbao testdata/pages/gaoxin-2022-06.txt < /dev/null"; do
	start 80 24 "$cmd"
	wait_for "4 篇"
	tm send-keys -t e2e j Enter
	wait_for "高新区疾控中心接到报告"
	tm send-keys -t e2e q
	wait_for " 2/4 "
	tm send-keys -t e2e q
	wait_for "EXITED 0"
	echo "e2e: navigable and quits: $cmd"
done

start 80 24 env LANG=C.UTF-8 "$work/kanbao"
wait_for "4 篇"
tm send-keys -t e2e "jjj"
wait_for " 4/4 "
tm send-keys -t e2e -l "kk"
wait_for " 2/4 "
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: jjj and kk in one write each"

hostile_name="$work/x"$'\e]0;PWNED\a'"y.txt"
cp testdata/pages/gaoxin-2022-06.txt "$hostile_name"
start 80 24 env LANG=C.UTF-8 "$work/kanbao" "'$hostile_name'" testdata/pages/gaoxin-2022-06.txt
title_before=$(tm display-message -p -t e2e '#{pane_title}')
wait_for "8 篇"
wait_for "x␛]0;PWNED␇y.txt"
title_after=$(tm display-message -p -t e2e '#{pane_title}')
[ "$title_before" = "$title_after" ] || fail "a file name changed the pane title: $title_after"
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: a file name with an OSC sequence is shown, not obeyed"

start 80 24 env LANG=zh_CN.UTF-8 LC_ALL= TERM=xterm-256color "$work/kanbao"
wait_for "4 篇"
rule=$(tm capture-pane -t e2e -p | sed -n 2p)
[ "$rule" = "$(printf '─%.0s' $(seq 80))" ] || fail "zh_CN: the rule is not 80 cells: $rule"
lens=$(tm capture-pane -t e2e -p | grep -o '[0-9]* 字$' | wc -l)
ends=$(tm capture-pane -t e2e -p | grep ' 字$' | "$work/wcheck" --widths | sort -u)
[ "$lens" -eq 4 ] && [ "$ends" = "80" ] || fail "zh_CN: the length column is not aligned at the right edge ($lens rows, widths $ends)"
check_width 80
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: zh_CN.UTF-8 aligned"

start 40 15 env LANG=C.UTF-8 "$work/kanbao"
wait_for "4 篇"
tm send-keys -t e2e "?"
wait_for "列表按键"
first=$(tm capture-pane -t e2e -p | sed -n 2p)
tm send-keys -t e2e G
wait_for "ctrl+c"
[ "$(tm capture-pane -t e2e -p | sed -n 2p)" != "$first" ] || fail "help did not scroll"
check_width 40
tm send-keys -t e2e Escape
wait_for "1/4"
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: help at 40x15 scrolls"

# 5. A PDF: the page map, a move, an article opened from it.
start 80 24 env LANG=C.UTF-8 "$work/kanbao" testdata/corpus/pdf/pages/pdf-002.pdf
wait_for "5 篇"
tm send-keys -t e2e m
wait_for "版面图"
wait_for "1/5 · 全市春季招聘会"
check_width 80
tm send-keys -t e2e Right
wait_for "2/5 · "
tm send-keys -t e2e Enter
wait_for "本报讯"
check_width 80
tm send-keys -t e2e q
wait_for "筛选"
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: page map of a PDF: opened, moved, article read"

# 6. Remembered reading: read and scroll, quit, start again; stars; copy
# into the tmux buffer; a pager that returns.
STATE=$work/shared-state
start 80 24 env LANG=C.UTF-8 "$work/kanbao"
wait_for "4 篇"
tm send-keys -t e2e Enter
wait_for "本报讯"
tm send-keys -t e2e -l "jjjjjjjjjj"
sleep 0.5 # all ten lines scrolled
line=$(tm capture-pane -t e2e -p | sed -n 1p)
tm send-keys -t e2e q
wait_for "↑↓ 选择"
tm send-keys -t e2e q
wait_for "EXITED 0"
start 80 24 env LANG=C.UTF-8 "$work/kanbao"
wait_for "4 篇"
tm send-keys -t e2e Enter
wait_for " 1/4 · "
sleep 0.2
[ "$(tm capture-pane -t e2e -p | sed -n 1p)" = "$line" ] || fail "the article did not reopen at the line it was left at: $line"
tm send-keys -t e2e q
wait_for "↑↓ 选择"
tm send-keys -t e2e j s
wait_for "已加星标"
tm send-keys -t e2e "*"
wait_for "只看星标"
wait_for "★ 高新区与病毒赛跑"
[ "$(tm capture-pane -t e2e -p | grep -c ' 字$')" -eq 1 ] || fail "the starred filter shows other articles"
tm send-keys -t e2e "*"
tm set-option -g set-clipboard on
tm send-keys -t e2e y
wait_for "已复制全文"
for ((i = 0; i < 40; i++)); do
	tm show-buffer 2>/dev/null | grep -q "高新区疾控中心接到报告" && break
	sleep 0.05
done
tm show-buffer | grep -q "高新区疾控中心接到报告" || fail "y did not put the article into the tmux buffer"
tm send-keys -t e2e q
wait_for "EXITED 0"
unset STATE
start 80 24 env LANG=C.UTF-8 "PAGER='tee $work/paged.txt'" "$work/kanbao"
wait_for "4 篇"
tm send-keys -t e2e o # the pager (tee) writes the article and exits: back in the reader
for ((i = 0; i < 40; i++)); do
	grep -q "本报讯" "$work/paged.txt" 2>/dev/null && break
	sleep 0.05
done
grep -q "本报讯" "$work/paged.txt" || fail "the pager was not given the article"
wait_for "↑↓ 选择"
tm send-keys -t e2e q
wait_for "EXITED 0"
echo "e2e: remembered reading, stars, copy to the tmux buffer, pager"

echo "e2e: ok"
