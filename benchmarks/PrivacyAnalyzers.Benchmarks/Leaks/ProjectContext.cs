using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Benchmarks.LeakQuality;

/// <summary>
/// What the leak benchmark adds to <c>realmodels</c>' compilation of a folder so that the code binds as its own build
/// would: the implicit global usings of the SDK each file's project uses (<c>Microsoft.NET.Sdk.Web</c> adds
/// <c>Microsoft.Extensions.Logging</c>, <c>Microsoft.AspNetCore.Http</c>…, <c>Microsoft.NET.Sdk.Worker</c> the hosting
/// ones) and the project's <c>&lt;Using Include&gt;</c> items, written into each file as ordinary <c>using</c>
/// directives on the line of its first using or declaration (so line numbers do not move, and a web project's usings do
/// not leak into a library's files, as they do not in a real build); and the NuGet packages named for a repository in
/// a package list (<c>benchmarks/leaks/packages.txt</c>), referenced from the local NuGet global packages folder.
/// </summary>
internal static class ProjectContext
{
    private static readonly string[] WebUsings =
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    private static readonly string[] WorkerUsings =
    {
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
        "Microsoft.Extensions.Logging",
    };

    private static readonly string[] FrameworkPreference =
    {
        "net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0",
    };

    /// <summary>
    /// For each source file (full path), the usings its project adds beyond the base SDK's: the Web or Worker SDK's
    /// implicit usings and <c>&lt;Using Include&gt;</c> items of the project file, the files it imports and the
    /// <c>Directory.Build.props</c> above it. Files outside any project get none.
    /// </summary>
    public static Func<string, IReadOnlyList<string>> UsingsFor(string root)
    {
        var byDirectory = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var rootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

        IReadOnlyList<string> ForDirectory(string directory)
        {
            if (byDirectory.TryGetValue(directory, out var known))
            {
                return known;
            }

            IReadOnlyList<string> found;
            var project = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.csproj").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() : null;
            if (project is not null)
            {
                found = ProjectUsings(project, rootPath);
            }
            else
            {
                var parent = Path.GetDirectoryName(directory);
                found = parent is null || parent.Length < rootPath.Length ? Array.Empty<string>() : ForDirectory(parent);
            }

            byDirectory[directory] = found;
            return found;
        }

        return path => ForDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? rootPath);
    }

    private static IReadOnlyList<string> ProjectUsings(string project, string root)
    {
        var usings = new List<string>();
        var document = Load(project);
        if (document?.Root is not { } element)
        {
            return usings;
        }

        var sdk = (string?)element.Attribute("Sdk") ?? string.Empty;
        if (sdk.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase))
        {
            usings.AddRange(WebUsings);
        }
        else if (sdk.Contains("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase))
        {
            usings.AddRange(WorkerUsings);
        }

        var files = new List<string> { project };
        foreach (var import in element.Descendants().Where(e => e.Name.LocalName == "Import"))
        {
            if ((string?)import.Attribute("Project") is { } imported && !imported.Contains('$', StringComparison.Ordinal))
            {
                files.Add(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, imported.Replace('\\', Path.DirectorySeparatorChar))));
            }
        }

        for (var directory = Path.GetDirectoryName(project); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            var props = Path.Combine(directory, "Directory.Build.props");
            if (File.Exists(props))
            {
                files.Add(props);
                break;
            }
        }

        foreach (var file in files)
        {
            foreach (var item in Load(file)?.Descendants().Where(e => e.Name.LocalName == "Using") ?? Enumerable.Empty<XElement>())
            {
                if ((string?)item.Attribute("Include") is { } name && item.Attribute("Alias") is null && item.Attribute("Static") is null
                    && Regex.IsMatch(name, @"^[A-Za-z_][A-Za-z0-9_.]*$"))
                {
                    usings.Add(name);
                }
            }
        }

        return usings.Distinct(StringComparer.Ordinal).ToList();
    }

    private static XDocument? Load(string path)
    {
        try
        {
            return File.Exists(path) ? XDocument.Load(path) : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="text"/> with <c>using global::N;</c> for each of <paramref name="usings"/> inserted before the
    /// first non-global using directive (or, without one, the first attribute list or member), on the same line.
    /// </summary>
    public static SourceText AddUsings(SourceText text, IReadOnlyList<string> usings, CSharpParseOptions options)
    {
        if (usings.Count == 0)
        {
            return text;
        }

        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, options).GetRoot();
        SyntaxNode? anchor = root.Usings.FirstOrDefault(u => u.GlobalKeyword.IsKind(SyntaxKind.None));
        anchor ??= root.AttributeLists.Cast<SyntaxNode>().Concat(root.Members).OrderBy(n => n.SpanStart).FirstOrDefault();
        var position = anchor?.SpanStart ?? text.Length;
        var directives = string.Concat(usings.Select(u => "using global::" + u + "; "));
        return text.WithChanges(new TextChange(new TextSpan(position, 0), directives));
    }

    /// <summary>A package list: lines <c>REPO PACKAGE VERSION</c> (tab or space separated), <c>#</c> comments.</summary>
    public static ImmutableArray<(string Repo, string Package, string Version)> ReadPackages(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(new[] { '\t', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            .Select(c => c.Length == 3 ? (c[0], c[1], c[2]) : throw new FormatException($"{path}: expected 'REPO PACKAGE VERSION', got '{string.Join(' ', c)}'"))
            .ToImmutableArray();

    /// <summary>
    /// The assemblies of <paramref name="package"/> <paramref name="version"/> in the NuGet global packages folder
    /// (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>), for the newest framework folder this process can load;
    /// empty when the package is not there (restore it first).
    /// </summary>
    public static ImmutableArray<string> PackageAssemblies(string package, string version)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var lib = Path.Combine(cache, package.ToLowerInvariant(), version.ToLowerInvariant(), "lib");
        if (!Directory.Exists(lib))
        {
            return ImmutableArray<string>.Empty;
        }

        foreach (var framework in FrameworkPreference)
        {
            var folder = Path.Combine(lib, framework);
            if (Directory.Exists(folder))
            {
                return Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray();
            }
        }

        return ImmutableArray<string>.Empty;
    }

    /// <summary><c>leaks --self-check</c>: the using insertion keeps line numbers and the file's own directives valid.</summary>
    public static IReadOnlyList<string> SelfCheck()
    {
        var failures = new List<string>();
        var usings = new[] { "Microsoft.Extensions.Logging" };
        foreach (var source in new[]
        {
            "#nullable enable\nglobal using G;\nusing System;\nnamespace N;\nclass C { }\n",
            "// header\n\nnamespace N\n{\n    class C { }\n}\n",
            "[assembly: System.Reflection.AssemblyTitle(\"t\")]\nclass C { }\n",
            "",
        })
        {
            var text = SourceText.From(source);
            var added = AddUsings(text, usings, CSharpParseOptions.Default);
            var tree = CSharpSyntaxTree.ParseText(added, CSharpParseOptions.Default);
            if (added.Lines.Count != text.Lines.Count)
            {
                failures.Add($"AddUsings moved lines in: {source.Replace("\n", "\\n", StringComparison.Ordinal)}");
            }

            if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                failures.Add($"AddUsings broke the syntax of: {source.Replace("\n", "\\n", StringComparison.Ordinal)}");
            }

            if (!added.ToString().Contains("using global::Microsoft.Extensions.Logging;", StringComparison.Ordinal))
            {
                failures.Add($"AddUsings added nothing to: {source.Replace("\n", "\\n", StringComparison.Ordinal)}");
            }
        }

        return failures;
    }
}
