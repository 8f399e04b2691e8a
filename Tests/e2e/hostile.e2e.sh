#!/usr/bin/env bash
# Inputs from the wild at scale: 100,000 files in one folder, a file that keeps
# growing, and the read-only promise (articles are never written).
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "hostile.e2e: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; kill $(jobs -p) 2>/dev/null' EXIT

# 100,000 files in one folder: loads in bounded time and memory.
python3 - "$tmp/many" <<'PY'
import os, sys
d = sys.argv[1]; os.makedirs(d)
for i in range(100_000):
    with open(f"{d}/{i:06d}.txt", "w") as f:
        f.write(f"Headline {i}\n\nBody of article {i}.\n")
PY
out=$(timeout 120 "$bin" sections --json "$tmp/many" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') \
  || fail "100,000 files: failed or timed out"
[ "$out" = 100000 ] || fail "100,000 files: loaded $out"

# A file that grows without end while it is read: stopped at the size limit.
( while :; do printf 'more text without end\n'; done ) >"$tmp/growing.txt" 2>/dev/null &
sleep 0.3
timeout 60 "$bin" show "$tmp/growing.txt" >/dev/null 2>"$tmp/err"; code=$?
[ "$code" -eq 2 ] || [ "$code" -eq 0 ] || fail "growing file: exit $code"
kill %1 2>/dev/null; wait 2>/dev/null

# Read-only: every command leaves the articles byte-identical, even read-only ones.
cp -r Fixtures/articles "$tmp/ro"; chmod -R a-w "$tmp/ro"
before=$(cd "$tmp/ro" && sha256sum * | sha256sum)
touch "$tmp/marker"
for c in show sections quotes figures speakers; do
  "$bin" "$c" "$tmp/ro" >/dev/null 2>&1 || fail "$c on read-only articles failed"
done
after=$(cd "$tmp/ro" && sha256sum * | sha256sum)
[ "$before" = "$after" ] || fail "an article changed"
[ -z "$(find "$tmp/ro" -newer "$tmp/marker" -print -quit)" ] || fail "a file in the article folder was touched"
exit 0
