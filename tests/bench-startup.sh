#!/usr/bin/env bash
# Start-up cost of the dystonia tool: one record of samples/cohort.jsonl, classified and explained by a cold process,
# for the Native AOT executable (the default install) and the framework-dependent `dotnet dystonia.dll` (the
# Dystonia.Classification.Tool.any package), against `jq -c .` on the same record (a small native program that also
# reads and writes one JSON document). hyperfine runs each command 30 times after 3 warm-up runs, with no shell in
# between (-N); the medians are printed, the full results go to artifacts/bench/startup/ (gitignored).
# Usage: tests/bench-startup.sh
# Needs clang and zlib1g-dev (Native AOT), jq and hyperfine: installed with apt-get when missing.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/bench/startup"
mkdir -p "$out"

missing=()
command -v jq > /dev/null || missing+=(jq)
command -v hyperfine > /dev/null || missing+=(hyperfine)
command -v clang > /dev/null || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get install -y -qq "${missing[@]}" > /dev/null 2>&1 || sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET $(dotnet --version), $(jq --version), $(hyperfine --version)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build "$repo/src/Dystonia.Classification.Cli" -c Release -v q -nologo > /dev/null
dotnet publish "$repo/src/Dystonia.Classification.Cli" -c Release -r linux-x64 -o "$out/aot" -v q -nologo > /dev/null
native="$out/aot/dystonia"
managed="$repo/src/Dystonia.Classification.Cli/bin/Release/net10.0/dystonia.dll"
echo "native executable: $(stat -c %s "$native") bytes"

# The first sample record, as a JSON Lines file for classify and as a JSON document for explain and jq.
head -n 1 "$repo/samples/cohort.jsonl" > "$out/record.jsonl"
cp "$out/record.jsonl" "$out/record.json"

hyperfine -N --warmup 3 --runs 30 --export-json "$out/startup.json" \
  -n "classify, native" "$native classify $out/record.jsonl -q" \
  -n "classify, dotnet dystonia.dll" "dotnet $managed classify $out/record.jsonl -q" \
  -n "explain, native" "$native explain $out/record.json" \
  -n "explain, dotnet dystonia.dll" "dotnet $managed explain $out/record.json" \
  -n "jq -c ." "jq -c . $out/record.json" > "$out/hyperfine.txt"

echo
# CPU time (user + system) beside the wall-clock times: less disturbed than they are by other work on the machine.
printf '%-32s %10s %10s %10s %14s\n' "command" "median ms" "mean ms" "stddev ms" "CPU ms (mean)"
jq -r '.results[] | [.command, (.median * 1000), (.mean * 1000), (.stddev * 1000), ((.user + .system) * 1000)] | @tsv' "$out/startup.json" |
  while IFS=$'\t' read -r command median mean stddev cpu; do
    printf '%-32s %10.1f %10.1f %10.1f %14.1f\n' "$command" "$median" "$mean" "$stddev" "$cpu"
  done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
