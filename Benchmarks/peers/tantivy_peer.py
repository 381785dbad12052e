#!/usr/bin/env python3
"""tantivy (Python bindings) as a peer: index the extracted title+abstract text, then
answer the same queries top-10 by BM25, in process. Prints one JSON object."""
import json, os, resource, shutil, statistics, sys, time
import tantivy

texts, index_dir, queries = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
shutil.rmtree(index_dir, ignore_errors=True)
os.makedirs(index_dir)
rows = [json.loads(line) for line in open(texts, encoding="utf-8")]
builder = tantivy.SchemaBuilder()
builder.add_text_field("title", stored=True)
builder.add_text_field("body", stored=False)
schema = builder.build()
t0 = time.perf_counter()
index = tantivy.Index(schema, path=index_dir)
writer = index.writer(heap_size=256_000_000, num_threads=2)
for r in rows:
    writer.add_document(tantivy.Document(title=r["title"], body=r["body"]))
writer.commit()
writer.wait_merging_threads()
build = time.perf_counter() - t0
index.reload()
searcher = index.searcher()
size = sum(os.path.getsize(os.path.join(index_dir, f)) for f in os.listdir(index_dir))

def latency(q, count=True):
    # count=True (the bindings' default) also counts every match, as preuve's `total` does:
    # tantivy then visits every matching document. count=False lets it prune (block-max
    # WAND), which only a search that does not report the total can do.
    parsed = index.parse_query(q, ["title", "body"])
    times = []
    for _ in range(20):
        t = time.perf_counter()
        searcher.search(parsed, 10, count=count).hits
        times.append(time.perf_counter() - t)
    return statistics.median(times)

result = {"build_seconds": build, "index_bytes": size, "documents": len(rows),
          "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
          "queries": {name: latency(q) for name, q in queries.items()},
          "queries_without_count": {name: latency(q, count=False) for name, q in queries.items()}}
print(json.dumps(result))
