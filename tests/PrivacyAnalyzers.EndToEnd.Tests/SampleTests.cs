using System.IO;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// The README's first command, <c>dotnet run --project samples/Unannotated</c>, works on the repository as it is: the
/// build shows PRIV001 exactly on the sample's lines marked <c>// PRIV001 category</c>, and the run prints the generated
/// inventory's members and an access request's export of the one annotated class. Build outputs go to the packed package's
/// temporary artifacts folder, with the pack's configuration and version, so the src projects the pack just built
/// are up to date (only the sample compiles) and the working tree is left as it was.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleTests(PackedPackage package)
{
    [Fact]
    public async Task Unannotated_sample_runs_as_README_says_with_PRIV001_exactly_on_its_marked_lines()
    {
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "Unannotated");
        var result = await DotNetCli.RunAsync(
            RepositoryRoot.Path,
            [
                "run", "--project", Path.Combine("samples", "Unannotated"),
                "-c", "Release",
                $"-p:Version={package.Version}",
                "-p:UseArtifactsOutput=true",
                $"-p:ArtifactsPath={package.ArtifactsDirectory}",
            ]);

        // The sample keeps its warnings as warnings: the build succeeds and the app exits 0.
        Assert.True(result.Succeeded, result.Describe());

        var markers = ExpectedDiagnosticMarker.Read(sample).Where(m => m.Id == "PRIV001").ToList();
        Assert.True(markers.Count >= 15, "the sample lost its markers");
        var diagnostics = BuildDiagnostic.Parse(result.Output);
        var expected = markers.Select(m => $"{m.FileName}({m.Line})").Order(StringComparer.Ordinal).ToList();
        var actual = diagnostics.Where(d => d.Id == "PRIV001" && d.Severity == "warning")
            .Select(d => $"{d.FileName}({d.Line})").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"missing: [{string.Join(", ", expected.Except(actual))}]\nunexpected: [{string.Join(", ", actual.Except(expected))}]\n{result.Describe()}");

        var wrongCategory = markers
            .Select(m => (Marker: m, Warning: diagnostics.FirstOrDefault(d => d.Id == "PRIV001" && d.FileName == m.FileName && d.Line == m.Line)))
            .Where(x => x.Warning is not null && x.Marker.Category is not null && !x.Warning.Message.Contains(x.Marker.Category, StringComparison.Ordinal))
            .Select(x => $"{x.Marker}: {x.Warning!.Message}")
            .ToList();
        Assert.True(wrongCategory.Count == 0, "Messages without the expected category:\n" + string.Join("\n", wrongCategory));

        // What README says the run prints: the inventory of the one annotated class, its export, where the files are.
        Assert.Contains("Unannotated.Shop.NewsletterSubscriber.Email: Contact.Email", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"subject\": \"Newsletter subscriber\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"Email\": \"reader@example.com\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("Privacy files:", result.Output, StringComparison.Ordinal);
    }
}
