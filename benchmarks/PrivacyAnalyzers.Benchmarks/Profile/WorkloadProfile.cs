using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Generator.Emitting;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- profile [ENTITIES] [SUBJECT_EVERY]</c>: one in-process pass
/// over the workload that says where the time goes — the generator and each of its named steps, compiling the code it
/// generates, and each analyzer (Roslyn's own execution-time telemetry, the figure <c>ReportAnalyzer</c> shows) — without
/// MSBuild around it. A diagnostic tool for finding what to optimise; the figures to report come from the benchmarks.
/// </summary>
public static class WorkloadProfile
{
    public static void Run(int entities, int subjectEvery)
    {
        var workload = WorkloadProject.Create(entities, subjectEvery);
        Console.WriteLine($"Workload: {workload.Trees.Length} files in {workload.Directory}");

        // Warm up the compiler and the analyzers' static state on a small slice, so the first measurement is not JIT time.
        var (warmOutput, _) = Generate(WorkloadSlice(workload, 50), out _);
        EmitTime(warmOutput);
        Analyze(WorkloadSlice(workload, 50));

        var baseline = workload.Compile();
        Console.WriteLine($"Compiling the workload without the generator (Emit): {EmitTime(baseline).TotalSeconds:F2} s");

        var generatorInput = workload.Compile();
        var (output, result) = Generate(generatorInput, out var elapsed);
        Console.WriteLine($"Generator, cold run: {elapsed.TotalSeconds:F2} s; {result.Results[0].GeneratedSources.Length} files, {result.Results[0].GeneratedSources.Sum(s => s.SourceText.Length) / 1024} KiB");
        var inventorySource = result.Results[0].GeneratedSources.Single(s => s.HintName.Contains("Inventory", StringComparison.Ordinal));
        Console.WriteLine($"  of which the inventory ({inventorySource.HintName}): {inventorySource.SourceText.Length / 1024} KiB");
        foreach (var step in result.Results[0].TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  step {step.Key,-28} {TimeSpan.FromTicks(step.Value.Sum(r => r.ElapsedTime.Ticks)).TotalSeconds,8:F3} s over {step.Value.Length} runs");
        }

        var model = (InventoryModel)result.Results[0].TrackedSteps[TrackingNames.Inventory][0].Outputs[0].Value;
        var watch = Stopwatch.StartNew();
        var json = InventoryRecords.CompactJson(model);
        var jsonTime = watch.Elapsed;
        watch.Restart();
        var source = InventoryEmitter.Emit(model);
        var emitTime = watch.Elapsed;
        watch.Restart();
        _ = CSharpSyntaxTree.ParseText(source, WorkloadProject.ParseOptions).GetRoot();
        Console.WriteLine($"Inventory: JSON text {jsonTime.TotalSeconds:F3} s ({json.Length / 1024} KiB), whole source {emitTime.TotalSeconds:F3} s, parsing it {watch.Elapsed.TotalSeconds:F3} s");
        var rerun = Generate(generatorInput, out var warmElapsed).Result;
        Console.WriteLine($"Generator, fresh driver on the same (already bound) compilation: {warmElapsed.TotalSeconds:F2} s");
        foreach (var step in rerun.Results[0].TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)).Take(4))
        {
            Console.WriteLine($"  step {step.Key,-28} {TimeSpan.FromTicks(step.Value.Sum(r => r.ElapsedTime.Ticks)).TotalSeconds,8:F3} s over {step.Value.Length} runs");
        }

        var unrelated = generatorInput.SyntaxTrees.First(t => t.FilePath.EndsWith("Service1.cs", StringComparison.Ordinal));
        var editedText = unrelated.GetText().ToString().Replace("public int Count(", "public static int Two() => 2;\n\n    public int Count(", StringComparison.Ordinal);
        var edited = generatorInput.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(editedText)));
        var firstDriver = NewDriver().RunGenerators(generatorInput);
        for (var round = 0; round < 3; round++)
        {
            watch.Restart();
            var incremental = firstDriver.RunGenerators(edited);
            Console.WriteLine($"Generator after an edit to an unrelated file: {watch.Elapsed.TotalSeconds:F3} s");
            foreach (var step in incremental.GetRunResult().Results[0].TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)).Take(round == 2 ? 8 : 0))
            {
                Console.WriteLine($"  step {step.Key,-28} {TimeSpan.FromTicks(step.Value.Sum(r => r.ElapsedTime.Ticks)).TotalSeconds,8:F4} s over {step.Value.Length} runs");
            }
        }

        Console.WriteLine($"Compiling the workload with the generated code (Emit): {EmitTime(output).TotalSeconds:F2} s");
        Console.WriteLine($"Again, without: {EmitTime(workload.Compile()).TotalSeconds:F2} s; with: {EmitTime(Generate(workload.Compile(), out _).Output).TotalSeconds:F2} s");

        var generatedTrees = output.SyntaxTrees.Skip(workload.Trees.Length).ToList();
        var inventoryTree = generatedTrees.Single(t => t.FilePath.EndsWith("PrivacyInventory.g.cs", StringComparison.Ordinal));
        Console.WriteLine($"  with the inventory only: {EmitTime(workload.Compile().AddSyntaxTrees(inventoryTree.WithFilePath("inv.cs"))).TotalSeconds:F2} s; with the exporters only: {EmitTime(workload.Compile().AddSyntaxTrees(generatedTrees.Where(t => t != inventoryTree).Select((t, i) => t.WithFilePath("exp" + i + ".cs")))).TotalSeconds:F2} s");
        Console.WriteLine("Analyzers (after binding; Roslyn execution-time telemetry):");
        var bound = workload.Compile();
        _ = bound.GetDiagnostics();
        foreach (var (name, time, count) in Analyze(bound).OrderByDescending(a => a.Time))
        {
            Console.WriteLine($"  {name,-48} {time.TotalSeconds,8:F3} s  {count,6} diagnostics");
        }

        Console.WriteLine("Analyzers on the compilation with the generated code (after binding), as in a build:");
        _ = output.GetDiagnostics();
        foreach (var (name, time, count) in Analyze(output).OrderByDescending(a => a.Time))
        {
            Console.WriteLine($"  {name,-48} {time.TotalSeconds,8:F3} s  {count,6} diagnostics");
        }
    }

    private static TimeSpan EmitTime(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var watch = Stopwatch.StartNew();
        var result = compilation.Emit(stream);
        var elapsed = watch.Elapsed;
        if (!result.Success)
        {
            throw new InvalidOperationException("The workload does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return elapsed;
    }

    private static CSharpCompilation WorkloadSlice(WorkloadProject workload, int files) =>
        workload.Compile().RemoveAllSyntaxTrees().AddSyntaxTrees(workload.Trees.Take(files));

    private static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new PrivacyGenerator().AsSourceGenerator() },
        parseOptions: WorkloadProject.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static (Compilation Output, GeneratorDriverRunResult Result) Generate(Compilation compilation, out TimeSpan elapsed)
    {
        var driver = NewDriver();
        var watch = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        elapsed = watch.Elapsed;
        return (output, driver.GetRunResult());
    }

    private static ImmutableArray<(string Name, TimeSpan Time, int Count)> Analyze(Compilation compilation)
    {
        var analyzers = typeof(Diagnostics.RuleDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return analyzers.Select(a =>
        {
            var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult();
            var ids = a.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
            return (a.GetType().Name, telemetry.ExecutionTime, diagnostics.Count(d => ids.Contains(d.Id)));
        }).ToImmutableArray();
    }
}
