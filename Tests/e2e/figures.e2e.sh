#!/usr/bin/env bash
# The figures command: text, JSON, --kind, --check, stdin and usage errors.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "figures.e2e: $*" >&2; exit 1; }

out=$("$bin" figures Fixtures/articles/seed-article.txt) || fail "figures exited $?"
grep -q "“35 of them”" <<<"$out" || fail "figures lacks 35 of them"
grep -q "^  300 *count *prisoners" <<<"$out" || fail "figures lacks 300 prisoners"

for f in Fixtures/articles/*; do
  n=$(basename "$f")
  "$bin" figures --json "$f" | diff -q - "Fixtures/expected/$n.figures.json" >/dev/null || fail "JSON differs from golden for $n"
done

"$bin" figures --kind percent --json Fixtures/articles/numbers-grain.txt | grep '"kind"' | grep -vq '"percent"' && fail "--kind let other kinds through"

# --check: only articles with conflicts, exit 1 when there is one (as diff and grep), 0 when none.
out=$("$bin" figures --check Fixtures/articles/seed-article.txt Fixtures/articles/school-census.txt); code=$?
[ "$code" -eq 1 ] || fail "--check with a conflict exited $code, want 1"
grep -q "“300 prisoners” vs “175 prisoners of war”" <<<"$out" || fail "--check missed the prisoner conflict"
grep -q "school-census" <<<"$out" && fail "--check printed an article without conflicts: $out"
grep -q "no conflicting figures" <<<"$out" && fail "--check printed a no-conflict block without --verbose"
out=$("$bin" figures --check --verbose Fixtures/articles/seed-article.txt Fixtures/articles/school-census.txt)
grep -q "school-census.txt: .*" <<<"$out" && grep -q "(no conflicting figures)" <<<"$out" || fail "--verbose did not list every article"
out=$("$bin" figures --check Fixtures/articles/school-census.txt); code=$?
[ "$code" -eq 0 ] && [ -z "$out" ] || fail "--check without conflicts: exit $code, output '$out'"
"$bin" figures --check --json Fixtures/articles/school-census.txt | grep -qx "\[\]" || fail "--check flagged the consistent fixture"
"$bin" figures --check --json Fixtures/articles/seed-article.txt >/dev/null; code=$?
[ "$code" -eq 1 ] || fail "--check --json with a conflict exited $code, want 1"

# Repeated filters combine: money and percent both come through, nothing else.
kinds=$("$bin" figures --kind money --kind percent --json Fixtures/articles | grep '"kind"' | sort -u | tr -d ' ,')
[ "$kinds" = $'"kind":"money"\n"kind":"percent"' ] || fail "--kind money --kind percent gave: $kinds"

n=$(printf 'Storm at sea\n\nRescuers found 12 boats. They towed 3 of them home.\n' | "$bin" figures --json - | grep -c '"counted": "boats"')
[ "$n" -eq 2 ] || fail "stdin: $n counted boats, want 2"

"$bin" figures --kind nonsense Fixtures/articles/seed-article.txt 2>/dev/null; code=$?
[ "$code" -eq 2 ] || fail "bad --kind: exit $code, want 2"
exit 0
