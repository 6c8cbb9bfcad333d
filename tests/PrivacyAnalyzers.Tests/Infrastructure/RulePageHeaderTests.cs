using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// From a rule ID to everything in one step (issue 13): every rule page starts with one header table — id, category,
/// default severity, code fix yes/no, and links to the analyzer (or generator), code-fix and test files — and the table
/// agrees with the descriptor, the code-fix providers and the file system.
/// </summary>
public sealed class RulePageHeaderTests
{
    private static readonly Regex Link = new(@"\[`([^`]+)`\]\(([^)]+)\)", RegexOptions.Compiled);

    public static IEnumerable<object[]> Rules() => RuleCatalogTests.Descriptors();

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_header_table_matches_the_descriptor(string id)
    {
        var descriptor = RuleCatalogTests.Find(id);
        var (title, rows) = ReadHeader(id);
        Assert.Equal($"# {id}: {descriptor.Title}", title);
        Assert.Equal(id, rows["Id"]);
        Assert.Equal(descriptor.Category, rows["Category"]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), rows["Default severity"]);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_header_links_to_the_code_that_reports_fixes_and_tests_the_rule(string id)
    {
        var (_, rows) = ReadHeader(id);
        var reporter = rows.TryGetValue("Analyzer", out var analyzerRow) ? analyzerRow : rows["Reported by"];
        var reporterFiles = Links(id, reporter);
        var analyzers = RuleCatalogTests.AllAnalyzers().Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).Select(a => a.GetType().Name).ToList();
        var expectedReporter = analyzers.Count > 0 ? analyzers : new List<string> { nameof(PrivacyAnalyzers.Generator.PrivacyGenerator) };
        foreach (var name in expectedReporter)
        {
            Assert.True(reporterFiles.Any(f => File.ReadAllText(f).Contains("class " + name, StringComparison.Ordinal)), $"{id}: the header does not link the file of {name}.");
        }

        Assert.True(reporterFiles.Any(f => File.ReadAllText(f).Contains("PRIV" + id[4..], StringComparison.Ordinal) || File.ReadAllText(f).Contains(id, StringComparison.Ordinal)), $"{id}: no linked file reports the rule by its descriptor.");

        var fixers = typeof(PrivacyAnalyzers.CodeFixes.UnannotatedPersonalDataCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .Where(f => f.FixableDiagnosticIds.Contains(id))
            .Select(f => f.GetType().Name)
            .ToList();
        Assert.Equal(fixers.Count > 0, rows["Code fix"].StartsWith("yes", StringComparison.Ordinal));
        if (fixers.Count > 0)
        {
            var fixFiles = Links(id, rows["Code fix source"]);
            foreach (var fixer in fixers)
            {
                Assert.True(fixFiles.Any(f => Path.GetFileNameWithoutExtension(f) == fixer), $"{id}: the header does not link {fixer}.cs (a code-fix file is named after its provider).");
            }
        }
        else
        {
            Assert.False(rows.ContainsKey("Code fix source"), $"{id}: links a code fix that no provider offers.");
        }

        var tests = Links(id, rows["Tests"]);
        Assert.NotEmpty(tests);
        foreach (var test in tests)
        {
            var text = File.ReadAllText(test);
            Assert.True(text.Contains(id, StringComparison.Ordinal) || expectedReporter.Any(r => text.Contains(r, StringComparison.Ordinal)), $"{id}: {test} neither names the rule nor its analyzer.");
        }
    }

    private static List<string> Links(string id, string cell)
    {
        var pages = Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules");
        var files = new List<string>();
        foreach (Match match in Link.Matches(cell))
        {
            var path = Path.GetFullPath(Path.Combine(pages, match.Groups[2].Value));
            Assert.True(File.Exists(path), $"{id}: the link {match.Groups[2].Value} does not resolve.");
            Assert.Equal(Path.GetFileName(path), match.Groups[1].Value);
            files.Add(path);
        }

        return files;
    }

    private static (string Title, Dictionary<string, string> Rows) ReadHeader(string id)
    {
        var lines = File.ReadAllLines(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md"));
        Assert.True(lines.Length > 4 && lines[1].Length == 0 && lines[2] == "| | |" && lines[3] == "| --- | --- |", $"{id}: the page does not start with its title and the header table.");
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 4; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            var cells = lines[i].Trim().Trim('|').Split('|', 2);
            rows.Add(cells[0].Trim(), cells[1].Trim());
        }

        foreach (var key in new[] { "Id", "Category", "Default severity", "Code fix", "Tests" })
        {
            Assert.True(rows.ContainsKey(key), $"{id}: the header table has no '{key}' row.");
        }

        return (lines[0], rows);
    }
}
