using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Benchmarks.Workload;

/// <summary>
/// The synthetic workload of <c>benchmarks/workload.py</c> (the same one the build-overhead benchmark builds), written to a
/// temporary folder and compiled in memory, so that the in-process benchmarks measure the same code the build does.
/// </summary>
public sealed class WorkloadProject
{
    private WorkloadProject(string directory, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        Directory = directory;
        Trees = trees;
        References = references;
    }

    public string Directory { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>
    /// Writes the workload with <paramref name="entities"/> entity classes (every <paramref name="subjectEvery"/>-th a
    /// [DataSubject]) and as many services, and parses it. The folder is kept and reused (the workload is deterministic).
    /// </summary>
    public static WorkloadProject Create(int entities = 2000, int subjectEvery = 20, [CallerFilePath] string callerPath = "")
    {
        var repository = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", ".."));
        var directory = Path.Combine(Path.GetTempPath(), $"privacy-workload-{entities}-{subjectEvery}");
        if (!File.Exists(Path.Combine(directory, "Workload.csproj")))
        {
            var script = Path.Combine(repository, "benchmarks", "workload.py");
            using var python = Process.Start(new ProcessStartInfo("python3", $"\"{script}\" \"{directory}\" --entities {entities} --services {entities} --subject-every {subjectEvery}") { UseShellExecute = false })
                ?? throw new InvalidOperationException("python3 could not be started; it writes the workload (benchmarks/workload.py).");
            python.WaitForExit();
            if (python.ExitCode != 0)
            {
                throw new InvalidOperationException($"benchmarks/workload.py exited with {python.ExitCode}.");
            }
        }

        var trees = System.IO.Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f))
            .ToImmutableArray();
        return new WorkloadProject(directory, trees, LoadReferences());
    }

    /// <summary>A fresh compilation of the workload: no semantic work done yet.</summary>
    public CSharpCompilation Compile() => CSharpCompilation.Create(
        "Workload",
        Trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        var references = new List<MetadataReference>();
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib")
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(PersonalDataWriter).Assembly.Location));
        return references.ToImmutableArray();
    }
}
