using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- exportersize [ENTITIES] [SUBJECT_EVERY]</c>:
/// the size of the generated exporters — on the workload and on each sample's <c>Model</c> folder — as source (bytes,
/// lines) and as compiled IL (the method bodies of the <c>*PrivacyExporter</c> classes, read from the emitted assembly).
/// Deterministic: the figures do not depend on the machine's load.
/// </summary>
public static class ExporterSize
{
    public static void Run(int entities, int subjectEvery, string repository)
    {
        Console.WriteLine("| input | exporters | source bytes | source lines | IL bytes (method bodies) | per exporter: source bytes / IL bytes |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        var workload = WorkloadProject.Create(entities, subjectEvery);
        Report($"workload {entities}/{subjectEvery}", workload.Compile());
        foreach (var model in Directory.GetDirectories(Path.Combine(repository, "samples")).OrderBy(d => d, StringComparer.Ordinal))
        {
            var folder = Path.Combine(model, "Model");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), WorkloadProject.ParseOptions, f));
            var compilation = workload.Compile().RemoveAllSyntaxTrees().AddSyntaxTrees(trees).WithAssemblyName(Path.GetFileName(model));
            Report("samples/" + Path.GetFileName(model) + "/Model", compilation);
        }
    }

    private static void Report(string name, Compilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() }, parseOptions: WorkloadProject.ParseOptions);
        var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var exporters = ran.GetRunResult().Results[0].GeneratedSources.Where(s => s.HintName.EndsWith("PrivacyExporter.g.cs", StringComparison.Ordinal)).ToList();
        if (exporters.Count == 0)
        {
            Console.WriteLine($"| {name} | 0 | | | | |");
            return;
        }

        var sourceBytes = exporters.Sum(s => System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        var lines = exporters.Sum(s => s.SourceText.Lines.Count);

        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        if (!result.Success)
        {
            Console.WriteLine($"| {name} | {exporters.Count} | {sourceBytes:N0} | {lines:N0} | does not compile: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)} | |");
            return;
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var il = 0L;
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!metadata.GetString(type.Name).EndsWith("PrivacyExporter", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress != 0)
                {
                    il += pe.GetMethodBody(method.RelativeVirtualAddress).Size;
                }
            }
        }

        Console.WriteLine($"| {name} | {exporters.Count} | {sourceBytes:N0} | {lines:N0} | {il:N0} | {sourceBytes / exporters.Count:N0} / {il / exporters.Count:N0} |");
    }
}
