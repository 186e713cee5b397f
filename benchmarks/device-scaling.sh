#!/usr/bin/env bash
# Many-core scaling of a self-contained imr (no .NET needed on the machine), in about 4 minutes
# on 16 cores: 5,000 text and 2,000 PDF letters at --parallel 1 2 4 8 16, plus one letter's
# start-up; then once more with tiered compilation off, to show what the recompilation costs.
#
#   benchmarks/device-scaling.sh IMR_FOLDER CORPUS
#
# IMR_FOLDER  dotnet publish src/ImrParsing.Cli -c Release -r linux-x64 --self-contained
#             -p:PublishTrimmed=true -p:TreatWarningsAsErrors=false -o IMR_FOLDER
#             (the warnings: Parquet.Net is not trim-safe; the timed runs do not reach it)
# CORPUS      the 150 letters (NAME.txt and NAME.pdf), as in shared/corpus/dwc-2016
set -euo pipefail
here=$(dirname "$0")
imr=${1:?usage: device-scaling.sh IMR_FOLDER CORPUS}/imr
corpus=${2:?usage: device-scaling.sh IMR_FOLDER CORPUS}
cores=$(nproc)
levels="1 2 4 8 16"
[ "$cores" -lt 16 ] && levels="1 2 $cores"

ROUNDS=3 bash "$here/batch.sh" "$imr" "$corpus" 5000 2000 $levels
echo
echo "Again with tiered compilation off (DOTNET_TieredCompilation=0: no recompilation thread):"
ROUNDS=1 DOTNET_TieredCompilation=0 bash "$here/batch.sh" "$imr" "$corpus" 5000 1000 1 2 "$cores"
