#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with leak detection) and
# ThreadSanitizer, each in its own scratch path so that neither rebuilds the other's
# objects nor the normal .build. Usage: Scripts/sanitizers.sh [address|thread]...
# Logs go to .build-asan.log and .build-tsan.log; the exit status is non-zero when either
# run fails or a sanitizer reports.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
KINDS=("$@")
[ ${#KINDS[@]} -eq 0 ] && KINDS=(address thread)
# Sanitized code runs several times slower: tests scale their hang timeouts by this.
export PREUVE_TEST_SLOWDOWN=${PREUVE_TEST_SLOWDOWN:-10}
status=0
for kind in "${KINDS[@]}"; do
    case $kind in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer: $kind" >&2; exit 2 ;;
    esac
    log=$scratch.log
    echo "== swift test --sanitize=$kind ($(date -u +%FT%TZ))" | tee "$log"
    # halt_on_error: the first report fails the run, rather than scrolling past.
    ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:${ASAN_OPTIONS:-}" \
    LSAN_OPTIONS="suppressions=$ROOT/Scripts/lsan.supp:${LSAN_OPTIONS:-}" \
    TSAN_OPTIONS="halt_on_error=1:suppressions=$ROOT/Scripts/tsan.supp:${TSAN_OPTIONS:-}" \
        swift test --sanitize="$kind" --scratch-path "$scratch" 2>&1 | tee -a "$log"
    result=${PIPESTATUS[0]}
    if grep -qE "ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer" "$log"; then result=1; fi
    echo "== $kind: exit $result ($(date -u +%FT%TZ))" | tee -a "$log"
    [ "$result" -eq 0 ] || status=1
done
exit $status
