#!/usr/bin/env python3
"""Scores `newsroom quotes` on a probe set of articles with an answer key.

usage: score-quotes-probe.py PROBE_DIR NEWSROOM_BINARY [--errors FILE] [--json FILE]

PROBE_DIR holds the articles (*.txt) and keys.json (see Tests/Probes/README.md).
Prints detection P/R/F1, speaker accuracy on detected quotes, kind accuracy, and
`--speaker` precision/recall for everyone quoted four or more times. Matching is
by offsets: a key quote is found in its article (in key order), and a predicted
quote matches it when their ranges overlap; each is matched at most once.

Speaker strings are compared after folding case, accents and punctuation and
dropping leading determiners ("a", "an", "the"); single-letter initials are
ignored ("Dana L. Marsh" = "Dana Marsh"). Nothing else is lenient.
"""
import json
import os
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict


def fold(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'")
    out = []
    for c in s:
        out.append(c if c.isalnum() or c in " '-" else " ")
    words = "".join(out).split()
    while words and words[0] in ("a", "an", "the"):
        words = words[1:]
    words = [w for w in words if len(w) > 1 or not w.isalpha()] or words
    return " ".join(words)


def speaker_ok(key, pred):
    wanted = key.get("speaker")
    if wanted is None:
        return pred is None
    if pred is None:
        return False
    options = [wanted] + list(key.get("accept") or [])
    return fold(pred) in {fold(o) for o in options}


def run_json(binary, args):
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"score: {binary} {' '.join(args[:2])}... exited {p.returncode}: {p.stderr.strip()[:300]}")
    out = p.stdout.strip()
    return json.loads(out) if out else []


def locate(keys_by_article, probe):
    """Key quotes with their ranges in code points of the decoded file."""
    located = []
    for art, quotes in keys_by_article.items():
        with open(os.path.join(probe, art), encoding="utf-8", newline="") as f:
            content = f.read()
        pos = 0
        for k in quotes:
            t = k["text"]
            i = content.find(t, pos)
            if i < 0:
                i = content.find(t)
            if i < 0:
                print(f"score: warning: {art}: key text not found: {t[:60]!r}", file=sys.stderr)
                continue
            pos = i + 1
            located.append(dict(k, article=art, start=i, end=i + len(t)))
    return located


def match(keys, preds):
    by_article = defaultdict(list)
    for j, p in enumerate(preds):
        by_article[os.path.basename(p["article"])].append(j)
    pairs = {}
    used = set()
    for i, k in enumerate(keys):
        best, best_overlap = None, 0
        for j in by_article.get(k["article"], []):
            if j in used:
                continue
            p = preds[j]
            ov = min(k["end"], p["end"]) - max(k["start"], p["start"])
            if ov > best_overlap:
                best, best_overlap = j, ov
        if best is not None:
            used.add(best)
            pairs[i] = best
    return pairs


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    probe, binary = args[0], os.path.abspath(args[1])
    errors_file = args[args.index("--errors") + 1] if "--errors" in args else None
    json_file = args[args.index("--json") + 1] if "--json" in args else None
    with open(os.path.join(probe, "keys.json"), encoding="utf-8") as f:
        raw = json.load(f)
    keys_by_article = {a["article"]: a["quotes"] for a in raw}
    keys = locate(keys_by_article, probe)
    files = [os.path.join(probe, a) for a in keys_by_article]
    preds = run_json(binary, ["quotes", "--json"] + files)
    pairs = match(keys, preds)

    tp = len(pairs)
    precision = tp / len(preds) if preds else 0.0
    recall = tp / len(keys) if keys else 0.0

    spoken = [i for i in pairs if keys[i]["kind"] != "scare"]
    right = [i for i in spoken if speaker_ok(keys[i], preds[pairs[i]]["speaker"])]
    all_right = [i for i in pairs if speaker_ok(keys[i], preds[pairs[i]]["speaker"])]
    kinds_right = [i for i in pairs if keys[i]["kind"] == preds[pairs[i]]["kind"]]
    by_type = Counter()
    by_type_right = Counter()
    for i in spoken:
        t = keys[i].get("speaker_type") or "null"
        by_type[t] += 1
        if i in right:
            by_type_right[t] += 1
    kind_confusion = Counter((keys[i]["kind"], preds[pairs[i]]["kind"]) for i in pairs)

    # --speaker "FULL NAME" for everyone quoted four or more times.
    people = defaultdict(list)
    for i, k in enumerate(keys):
        if k.get("speaker_type") == "person" and k.get("person_id"):
            people[k["person_id"]].append(i)
    search_tp = search_ret = search_rel = 0
    search_rows = []
    matched_keys = {(k["article"], k["start"]): i for i, k in enumerate(keys)}
    for pid, idx in sorted(people.items()):
        if len(idx) < 4:
            continue
        name = Counter(keys[i]["speaker"] for i in idx).most_common(1)[0][0]
        got = run_json(binary, ["quotes", "--json", "--speaker", name] + files)
        hit = 0
        for g in got:
            art = os.path.basename(g["article"])
            owner = None
            for i in idx + [j for j in range(len(keys)) if keys[j]["article"] == art]:
                k = keys[i]
                if k["article"] == art and min(k["end"], g["end"]) > max(k["start"], g["start"]):
                    owner = i
                    break
            if owner is not None and keys[owner].get("person_id") == pid:
                hit += 1
        search_tp += hit
        search_ret += len(got)
        search_rel += len(idx)
        search_rows.append((pid, name, len(idx), len(got), hit))
    sp = search_tp / search_ret if search_ret else 0.0
    sr = search_tp / search_rel if search_rel else 0.0

    lines = []
    lines.append(f"probe: {probe}  articles: {len(keys_by_article)}  key quotes: {len(keys)}  predicted: {len(preds)}")
    lines.append(f"detection: P {precision:.3f}  R {recall:.3f}  F1 {f1(precision, recall):.3f}")
    exact = sum(1 for i in pairs if keys[i].get("multi_paragraph") or preds[pairs[i]]["text"] == keys[i]["text"])
    lines.append(f"exact quote text (multi-paragraph quotes by their first part): {exact}/{len(pairs)}")
    lines.append(f"speaker accuracy on detected non-scare quotes: {len(right)}/{len(spoken)} = "
                 f"{len(right) / len(spoken) if spoken else 0:.3f}")
    lines.append(f"speaker accuracy on all detected quotes: {len(all_right)}/{len(pairs)} = "
                 f"{len(all_right) / len(pairs) if pairs else 0:.3f}")
    for t in sorted(by_type):
        lines.append(f"  {t:13} {by_type_right[t]}/{by_type[t]}")
    lines.append(f"kind accuracy: {len(kinds_right)}/{len(pairs)} = {len(kinds_right) / len(pairs) if pairs else 0:.3f}")
    lines.append("  key->pred: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(kind_confusion.items())))
    lines.append(f"--speaker search (people quoted 4+ times: {len(search_rows)}): precision {sp:.3f}  recall {sr:.3f}")
    for pid, name, rel, ret, hit in search_rows:
        lines.append(f"  {name:28} key {rel:3}  returned {ret:3}  right {hit:3}")
    report = "\n".join(lines)
    print(report)

    if errors_file:
        with open(errors_file, "w", encoding="utf-8") as f:
            f.write(report + "\n\n")
            for i, k in enumerate(keys):
                where = f"{k['article']}@{k['start']}"
                if i not in pairs:
                    f.write(f"MISSED   {where} {k['text'][:70]!r} ({k['kind']}, {k.get('speaker')})\n")
                    continue
                p = preds[pairs[i]]
                if not speaker_ok(k, p["speaker"]) and k["kind"] != "scare":
                    f.write(f"SPEAKER  {where} {k['text'][:60]!r}\n         key {k.get('speaker')!r} "
                            f"({k.get('speaker_type')}) got {p['speaker']!r} via {p.get('via')}  [{k.get('note', '')}]\n")
                if not k.get("multi_paragraph") and p["text"] != k["text"]:
                    f.write(f"SPAN     {where} key {k['text'][:50]!r} got {p['text'][:50]!r}\n")
                if k["kind"] != p["kind"]:
                    f.write(f"KIND     {where} {k['text'][:60]!r} key {k['kind']} got {p['kind']}  [{k.get('note', '')}]\n")
            used = set(pairs.values())
            for j, p in enumerate(preds):
                if j not in used:
                    f.write(f"SPURIOUS {os.path.basename(p['article'])}@{p['start']} {p['text'][:70]!r}\n")
    if json_file:
        with open(json_file, "w", encoding="utf-8") as f:
            json.dump({"detection_f1": f1(precision, recall), "precision": precision, "recall": recall,
                       "speaker_accuracy": len(right) / len(spoken) if spoken else 0,
                       "kind_accuracy": len(kinds_right) / len(pairs) if pairs else 0,
                       "search_precision": sp, "search_recall": sr}, f, indent=1)


if __name__ == "__main__":
    main()
