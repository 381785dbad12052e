#!/usr/bin/env bash
# Load benchmark of `preuve serve` (issue 15): wrk on loopback against /api/query and
# /api/search, beside the command line's cold figures (a new process per answer) on the same
# index. Not a test: it prints a table to paste into the README.
#
#   Benchmarks/serve-bench.sh BIN_DIR INDEX [DURATION_SECONDS] [CONNECTIONS]
#
# BIN_DIR holds release builds of preuve and preuve-serve (`swift build -c release --product
# preuve --product preuve-serve`); INDEX is an index built by `preuve index` (for the 100,000
# generated records: `CorpusGenerator --records 100000 --seed 42 --out DIR`, then
# `preuve index --corpus DIR --index INDEX`). Needs wrk (`apt-get install wrk`).
set -euo pipefail
bin="${1:?BIN_DIR}"
index="${2:?INDEX}"
duration="${3:-30}"
connections="${4:-8}"
port="${PORT:-18080}"
command -v wrk >/dev/null || { echo "serve-bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }

log="$(mktemp)"
"$bin/preuve-serve" --index "$index" --port "$port" --timeout 120 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
    grep -q "listening on" "$log" && break
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
done
grep -q "listening on" "$log" || { echo "serve-bench: the server did not start" >&2; cat "$log" >&2; exit 1; }
base="http://127.0.0.1:$port"
curl -sf "$base/api/health" >/dev/null

for path in "/api/query?indication=lombalgie" "/api/search?q=patients" "/api/search?q=%22low+back+pain%22"; do
    # The first answer is computed (query answers are then cached for the loaded catalogue;
    # search answers never are): its time, then wrk's steady state.
    first=$(curl -s -o /dev/null -w '%{time_total}' "$base$path")
    bytes=$(curl -s "$base$path" | wc -c)
    echo "== $path ($bytes bytes per answer; first answer ${first} s)"
    wrk -t1 -c"$connections" -d"${duration}s" --latency --timeout 60s "$base$path" | grep -E "Requests/sec|50%|99%|requests in|Non-2xx|Socket errors" || true
done

echo "== the command line, cold (a new process per answer, median of 5)"
cold() {
    local times=()
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s.%N)
        "$bin/preuve" "$@" --index "$index" --no-update --format json >/dev/null 2>&1
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
echo "preuve query lombalgie: $(cold query lombalgie) s"
echo "preuve search patients: $(cold search patients) s"
echo "preuve search '\"low back pain\"': $(cold search '"low back pain"') s"
