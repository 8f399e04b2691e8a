#!/bin/bash
# Instructions per input byte of a whole `newsroom` process (loading, analysis, output),
# counted exactly by callgrind over every thread, less the same command's start-up
# (the command run on one tiny article). Needs valgrind and a release newsroom.
#   bash scripts/process-instructions.sh DIR quotes --json     (DIR: e.g. 200 articles written by
#   .build/release/newsroom-bench --write-corpus DIR --count 200)
# NEWSROOM_BIN picks another binary. Prints the total, the start-up, and per byte.
set -euo pipefail
dir=${1:?folder}; shift
[ $# -gt 0 ] || { echo "usage: process-instructions.sh DIR COMMAND [OPTIONS]" >&2; exit 2; }
bin=${NEWSROOM_BIN:-.build/release/newsroom}
bytes=$(cat "$dir"/*.txt | wc -c)
tiny=$(mktemp -d); out=$(mktemp); trap 'rm -rf "$tiny" "$out"' EXIT
# Valgrind gives up on the release binary's DWARF ("possibly corrupted debuginfo"): a copy
# without it keeps the symbol table, which is all callgrind_annotate needs for function names.
objcopy --strip-debug "$bin" "$tiny/newsroom"
bin=$tiny/newsroom
printf 'Headline\n\nA paragraph.\n' >"$tiny/a.txt"
count() {
  local status=0
  valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$@" >/dev/null 2>&1 || status=$?
  # 0, or 1 for a listing that found conflicts or skipped an input; anything else is a failure.
  [ "$status" -le 1 ] || { echo "process-instructions: $bin $* exited $status" >&2; exit 1; }
  callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ && !done { gsub(",", "", $1); print $1; done = 1 }'
}
total=$(count "$@" "$dir")
start=$(count "$@" "$tiny")
[ -n "$total" ] && [ -n "$start" ] || { echo "process-instructions: callgrind gave no count" >&2; exit 1; }
echo "$*: $total instructions, start-up $start, $(((total - start) / bytes)) per byte of $bytes"
