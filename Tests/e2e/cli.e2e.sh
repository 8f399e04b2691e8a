#!/usr/bin/env bash
# The command line as a script uses it: output, errors and exit codes.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "cli.e2e: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

out=$("$bin" show --width 60 Fixtures/articles/seed-article.txt) || fail "show exited $?"
grep -q "^Russia and Ukraine carry out a prisoner exchange$" <<<"$out" || fail "show lacks a heading"
awk 'length > 60 { exit 1 }' <<<"$out" || fail "show wrote a line over 60 columns"

"$bin" show /nonexistent/a.txt 2>"$tmp/err"; code=$?
[ "$code" -eq 2 ] || fail "missing file: exit $code, want 2"
grep -qx "newsroom: error: /nonexistent/a.txt: no such file or directory" "$tmp/err" || fail "missing file message: $(cat "$tmp/err")"

"$bin" sections Fixtures/articles/seed-article.txt /nonexistent >"$tmp/out" 2>"$tmp/err"; code=$?
[ "$code" -eq 1 ] || fail "partial load: exit $code, want 1"
grep -q "prisoner exchange" "$tmp/out" || fail "partial load printed nothing"

mkfifo "$tmp/fifo"
timeout 5 "$bin" show "$tmp/fifo" 2>"$tmp/err"; code=$?
[ "$code" -eq 2 ] || fail "fifo without writer: exit $code, want 2"

timeout 10 "$bin" show /dev/zero 2>"$tmp/err"; code=$?
[ "$code" -eq 2 ] || fail "/dev/zero: exit $code, want 2"
grep -q "MiB article size limit" "$tmp/err" || fail "/dev/zero message: $(cat "$tmp/err")"

printf 'Piped headline\n\nPiped body.\n' | "$bin" sections --json - | grep -q '"article": "-"' || fail "stdin"

# An installed binary, run where there are no bundled articles, says how to open some.
mkdir -p "$tmp/prefix" "$tmp/elsewhere"
make -s install-files INSTALL_BIN="$bin" PREFIX="$tmp/prefix" >/dev/null || fail "make install-files failed"
[ -x "$tmp/prefix/bin/newsroom" ] || fail "install: no binary"
grep -q "newsroom" "$tmp/prefix/share/bash-completion/completions/newsroom" || fail "install: no bash completion"
grep -q "compdef\|_newsroom" "$tmp/prefix/share/zsh/site-functions/_newsroom" || fail "install: no zsh completion"
grep -qF "complete -c 'newsroom'" "$tmp/prefix/share/fish/vendor_completions.d/newsroom.fish" || fail "install: no fish completion"
out=$(cd "$tmp/elsewhere" && "$tmp/prefix/bin/newsroom" 2>&1); code=$?
[ "$code" -eq 2 ] || fail "no articles anywhere: exit $code, want 2"
grep -qF "newsroom story.txt" <<<"$out" && grep -qF "cat story.txt | newsroom -" <<<"$out" || fail "no articles anywhere: $out"
grep -q "Fixtures" <<<"$out" && fail "no articles anywhere still names Fixtures: $out"
out=$(cd "$tmp/elsewhere" && "$tmp/prefix/bin/newsroom" sections 2>&1); code=$?
[ "$code" -eq 2 ] && grep -qF "newsroom ~/news/" <<<"$out" || fail "sections with no articles anywhere: exit $code, $out"

# make run starts the release build (the debug one is several times slower to the first screen).
make -n run | grep -q "^\.build/release/newsroom" || fail "make run does not run the release build: $(make -n run)"

# With no PATH the bundled articles are named relative to the working folder,
# not through the build folder (…/debug/../../../Fixtures/articles/…).
out=$("$bin" sections) || fail "sections with no PATH exited $?"
grep -q "^Fixtures/articles/budget-row.txt: " <<<"$out" || fail "bundled paths not relative: $(head -1 <<<"$out")"
grep -q '\.\./' <<<"$out" && fail "a bundled path still climbs through the build folder"
exit 0
