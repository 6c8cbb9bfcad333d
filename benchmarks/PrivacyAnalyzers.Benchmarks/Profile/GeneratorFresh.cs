using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Benchmarks.Generation;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- generatorfresh [RUNS] [--emit] [--only gen|floor|floorfiles|variants] [--dump DIR] [--cold] [--parts] [--alloc-types]</c>:
/// the generator as a command-line build runs it. <c>csc</c> runs the generators on a fresh compilation — nothing bound
/// yet — and then builds a new compilation with the generated trees, on which everything is bound again; so, unlike
/// <see cref="GeneratorCost"/> (whose compilations are bound in setup), each run here starts from a new
/// <see cref="CSharpCompilation"/> of the workload and pays the binding the generator's transforms ask for. Runs
/// <see cref="PrivacyGenerator"/> and <see cref="FloorGenerator"/> (the same attribute lookups doing nothing) alternately,
/// RUNS times each after one warm-up of each, beside the floor adding the very files PrivacyGenerator writes (the floor
/// plus handing them to the driver, without our transforms and emitters), and prints the bytes allocated (exact) and the
/// wall times (loaded machine). <c>--cold</c>, <c>--parts</c>, <c>--alloc-types</c> and <c>--only variants</c> (the floor
/// with fewer attribute lookups): see those methods and docs/performance.md, round 6.
/// <c>--emit</c> also emits each run's output compilation (what <c>csc</c> compiles afterwards: the workload plus the
/// generated trees) and the workload with the generated files added as ordinary sources, so the cost of compiling what
/// the generator writes is measured beside it. <c>--only</c> runs one generator (for a profiler); <c>--dump DIR</c>
/// writes the generated files (to compare before and after a change, byte for byte).
/// </summary>
public static class GeneratorFresh
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 5;
        var emit = args.Contains("--emit");
        var only = Option(args, "--only");
        var dump = Option(args, "--dump");

        var workload = WorkloadProject.Create();
        Console.WriteLine($"Workload: {workload.Trees.Length} files in {workload.Directory}");
        if (args.Contains("--parts"))
        {
            return Parts(workload);
        }

        if (args.Contains("--cold"))
        {
            return Cold(workload, only ?? "gen");
        }

        // Warm up the JIT on a slice (generator, floor and emit), so the first measured run is not the JIT's.
        var slice = workload.Compile().RemoveAllSyntaxTrees().AddSyntaxTrees(workload.Trees.Take(100));
        _ = Generate(new PrivacyGenerator(), slice);
        _ = Generate(new FloorGenerator(), workload.Compile().RemoveAllSyntaxTrees().AddSyntaxTrees(workload.Trees.Take(100)));

        var generated = Generate(new PrivacyGenerator(), workload.Compile());
        var sources = generated.Driver.GetRunResult().Results[0].GeneratedSources;
        Console.WriteLine($"Generated: {sources.Length} files, {sources.Sum(s => s.SourceText.Length):N0} chars");
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            foreach (var source in sources)
            {
                File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
            }

            Console.WriteLine($"Written to {dump}");
        }

        if (emit)
        {
            _ = EmitOf(generated.Output);
        }

        var cases = new List<(string Name, Func<Measured> Run)>();
        if (only is null or "floor")
        {
            cases.Add(("floor generator, fresh compilation", () => Measure(new FloorGenerator(), workload, emit)));
        }

        if (only == "variants")
        {
            cases.Add(("no attribute lookup", () => Measure(new FloorVariant(), workload, emit)));
            cases.Add(("[PersonalData] only", () => Measure(new FloorVariant(PrivacyAnalyzers.AnnotationModel.PrivacyTypes.PersonalDataName), workload, emit)));
            cases.Add(("[PersonalData], [DataSubject]", () => Measure(new FloorVariant(PrivacyAnalyzers.AnnotationModel.PrivacyTypes.PersonalDataName, PrivacyAnalyzers.AnnotationModel.PrivacyTypes.DataSubjectName), workload, emit)));
            cases.Add(("[PersonalData], both Identity ones, [DataSubject]", () => Measure(new FloorVariant(PrivacyAnalyzers.AnnotationModel.PrivacyTypes.PersonalDataName, PrivacyAnalyzers.AnnotationModel.PrivacyTypes.AspNetPersonalDataName, PrivacyAnalyzers.AnnotationModel.PrivacyTypes.AspNetProtectedPersonalDataName, PrivacyAnalyzers.AnnotationModel.PrivacyTypes.DataSubjectName), workload, emit)));
            cases.Add(("floor (as PrivacyGenerator: [DataSubject] twice)", () => Measure(new FloorGenerator(), workload, emit)));
            // What reading [PersonalData] from syntax would cost instead (issue 14's remaining lever): the attributes found
            // by their written name, nothing bound; then the attribute's type bound (which attribute it is, ours or
            // ASP.NET Core's); then also its arguments' constant values — without the member's declared symbol.
            cases.Add(("[PersonalData] by syntax, nothing bound", () => Measure(new SyntaxVariant(SyntaxBinding.None), workload, emit)));
            cases.Add(("[PersonalData] by syntax, its type bound", () => Measure(new SyntaxVariant(SyntaxBinding.AttributeType), workload, emit)));
            cases.Add(("[PersonalData] by syntax, its type and arguments bound", () => Measure(new SyntaxVariant(SyntaxBinding.AttributeTypeAndArguments), workload, emit)));
        }

        if (only is null or "floorfiles")
        {
            // The floor that also adds the generated files (texts made once, beforehand): the floor plus the driver's
            // parsing of what PrivacyGenerator writes, without its transforms and emitters.
            var texts = sources.Select(s => (s.HintName, s.SourceText)).ToList();
            cases.Add(("floor generator adding the same files", () => Measure(new FloorWithFiles(texts), workload, emit)));
        }

        if (only is null or "gen")
        {
            cases.Add(("PrivacyGenerator, fresh compilation", () => Measure(new PrivacyGenerator(), workload, emit)));
        }

        if (emit && only is null)
        {
            var generatedTrees = generated.Output.SyntaxTrees.Skip(workload.Trees.Length).Select((t, i) => t.WithFilePath("generated" + i + ".cs")).ToList();
            cases.Add(("no generator, fresh compilation", () => MeasureEmit(workload.Compile())));
            cases.Add(("no generator, generated files as sources", () => MeasureEmit(workload.Compile().AddSyntaxTrees(generatedTrees))));
        }

        if (args.Contains("--alloc-types"))
        {
            // AllocationTick events (about one per 100 KB allocated) by type: which kinds of objects a run allocates.
            foreach (var (name, run) in cases)
            {
                using var listener = new AllocationListener();
                _ = run();
                listener.Dispose();
                Console.WriteLine($"{name}: allocation samples by type (~100 KB each), top 25:");
                foreach (var (type, bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(25))
                {
                    Console.WriteLine($"  {bytes / 1048576.0,8:N2} MB  {type}");
                }
            }

            return 0;
        }

        var results = cases.Select(_ => new List<Measured>()).ToList();
        foreach (var (_, run) in cases)
        {
            _ = run();
        }

        for (var i = 0; i < runs; i++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                results[c].Add(cases[c].Run());
            }
        }

        Console.WriteLine("| case | generator: allocated (median) | generator: median, fastest (loaded machine) | emit: allocated | emit: median, fastest (loaded machine) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (var c = 0; c < cases.Count; c++)
        {
            var m = results[c];
            Console.WriteLine($"| {cases[c].Name} | {Median(m.Select(x => (double)x.GeneratorBytes)) / 1048576.0:N2} MB | {Median(m.Select(x => x.GeneratorMs)):N0} ms, {m.Min(x => x.GeneratorMs):N0} ms | {Median(m.Select(x => (double)x.EmitBytes)) / 1048576.0:N1} MB | {Median(m.Select(x => x.EmitMs)):N0} ms, {m.Min(x => x.EmitMs):N0} ms |");
        }

        Console.WriteLine("Every run, in order (generator ms / emit ms): " + string.Join("; ", cases.Select((c, i) => c.Name + ": " + string.Join(", ", results[i].Select(x => $"{x.GeneratorMs:N0}/{x.EmitMs:N0}")))));
        return 0;
    }

    /// <summary>
    /// <c>--cold</c>: one run in this (fresh) process, nothing warmed up — as in a fresh <c>csc</c>, where the generator's code,
    /// the driver's generic instantiations over its types and the binding paths it uses are JIT-compiled during its run;
    /// then a second run on another fresh compilation (warm). Prints wall time, allocations and the methods the JIT compiled.
    /// Run it in alternate processes (<c>--only gen</c>, <c>--only floor</c>) for the difference.
    /// </summary>
    private static int Cold(WorkloadProject workload, string which)
    {
        IIncrementalGenerator Make() => which == "floor" ? new FloorGenerator() : new PrivacyGenerator();
        var compilation = workload.Compile();
        var compilation2 = workload.Compile();
        foreach (var (label, c) in new[] { ("cold", compilation), ("warm", compilation2) })
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            _ = Generate(Make(), c);
            var ms = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{which} {label}: {ms:N0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:N0} ms CPU, {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0:N2} MB, JIT-compiled {System.Runtime.JitInfo.GetCompiledMethodCount() - methods:N0} methods in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:N0} ms");
        }

        return 0;
    }

    /// <summary>
    /// <c>--parts</c>: the allocations of the generator's own steps, each run alone on the models of one run (bound
    /// compilation): the compact JSON, the inventory source, the exporters' and erasers' sources, and parsing all generated
    /// sources (which the driver does before handing them to the compiler).
    /// </summary>
    private static int Parts(WorkloadProject workload)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new PrivacyGenerator().AsSourceGenerator() },
            parseOptions: WorkloadProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var run = driver.RunGenerators(workload.Compile()).GetRunResult().Results[0];
        var inventory = (PrivacyAnalyzers.Generator.Model.InventoryModel)run.TrackedSteps[TrackingNames.Inventory][0].Outputs[0].Value;
        var exporters = run.TrackedSteps[TrackingNames.ExportersWithAssembly].SelectMany(s => s.Outputs).Select(o => o.Value).OfType<PrivacyAnalyzers.Generator.Model.ExporterModel>().ToList();
        var erasers = run.TrackedSteps[TrackingNames.Erasers].SelectMany(s => s.Outputs).Select(o => o.Value).OfType<PrivacyAnalyzers.Generator.Model.EraserModel>().ToList();
        var sources = run.GeneratedSources.Select(s => s.SourceText).ToList();
        var parts = new (string Name, Action Run)[]
        {
            ("inventory: compact JSON", () => GC.KeepAlive(PrivacyAnalyzers.Generator.Emitting.InventoryRecords.CompactJson(inventory))),
            ("inventory: whole source (JSON included)", () => GC.KeepAlive(PrivacyAnalyzers.Generator.Emitting.InventoryEmitter.Emit(inventory))),
            ($"{exporters.Count} exporters' sources", () => exporters.ForEach(e => GC.KeepAlive(PrivacyAnalyzers.Generator.Emitting.ExporterEmitter.Emit(e)))),
            ($"{erasers.Count} erasers' sources", () => erasers.ForEach(e => GC.KeepAlive(PrivacyAnalyzers.Generator.Emitting.EraserEmitter.Emit(e)))),
            ($"parsing the {sources.Count} generated sources", () => sources.ForEach(t => GC.KeepAlive(CSharpSyntaxTree.ParseText(t, WorkloadProject.ParseOptions).GetRoot()))),
        };
        foreach (var (name, action) in parts)
        {
            action();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            Console.WriteLine($"{name}: {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0:N2} MB, {watch.Elapsed.TotalMilliseconds:N0} ms (loaded machine)");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 || at + 1 >= args.Length ? null : args[at + 1];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static Measured Measure(IIncrementalGenerator generator, WorkloadProject workload, bool emit)
    {
        var compilation = workload.Compile();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var (_, output) = Generate(generator, compilation);
        var generatorMs = watch.Elapsed.TotalMilliseconds;
        var generatorBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (!emit)
        {
            return new Measured(generatorMs, generatorBytes, 0, 0);
        }

        var (emitMs, emitBytes) = EmitOf(output);
        return new Measured(generatorMs, generatorBytes, emitMs, emitBytes);
    }

    private static Measured MeasureEmit(Compilation compilation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var (emitMs, emitBytes) = EmitOf(compilation);
        return new Measured(0, 0, emitMs, emitBytes);
    }

    private static (double Ms, long Bytes) EmitOf(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = compilation.Emit(stream);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (!result.Success)
        {
            throw new InvalidOperationException("The workload does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return (elapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private static (GeneratorDriver Driver, Compilation Output) Generate(IIncrementalGenerator generator, Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            parseOptions: WorkloadProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The generator failed: " + string.Join("\n", diagnostics.Take(5)));
        }

        return (driver, output);
    }

    /// <summary><see cref="FloorGenerator"/>, adding the given sources once its lookups are done.</summary>
    private sealed class FloorWithFiles : IIncrementalGenerator
    {
        private readonly List<(string HintName, Microsoft.CodeAnalysis.Text.SourceText Text)> _texts;

        public FloorWithFiles(List<(string HintName, Microsoft.CodeAnalysis.Text.SourceText Text)> texts) => _texts = texts;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            new FloorGenerator().Initialize(context);
            var lookups = context.SyntaxProvider.ForAttributeWithMetadataName(PrivacyAnalyzers.AnnotationModel.PrivacyTypes.PersonalDataName, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax, static (_, _) => 0).Collect();
            context.RegisterSourceOutput(lookups, (spc, _) =>
            {
                foreach (var (hint, text) in _texts)
                {
                    spc.AddSource(hint, text);
                }
            });
        }
    }

    /// <summary>An experiment: the floor with the given attribute lookups only.</summary>
    private sealed class FloorVariant : IIncrementalGenerator
    {
        private readonly string[] _names;

        public FloorVariant(params string[] names) => _names = names;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            foreach (var name in _names)
            {
                var values = context.SyntaxProvider.ForAttributeWithMetadataName(name, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax, static (_, _) => 0);
                context.RegisterSourceOutput(values.Collect(), static (_, _) => { });
            }

            context.RegisterSourceOutput(context.CompilationProvider.Select(static (c, _) => c.AssemblyName), static (_, _) => { });
        }
    }

    private enum SyntaxBinding
    {
        None,
        AttributeType,
        AttributeTypeAndArguments,
    }

    /// <summary>A throwaway generator: <c>[PersonalData]</c> found by its written name (<c>CreateSyntaxProvider</c>), with as
    /// much binding as <see cref="SyntaxBinding"/> says, returning a value made of what it read.</summary>
    private sealed class SyntaxVariant(SyntaxBinding binding) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var values = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax attribute && IsPersonalDataName(attribute.Name),
                (syntaxContext, cancellationToken) =>
                {
                    var attribute = (Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax)syntaxContext.Node;
                    var read = attribute.ArgumentList?.Arguments.Count ?? 0;
                    if (binding == SyntaxBinding.None)
                    {
                        return read;
                    }

                    var type = syntaxContext.SemanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType;
                    read += type?.Name.Length ?? 0;
                    if (binding == SyntaxBinding.AttributeTypeAndArguments && attribute.ArgumentList is { } arguments)
                    {
                        foreach (var argument in arguments.Arguments)
                        {
                            read += syntaxContext.SemanticModel.GetConstantValue(argument.Expression, cancellationToken).HasValue ? 1 : 0;
                        }
                    }

                    return read;
                });
            context.RegisterSourceOutput(values.Collect(), static (_, _) => { });
            context.RegisterSourceOutput(context.CompilationProvider.Select(static (c, _) => c.AssemblyName), static (_, _) => { });
        }

        private static bool IsPersonalDataName(Microsoft.CodeAnalysis.CSharp.Syntax.NameSyntax name) => name switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax qualified => IsPersonalDataName(qualified.Right),
            Microsoft.CodeAnalysis.CSharp.Syntax.AliasQualifiedNameSyntax alias => IsPersonalDataName(alias.Name),
            Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple => simple.Identifier.ValueText is "PersonalData" or "PersonalDataAttribute",
            _ => false,
        };
    }

    internal sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        private bool _on;

        public Dictionary<string, long> ByType { get; } = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                _on = true;
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (!_on || e.EventName is not { } n || !n.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t]?.ToString() ?? "?" : "?";
            var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            lock (ByType)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + amount;
            }
        }
    }

    private sealed record Measured(double GeneratorMs, long GeneratorBytes, double EmitMs, long EmitBytes);
}
