#!/usr/bin/env bash
# Batch throughput of the imr command line as users run it (benchmarks/README.md, "Batches"):
# letters per second at each --parallel, for text and for PDF, and one letter's wall time.
#
#   benchmarks/batch.sh IMR CORPUS [TEXT_LETTERS] [PDF_LETTERS] [PARALLEL...]
#
# IMR     the installed or published command (dotnet tool install --tool-path DIR ..., then DIR/imr;
#         or a self-contained publish's imr)
# CORPUS  a folder of letters as NAME.txt and NAME.pdf (the 150 of shared/corpus/dwc-2016)
# The inputs are that folder's letters repeated (symbolic links) up to TEXT_LETTERS (5000) and
# PDF_LETTERS (1000); PARALLEL defaults to 1 2. ROUNDS (3) sets how many times each run is
# repeated, interleaved so that a drift of the machine hits every setting alike; the table shows
# medians. Extra environment for imr (DOTNET_TieredCompilation=1, ...) passes through.
set -euo pipefail

imr=${1:?usage: batch.sh IMR CORPUS [TEXT_LETTERS] [PDF_LETTERS] [PARALLEL...]}
corpus=${2:?usage: batch.sh IMR CORPUS [TEXT_LETTERS] [PDF_LETTERS] [PARALLEL...]}
text_letters=${3:-5000}
pdf_letters=${4:-1000}
shift $(( $# < 4 ? $# : 4 ))
parallel=("${@:-1 2}")
[ ${#parallel[@]} -eq 1 ] && read -r -a parallel <<< "${parallel[0]}"
rounds=${ROUNDS:-3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Inputs: the corpus's letters repeated, in folders of 150 so that the names stay unique.
inputs() { # KIND COUNT
  local kind=$1 count=$2 made=0 copy=0
  mkdir -p "$work/$kind"
  while [ "$made" -lt "$count" ]; do
    mkdir -p "$work/$kind/$copy"
    for letter in "$corpus"/*."$kind"; do
      case $letter in *.layout.txt) continue ;; esac
      [ "$made" -ge "$count" ] && break
      ln -s "$(realpath "$letter")" "$work/$kind/$copy/$(basename "$letter")"
      made=$((made + 1))
    done
    copy=$((copy + 1))
  done
}

seconds() { # COMMAND... -> wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

inputs txt "$text_letters"
inputs pdf "$pdf_letters"
echo "imr: $imr ($(nproc) cores); $text_letters text and $pdf_letters PDF letters; median of $rounds interleaved rounds"

declare -A times
for _ in $(seq "$rounds"); do
  for kind in txt pdf; do
    for p in "${parallel[@]}"; do
      times[$kind.$p]+=" $(seconds "$imr" parse --format jsonl --no-progress --parallel "$p" "$work/$kind")"
    done
  done
  times[start]+=" $(seconds "$imr" parse "$work/txt/0/$(ls "$work/txt/0" | head -1)")"
done

printf '\n| input | --parallel | seconds | letters/s | vs --parallel %s |\n|---|---:|---:|---:|---:|\n' "${parallel[0]}"
for kind in txt pdf; do
  count=$text_letters
  [ "$kind" = pdf ] && count=$pdf_letters
  base=$(median <<< "${times[$kind.${parallel[0]}]}")
  for p in "${parallel[@]}"; do
    t=$(median <<< "${times[$kind.$p]}")
    awk -v k="$kind" -v p="$p" -v t="$t" -v n="$count" -v b="$base" 'BEGIN { printf "| %s | %s | %.2f | %.0f | %.2fx |\n", k, p, t, n / t, b / t }'
  done
done
printf '\nOne letter, imr parse, wall time: %.3f s (runs:%s)\n' "$(median <<< "${times[start]}")" "${times[start]}"
