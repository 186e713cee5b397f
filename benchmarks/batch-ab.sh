#!/usr/bin/env bash
# Two-thread scaling of several imr builds in one sitting (benchmarks/README.md, "Batches"): each
# round runs every build at --parallel 1 and 2 over the same text letters, one after the other,
# so a drift of the machine hits every build alike; per build the median wall and CPU seconds and
# the ratio of the medians, and each round's own ratio (sorted), which shows the noise.
#
#   benchmarks/batch-ab.sh CORPUS ROUNDS IMR...
#
# CORPUS  a folder of letters as NAME.txt (the 150 of shared/corpus/dwc-2016), repeated up to
#         TEXT_LETTERS (5000) as batch.sh does (copies; LINKS=1 for links); IMR an installed or
#         published imr.
set -euo pipefail

corpus=${1:?usage: batch-ab.sh CORPUS ROUNDS IMR...}
rounds=${2:?usage: batch-ab.sh CORPUS ROUNDS IMR...}
shift 2
[ $# -ge 1 ] || { echo "usage: batch-ab.sh CORPUS ROUNDS IMR..." >&2; exit 2; }
count=${TEXT_LETTERS:-5000}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/letters.sh"
letters "$corpus" txt "$count" "$work/txt"

echo "$count text letters ($(nproc) cores), $rounds interleaved rounds"
for _ in $(seq "$rounds"); do
  for imr in "$@"; do
    for p in 1 2; do
      TIMEFORMAT='%R %U %S'
      times=$( { time "$imr" parse --format jsonl --no-progress --parallel "$p" "$work/txt" > /dev/null 2> /dev/null; } 2>&1 )
      echo "$imr $p $times"
    done
  done
done | awk '
  { wall[$1, $2] = wall[$1, $2] " " $3; cpu[$1, $2] = cpu[$1, $2] " " ($4 + $5); if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
    if ($2 == 1) last = $3; else rounds[$1] = rounds[$1] " " sprintf("%.2f", last / $3) }
  function median(list,   v, k, i, j, t) {
    k = split(list, v, " ")
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2 }
  function sorted(list,   v, k, i, j, t, s) {
    k = split(list, v, " ")
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    for (i = 1; i <= k; i++) s = s " " v[i]; return s }
  END {
    printf "\n| imr | 1 thread s | CPU s | 2 threads s | CPU s | 2 / 1 (medians) | each round |\n|---|---:|---:|---:|---:|---:|---|\n"
    for (i = 1; i <= n; i++) { t = order[i]; w1 = median(wall[t, 1]); w2 = median(wall[t, 2])
      printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2fx |%s |\n", t, w1, median(cpu[t, 1]), w2, median(cpu[t, 2]), w1 / w2, sorted(rounds[t]) } }'
