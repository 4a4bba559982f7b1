#!/usr/bin/env bash
# Reruns the throughput measurements of docs/performance.md, each target against its anchor in the same run:
#   1. the BenchmarkDotNet suites (labels only, full result, JSON read/classify/write, and the integrator's round trip
#      on Firely's model, Bundle in and Observation out) with [MemoryDiagnoser];
#   2. the batch tool end to end on two generated inputs, 200,000 and 1,000,000 records each:
#        cohort  the 36 sample patients repeated with fresh ids (every label and rule path, ~320 bytes a record);
#        short   records as clinicians often fill them: id, one to four regions with sides, age at onset (~130 bytes);
#      each with `jq -c .` (an identity copy by a standard streaming JSON tool: the anchor), `dystonia classify`
#      with full reasoning, and `dystonia classify --no-reasoning`; output to /dev/null; wall and CPU seconds and
#      peak RSS from GNU time, the best wall time of three runs (one with --quick);
#   3. start-up: one record classified and explained by a cold process, native and framework-dependent, against jq
#      on the same record (tests/bench-startup.sh);
#   4. the CDS Hooks service at 32 concurrent clients on loopback (tests/bench-service.sh).
# Usage: tests/bench.sh [--quick] [--skip-micro] [--skip-batch] [--skip-startup] [--skip-service] [--tool <path>]
#   --quick       BenchmarkDotNet's short job, 200,000 records only, one run each (a smoke run, not for the docs).
#   --tool PATH   measure this dystonia executable (a published native or ReadyToRun build) instead of the Release
#                 build of src/Dystonia.Classification.Cli, which spends about a second of CPU on JIT compilation.
# Results go to artifacts/bench/ (gitignored): the BenchmarkDotNet reports under micro/, the batch table in batch.md.
# Needs jq (installed with apt-get when missing) and GNU time.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/bench"
quick=0 micro=1 batch=1 startup=1 service=1 tool=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --skip-micro) micro=0 ;;
    --skip-batch) batch=0 ;;
    --skip-startup) startup=0 ;;
    --skip-service) service=0 ;;
    --tool) tool="$(realpath "$2")"; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

bench="$repo/tests/Dystonia.Classification.Benchmarks/bin/Release/net10.0/Dystonia.Classification.Benchmarks.dll"
dotnet build "$repo/tests/Dystonia.Classification.Benchmarks" -c Release -v q -nologo

if [ "$micro" = 1 ]; then
  job=()
  [ "$quick" = 1 ] && job=(--job short)
  rm -rf "$out/micro"
  (cd "$out" && dotnet "$bench" --filter '*' "${job[@]}" --artifacts "$out/micro" --exporters github)
  cat "$out"/micro/results/*-report-github.md
fi

if [ "$batch" = 1 ]; then
  if ! command -v jq > /dev/null; then
    apt-get install -y -qq jq > /dev/null 2>&1 || sudo apt-get install -y -qq jq > /dev/null
  fi
  command -v /usr/bin/time > /dev/null || { apt-get install -y -qq time > /dev/null 2>&1 || sudo apt-get install -y -qq time > /dev/null; }

  if [ -z "$tool" ]; then
    dotnet build "$repo/src/Dystonia.Classification.Cli" -c Release -v q -nologo
    tool="$repo/src/Dystonia.Classification.Cli/bin/Release/net10.0/dystonia"
  fi
  echo "tool: $tool"

  sizes=(200000 1000000)
  attempts=3
  [ "$quick" = 1 ] && { sizes=(200000); attempts=1; }
  table="$out/batch.md"
  {
    echo "| input | records | MB in | command | wall s | CPU s | peak RSS MB | wall vs jq |"
    echo "|---|---:|---:|---|---:|---:|---:|---:|"
  } > "$table"

  # Runs a command $attempts times with its output to /dev/null; keeps the run with the best wall time.
  measure() {
    local best="" cpu="" rss=""
    for _ in $(seq "$attempts"); do
      /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" > /dev/null
      read -r seconds user system kb < "$out/time.txt"
      if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
        best="$seconds"; cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"; rss="$(( kb / 1024 ))"
      fi
    done
    echo "$best $cpu $rss"
  }

  for input in cohort short; do
    for n in "${sizes[@]}"; do
      file="$out/$input-$n.jsonl"
      if [ ! -f "$file" ]; then
        if [ "$input" = cohort ]; then
          dotnet "$bench" cohort "$repo/samples/cohort.jsonl" "$n" "$file"
        else
          dotnet "$bench" short "$n" "$file"
        fi
      fi
      size_mb=$(( $(stat -c %s "$file") / 1000000 ))
      read -r jq_wall jq_cpu jq_rss <<< "$(measure jq -c . "$file")"
      echo "| $input | $n | $size_mb | jq -c . | $jq_wall | $jq_cpu | $jq_rss | 1.00 |" >> "$table"
      for variant in full lean; do
        flags=()
        label="dystonia classify"
        [ "$variant" = lean ] && { flags=(--no-reasoning); label="dystonia classify --no-reasoning"; }
        read -r wall cpu rss <<< "$(measure "$tool" classify "$file" -q "${flags[@]}")"
        ratio="$(awk -v a="$wall" -v b="$jq_wall" 'BEGIN { printf "%.2f", a / b }')"
        echo "| $input | $n | $size_mb | $label | $wall | $cpu | $rss | $ratio |" >> "$table"
      done
      tail -3 "$table"
    done
  done

  echo
  echo "batch (wall vs jq below 1.00: faster than the identity copy):"
  cat "$table"
fi
if [ "$startup" = 1 ]; then
  "$repo/tests/bench-startup.sh"
fi
if [ "$service" = 1 ]; then
  "$repo/tests/bench-service.sh"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
