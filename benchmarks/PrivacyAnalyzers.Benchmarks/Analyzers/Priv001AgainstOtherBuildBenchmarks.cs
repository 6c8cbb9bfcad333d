using System;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.Profile;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// PRIV001 over the whole default workload, this build against another build of the analyzer assembly named by the
/// environment variable <c>PRIVACY_OTHER_ANALYZER</c> (a path to its <c>PrivacyAnalyzers.Analyzers.dll</c>; issue 12's
/// bound compares with the code before that issue, commit 7821d2d). Run it alone:
/// <c>PRIVACY_OTHER_ANALYZER=/tmp/base/PrivacyAnalyzers.Analyzers.dll dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- --filter '*Priv001AgainstOtherBuild*' --job short --inProcess</c>.
/// As in <see cref="AnalyzerBenchmarks"/>, each run binds the compilation again (a new <see cref="CompilationWithAnalyzers"/>),
/// so both figures include the same binding floor.
/// </summary>
[MemoryDiagnoser]
public class Priv001AgainstOtherBuildBenchmarks
{
    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzer;

    [Params("other build", "this build")]
    public string Build { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var otherPath = Environment.GetEnvironmentVariable("PRIVACY_OTHER_ANALYZER")
            ?? throw new InvalidOperationException("Set PRIVACY_OTHER_ANALYZER to the other build's PrivacyAnalyzers.Analyzers.dll.");
        _compilation = WorkloadProject.Create().Compile();
        _ = _compilation.GetDiagnostics();
        _analyzer = ImmutableArray.Create(Build == "this build"
            ? new UnannotatedPersonalDataAnalyzer()
            : new OtherAnalyzerBuild(otherPath).Create(typeof(UnannotatedPersonalDataAnalyzer)));
    }

    [Benchmark(Description = "PRIV001 over the workload")]
    public int Run() => AnalyzerBenchmarks.DiagnosticsOver(_compilation, _analyzer);
}
