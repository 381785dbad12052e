#!/usr/bin/env python3
"""Private memory of a command run as a new process (README, "A million records").

    Benchmarks/private-memory.py [--runs 5] -- COMMAND [ARG...]

A mapped index's pages count in a process's resident set (`ru_maxrss`, `/usr/bin/time -v`'s
"Maximum resident set size") although they are the page cache's, shared with every other
reader. What the process owns is its anonymous memory: `RssAnon` in /proc/PID/status
(resident set minus file-backed and shared pages). This script spawns the command RUNS
times, stdout and stderr to /dev/null, reads /proc/PID/status in a tight loop while it runs,
and prints per run the highest RssAnon seen, the highest RssFile seen, and the kernel's peak
resident set (VmHWM, file pages included); then the medians. Sampling takes CPU from the
command, so time commands separately (hyperfine): this is for memory only. A sample can
miss a peak shorter than a loop turn (tens of microseconds), so the figure is a floor.
"""
import argparse
import os
import statistics

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("command", nargs=argparse.REMAINDER)
options = parser.parse_args()
argv = options.command[1:] if options.command[:1] == ["--"] else options.command
if not argv:
    raise SystemExit("usage: private-memory.py [--runs N] -- COMMAND [ARG...]")


def fields(pid):
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("RssAnon", "RssFile", "VmHWM"):
                    out[key] = int(value.split()[0])  # kB
    except (FileNotFoundError, ProcessLookupError):
        pass
    return out


rows = []
for _ in range(options.runs):
    null = os.open(os.devnull, os.O_WRONLY)
    pid = os.posix_spawnp(argv[0], argv, os.environ,
                          file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    peak = {"RssAnon": 0, "RssFile": 0, "VmHWM": 0}
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        for key, value in fields(pid).items():
            peak[key] = max(peak[key], value)
    os.close(null)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{argv} exited {code}")
    rows.append(peak)
    print(f"RssAnon {peak['RssAnon'] / 1024:.1f} MB, RssFile {peak['RssFile'] / 1024:.1f} MB, VmHWM {peak['VmHWM'] / 1024:.1f} MB")
med = {k: statistics.median(r[k] for r in rows) / 1024 for k in rows[0]}
print(f"median of {len(rows)}: private (RssAnon) {med['RssAnon']:.1f} MB, file-backed (RssFile) {med['RssFile']:.1f} MB, "
      f"peak resident (VmHWM) {med['VmHWM']:.1f} MB")
