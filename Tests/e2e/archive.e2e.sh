#!/usr/bin/env bash
# The archive: index, search, --archive answers identical to the files', incremental
# runs, the error cases with their exit codes, and kill -9 at random points of index.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "archive.e2e: $*" >&2; exit 1; }
tmp=$(realpath "$(mktemp -d)")
trap 'chattr -i "$tmp"/*.sqlite 2>/dev/null; rm -rf "$tmp"' EXIT
cp -r Fixtures/articles "$tmp/articles"
A="$tmp/a.sqlite"

# Integrity of an archive file, checked by SQLite itself (pages, then the full-text index).
check_integrity() {
  python3 - "$1" <<'PY' || fail "integrity check of $1 failed"
import sqlite3, sys, zlib
db = sqlite3.connect(sys.argv[1])
# The full-text index reads texts through article_text (docs/ARCHIVE.md: 4-byte length, then zlib).
def article_text(stored):
    if not isinstance(stored, bytes):
        return stored
    text = zlib.decompress(stored[4:])
    assert len(text) == int.from_bytes(stored[:4], "little")
    return text.decode("utf-8")
db.create_function("article_text", 1, article_text, deterministic=True)
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
db.execute("INSERT INTO search(search, rank) VALUES ('integrity-check', 1)")
PY
}

out=$("$bin" index "$tmp/articles" --archive "$A" 2>"$tmp/err") || fail "index exited $?: $(cat "$tmp/err")"
[ "$(wc -l <<<"$out")" -eq 1 ] || fail "index printed more than one line without a terminal: $out"
grep -Eq "^indexed 17 files in [0-9.]+ s: 17 added, 0 updated, 0 moved, 0 unchanged, 0 removed; 17 articles in $A$" <<<"$out" \
  || fail "index summary: $out"
check_integrity "$A"

# Every listing from the archive is byte for byte the listing from the files.
while read -r cmd; do
  "$bin" $cmd "$tmp/articles" >"$tmp/files.out" 2>/dev/null; want=$?
  "$bin" $cmd --archive "$A" >"$tmp/archive.out" 2>"$tmp/err"; code=$?
  [ "$code" -eq "$want" ] || fail "$cmd --archive exited $code, from files $want: $(cat "$tmp/err")"
  diff "$tmp/files.out" "$tmp/archive.out" >"$tmp/diff" || fail "$cmd --archive differs from files: $(head -20 "$tmp/diff")"
  [ -s "$tmp/archive.out" ] || fail "$cmd --archive printed nothing"
done <<'CMDS'
quotes --json
quotes
quotes --speaker zelensky --json
quotes --speaker spokeswoman
quotes --speaker minister --json
quotes --speaker zelensky --name-only --json
quotes --speaker a --json
quotes --speaker coach
quotes --speaker mar
speakers --unnamed --json
quotes --kind scare --json
speakers --json
speakers
figures --json
figures
figures --kind money
figures --check
figures --check --json
figures --check --verbose
figures --format csv --kind count
quotes --format jsonl --kind full --kind partial
speakers --format tsv
sections --json
sections
CMDS

# Feeds, packages and every other structured format: each item an article at FILE#N, listed,
# quoted and offset from the archive exactly as from the files; search finds an item by its text.
cp -r Fixtures/formats "$tmp/formats"
F="$tmp/formats.sqlite"
"$bin" index "$tmp/formats" --archive "$F" >"$tmp/out" 2>"$tmp/err" || fail "index of the formats exited $?: $(cat "$tmp/err")"
grep -q "^indexed 16 files in .*: 24 added, .*; 24 articles in $F$" "$tmp/out" || fail "formats index summary: $(cat "$tmp/out")"
for cmd in "quotes --json" "figures --json" "sections --json" "speakers --json" "quotes" "figures --check"; do
  "$bin" $cmd "$tmp/formats" >"$tmp/files.out" 2>/dev/null
  "$bin" $cmd --archive "$F" >"$tmp/archive.out" 2>"$tmp/err" || fail "$cmd --archive on the formats: $(cat "$tmp/err")"
  diff "$tmp/files.out" "$tmp/archive.out" >"$tmp/diff" || fail "formats: $cmd --archive differs from files: $(head -20 "$tmp/diff")"
done
grep -q "\"article\": \"$tmp/formats/rss2-content-encoded.rss#2\"" <("$bin" quotes --json --archive "$F") || fail "no quote of rss#2 from the archive"
"$bin" search 'kayakers' --archive "$F" --format jsonl | head -1 | grep -q "\"path\":\"$tmp/formats/rss2-content-encoded.rss#2\"" \
  || fail "search did not find the feed's second item"

"$bin" quotes --speaker nobody-at-all --archive "$A" >"$tmp/out" 2>"$tmp/err"; code=$?
[ "$code" -eq 1 ] && grep -qx "newsroom: no speaker matches 'nobody-at-all'" "$tmp/err" || fail "no speaker match: exit $code, $(cat "$tmp/err")"

# The default archive under XDG_DATA_HOME, and a bare --archive.
XDG_DATA_HOME="$tmp/xdg" "$bin" index "$tmp/articles/seed-article.txt" >/dev/null || fail "index to the default archive"
[ -f "$tmp/xdg/newsroom/archive.sqlite" ] || fail "no archive at \$XDG_DATA_HOME/newsroom/archive.sqlite"
XDG_DATA_HOME="$tmp/xdg" "$bin" quotes --archive --speaker zelensky | grep -q "Zelensky" || fail "bare --archive"
XDG_DATA_HOME="$tmp/xdg" "$bin" quotes --archive --since 2999-01-01 --json | grep -qx "\[\]" || fail "--since filters"

# Search: words, phrases, prefixes, operators; snippets mark the matches.
"$bin" search ceasefire --archive "$A" | grep -q "\*\*ceasefire\*\*" || fail "search snippet lacks the marked match"
"$bin" search '"prisoner exchange"' --archive "$A" --format jsonl | head -1 | grep -q '"path":"'"$tmp/articles/seed-article.txt"'"' \
  || fail "phrase search did not rank the seed first"
n_prefix=$("$bin" search 'ceasefir*' --archive "$A" --format jsonl | wc -l)
n_word=$("$bin" search 'ceasefir' --archive "$A" --format jsonl | wc -l)
[ "$n_prefix" -gt 0 ] && [ "$n_word" -eq 0 ] || fail "prefix search: $n_prefix with *, $n_word without"
n_or=$("$bin" search 'ceasefire OR dockers' --archive "$A" --format jsonl | wc -l)
n_not=$("$bin" search 'ceasefire NOT Zelensky' --archive "$A" --format jsonl | wc -l)
n_one=$("$bin" search 'ceasefire' --archive "$A" --format jsonl | wc -l)
[ "$n_or" -ge "$n_one" ] && [ "$n_not" -lt "$n_one" ] || fail "OR/NOT: or $n_or, not $n_not, one $n_one"
"$bin" search ceasefire --archive "$A" --format json | python3 -c 'import json,sys; h=json.load(sys.stdin); assert h and all(k in h[0] for k in ("path","headline","date","source","score","snippet"))' \
  || fail "search --format json fields"
for q in '"unclosed' 'NOT ceasefire' 'ceasefire AND' '(truce' 'truce)' '()' '***' "ceasefire'; DROP TABLE articles; --"; do
  "$bin" search "$q" --archive "$A" >"$tmp/out" 2>"$tmp/err"; code=$?
  if [ "$q" = "ceasefire'; DROP TABLE articles; --" ]; then
    [ "$code" -eq 0 ] || fail "a query with SQL in it: exit $code ($(cat "$tmp/err"))"
    continue
  fi
  [ "$code" -eq 2 ] || fail "malformed query $q: exit $code, want 2"
  [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^newsroom: error: malformed query: " "$tmp/err" || fail "malformed query $q: $(cat "$tmp/err")"
  grep -qiE "sql|fts5|syntax error near" "$tmp/err" && fail "an SQL message leaked: $(cat "$tmp/err")"
done
[ "$("$bin" sections --archive "$A" --json | grep -c '"article"')" -eq 17 ] || fail "the archive lost articles to a query"

# Incremental: unchanged, changed, touched, moved, deleted (with --prune).
out=$("$bin" index "$tmp/articles" --archive "$A") || fail "second index"
grep -q ": 0 added, 0 updated, 0 moved, 17 unchanged" <<<"$out" || fail "unchanged run: $out"
printf '\nOne more paragraph said to be new.\n' >>"$tmp/articles/seed-article.txt"
touch -d '2001-01-01' "$tmp/articles/budget-vote.md"
mkdir "$tmp/articles/moved" && mv "$tmp/articles/harbor-strike.txt" "$tmp/articles/moved/harbor.txt"
out=$("$bin" index "$tmp/articles" --archive "$A") || fail "third index"
grep -q ": 0 added, 1 updated, 1 moved, 15 unchanged, 0 removed; 17 articles" <<<"$out" || fail "changed run: $out"
rm "$tmp/articles/budget-vote.md"
out=$("$bin" index "$tmp/articles" --archive "$A") || fail "index after a deletion"
grep -q "0 removed; 17 articles" <<<"$out" || fail "deleted file removed without --prune: $out"
out=$("$bin" index "$tmp/articles" --archive "$A" --prune) || fail "index --prune"
grep -q "1 removed; 16 articles" <<<"$out" || fail "prune: $out"
out=$("$bin" index "$tmp/articles" --archive "$A" --rebuild) || fail "index --rebuild"
grep -q "16 added, .*16 articles" <<<"$out" || fail "rebuild: $out"
check_integrity "$A"

# Errors: one line, documented status; the archive and the articles are never written.
expect_error() { # status pattern command...
  local want=$1 pattern=$2; shift 2
  "$@" >/dev/null 2>"$tmp/err"; local code=$?
  [ "$code" -eq "$want" ] || fail "$*: exit $code, want $want ($(cat "$tmp/err"))"
  [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^newsroom: error: .*$pattern" "$tmp/err" || fail "$*: message $(cat "$tmp/err")"
}
expect_error 2 "no archive here" "$bin" search x --archive "$tmp/none.sqlite"
echo "not an archive" >"$tmp/text.sqlite"
expect_error 3 "not a Newsroom archive" "$bin" search x --archive "$tmp/text.sqlite"
expect_error 3 "not a Newsroom archive" "$bin" index "$tmp/articles" --archive "$tmp/text.sqlite"
grep -qx "not an archive" "$tmp/text.sqlite" || fail "index wrote to a file that is not an archive"
python3 -c "import sqlite3; c = sqlite3.connect('$tmp/other.sqlite'); c.execute('CREATE TABLE t (x)'); c.commit()"
expect_error 3 "not a Newsroom archive" "$bin" quotes --archive "$tmp/other.sqlite"
cp "$A" "$tmp/newer.sqlite"
python3 -c "import sqlite3; c = sqlite3.connect('$tmp/newer.sqlite'); c.execute(\"INSERT INTO grdb_migrations VALUES ('v999')\"); c.commit()"
expect_error 3 "newer version of Newsroom" "$bin" search ceasefire --archive "$tmp/newer.sqlite"
expect_error 3 "newer version of Newsroom" "$bin" index "$tmp/articles" --archive "$tmp/newer.sqlite"
cp "$A" "$tmp/damaged.sqlite"
python3 - "$tmp/damaged.sqlite" <<'PY'
import os, sys
size = os.path.getsize(sys.argv[1])
with open(sys.argv[1], "r+b") as f:
    f.seek(4096)
    f.write(bytes((i * 7919) % 251 for i in range(size - 8192)))
PY
expect_error 3 "damaged" "$bin" quotes --archive "$tmp/damaged.sqlite"
cp "$A" "$tmp/ro.sqlite"
if [ "$(id -u)" -eq 0 ]; then chattr +i "$tmp/ro.sqlite" || fail "chattr +i"; else chmod 444 "$tmp/ro.sqlite"; fi
sum_before=$(md5sum <"$tmp/ro.sqlite")
expect_error 4 "read-only" "$bin" index "$tmp/articles" --archive "$tmp/ro.sqlite"
"$bin" search ceasefire --archive "$tmp/ro.sqlite" >/dev/null || fail "search in a read-only archive"
[ "$(md5sum <"$tmp/ro.sqlite")" = "$sum_before" ] || fail "a read-only archive changed"
expect_usage() { # pattern command...
  local pattern=$1; shift
  "$@" >/dev/null 2>"$tmp/err"; local code=$?
  [ "$code" -eq 2 ] && grep -q "$pattern" "$tmp/err" || fail "$*: exit $code, $(cat "$tmp/err")"
}
expect_usage "standard input cannot be indexed" "$bin" index - --archive "$A"
expect_usage "give no PATH" "$bin" quotes "$tmp/articles" --archive "$A"
expect_usage "YYYY-MM-DD" "$bin" quotes --archive "$A" --since yesterday
expect_usage "need --archive" "$bin" quotes "$tmp/articles" --since 2025-01-01

# kill -9 at random points of index, then a rerun: same content as one uninterrupted run.
mkdir "$tmp/corpus"
for i in $(seq 1 25); do
  for f in Fixtures/articles/*.txt Fixtures/articles/*.md; do
    b=$(basename "$f"); { cat "$f"; printf '\nCopy %d of the story, filed %d.\n' "$i" "$i"; } >"$tmp/corpus/$i-$b"
  done
done
"$bin" index "$tmp/corpus" --archive "$tmp/clean.sqlite" >/dev/null || fail "uninterrupted index"
K="$tmp/killed.sqlite"
for round in 1 2 3 4 5 6; do
  "$bin" index "$tmp/corpus" --archive "$K" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ -f "$K" ] && check_integrity "$K"
  if [ -f "$K" ]; then
    # A reader of a killed archive sees a consistent one.
    "$bin" sections --archive "$K" --json >/dev/null 2>"$tmp/err" || grep -q "no archive here" "$tmp/err" \
      || fail "reading after kill -9 (round $round): $(cat "$tmp/err")"
  fi
done
"$bin" index "$tmp/corpus" --archive "$K" >/dev/null || fail "index after the kills"
check_integrity "$K"
for cmd in "quotes --json" "figures --json" "sections --json" "speakers --json"; do
  diff <("$bin" $cmd --archive "$tmp/clean.sqlite") <("$bin" $cmd --archive "$K") >"$tmp/diff" \
    || fail "$cmd differs after kill -9 and a rerun: $(head "$tmp/diff")"
done
diff <("$bin" search 'ceasefire OR strike' --limit 50 --archive "$tmp/clean.sqlite" --format jsonl) \
     <("$bin" search 'ceasefire OR strike' --limit 50 --archive "$K" --format jsonl) >/dev/null \
  || fail "search differs after kill -9 and a rerun"

# WAL: readers during index are never blocked for more than a moment.
W="$tmp/wal.sqlite"
"$bin" index "$tmp/articles" --archive "$W" >/dev/null
"$bin" index "$tmp/corpus" --archive "$W" >/dev/null 2>&1 &
pid=$!
reads=0
while kill -0 "$pid" 2>/dev/null; do
  start=$(date +%s%N)
  "$bin" search strike --archive "$W" --format jsonl >/dev/null 2>"$tmp/err" || fail "search during index: $(cat "$tmp/err")"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$ms" -lt 2000 ] || fail "a search during index took $ms ms"
  reads=$((reads + 1))
done
wait "$pid" || fail "index with readers exited $?"
[ "$reads" -gt 0 ] || fail "no search ran during index"
exit 0
