using System.IO;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tests.Infrastructure;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>The complete example of docs/annotation-model.md compiles, is clean, and has the effective values its table states.</summary>
public sealed class AnnotationModelDocumentTests
{
    private static string Example()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "annotation-model.md"));
        var block = Regex.Match(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        return "using System.Collections.Generic;\n" + block + "\npublic class Invoice { }\n";
    }

    [Fact]
    public Task The_example_has_no_validation_diagnostic() =>
        new Harness.AnalyzerTest()
            .WithAnalyzer<PrivacyAnalyzers.Validation.AnnotationValidationAnalyzer>()
            .WithAnalyzer<PrivacyAnalyzers.Validation.DroppedAnnotationAnalyzer>()
            .WithSource(Example())
            .RunAsync();

    [Theory]
    [InlineData("Name", "Contract", "Assembly", "P12M", "Type", "EndOfContract", "Assembly")]
    [InlineData("NewsletterEmail", "Consent", "Member", "P12M", "Member", "LastActivity", "Member")]
    [InlineData("Invoices", "LegalObligation", "Member", "P10Y", "Member", "EndOfContract", "Assembly")]
    [InlineData("AccessibilityNeeds", "Consent", "Member", "P12M", "Type", "EndOfContract", "Assembly")]
    [InlineData("Points", "Contract", "Assembly", "P12M", "Type", "EndOfContract", "Assembly")]
    public void The_table_of_effective_values_is_true(string member, string basis, string basisFrom, string retention, string retentionFrom, string start, string startFrom)
    {
        var annotation = EffectiveAnnotationTests.Get(Example(), "Customer", member)!;
        Assert.Equal((basis, basisFrom), (annotation.LegalBasis.Value.ToString(), annotation.LegalBasis.From.ToString()));
        Assert.Equal((retention, retentionFrom), (annotation.Retention.Value, annotation.Retention.From.ToString()));
        Assert.Equal((start, startFrom), (annotation.RetentionFrom.Value.ToString(), annotation.RetentionFrom.From.ToString()));
    }
}
