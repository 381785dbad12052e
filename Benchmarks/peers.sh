#!/usr/bin/env bash
# Peers measured side by side on one generated corpus, in one run:
#   xmllint --stream (the parse floor), SQLite FTS5 and tantivy (indexing the already-
#   extracted title+abstract text, and answering the same queries in process), and preuve
#   (end to end: parse, extract claims, index, save; search and query as new processes).
# Usage: Benchmarks/peers.sh [RECORDS] [WORKDIR]      (defaults: 100000, /tmp/preuve-peers)
# Installs what it needs (libxml2-utils, sqlite3, tantivy) when missing.
set -euo pipefail
records=${1:-100000}
work=${2:-/tmp/preuve-peers}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; fi
python3 -c "import tantivy" 2>/dev/null || pip install -q tantivy

echo "== building (release)" >&2
(cd "$root" && swift build -c release --product preuve >&2)
(cd "$here" && swift build -c release --product CorpusGenerator >&2 && swift build -c release --product SearchLatency >&2)
preuve="$root/.build/release/preuve"
bench_bin="$here/.build/release"

corpus="$work/corpus-$records"
if [ ! -d "$corpus/pubmed" ]; then
    echo "== generating $records records" >&2
    "$bench_bin/CorpusGenerator" --records "$records" --out "$corpus" --seed 42
fi
xml_bytes=$(du -cb "$corpus"/pubmed/*.xml | tail -1 | cut -f1)
texts="$work/texts-$records.jsonl"
[ -f "$texts" ] || python3 "$here/peers/extract_text.py" "$texts" "$corpus"/pubmed/*.xml

queries='{"word": "patients", "two words": "pain injection", "phrase": "\"low back pain\""}'

# Wall seconds and peak RSS (kB) of a command, via GNU time.
measure() {
    local log="$work/time.log"
    /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null
    cat "$log"
}

echo "== xmllint --stream" >&2
read -r xmllint_s xmllint_kb < <(measure sh -c "for f in \"$corpus\"/pubmed/*.xml; do xmllint --stream --noout \"\$f\"; done")

echo "== SQLite FTS5" >&2
fts=$(python3 "$here/peers/fts5_peer.py" "$texts" "$work/fts5.db" "$queries")
echo "== tantivy" >&2
tan=$(python3 "$here/peers/tantivy_peer.py" "$texts" "$work/tantivy" "$queries")

echo "== preuve index" >&2
index="$work/preuve-index"
rm -rf "$index"
read -r preuve_s preuve_kb < <(measure "$preuve" index --full --corpus "$corpus" --index "$index" --quiet --format json)
preuve_bytes=$(du -sb "$index" | cut -f1)
inproc=$("$bench_bin/SearchLatency" --index "$index" --queries "$queries")

# New-process latency: median of 10 runs.
newproc() {
    python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(10):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times.append(time.perf_counter() - t)
print(statistics.median(times))
PY
}
search_proc=$(newproc "$preuve" search patients --index "$index" --corpus "$corpus" --format json)
query_proc=$(newproc "$preuve" query lombalgie --index "$index" --corpus "$corpus" --format json)

python3 - "$records" "$xml_bytes" "$xmllint_s" "$xmllint_kb" "$fts" "$tan" "$preuve_s" "$preuve_kb" "$preuve_bytes" "$inproc" "$search_proc" "$query_proc" <<'PY'
import json, platform, sys, datetime
(records, xml_bytes, xl_s, xl_kb, fts, tan, p_s, p_kb, p_bytes, inproc, search_proc, query_proc) = sys.argv[1:]
fts, tan, inproc = json.loads(fts), json.loads(tan), json.loads(inproc)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"preuve peers, {datetime.date.today()}, {cpu}, {records} records, {int(xml_bytes)/1e6:.0f} MB of XML")
print()
print("| measure | preuve | xmllint | FTS5 | tantivy | preuve/FTS5 | preuve/tantivy |")
print("|---|---|---|---|---|---|---|")
def row(name, p, x, f, t, fmt):
    r = lambda a, b: f"{a / b:.2f}" if (a is not None and b) else "–"
    show = lambda v: fmt(v) if v is not None else "–"
    print(f"| {name} | {show(p)} | {show(x)} | {show(f)} | {show(t)} | {r(p, f)} | {r(p, t)} |")
sec = lambda v: f"{v:.2f} s"
ms = lambda v: f"{v * 1000:.3f} ms"
mb = lambda v: f"{v / 1e6:.1f} MB"
row("index (preuve end to end; peers: text only)", float(p_s), float(xl_s), fts["build_seconds"], tan["build_seconds"], sec)
row("peak memory", int(p_kb) * 1024, int(xl_kb) * 1024, fts["peak_rss_kb"] * 1024, tan["peak_rss_kb"] * 1024, mb)
row("index size on disk", int(p_bytes), None, fts["index_bytes"], tan["index_bytes"], mb)
for q in ["word", "two words", "phrase"]:
    row(f"top-10 search, {q} (in process)", inproc["queries"].get(q), None, fts["queries"][q], tan["queries"][q], ms)
for q in ["word", "two words", "phrase"]:
    row(f"top-10 search, {q}, without the count (tantivy prunes)", None, None, None, tan.get("queries_without_count", {}).get(q), ms)
for q in ["word", "two words", "phrase"]:
    row(f"top-10 search, {q}, with titles and snippets", inproc.get("with_snippets", {}).get(q), None, None, None, ms)
row("snapshot load (in process)", inproc.get("load_seconds"), None, None, None, sec)
row("`preuve search` new process", float(search_proc), None, None, None, ms)
row("`preuve query lombalgie` new process", float(query_proc), None, None, None, ms)
PY
