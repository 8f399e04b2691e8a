#!/usr/bin/env bash
# The reader on the archive: `newsroom` with no PATH opens the default archive when
# one exists (else the bundled articles), feed items included; the speaker search
# spans it; an archive that cannot be read is its one-line error and status.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
test_name=archive-reader
source "$(dirname "$0")/tmux-helpers.sh"
keys() { local name=$1; shift; tm send-keys -t "$name" "$@"; }
typed() { tm send-keys -t "$1" -l "$2"; }

# --- An archive of the articles and every format: 17 + 24 articles ---
XDG_DATA_HOME="$xdg/a/data" "$bin" index Fixtures/articles Fixtures/formats >/dev/null 2>&1 || fail "index exited $?"
start a 110 30 "$bin"
wait_for a "Newsroom · 41 articles"
screen a | grep -qF "$PWD/Fixtures/articles/" || { screen a >&2; fail "the library is not the archive's (absolute paths)"; }
# A feed's items are rows of their own, and open from their files.
keys a /; typed a "Lorne range"; wait_for a "filter: Lorne range"; wait_for a " 1 of 41"
screen a | grep -qF "atom-feed.atom#2" || { screen a >&2; fail "no row for atom-feed.atom#2"; }
keys a Enter; keys a Enter
wait_for a "atom-feed.atom#2 · Opening"
keys a q; keys a Escape
# The speaker search spans the archive: a speaker of a feed item and one of a text article.
keys a @; typed a "Marit"; wait_for a "Marit Holm"
keys a Escape
keys a @; typed a "Zelensky"; wait_for a "Volodymyr Zelensky"
keys a Escape
# S: full-text search of the archive, results as you type; a feed item found by its body.
keys a S; wait_for a "Search the archive"
typed a "kayak"; wait_for a "Riverton begins to rebuild"
typed a "*"; wait_for a "Lifeboat crew rescues two kayakers"
typed a ' "open'; wait_for a "malformed query: unclosed quotation mark"
for _ in 1 2 3 4 5 6; do keys a BSpace; done
wait_for a "Lifeboat crew rescues two kayakers"
keys a Enter
wait_for a "rss2-content-encoded.rss#2 · Opening"
wait_for a "Two kayakers were pulled from the water"
keys a q; wait_for a "Newsroom · 41 articles"
keys a q
[ "$(wait_dead a)" = 0 ] || fail "the reader on the archive did not exit 0"

# --- No archive: the bundled articles ---
start b 100 30 "$bin"
wait_for b "Newsroom · 17 articles"
keys b q
[ "$(wait_dead b)" = 0 ] || fail "the reader on the bundled articles did not exit 0"

# --- An archive that cannot be read: its error and status, before any terminal is needed ---
mkdir -p "$xdg/c/data/newsroom"
echo "not an archive" >"$xdg/c/data/newsroom/archive.sqlite"
err=$(XDG_DATA_HOME="$xdg/c/data" "$bin" </dev/null 2>&1 >/dev/null); code=$?
[ "$code" -eq 3 ] || fail "a file that is not an archive: exit $code ($err)"
grep -qx "newsroom: error: $xdg/c/data/newsroom/archive.sqlite: not a Newsroom archive" <<<"$err" || fail "error: $err"
echo "archive-reader.e2e: ok"
