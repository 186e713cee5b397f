#!/usr/bin/env bash
# Do this machine's two cores slow each other on work that shares nothing (benchmarks/README.md,
# "Two processes on two cores")? Each kind of loop is timed alone and then as two copies at once;
# ROUNDS interleaved rounds (3). Prints each run's wall seconds. Needs a C compiler (cc). The kinds:
#   c  one chain of multiplications in registers (latency-bound)
#   t  eight independent chains (the core's arithmetic units busy)
#   r  a random walk through a table of 512 KiB, then of 4 MiB (each read waits on the last, from
#      the caches: the second-level cache, then the last)
#   m  a stream through 64 MiB (memory traffic)
#
#   benchmarks/cores.sh
set -euo pipefail
rounds=${ROUNDS:-3}
dir=$(mktemp -d)
cat > "$dir/spin.c" <<'C'
#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
int main(int argc, char **argv) {
  long n = atol(argv[2]);
  if (argv[1][0] == 'c') { uint64_t x = 1; for (long i = 0; i < n; i++) { x = x * 6364136223846793005ULL + 1442695040888963407ULL; } printf("%llu\n", (unsigned long long)x); }
  else if (argv[1][0] == 't') { uint64_t a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8; for (long i = 0; i < n; i++) { a = a * 3 + 1; b = b * 5 + 3; c = c * 7 + 5; d = d * 9 + 7; e = e * 11 + 1; f = f * 13 + 3; g = g * 15 + 5; h = h * 17 + 7; } printf("%llu\n", (unsigned long long)(a + b + c + d + e + f + g + h)); }
  else if (argv[1][0] == 'r') {
    size_t m = ((size_t)atol(argv[3]) << 10) / 8; uint64_t *a = malloc(m * 8), s = 12345, p = 0, sum = 0;
    for (size_t i = 0; i < m; i++) a[i] = i;
    for (size_t i = m - 1; i > 0; i--) { s = s * 6364136223846793005ULL + 1442695040888963407ULL; size_t j = (s >> 33) % i; uint64_t t = a[i]; a[i] = a[j]; a[j] = t; } /* one cycle through every entry */
    for (long i = 0; i < n; i++) { p = a[p]; sum += p; }
    printf("%llu\n", (unsigned long long)sum); }
  else { size_t m = 64u << 20; uint64_t *a = malloc(m); for (size_t i = 0; i < m / 8; i++) a[i] = i; uint64_t s = 0; for (long r = 0; r < n; r++) for (size_t i = 0; i < m / 8; i += 8) s += a[i]; printf("%llu\n", (unsigned long long)s); }
  return 0;
}
C
cc -O2 -o "$dir/spin" "$dir/spin.c"
t() { local TIMEFORMAT='%R'; { time "$@" > /dev/null; } 2>&1; }
for r in $(seq "$rounds"); do
  for spec in "compute, one chain:c 1500000000" "compute, eight chains:t 1000000000" "cache, 512 KiB:r 100000000 512" "cache, 4 MiB:r 50000000 4096" "memory, 64 MiB:m 60"; do
    kind=${spec#*:}
    alone=$(t "$dir/spin" $kind)
    both=$( { t "$dir/spin" $kind > "$dir/a"; } & { t "$dir/spin" $kind > "$dir/b"; }; wait; echo "$(cat "$dir/a") $(cat "$dir/b")")
    echo "round $r ${spec%%:*}: alone $alone, two at once $both"
  done
done
rm -rf "$dir"
