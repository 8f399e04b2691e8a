#!/usr/bin/env bash
# Builds the libFuzzer target (address sanitizer) and fuzzes the whole pipeline
# for FUZZ_SECONDS (default 60), seeded with every fixture. A crash leaves its
# input in .build-fuzz/artifacts/: copy it to Fixtures/hostile/ as a regression test.
set -euo pipefail
seconds=${FUZZ_SECONDS:-60}
swift=${SWIFT:-swift}
log=$(mktemp); trap 'rm -f "$log"' EXIT
# The build's own status decides (a failed build must not fuzz a binary left from an earlier one);
# its output is shown without the sanitizer's harmless "Cannot export local symbol" lines.
build_status=0
"$swift" build --product newsroom-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING >"$log" 2>&1 || build_status=$?
grep -v "Cannot export local symbol" "$log" || [ $? -eq 1 ]
[ "$build_status" -eq 0 ] || { echo "fuzz: build failed (status $build_status)" >&2; exit 1; }
bin=.build-fuzz/debug/newsroom-fuzz
corpus=.build-fuzz/corpus; artifacts=.build-fuzz/artifacts/
mkdir -p "$corpus" "$artifacts"
# The first byte selects plain text (0), Markdown (1), a structured file (2) or an .html one (6).
for f in Fixtures/articles/* Fixtures/hostile/*; do
  name=$(basename "$f")
  { printf '\000'; head -c 16384 "$f"; } >"$corpus/txt-$name"
  { printf '\001'; head -c 16384 "$f"; } >"$corpus/md-$name"
done
for f in Fixtures/formats/* Fixtures/hostile/*.xml Fixtures/hostile/*.html Fixtures/hostile/*.json; do
  name=$(basename "$f")
  { printf '\002'; head -c 16384 "$f"; } >"$corpus/xml-$name"
  { printf '\006'; head -c 16384 "$f"; } >"$corpus/html-$name"
done
"$bin" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$artifacts" -print_final_stats=1 "$corpus" 2>&1 | tail -n 20
