#!/usr/bin/env bash
# Snapshot review for tests/ImrParsing.Tests/Snapshots.
#   tests/snapshots.sh list     the snapshots that differ (a .received.json beside the .approved.json)
#   tests/snapshots.sh diff     their full diffs; read every one
#   tests/snapshots.sh accept   make each .received.json the new .approved.json (only after reading the diffs)
set -euo pipefail
dir=$(cd "$(dirname "$0")" && pwd)/ImrParsing.Tests/Snapshots
mapfile -t received < <(find "$dir" -name '*.received.json' | sort)
case ${1:-list} in
  list) printf '%s\n' "${received[@]#"$dir"/}" ;;
  diff)
    for r in "${received[@]}"; do
      a=${r%.received.json}.approved.json
      if [ -f "$a" ]; then git --no-pager diff --no-index -- "$a" "$r" || true; else echo "new: ${r#"$dir"/}"; fi
    done ;;
  accept)
    for r in "${received[@]}"; do mv "$r" "${r%.received.json}.approved.json"; done
    echo "accepted ${#received[@]} snapshot(s)" ;;
  *) echo "usage: $0 list|diff|accept" >&2; exit 2 ;;
esac
