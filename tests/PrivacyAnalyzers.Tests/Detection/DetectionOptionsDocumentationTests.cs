using System.IO;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tests.Infrastructure;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>docs/rules/PRIV001.md documents exactly the options detection reads.</summary>
public sealed class DetectionOptionsDocumentationTests
{
    [Fact]
    public void The_page_names_every_option_the_code_reads_and_no_other()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", "PRIV001.md"));
        var documented = Regex.Matches(page, @"privacy_analyzers\.[a-z_]+").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(DetectionOptionNames.All.OrderBy(n => n, StringComparer.Ordinal), documented.OrderBy(n => n, StringComparer.Ordinal));
    }
}
