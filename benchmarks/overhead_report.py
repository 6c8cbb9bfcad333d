#!/usr/bin/env python3
"""Turns overhead.sh's timings and a ReportAnalyzer build log into a Markdown report."""
import platform
import re
import statistics
import subprocess
import sys

times_path, log_path, entities, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
times = {}
for line in open(times_path, encoding="utf-8"):
    name, seconds = line.split("\t")
    times.setdefault(name, []).append(float(seconds))

# ReportAnalyzer (-v:d) prints, per compilation, "Total analyzer execution time: N seconds." then assembly lines
# ("   <time>   <pct>   <assembly name>, Version=...") and indented analyzer type lines ("      <time>   <pct>      <type> (ids)").
type_line = re.compile(r"^\s+(?P<time><?\s*[\d.]+)\s+(?P<pct><?\s*\d+)\s{2,}(?P<name>[A-Za-z_][\w.+`]*)(?:\s+\((?P<ids>[^)]*)\))?\s*$")
assembly_line = re.compile(r"^\s+(?P<time><?\s*[\d.]+)\s+(?P<pct><?\s*\d+)\s+(?P<name>[\w.]+), Version=")
analyzers = {}
assembly = None
for raw in open(log_path, encoding="utf-8", errors="replace"):
    line = raw.rstrip("\n")
    m = assembly_line.match(line)
    if m:
        assembly = m.group("name")
        continue
    m = type_line.match(line)
    if m and assembly:
        value = float(m.group("time").replace("<", "").strip())
        key = (assembly, m.group("name"))
        analyzers[key] = max(analyzers.get(key, 0.0), value)

ours = {k: v for k, v in analyzers.items() if k[0].startswith("PrivacyAnalyzers")}
builtin = [v for k, v in analyzers.items() if k[0].startswith("Microsoft.CodeAnalysis") and "NetAnalyzers" in k[0]]
median_builtin = statistics.median(builtin) if builtin else float("nan")

def median(name):
    return statistics.median(times[name])

base = median("baseline")
print("# Build overhead of PrivacyAnalyzers")
print()
print(f"Workload: {entities} entity classes with a DTO each (15 members, a third personal data, half of those annotated; "
      f"every 20th entity a [DataSubject]) + {entities} service classes with logging and mappings (benchmarks/workload.py). "
      f"`dotnet build --no-incremental`, Release, a fresh compiler process per build (UseSharedCompilation=false), "
      f"{runs} interleaved runs per configuration after one warm-up build. Machine: {platform.machine()}, "
      f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, "
      f"{subprocess.run(['dotnet', '--version'], capture_output=True, text=True).stdout.strip()} SDK.")
print()
print("| configuration | median wall time (s) | min–max (s) | vs baseline |")
print("| --- | --- | --- | --- |")
for name in ("baseline", "privacy", "privacy-quiet", "sdk-latest-all"):
    values = times[name]
    print(f"| {name} | {median(name):.2f} | {min(values):.2f}–{max(values):.2f} | {median(name) / base * 100 - 100:+.1f}% |")
print()
print("`privacy` adds the PrivacyAnalyzers analyzers and generator to the baseline (SDK default analyzers); "
      "`privacy-quiet` is the same analysis with PRIV001, PRIV020 and PRIV023 lowered to suggestions, which the build computes "
      "but does not print (the difference is the cost of logging about 19,600 warnings); "
      "`sdk-latest-all` turns on every built-in SDK analyzer (`AnalysisLevel=latest-all`) without ours, for comparison.")
print()
print(f"## Per-analyzer execution time (ReportAnalyzer, one build with ours and `latest-all`)")
print()
print(f"Median built-in SDK analyzer type (Microsoft.CodeAnalysis.*NetAnalyzers, {len(builtin)} types reported): "
      f"{median_builtin:.3f} s.")
print()
print("| PrivacyAnalyzers type | time (s) | under the built-in median? |")
print("| --- | --- | --- |")
for (asm, name), value in sorted(ours.items(), key=lambda kv: -kv[1]):
    print(f"| {name} | {value:.3f} | {'yes' if value < median_builtin else 'no'} |")
if not ours:
    print("| (no PrivacyAnalyzers type found in the report) | | |")
