#!/bin/bash
# Performance work must not change what Newsroom prints. This records every command's JSON
# (sections, quotes, figures, speakers, figures --check) on the fixtures, the hostile inputs
# and a benchmark corpus, and later compares a build against that record byte for byte.
#   bash scripts/compare-outputs.sh --record BASELINE CORPUS   (before the change)
#   bash scripts/compare-outputs.sh BASELINE CORPUS            (after it; exit 1 on any difference)
# CORPUS: e.g. a folder written by `.build/release/newsroom-bench --write-corpus DIR --count 1000`.
set -uo pipefail
record=0
if [ "${1:-}" = "--record" ]; then record=1; shift; fi
baseline=${1:?baseline folder}; corpus=${2:?corpus folder}
swift build -c release --product newsroom 2>&1 | grep -E "error|warning: " || true
bin=.build/release/newsroom
out=$([ $record = 1 ] && echo "$baseline" || mktemp -d)
mkdir -p "$out"
for c in quotes figures speakers sections; do
  "$bin" $c --json Fixtures/articles > "$out/fixtures.$c.json" 2>/dev/null
  "$bin" $c --json "$corpus" > "$out/corpus.$c.json" 2>/dev/null
done
for c in sections quotes figures; do "$bin" $c --json Fixtures/hostile > "$out/hostile.$c.json" 2>/dev/null; done
"$bin" figures --check --json "$corpus" > "$out/corpus.check.json" 2>/dev/null
if [ $record = 1 ]; then echo "recorded in $baseline"; exit 0; fi
status=0
for f in "$baseline"/*.json; do
  b=$(basename "$f")
  if cmp -s "$f" "$out/$b"; then echo "same: $b"; else echo "DIFFERENT: $b (diff $f $out/$b)"; status=1; fi
done
exit $status
