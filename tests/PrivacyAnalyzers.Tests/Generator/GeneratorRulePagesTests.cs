using System.IO;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Tests.Infrastructure;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>The generator's rules are not reported by a DiagnosticAnalyzer, so the catalogue test does not see them: check their pages here.</summary>
public sealed class GeneratorRulePagesTests
{
    [Theory]
    [InlineData(RuleIdentifiers.ExportMemberNotAccessible)]
    [InlineData(RuleIdentifiers.NoExporterForSubject)]
    [InlineData(RuleIdentifiers.RuntimeNotReferenced)]
    [InlineData(RuleIdentifiers.ExportBoundary)]
    [InlineData(RuleIdentifiers.EraseMemberNotWritable)]
    [InlineData(RuleIdentifiers.RetainWithoutBasis)]
    [InlineData(RuleIdentifiers.NoAnonymisedValue)]
    public void Every_generator_rule_has_a_page_with_the_fixed_sections(string id)
    {
        Assert.Equal(id, PrivacyAnalyzers.Generator.GeneratorDiagnostics.Find(id).Id);
        var page = Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page {page}.");
        var text = File.ReadAllText(page);
        foreach (var section in new[] { "## Cause", "## Why", "## How to fix", "## How to configure", "## Example" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Contains("Art.", text, StringComparison.Ordinal);
    }
}
