using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.Analyzers;
using PrivacyAnalyzers.Benchmarks.Workload;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- analyzeralloc [RULES…]</c>: each analyzer
/// alone over the default workload, as <see cref="AnalyzerBenchmarks"/> runs it (one <see cref="CompilationWithAnalyzers"/>,
/// not concurrent), once after a warm-up, printing the bytes allocated in the process and the wall time. For a machine
/// too loaded for BenchmarkDotNet's in-process time limit; the allocations do not depend on the load. <c>floor-ops</c> is
/// the floor plus an operation action that does nothing, registered in every method body: what building the operation trees costs.
/// </summary>
public static class AnalyzerAllocations
{
    public static void Run(string[] rules)
    {
        if (rules.Length == 0)
        {
            rules = new[] { "floor", "floor-ops", "PRIV001", "PRIV002", "PRIV010-017", "PRIV016", "PRIV020", "PRIV021", "PRIV022", "PRIV023" };
        }

        var compilation = WorkloadProject.Create().Compile();
        Console.WriteLine("| analyzer | allocated | wall time (loaded machine) | diagnostics |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var rule in rules)
        {
            var analyzer = rule == "floor-ops" ? new OperationFloor() : AnalyzerBenchmarks.Create(rule);
            _ = RunOnce(compilation, analyzer);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var count = RunOnce(compilation, analyzer);
            var elapsed = watch.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"| {rule} | {allocated / 1048576.0:N1} MB | {elapsed.TotalSeconds:F2} s | {count} |");
        }
    }

    private static int RunOnce(Compilation compilation, DiagnosticAnalyzer analyzer) => compilation
        .WithAnalyzers(ImmutableArray.Create(analyzer), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
        .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;

    /// <summary>The floor plus an empty operation block action: Roslyn builds every method body's operation tree for it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class OperationFloor : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH002", "Benchmark", "Benchmark", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(_ => { }, SymbolKind.Property, SymbolKind.Field);
            context.RegisterOperationBlockStartAction(block => block.RegisterOperationAction(_ => { }, OperationKind.Literal));
        }
    }
}
