using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- exportersize [ENTITIES] [SUBJECT_EVERY] [--dump DIR]</c>:
/// the size of the generated exporters, erasers and retention schedules — on the workload and on each sample's
/// <c>Model</c> folder — as source (bytes, lines) and as compiled IL (the method bodies of the <c>*PrivacyExporter</c>,
/// <c>*PrivacyEraser</c> and <c>*PrivacyRetention</c> classes, read from the emitted assembly). A class's source is its
/// declaration with its doc comment; the rest of a file (header, pragmas, namespace) is counted with the first class of
/// the file. Syntax nodes are the class declarations' nodes (not trivia: comments and doc comments are not counted), a
/// measure of what the compiler binds that does not grow with names' lengths. <c>--dump DIR</c> writes the generated files. Deterministic: the figures do not depend on the machine's load.
/// </summary>
public static class ExporterSize
{
    private static readonly string[] Kinds = { "PrivacyExporter", "PrivacyEraser", "PrivacyRetention" };

    public static void Run(int entities, int subjectEvery, string repository, string? dump = null)
    {
        Console.WriteLine("| input | class | classes | source bytes | source lines | syntax nodes | IL bytes (method bodies) | per class: source bytes / IL bytes |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var workload = WorkloadProject.Create(entities, subjectEvery);
        Report($"workload {entities}/{subjectEvery}", workload.Compile(), dump is null ? null : Path.Combine(dump, "workload"));
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
            Report("samples/" + Path.GetFileName(model) + "/Model", compilation, dump is null ? null : Path.Combine(dump, Path.GetFileName(model)));
        }
    }

    private static void Report(string name, Compilation compilation, string? dump)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() }, parseOptions: WorkloadProject.ParseOptions);
        var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var sources = ran.GetRunResult().Results[0].GeneratedSources
            .Where(s => s.HintName.EndsWith("PrivacyExporter.g.cs", StringComparison.Ordinal) || s.HintName.Contains("PrivacyErasure", StringComparison.Ordinal))
            .ToList();
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            foreach (var source in sources)
            {
                File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
            }
        }

        // Source bytes and lines per kind of class: each class declaration (with its leading trivia, the doc comment),
        // and what the file has outside its classes (header, pragmas, namespace braces) charged to the file's first class.
        var bytes = new long[Kinds.Length];
        var lines = new long[Kinds.Length];
        var classes = new int[Kinds.Length];
        var nodes = new long[Kinds.Length];
        foreach (var source in sources)
        {
            var text = source.SourceText.ToString();
            var root = CSharpSyntaxTree.ParseText(text, WorkloadProject.ParseOptions).GetRoot();
            var declared = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Parent is not ClassDeclarationSyntax).ToList();
            var inClasses = 0L;
            var linesInClasses = 0L;
            foreach (var declaration in declared)
            {
                var kind = KindOf(declaration.Identifier.ValueText);
                if (kind < 0)
                {
                    continue;
                }

                var part = declaration.ToFullString();
                var partBytes = System.Text.Encoding.UTF8.GetByteCount(part);
                var partLines = part.Count(c => c == '\n');
                bytes[kind] += partBytes;
                nodes[kind] += declaration.DescendantNodesAndSelf().Count();
                lines[kind] += partLines;
                classes[kind]++;
                inClasses += partBytes;
                linesInClasses += partLines;
            }

            var first = declared.Select(c => KindOf(c.Identifier.ValueText)).FirstOrDefault(k => k >= 0);
            bytes[first] += System.Text.Encoding.UTF8.GetByteCount(text) - inClasses;
            lines[first] += source.SourceText.Lines.Count - linesInClasses;
        }

        var il = new long[Kinds.Length];
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        string? error = null;
        if (!result.Success)
        {
            error = "does not compile: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        }
        else
        {
            stream.Position = 0;
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                var kind = KindOf(metadata.GetString(type.Name));
                if (kind < 0)
                {
                    continue;
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = metadata.GetMethodDefinition(methodHandle);
                    if (method.RelativeVirtualAddress != 0)
                    {
                        il[kind] += pe.GetMethodBody(method.RelativeVirtualAddress).Size;
                    }
                }
            }
        }

        for (var k = 0; k < Kinds.Length; k++)
        {
            var count = classes[k];
            var ilText = error ?? il[k].ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            var per = count == 0 || error is not null ? string.Empty : $"{bytes[k] / count:N0} / {il[k] / count:N0}";
            Console.WriteLine($"| {name} | {Kinds[k]} | {count} | {bytes[k]:N0} | {lines[k]:N0} | {nodes[k]:N0} | {ilText} | {per} |");
        }

        Console.WriteLine($"| {name} | all three | {classes.Sum()} | {bytes.Sum():N0} | {lines.Sum():N0} | {nodes.Sum():N0} | {error ?? il.Sum().ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} | |");
    }

    /// <summary>0, 1 or 2 for an exporter, eraser or retention class (a disambiguated name keeps the suffix); -1 otherwise.</summary>
    private static int KindOf(string className)
    {
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (className.EndsWith(Kinds[k], StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }
}
