#!/usr/bin/env bash
# Build-overhead benchmark (issues 7 and 14): what a user pays for PrivacyAnalyzers. Packs the real package (a unique
# prerelease version, every build output in a temporary artifacts folder), writes the generated workload
# (benchmarks/workload.py) as a project that consumes it with a normal <PackageReference>, restored from a local feed
# into an isolated package folder, and builds it interleaved, --no-incremental, with a fresh compiler per build:
#
#   baseline       the same project with the package's opt-out, -p:PrivacyAnalyzersEnabled=false (no analyzers, code
#                  fixes, generator; no privacy files: PrivacyOutputEnabled follows the opt-out). It still references
#                  the package's lib/ (the attributes and the runtime), as a project that uses [PersonalData] must.
#   privacy        the package as installed: analyzers (warnings printed), generator, build task writing the privacy files
#   privacy-quiet  the same with PRIV001, PRIV020 and PRIV023 as suggestions (quiet.globalconfig: computed, not printed)
#   sdk-latest-all (only with OVERHEAD_SDK_LATEST_ALL=1) the baseline with AnalysisLevel=latest-all, for comparison
#   quiet-no-exporters (only with OVERHEAD_NO_EXPORTERS=1; also in the size-only run) privacy-quiet with
#                   PrivacyAnalyzersGenerateExporters=false: no exporters, erasers or retention schedules
#
# then one build with ReportAnalyzer=true (the package plus latest-all) for per-analyzer times. Records wall time, the
# size of Workload.dll, the privacy files written and the PRIV warnings printed per build; a failed build stops the run.
# Writes benchmarks/results/overhead.md.
#
#   bash benchmarks/overhead.sh [ENTITIES] [PAIRS]      (defaults: 2000 entities + 2000 services, 5 runs per configuration)
#
# OVERHEAD_SIZE_ONLY=1: one baseline and one privacy build, no warm-up, no timing rounds and no ReportAnalyzer build;
# prints the size of Workload.dll of each (exact, the same in every round) and leaves results/overhead.md alone.
# OVERHEAD_SHARED_COMPILER=1: the same rounds with the compiler server (UseSharedCompilation=true, dotnet build's default
# on a developer's machine): the warm-up build loads the package's assemblies into the server and JIT-compiles the
# compiler's code paths once, so the rounds show the work without the fresh process's warm-up (docs/performance.md,
# round 4). Writes benchmarks/results/overhead-shared.md instead. The server is the user's (shared with other builds
# of the same SDK); the script does not shut it down.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
entities="${1:-2000}"
runs="${2:-5}"
work="$(mktemp -d)"
if [[ "${OVERHEAD_KEEP:-}" == 1 ]]; then echo "keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

load_at_start="$(cut -d ' ' -f 1-3 /proc/loadavg | sed 's/ /, /g')"
version="0.1.0-overhead.$(date -u +%Y%m%d%H%M%S).$$"
echo "packing PrivacyAnalyzers $version" >&2
dotnet pack "$repo/src/PrivacyAnalyzers.Package/PrivacyAnalyzers.Package.csproj" -c Release -o "$work/feed" \
  -p:Version="$version" -p:UseArtifactsOutput=true -p:ArtifactsPath="$work/artifacts" --nologo -v q -tl:off -nr:false > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; exit 1; }
test -f "$work/feed/PrivacyAnalyzers.$version.nupkg" || { echo "pack produced no PrivacyAnalyzers.$version.nupkg" >&2; exit 1; }

python3 "$repo/benchmarks/workload.py" "$work/wl" --entities "$entities" --services "$entities" \
  --package "$version" --feed "$work/feed" --packages "$work/packages" --upstream-config "$repo/nuget.config"
# The consumer's package cache is its own (NUGET_PACKAGES and the workload's nuget.config): no cache hides the new package.
export NUGET_PACKAGES="$work/packages"
dotnet restore "$work/wl" -v q -nologo > "$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }

# UseSharedCompilation=false: every build starts a fresh compiler (as on this machine and most CI agents), so loading
# and JIT-compiling the analyzers is part of the figure; a developer's machine keeps a warm compiler server.
# -nr:false: no MSBuild node outlives a build, so the build task is loaded afresh each time too.
shared=false; report="$repo/benchmarks/results/overhead.md"
if [[ "${OVERHEAD_SHARED_COMPILER:-}" == 1 ]]; then shared=true; report="$repo/benchmarks/results/overhead-shared.md"; fi
common=(-c Release --no-incremental --no-restore -nologo -v q -tl:off -nr:false -p:TreatWarningsAsErrors=false -p:UseSharedCompilation=$shared)
declare -A config=(
  [baseline]="-p:PrivacyAnalyzersEnabled=false"
  [privacy]=""
  [privacy-quiet]="-p:PrivacyQuiet=true"
  [sdk-latest-all]="-p:PrivacyAnalyzersEnabled=false -p:AnalysisLevel=latest-all"
  [quiet-no-exporters]="-p:PrivacyQuiet=true -p:PrivacyAnalyzersGenerateExporters=false"
)
order=(baseline privacy privacy-quiet)
[[ "${OVERHEAD_SDK_LATEST_ALL:-}" == 1 ]] && order+=(sdk-latest-all)
[[ "${OVERHEAD_NO_EXPORTERS:-}" == 1 ]] && order+=(quiet-no-exporters)
out="$work/wl/bin/Release/net10.0"

# One build: wall time and CPU time, then what it produced. Prints "name seconds dll-bytes privacy-files PRIV-warnings
# cpu-seconds". CPU seconds are user + system over every process of the build (benchmarks/build_cpu.py reaps them all);
# a busy machine stretches wall time far more than CPU time, so the CPU ratio is the steadier figure of the work added.
# With the compiler server the compiler's work happens in the server, outside the build's processes: no CPU figure.
build() {
  local name="$1" log="$2"
  rm -rf "$out/privacy"
  local start end cpu=-
  local measure=(python3 "$repo/benchmarks/build_cpu.py" "$work/cpu")
  [[ "$shared" == true ]] && measure=()
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  if ! "${measure[@]}" dotnet build "$work/wl" "${common[@]}" ${config[$name]} > "$log" 2>&1; then
    echo "build '$name' failed:" >&2; tail -n 30 "$log" >&2; exit 1
  fi
  end=$(date +%s.%N)
  [[ "$shared" == true ]] || cpu="$(cat "$work/cpu")"
  local files=0
  [[ -d "$out/privacy" ]] && files=$(find "$out/privacy" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(echo "$end - $start" | bc)" "$(stat -c %s "$out/Workload.dll")" "$files" \
    "$(grep -c ': warning PRIV' "$log" || true)" "$cpu"
}

if [[ "${OVERHEAD_SIZE_ONLY:-}" == 1 ]]; then
  sized=(baseline privacy); [[ "${OVERHEAD_NO_EXPORTERS:-}" == 1 ]] && sized+=(quiet-no-exporters)
  for name in "${sized[@]}"; do build "$name" "$work/$name-size.log"; done | tee "$work/sizes.tsv"
  awk -F '\t' '{ size[$1] = $3 } END { printf "Workload.dll: baseline %d B, privacy %d B, ratio %.3f\n", size["baseline"], size["privacy"], size["privacy"] / size["baseline"]; if ("quiet-no-exporters" in size) printf "Workload.dll without exporters: %d B, ratio %.3f\n", size["quiet-no-exporters"], size["quiet-no-exporters"] / size["baseline"] }' "$work/sizes.tsv"
  exit 0
fi

build privacy "$work/warmup.log" > /dev/null   # warm-up (disk cache, the package's assemblies)
: > "$work/times.tsv"
for ((r = 1; r <= runs; r++)); do
  for name in "${order[@]}"; do
    build "$name" "$work/$name-$r.log" >> "$work/times.tsv"
    echo "run $r/$runs: $(tail -n 1 "$work/times.tsv")" >&2
  done
done

# Per-analyzer execution times through the package: ours and the SDK's latest-all analyzers in one build.
dotnet build "$work/wl" "${common[@]}" -p:AnalysisLevel=latest-all -p:ReportAnalyzer=true -v:d > "$work/report.log" 2>&1 || true

python3 "$repo/benchmarks/overhead_report.py" "$work/times.tsv" "$work/report.log" "$entities" "$runs" "$version" "$load_at_start" "$shared" > "$report"
cat "$report"
