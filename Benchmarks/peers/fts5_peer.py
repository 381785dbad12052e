#!/usr/bin/env python3
"""SQLite FTS5 as a peer: index the extracted title+abstract text, then answer the same
queries top-10 by bm25, in process. Prints one JSON object."""
import json, os, resource, sqlite3, statistics, sys, time

texts, db_path, queries = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
if os.path.exists(db_path):
    os.remove(db_path)
rows = [json.loads(line) for line in open(texts, encoding="utf-8")]
t0 = time.perf_counter()
con = sqlite3.connect(db_path)
con.execute("PRAGMA journal_mode=OFF")
con.execute("PRAGMA synchronous=OFF")
con.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
con.executemany("INSERT INTO docs(title, body) VALUES (?, ?)", ((r["title"], r["body"]) for r in rows))
con.commit()
build = time.perf_counter() - t0
size = os.path.getsize(db_path)

def latency(q):
    times = []
    for _ in range(20):
        t = time.perf_counter()
        con.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (q,)).fetchall()
        times.append(time.perf_counter() - t)
    return statistics.median(times)

result = {"build_seconds": build, "index_bytes": size, "documents": len(rows),
          "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
          "queries": {name: latency(q) for name, q in queries.items()}}
print(json.dumps(result))
