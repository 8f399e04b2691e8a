#!/usr/bin/env bash
# Debug build that fails on any compiler warning in Newsroom's own sources
# (dependencies' warnings are theirs).
set -uo pipefail
swift=${SWIFT:-swift}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$swift" build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"
if grep -E "/(Sources|Tests)/[^ ]*: warning:" "$log" | grep -v "/.build/" >/dev/null; then
  echo "newsroom: the build has warnings in Newsroom's sources (see above); fix them" >&2
  exit 1
fi
