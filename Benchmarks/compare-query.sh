#!/bin/bash
# The answers of `preuve query` from two builds, compared byte for byte (README, "`preuve query` streamed"):
#   Benchmarks/compare-query.sh BEFORE_BINARY AFTER_BINARY INDEX CORPUS WORKDIR
# 19 command lines, each in JSON and as text: stdout, stderr and the exit code must agree.
# Outputs that differ are kept in WORKDIR (diff-N-FORMAT.before/.after).
B=$1; A=$2; I=$3; C=$4; O=$5
mkdir -p $O
n=0; diffs=0
while IFS= read -r line; do
  [ -z "$line" ] && continue
  n=$((n+1))
  for fmt in json text; do
    eval "$B query $line --format $fmt --index $I --corpus $C" > $O/b.out 2> $O/b.err; eb=$?
    eval "$A query $line --format $fmt --index $I --corpus $C" > $O/a.out 2> $O/a.err; ea=$?
    if cmp -s $O/b.out $O/a.out && cmp -s $O/b.err $O/a.err && [ $eb = $ea ]; then
      echo "same  ($fmt, exit $ea, $(wc -c < $O/a.out) bytes): query $line"
    else
      diffs=$((diffs+1)); echo "DIFFERENT ($fmt, exit $eb/$ea): query $line"; cp $O/b.out $O/diff-$n-$fmt.before; cp $O/a.out $O/diff-$n-$fmt.after
    fi
  done
done <<'LIST'
lombalgie
lombalgie --intervention mesotherapy
lombalgie --intervention acupuncture
lombalgie --min-confidence 0
lombalgie --min-confidence 0.9
lombalgie --min-confidence 1
lombalgie --intervention mésothérapie --min-confidence 0.5
"back pain"
"mal de dos" --min-confidence 0
migraine
cellulite
cellulite --intervention mesotherapy
neck-pain
"thoracic back pain"
fibromyalgia
obesity --min-confidence 0
"musculoskeletal pain"
Lumbago --intervention homeopathy
zzzqqq
LIST
echo "$n commands x 2 formats, $diffs different"
