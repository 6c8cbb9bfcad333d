using System.IO;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// A seed sample's data model compiled in memory: its <c>Model/</c> folder and <c>Privacy.cs</c> (the assembly-level
/// annotations) — the files that carry the annotations; the DbContext and Program need EF Core and are left out.
/// </summary>
internal sealed class SampleSources
{
    private SampleSources(string name, string directory, CSharpCompilation compilation)
    {
        Name = name;
        Directory = directory;
        Compilation = compilation;
        Reader = new AnnotationReader(compilation);
    }

    public string Name { get; }

    public string Directory { get; }

    public CSharpCompilation Compilation { get; }

    public AnnotationReader Reader { get; }

    public static string SamplesDirectory([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "..", "samples"));

    public static SampleSources Load(string name)
    {
        var directory = Path.Combine(SamplesDirectory(), name);
        var files = System.IO.Directory.GetFiles(Path.Combine(directory, "Model"), "*.cs", SearchOption.AllDirectories)
            .Append(Path.Combine(directory, "Privacy.cs"))
            .OrderBy(f => f, StringComparer.Ordinal);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f));
        var compilation = CSharpCompilation.Create(
            name,
            trees,
            TestReferences.Framework.Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"samples/{name}: the model does not compile on its own:\n{string.Join("\n", errors)}");
        return new SampleSources(name, directory, compilation);
    }

    /// <summary>The sample's types by simple name (the samples keep type names unique).</summary>
    public INamedTypeSymbol? FindType(string simpleName) =>
        Compilation.GetSymbolsWithName(simpleName, SymbolFilter.Type).OfType<INamedTypeSymbol>().SingleOrDefault();

    /// <summary>Every property or field of the sample's types that is marked personal data, as <c>Type.Member</c>.</summary>
    public IEnumerable<(string Name, ISymbol Member)> PersonalDataMembers()
    {
        foreach (var type in Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            foreach (var member in type.GetMembers().Where(m => m is IPropertySymbol or IFieldSymbol && !m.IsImplicitlyDeclared))
            {
                if (Reader.FindPersonalDataMarker(member, out _) is not null)
                {
                    yield return ($"{type.Name}.{member.Name}", member);
                }
            }
        }
    }

    /// <summary>
    /// The retention the README states, rendered from the effective annotation: <c>P1Y from Collection</c>,
    /// <c>P12M from LastActivity; P0D from UnansweredCommunications, WhicheverIsSooner</c>, or <c>not stated</c>.
    /// </summary>
    public static string RenderRetention(EffectiveAnnotation annotation)
    {
        // The count of unanswered communications is written after the start it counts for: "from UnansweredCommunications (6)".
        string From(RetentionStartValue from) =>
            from == RetentionStartValue.UnansweredCommunications && annotation.UnansweredCommunications.Value > 0
                ? $"{from} ({annotation.UnansweredCommunications.Value})"
                : from.ToString();

        var main = annotation.Retention.Value is { } retention
            ? (annotation.RetentionBound.Value == RetentionBoundValue.AtMost ? "at most " : string.Empty)
                + $"{retention} from {From(annotation.RetentionFrom.Value == RetentionStartValue.Unspecified ? RetentionStartValue.Collection : annotation.RetentionFrom.Value)}"
            : "not stated";
        if (annotation.AlternativeRetention.Value is { } alternative)
        {
            var combination = annotation.RetentionCombination.Value == RetentionCombinationValue.Unspecified
                ? RetentionCombinationValue.WhicheverIsSooner
                : annotation.RetentionCombination.Value;
            main += $"; {alternative} from {From(annotation.AlternativeRetentionFrom.Value)}, {combination}";
        }

        return main;
    }
}
