#!/bin/bash
# Performance work must not change what Newsroom prints. This records every command's output
# (JSON of sections, quotes, figures, speakers, figures --check; the text listings and JSON Lines
# of the corpus) and its exit status on the fixtures, the hostile inputs and a benchmark corpus,
# and later compares a build against that record byte for byte.
#   bash scripts/compare-outputs.sh --record BASELINE CORPUS   (before the change)
#   bash scripts/compare-outputs.sh BASELINE CORPUS            (after it; exit 1 on any difference)
# CORPUS: e.g. a folder written by `.build/release/newsroom-bench --write-corpus DIR --count 1000`.
# The release build comes first; if it fails, so does this script (exit 2), rather than
# comparing a binary left over from an earlier build.
set -uo pipefail
record=0
if [ "${1:-}" = "--record" ]; then record=1; shift; fi
baseline=${1:?baseline folder}; corpus=${2:?corpus folder}
log=$(mktemp); trap 'rm -f "$log"' EXIT
if ! swift build -c release --product newsroom >"$log" 2>&1; then
  cat "$log" >&2
  echo "compare-outputs: the release build failed; nothing compared" >&2
  exit 2
fi
grep -E "error|warning: " "$log" >&2
bin=.build/release/newsroom
out=$([ $record = 1 ] && echo "$baseline" || mktemp -d)
mkdir -p "$out"
# run NAME ARGS...: standard output to NAME, the exit status to NAME.status.
run() { local name=$1; shift; "$bin" "$@" >"$out/$name" 2>/dev/null; echo $? >"$out/$name.status"; }
for c in quotes figures speakers sections; do
  run fixtures.$c.json $c --json Fixtures/articles
  run corpus.$c.json $c --json "$corpus"
  run corpus.$c.txt $c "$corpus"
  run corpus.$c.jsonl $c --format jsonl "$corpus"
done
for c in sections quotes figures; do run hostile.$c.json $c --json Fixtures/hostile; done
run corpus.check.json figures --check --json "$corpus"
run corpus.check.txt figures --check "$corpus"
if [ $record = 1 ]; then echo "recorded in $baseline"; exit 0; fi
status=0
for f in "$baseline"/*; do
  b=$(basename "$f")
  if cmp -s "$f" "$out/$b"; then echo "same: $b"; else echo "DIFFERENT: $b (diff $f $out/$b)"; status=1; fi
done
exit $status
