#!/usr/bin/env bash
# Structured formats in the full-screen reader and FILE#N on the command line:
# a folder of every format opens as a library with one row per feed item, an
# item opens at a section with FILE#N#S, and a bad item number is an error.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
test_name=formats-reader
source "$(dirname "$0")/tmux-helpers.sh"
keys() { local name=$1; shift; tm send-keys -t "$name" "$@"; }
typed() { tm send-keys -t "$1" -l "$2"; }

# --- The library of Fixtures/formats: feed items are rows of their own ---
start l 100 30 "$bin" Fixtures/formats
wait_for l "Newsroom · "
keys l /; typed l "Lorne range"; wait_for l "1 of "
screen l | grep -qF "atom-feed.atom#2" || { screen l >&2; fail "no row for atom-feed.atom#2"; }
# Date and source come from the feed's metadata (the entry's updated date, the feed's title).
screen l | grep -qF "2026-02-19" || { screen l >&2; fail "no date from the Atom entry"; }
screen l | grep -qF "Meridian Science Desk" || { screen l >&2; fail "no source from the Atom feed"; }
keys l Enter; keys l Enter
wait_for l "atom-feed.atom#2 · Opening"
wait_for l "Glacier in the Lorne range lost 12 metres of ice in a year"
keys l '"'; wait_for l "Marit Holm"
keys l q; keys l q; keys l q
[ "$(wait_dead l)" = 0 ] || fail "the library did not exit 0"

# --- FILE#N#S: item 1 of the RSS feed at section 1 ---
start s 80 24 "$bin" "Fixtures/formats/rss2-content-encoded.rss#1#1"
wait_for s "rss2-content-encoded.rss#1 · Cost of the new timetable"
[ "$(screen s | head -1)" = " Cost of the new timetable" ] || { screen s >&2; fail "section 1 is not at the top"; }
keys s q
[ "$(wait_dead s)" = 0 ] || fail "the reader did not exit 0"

# --- FILE#N on the command line, and its errors ---
out=$("$bin" quotes --json "Fixtures/formats/newsml-package.xml#3") || fail "newsml-package.xml#3 exited $?"
grep -q '"article": "Fixtures/formats/newsml-package.xml#3"' <<<"$out" || fail "item 3 not addressed: $out"
[ "$(grep -c '"article"' <<<"$out")" -eq 1 ] || fail "item 3 gave more than its own quotes"
err=$("$bin" sections "Fixtures/formats/atom-feed.atom#4" 2>&1 >/dev/null); code=$?
[ "$code" -eq 2 ] || fail "#4 of three entries: exit $code"
[ "$err" = "newsroom: error: Fixtures/formats/atom-feed.atom#4: no item 4 (the file holds 3)" ] || fail "#4 message: $err"
err=$("$bin" sections "Fixtures/formats/ninjs-3.json#1" 2>&1 >/dev/null); code=$?
[ "$code" -eq 2 ] || fail "#1 of a single article: exit $code"
grep -qF "not a feed or package" <<<"$err" || fail "#1 of a single article: $err"
exit 0
