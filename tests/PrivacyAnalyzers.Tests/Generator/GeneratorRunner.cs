using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Export;
using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>The result of running the generator once: the driver (for a second run), the output compilation and what it produced.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, GeneratorDriverRunResult Result)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public string Source(string hintName) =>
        Sources.TryGetValue(hintName, out var text) ? text : throw new Xunit.Sdk.XunitException($"No generated file '{hintName}'; generated: {string.Join(", ", Sources.Keys)}");

    /// <summary>Fails when the output compilation has any warning or error (the generated code under warnings-as-errors, at warning level 9999).</summary>
    public GeneratorRun AssertCompilesClean()
    {
        Assert.Empty(Result.Diagnostics.Where(d => d.Id == "CS8785"));
        var problems = Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The output does not compile cleanly:\n" + string.Join("\n", problems.Select(p => p.ToString())) + "\n\n" + string.Join("\n\n", Sources.Select(s => "// " + s.Key + "\n" + s.Value)));
        return this;
    }

    /// <summary>Emits the output, loads it in a collectible context, and returns the assembly.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}

/// <summary>Compiles test sources and runs <see cref="PrivacyGenerator"/> on them, tracking its incremental steps.</summary>
internal static class GeneratorRunner
{
    public static readonly MetadataReference Runtime = TestReferences.Of(typeof(PersonalDataWriter));

    public static CSharpCompilation Compile(
        IEnumerable<string> sources,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        bool withRuntime = true,
        string assemblyName = "Shop",
        IEnumerable<MetadataReference>? references = null)
    {
        var parse = new CSharpParseOptions(languageVersion);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"/src/Test{i}.cs")).ToList();
        var all = TestReferences.Framework.Add(TestReferences.Annotations);
        if (withRuntime)
        {
            all = all.Add(Runtime);
        }

        if (references is not null)
        {
            all = all.AddRange(references);
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true)
            .WithWarningLevel(9999)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });
        return CSharpCompilation.Create(assemblyName, trees, all, options);
    }

    /// <summary>
    /// Runs the generator on <paramref name="compilation"/>; <paramref name="buildProperties"/> are the project's MSBuild
    /// properties as the compiler passes them (<c>build_property.Name</c> → value).
    /// </summary>
    public static GeneratorRun Run(Compilation compilation, GeneratorDriver? driver = null, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        driver ??= CSharpGeneratorDriver.Create(
            new[] { new PrivacyGenerator().AsSourceGenerator() },
            optionsProvider: buildProperties is null ? null : new BuildProperties(buildProperties),
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, compilation, output, driver.GetRunResult());
    }

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    /// <summary>Runs <c>Probe.Run(stream, format, scope)</c> from the compiled test source and returns what it wrote.</summary>
    public static byte[] Export(Assembly assembly, ExportFormat format, ExportScope scope, string probe = "Probe")
    {
        var type = assembly.GetTypes().Single(t => t.Name == probe);
        using var stream = new MemoryStream();
        type.GetMethod("Run")!.Invoke(null, new object[] { stream, format, scope });
        return stream.ToArray();
    }
}

/// <summary>Global analyzer-config options holding a project's build properties, for generator runs.</summary>
internal sealed class BuildProperties : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public BuildProperties(IReadOnlyDictionary<string, string> values) => _global = new Options(values);

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => _global;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            var found = _values.TryGetValue(key, out var text);
            value = text;
            return found;
        }
    }
}
