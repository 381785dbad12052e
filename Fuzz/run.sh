#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 600), JOBS at a time
# (default 2). Usage: Fuzz/run.sh [SECONDS] [TARGET...]
# Seeds come from the test fixtures, the corpus and ../shared/realworld (copied to a temp
# folder, never committed). Crash, hang and out-of-memory inputs are kept in Fuzz/crashes/TARGET/;
# logs in Fuzz/logs/ (summary.txt: one line per run); the growing corpus in Fuzz/.corpus/TARGET/ so that reruns continue.
set -euo pipefail
cd "$(dirname "$0")"
FUZZ=$PWD
ROOT=$(cd .. && pwd)
SECONDS_PER_TARGET=${1:-600}
shift || true
JOBS=${JOBS:-2}
# Seconds before one input counts as a hang. 5 on a quiet machine; raise it on a loaded one,
# where a real page can take longer than that for want of CPU (see README.md).
TIMEOUT=${FUZZ_TIMEOUT:-5}
# Largest input libFuzzer makes: smaller means more executions a second on big readers (HTML).
MAX_LEN=${FUZZ_MAX_LEN:-262144}
ALL=(FuzzHTML FuzzPubMed FuzzJATS FuzzTEI FuzzReport FuzzRSS FuzzText FuzzGzip FuzzSnapshot FuzzQuery)
TARGETS=("${@:-${ALL[@]}}")
[ $# -eq 0 ] && TARGETS=("${ALL[@]}")
REAL=${PREUVE_SHARED:-$ROOT/../shared}/realworld
FIX=$ROOT/Tests/IngestTests/Fixtures

# FUZZ_SCRATCH: another build folder, to build new targets while older binaries still run.
BUILD=(swift build -c release -Xswiftc -sanitize=fuzzer,address --scratch-path "${FUZZ_SCRATCH:-.build}")
mkdir -p logs
BUILD_LOG=logs/build-$(basename "${FUZZ_SCRATCH:-.build}").log
if [ -z "${FUZZ_NO_BUILD:-}" ] && ! "${BUILD[@]}" > "$BUILD_LOG" 2>&1; then
    grep -Ev '^\[|Cannot export local symbol' "$BUILD_LOG" >&2
    echo "build failed" >&2
    exit 1
fi
BIN=$("${BUILD[@]}" --show-bin-path)

SEEDS=$(mktemp -d "${TMPDIR:-/tmp}/preuve-fuzz-seeds.XXXXXX")
trap 'rm -rf "$SEEDS"' EXIT

# Copies files under 256 KiB (larger seeds slow every execution) into the target's seed folder.
seed() {
    local target=$1; shift
    mkdir -p "$SEEDS/$target"
    for f in "$@"; do
        [ -f "$f" ] || continue
        [ "$(stat -c %s "$f")" -le 262144 ] || continue
        cp "$f" "$SEEDS/$target/$(echo "$f" | md5sum | cut -c1-12)-$(basename "$f")"
    done
}
shopt -s nullglob
seed FuzzHTML "$ROOT"/Corpus/articles/*.html "$REAL"/html/*/source.html
seed FuzzPubMed "$FIX"/pubmed/*.xml "$FIX"/hostile/*pubmed*.xml "$ROOT"/Corpus/pubmed/*.xml "$REAL"/pubmed/*.xml
seed FuzzJATS "$FIX"/jats/*.xml "$ROOT"/Corpus/jats/*.xml "$REAL"/jats/*.nxml
seed FuzzTEI "$FIX"/tei/*.xml "$REAL"/tei/*.xml
seed FuzzReport "$FIX"/report/*.xml "$ROOT"/Corpus/reports/*.xml "$FIX"/hostile/*.xml "$REAL"/hostile/errors/*.xml "$REAL"/hostile/recurse/*.xml
seed FuzzRSS "$FIX"/rss/* "$ROOT"/Corpus/feeds/*.xml
seed FuzzText "$ROOT"/Corpus/README.md "$ROOT"/README.md "$ROOT"/Corpus/expected-verdicts.tsv
seed FuzzGzip "$FIX"/*/*.gz
mkdir -p "$SEEDS/FuzzQuery"
for q in 'vitamin d' '"blood pressure" -salt' 'title:mesotherapy OR kind:trial' '-"' '« mésothérapie » OR −zinc' 'kind:' 'a OR OR b'; do
    printf '%s' "$q" > "$SEEDS/FuzzQuery/$(printf '%s' "$q" | md5sum | cut -c1-12)"
done
# Snapshot seeds: a real index of the fixtures, written by the real executable.
mkdir -p "$SEEDS/FuzzSnapshot" "$SEEDS/snapshot-corpus"
cp "$FIX"/pubmed/set.xml "$FIX"/jats/article.xml "$FIX"/report/report.xml "$SEEDS/snapshot-corpus/"
[ -n "${FUZZ_NO_BUILD:-}" ] || (cd "$ROOT" && swift build --product preuve 2>&1 | grep -Ev '^\[' || true)
"$ROOT/.build/debug/preuve" index --index "$SEEDS/Index" --corpus "$SEEDS/snapshot-corpus" >/dev/null 2>&1 || true
cp "$SEEDS"/Index/*.preuve "$SEEDS/FuzzSnapshot/" 2>/dev/null || echo "warning: no snapshot seed" >&2

mkdir -p logs
run_one() {
    local target=$1
    mkdir -p "$FUZZ/.corpus/$target" "$FUZZ/crashes/$target"
    # -rss_limit_mb: a reader must not need 2 GB for one input; -timeout: a hang is a bug.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "$BIN/$target" "$FUZZ/.corpus/$target" "$SEEDS/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" -rss_limit_mb=2048 -max_len="$MAX_LEN" \
        -print_final_stats=1 -artifact_prefix="$FUZZ/crashes/$target/" \
        > "$FUZZ/logs/$target.log" 2>&1 || true
    local runs took
    runs=$(grep -o 'number_of_executed_units: [0-9]*' "$FUZZ/logs/$target.log" | awk '{print $2}' | tail -1)
    took=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$FUZZ/logs/$target.log" | awk '{print $5}' | tail -1)
    echo "$(date -u +%FT%TZ) $target ${took:-?}s executions=${runs:-?} crashes=$(ls "$FUZZ/crashes/$target" | wc -l)"
}
export -f run_one
export FUZZ BIN SEEDS SECONDS_PER_TARGET TIMEOUT MAX_LEN
printf '%s\n' "${TARGETS[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one {}' | tee -a logs/summary.txt
