using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Benchmarks.RealModels;

/// <summary>
/// What a folder of someone else's C# (an extracted repository) is compiled as: every <c>*.cs</c> file outside <c>bin/</c>
/// and <c>obj/</c> (and, on request, outside test folders) in one library, against the .NET and ASP.NET Core shared
/// frameworks of this process plus PrivacyAnalyzers.Annotations and .Runtime. Third-party packages (EF Core, MediatR…) are
/// not referenced: the errors that follow are the repository's, counted and not fatal.
/// </summary>
internal static class RealModelSources
{
    /// <summary>The base SDK's implicit global usings (<c>ImplicitUsings</c>), which the SDK writes into <c>obj/</c>.</summary>
    public const string ImplicitUsingsPath = "RealModels.ImplicitUsings.g.cs";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse)
        .WithPreprocessorSymbols(
            "RELEASE", "TRACE", "NET", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETSTANDARD2_0_OR_GREATER",
            "NETSTANDARD2_1_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER",
            "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NET10_0");

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: true,
        concurrentBuild: true);

    /// <summary>The .NET and ASP.NET Core shared frameworks of this process, PrivacyAnalyzers.Annotations and .Runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The ASP.NET Core shared framework folder, if installed beside the running runtime.</summary>
    public static string? AspNetCoreDirectory { get; private set; }

    /// <summary>The source files of <paramref name="folder"/>, in ordinal order of their full paths.</summary>
    public static ImmutableArray<string> FindFiles(string folder, bool skipTests) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Excluded(Path.GetRelativePath(folder, f), skipTests))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToImmutableArray();

    public static string ImplicitUsings { get; } = string.Join(
        "\n",
        new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" }
            .Select(n => "global using global::" + n + ";")) + "\n";

    private static bool Excluded(string relativePath, bool skipTests)
    {
        var segments = relativePath.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var segment = segments[i];
            if (segment is "bin" or "obj" or ".git" or "node_modules"
                || (skipTests && segment.Contains("test", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var directories = new List<string> { runtime };

        // .../shared/Microsoft.NETCore.App/10.0.x -> .../shared/Microsoft.AspNetCore.App/10.0.x (or the newest one there).
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(runtime));
        var aspNet = shared is null ? null : Path.Combine(shared, "Microsoft.AspNetCore.App");
        if (aspNet is not null && Directory.Exists(aspNet))
        {
            var version = Path.GetFileName(runtime);
            var match = Directory.Exists(Path.Combine(aspNet, version))
                ? Path.Combine(aspNet, version)
                : Directory.GetDirectories(aspNet).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault();
            if (match is not null)
            {
                AspNetCoreDirectory = match;
                directories.Add(match);
            }
        }

        var references = new List<MetadataReference>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in directories)
        {
            foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                if (names.Add(Path.GetFileNameWithoutExtension(path)) && HasMetadata(path))
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(ExportFormat).Assembly.Location));
        return references.ToImmutableArray();
    }

    private static bool HasMetadata(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
