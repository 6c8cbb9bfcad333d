using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>The shared rule that every analyzer reports inside the compilation it analyses (no AD0001 across projects).</summary>
public sealed class CompilationDiagnosticsTests
{
    private static readonly SyntaxTree Here = CSharpSyntaxTree.ParseText("class B { }", path: "/b/B.cs");
    private static readonly SyntaxTree Elsewhere = CSharpSyntaxTree.ParseText("class A { }", path: "/a/A.cs");
    private static readonly Compilation Compilation = CSharpCompilation.Create("B", new[] { Here });

    private static Location In(SyntaxTree tree) => Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(6, 1));

    [Fact]
    public void A_diagnostic_located_in_another_projects_tree_is_not_created()
    {
        Assert.Null(CompilationDiagnostics.Create(Compilation, RuleDescriptors.PRIV016, In(Elsewhere), "A.X", "I.X"));
    }

    [Fact]
    public void Additional_locations_in_another_projects_tree_are_all_dropped_and_the_diagnostic_is_kept()
    {
        var diagnostic = CompilationDiagnostics.Create(Compilation, RuleDescriptors.PRIV023, In(Here), new[] { In(Here), In(Elsewhere) }, null, "Customer.Email", "Dto.Email", string.Empty);

        Assert.NotNull(diagnostic);
        Assert.Equal(In(Here), diagnostic!.Location);
        Assert.Empty(diagnostic.AdditionalLocations);
        Assert.Equal("Personal data 'Customer.Email' is copied into 'Dto.Email', which is not annotated", diagnostic.GetMessage());
    }

    [Fact]
    public void Locations_in_the_compilation_and_outside_source_are_kept()
    {
        var diagnostic = CompilationDiagnostics.Create(Compilation, RuleDescriptors.PRIV023, In(Here), new[] { In(Here), Location.None }, null, "a", "b", string.Empty);

        Assert.Equal(2, diagnostic!.AdditionalLocations.Count);
        Assert.NotNull(CompilationDiagnostics.Create(Compilation, RuleDescriptors.PRIV002, Location.None, "an IBAN"));
    }

    /// <summary>The rule holds only if every analyzer creates its diagnostics through it.</summary>
    [Fact]
    public void No_analyzer_creates_a_diagnostic_any_other_way()
    {
        var folder = Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "PrivacyAnalyzers.Analyzers");
        var offenders = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("CompilationDiagnostics.cs", StringComparison.Ordinal)
                && Regex.IsMatch(File.ReadAllText(f), @"\bDiagnostic\.Create\("))
            .Select(f => Path.GetRelativePath(folder, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Create diagnostics with CompilationDiagnostics.Create, not Diagnostic.Create:\n" + string.Join("\n", offenders));
    }
}
