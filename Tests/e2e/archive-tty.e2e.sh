#!/usr/bin/env bash
# `newsroom index` on a terminal: the progress bar (articles/s, ETA), cleared
# before the summary; Ctrl-C keeps the committed batches, exits 130, and the
# next run continues from them.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
test_name=archive-tty
source "$(dirname "$0")/tmux-helpers.sh"
tmp=$(realpath "$(mktemp -d)")
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$tmp"' EXIT

# Enough articles for several batches of 512 in a debug build.
mkdir "$tmp/corpus"
for i in $(seq 1 120); do
  for f in Fixtures/articles/*.txt; do
    { cat "$f"; printf '\nCopy %d.\n' "$i"; } >"$tmp/corpus/$i-$(basename "$f")"
  done
done
total=$(ls "$tmp/corpus" | wc -l)

# The summary goes to a file; the bar and the messages to the terminal (standard error). The
# shell stays a moment after index exits: tmux may lose a pane's last output when its process
# is gone. Its trap lets Ctrl-C through to index (a handler, unlike an ignored signal, is not inherited).
run_index='trap : INT; "$0" index "$1" --archive "$2" >"$3"; s=$?; sleep 1; exit $s'
start bar 200 30 sh -c "$run_index" "$bin" "$tmp/corpus" "$tmp/a.sqlite" "$tmp/out1"
wait_for bar "/$total articles  "
wait_for bar "ETA "
screen bar | grep -Eq "^\[#*\.*\] [0-9]+/$total articles  [0-9]+/s  ETA [0-9]+:[0-9]{2}" || { screen bar >&2; fail "progress bar"; }
C-c() { tm send-keys -t "$1" C-c; }
C-c bar
wait_for bar "newsroom: interrupted: what was committed is kept; run index again to continue"
screen bar | grep -q "ETA" && { screen bar >&2; fail "the progress bar was left on the screen"; }
[ "$(wait_dead bar)" = 130 ] || { screen bar >&2; fail "Ctrl-C: exit status not 130"; }
grep -q "^interrupted after $total files" "$tmp/out1" || fail "summary after Ctrl-C: $(cat "$tmp/out1")"
start again 200 30 sh -c "$run_index" "$bin" "$tmp/corpus" "$tmp/a.sqlite" "$tmp/out2"
[ "$(wait_dead again)" = 0 ] || { screen again >&2; fail "the run after Ctrl-C failed"; }
# The batches committed before Ctrl-C are not indexed again.
kept=$(sed -n 's/.* 0 moved, \([0-9]*\) unchanged, 0 removed; .*/\1/p' "$tmp/out2")
[ "${kept:-0}" -gt 0 ] && [ "$kept" -lt "$total" ] || fail "kept ${kept:-none} of $total after Ctrl-C: $(cat "$tmp/out2")"
grep -q "^indexed $total files in .* $((total - kept)) added, 0 updated, 0 moved, $kept unchanged, 0 removed; $total articles" "$tmp/out2" \
  || fail "the next run did not continue: $(cat "$tmp/out2")"
exit 0
