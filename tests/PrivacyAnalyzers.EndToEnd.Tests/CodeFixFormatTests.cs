using System.Text.RegularExpressions;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary><c>dotnet format analyzers --diagnostics PRIV001</c> applies the package's code fix to a real project, in bulk.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CodeFixFormatTests(PackedPackage package)
{
    private static readonly string[] Sources = ["Customer.cs", "Client.cs", "Product.cs"];

    [Fact]
    public async Task Dotnet_format_annotates_every_member_and_the_rebuild_is_clean()
    {
        var consumer = ConsumerProject.Create(package, "format", Sources);
        var markers = consumer.ReadMarkers().Where(m => m.Id == "PRIV001").ToList();
        var productBefore = consumer.ReadSource("Product.cs");

        var format = await consumer.FormatAsync("analyzers", "--diagnostics", "PRIV001", "--severity", "warn");
        Assert.True(format.Succeeded, format.Describe());

        foreach (var file in new[] { "Customer.cs", "Client.cs" })
        {
            var text = consumer.ReadSource(file);
            Assert.Contains("using PrivacyAnalyzers;", text, StringComparison.Ordinal);
            var annotations = Regex.Matches(text, @"\[PersonalData\(").Count;
            Assert.True(
                annotations == markers.Count(m => m.FileName == file),
                $"{file}: {annotations} [PersonalData(…)] for {markers.Count(m => m.FileName == file)} marked members after dotnet format:\n{text}\n{format.Describe()}");
        }

        Assert.Equal(productBefore, consumer.ReadSource("Product.cs"));

        var rebuild = await consumer.BuildAsync();
        Assert.True(rebuild.Succeeded, rebuild.Describe());
        Assert.DoesNotContain(BuildDiagnostic.Parse(rebuild.Output), d => d.Id == "PRIV001");
    }
}
