using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// Another build of our analyzer assembly (e.g. the code before an issue, built from its commit), loaded beside this
/// one in a load context of its own, so that the two can run on the same compilation in one process. Roslyn and the
/// framework come from the default context: both builds see the same compilation's types.
/// </summary>
public sealed class OtherAnalyzerBuild
{
    private readonly Assembly _assembly;

    public OtherAnalyzerBuild(string assemblyPath)
    {
        var fullPath = Path.GetFullPath(assemblyPath);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"No analyzer assembly at {fullPath}: build the other commit's src/PrivacyAnalyzers.Analyzers first.", fullPath);
        }

        _assembly = new IsolatedContext(Path.GetDirectoryName(fullPath)!).LoadFromAssemblyPath(fullPath);
    }

    /// <summary>An instance of the other build's analyzer of the same full name as <paramref name="analyzerType"/>.</summary>
    public DiagnosticAnalyzer Create(Type analyzerType)
    {
        var type = _assembly.GetType(analyzerType.FullName!, throwOnError: false)
            ?? throw new InvalidOperationException($"{_assembly.Location} has no type {analyzerType.FullName}.");
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }

    private sealed class IsolatedContext(string directory) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is not { } name
                || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                || name.StartsWith("System", StringComparison.Ordinal)
                || name == "netstandard")
            {
                return null;
            }

            var candidate = Path.Combine(directory, name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
