#!/bin/bash
# Instructions per byte of one pipeline stage, counted exactly by callgrind (noise-free,
# unlike timings on a shared machine). Needs valgrind and a release newsroom-bench.
#   bash scripts/stage-instructions.sh STAGE DIR     STAGE: parse | quotes | figures | all
# DIR: a folder of articles, e.g. 100 files written by
#   .build/release/newsroom-bench --write-corpus DIR --count 100
set -euo pipefail
stage=${1:?stage}; dir=${2:?folder}
bin=${BENCH_BIN:-.build/release/newsroom-bench}
bytes=$(cat "$dir"/*.txt | wc -c)
out=$(mktemp)
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='*PipelineBenchmarks*profile*' \
    "$bin" --profile "$dir" --stage "$stage" >/dev/null 2>&1
total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ && !done { gsub(",", "", $1); print $1; done = 1 }')
echo "$stage: $total instructions, $((total / bytes)) per byte (callgrind_annotate $out)"
