#!/usr/bin/env python3
"""Fits the claim confidence model (Sources/Lexicon/Data/confidence-model.txt) on labelled
passages: runs `preuve claims` on them, marks each claim right or wrong as
Scripts/score-passages.py scores it (indication, stance, basis class, and the intervention
where the passage names one), reads each claim's features from its confidence cue
(`ClaimConfidence.features`), and fits an L2-regularised logistic regression (numpy). The
threshold written is the lowest, in hundredths, at which the claims kept on these passages
give the best F1 (precision and recall, as the scorer counts them), or with `--target P` the
lowest at which they reach precision P. The wide fallback is the lowest confidence at which a
passage left with no claim may keep its most confident claims on wide concepts while the claims
kept lose at most 0.01 of precision; `--fallback-only` computes it for the model as it is.
The file's comments give precision and recall at
other thresholds, for users who want fewer, surer claims (`--min-confidence`).

With `--pairs N` (the bundled model: 100) the model weighs pairs of features too, among the N
features claims show most often (`A & B` lines; the document's feature pairs with none),
fitted by L-BFGS (scipy). A model with pairs fits its own passages more closely than one
without, so its thresholds are chosen on out-of-fold confidences (`--folds K`, by batch: the
part of a passage id before its `-`): the threshold, the wide threshold and the fallback that
give the best F1 summed over the files, each file's precision at least its `--floor FILE=P`
(the precision the single-feature model reaches out of fold, which `--pairs 0 --folds K`
prints).

With `--trees N` (the bundled model since the fortieth session: `--trees 250 --depth 4 --rate 0.1`)
it fits gradient-boosted trees instead of weights (Newton steps on the logistic loss, numpy and
scipy), written as `tree`, `split` and `leaf` lines (ConfidenceModel); a split may ask about the
document's features too. Their thresholds are chosen out of fold as the pairs' are.

    Scripts/fit-confidence.py [--preuve BIN] [--l2 5] [--pairs N] [--folds K] [--floor FILE=P]... [--target P] [--out FILE] FILE.jsonl...
    Scripts/fit-confidence.py --trees N [--depth D] [--rate R] --folds K [--floor FILE=P]... [--out FILE] FILE.jsonl...
    Scripts/fit-confidence.py --fallback-only [--preuve BIN] [--out FILE] FILE.jsonl...

Fit on development passages only; score the frozen ones after, with
`Scripts/score-passages.py --min-confidence T`.
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile
from collections import defaultdict
import numpy as np

import importlib.util
_spec = importlib.util.spec_from_file_location("score_passages", os.path.join(os.path.dirname(os.path.abspath(__file__)), "score-passages.py"))
score = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(score)

PREFIX = "from how it was found: "
# The document's features (ConfidenceModel.Family.ofDocument), added once all its claims are
# made: they pair with no other.
DOCUMENT_FEATURES = ("indications-of-intervention=", "interventions-of-indication=", "pairs-in-document=",
                     "sentences-naming-indication=", "sentences-naming-intervention=", "main-intervention=", "top-indication=",
                     "repeated=", "pair-claims=", "pair-stances=")
# Families left out of a fit (`--drop`), to measure what one brings.
DROP = ()

def claims_of(preuve, passages):
    found = defaultdict(list)
    with tempfile.TemporaryDirectory() as d:
        paths = {score.passage_file(p, d): p["id"] for p in passages}
        files = list(paths)
        for i in range(0, len(files), 200):
            # Every claim, those on the wide vocabulary's concepts included, to fit on.
            out = subprocess.run([preuve, "claims", "--format", "jsonl", "--min-confidence", "0"] + files[i:i + 200], capture_output=True, text=True)
            if out.returncode not in (0, 1): sys.exit(f"fit-confidence: {preuve} claims failed: {out.stderr}")
            for line in out.stdout.splitlines():
                c = json.loads(line); found[paths[c["doc"]]].append(c)
    return found

def expected_count(passages):
    n = 0
    for p in passages:
        exp = [e for e in p["expect"] if not e["indication"].startswith("oov:") and not (e.get("intervention") or "").startswith("oov:")]
        wi = any(e.get("intervention") for e in exp)
        n += len({(e.get("intervention") if wi else None, e["indication"], e["stance"], score.basis_class(e["basis"])) for e in exp})
    return n

def rows(passages, found):
    """(passage id, the claim's scoring tuple, whether it is expected, its features) per claim."""
    out = []
    for p in passages:
        exp = [e for e in p["expect"] if not e["indication"].startswith("oov:") and not (e.get("intervention") or "").startswith("oov:")]
        wi = any(e.get("intervention") for e in exp)
        E = {(e.get("intervention") if wi else None, e["indication"], e["stance"], score.basis_class(e["basis"])) for e in exp}
        for c in found[p["id"]]:
            cue = next((x for x in c["cues"] if x["role"] == "confidence"), None)
            # A structured conclusion has no features: confidence 1, always kept.
            feats = None if cue is None or not cue["rule"].startswith(PREFIX) else [f for f in cue["rule"][len(PREFIX):].split("; ") if not f.startswith("× ") and not (DROP and f.startswith(DROP))]
            t = (c["intervention"] if wi else None, c["indication"], c["stance"], score.basis_class(c["basis"]))
            out.append((p["id"], t, t in E, feats))
    return out

def with_pairs(data, n):
    """The rows with, for each claim, the pairs of its features among the n features claims
    show most often (`A & B`, in sorted order; never the document's feature), and those n."""
    counts = defaultdict(int)
    for r in data:
        for f in set(r[3] or []): counts[f] += 1
    paired = {f for f, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if not f.startswith(DOCUMENT_FEATURES)}
    paired = set(sorted(paired, key=lambda f: (-counts[f], f))[:n])
    def expand(feats):
        if feats is None: return None
        own = sorted({f for f in feats if f in paired})
        return list(feats) + [f"{a} & {b}" for i, a in enumerate(own) for b in own[i + 1:]]
    return [(r[0], r[1], r[2], expand(r[3])) for r in data]

def fit_lbfgs(data, l2):
    """The same regression, minimised by L-BFGS on a sparse matrix: the thousands of pair
    features are out of reach of plain gradient descent."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix
    data = [r for r in data if r[3] is not None]
    names = sorted({f for r in data for f in r[3]})
    ix = {n: i for i, n in enumerate(names)}
    cols, ptr = [], [0]
    for r in data:
        cols.extend(ix[f] for f in sorted(set(r[3]))); ptr.append(len(cols))  # (sorted: the same sums whatever the hash seed)
    X = csr_matrix((np.ones(len(cols)), cols, ptr), shape=(len(data), len(names)))
    y = np.array([1.0 if r[2] else 0.0 for r in data]); n = len(y)
    def loss(wb):
        w, b = wb[:-1], wb[-1]; z = X @ w + b; p = 1 / (1 + np.exp(-z)); g = p - y
        return (np.sum(np.logaddexp(0, z) - y * z) + 0.5 * l2 * w @ w) / n, np.concatenate([X.T @ g + l2 * w, [g.sum()]]) / n
    r = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 3000})
    return dict(zip(names, r.x[:-1])), r.x[-1]

def out_of_fold(data, l2, folds, fitter):
    """Each claim's confidence from a model fitted without its passage's batch (folds by
    batch, the part of the passage id before its `-`), as (rows, confidences)."""
    batches = sorted({r[0].split("-")[0] for r in data})
    fold = {b: hashlib.sha256(b.encode()).digest()[0] % folds for b in batches}
    conf = [None] * len(data)
    for k in range(folds):
        w, b = fitter([r for r in data if fold[r[0].split("-")[0]] != k], l2)
        for i, r in enumerate(data):
            if fold[r[0].split("-")[0]] == k: conf[i] = confidence(r[3], w, b)
    return conf

_grouped = {}

def pipeline(data, conf, passages, t, wide, floor):
    """Precision, recall, F1, passages with a right claim and passages holding one, of the
    claims ClaimExtractor keeps on `passages` with these confidences: those on wide concepts
    from `wide`, a passage left with none keeping its most confident ones from `floor`, then
    those at or above `t`."""
    key = (id(data), id(conf), id(passages))
    if key not in _grouped:
        ids = {p["id"] for p in passages}
        by_passage = defaultdict(list)
        for r, c in zip(data, conf):
            if r[0] in ids: by_passage[r[0]].append((r[1], r[2], r[3] is not None and "vocabulary=wide" in r[3], c))
        _grouped[key] = [(by_passage.get(p["id"], []), expected_count([p])) for p in passages]
    tp = fp = hold = hit = exp = 0
    for rows_, e in _grouped[key]:
        made = [r for r in rows_ if not (r[2] and r[3] < wide)]
        if not made and rows_ and floor < wide:
            best = max(r[3] for r in rows_)
            if best >= floor: made = [r for r in rows_ if r[3] == best]
        kept = {}
        for tup, right, _, c in made:
            if c >= t: kept[tup] = kept.get(tup, False) or right
        exp += e
        tp += sum(kept.values()); fp += len(kept) - sum(kept.values())
        if e: hold += 1; hit += any(kept.values())
    P = tp / (tp + fp) if tp + fp else 1.0; R = tp / exp if exp else 1.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0), hit, hold

def choose_out_of_fold(data, conf, groups, floors):
    """The threshold, wide threshold and fallback (hundredths, on a grid of 0.02) with the best
    F1 summed over the files, each file's precision at least its floor."""
    best = None
    for wide in range(40, 81, 2):
        for t in range(20, wide + 1, 2):
            for fb in sorted({wide} | set(range(t, wide, 2))):
                got = {f: pipeline(data, conf, ps, t / 100, wide / 100, fb / 100) for f, ps in groups.items()}
                # (A floor names its file by the path given or by its name alone.)
                if any(got[f][0] < floors.get(f, floors.get(os.path.basename(f), 0)) for f in got): continue
                total = sum(g[2] for g in got.values())
                if best is None or total > best[0] + 1e-9: best = (total, t / 100, wide / 100, fb / 100, got)
    return best

class Trees:
    """Boosted trees over the claims' features (`--trees`): each split asks whether a claim shows
    a feature (the document's among them), and the leaves reached are summed with the bias.
    Leaves are kept rounded as the model file writes them, so that the confidences here are the
    binary's."""
    def __init__(self, trees):
        self.trees = trees  # each: preorder list of ("split", feature) / ("leaf", value)
        self.cache = {}

    def sum(self, feats):
        key = id(feats)
        if key not in self.cache:
            have, z = set(feats), 0.0
            for t in self.trees:
                i = 0
                while t[i][0] == "split":
                    # preorder: the present subtree starts right after the split; the absent one after it
                    i = i + 1 if t[i][1] in have else t[i][2]
                z += t[i][1]
            self.cache[key] = (feats, z)
        return self.cache[key][1]

def fit_trees(data, trees, depth, rate, lam=1.0, min_hessian=3.0):
    """Gradient-boosted trees (Newton steps on the logistic loss) on the claims' features, as
    (Trees, bias): the bias is the log-odds of a claim being right."""
    from scipy.sparse import csr_matrix
    data = [r for r in data if r[3] is not None]
    names = sorted({f for r in data for f in r[3]})
    ix = {n: i for i, n in enumerate(names)}
    cols, ptr = [], [0]
    for r in data:
        cols.extend(sorted({ix[f] for f in r[3]})); ptr.append(len(cols))
    X = csr_matrix((np.ones(len(cols)), cols, ptr), shape=(len(data), len(names)))
    XT, Xc = X.T.tocsr(), X.tocsc()
    y = np.array([1.0 if r[2] else 0.0 for r in data])
    bias = round(float(np.log(y.mean() / (1 - y.mean()))), 6)
    F = np.full(len(y), bias)
    out = []
    for _ in range(trees):
        p = 1 / (1 + np.exp(-F)); g = p - y; h = p * (1 - p)
        nodes, add = [], np.zeros(len(y))
        def grow(mask, d):
            G, H = g[mask].sum(), h[mask].sum()
            if d < depth:
                GL = XT @ np.where(mask, g, 0.0); HL = XT @ np.where(mask, h, 0.0)
                GR, HR = G - GL, H - HL
                gain = GL ** 2 / (HL + lam) + GR ** 2 / (HR + lam) - G ** 2 / (H + lam)
                gain[(HL < min_hessian) | (HR < min_hessian)] = -1
                j = int(np.argmax(gain))
                if gain[j] > 1e-6:
                    me = len(nodes); nodes.append(["split", names[j], None])
                    col = Xc[:, j].toarray().ravel() > 0
                    grow(mask & col, d + 1)
                    nodes[me][2] = len(nodes)
                    grow(mask & ~col, d + 1)
                    return
            v = round(float(-rate * G / (H + lam)), 6)
            nodes.append(["leaf", v]); add[mask] = v
        grow(np.ones(len(y), bool), 0)
        out.append([tuple(n) for n in nodes]); F += add
    return Trees(out), bias

def tree_lines(model):
    """The model file's lines for the trees: `tree<TAB>k`, then the nodes in preorder."""
    lines = []
    for k, t in enumerate(model.trees):
        lines.append(f"tree\t{k}")
        def walk(i, d):
            n = t[i]
            if n[0] == "leaf": lines.append(f"leaf\t{d}\t{n[1]:.6f}"); return
            lines.append(f"split\t{d}\t{n[1]}")
            walk(i + 1, d + 1); walk(n[2], d + 1)
        walk(0, 0)
    return lines

def fit(data, l2, iterations=4000, rate=0.5):
    data = [r for r in data if r[3] is not None]
    names = sorted({f for r in data for f in r[3]})
    ix = {n: i for i, n in enumerate(names)}
    X = np.zeros((len(data), len(names) + 1)); X[:, -1] = 1  # the bias, not regularised
    for i, r in enumerate(data):
        for f in r[3]: X[i, ix[f]] = 1
    y = np.array([1.0 if r[2] else 0.0 for r in data])
    w = np.zeros(X.shape[1]); reg = np.full(X.shape[1], l2); reg[-1] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(X @ w)))
        w -= rate * (X.T @ (p - y) + reg * w) / len(y)
    return dict(zip(names, w[:-1])), w[-1]

def confidence(feats, weights, bias):
    """The confidence the binary gives a claim: the model's probability, in hundredths."""
    if feats is None: return 1.0
    z = bias + (weights.sum(feats) if isinstance(weights, Trees) else sum(weights.get(f, 0) for f in feats))
    return round(1 / (1 + np.exp(-z)), 2)

def scores(data, weights, bias, t, expected, structured):
    """Precision, recall, F1, right and wrong of the distinct (passage, claim) pairs kept at
    threshold t, as the scorer counts them (a claim without features, a structured
    conclusion, is always kept: `structured` of them are right, as (right, wrong))."""
    kept = {}
    for pid, tup, right, feats in data:
        if feats is None or confidence(feats, weights, bias) >= t: kept[(pid, tup)] = right
    tp = sum(kept.values()); fp = len(kept) - tp
    P = tp / len(kept) if kept else 1.0
    R = tp / expected if expected else 1.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0), tp, fp

def wide_threshold(data, weights, bias):
    """The lowest threshold (in hundredths) at which the claims on concepts only the wide
    vocabulary gives (feature `vocabulary=wide`), kept when their confidence reaches it, leave
    the precision of all claims kept no lower than that of the other claims alone."""
    def wide(feats): return feats is not None and "vocabulary=wide" in feats
    def precision(t):
        kept = {}
        for pid, tup, right, feats in data:
            if wide(feats) and confidence(feats, weights, bias) < t: continue
            kept[(pid, tup)] = right
        return sum(kept.values()) / len(kept) if kept else 1.0
    core = precision(1.01)
    return next((t / 100 for t in range(0, 100) if precision(t / 100) >= core), 1.0), core

def precision_with_fallback(data, weights, bias, threshold, wide, floor):
    """Precision of the claims kept at `threshold` (what verdicts count) when a passage none of
    whose claims clears the thresholds keeps its most confident claims on wide concepts that
    reach `floor` (ClaimExtractor's fallback), and how many of those fallback claims are right."""
    def is_wide(feats): return feats is not None and "vocabulary=wide" in feats
    by_passage = defaultdict(list)
    for pid, tup, right, feats in data: by_passage[pid].append((tup, right, feats, confidence(feats, weights, bias)))
    kept, fallback = {}, {}
    for pid, rows_ in by_passage.items():
        made = [r for r in rows_ if not (is_wide(r[2]) and r[3] < wide)]
        if not made and floor < wide:
            best = max(r[3] for r in rows_)
            if best >= floor: made = [r for r in rows_ if r[3] == best]; fallback.update({(pid, r[0]): r[1] for r in made})
        for tup, right, feats, c in made:
            if c >= threshold: kept[(pid, tup)] = kept.get((pid, tup), False) or right
    P = sum(kept.values()) / len(kept) if kept else 1.0
    return P, sum(fallback.values()), len(fallback) - sum(fallback.values())

def wide_fallback(data, weights, bias, threshold, wide, loss=0.01):
    """The lowest floor, in hundredths from the wide threshold down to the threshold, at which
    the fallback costs the claims kept at the threshold at most `loss` of precision."""
    base = precision_with_fallback(data, weights, bias, threshold, wide, wide)[0]
    best = wide
    for t in range(int(round(wide * 100)) - 1, int(round(threshold * 100)) - 1, -1):
        if precision_with_fallback(data, weights, bias, threshold, wide, t / 100)[0] >= base - loss: best = t / 100
        else: break
    return best, base

def fallback_comment(data, weights, bias, threshold, wide, fallback, base):
    P, right, wrong = precision_with_fallback(data, weights, bias, threshold, wide, fallback)
    passages = len({r[0] for r in data})
    return [f"# A passage none of whose claims clears these keeps its most confident claims on wide concepts at or above {fallback:.2f}:",
            f"# the lowest at which the claims kept at the threshold lose at most 0.01 of precision on the claims of {passages} passages ({base:.3f} -> {P:.3f};",
            f"# {right} of the {right + wrong} claims it keeps are right)."]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--preuve", default=".build/debug/preuve")
    ap.add_argument("--l2", type=float, default=5.0)
    ap.add_argument("--target", type=float, help="the lowest threshold whose claims reach this precision on these passages (default: the best F1)")
    ap.add_argument("--out", default="Sources/Lexicon/Data/confidence-model.txt")
    ap.add_argument("--pairs", type=int, default=0, help="weigh pairs among the N features claims show most often")
    ap.add_argument("--folds", type=int, default=0, help="choose the thresholds on out-of-fold confidences, K folds by batch")
    ap.add_argument("--floor", action="append", default=[], help="FILE=P: that file's out-of-fold precision at least P")
    ap.add_argument("--trees", type=int, default=0, help="boosted trees instead of weights: N trees (with --depth, --rate)")
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--drop", action="append", default=[], help="FAMILY: leave its features out of the fit (to measure what it brings)")
    ap.add_argument("--fallback-only", action="store_true",
                    help="keep the model of --out as it is and compute its wide-fallback line only")
    a = ap.parse_args()
    global DROP
    DROP = tuple(f + "=" for f in a.drop)
    groups = {f: [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()] for f in a.files}
    passages = [p for ps in groups.values() for p in ps]
    data = rows(passages, claims_of(a.preuve, passages))
    if a.fallback_only:
        lines = [l for l in open(a.out, encoding="utf-8").read().splitlines() if not l.startswith("wide-fallback\t")]
        # (The comment of an earlier fallback: its three lines, which `fallback_comment` writes.)
        old = next((i for i, l in enumerate(lines) if l.startswith("# A passage none of")), None)
        if old is not None: del lines[old:old + 3]
        values = dict(l.split("\t", 1) for l in lines if l and not l.startswith("#"))
        threshold, wide, bias = float(values["threshold"]), float(values.get("wide-threshold", values["threshold"])), float(values["bias"])
        weights = {k: float(v) for k, v in values.items() if "=" in k}
        fallback, base = wide_fallback(data, weights, bias, threshold, wide)
        at = next(i for i, l in enumerate(lines) if l.startswith("threshold\t"))
        lines[at:at] = fallback_comment(data, weights, bias, threshold, wide, fallback, base)
        at = next(i for i, l in enumerate(lines) if l.startswith("wide-threshold\t") or l.startswith("bias\t"))
        lines.insert(at + (1 if lines[at].startswith("wide-threshold") else 0), f"wide-fallback\t{fallback:.2f}")
        with open(a.out, "w", encoding="utf-8") as f: f.write("\n".join(lines) + "\n")
        print("\n".join(fallback_comment(data, weights, bias, threshold, wide, fallback, base)))
        return
    if a.pairs and not a.trees: data = with_pairs(data, a.pairs)
    fitter = (lambda d, _l2: fit_trees(d, a.trees, a.depth, a.rate)) if a.trees else fit_lbfgs if a.pairs or a.folds else fit
    weights, bias = fitter(data, a.l2)
    expected = expected_count(passages)
    if a.folds:
        floors = {f: float(p) for f, p in (x.rsplit("=", 1) for x in a.floor)}
        conf = out_of_fold(data, a.l2, a.folds, fitter)
        chosen = choose_out_of_fold(data, conf, groups, floors)
        if chosen is None: sys.exit("fit-confidence: no thresholds reach the floors out of fold")
        _, threshold, wide, fallback, got = chosen
        for f, (P, R, F, hit, hold) in got.items():
            print(f"out of fold, {os.path.relpath(f)}: P {P:.3f} R {R:.3f} F1 {F:.3f}, a right claim in {hit} of {hold} passages")
        why = (f"chosen with the wide threshold and the fallback on out-of-fold confidences ({a.folds} folds by batch): the best F1 summed over the files"
               + (", each file's precision at least " + ", ".join(f"{p:.3f} ({os.path.basename(f)})" for f, p in floors.items()) if floors else ""))
        oof_lines = [f"# Out of fold there: {os.path.basename(f)} P {P:.3f} R {R:.3f} F1 {F:.3f}, a right claim in {hit} of {hold} passages." for f, (P, R, F, hit, hold) in got.items()]
    else:
        oof_lines = []
    at = {t / 100: scores(data, weights, bias, t / 100, expected, 0) for t in range(0, 100)}
    if a.folds:
        pass  # (chosen out of fold above)
    elif a.target is not None:
        threshold = next((t for t in sorted(at) if at[t][0] >= a.target), 0.99)
        why = f"the lowest at which the claims kept there reach precision {a.target}"
    else:
        threshold = max(sorted(at), key=lambda t: (round(at[t][2], 4), -t))
        why = "the one with the best F1 there"
    if not a.folds:
        wide, core_precision = wide_threshold(data, weights, bias)
        fallback, fallback_base = wide_fallback(data, weights, bias, threshold, wide)
    def line(t):
        P, R, F, tp, fp = at[t]
        return f"#   {t:.2f}: P {P:.3f}  R {R:.3f}  F1 {F:.3f}  ({tp} right, {fp} wrong)"
    digest = hashlib.sha256(b"".join(open(f, "rb").read() for f in a.files)).hexdigest()[:16]
    lines = [
        "# The claim confidence model (ConfidenceModel): generated by Scripts/fit-confidence.py, never edited by hand.",
        f"# Fitted on {len([r for r in data if r[3] is not None])} claims of {len(passages)} passages: {', '.join(os.path.relpath(f) for f in a.files)} (SHA-256 {digest}…)" + ("" if a.trees else f", L2 {a.l2}")
        + (f", {a.trees} boosted trees of depth {a.depth}, learning rate {a.rate}." if a.trees else f", pairs among the {a.pairs} features claims show most often." if a.pairs else "."),
        f"# The threshold is {why}." + (" Claims kept there at some thresholds:" if not a.folds else ""),
    ] + oof_lines + ([f"# In sample, claims kept at some thresholds:"] if a.folds else []) + [line(t) for t in sorted({0.0, threshold, 0.7, 0.75, 0.8, 0.85, 0.9})] + ([
        f"# Claims on concepts only the wide vocabulary gives are made at or above {wide:.2f}: the lowest at which all claims keep the",
        f"# precision of the others alone there ({core_precision:.3f}).",
    ] + fallback_comment(data, weights, bias, threshold, wide, fallback, fallback_base) if not a.folds else [
        f"# Claims on concepts only the wide vocabulary gives are made at or above {wide:.2f}; a passage none of whose claims clears",
        f"# these keeps its most confident claims on wide concepts at or above {fallback:.2f}.",
    ]) + [
        f"threshold\t{threshold:.2f}",
        f"wide-threshold\t{wide:.2f}",
        f"wide-fallback\t{fallback:.2f}",
        f"bias\t{bias:.6f}" if a.trees else f"bias\t{bias:.4f}",
    ] + (tree_lines(weights) if a.trees else [f"{n}\t{w:.4f}" for n, w in sorted(weights.items()) if abs(w) >= 0.00005])
    with open(a.out, "w", encoding="utf-8") as f: f.write("\n".join(lines) + "\n")
    print("\n".join(l for l in lines if l.startswith("#")))

if __name__ == "__main__":
    main()
