#!/usr/bin/env bash
# Re-encodes the canonical incidents in source/ with other languages' real JSON encoders, the way an integrator in
# that language would write them, into by-language files that the tests read (Json/ForeignEncoderTests). Run it by
# hand after a change of the sources; the outputs are committed, so the tests need none of these tools.
#   Debian: apt-get install php-cli nodejs python3 golang-go   (and the .NET SDK for System.Text.Json)
set -euo pipefail
cd "$(dirname "$0")"
out=documents
rm -rf "$out"; mkdir -p "$out"
for source in source/*.json; do
    name=$(basename "$source" .json)
    php tools/encode.php "$source" > "$out/$name.php.json"
    php tools/encode.php "$source" pretty > "$out/$name.php-pretty.json"
    node tools/encode.js "$source" > "$out/$name.js.json"
    node tools/encode.js "$source" pretty > "$out/$name.js-pretty.json"
    python3 tools/encode.py "$source" > "$out/$name.python.json"
    python3 tools/encode.py "$source" pretty > "$out/$name.python-pretty.json"
    go run tools/encode.go "$source" > "$out/$name.go.json"
    dotnet run tools/encode-stj.cs -- "$source" > "$out/$name.stj.json"
    dotnet run tools/encode-stj.cs -- "$source" pretty > "$out/$name.stj-pretty.json"
done
{
    echo "# Made by generate.sh on $(date -u +%Y-%m-%d) with:"
    php --version | head -1
    echo "node $(node --version)"
    python3 --version
    go version
    echo "dotnet $(dotnet --version)"
} > "$out/VERSIONS.txt"
ls "$out"
