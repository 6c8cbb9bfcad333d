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
/// Each analyzer alone over the whole default workload (2,000 entities, 2,000 DTOs, 2,000 services), in process, on a
/// compilation that is already bound — so the figure is the analyzer's own work plus the analyzer driver, not the
/// compiler's binding. <c>MemberVisitor</c> is the floor: an analyzer that registers a symbol action for every property
/// and field and does nothing in it.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzer;

    [Params("MemberVisitor", "UnannotatedPersonalDataAnalyzer", "PersonalDataLiteralAnalyzer", "AnnotationValidationAnalyzer", "DroppedAnnotationAnalyzer", "PersonalDataLogAnalyzer", "PersonalDataExceptionAnalyzer", "PersonalDataToStringAnalyzer", "PersonalDataCopyAnalyzer")]
    public string Analyzer { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = WorkloadProject.Create().Compile();
        _ = _compilation.GetDiagnostics();
        _analyzer = ImmutableArray.Create(Create(Analyzer));
    }

    [Benchmark(Description = "analyzer over the workload")]
    public int Run() => _compilation
        .WithAnalyzers(_analyzer, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
        .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;

    internal static DiagnosticAnalyzer Create(string name) => name == nameof(MemberVisitor)
        ? new MemberVisitor()
        : (DiagnosticAnalyzer)Activator.CreateInstance(typeof(Diagnostics.RuleDescriptors).Assembly.GetTypes().Single(t => t.Name == name))!;

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
