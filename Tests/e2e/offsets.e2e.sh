#!/usr/bin/env bash
# The offsets contract, checked by an independent reader: for every record,
# Python's open(path, encoding="utf-8", newline="").read()[start:end] is its text;
# for structured formats (Fixtures/formats) the extracted text that
# `newsroom text --json` prints takes the file's place.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
# python3 is a test dependency (scripts/ensure-deps.sh installs it): without it this test fails.
command -v python3 >/dev/null || { echo "offsets.e2e: python3 not found (run scripts/ensure-deps.sh)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
commands=(sections quotes figures)
for c in "${commands[@]}"; do
  "$bin" "$c" --json Fixtures/articles Fixtures/formats >"$tmp/$c.json" || { echo "offsets.e2e: $c --json failed"; exit 1; }
done
"$bin" text --json Fixtures/formats >"$tmp/extracted.json" || { echo "offsets.e2e: text --json failed"; exit 1; }
python3 - "$tmp" "${commands[@]}" <<'PY'
import json, sys
tmp, commands = sys.argv[1], sys.argv[2:]
cache, bad, checked = {}, 0, 0
for rec in json.load(open(f"{tmp}/extracted.json")):
    cache[rec["article"]] = rec["text"]
def text(path):
    if path not in cache:
        cache[path] = open(path, encoding="utf-8", newline="").read()
    return cache[path]
for c in commands:
    for rec in json.load(open(f"{tmp}/{c}.json")):
        content = text(rec["article"])
        if c == "sections":
            for s in rec["sections"]:
                checked += 1
                # A section starts at its heading line, Markdown markers included.
                if s["heading"] is not None and not content[s["start"]:s["end"]].lstrip("#*_ \t").startswith(s["heading"]):
                    bad += 1; print("sections:", rec["article"], s)
        else:
            checked += 1
            if content[rec["start"]:rec["end"]] != rec["text"]:
                bad += 1; print(c + ":", rec["article"], rec["start"], rec["end"], repr(rec["text"]), "!=", repr(content[rec["start"]:rec["end"]]))
print(f"offsets.e2e: {checked} records checked ({', '.join(commands)}), {bad} wrong")
sys.exit(1 if bad else 0)
PY
