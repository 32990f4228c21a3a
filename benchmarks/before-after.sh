#!/usr/bin/env bash
# Measures the library at an earlier commit ("before") and as it is now ("after") in one BenchmarkDotNet run:
# builds Incidents.Core and Incidents.Core.Interop at BASE into artifacts/baseline/, then runs
# benchmarks/Incidents.Core.BeforeAfter with two jobs that differ only in which builds they reference. Results land in artifacts/before-after/.
#   bash benchmarks/before-after.sh [BASE=b65dd9d] [extra BenchmarkDotNet arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-b65dd9d}
shift || true
baseline="$PWD/artifacts/baseline/$base"
if [ ! -f "$baseline/Incidents.Core.Interop.dll" ]; then
    tree=$(mktemp -d)
    git worktree add --detach "$tree" "$base" > /dev/null
    dotnet build "$tree/src/Incidents.Core.Interop" -c Release -o "$baseline" > /dev/null
    git worktree remove --force "$tree"
fi
dotnet run -c Release --project benchmarks/Incidents.Core.BeforeAfter -- \
    --baseline "$baseline" --filter '*' --artifacts artifacts/before-after "$@"
