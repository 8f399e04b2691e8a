#!/usr/bin/env bash
# Rapid input: hundreds of keys at once and a storm of 50 resizes leave the
# reader with the right final screen, and it still quits cleanly.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
command -v tmux >/dev/null 2>&1 || { echo "stress.e2e: tmux is not installed" >&2; exit 1; }
server=newsroom-stress-$$
tm() { tmux -L "$server" "$@"; }
trap 'tm kill-server >/dev/null 2>&1' EXIT
fail() { echo "stress.e2e: $*" >&2; exit 1; }
screen() { tm capture-pane -p -t "$1"; }
wait_for() {
  local name=$1 want=$2 i
  for ((i = 0; i < 500; i++)); do
    screen "$name" | grep -qF -- "$want" && return 0
    sleep 0.02
  done
  echo "--- screen of $name ---" >&2; screen "$name" >&2
  fail "timed out waiting for: $want"
}
tm -f /dev/null new-session -d -s idle -x 80 -y 24 "sleep 600" || fail "tmux did not start"
tm set -g remain-on-exit on >/dev/null
tm new-session -d -s s -x 80 -y 24 -e LANG=C.UTF-8 -e TERM=tmux-256color "$bin" Fixtures/articles/seed-article.txt
wait_for s "seed-article.txt · Opening"

# 400 keys in one burst: down and up in equal numbers, then to the top and three sections on.
burst=()
for ((i = 0; i < 200; i++)); do burst+=(j k); done
tm send-keys -t s "${burst[@]}" g ] ] ]
wait_for s "Attacks continue despite calls from Putin and Trump"
screen s | head -1 | grep -qF "Attacks continue despite calls from Putin and Trump" \
  || { screen s >&2; fail "after the burst the third section is not at the top"; }

# 50 resizes as fast as tmux takes them, ending at 60x20.
for ((i = 0; i < 50; i++)); do
  tm resize-window -t s -x $((40 + (i * 7) % 80)) -y $((10 + (i * 5) % 30))
done
tm resize-window -t s -x 60 -y 20
for ((i = 0; i < 250; i++)); do
  [ "$(screen s | wc -l)" -eq 20 ] && screen s | grep -qF "Attacks continue despite" && break
  sleep 0.02
done
screen s | grep -qF "Attacks continue despite" || { screen s >&2; fail "the section left the screen after the resize storm"; }
screen s | python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 60 for l in sys.stdin))' \
  || { screen s >&2; fail "a line is wider than 60 columns"; }

tm send-keys -t s q
status=
for ((i = 0; i < 250; i++)); do
  if [ "$(tm display -p -t s '#{pane_dead}')" = 1 ]; then
    status=$(tm display -p -t s '#{pane_dead_status}')
    [ -n "$status" ] && break
    # tmux 3.3 may leave the dead child unreaped until its next SIGCHLD.
    ((i % 10 == 9)) && kill -CHLD "$(tm display -p '#{pid}')" 2>/dev/null
  fi
  sleep 0.02
done
[ "$status" = 0 ] || fail "exit status '$status'"
exit 0
