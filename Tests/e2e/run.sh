#!/usr/bin/env bash
# End-to-end tests of the real binary: every script in this folder named
# *.e2e.sh runs with the binary's path; prints "N passed, N failed".
set -uo pipefail
bin=$(realpath "${1:-.build/debug/newsroom}")
here=$(cd "$(dirname "$0")" && pwd)
passed=0; failed=0
for script in "$here"/*.e2e.sh; do
  [ -e "$script" ] || continue
  if bash "$script" "$bin"; then
    passed=$((passed + 1)); echo "e2e: PASS $(basename "$script")"
  else
    failed=$((failed + 1)); echo "e2e: FAIL $(basename "$script")"
  fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
