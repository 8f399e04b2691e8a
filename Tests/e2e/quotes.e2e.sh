#!/usr/bin/env bash
# `newsroom quotes` and `newsroom speakers`: output, filters, JSON fields, warnings, exit codes.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
fail() { echo "quotes.e2e: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seed=Fixtures/articles/seed-article.txt

out=$("$bin" quotes --speaker zelensky "$seed") || fail "quotes --speaker exited $?"
[ "$(grep -c '^  — Volodymyr Zelensky' <<<"$out")" -eq 6 ] || fail "want 6 Zelensky quotes: $out"
grep -q "Ukraine will not recognize any occupied territories" <<<"$out" || fail "no section heading in text output"

"$bin" quotes --json "$seed" >"$tmp/q.json" || fail "quotes --json exited $?"
[ "$(grep -c '"article":' "$tmp/q.json")" -eq 12 ] || fail "want 12 quotes in JSON"
head -12 "$tmp/q.json" | tr -d ' \n' | grep -q '^\[{"article":"Fixtures/articles/seed-article.txt","text":"ontrack","speaker":"DonaldTrump","kind":"partial","start":[0-9]*,"end":[0-9]*,"section":0,"paragraph":null' \
  || fail "JSON fields or order: $(head -12 "$tmp/q.json")"

[ "$("$bin" quotes --kind scare Fixtures/articles/strait-talks.txt | grep -c '^“')" -eq 1 ] || fail "--kind scare"
# Repeated filters combine.
scare=$("$bin" quotes --kind scare --json Fixtures/articles | grep -c '"kind": "scare"')
partial=$("$bin" quotes --kind partial --json Fixtures/articles | grep -c '"kind": "partial"')
both=$("$bin" quotes --kind scare --kind partial --json Fixtures/articles | grep -c '"kind":')
[ "$both" -eq $((scare + partial)) ] && [ "$scare" -gt 0 ] || fail "--kind scare --kind partial: $both, want $scare + $partial"
one=$("$bin" quotes --speaker zelensky --json "$seed" | grep -c '"article":')
two=$("$bin" quotes --speaker zelensky --speaker leavitt --json "$seed" | grep -c '"article":')
[ "$two" -gt "$one" ] && [ "$one" -gt 0 ] || fail "--speaker twice: $two quotes, one speaker alone $one"
"$bin" quotes --kind loud "$seed" >/dev/null 2>"$tmp/err"; code=$?
[ "$code" -eq 2 ] || fail "--kind loud: exit $code, want 2"

printf 'Headline\n\n"This quote never closes, said the mayor.\n\nAnother paragraph.\n' >"$tmp/open.txt"
"$bin" quotes "$tmp/open.txt" >/dev/null 2>"$tmp/err" || fail "unclosed quote exited $?"
grep -qx "newsroom: warning: $tmp/open.txt: unclosed quotation mark in paragraph 1" "$tmp/err" || fail "warning: $(cat "$tmp/err")"

"$bin" speakers --json "$seed" | tr -d ' \n' | grep -q '^\[{"name":"VolodymyrZelensky","aliases":\[[^]]*\],"roles":\["UkrainianPresident"\],"quotes":6,"articles":1,"type":"person"}' \
  || fail "speakers --json"
"$bin" quotes --speaker "nobody by this name" "$seed" >"$tmp/out" 2>"$tmp/err"; code=$?
[ "$code" -eq 1 ] || fail "quotes --speaker with no match: exit $code, want 1"
[ ! -s "$tmp/out" ] || fail "quotes --speaker with no match printed: $(cat "$tmp/out")"
grep -qx "newsroom: no speaker matches 'nobody by this name'" "$tmp/err" || fail "no-match message: $(cat "$tmp/err")"
# The reporting fields: every quote with a speaker says what it is and how it was found.
"$bin" quotes --json "$seed" | python3 -c '
import json, sys
quotes = json.load(sys.stdin)
for q in quotes:
    assert ("speaker_type" in q) and ("via" in q), q
    if q["speaker"] is None:
        assert q["speaker_type"] is None and q["via"] is None, q
    else:
        assert q["speaker_type"] in ("person", "organization", "unnamed"), q
        assert q["via"] in ("name", "pronoun", "description", "continuation", "introduction"), q
' || fail "speaker_type and via"
"$bin" quotes --speaker "the ukrainian president" --name-only "$seed" >/dev/null 2>&1; code=$?
[ "$code" -eq 1 ] || fail "--name-only matched a description: exit $code, want 1"
"$bin" quotes --speaker "the ukrainian president" "$seed" | grep -q "Volodymyr Zelensky" || fail "a description finds its person"
"$bin" speakers "$seed" /nonexistent >/dev/null 2>&1; code=$?
[ "$code" -eq 1 ] || fail "speakers with a missing input: exit $code, want 1"
exit 0
