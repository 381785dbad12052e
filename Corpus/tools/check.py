#!/usr/bin/env python3
"""Check the corpus against the fact sheet.

Every PMID, DOI, PMC id and source URL written in Corpus/ must appear in the fact sheet
(default ../shared/facts/mesotherapy.md, or the path given as the first argument), and the
fact-sheet bullet it comes from must be tagged [V] or [P] (never [U]).
Also checks that XML files are well-formed and that HTML files decode in their declared
charset. Exit status 1 when anything fails.

    python3 Corpus/tools/check.py [FACT_SHEET]
"""
import glob, html, os, re, sys
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
ROOT = os.path.dirname(CORPUS)
FACTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "facts", "mesotherapy.md")

facts = open(FACTS, encoding="utf-8").read()
facts_lower = facts.lower()
fact_lines = facts.splitlines()

def tag_of(needle):
    """Best tag ([V] > [P] > ? > [U]) of the fact-sheet bullets holding needle, or None if absent.
    "?" means found only outside a tagged bullet (e.g. the section-5 table)."""
    found = []
    for i, line in enumerate(fact_lines):
        if needle.lower() in line.lower():
            tag = "?"
            for j in range(i, -1, -1):
                m = re.match(r"\s*- \*\*\[(V|P|U)\]\*\*", fact_lines[j])
                if m:
                    tag = m.group(1)
                    break
                if j < i and (fact_lines[j].startswith("#") or not fact_lines[j].startswith((" ", "\t"))):
                    break
            found.append(tag)
    for best in ("V", "P", "?", "U"):
        if best in found:
            return best
    return None

def read_text(path):
    raw = open(path, "rb").read()
    if path.endswith((".html", ".htm")):
        head = raw[:2048].lower()
        enc = "cp1252" if b"windows-1252" in head else "utf-8"
    else:
        enc = "utf-8"
    return raw.decode(enc), enc

DOI = re.compile(r"10\.\d{4,9}/[^\s\"'<>;,)\]]+")
PMID_PATTERNS = [
    re.compile(r"<PMID[^>]*>(\d+)</PMID>"),
    re.compile(r'IdType="pubmed">(\d+)<'),
    re.compile(r'pub-id-type="pmid">(\d+)<'),
    re.compile(r"\bPMID:?\s*(?:<[^>]+>)?(\d{6,9})"),
]
PMC = re.compile(r"\bPMC\d{6,8}\b")
URL = re.compile(r"https?://[^\s\"'<>]+")
IGNORED_URL_PREFIXES = ("https://example.org/", "http://www.w3.org/", "http://purl.org/", "https://schema.org",
                        "https://dtd.nlm.nih.gov/")

failures = 0
checked = {"pmid": set(), "doi": set(), "pmc": set(), "url": set()}

def fail(msg):
    global failures
    failures += 1
    print("FAIL", msg)

files = sorted(p for p in glob.glob(os.path.join(CORPUS, "**", "*"), recursive=True)
               if os.path.isfile(p) and p.endswith((".xml", ".html", ".md", ".tsv")) and "/tools/" not in p)
for path in files:
    rel = os.path.relpath(path, ROOT)
    try:
        text, enc = read_text(path)
    except UnicodeDecodeError as e:
        fail("%s: does not decode in its declared charset: %s" % (rel, e))
        continue
    if path.endswith(".xml"):
        try:
            xml.dom.minidom.parseString(text.encode("utf-8").replace(b'encoding="UTF-8"', b'encoding="utf-8"'))
        except Exception as e:  # noqa: BLE001
            fail("%s: not well-formed XML: %s" % (rel, e))
    text = html.unescape(text)
    kinds = []
    for m in DOI.finditer(text):
        kinds.append(("doi", m.group(0).rstrip(".")))
    for pat in PMID_PATTERNS:
        for m in pat.finditer(text):
            kinds.append(("pmid", m.group(1)))
    for m in PMC.finditer(text):
        kinds.append(("pmc", m.group(0)))
    for m in URL.finditer(text):
        u = m.group(0).rstrip(".,")
        while u.endswith(")") and u.count("(") < u.count(")"):
            u = u[:-1]
        if not u.startswith(IGNORED_URL_PREFIXES):
            kinds.append(("url", u))
    for kind, value in kinds:
        checked[kind].add(value)
        if kind == "url":
            # a URL inside a DOI-resolver or PMC link is checked as written
            if value not in facts:
                fail("%s: URL not in the fact sheet: %s" % (rel, value))
            continue
        tag = tag_of(value)
        if tag is None:
            fail("%s: %s %s not in the fact sheet" % (rel, kind.upper(), value))
        elif tag == "U":
            fail("%s: %s %s comes from an unverified [U] item" % (rel, kind.upper(), value))

print("checked %d files: %d PMIDs, %d DOIs, %d PMC ids, %d URLs; %d failures"
      % (len(files), len(checked["pmid"]), len(checked["doi"]), len(checked["pmc"]), len(checked["url"]), failures))
for kind in ("pmid", "doi", "pmc"):
    for v in sorted(checked[kind]):
        print("  %-4s %-45s [%s]" % (kind, v, tag_of(v)))
sys.exit(1 if failures else 0)
