using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.Workload;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// Each analyzer alone over the whole default workload (2,000 entities, 2,000 DTOs, 2,000 services), in process.
/// <see cref="CompilationWithAnalyzers"/> binds the whole compilation again for every run (it attaches an event queue to
/// a copy), so every figure includes the compiler's binding: <c>floor</c> is that cost — an analyzer that registers a
/// symbol action for every property and field and does nothing in it — and an analyzer's own cost is its figure minus
/// the floor.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzer;

    [Params("floor", "PRIV001", "PRIV002", "PRIV010-017", "PRIV016", "PRIV020", "PRIV021", "PRIV022", "PRIV023")]
    public string Rules { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = WorkloadProject.Create().Compile();
        _analyzer = ImmutableArray.Create(Create(Rules));
    }

    [Benchmark(Description = "analyzer over the workload")]
    public int Run() => DiagnosticsOver(_compilation, _analyzer);

    /// <summary>The analyzers' diagnostics over <paramref name="compilation"/>, a new <see cref="CompilationWithAnalyzers"/> each time.</summary>
    internal static int DiagnosticsOver(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) => compilation
        .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
        .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;

    internal static DiagnosticAnalyzer Create(string rules) => rules switch
    {
        "floor" => new MemberVisitor(),
        "PRIV001" => new Detection.UnannotatedPersonalDataAnalyzer(),
        "PRIV002" => new Detection.PersonalDataLiteralAnalyzer(),
        "PRIV010-017" => new Validation.AnnotationValidationAnalyzer(),
        "PRIV016" => new Validation.DroppedAnnotationAnalyzer(),
        "PRIV020" => new Leaks.PersonalDataLogAnalyzer(),
        "PRIV021" => new Leaks.PersonalDataExceptionAnalyzer(),
        "PRIV022" => new Leaks.PersonalDataToStringAnalyzer(),
        "PRIV023" => new Leaks.PersonalDataCopyAnalyzer(),
        _ => throw new ArgumentOutOfRangeException(nameof(rules), rules, "Unknown analyzer."),
    };

    /// <summary>The cost floor: a symbol action on every property and field that does nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class MemberVisitor : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH001", "Benchmark", "Benchmark", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(_ => { }, SymbolKind.Property, SymbolKind.Field);
        }
    }
}
