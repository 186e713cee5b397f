#!/usr/bin/env bash
# Many-core scaling of the native imr (no .NET needed on the machine), in about 3 minutes on 16
# cores: 5,000 text and 2,000 PDF letters at --parallel 1 2 4 8 16, plus one letter's start-up.
#
#   benchmarks/device-scaling.sh IMR_FOLDER CORPUS
#
# IMR_FOLDER  dotnet publish src/ImrParsing.Cli -c Release -r linux-x64 -o IMR_FOLDER
#             (native AOT, as the tool's linux-x64 package)
# CORPUS      the 150 letters (NAME.txt and NAME.pdf), as in shared/corpus/dwc-2016
set -euo pipefail
here=$(dirname "$0")
imr=${1:?usage: device-scaling.sh IMR_FOLDER CORPUS}/imr
corpus=${2:?usage: device-scaling.sh IMR_FOLDER CORPUS}
cores=$(nproc)
levels="1 2 4 8 16"
[ "$cores" -lt 16 ] && levels="1 2 $cores"

ROUNDS=3 bash "$here/batch.sh" "$imr" "$corpus" 5000 2000 $levels
