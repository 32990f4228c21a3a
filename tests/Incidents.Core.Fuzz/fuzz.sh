#!/usr/bin/env bash
# Fuzzes the library with AFL++ through SharpFuzz: publishes the harness, instruments Incidents.Core.dll and
# Incidents.Core.Interop.dll, runs afl-fuzz on each target for FUZZ_SECONDS (default 300) starting from corpus/TARGET,
# turns every crash or hang into an input in regressions/TARGET/ (crashes minimised with afl-tmin), and adds the
# smallest inputs of the coverage-minimised queue to corpus/TARGET/; the replay tests (tests/Incidents.Core.Tests/Fuzz)
# run both on every build. Prints what each target ran and found.
#   FUZZ_SECONDS=600 bash tests/Incidents.Core.Fuzz/fuzz.sh [TARGET...]     (targets: json documents validator text ged export)
# Needs afl-fuzz (Debian's afl++; installed here when run as root). Work files go to artifacts/fuzz/ (FUZZ_WORK; not
# under /tmp, where afl-cmin refuses to run). Two runs at once (one per core) need a FUZZ_WORK each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=${FUZZ_SECONDS:-300}
work=${FUZZ_WORK:-$repo/artifacts/fuzz}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json documents validator text ged export)
mkdir -p "$work"

if ! command -v afl-fuzz > /dev/null; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
        apt-get install -y -qq afl++ > /dev/null
    else
        echo "afl-fuzz is missing: apt-get install afl++" >&2
        exit 2
    fi
fi

tools="$work/tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" > /dev/null

# The harness, published; only the library's own assemblies are instrumented (not the harness, SharpFuzz or .NET).
bin="$work/bin"
rm -rf "$bin"
dotnet publish "$here" -c Release -o "$bin" > "$work/publish.log" || { cat "$work/publish.log" >&2; exit 1; }
for dll in Incidents.Core.dll Incidents.Core.Interop.dll; do
    "$tools/sharpfuzz" "$bin/$dll" > /dev/null
done

# .NET is not an AFL-compiled binary, and a container cannot change where core dumps go.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
harness=("$(command -v dotnet)" "$bin/Incidents.Core.Fuzz.dll")
printf '%-10s %8s %10s %8s %8s %8s\n' target seconds executions paths crashes hangs
for target in "${targets[@]}"; do
    out="$work/findings/$target"
    rm -rf "$out"
    mkdir -p "$(dirname "$out")"
    dictionary=()
    case $target in json | documents | validator | export) dictionary=(-x "$here/incident.dict") ;; esac
    afl-fuzz -i "$here/corpus/$target" -o "$out" "${dictionary[@]}" -t 5000 -m none -V "$seconds" -- "${harness[@]}" "$target" > "$work/$target.log" 2>&1 || {
        echo "afl-fuzz failed on $target; see $work/$target.log" >&2
        tail -20 "$work/$target.log" >&2
        exit 1
    }
    stats="$out/default/fuzzer_stats"
    stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
    printf '%-10s %8s %10s %8s %8s %8s\n' "$target" "$seconds" "$(stat execs_done)" "$(stat corpus_count)" "$(stat saved_crashes)" "$(stat saved_hangs)"
    shopt -s nullglob
    for found in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
        kind=$([[ $found == */hangs/* ]] && echo hang || echo crash)
        minimised="$work/minimised"
        if [ "$kind" = crash ]; then
            afl-tmin -i "$found" -o "$minimised" -t 5000 -m none -- "${harness[@]}" "$target" > /dev/null 2>&1 || cp "$found" "$minimised"
        else
            cp "$found" "$minimised"
        fi
        # Named by content, so that one bug found twice is kept once.
        name="$kind-$(sha1sum "$minimised" | cut -c1-12)"
        mkdir -p "$here/regressions/$target"
        mv "$minimised" "$here/regressions/$target/$name"
        echo "  $kind: regressions/$target/$name"
    done
    shopt -u nullglob

    # What the run covered, distilled into the committed corpus: the queue minimised by coverage (afl-cmin), and of
    # that the FUZZ_KEEP (default 120) smallest inputs, which the next run starts from and the tests replay.
    keep=${FUZZ_KEEP:-120}
    if [ "$keep" -gt 0 ]; then
        rm -rf "$work/cmin/$target"
        mkdir -p "$work/cmin"
        afl-cmin -i "$out/default/queue" -o "$work/cmin/$target" -t 5000 -m none -- "${harness[@]}" "$target" > "$work/cmin-$target.log" 2>&1 || {
            echo "afl-cmin failed on $target; see $work/cmin-$target.log" >&2
            tail -3 "$work/cmin-$target.log" >&2
            exit 1
        }
        # (The queue holds the starting corpus as hard links: an input already there is not copied again.)
        # (Sorted into a file first: `sort | head` under pipefail fails when head stops reading.)
        find "$work/cmin/$target" -type f -printf '%s %p\n' | sort -n > "$work/cmin/$target.sizes"
        head -n "$keep" "$work/cmin/$target.sizes" | while read -r _ file; do
            dest="$here/corpus/$target/afl-$(sha1sum "$file" | cut -c1-12)"
            [ -e "$dest" ] || cp "$file" "$dest"
        done
        echo "  corpus/$target: $(find "$here/corpus/$target" -type f ! -name '*.md' | wc -l) inputs"
    fi
done
