#!/usr/bin/env python3
"""Turns overhead.sh's measurements and a ReportAnalyzer build log into a Markdown report.

usage: overhead_report.py TIMES_TSV REPORT_LOG ENTITIES RUNS PACKAGE_VERSION [LOAD_AT_START]
TIMES_TSV: one line per build: configuration, wall seconds, Workload.dll bytes, privacy files written, PRIV warnings printed,
and CPU seconds (user + system over all the build's processes; "-" when not measured, older files have no column).
"""
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

times_path, log_path, entities, runs, version = sys.argv[1:6]
load_at_start = sys.argv[6] if len(sys.argv) > 6 else None
shared_compiler = len(sys.argv) > 7 and sys.argv[7] == "true"
compiler_note = ("the compiler server (UseSharedCompilation=true, warmed by the warm-up build: no fresh compiler's start-up and JIT)"
                 if shared_compiler else "a fresh compiler process per build (UseSharedCompilation=false)")
builds = {}
for line in open(times_path, encoding="utf-8"):
    name, seconds, size, files, warnings, *rest = line.rstrip("\n").split("\t")
    cpu = float(rest[0]) if rest and rest[0] not in ("", "-") else None
    builds.setdefault(name, []).append((float(seconds), int(size), int(files), int(warnings), cpu))

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


def run(*command):
    return subprocess.run(command, capture_output=True, text=True).stdout.strip()


def median_time(name):
    return statistics.median(b[0] for b in builds[name])


def median_cpu(name):
    values = [b[4] for b in builds[name]]
    return statistics.median(values) if values and None not in values else None


def paired_ratios(name, index):
    """Each round's ratio to the same round's baseline (the rounds are interleaved, so a round shares the machine's load)."""
    return [b[index] / a[index] for a, b in zip(builds["baseline"], builds[name]) if a[index] and b[index]]


def round_table(index, number):
    """One row per round of the interleaving: each configuration's figure (field `index` of a build) and its ratio to the
    same round's baseline."""
    print("| round | " + " | ".join(order) + " | " + " | ".join(f"{n} / baseline" for n in order if n != "baseline") + " |")
    print("| --- | " + " | ".join("---" for _ in order) + " | " + " | ".join("---" for n in order if n != "baseline") + " |")
    for i in range(min(len(builds[n]) for n in order)):
        row = {n: builds[n][i][index] for n in order}
        print(f"| {i + 1} | " + " | ".join(number.format(row[n]) for n in order) + " | "
              + " | ".join(f"{row[n] / row['baseline']:.3f}" for n in order if n != "baseline") + " |")


def sizes(name):
    return sorted({b[1] for b in builds[name]})


def one(values):
    return str(values[0]) if len(set(values)) == 1 else "–".join(str(v) for v in (min(values), max(values)))


def mb(size):
    return f"{size / 1_000_000:.2f} MB"


order = [n for n in ("baseline", "privacy", "privacy-quiet", "sdk-latest-all", "quiet-no-exporters") if n in builds]
base_time = median_time("baseline")
base_size = statistics.median(sizes("baseline"))
load = os.getloadavg()

print("# Build overhead of PrivacyAnalyzers (what a user pays)")
print()
start_note = f"load average at the start of the run {load_at_start}, " if load_at_start else ""
print(f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC by `bash benchmarks/overhead.sh"
      f"{'' if (entities, runs) == ('2000', '5') else f' {entities} {runs}'}`. "
      f"Machine: shared {run('nproc')}-core {platform.machine()} development machine, .NET SDK {run('dotnet', '--version')}; "
      + start_note
      + f"load average at the end of the run {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} (1, 5, 15 min) — other work ran "
      f"beside the benchmark, so absolute times are noisy; the configurations are interleaved so that the ratios are comparable.")
print()
print(f"Workload: {entities} entity classes with a DTO each (15 members, a third personal data, half of those annotated; "
      f"every 20th entity a [DataSubject]) + {entities} service classes with logging and mappings (benchmarks/workload.py), "
      f"consuming the **packed package** `PrivacyAnalyzers {version}` (packed from this tree by the script) with a "
      f"`<PackageReference>`, restored from a local feed into an isolated package folder. `dotnet build --no-incremental`, "
      f"Release, {compiler_note} and no MSBuild node reuse, "
      f"{runs} interleaved runs per configuration after one warm-up build.")
print()
has_cpu = all(median_cpu(n) is not None for n in order)
print("| configuration | median wall time (s) | min–max (s) | time vs baseline | "
      + ("median CPU time (s) | CPU vs baseline | " if has_cpu else "")
      + "`Workload.dll` (bytes) | size vs baseline | privacy files | PRIV warnings printed |")
print("| --- | --- | --- | --- | " + ("--- | --- | " if has_cpu else "") + "--- | --- | --- | --- |")
for name in order:
    values = [b[0] for b in builds[name]]
    size = statistics.median(sizes(name))
    cpu = f"{median_cpu(name):.1f} | **{median_cpu(name) / median_cpu('baseline'):.3f}×** | " if has_cpu else ""
    print(f"| {name} | {median_time(name):.2f} | {min(values):.2f}–{max(values):.2f} | **{median_time(name) / base_time:.3f}×** | "
          + cpu
          + f"{one(sizes(name))} ({mb(size)}) | **{size / base_size:.2f}×** | {one([b[2] for b in builds[name]])} "
          f"| {one([b[3] for b in builds[name]])} |")
print()
print("- `baseline`: the same project and package with the package's opt-out, `-p:PrivacyAnalyzersEnabled=false`: no "
      "PrivacyAnalyzers analyzer, code fix or generator in the compilation, and no privacy files (the build task's "
      "`PrivacyOutputEnabled` follows the opt-out). It still references the package's `lib/` (the attributes and the "
      "runtime, which code using `[PersonalData]` compiles against), and MSBuild still evaluates the package's "
      "props/targets.")
print("- `privacy`: the package as installed — analyzers with their warnings printed, the generator (inventory, exporters), "
      "and the build task writing inventory.json, the privacy policies (EN, RO) and the Art. 30 record.")
print("- `privacy-quiet`: the same, with PRIV001, PRIV020 and PRIV023 lowered to suggestions (`quiet.globalconfig`): "
      "computed, not printed.")
if "sdk-latest-all" in builds:
    print("- `sdk-latest-all`: the baseline with every built-in SDK analyzer (`AnalysisLevel=latest-all`), for comparison.")
if "quiet-no-exporters" in builds:
    print("- `quiet-no-exporters`: `privacy-quiet` with `PrivacyAnalyzersGenerateExporters=false` (no exporters, erasers or retention schedules), for a project that answers no request from this assembly.")
print()
print("Against the targets of issue 14 (medians, privacy / baseline):")
print()
print("| | target | measured |")
print("| --- | --- | --- |")
quiet = median_time("privacy-quiet") / base_time
# A time verdict only when the baseline's own builds agree to within the target's margin; otherwise the machine's
# noise is larger than the difference being judged.
base_values = [b[0] for b in builds["baseline"]]
spread = max(base_values) / min(base_values) - 1
verdict = ("met" if quiet <= 1.05 else "not met") if spread <= 0.05 else \
    f"not decidable on this run: the baseline's own builds differ by up to {spread * 100:.0f} %"
print(f"| build wall time, PRIV001/020/023 as suggestions | ≤ 1.05× (goal 1.03×) | {quiet:.3f}× — {verdict} |")
print(f"| build wall time, PRIV001/020/023 as suggestions, median of the rounds' own ratios | (same target) | "
      f"{statistics.median(paired_ratios('privacy-quiet', 0)):.3f}× |")
if has_cpu:
    cpu_spread = max(b[4] for b in builds["baseline"]) / min(b[4] for b in builds["baseline"]) - 1
    print(f"| build CPU time (user + system, every process of the build), PRIV001/020/023 as suggestions | (the work "
          f"added; steadier than wall time on a busy machine) | {median_cpu('privacy-quiet') / median_cpu('baseline'):.3f}× "
          f"(rounds' own ratios: median {statistics.median(paired_ratios('privacy-quiet', 4)):.3f}×; the baseline's CPU "
          f"time varies by {cpu_spread * 100:.0f} %) |")
print(f"| build wall time, warnings printed | (reported) | {median_time('privacy') / base_time:.3f}× |")
size_ratio = statistics.median(sizes("privacy")) / base_size
print(f"| `Workload.dll` | ≤ 1.15× | {size_ratio:.2f}× ({mb(base_size)} → {mb(statistics.median(sizes('privacy')))}) — "
      f"{'met' if size_ratio <= 1.15 else 'not met'} |")
print()
print("Every build, in the order run (wall seconds; each row one round of the interleaving), with the round's own ratios:")
print()
round_table(0, "{:.2f}")
if has_cpu:
    print()
    print("The same builds' CPU seconds (user + system over every process of the build):")
    print()
    round_table(4, "{:.1f}")
print()
print(f"## Per-analyzer execution time (ReportAnalyzer, one build through the package, with `latest-all`)")
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
