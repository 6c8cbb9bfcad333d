using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- priv001cost [RUNS] [--dump FILE]</c>: PRIV001
/// alone over the default workload (bound first, so binding is not charged to it), <c>RUNS</c> times after a warm-up, each a
/// fresh analyzer instance and a fresh <see cref="CompilationWithAnalyzers"/> (so every run starts a new compilation's
/// caches), printing Roslyn's execution-time telemetry for it — the figure <c>ReportAnalyzer</c> shows — and the process's
/// allocations. <c>--dump FILE</c> writes every PRIV diagnostic of all the analyzers on the workload, sorted (one concurrent
/// run), to compare two builds.
/// </summary>
public static class Priv001Cost
{
    public static void Run(string[] args)
    {
        var dumpAt = Array.IndexOf(args, "--dump");
        var dumpFile = dumpAt >= 0 && dumpAt + 1 < args.Length ? args[dumpAt + 1] : null;
        var rest = dumpAt < 0 ? args : args[..dumpAt].Concat(args[(dumpAt + 2)..]).ToArray();
        var runs = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 7;

        var compilation = WorkloadProject.Create().Compile();
        _ = compilation.GetDiagnostics();
        if (dumpFile is not null)
        {
            var analyzers = typeof(Diagnostics.RuleDescriptors).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
            var all = compilation.WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var lines = all.Select(DiagnosticDump.Line).OrderBy(l => l, StringComparer.Ordinal).ToList();
            File.WriteAllLines(dumpFile, lines);
            Console.WriteLine($"{lines.Count} diagnostics ({all.Count(d => d.Id == "PRIV001")} PRIV001) written to {dumpFile}");
        }

        _ = RunOnce(compilation, out _);
        Console.WriteLine("| run | PRIV001 execution time (telemetry) | allocated | PRIV001 diagnostics |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var time = RunOnce(compilation, out var count);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine(FormattableString.Invariant($"| {run} | {time.TotalMilliseconds:F1} ms | {allocated / 1048576.0:N1} MB | {count} |"));
        }
    }

    private static TimeSpan RunOnce(Compilation compilation, out int count)
    {
        var analyzer = new UnannotatedPersonalDataAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        count = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
        return withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
    }
}
