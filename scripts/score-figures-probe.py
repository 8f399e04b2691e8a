#!/usr/bin/env python3
"""Scores `newsroom figures --json` against a blind probe set.

    python3 scripts/score-figures-probe.py PROBE_DIR NEWSROOM_BINARY [--errors FILE]

PROBE_DIR/sentences.jsonl holds one JSON object per line:
    {"id", "sentence", "figures": [{"text", "kind", "value", "low", "high", "unit",
                                    "change", "from", "to", "counted"}]}

Each sentence becomes one article (a headline line without digits, a blank line,
the sentence as its paragraph), all in one temporary folder and one run of the
binary. Figures of the headline are dropped; the others' offsets are mapped back
to the sentence. A key figure is found in its sentence by its `text` (in order,
for repeated texts; then case-insensitively); a key whose text is not in the
sentence cannot be matched and is listed as such (it counts as missed).

Measures (each its own one-to-one matching, pairs taken by largest overlap):
  span      a predicted figure overlaps a key figure (P/R/F1)
  exact     the same span exactly (surrounding white space ignored)
  value     overlaps, and the value agrees within 1e-6 relative, or, where the key is
            written with two or more decimals (rounded: 0.3333, 18.0833), equals the key once
            rounded to as many decimals. When the key gives
            both `low` and `high` (a range), the prediction's low and high must
            agree instead. A key value of null (a vague amount) agrees only with a
            null prediction.
  value+unit    value, and the units agree after `norm_unit` (table below)
  value+change  value, and `change` agrees ("up", "down" or null; a prediction
                without the field has null)
Also: value accuracy (value agrees, among overlapping pairs), kind accuracy, and
from/to agreement where the key gives both.

The error listing (missed, spurious, wrong value, wrong unit, wrong change) goes to
FILE (default: figures-probe-errors.txt in the current folder).
"""
import json
from decimal import Decimal
import os
import subprocess
import sys
import tempfile

HEADLINE = "Probe sentence"

# Unit normalisation, applied to key and prediction alike: lower case, white space
# collapsed, then this table (spellings of one unit to one name); a rate "A/B" or
# "A per B" is normalised part by part. Anything not listed is compared as is.
UNIT_TABLE = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "percentage": "%",
    "percentage point": "pp", "percentage points": "pp", "pp": "pp", "point": "point", "points": "point",
    "basis point": "bp", "basis points": "bp", "bp": "bp", "bps": "bp",
    "$": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "usd": "usd",
    "€": "eur", "euro": "eur", "euros": "eur", "eur": "eur",
    "£": "gbp", "gbp": "gbp", "sterling": "gbp", "pound sterling": "gbp",
    "¥": "jpy", "yen": "jpy", "jpy": "jpy",
    "c": "c", "°c": "c", "celsius": "c", "degrees celsius": "c", "degree celsius": "c", "centigrade": "c",
    "f": "f", "°f": "f", "fahrenheit": "f", "degrees fahrenheit": "f", "degree fahrenheit": "f",
    "degree": "degree", "degrees": "degree", "°": "degree", "deg": "degree",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "km/hr": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "mph": "mph", "mile/h": "mph", "mile/hour": "mph", "miles per hour": "mph",
    "knot": "knot", "knots": "knot", "kt": "knot", "kn": "knot",
    "km": "km", "kilometre": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km",
    "m": "m", "metre": "m", "meter": "m", "metres": "m", "meters": "m",
    "cm": "cm", "mm": "mm", "mile": "mile", "miles": "mile", "mi": "mile",
    "ft": "ft", "foot": "ft", "feet": "ft", "′": "ft",
    "inch": "inch", "inches": "inch", "in": "inch", "″": "inch", '"': "inch",
    "yard": "yard", "yards": "yard", "yd": "yard",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "g": "g", "gram": "g", "grams": "g", "mg": "mg",
    "lb": "lb", "lbs": "lb", "pound (weight)": "lb",
    "oz": "oz", "ounce": "oz", "ounces": "oz",
    "tonne": "tonne", "tonnes": "tonne", "t": "tonne", "metric ton": "tonne", "metric tons": "tonne",
    "ton": "ton", "tons": "ton",
    "l": "l", "litre": "l", "liter": "l", "litres": "l", "liters": "l", "ml": "ml",
    "gallon": "gallon", "gallons": "gallon", "gal": "gallon",
    "barrel": "barrel", "barrels": "barrel", "bbl": "barrel", "bpd": "barrel/day",
    "ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "sq km": "km2", "km2": "km2", "km²": "km2", "square kilometre": "km2", "square kilometres": "km2",
    "square kilometer": "km2", "square kilometers": "km2",
    "sq m": "m2", "m2": "m2", "m²": "m2", "square metre": "m2", "square metres": "m2", "square meter": "m2",
    "square meters": "m2",
    "cubic m": "m3", "m3": "m3", "m³": "m3", "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3",
    "cubic meters": "m3",
    "tsp": "tsp", "teaspoon": "tsp", "teaspoons": "tsp", "tbsp": "tbsp", "tablespoon": "tbsp",
    "tablespoons": "tbsp", "cup": "cup", "cups": "cup",
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms",
    "au": "au", "astronomical unit": "au", "astronomical units": "au",
    "revolutions per minute": "rpm",
    "sq ft": "ft2", "ft2": "ft2", "ft²": "ft2", "square foot": "ft2", "square feet": "ft2",
    "sq mile": "mile2", "square mile": "mile2", "square miles": "mile2", "mile2": "mile2", "mi2": "mile2",
    "second": "second", "seconds": "second", "s": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "h": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "w": "w", "watt": "w", "watts": "w", "kw": "kw", "mw": "mw", "megawatt": "mw", "megawatts": "mw",
    "gw": "gw", "kwh": "kwh", "mwh": "mwh", "gwh": "gwh", "twh": "twh",
    "hp": "hp", "horsepower": "hp", "ps": "ps", "rpm": "rpm",
    "hz": "hz", "khz": "khz", "mhz": "mhz", "ghz": "ghz",
    "μm": "um", "µm": "um", "um": "um", "micrometre": "um", "micrometer": "um", "micron": "um", "microns": "um",
    "mpa": "mpa", "ksi": "ksi", "mah": "mah", "ppm": "ppm", "ppb": "ppb",
    "lb-ft": "lb-ft", "lb ft": "lb-ft", "pound-feet": "lb-ft", "pound-foot": "lb-ft",
    "gb": "gb", "tb": "tb", "mb": "mb", "db": "db", "decibel": "db", "decibels": "db",
    "kcal": "kcal", "calorie": "kcal", "calories": "kcal",
    "person": "person", "people": "person",
}

RATE_WORDS = (" per ", " a ", " an ", " each ")


def norm_unit(u):
    if u is None:
        return None
    s = " ".join(str(u).strip().lower().split())
    if s == "":
        return None
    if s in UNIT_TABLE:
        return UNIT_TABLE[s]
    if "/" in s:
        parts = s.split("/")
        if len(parts) == 2 and parts[0] and parts[1]:
            return norm_unit(parts[0]) + "/" + norm_unit(parts[1])
    for w in RATE_WORDS:
        if w in s:
            a, b = s.split(w, 1)
            return norm_unit(a) + "/" + norm_unit(b)
    return s


def key_decimals(k):
    """Decimal places the key number is written with (0.3333 -> 4; 1370000000.0 -> 0)."""
    exponent = Decimal(repr(float(k))).normalize().as_tuple().exponent
    return -exponent if exponent < 0 else 0


def close(a, k):
    """Prediction `a` agrees with key number `k`: within 1e-6 relative, or, for a key written
    with two or more decimals (keys round thirds and sixtieths: 0.3333, 18.0833), equal once
    rounded to the key's decimals."""
    if a is None or k is None:
        return a is None and k is None
    try:
        a, k = float(a), float(k)
    except (TypeError, ValueError):
        return False
    if abs(a - k) <= 1e-6 * max(abs(a), abs(k), 1e-12):
        return True
    d = key_decimals(k)
    return d >= 2 and abs(round(a, d) - k) <= 1e-9 * max(abs(k), 1.0)


def is_range(k):
    return k.get("low") is not None and k.get("high") is not None


def value_ok(p, k):
    if is_range(k):
        return close(p.get("low"), k.get("low")) and close(p.get("high"), k.get("high"))
    return close(p.get("value"), k.get("value"))


def unit_ok(p, k):
    return norm_unit(p.get("unit")) == norm_unit(k.get("unit"))


def change_ok(p, k):
    return (p.get("change") or None) == (k.get("change") or None)


def locate(sentence, keys):
    """Spans of the key figures in the sentence (None where the text is not there)."""
    spans = []
    next_from = {}
    for k in keys:
        text = (k.get("text") or "").strip()
        span = None
        if text:
            start = next_from.get(text, 0)
            i = sentence.find(text, start)
            if i < 0:
                i = sentence.find(text)
            if i < 0:
                i = sentence.lower().find(text.lower())
            if i >= 0:
                span = (i, i + len(text))
                next_from[text] = i + 1
        spans.append(span)
    return spans


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(preds, keys, ok):
    """One-to-one pairs of overlapping (pred, key) satisfying ok, largest overlap first."""
    cands = []
    for i, p in enumerate(preds):
        for j, k in enumerate(keys):
            if k["span"] is None:
                continue
            o = overlap(p["span"], k["span"])
            if o > 0 and ok(p, k):
                cands.append((-o, i, j))
    cands.sort()
    used_p, used_k, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_p or j in used_k:
            continue
        used_p.add(i)
        used_k.add(j)
        pairs.append((i, j))
    return pairs


def prf(tp, npred, nkey):
    p = tp / npred if npred else 0.0
    r = tp / nkey if nkey else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run(probe_dir, binary):
    with open(os.path.join(probe_dir, "sentences.jsonl"), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    offset = len(HEADLINE) + 2
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, item in enumerate(items):
            # One scalar for one: a line break would split the paragraph, a space keeps every offset.
            body = item["sentence"].replace("\r", " ").replace("\n", " ")
            path = os.path.join(tmp, "s%05d.txt" % n)
            with open(path, "w", encoding="utf-8") as out:
                out.write(HEADLINE + "\n\n" + body + "\n")
            paths.append(path)
        proc = subprocess.run([binary, "figures", "--json"] + paths, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit("newsroom figures failed (%d): %s" % (proc.returncode, proc.stderr.strip()))
        records = json.loads(proc.stdout)
    by_path = {}
    for r in records:
        by_path.setdefault(r["article"], []).append(r)
    return items, paths, by_path, offset


def score(probe_dir, binary, errors_path):
    items, paths, by_path, offset = run(probe_dir, binary)
    measures = {m: [0, 0, 0] for m in ("span", "exact", "value", "value+unit", "value+change")}
    overlapping = value_right = kind_right = 0
    fromto_total = fromto_right = 0
    unlocated = []
    errors = {"missed": [], "spurious": [], "wrong value": [], "wrong unit": [], "wrong change": []}
    for item, path in zip(items, paths):
        sentence = item["sentence"]
        keys = [dict(k) for k in item.get("figures", [])]
        for k, span in zip(keys, locate(sentence, keys)):
            k["span"] = span
            if span is None:
                unlocated.append((item.get("id"), k.get("text")))
        preds = []
        for r in by_path.get(path, []):
            if r["start"] < offset:
                continue
            p = dict(r)
            p["span"] = (r["start"] - offset, r["end"] - offset)
            preds.append(p)
        npred, nkey = len(preds), len(keys)
        tests = {
            "span": lambda p, k: True,
            "exact": lambda p, k: sentence[p["span"][0]:p["span"][1]].strip() == sentence[k["span"][0]:k["span"][1]].strip(),
            "value": value_ok,
            "value+unit": lambda p, k: value_ok(p, k) and unit_ok(p, k),
            "value+change": lambda p, k: value_ok(p, k) and change_ok(p, k),
        }
        for name, ok in tests.items():
            tp = len(match(preds, keys, ok))
            m = measures[name]
            m[0] += tp
            m[1] += npred
            m[2] += nkey
        pairs = match(preds, keys, lambda p, k: True)
        paired_p = {i for i, _ in pairs}
        paired_k = {j for _, j in pairs}
        sid = item.get("id")

        def show(f):
            parts = ["%r" % sentence[f["span"][0]:f["span"][1]] if f.get("span") else "%r" % f.get("text")]
            parts.append(str(f.get("kind")))
            if is_range(f):
                parts.append("%s–%s" % (f.get("low"), f.get("high")))
            else:
                parts.append("value=%s" % f.get("value"))
                if f.get("low") is not None:
                    parts.append("low=%s" % f.get("low"))
                if f.get("high") is not None:
                    parts.append("high=%s" % f.get("high"))
            parts.append("unit=%s" % f.get("unit"))
            parts.append("change=%s" % f.get("change"))
            if f.get("from") is not None or f.get("to") is not None:
                parts.append("from=%s to=%s" % (f.get("from"), f.get("to")))
            if f.get("counted"):
                parts.append("counted=%r" % f.get("counted"))
            return " ".join(parts)

        for j, k in enumerate(keys):
            if j not in paired_k:
                errors["missed"].append("[%s] %s\n    key  %s" % (sid, sentence, show(k)))
        for i, p in enumerate(preds):
            if i not in paired_p:
                errors["spurious"].append("[%s] %s\n    got  %s" % (sid, sentence, show(p)))
        for i, j in pairs:
            p, k = preds[i], keys[j]
            overlapping += 1
            if p.get("kind") == k.get("kind"):
                kind_right += 1
            line = "[%s] %s\n    key  %s\n    got  %s" % (sid, sentence, show(k), show(p))
            if not value_ok(p, k):
                errors["wrong value"].append(line)
                continue
            value_right += 1
            if not unit_ok(p, k):
                errors["wrong unit"].append(line + "\n    (units %r vs %r)" % (norm_unit(k.get("unit")), norm_unit(p.get("unit"))))
            if not change_ok(p, k):
                errors["wrong change"].append(line)
            if k.get("from") is not None and k.get("to") is not None:
                fromto_total += 1
                if close(p.get("from"), k.get("from")) and close(p.get("to"), k.get("to")):
                    fromto_right += 1

    lines = []
    lines.append("probe: %s (%d sentences, %d key figures)" % (probe_dir.rstrip("/"), len(items),
                                                                  measures["span"][2]))
    lines.append("binary: %s" % binary)
    lines.append("")
    lines.append("%-14s %7s %7s %7s   (tp / predicted / key)" % ("measure", "P", "R", "F1"))
    for name, (tp, npred, nkey) in measures.items():
        p, r, f = prf(tp, npred, nkey)
        lines.append("%-14s %7.3f %7.3f %7.3f   (%d / %d / %d)" % (name, p, r, f, tp, npred, nkey))
    lines.append("")
    if overlapping:
        lines.append("value accuracy on overlapping pairs: %.3f (%d / %d)" % (value_right / overlapping, value_right, overlapping))
        lines.append("kind accuracy on overlapping pairs:  %.3f (%d / %d)" % (kind_right / overlapping, kind_right, overlapping))
    if fromto_total:
        lines.append("from/to right where the key gives both (value right): %d / %d" % (fromto_right, fromto_total))
    lines.append("errors: " + ", ".join("%s %d" % (k, len(v)) for k, v in errors.items()) + " (listed in %s)" % errors_path)
    if unlocated:
        lines.append("key figures whose text is not in their sentence (counted as missed): %d" % len(unlocated))
        for sid, text in unlocated:
            lines.append("  [%s] %r" % (sid, text))
    report = "\n".join(lines) + "\n"
    with open(errors_path, "w", encoding="utf-8") as out:
        for name, entries in errors.items():
            out.write("## %s (%d)\n\n" % (name, len(entries)))
            for e in entries:
                out.write(e + "\n\n")
    return report


def main(argv):
    args = argv[1:]
    errors_path = "figures-probe-errors.txt"
    if "--errors" in args:
        i = args.index("--errors")
        if i + 1 >= len(args):
            sys.exit(__doc__)
        errors_path = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    sys.stdout.write(score(args[0], args[1], errors_path))


if __name__ == "__main__":
    main(sys.argv)
