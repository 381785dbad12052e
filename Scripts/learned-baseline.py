#!/usr/bin/env python3
"""A learned baseline for claims (twenty-second session, an experiment, not part of the build):
what a trained extractor does on the labelled passages, in k-fold cross-validation by passage.

Modes (`--mode`):
- `words`: candidates are the (intervention, indication) pairs of a passage where the indication
  is named in a sentence (or the title) and the intervention in the same sentence or is the
  passage's main one (most named), plus (intervention, general); features are the words and
  word pairs of the sentences naming them (names masked) and where each side was named.
- `rules`: candidates are the pairs of the build's claims (`--preuve BIN`, every claim:
  `--min-confidence 0`); features are the claims the build makes on the pair (stance, basis
  class, confidence in tenths).
- `hybrid`: both candidate sets and both feature sets.
Each candidate x stance x basis class is a binary decision (logistic regression, numpy); the
claims above a threshold are scored as Scripts/score-passages.py scores a build.

    Scripts/learned-baseline.py --mode rules --preuve BIN --folds 3 Tests/ClaimsTests/Passages/realtext-dev.jsonl
"""
import argparse, collections, importlib.util, json, os, random, re
import numpy as np
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("sp", os.path.join(ROOT, "Scripts/score-passages.py")); sp = importlib.util.module_from_spec(spec); spec.loader.exec_module(sp)
D = os.path.join(ROOT, "Sources/Lexicon/Data/")

def fold(t):
    """The folded words of `t`, as the scorer folds names."""
    return sp.fold(t).split()

def vocab():
    names = {}  # tuple(tokens) -> (kind, id)
    def add(kind, cid, n):
        toks = tuple(fold(n))
        if toks and "*" not in n and len(toks) <= 6 and not (len(toks) == 1 and len(toks[0]) <= 2): names.setdefault(toks, (kind, cid))
    for fn in ("indications.tsv", "concepts.tsv"):
        rows = [l.rstrip("\n").split("\t") for l in open(D + fn, encoding="utf-8") if not l.startswith("#")]
        col = {h: i for i, h in enumerate(rows[0])}
        for f in rows[1:]:
            if len(f) < 4: continue
            if "group" in col and col["group"] < len(f) and f[col["group"]] == "yes": continue
            kind = "indication" if f[col["type"]] in ("condition", "symptom") else "intervention"
            for c in ("label_en", "label_fr", "synonyms_en", "synonyms_fr"):
                if c in col and col[c] < len(f):
                    for n in f[col[c]].split("|"): add(kind, f[0], n)
    for fn in ("interventions.tsv", "recognized.tsv"):
        for l in open(D + fn, encoding="utf-8"):
            if l.startswith("#") or not l.strip(): continue
            f = l.rstrip("\n").split("\t")
            if len(f) >= 3 and f[0] in ("indication", "intervention"):
                for n in f[2].split("|"): add(f[0], f[1], n)
    return names

NAMES = vocab()

def text_of(p):
    t = p.get("text")
    if t is None:
        h = p["html"]
        h = re.sub(r"</(p|li|h[1-6]|div|blockquote)>", "\n", h)
        t = re.sub(r"<[^>]+>", " ", h)
    return t

def sentences(t):
    out = []
    for para in t.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", para):
            if s.strip(): out.append(s.strip())
    return out

def mentions(toks):
    found = []
    i = 0
    while i < len(toks):
        for n in range(min(6, len(toks) - i), 0, -1):
            k = tuple(toks[i:i + n])
            if k in NAMES:
                found.append((i, i + n, NAMES[k])); i += n - 1; break
        i += 1
    return found

def candidates(p):
    title = fold(p["title"])
    sents = [fold(s) for s in sentences(text_of(p))]
    tm = mentions(title)
    count = collections.Counter()
    per = []
    for s in [title] + sents:
        m = mentions(s); per.append((s, m))
        for _, _, (k, cid) in m:
            if k == "intervention": count[cid] += 1
    main = count.most_common(1)[0][0] if count else None
    title_ind = [cid for _, _, (k, cid) in tm if k == "indication"]
    feats = collections.defaultdict(collections.Counter)
    for si, (s, m) in enumerate(per):
        ivs = [cid for _, _, (k, cid) in m if k == "intervention"]
        ids = [cid for _, _, (k, cid) in m if k == "indication"]
        masked = list(s)
        for a, b, (k, cid) in m:
            for j in range(a, b): masked[j] = "_I_" if k == "intervention" else "_D_"
        words = [w for j, w in enumerate(masked) if j == 0 or w != masked[j - 1] or w not in ("_I_", "_D_")]
        bag = collections.Counter(words) + collections.Counter(" ".join(x) for x in zip(words, words[1:]))
        pairs = []
        for iv in (ivs or ([main] if main else [])):
            for d in (ids or (title_ind if si > 0 else [])):
                pairs.append((iv, d, "iv-in" if ivs else "iv-main", "d-in" if ids else "d-title"))
            if not ids: pairs.append((iv, "general", "iv-in" if ivs else "iv-main", "d-none"))
        for iv, d, a, b in pairs:
            f = feats[(iv, d)]
            for w, c in bag.items(): f["w=" + w] = 1
            f[a] = 1; f[b] = 1; f["title" if si == 0 else "body"] = 1
            if iv == main: f["main"] = 1
    return feats

STANCES = ("supports", "refutes", "uncertain")
BASES = ("study", "weak-study", "testimony", "assertion")
LABELS = [(s, b) for s in STANCES for b in BASES]

_fc = importlib.util.spec_from_file_location("fc", os.path.join(ROOT, "Scripts/fit-confidence.py")); fc = importlib.util.module_from_spec(_fc); _fc.loader.exec_module(fc)
RULES = {}
def load_rules(bin_, passages):
    """Every claim the build makes on the passages (`fit-confidence.py`'s run of `preuve claims`)."""
    for pid, claims in fc.claims_of(bin_, passages).items():
        RULES[pid] = [(c["intervention"], c["indication"], c["stance"], sp.basis_class(c["basis"]), c["confidence"]) for c in claims]

def expected_keys(p):
    """The passage's expected claims as the scorer keys them, `oov:` sides left out."""
    return {(e.get("intervention"), e["indication"], e["stance"], sp.basis_class(e["basis"])) for e in p["expect"]
            if not e["indication"].startswith("oov:") and not (e.get("intervention") or "").startswith("oov:")}

MODE = "hybrid"
def build(passages):
    rows = []
    for p in passages:
        exp = expected_keys(p)
        cands = candidates(p) if MODE != "rules" else collections.defaultdict(collections.Counter)
        if MODE != "words":
            for (iv, d, st, bc, conf) in RULES.get(p["id"], []):
                f = cands[(iv, d)]
                f["rule"] = 1; f[f"rule={st}/{bc}"] = 1; f[f"rule-stance={st}"] = 1; f[f"rule-basis={bc}"] = 1
                f[f"rule-conf>={int(conf * 10)}"] = 1
                f[f"rule-conf={st}/{bc}/{int(conf * 5)}"] = 1
        for (iv, d), f in cands.items():
            rows.append((p["id"], iv, d, f, {(s, b) for (i2, d2, s, b) in exp if i2 == iv and d2 == d}))
    return rows

def fit_predict(train, test, l2=1.0, it=600, rate=1.0, minc=2):
    vocab_c = collections.Counter(k for r in train for k in r[3])
    keys = [k for k, c in vocab_c.items() if c >= minc]; ix = {k: i for i, k in enumerate(keys)}
    def X(rows):
        m = np.zeros((len(rows), len(keys) + 1), dtype=np.float32); m[:, -1] = 1
        for i, r in enumerate(rows):
            for k in r[3]:
                j = ix.get(k)
                if j is not None: m[i, j] = 1
        return m
    Xtr, Xte = X(train), X(test)
    Y = np.array([[1.0 if l in r[4] else 0.0 for l in LABELS] for r in train], dtype=np.float32)
    W = np.zeros((Xtr.shape[1], len(LABELS)), dtype=np.float32)
    reg = np.full((Xtr.shape[1], 1), l2, dtype=np.float32); reg[-1] = 0
    for _ in range(it):
        P = 1 / (1 + np.exp(-(Xtr @ W)))
        W -= rate * (Xtr.T @ (P - Y) + reg * W) / len(Y)
    return 1 / (1 + np.exp(-(Xte @ W)))

def score(rows, probs, passages, t):
    expected = {p["id"]: expected_keys(p) for p in passages}
    found = collections.defaultdict(set)
    for r, pr in zip(rows, probs):
        for l, q in zip(LABELS, pr):
            if q >= t: found[r[0]].add((r[1], r[2], l[0], l[1]))
    tp = fp = fn = 0; hold = cov = 0
    for pid, E in expected.items():
        F = found[pid]; tp += len(E & F); fp += len(F - E); fn += len(E - F)
        if E: hold += 1; cov += bool(E & F)
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn)
    return P, R, 2 * P * R / max(1e-9, P + R), cov, hold

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("files", nargs="+"); ap.add_argument("--test", nargs="*", default=[]); ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--preuve"); ap.add_argument("--mode", default="hybrid")
    a = ap.parse_args()
    global MODE; MODE = a.mode
    passages = [json.loads(l) for f in a.files for l in open(f, encoding="utf-8") if l.strip()]
    if a.preuve: load_rules(a.preuve, passages + ([json.loads(l) for f in a.test for l in open(f, encoding="utf-8") if l.strip()] if a.test else []))
    rows = build(passages)
    ub = collections.Counter()
    for r in rows: ub["cand"] += 1; ub["pos"] += bool(r[4])
    covered = sum(len(r[4]) for r in rows)
    allexp = sum(len(expected_keys(p)) for p in passages)
    print(f"{len(passages)} passages, {ub['cand']} candidate pairs, {ub['pos']} with a claim; candidate recall {covered}/{allexp} = {covered/allexp:.3f}")
    if a.test:
        test_p = [json.loads(l) for f in a.test for l in open(f, encoding="utf-8") if l.strip()]
        test_rows = build(test_p)
        probs = fit_predict(rows, test_rows)
        for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
            P, R, F, cov, hold = score(test_rows, probs, test_p, t)
            print(f"held-out t={t}: P {P:.3f} R {R:.3f} F1 {F:.3f}  coverage {cov}/{hold}")
        return
    ids = sorted({p["id"] for p in passages}); random.Random(7).shuffle(ids)
    folds = [set(ids[k::a.folds]) for k in range(a.folds)]
    res = collections.defaultdict(lambda: np.zeros(5))
    for k in range(a.folds):
        tr = [r for r in rows if r[0] not in folds[k]]; te = [r for r in rows if r[0] in folds[k]]
        probs = fit_predict(tr, te)
        tp_ = [p for p in passages if p["id"] in folds[k]]
        for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
            res[t] += np.array(score(te, probs, tp_, t))
    for t, v in res.items():
        print(f"CV t={t}: P {v[0]/a.folds:.3f} R {v[1]/a.folds:.3f} F1 {v[2]/a.folds:.3f} coverage {int(v[3])}/{int(v[4])}")

if __name__ == "__main__": main()
