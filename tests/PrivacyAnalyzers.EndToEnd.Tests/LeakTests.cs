using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// Issue 5's checks through the packed package: a project logging a member's e-mail in five different ways gets five
/// PRIV020 warnings and none for the member's Id or a count; a valid CNP and a valid IBAN in string literals get
/// PRIV002, the same digits with a wrong check digit do not. Lines are marked <c>// PRIV020</c>, <c>// PRIV002</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class LeakTests(PackedPackage package)
{
    [Fact]
    public async Task Leak_and_literal_rules_report_exactly_the_marked_lines()
    {
        var consumer = ConsumerProject.Create(
            package,
            "leaks",
            ["Leaks/Member.cs", "Leaks/Registration.cs", "Leaks/Fixtures.cs"],
            extraItems: """<PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.14" />""");
        var result = await consumer.BuildAsync();
        Assert.True(result.Succeeded, result.Describe());

        var markers = consumer.ReadMarkers();
        Assert.Equal(5, markers.Count(m => m.Id == "PRIV020"));
        Assert.Equal(2, markers.Count(m => m.Id == "PRIV002"));
        var expected = markers.Select(m => $"{m.Id} {m.FileName}({m.Line})").Order(StringComparer.Ordinal).ToList();
        var actual = BuildDiagnostic.Parse(result.Output)
            .Where(d => d.Id.StartsWith("PRIV", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.FileName}({d.Line})").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"missing: [{string.Join(", ", expected.Except(actual))}]\nunexpected: [{string.Join(", ", actual.Except(expected))}]\n{result.Describe()}");
    }
}
