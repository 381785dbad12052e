#!/usr/bin/env python3
"""Scores a preuve build on labelled passage files, as Tests/ClaimsTests/ClaimScoring.swift
does (indication, stance and basis class agree, and the intervention where the passage names
one; `oov:` expectations are not scored, unless a `--lexicon` or `--resolve` vocabulary names them). For comparing builds (an older binary against the
current one) and for reading the misses of a new batch; the tests remain the authority.

    Scripts/score-passages.py [--preuve BIN] [--min-confidence X] [--misses] [--ids REGEX] [--head N] FILE.jsonl...
    Scripts/score-passages.py --preuve BIN --against OLDER_BIN [--seed N] FILE.jsonl...   # the difference, with 95% intervals
"""
import argparse, json, os, subprocess, sys, tempfile
from collections import Counter, defaultdict
from html import escape

def fold(name):
    import unicodedata, re
    n = unicodedata.normalize("NFD", name.lower())
    n = "".join(c for c in n if unicodedata.category(c) != "Mn")
    return " ".join(w for w in re.split(r"[^0-9a-z]+", n) if w)

CONDITION_TYPES = {"condition", "symptom"}

def names(paths):
    """Folded name -> id for indications and for interventions (rows typed `condition` or
    `symptom` are indications, other typed rows interventions), the ids, and each id's parents,
    of vocabulary files (`--lexicon` files with an `id` header)."""
    out = {"indication": {}, "intervention": {}}
    ids, parents = set(), {}
    for path in paths:
        lines = open(path, encoding="utf-8").read().splitlines()
        if not lines or not lines[0].startswith("id\t"): continue
        head = lines[0].split("\t")
        col = {h: i for i, h in enumerate(head)}
        for line in lines[1:]:
            f = line.split("\t")
            if len(f) < 3: continue
            ids.add(f[0])
            kind = "indication" if "type" not in col or f[col["type"]] in CONDITION_TYPES else "intervention"
            if "parents" in col and col["parents"] < len(f) and f[col["parents"]]:
                parents.setdefault(f[0], set()).update(f[col["parents"]].split("|"))
            forms = [f[0].replace("-", " ")] + [f[col[c]] for c in ("label_en", "label_fr") if c in col and col[c] < len(f)]
            for c in ("synonyms_en", "synonyms_fr"):
                if c in col and col[c] < len(f): forms += f[col[c]].split("|")
            for form in forms:
                if form: out[kind].setdefault(fold(form), f[0])
    return out, ids, parents

def ancestors(concept, parents):
    """The concepts above `concept` in the vocabulary's hierarchy."""
    seen, todo = set(), [concept]
    while todo:
        for q in parents.get(todo.pop(), ()):
            if q not in seen: seen.add(q); todo.append(q)
    return seen

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

def error_components(missing, extra):
    """Pairs each missed claim with an added one on the same sides (or the same intervention),
    so that one wrong field counts once: `stance`, `basis`, `stance+basis`, `indication`; what
    stays unpaired is `missed` or `added`."""
    # (Sorted: the pairing must not depend on the order a set iterates in, which varies run to run.)
    missing, extra, out = sorted(missing, key=str), sorted(extra, key=str), Counter()
    for same in (lambda m, e: m[:2] == e[:2], lambda m, e: m[0] == e[0] and m[2:] == e[2:], lambda m, e: m[0] == e[0]):
        for m in list(missing):
            e = next((e for e in extra if same(m, e)), None)
            if e is None: continue
            missing.remove(m); extra.remove(e)
            if m[:2] != e[:2]: out["indication" if m[2:] == e[2:] else "indication+other"] += 1
            else: out["+".join(k for k, i in (("stance", 2), ("basis", 3)) if m[i] != e[i])] += 1
    out["missed"] += len(missing); out["added"] += len(extra)
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--preuve", default=".build/debug/preuve")
    ap.add_argument("--min-confidence", type=float, default=None, help="passed to `preuve claims`: the claims at or above this confidence, wide ones included (0 shows all); by default the build's own thresholds")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--resolve", action="append", default=[], help="a vocabulary file to resolve expected ids by name, without passing it to preuve")
    ap.add_argument("--lexicon", action="append", default=[], help="a lexicon or vocabulary file passed to `preuve claims`; expected ids it does not have are resolved by name in it")
    ap.add_argument("--components", action="store_true", help="count the errors by what is wrong: stance, basis, indication, a claim added or missed")
    ap.add_argument("--hierarchy", action="store_true", help="a found side narrower than the expected one counts as it (a claim on major depression is one that `preuve query depression` shows); strict by default")
    ap.add_argument("--by", metavar="FAMILY", help="precision of the claims found, by a family of their confidence cue (`indication` for where the indication came from, `stance-rule`, `basis-rule`, `kind`...)")
    ap.add_argument("--known-misses", metavar="FILE", help="write the passages still wrong as Tests/ClaimsTests/Passages/known-misses.tsv lines")
    ap.add_argument("--ids", metavar="REGEX", help="score only the passages whose id matches (from its start): a session's batches, `'(sh[U-Z]|si[A-I])-'`")
    ap.add_argument("--head", type=int, metavar="N", help="score only the first N passages of the files (the frozen sets' earlier sessions: `--head 827` on realtext-test.jsonl)")
    ap.add_argument("--against", metavar="BIN", help="a second build: the differences (--preuve's build minus this one) in F1, precision and passages with a correct claim, with 95%% intervals from a paired bootstrap over the passages")
    ap.add_argument("--seed", type=int, default=1, help="the bootstrap's seed (printed), to replay it")
    ap.add_argument("--annotations", metavar="FILE", help="score a second annotator's claims (`id` and `expect` lines, Passages/agreement/) instead of a build, on the passages it annotated; its `oov:` sides are dropped, as a build cannot give them")
    a = ap.parse_args()
    passages = [json.loads(l) for f in a.files for l in open(f, encoding="utf-8") if l.strip()]
    if a.head is not None: passages = passages[:a.head]
    if a.ids:
        import re
        passages = [p for p in passages if re.match(a.ids, p["id"])]
    found = defaultdict(list)
    if a.annotations:
        second = {q["id"]: q["expect"] for q in (json.loads(l) for l in open(a.annotations, encoding="utf-8") if l.strip())}
        passages = [p for p in passages if p["id"] in second]
        for p in passages:
            found[p["id"]] = [dict(c, intervention=c.get("intervention") or None) for c in second[p["id"]]
                              if not c["indication"].startswith("oov:") and not (c.get("intervention") or "").startswith("oov:")]
    else:
        run_build(a, passages, found)
    report(a, passages, found)
    if a.against:
        other = defaultdict(list)
        run_build(a, passages, other, preuve=a.against)
        compare(a, passages, found, other)

def claim_keys(expect, claims):
    """The expected and the found claims of a passage as the scoring compares them: intervention
    (where the passage names one), indication, stance and basis class; `oov:` expectations left
    out (a build cannot give them)."""
    exp = [e for e in expect if not e["indication"].startswith("oov:") and not (e.get("intervention") or "").startswith("oov:")]
    wi = any(e.get("intervention") for e in exp)
    E = {(e.get("intervention") if wi else None, e["indication"], e["stance"], basis_class(e["basis"])) for e in exp}
    F = {(c["intervention"] if wi else None, c["indication"], c["stance"], basis_class(c["basis"])) for c in claims}
    return E, F, wi

def passage_counts(p, claims):
    """(tp, fp, fn, holds a claim, at least one found) of one passage, as `report` counts them
    (without --hierarchy or vocabulary resolution)."""
    E, F, _ = claim_keys(p["expect"], claims)
    return (len(E & F), len(F - E), len(E - F), 1 if E else 0, 1 if E & F else 0)

def summary(rows):
    tp, fp, fn, holds, hit = (sum(r[i] for r in rows) for i in range(5))
    P = tp / (tp + fp) if tp + fp else 1.0
    R = tp / (tp + fn) if tp + fn else 1.0
    return (2 * P * R / (P + R) if P + R else 0.0), P, hit

def compare(a, passages, found, other):
    """Paired bootstrap over passages: how much of the difference between two builds a
    different draw of passages of the same kind would keep."""
    import random
    mine = [passage_counts(p, found[p["id"]]) for p in passages]
    theirs = [passage_counts(p, other[p["id"]]) for p in passages]
    point = [x - y for x, y in zip(summary(mine), summary(theirs))]
    rng = random.Random(a.seed)
    draws = []
    for _ in range(2000):
        idx = [rng.randrange(len(passages)) for _ in passages]
        draws.append([x - y for x, y in zip(summary([mine[i] for i in idx]), summary([theirs[i] for i in idx]))])
    print(f"against {a.against} (paired bootstrap over {len(passages)} passages, 2000 draws, --seed {a.seed}):")
    for k, name in enumerate(("F1", "precision", "passages with a correct claim")):
        col = sorted(d[k] for d in draws)
        lo, hi = col[int(0.025 * len(col))], col[int(0.975 * len(col)) - 1]
        fmt = (lambda v: f"{v:+.0f}") if k == 2 else (lambda v: f"{v:+.3f}")
        print(f"  {name}: {fmt(point[k])}  (95% interval {fmt(lo)} to {fmt(hi)})")

def run_build(a, passages, found, preuve=None):
    with tempfile.TemporaryDirectory() as d:
        paths = {passage_file(p, d): p["id"] for p in passages}
        files = list(paths)
        for i in range(0, len(files), 200):
            extra = [x for path in a.lexicon for x in ("--lexicon", path)]
            if a.min_confidence is not None: extra += ["--min-confidence", str(a.min_confidence)]
            out = subprocess.run([preuve or a.preuve, "claims", "--format", "jsonl"] + extra + files[i:i + 200], capture_output=True, text=True)
            for line in out.stdout.splitlines():
                c = json.loads(line)
                found[paths.get(c["doc"], c["doc"])].append(c)

def report(a, passages, found):
    by_lang, by_tag, misses = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0]), []
    vocab, vocab_ids, parents = names(a.lexicon + a.resolve)
    def resolve(x, kind):
        # An `oov:` side names a concept the bundled vocabulary lacks: with a vocabulary that
        # has it (the wide one), it is scored as that concept; otherwise it stays unscored. A
        # name is looked up among the concepts of its side (indications or interventions).
        if x.startswith("oov:"): return vocab[kind].get(fold(x[4:]), x) if vocab_ids else x
        if not vocab_ids or x == "general": return x
        return vocab[kind].get(fold(x.replace("-", " ")), x if x in vocab_ids else vocab["intervention" if kind == "indication" else "indication"].get(fold(x.replace("-", " ")), x))
    def as_expected(found, expected):
        """The found claims' keys, with a side narrower than an expected claim's side on the
        same other fields replaced by it (`--hierarchy`)."""
        if not a.hierarchy: return found
        out = set()
        for f in found:
            if f in expected: out.add(f); continue
            match = next((e for e in expected if e[2:] == f[2:]
                          and (f[0] == e[0] or (e[0] and e[0] in ancestors(f[0] or "", parents)))
                          and (f[1] == e[1] or e[1] in ancestors(f[1], parents))), None)
            out.add(match or f)
        return out
    components = Counter()
    by_source = defaultdict(lambda: [0, 0])  # source -> [right, wrong]
    some_claim = [0, 0]  # passages with an expected claim, of which at least one is found
    for p in passages:
        resolved = [dict(e, indication=resolve(e["indication"], "indication"), intervention=resolve(e.get("intervention") or "", "intervention") or None)
                    for e in p["expect"]]
        E, F, wi = claim_keys(resolved, found[p["id"]])
        F = as_expected(F, E)
        s = (len(E & F), len(F - E), len(E - F))
        if E:
            some_claim[0] += 1
            some_claim[1] += 1 if E & F else 0
        for key, table in ((p["lang"], by_lang), ("all", by_lang)):
            table[key] = [x + y for x, y in zip(table[key], s)]
        for t in p.get("tags") or ["untagged"]: by_tag[t] = [x + y for x, y in zip(by_tag[t], s)]
        components.update(error_components(E - F, F - E))
        for c in found[p["id"]]:
            key = (c["intervention"] if wi else None, c["indication"], c["stance"], basis_class(c["basis"]))
            rule = next((x["rule"] for x in c.get("cues", []) if x.get("role") == "confidence"), "")
            source = next((f.split("=", 1)[1] for f in rule.removeprefix("from how it was found: ").split("; ") if f.startswith(f"{a.by}=")), "?")
            by_source[source][0 if as_expected({key}, E) <= E else 1] += 1
        if E != F: misses.append((p["id"], sorted(E - F, key=str), sorted(F - E, key=str)))
    def line(tp, fp, fn):
        P = tp / (tp + fp) if tp + fp else 1.0
        R = tp / (tp + fn) if tp + fn else 1.0
        F1 = 2 * P * R / (P + R) if P + R else 0.0
        return f"P {P:.3f}  R {R:.3f}  F1 {F1:.3f}  (tp {tp}, fp {fp}, fn {fn})"
    print(f"{len(passages)} passages, {len(passages) - len(misses)} exactly right; "
          f"at least one correct claim in {some_claim[1]} of the {some_claim[0]} passages that hold one")
    for k in sorted(by_lang): print(f"{k:>12}: {line(*by_lang[k])}")
    for k in sorted(by_tag): print(f"tag {k:>12}: {line(*by_tag[k])}  errors {by_tag[k][1] + by_tag[k][2]}")
    if a.components:
        print("errors by component: " + ", ".join(f"{k} {v}" for k, v in components.most_common()))
    if a.by:
        for k, (right, wrong) in sorted(by_source.items(), key=lambda kv: -sum(kv[1])):
            print(f"{a.by} {k:>28}: {right + wrong:4} claims, {wrong:4} wrong, precision {right / (right + wrong):.3f}")
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

if __name__ == "__main__":
    main()
