#!/usr/bin/env bash
# Fuzzes the parser with AFL++ for SECONDS, then prints executions, paths, crashes and hangs
# and minimizes every new crash or hang into fuzz/findings/minimized/. See fuzz/README.md.
#
#   fuzz/run.sh SECONDS         # a new run, or resume the last one (fuzz/findings/ is kept)
#   FRESH=1 fuzz/run.sh 600     # start over from the seeds
#   TIMEOUT_MS=1000 fuzz/run.sh 600   # a tighter hang threshold (default 5000 ms)
#
# Steps: install AFL++ if missing; restore the SharpFuzz tool; publish the target; instrument a
# copy of the output (instrumented assemblies crash outside the fuzzer, so the plain build stays
# usable for replays); seed from the corpus letters and the kept regression inputs; run one
# afl-fuzz instance under nice (the machine is shared).
set -euo pipefail
seconds=${1:?usage: fuzz/run.sh SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/fuzz/work
findings=$root/fuzz/findings
cd "$root"

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing AFL++"
  apt-get install -y afl++ || { apt-get update && apt-get install -y afl++; }
fi

echo "== building and instrumenting"
dotnet tool restore >/dev/null
rm -rf "$work/build" "$work/instrumented"
dotnet publish fuzz/ImrParsing.Fuzz -c Release -o "$work/build" --nologo -v quiet
cp -r "$work/build" "$work/instrumented"
# Only the library: instrumenting Pidgin or the BCL would spend the coverage map on their internals.
dotnet sharpfuzz "$work/instrumented/ImrParsing.dll"
target=(dotnet "$work/instrumented/ImrParsing.Fuzz.dll")

# Seeds: the five seed letters, every tenth text of the real letters (both extractions), the kept
# inputs of earlier runs. Large enough to reach every section, few enough to cycle fast.
seeds=$work/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
cp tests/Letters/seeds/*.txt "$seeds/"
ls tests/Letters/dwc-2016/*.txt | awk 'NR % 10 == 1' | xargs -I{} cp {} "$seeds/"
cp tests/ImrParsing.Tests/Reliability/FuzzInputs/* "$seeds/" 2>/dev/null || true

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
       AFL_FORKSRV_INIT_TMOUT=60000 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
stats=$findings/default/fuzzer_stats
stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
input=$seeds
time_before=0 execs_before=0
if [ -z "${FRESH:-}" ] && [ -f "$findings/default/fuzzer_stats" ]; then
  input=-   # resume
  time_before=$(stat run_time) execs_before=$(stat execs_done)
  echo "== resuming the run in $findings"
else
  rm -rf "$findings"
fi
mkdir -p "$findings"

echo "== fuzzing for $seconds s (log: $work/afl.log)"
# -t: a normal letter parses in about a millisecond; 5 s leaves room for the JIT and a loaded
# machine, so a timeout is a real hang. -m none: the .NET runtime reserves far more than AFL's default.
timeout_ms=${TIMEOUT_MS:-5000}
nice -n 10 afl-fuzz -i "$input" -o "$findings" -x fuzz/imr.dict -t "$timeout_ms" -m none -V "$seconds" \
  -- "${target[@]}" >"$work/afl.log" 2>&1 || { tail -30 "$work/afl.log"; exit 1; }

echo "== this run: $(( $(stat run_time) - time_before )) s, $(( $(stat execs_done) - execs_before )) executions"
echo "== in total: $(stat run_time) s, $(stat execs_done) executions, paths $(stat corpus_count), crashes $(stat saved_crashes), hangs $(stat saved_hangs)"

# Minimize each finding once, and replay it on the plain build to show what it does.
mkdir -p "$findings/minimized"
for kind in crashes hangs; do
  for case in "$findings"/default/"$kind"/id:*; do
    [ -e "$case" ] || continue
    out=$findings/minimized/$kind-$(basename "$case" | cut -d, -f1 | tr : _)
    [ -e "$out" ] && continue
    mode=(); [ "$kind" = hangs ] && mode=(-H)
    afl-tmin "${mode[@]}" -i "$case" -o "$out" -t "$timeout_ms" -m none -- "${target[@]}" >/dev/null 2>&1 || cp "$case" "$out"
    echo "== $kind: $out"
    timeout 60 dotnet "$work/build/ImrParsing.Fuzz.dll" "$out" | head -5 || echo "   (timed out: a hang)"
  done
done
