#!/usr/bin/env bash
# Batch throughput of the imr command line as users run it (benchmarks/README.md, "Batches"):
# letters per second at each --parallel, for text and for PDF, and one letter's wall time.
#
#   benchmarks/batch.sh IMR CORPUS [TEXT_LETTERS] [PDF_LETTERS] [PARALLEL...]
#
# IMR     the installed or published command (dotnet tool install --tool-path DIR ..., then DIR/imr;
#         or a self-contained publish's imr)
# CORPUS  a folder of letters as NAME.txt and NAME.pdf (the 150 of shared/corpus/dwc-2016)
# The inputs are that folder's letters repeated (copies, as a user's files are; LINKS=1 makes
# symbolic links instead, each of which costs the listing a stat) up to TEXT_LETTERS (5000) and
# PDF_LETTERS (1000); PARALLEL defaults to 1 2. ROUNDS (3) sets how many times each run is
# repeated, interleaved so that a drift of the machine hits every setting alike; the table shows
# medians, with the CPU seconds each run took (user + system; they hardly depend on the machine's
# load, wall seconds do). Extra environment for imr (DOTNET_gcServer=1, ...) passes through.
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

. "$(dirname "$0")/letters.sh"

timed() { # COMMAND... -> "WALL CPU": wall seconds and CPU seconds (user + system) of the run
  local TIMEFORMAT='%R %U %S' times
  times=$( { time "$@" > /dev/null 2> /dev/null; } 2>&1 )
  awk -v t="$times" 'BEGIN { split(t, v, " "); print v[1], v[2] + v[3] }'
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

letters "$corpus" txt "$text_letters" "$work/txt"
letters "$corpus" pdf "$pdf_letters" "$work/pdf"
echo "imr: $imr ($(nproc) cores); $text_letters text and $pdf_letters PDF letters ($([ "${LINKS:-0}" = 1 ] && echo links || echo copies)); median of $rounds interleaved rounds"

declare -A times cpu
for _ in $(seq "$rounds"); do
  for kind in txt pdf; do
    for p in "${parallel[@]}"; do
      read -r wall seconds < <(timed "$imr" parse --format jsonl --no-progress --parallel "$p" "$work/$kind")
      times[$kind.$p]+=" $wall"
      cpu[$kind.$p]+=" $seconds"
    done
  done
  read -r wall seconds < <(timed "$imr" parse "$work/txt/0/$(ls "$work/txt/0" | head -1)")
  times[start]+=" $wall"
  cpu[start]+=" $seconds"
done

# CPU seconds (user + system) hardly depend on what else runs: a ratio near 1.00 means the letters
# cost the same on N threads as on one, so N free cores would run them N times as fast.
printf '\n| input | --parallel | seconds | letters/s | vs --parallel %s | CPU s | CPU vs --parallel %s |\n|---|---:|---:|---:|---:|---:|---:|\n' "${parallel[0]}" "${parallel[0]}"
for kind in txt pdf; do
  count=$text_letters
  [ "$kind" = pdf ] && count=$pdf_letters
  base=$(median <<< "${times[$kind.${parallel[0]}]}")
  base_cpu=$(median <<< "${cpu[$kind.${parallel[0]}]}")
  for p in "${parallel[@]}"; do
    t=$(median <<< "${times[$kind.$p]}")
    c=$(median <<< "${cpu[$kind.$p]}")
    awk -v k="$kind" -v p="$p" -v t="$t" -v n="$count" -v b="$base" -v c="$c" -v bc="$base_cpu" \
      'BEGIN { printf "| %s | %s | %.2f | %.0f | %.2fx | %.2f | %.2f |\n", k, p, t, n / t, b / t, c, c / bc }'
  done
done
printf '\nOne letter, imr parse, wall time: %.3f s (runs:%s); CPU %.3f s\n' "$(median <<< "${times[start]}")" "${times[start]}" "$(median <<< "${cpu[start]}")"
printf 'Load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
