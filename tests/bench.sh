#!/usr/bin/env bash
# Reruns the performance measurements of docs/performance.md:
#   1. the BenchmarkDotNet suites (labels only, full result, JSON read/classify/write) with [MemoryDiagnoser];
#   2. the batch tool end to end on generated cohorts of 100,000 and 1,000,000 JSON Lines records, against
#      `jq -c .` (an identity pass of a standard streaming JSON tool) on the same file, on all cores and pinned to one.
# Usage: tests/bench.sh [--quick] [--skip-micro] [--skip-batch]
#   --quick       BenchmarkDotNet's short job and only the 100,000-record cohort (a smoke run, not for the docs).
# Results go to artifacts/bench/ (gitignored). Needs jq (installed with apt-get when missing) and GNU time.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/bench"
quick=0 micro=1 batch=1
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --skip-micro) micro=0 ;;
    --skip-batch) batch=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$micro" = 1 ]; then
  dotnet build "$repo/tests/Dystonia.Classification.Benchmarks" -c Release -v q -nologo
  job=()
  [ "$quick" = 1 ] && job=(--job short)
  (cd "$out" && dotnet "$repo/tests/Dystonia.Classification.Benchmarks/bin/Release/net10.0/Dystonia.Classification.Benchmarks.dll" \
      --filter '*' "${job[@]}" --artifacts "$out/micro" --exporters github)
  cat "$out"/micro/results/*-report-github.md
fi

if [ "$batch" = 1 ]; then
  if ! command -v jq > /dev/null; then
    apt-get install -y -qq jq > /dev/null 2>&1 || sudo apt-get install -y -qq jq > /dev/null
  fi
  command -v /usr/bin/time > /dev/null || { apt-get install -y -qq time > /dev/null 2>&1 || sudo apt-get install -y -qq time > /dev/null; }

  dotnet build "$repo/src/Dystonia.Classification.Cli" -c Release -v q -nologo
  dotnet build "$repo/tests/Dystonia.Classification.Benchmarks" -c Release -v q -nologo
  bench="$repo/tests/Dystonia.Classification.Benchmarks/bin/Release/net10.0/Dystonia.Classification.Benchmarks.dll"
  tool="$repo/src/Dystonia.Classification.Cli/bin/Release/net10.0/dystonia"

  sizes=(100000 1000000)
  [ "$quick" = 1 ] && sizes=(100000)
  for n in "${sizes[@]}"; do
    cohort="$out/cohort-$n.jsonl"
    if [ ! -f "$cohort" ]; then
      # The 36 sample patients, repeated with fresh ids: every label and rule path appears in the same proportions.
      dotnet "$bench" cohort "$repo/samples/cohort.jsonl" "$n" "$cohort"
    fi
    size_mb=$(( $(stat -c %s "$cohort") / 1000000 ))
    echo
    echo "== $n records, $size_mb MB =="
    printf '%-44s %10s %12s %10s\n' "command" "seconds" "records/s" "peak MB"
    run() {
      local label="$1"; shift
      local best=""
      local rss=""
      for attempt in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" > /dev/null
        read -r seconds kb < "$out/time.txt"
        if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$seconds"; rss="$kb"; fi
      done
      printf '%-44s %10s %12s %10s\n' "$label" "$best" "$(awk -v n="$n" -v s="$best" 'BEGIN { printf "%d", n / s }')" "$(( rss / 1024 ))"
    }
    run "jq -c . (identity copy)" jq -c . "$cohort"
    run "dystonia classify (all cores)" "$tool" classify "$cohort" -q -o /dev/null
    run "dystonia classify --no-reasoning (all cores)" "$tool" classify "$cohort" -q -o /dev/null --no-reasoning
    run "dystonia classify, pinned to 1 core" taskset -c 0 "$tool" classify "$cohort" -q -o /dev/null
    run "dystonia classify --no-reasoning, pinned to 1 core" taskset -c 0 "$tool" classify "$cohort" -q -o /dev/null --no-reasoning
  done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
