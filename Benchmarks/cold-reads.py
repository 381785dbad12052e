#!/usr/bin/env python3
"""Cold commands as new processes, two builds side by side (README, "Cold reads").

    Benchmarks/cold-reads.py [--runs 9] BEFORE_BINARY BEFORE_INDEX AFTER_BINARY AFTER_INDEX CORPUS

Each build answers from its own index (built beforehand with `preuve index --full --index
DIR --corpus CORPUS`, the corpus unchanged since, so the freshness check finds nothing to
do). Every command runs once per build to warm the page cache, then RUNS times, the builds
alternating. Wall time is measured around spawn and wait; peak memory is the child's own
`ru_maxrss` (what `/usr/bin/time -v` calls "Maximum resident set size": it counts the pages
of a mapped snapshot that the command touched). Stdout and stderr go to /dev/null, so
commands write JSON, as when piped. CPU time (user + system, the child's rusage) moves less
than wall time on a shared machine. Prints a Markdown table: median wall (min-max), median
CPU, median peak.
"""
import argparse
import os
import statistics
import time

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=9)
parser.add_argument("before_binary")
parser.add_argument("before_index")
parser.add_argument("after_binary")
parser.add_argument("after_index")
parser.add_argument("corpus")
options = parser.parse_args()

COMMANDS = [
    ("query lombalgie", ["query", "lombalgie"]),
    ("query lombalgie --format text", ["query", "lombalgie", "--format", "text"]),
    ("search patients", ["search", "patients"]),
    ('search \'"low back pain"\'', ["search", '"low back pain"']),
    ("search mesotherapy lombalgie", ["search", "mesotherapy", "lombalgie"]),
    ("stats", ["stats"]),
    ("index (nothing to do)", ["index", "--quiet", "--corpus", options.corpus]),
]
BUILDS = {"before": (options.before_binary, options.before_index), "after": (options.after_binary, options.after_index)}


def run(build, arguments):
    binary, index = BUILDS[build]
    argv = [binary] + arguments + ["--index", index]
    null = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    pid = os.posix_spawn(binary, argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    os.close(null)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} exited {os.waitstatus_to_exitcode(status)}")
    return wall * 1000, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000


print("| command (new process) | before: wall, CPU, peak RSS | after: wall, CPU, peak RSS |")
print("|---|---|---|")
for name, arguments in COMMANDS:
    for build in BUILDS:
        run(build, arguments)
    results = {build: [] for build in BUILDS}
    for _ in range(options.runs):
        for build in BUILDS:
            results[build].append(run(build, arguments))
    cells = []
    for build in BUILDS:
        walls = sorted(w for w, _, _ in results[build])
        peaks = [m for _, m, _ in results[build]]
        cpu = [c for _, _, c in results[build]]
        cells.append(f"{statistics.median(walls):.0f} ms ({walls[0]:.0f}–{walls[-1]:.0f}), "
                     f"{statistics.median(cpu):.0f} ms CPU, {statistics.median(peaks):.0f} MB")
    print(f"| `preuve {name}` | {cells[0]} | {cells[1]} |", flush=True)
