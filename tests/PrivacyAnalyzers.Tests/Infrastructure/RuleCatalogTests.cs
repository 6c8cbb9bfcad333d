using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>Every rule has a help link to its page, a page, and a line in the release-tracking file.</summary>
public sealed class RuleCatalogTests
{
    public static IEnumerable<object[]> Descriptors() =>
        typeof(RuleDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Select(d => new object[] { d.Id });

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Help_link_points_at_the_rule_page(string id)
    {
        var descriptor = Find(id);
        Assert.Equal($"https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_that_an_analyzer_reports_has_a_page_with_the_fixed_sections(string id)
    {
        if (!IsReportedByAnAnalyzer(id))
        {
            return; // Declared for a later issue; its page comes with its analyzer.
        }

        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page {page}.");
        var text = File.ReadAllText(page);
        foreach (var section in new[] { "## Cause", "## Why", "## How to fix", "## How to configure", "## Example" })
        {
            Assert.True(text.Contains(section, StringComparison.Ordinal), $"{page} has no '{section}' section.");
        }
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_has_a_line_in_the_release_tracking_file(string id)
    {
        var descriptor = Find(id);
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "PrivacyAnalyzers.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex($@"^{id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), unshipped);
    }

    [Fact]
    public void Every_page_in_docs_rules_belongs_to_a_rule()
    {
        var ids = Descriptors().Select(d => (string)d[0]).ToHashSet();
        foreach (var page in Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "rules"), "PRIV*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), ids);
        }
    }

    internal static DiagnosticDescriptor Find(string id) =>
        typeof(RuleDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Single(d => d.Id == id);

    internal static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(RuleDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    private static bool IsReportedByAnAnalyzer(string id) => AllAnalyzers().Any(a => a.SupportedDiagnostics.Any(d => d.Id == id));

    internal static string RepositoryRoot([CallerFilePath] string path = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PrivacyAnalyzers.sln not found above the tests.");
    }
}
