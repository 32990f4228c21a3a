#!/usr/bin/env bash
# Developer helper: writes every public symbol that the build reports as undeclared (RS0016) into the project's
# PublicAPI.Unshipped.txt, and drops lines the build reports as no longer existing (RS0017).
# Review the diff: it is the public API change, and the CHANGELOG should name it.
# Usage: .ci/update-public-api.sh src/Incidents.Core
set -euo pipefail
project_dir=${1:?usage: $0 PROJECT_DIR}
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
python3 - "$log" "$unshipped" <<'PY'
import re, sys
log, unshipped = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8").read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l.rstrip("\n") for l in open(unshipped, encoding="utf-8")]
header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
body = {l for l in lines if l and not l.startswith("#")}
body = (body | added) - removed
open(unshipped, "w", encoding="utf-8").write("\n".join(header + sorted(body, key=lambda s: s.lstrip("~").replace("static ", "").replace("abstract ", "").replace("override ", "").replace("const ", "").replace("virtual ", ""))) + "\n")
print(f"{len(added)} added, {len(removed)} removed -> {unshipped}")
PY
rm -f "$log"
