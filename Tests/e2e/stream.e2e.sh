#!/usr/bin/env bash
# The listings stream: an article's records are printed as soon as it and every
# article before it are analyzed, in path order, the same bytes as one article at a time.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "stream.e2e: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'exec 3>&- 2>/dev/null; rm -rf "$tmp"' EXIT

# 1. The first article's quotes come out while the second input is still being written:
# a FIFO held open here, so reading it blocks until it is closed.
mkfifo "$tmp/late.txt"
exec 3<>"$tmp/late.txt"
# (3>&-: the command must not inherit the writing end, or the FIFO never ends; timeout: a hang fails.)
timeout 30 "$bin" quotes --format jsonl Fixtures/articles/seed-article.txt "$tmp/late.txt" >"$tmp/stream" 2>"$tmp/err" 3>&- &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/stream" ] && break; sleep 0.1; done
seen=$(wc -l <"$tmp/stream")
[ "$seen" -eq 12 ] || fail "before the last input was complete: $seen lines of the seed's 12 quotes printed"
printf 'Late headline\n\n"A late word," said Ana Ruiz.\n' >&3
exec 3>&-
wait "$pid"; code=$?
[ "$code" -eq 0 ] || fail "quotes exited $code: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/stream")" -eq 13 ] || fail "want 13 records, got $(wc -l <"$tmp/stream")"
tail -1 "$tmp/stream" | grep -qF '"text":"A late word,","speaker":"Ana Ruiz"' || fail "the late article's quote: $(tail -1 "$tmp/stream")"

# 2. A folder gives the bytes of its files taken one at a time, in path order.
files=$(ls Fixtures/articles/*.txt Fixtures/articles/*.md | LC_ALL=C sort)
for c in quotes figures sections; do
  for f in $files; do "$bin" $c --format jsonl "$f" 2>/dev/null; done >"$tmp/serial.$c"
  "$bin" $c --format jsonl Fixtures/articles >"$tmp/folder.$c" 2>/dev/null || fail "$c on the folder exited $?"
  cmp -s "$tmp/serial.$c" "$tmp/folder.$c" || fail "$c --format jsonl on the folder differs from one file at a time"
  [ -s "$tmp/folder.$c" ] || fail "$c printed nothing"
done
# --json stays one array whose elements are the JSON Lines records.
"$bin" quotes --json Fixtures/articles >"$tmp/array.json" || fail "quotes --json exited $?"
python3 - "$tmp/array.json" "$tmp/folder.quotes" <<'PY' || fail "quotes --json is not the array of the JSON Lines records"
import json, sys
array = json.load(open(sys.argv[1], encoding="utf-8"))
lines = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
sys.exit(0 if array == lines and len(array) > 0 else 1)
PY
echo "stream.e2e: streaming and order checked"
