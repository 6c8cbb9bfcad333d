using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>How a team turns the rules up (.editorconfig severity) or off for a whole project (PrivacyAnalyzersEnabled).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SeverityTests(PackedPackage package)
{
    [Fact]
    public async Task Editorconfig_error_severity_fails_the_build()
    {
        var consumer = ConsumerProject.Create(
            package, "severity-error", ["Customer.cs", "Client.cs", "Product.cs"], "dotnet_diagnostic.PRIV001.severity = error\n");

        var result = await consumer.BuildAsync();

        Assert.False(result.Succeeded, "the build should fail. " + result.Describe());
        var errors = BuildDiagnostic.Parse(result.Output).Where(d => d.Id == "PRIV001")
            .Select(d => $"{d.Severity} {d.FileName}({d.Line})").Distinct().Order(StringComparer.Ordinal);
        var expected = consumer.ReadMarkers().Where(m => m.Id == "PRIV001")
            .Select(m => $"error {m.FileName}({m.Line})").Order(StringComparer.Ordinal);
        Assert.Equal(expected, errors);
    }

    [Fact]
    public async Task PrivacyAnalyzersEnabled_false_removes_the_analyzers_from_the_project()
    {
        var consumer = ConsumerProject.Create(
            package, "opt-out", ["Customer.cs"], projectProperties: "<PrivacyAnalyzersEnabled>false</PrivacyAnalyzersEnabled>");
        Assert.NotEmpty(consumer.ReadMarkers());

        var result = await consumer.BuildAsync();

        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(BuildDiagnostic.Parse(result.Output), d => d.Id.StartsWith("PRIV", StringComparison.Ordinal));
    }
}
