#!/usr/bin/env bash
# Records what two independent JSON Schema validators of other languages say of every mutated document in
# mutations.jsonl (each a JSON Pointer and a replacement value, applied to base.json), against the shipped
# incident.schema.json: ajv 8 (JavaScript, draft 2020-12, formats as annotations) and Python's jsonschema
# (Draft202012Validator). The verdicts are committed; Json/ForeignValidatorTests compares them with the reader.
# Regenerate after the schema or the mutations change (the tests say so):
#   INCIDENTS_UPDATE_GOLDEN=1 dotnet test -c Release --filter-class '*ForeignValidatorTests'   # base.json, mutations.jsonl
#   bash tests/data/validators/record-verdicts.sh
# Needs: Debian's nodejs, npm and python3-jsonschema (apt-get install nodejs npm python3-jsonschema).
set -euo pipefail
cd "$(dirname "$0")"
schema=../../../src/Incidents.Core/Json/incident.schema.json
work=$(mktemp -d)
(cd "$work" && npm install --silent --no-audit --no-fund ajv@8 > /dev/null)
NODE_PATH="$work/node_modules" node tools/ajv-verdicts.js "$schema" base.json mutations.jsonl > ajv.tsv
/usr/bin/python3 tools/python-verdicts.py "$schema" base.json mutations.jsonl > python-jsonschema.tsv
rm -rf "$work"
echo "node $(node --version): $(head -1 ajv.tsv); $(head -1 python-jsonschema.tsv)"
