#!/usr/bin/env bash
# Build-overhead benchmark (issue 7): builds a generated workload with and without PrivacyAnalyzers, and with the SDK's
# AnalysisLevel=latest-all analyzers for comparison, interleaved, --no-incremental; then one build with
# ReportAnalyzer=true for per-analyzer times. Writes benchmarks/results/overhead.md.
#
#   bash benchmarks/overhead.sh [ENTITIES] [RUNS]      (defaults: 2000 entities + 2000 services, 3 runs per configuration)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
entities="${1:-2000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$repo/PrivacyAnalyzers.sln" -c Release -v q -nologo > /dev/null
python3 "$repo/benchmarks/workload.py" "$work/wl" --entities "$entities" --services "$entities"
cp "$repo/nuget.config" "$work/wl/"
# UseSharedCompilation=false: every build starts a fresh compiler (as on this machine and most CI agents), so loading
# and JIT-compiling the analyzers is part of the figure; a developer's machine keeps a warm compiler server.
common=(-c Release --no-incremental --no-restore -nologo -v q -p:PrivacyRepo="$repo" -p:TreatWarningsAsErrors=false -p:UseSharedCompilation=false)
dotnet restore "$work/wl" -v q > /dev/null
dotnet build "$work/wl" "${common[@]}" > /dev/null 2>&1 || true   # warm-up (compiler server, disk cache)

declare -A config=(
  [baseline]=""
  [privacy]="-p:WithPrivacy=true"
  [privacy-quiet]="-p:WithPrivacy=true -p:PrivacyQuiet=true"
  [sdk-latest-all]="-p:AnalysisLevel=latest-all"
)
order=(baseline privacy privacy-quiet sdk-latest-all)
: > "$work/times.tsv"
for ((r = 1; r <= runs; r++)); do
  for name in "${order[@]}"; do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    dotnet build "$work/wl" "${common[@]}" ${config[$name]} > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    printf '%s\t%s\n' "$name" "$(echo "$end - $start" | bc)" >> "$work/times.tsv"
  done
done

# Per-analyzer execution times: ours and the SDK's latest-all analyzers in one build.
dotnet build "$work/wl" "${common[@]}" -p:WithPrivacy=true -p:AnalysisLevel=latest-all -p:ReportAnalyzer=true -v:d > "$work/report.log" 2>&1 || true

python3 "$repo/benchmarks/overhead_report.py" "$work/times.tsv" "$work/report.log" "$entities" "$runs" > "$repo/benchmarks/results/overhead.md"
cat "$repo/benchmarks/results/overhead.md"
