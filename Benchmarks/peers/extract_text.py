#!/usr/bin/env python3
"""Extracts PMID, title and abstract text from PubMed XML files into JSONL, once, so that
the peers index exactly the text preuve indexes (their build time excludes parsing)."""
import json
import sys
import xml.etree.ElementTree as ET

out = open(sys.argv[1], "w", encoding="utf-8")
for path in sys.argv[2:]:
    for _, elem in ET.iterparse(path, events=("end",)):
        if elem.tag != "PubmedArticle":
            continue
        pmid = elem.findtext(".//PMID") or ""
        title = "".join(elem.find(".//ArticleTitle").itertext()) if elem.find(".//ArticleTitle") is not None else ""
        abstract = " ".join("".join(a.itertext()) for a in elem.iter("AbstractText"))
        out.write(json.dumps({"id": pmid, "title": title, "body": abstract}, ensure_ascii=False) + "\n")
        elem.clear()
out.close()
