"""Wall time and peak memory of a million records: the tool alone, and the Python path with and without reasoning.

From the repository root, with the package installed (python/README.md) and GNU time (Debian package ``time``):

    dotnet build src/Dystonia.Classification.Cli -c Release
    .venv/bin/python python/benchmarks/classify_million.py                # 1,000,000 records, 3 runs of each

Options: ``--records N``, ``--runs N``, ``--tool PATH`` (default: the Release build's apphost), ``--work DIR`` (where
the generated cohort goes, default a temporary directory). The cohort repeats the rows of samples/cohort.csv with
fresh ids. Each measurement runs in a process of its own under ``/usr/bin/time -v``; the Python runs also report the
peak of the Python process and of the tool separately, the tool's from GNU time wrapped around the tool itself (a
child's peak as the operating system counts it includes the forked copy of its parent before exec, so
``RUSAGE_CHILDREN`` would report the size of the Python process instead). Medians of the runs are printed as a table.

The cohort holds 36 distinct patients, so its result texts repeat; pandas' CSV reader shares identical strings within
a chunk, so the Python peak is lower than for a real cohort whose reasoning texts differ from patient to patient.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

# One Python measurement: read the CSV with pandas (typed), classify, and touch the typed result.
PYTHON_RUN = """
import json, os, resource, sys, tempfile, time
import dystonia
# The tool's own peak comes from GNU time wrapped around it: RUSAGE_CHILDREN would report the forked copy of this
# Python process (a child's peak counts its pages before exec), not the tool.
peak_file = tempfile.NamedTemporaryFile(delete=False).name
started = time.perf_counter()
cohort = dystonia.read_cohort(sys.argv[1])
read = time.perf_counter()
results = dystonia.classify(cohort, tool=["/usr/bin/time", "-f", "%M", "-o", peak_file, sys.argv[2]],
                            reasoning=sys.argv[3] == "reasoning")
done = time.perf_counter()
assert len(results) == len(cohort) and str(results["legInvolvement"].dtype) == "boolean"
with open(peak_file) as peak:
    tool_peak_kib = int(peak.read().split()[-1])
os.unlink(peak_file)
print(json.dumps({
    "readSeconds": read - started, "classifySeconds": done - read,
    "pythonPeakMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "toolPeakMiB": tool_peak_kib / 1024,
    "distribution": results["distribution"].value_counts().to_dict(),
}))
"""


def make_cohort(path: Path, records: int) -> None:
    with open(REPOSITORY / "samples" / "cohort.csv", newline="", encoding="utf-8") as sample:
        rows = list(csv.reader(sample))
    header, patients = rows[0], rows[1:]
    column = header.index("id")
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for number in range(records):
            row = list(patients[number % len(patients)])
            row[column] = f"p-{number + 1:07d}"
            writer.writerow(row)


def timed(command: list[str]) -> dict:
    # The tool's results go to standard output, discarded.
    discard = command[0] != sys.executable
    run = subprocess.run(["/usr/bin/time", "-v", *command], stdout=subprocess.DEVNULL if discard else subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"failed ({run.returncode}): {' '.join(command)}\n{run.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    hours, minutes, seconds = (float(part) if part else 0.0 for part in wall.groups())
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    measured = {"wallSeconds": hours * 3600 + minutes * 60 + seconds, "peakMiB": peak / 1024}
    last = run.stdout.strip().splitlines()[-1:] if run.stdout and run.stdout.strip() else []
    if last and last[0].startswith("{"):
        measured.update(json.loads(last[0]))
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tool", default=str(REPOSITORY / "src/Dystonia.Classification.Cli/bin/Release/net10.0/dystonia"))
    parser.add_argument("--work", default=None)
    options = parser.parse_args()
    work = Path(options.work or tempfile.mkdtemp(prefix="dystonia-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cohort = work / "big.csv"
    make_cohort(cohort, options.records)
    print(f"{options.records:,} records, {cohort.stat().st_size / 2**20:.0f} MiB of CSV in {cohort}; "
          f"{options.runs} runs of each; Python {sys.version.split()[0]}", flush=True)

    cases = {
        "tool alone: classify --format csv --no-reasoning > /dev/null": [
            options.tool, "classify", str(cohort), "--format", "csv", "--no-reasoning", "-q"],
        "Python: read_cohort + classify(reasoning=False)": [
            sys.executable, "-c", PYTHON_RUN, str(cohort), options.tool, "no-reasoning"],
        "Python: read_cohort + classify() with reasoning": [
            sys.executable, "-c", PYTHON_RUN, str(cohort), options.tool, "reasoning"],
    }
    print("| case | wall s (median) | peak MiB (median) | runs (wall s) | Python: read s, classify s, Python peak MiB, tool peak MiB |")
    print("|---|---|---|---|---|")
    for name, command in cases.items():
        runs = [timed(command) for _ in range(options.runs)]
        wall = statistics.median(run["wallSeconds"] for run in runs)
        peak = statistics.median(run["peakMiB"] for run in runs)
        detail = ""
        if "readSeconds" in runs[0]:
            detail = ", ".join(f"{statistics.median(run[key] for run in runs):.1f}"
                               for key in ("readSeconds", "classifySeconds", "pythonPeakMiB", "toolPeakMiB"))
        walls = ", ".join(f"{run['wallSeconds']:.1f}" for run in runs)
        print(f"| {name} | {wall:.1f} | {peak:.0f} | {walls} | {detail} |", flush=True)


if __name__ == "__main__":
    main()
