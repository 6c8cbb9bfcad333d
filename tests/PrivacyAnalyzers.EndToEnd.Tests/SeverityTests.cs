using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>A team that sets PRIV001 to error in .editorconfig gets a failing build, with the errors where the warnings were.</summary>
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
}
