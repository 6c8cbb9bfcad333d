#!/usr/bin/env bash
# Annotate-then-generate pass over real code bases (issue 11): for each folder of C# sources (an extracted repository),
# PRIV001's code fix on every flagged member, [DataSubject] on the types that got annotations, the generator on the
# result; prints a Markdown report (one section per folder, a summary table at the end). Fetches nothing: extract the
# repositories first (benchmarks/results/realmodels-before.md says which commits and where).
#
#   bash benchmarks/realmodels.sh [OPTIONS] FOLDER [FOLDER...] > report.md
#
# Options (passed through): --skip-tests (skip folders whose name contains "test"; what the recorded results use),
# --dump DIR (write the annotated files and the generated ones under DIR/<folder name>/), --in-process (no child
# process per folder), --stack-mb N (stack of the thread the pass runs on; default 1.5, a Linux thread-pool thread's).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -c Release -v q -nologo > /dev/null
dotnet run -c Release --no-build --project "$repo/benchmarks/PrivacyAnalyzers.Benchmarks" -- realmodels "$@"
