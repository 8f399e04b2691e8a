#!/usr/bin/env bash
# Structured formats through every command against reviewed golden outputs in
# Fixtures/expected/formats/NAME.COMMAND (NEWSROOM_RECORD=1 rewrites them on
# purpose; read the diff line by line). Then FILE#N addressing and errors.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "formats.e2e: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
expected=Fixtures/expected/formats
mkdir -p "$expected"

commands=("text" "show --width 72" "sections" "sections --json" "quotes" "quotes --json" "speakers" "speakers --json"
          "figures" "figures --json" "figures --check")
bad=0; checked=0
for f in Fixtures/formats/*; do
  [ -f "$f" ] || continue
  n=$(basename "$f")
  for c in "${commands[@]}"; do
    name="$expected/$n.$(tr ' ' '_' <<<"$c" | tr -d '-')"
    # shellcheck disable=SC2086
    "$bin" $c "$f" >"$tmp/out" 2>"$tmp/err"; code=$?
    [ "$code" -eq 0 ] || { echo "formats.e2e: $c $f exited $code: $(cat "$tmp/err")"; bad=$((bad + 1)); continue; }
    [ -s "$tmp/err" ] && cat "$tmp/err" >>"$tmp/out"
    if [ "${NEWSROOM_RECORD:-}" = 1 ]; then cp "$tmp/out" "$name"; continue; fi
    checked=$((checked + 1))
    if ! diff -u "$name" "$tmp/out" >"$tmp/diff" 2>&1; then
      echo "formats.e2e: '$c $f' differs from $name:"; head -40 "$tmp/diff"; bad=$((bad + 1))
    fi
  done
done
echo "formats.e2e: $checked golden outputs checked, $bad wrong"
[ "$bad" -eq 0 ] || exit 1
exit 0
