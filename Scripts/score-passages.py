#!/usr/bin/env python3
"""Scores a preuve build on labelled passage files, as Tests/ClaimsTests/ClaimScoring.swift
does (indication, stance and basis class agree, and the intervention where the passage names
one; `oov:` expectations are not scored). For comparing builds (an older binary against the
current one) and for reading the misses of a new batch; the tests remain the authority.

    Scripts/score-passages.py [--preuve BIN] [--min-confidence X] [--misses] FILE.jsonl...
"""
import argparse, json, os, subprocess, sys, tempfile
from collections import defaultdict
from html import escape

def basis_class(b):
    if b in ("meta-analysis", "systematic-review", "hta-report", "rct", "controlled-study", "cohort", "case-control"): return "study"
    if b in ("case-series", "case-report", "expert-opinion"): return "weak-study"
    return "testimony" if b == "testimony" else "assertion"

def passage_file(p, d):
    if p.get("html") is not None:
        path = os.path.join(d, p["id"] + ".html")
        t = escape(p["title"], quote=False)
        body = f'<!doctype html><html lang="{p["lang"]}"><head><meta charset="utf-8"><title>{t}</title></head>\n<body><article><h1>{t}</h1>\n{p["html"]}\n</article></body></html>'
    else:
        path = os.path.join(d, p["id"] + ".txt")
        body = f'{p["title"]}\n\n{p.get("text") or ""}\n'
    with open(path, "w", encoding="utf-8") as f: f.write(body)
    return path

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--preuve", default=".build/debug/preuve")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--known-misses", metavar="FILE", help="write the passages still wrong as Tests/ClaimsTests/Passages/known-misses.tsv lines")
    a = ap.parse_args()
    passages = [json.loads(l) for f in a.files for l in open(f, encoding="utf-8") if l.strip()]
    found = defaultdict(list)
    with tempfile.TemporaryDirectory() as d:
        paths = {passage_file(p, d): p["id"] for p in passages}
        files = list(paths)
        for i in range(0, len(files), 200):
            out = subprocess.run([a.preuve, "claims", "--format", "jsonl"] + files[i:i + 200], capture_output=True, text=True)
            for line in out.stdout.splitlines():
                c = json.loads(line)
                if c.get("confidence", 1) >= a.min_confidence: found[paths.get(c["doc"], c["doc"])].append(c)
    by_lang, by_tag, misses = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0]), []
    for p in passages:
        exp = [e for e in p["expect"] if not e["indication"].startswith("oov:") and not (e.get("intervention") or "").startswith("oov:")]
        wi = any(e.get("intervention") for e in exp)
        E = {(e.get("intervention") if wi else None, e["indication"], e["stance"], basis_class(e["basis"])) for e in exp}
        F = {(c["intervention"] if wi else None, c["indication"], c["stance"], basis_class(c["basis"])) for c in found[p["id"]]}
        s = (len(E & F), len(F - E), len(E - F))
        for key, table in ((p["lang"], by_lang), ("all", by_lang)):
            table[key] = [x + y for x, y in zip(table[key], s)]
        for t in p.get("tags") or ["untagged"]: by_tag[t] = [x + y for x, y in zip(by_tag[t], s)]
        if E != F: misses.append((p["id"], sorted(E - F, key=str), sorted(F - E, key=str)))
    def line(tp, fp, fn):
        P = tp / (tp + fp) if tp + fp else 1.0
        R = tp / (tp + fn) if tp + fn else 1.0
        F1 = 2 * P * R / (P + R) if P + R else 0.0
        return f"P {P:.3f}  R {R:.3f}  F1 {F1:.3f}  (tp {tp}, fp {fp}, fn {fn})"
    print(f"{len(passages)} passages, {len(passages) - len(misses)} exactly right")
    for k in sorted(by_lang): print(f"{k:>12}: {line(*by_lang[k])}")
    for k in sorted(by_tag): print(f"tag {k:>12}: {line(*by_tag[k])}  errors {by_tag[k][1] + by_tag[k][2]}")
    if a.known_misses:
        with open(a.known_misses, "w", encoding="utf-8") as f:
            f.write("# Passages the rules still get wrong, with what they miss and what they add (regenerate with\n")
            f.write("# Scripts/score-passages.py --known-misses). A passage that starts passing must leave this list.\n")
            for pid, missing, extra in misses:
                m = ", ".join("/".join(str(x) for x in k if x) for k in missing) or "-"
                e = ", ".join("/".join(str(x) for x in k if x) for k in extra) or "-"
                f.write(f"{pid}\tmisses {m}; adds {e}\n")
    if a.misses:
        for pid, missing, extra in misses:
            print(f"{pid}: missing {['/'.join(str(x) for x in m) for m in missing]} extra {['/'.join(str(x) for x in e) for e in extra]}")

main()
