#!/usr/bin/env bash
# Rapid input: hundreds of keys at once and a storm of 50 resizes leave the
# reader with the right final screen, and it still quits cleanly.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
test_name=stress
source "$(dirname "$0")/tmux-helpers.sh"
start s 80 24 "$bin" Fixtures/articles/seed-article.txt
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
status=$(wait_dead s)
[ "$status" = 0 ] || fail "exit status '$status'"
exit 0
