#!/usr/bin/env bash
# The 1,000,000-record run of issue 13 (README, "A million records"), step by step:
#   Benchmarks/million.sh [WORKDIR] [SEGMENT_MB]     (defaults: /work/bench-1m, 128)
# Needs about 18 GB in WORKDIR (9.5 GB of XML, a 3 GB index, the extracted text and FTS5's
# database) and, on two cores, about 40 minutes once built (2026-12-02: generating 6 min,
# the build 13, extracting the text 4, FTS5 5). Every step runs under `nice -n 10`;
# logs and timings go to WORKDIR. Installs hyperfine, xmllint and sqlite3 when missing.
# Delete WORKDIR afterwards.
set -euo pipefail
work=${1:-/work/bench-1m}
budget=${2:-128}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
mkdir -p "$work"
cd "$work"

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; fi

[ -x "$root/.build/release/preuve" ] || (cd "$root" && nice -n 10 swift build -c release --product preuve)
[ -x "$here/.build/release/CorpusGenerator" ] || (cd "$here" && nice -n 10 swift build -c release --product CorpusGenerator)
preuve="$work/preuve"
cp "$root/.build/release/preuve" "$preuve"

# 1,000,000 records in 100 files of 10,000 (9.5 GB).
[ -d corpus/pubmed ] || nice -n 10 /usr/bin/time -v "$here/.build/release/CorpusGenerator" \
    --records 1000000 --out "$work/corpus" --seed 42 > gen.out 2> gen.time

# A full build: time and peak memory.
rm -rf index
nice -n 10 /usr/bin/time -v "$preuve" index --full --quiet --format json --segment-mb "$budget" \
    --index "$work/index" --corpus "$work/corpus" > full.json 2> full.time
du -sb index > index.bytes

# One file of the 100 touched (its mtime moved, content the same), then one edited (a
# record's title changed, so its 10,000 records are parsed again): each update timed, with
# the build's budget (the index does not record it; another budget may start merges).
touch corpus/pubmed/synthetic-0050.xml
nice -n 10 /usr/bin/time -v "$preuve" index --quiet --format json --segment-mb "$budget" --index "$work/index" \
    --corpus "$work/corpus" > touch.json 2> touch.time
sed -i '0,/<ArticleTitle>/s//<ArticleTitle>Edited. /' corpus/pubmed/synthetic-0050.xml
nice -n 10 /usr/bin/time -v "$preuve" index --quiet --format json --segment-mb "$budget" --index "$work/index" \
    --corpus "$work/corpus" > edit.json 2> edit.time

# Cold reads, each a new process, page cache warm (hyperfine warms up), the index fresh;
# and in process (SearchLatency: ranking alone, median of 20).
nice -n 10 hyperfine -N --warmup 3 --runs 20 --export-json cold.json \
    "$preuve search '\"low back pain\"' --index $work/index --corpus $work/corpus --format json" \
    "$preuve search patients --index $work/index --corpus $work/corpus --format json" \
    "$preuve search 'pain injection' --index $work/index --corpus $work/corpus --format json" \
    "$preuve search zzzqqqx --index $work/index --corpus $work/corpus --format json" \
    "$preuve query lombalgie --index $work/index --corpus $work/corpus --format json" \
    "$preuve query lombalgie --index $work/index --corpus $work/corpus --format text" \
    > cold.txt
[ -x "$here/.build/release/SearchLatency" ] || (cd "$here" && nice -n 10 swift build -c release --product SearchLatency)
nice -n 10 "$here/.build/release/SearchLatency" --index "$work/index" \
    --queries '{"word": "patients", "two words": "pain injection", "phrase": "\"low back pain\""}' > inprocess.json
for q in '"low back pain"' patients; do
    python3 "$here/private-memory.py" --runs 5 -- "$preuve" search "$q" --index "$work/index" --corpus "$work/corpus" --format json
done > private.txt
for f in json text; do
    python3 "$here/private-memory.py" --runs 5 -- "$preuve" query lombalgie --index "$work/index" --corpus "$work/corpus" --format $f
done >> private.txt

# FTS5 on the same extracted text: its size (and build time) beside the index's.
[ -f texts.jsonl ] || nice -n 10 python3 "$here/peers/extract_text.py" texts.jsonl corpus/pubmed/*.xml
nice -n 10 python3 "$here/peers/fts5_peer.py" texts.jsonl fts5.db \
    '{"word": "patients", "two words": "pain injection", "phrase": "\"low back pain\""}' > fts5.json
echo "done: see $work/*.time, index.bytes, cold.txt, inprocess.json, private.txt, fts5.json"
