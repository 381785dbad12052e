#!/usr/bin/env bash
# Peak memory of `preuve extract` on generated PubMed sets of growing size: streaming
# means the figure must not grow with the file. Test data only: invented records.
# Usage: Scripts/pubmed-memory.sh [counts...]   (default: 1000 10000); COMPRESS=1 to read .xml.gz
set -euo pipefail
cd "$(dirname "$0")/.."
preuve=${PREUVE:-./.build/debug/preuve}
[ -x "$preuve" ] || swift build
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(1000 10000)
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT

generate() { # count file
    awk -v n="$1" 'BEGIN {
        print "<?xml version=\"1.0\"?>\n<!-- TEST DATA: invented records. -->\n<PubmedArticleSet>"
        for (i = 1; i <= n; i++) {
            printf "<PubmedArticle><MedlineCitation><PMID>%d</PMID><Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue><Title>Invented Journal</Title></Journal>", 99000000 + i
            printf "<ArticleTitle>Invented trial number %d of a remedy.</ArticleTitle><Abstract>", i
            printf "<AbstractText Label=\"METHODS\">We randomly assigned invented patients to the remedy or placebo in trial %d, and followed them for twelve weeks with validated scales.</AbstractText>", i
            printf "<AbstractText Label=\"RESULTS\">The invented remedy did not differ from placebo on any outcome in trial %d.</AbstractText>", i
            printf "<AbstractText Label=\"CONCLUSIONS\">No effect was shown.</AbstractText></Abstract><Language>eng</Language>"
            printf "<PublicationTypeList><PublicationType>Randomized Controlled Trial</PublicationType></PublicationTypeList></Article></MedlineCitation></PubmedArticle>\n"
        }
        print "</PubmedArticleSet>"
    }' > "$2"
}

printf '%10s %12s %10s %14s\n' articles file_bytes docs peak_rss_kb
for n in "${counts[@]}"; do
    f="$dir/pubmed-$n.xml"
    generate "$n" "$f"
    if [ -n "${COMPRESS:-}" ]; then gzip -n "$f"; f="$f.gz"; fi
    /usr/bin/time -v -o "$dir/time" "$preuve" extract "$f" --format jsonl > "$dir/out.jsonl"
    peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time")
    printf '%10s %12s %10s %14s\n' "$n" "$(stat -c %s "$f")" "$(wc -l < "$dir/out.jsonl")" "$peak"
done
