#!/usr/bin/env bash
# Do this machine's two cores slow each other on work that shares nothing (benchmarks/README.md,
# "Two processes on two cores")? A loop in registers (compute) and a loop streaming through 64 MiB
# (memory), each timed alone and then as two copies at once; ROUNDS interleaved rounds (3). Prints
# each run's wall seconds. Needs a C compiler (cc).
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
  else { size_t m = 64u << 20; uint64_t *a = malloc(m); for (size_t i = 0; i < m / 8; i++) a[i] = i; uint64_t s = 0; for (long r = 0; r < n; r++) for (size_t i = 0; i < m / 8; i += 8) s += a[i]; printf("%llu\n", (unsigned long long)s); }
  return 0;
}
C
cc -O2 -o "$dir/spin" "$dir/spin.c"
t() { local TIMEFORMAT='%R'; { time "$@" > /dev/null; } 2>&1; }
for r in $(seq "$rounds"); do
  for kind in "c 1500000000" "m 60"; do
    alone=$(t "$dir/spin" $kind)
    both=$( { t "$dir/spin" $kind > "$dir/a"; } & { t "$dir/spin" $kind > "$dir/b"; }; wait; echo "$(cat "$dir/a") $(cat "$dir/b")")
    echo "round $r ${kind%% *}: alone $alone, two at once $both"
  done
done
rm -rf "$dir"
