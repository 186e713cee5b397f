#!/usr/bin/env bash
# What two busy cores give this work at all (benchmarks/README.md, "Two processes on two cores"):
# each round times, over the same text letters, one `--parallel 1` batch of half of them alone,
# the two halves as two `--parallel 1` processes at once (nothing shared but the machine), and
# the whole batch at `--parallel 1` and `--parallel 2`; medians of the rounds' wall seconds.
#
#   benchmarks/batch-halves.sh IMR CORPUS [ROUNDS]
#
# IMR an installed or published imr; CORPUS a folder of letters as NAME.txt (the 150 of
# shared/corpus/dwc-2016), repeated up to TEXT_LETTERS (5000) as batch.sh does.
set -euo pipefail

imr=${1:?usage: batch-halves.sh IMR CORPUS [ROUNDS]}
corpus=${2:?usage: batch-halves.sh IMR CORPUS [ROUNDS]}
rounds=${3:-7}
count=${TEXT_LETTERS:-5000}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/letters.sh"
letters "$corpus" txt "$count" "$work/txt"
mapfile -t folders < <(ls "$work/txt" | sort -n)
half=$(( ${#folders[@]} / 2 ))
first=("${folders[@]:0:half}")
second=("${folders[@]:half}")
first=("${first[@]/#/$work/txt/}")
second=("${second[@]/#/$work/txt/}")

wall() { # COMMAND... -> wall seconds
  local TIMEFORMAT='%R'
  { time "$@" > /dev/null 2> /dev/null; } 2>&1
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
batch() { "$imr" parse --format jsonl --no-progress --parallel "$@"; }

declare -A runs
for _ in $(seq "$rounds"); do
  runs[alone]+=" $(wall batch 1 "${first[@]}")"
  wall batch 1 "${first[@]}" > "$work/a" & wall batch 1 "${second[@]}" > "$work/b"; wait
  runs[together]+=" $(sort -g "$work/a" "$work/b" | tail -1)"
  runs[p1]+=" $(wall batch 1 "$work/txt")"
  runs[p2]+=" $(wall batch 2 "$work/txt")"
done

echo "$count text letters ($(nproc) cores), medians of $rounds interleaved rounds, wall seconds"
printf '| half, alone | the two halves at once (the later) | all, --parallel 1 | all, --parallel 2 |\n|---:|---:|---:|---:|\n'
printf '| %s | %s | %s | %s |\n' "$(median <<< "${runs[alone]}")" "$(median <<< "${runs[together]}")" "$(median <<< "${runs[p1]}")" "$(median <<< "${runs[p2]}")"
awk -v p1="$(median <<< "${runs[p1]}")" -v p2="$(median <<< "${runs[p2]}")" -v t="$(median <<< "${runs[together]}")" -v a="$(median <<< "${runs[alone]}")" \
  'BEGIN { printf "--parallel 1 / --parallel 2: %.2fx; --parallel 1 / the halves at once: %.2fx; a half at once / alone: %.2fx\n", p1 / p2, p1 / t, t / a }'
