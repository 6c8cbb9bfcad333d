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
/// run), to compare two builds. <c>--against DLL</c> loads another build's <c>PrivacyAnalyzers.Analyzers.dll</c> (e.g. the code
/// before issue 12, built from its commit) in an isolated load context and runs the two analyzers alternately on the same
/// bound compilation, printing each run and, per analyzer, the fastest and the median run and their ratios.
/// </summary>
public static class Priv001Cost
{
    public static void Run(string[] args)
    {
        var dumpFile = OptionValue(ref args, "--dump");
        var against = OptionValue(ref args, "--against");
        var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 7;

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

        if (against is not null)
        {
            RunAlternately(compilation, runs, against);
            return;
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

    private static string? OptionValue(ref string[] args, string option)
    {
        var at = Array.IndexOf(args, option);
        if (at < 0 || at + 1 >= args.Length)
        {
            return null;
        }

        var value = args[at + 1];
        args = args[..at].Concat(args[(at + 2)..]).ToArray();
        return value;
    }

    /// <summary>The two analyzers run in turn (other, this, other, this…) after a warm-up run each, so that a machine's
    /// changing load falls on both alike; the process's allocations are per run as above.</summary>
    private static void RunAlternately(Compilation compilation, int runs, string otherAssemblyPath)
    {
        var otherBuild = new OtherAnalyzerBuild(otherAssemblyPath);
        Func<DiagnosticAnalyzer> other = () => otherBuild.Create(typeof(UnannotatedPersonalDataAnalyzer));
        Func<DiagnosticAnalyzer> current = () => new UnannotatedPersonalDataAnalyzer();
        _ = RunOnce(compilation, other(), out _);
        _ = RunOnce(compilation, current(), out _);

        var times = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<double>> { ["other"] = new(), ["this"] = new() };
        Console.WriteLine("| run | analyzer | PRIV001 execution time (telemetry) | allocated | PRIV001 diagnostics |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
        for (var run = 1; run <= runs; run++)
        {
            foreach (var (name, create) in new[] { ("other", other), ("this", current) })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var time = RunOnce(compilation, create(), out var count);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                times[name].Add(time.TotalMilliseconds);
                Console.WriteLine(FormattableString.Invariant($"| {run} | {name} | {time.TotalMilliseconds:F1} ms | {allocated / 1048576.0:N1} MB | {count} |"));
            }
        }

        static double Median(System.Collections.Generic.List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var (otherMin, thisMin) = (times["other"].Min(), times["this"].Min());
        var (otherMedian, thisMedian) = (Median(times["other"]), Median(times["this"]));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"other ({otherAssemblyPath}): fastest {otherMin:F1} ms, median {otherMedian:F1} ms"));
        Console.WriteLine(FormattableString.Invariant($"this build: fastest {thisMin:F1} ms, median {thisMedian:F1} ms"));
        Console.WriteLine(FormattableString.Invariant($"this / other: fastest {thisMin / otherMin:F3}x, median {thisMedian / otherMedian:F3}x"));
    }

    private static TimeSpan RunOnce(Compilation compilation, out int count) => RunOnce(compilation, new UnannotatedPersonalDataAnalyzer(), out count);

    private static TimeSpan RunOnce(Compilation compilation, DiagnosticAnalyzer analyzer, out int count)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        count = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
        return withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
    }
}
