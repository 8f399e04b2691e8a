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

out=$("$bin" figures --check Fixtures/articles/seed-article.txt) || fail "--check exited $?"
grep -q "“300 prisoners” vs “175 prisoners of war”" <<<"$out" || fail "--check missed the prisoner conflict"
"$bin" figures --check --json Fixtures/articles/school-census.txt | grep -qx "\[\]" || fail "--check flagged the consistent fixture"

n=$(printf 'Storm at sea\n\nRescuers found 12 boats. They towed 3 of them home.\n' | "$bin" figures --json - | grep -c '"counted": "boats"')
[ "$n" -eq 2 ] || fail "stdin: $n counted boats, want 2"

"$bin" figures --kind nonsense Fixtures/articles/seed-article.txt 2>/dev/null; code=$?
[ "$code" -eq 2 ] || fail "bad --kind: exit $code, want 2"
exit 0
