using System.IO;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// samples/Erasure runs from its README (<c>dotnet run --project samples/Erasure</c>): it answers an erasure request on
/// SQLite with EF Core, exports afterwards, purges by retention, and exits 0 only when no erased value remains in the
/// export and the referrer (another data subject) is unchanged. Build outputs go to the packed package's artifacts folder.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ErasureSampleTests(PackedPackage package)
{
    [Fact]
    public async Task Erasure_sample_erases_retains_with_reasons_exports_nothing_erased_and_purges_by_retention()
    {
        var result = await DotNetCli.RunAsync(
            RepositoryRoot.Path,
            [
                "run", "--project", Path.Combine("samples", "Erasure"),
                "-c", "Release",
                $"-p:Version={package.Version}",
                "-p:UseArtifactsOutput=true",
                $"-p:ArtifactsPath={package.ArtifactsDirectory}",
            ]);

        Assert.True(result.Succeeded, result.Describe());
        var output = result.Output;
        Assert.Contains("Customer.Email: erased", output, StringComparison.Ordinal);
        Assert.Contains("Customer.BirthDate: anonymised", output, StringComparison.Ordinal);
        Assert.Contains("Customer.Orders[0].Total: retained (legal obligation: P10Y from collection) until 2035-11-10", output, StringComparison.Ordinal);
        Assert.Contains("Customer.ReferredBy: not erased: another data subject (Customer)", output, StringComparison.Ordinal);
        Assert.Contains("Check: no erased value remains in the export", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);

        // The bytes of the export itself: the seeded e-mail, phone and shipping address are gone; the birth date keeps its year.
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "samples", "Erasure", "seed-data.json"));
        var export = output[output.IndexOf("Export after erasure:", StringComparison.Ordinal)..output.IndexOf("Check:", StringComparison.Ordinal)];
        foreach (var erased in new[] { "ana.exemplu@example.com", "0700 000 101", "frequent-buyer", "Strada Exemplului 7, Ploiești", "1992-05-17" })
        {
            Assert.True(erased == "1992-05-17" || seed.Contains(erased, StringComparison.Ordinal), "the seed changed: " + erased);
            Assert.DoesNotContain(erased, export, StringComparison.Ordinal);
        }

        Assert.Contains("\"BirthDate\": \"1992-01-01\"", export, StringComparison.Ordinal);
        Assert.Contains("customer #1: 2 expired member(s) erased: Customer.MarketingSegment, Customer.Orders[0].ShippingAddress", output, StringComparison.Ordinal);

        // The policy the build wrote states, from the same annotations, what an erasure request keeps and why (Art. 17(3)(b)).
        var policy = Directory.EnumerateFiles(package.ArtifactsDirectory, "privacy-policy.en.md", SearchOption.AllDirectories)
            .Single(p => p.Split(Path.DirectorySeparatorChar).Contains("Erasure", StringComparer.OrdinalIgnoreCase));
        var text = await File.ReadAllTextAsync(policy);
        Assert.Contains("- **Name; transactions and payments**: to comply with a legal obligation that requires us to process it (Art. 17(3)(b) GDPR). Retention period: 10 years after collection.", text, StringComparison.Ordinal);
        using var inventory = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(policy)!, "inventory.json")));
        var retained = inventory.RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.TryGetProperty("erasure", out var action) && action.GetString() == "Retain")
            .Select(e => e.GetProperty("member").GetString())
            .ToList();
        Assert.Equal(["BillingName", "Total"], retained);
    }
}
