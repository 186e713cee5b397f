#!/usr/bin/env bash
# Checks the native (AOT) imr against the JIT build: both read every letter of a corpus folder,
# text and PDF, in every format, and must write the same bytes (benchmarks/README.md, "Batches").
# The tool's AOT build suppresses Parquet.Net's trim warnings (src/ImrParsing.Cli, the csproj says
# which members and why); this is the run that backs it. Takes minutes: the AOT compile.
#
#   benchmarks/aot-check.sh [CORPUS]      (default: tests/Letters/dwc-2016)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-tests/Letters/dwc-2016}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/ImrParsing.Cli -c Release -r linux-x64 -o "$work/native" > "$work/native.log" 2>&1 || { cat "$work/native.log"; exit 1; }
dotnet publish src/ImrParsing.Cli -c Release -r any -o "$work/jit" > "$work/jit.log" 2>&1 || { cat "$work/jit.log"; exit 1; }
file "$work/native/imr" | grep -q ELF || { echo "aot-check: $work/native/imr is not a native executable"; exit 1; }

failed=0
check() { # NAME ARGS...: the same command with both builds, outputs compared byte for byte
  local name=$1
  shift
  "$work/native/imr" "$@" > "$work/$name.native" 2>&1 || true
  dotnet "$work/jit/imr.dll" "$@" > "$work/$name.jit" 2>&1 || true
  if cmp -s "$work/$name.native" "$work/$name.jit"; then
    echo "same: $name ($(wc -c < "$work/$name.native") bytes)"
  else
    echo "DIFFERENT: $name"
    failed=1
  fi
}

check json parse --format json "$corpus"
check jsonl parse --format jsonl --parallel 2 "$corpus"
check csv parse --format csv "$corpus"
check stats stats "$corpus"
check schema schema
"$work/native/imr" parse --format parquet -o "$work/native.parquet" "$corpus" || true
dotnet "$work/jit/imr.dll" parse --format parquet -o "$work/jit.parquet" "$corpus" || true
if [ -s "$work/native.parquet" ] && cmp -s "$work/native.parquet" "$work/jit.parquet"; then
  echo "same: parquet ($(wc -c < "$work/native.parquet") bytes)"
else
  echo "DIFFERENT: parquet"
  failed=1
fi

[ "$failed" -eq 0 ] && echo "aot-check: the native imr writes what the JIT build writes." || echo "aot-check: FAILED"
exit "$failed"
