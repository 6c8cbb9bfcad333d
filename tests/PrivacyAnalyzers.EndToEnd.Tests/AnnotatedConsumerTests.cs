using System.IO;
using System.Text.Json;
using System.Xml.Linq;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// A project that references the packed package and annotates its entities, as a user who adopted PrivacyAnalyzers:
/// it builds with warnings as errors and no warning at all (generated code included); the build writes the privacy
/// files (inventory, policy EN/RO, Art. 30 record); the generated exporter writes the customer in JSON, CSV and XML in
/// both scopes, and the outputs parse and hold exactly the annotated data. One build and run, shared by the tests.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AnnotatedConsumerTests(PackedPackage package)
{
    private static readonly string[] Sources = ["Annotated/Shop.cs", "Annotated/Program.cs"];

    private sealed record Run(ConsumerProject Consumer, CommandResult Build, CommandResult Execution, string ExportFolder)
    {
        public string OutputFolder => Path.Combine(Consumer.Directory, "bin", "Debug", "net10.0");

        public string Export(string name) => File.ReadAllText(Path.Combine(ExportFolder, name));
    }

    private Task<Run> RunOnceAsync() => package.SharedAsync(nameof(AnnotatedConsumerTests), async () =>
    {
        var consumer = ConsumerProject.Create(
            package, "annotated", Sources, projectProperties: "<OutputType>Exe</OutputType><TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var build = await consumer.BuildAsync();
        var exports = Path.Combine(consumer.Root, "exports");
        Directory.CreateDirectory(exports);
        var execution = build.Succeeded
            ? await DotNetCli.RunAsync(consumer.Directory, [Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "Consumer.dll"), exports], package.ConsumerEnvironment)
            : build;
        return new Run(consumer, build, execution, exports);
    });

    [Fact]
    public async Task Annotated_project_builds_without_any_warning()
    {
        var run = await RunOnceAsync();
        Assert.True(run.Build.Succeeded, run.Build.Describe());
        Assert.DoesNotContain(BuildDiagnostic.Parse(run.Build.Output), d => d.Severity is "warning" or "error");
    }

    [Fact]
    public async Task Build_writes_the_inventory_policy_and_record_of_processing()
    {
        var run = await RunOnceAsync();
        Assert.True(run.Build.Succeeded, run.Build.Describe());
        var privacy = Path.Combine(run.OutputFolder, "privacy");
        foreach (var file in new[] { "inventory.json", "privacy-policy.en.md", "privacy-policy.ro.md", "records-of-processing.csv", "records-of-processing.ro.csv" })
        {
            Assert.True(File.Exists(Path.Combine(privacy, file)), $"{file} was not written into {privacy}");
        }

        using var inventory = JsonDocument.Parse(File.ReadAllText(Path.Combine(privacy, "inventory.json")));
        var members = inventory.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("type").GetString() + "." + e.GetProperty("member").GetString())
            .ToList();
        Assert.Equal(
            ["Shop.Annotated.Customer.Email", "Shop.Annotated.Customer.LastIp", "Shop.Annotated.Customer.Name", "Shop.Annotated.Customer.Segment", "Shop.Annotated.Order.DeliveryAddress", "Shop.Annotated.Order.Total"],
            members);

        var romanian = File.ReadAllText(Path.Combine(privacy, "privacy-policy.ro.md"));
        Assert.Contains("Exemplu Shop SRL", romanian, StringComparison.Ordinal);
        Assert.Contains("OVH SAS", romanian, StringComparison.Ordinal);
        Assert.Contains("3 ani", romanian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_exports_parse_and_hold_exactly_the_annotated_data_in_each_scope()
    {
        var run = await RunOnceAsync();
        Assert.True(run.Execution.Succeeded, run.Execution.Describe());

        using var access = JsonDocument.Parse(run.Export("access.json"));
        var data = access.RootElement.GetProperty("data");
        Assert.Equal("Ana-Maria Ștefănescu", data.GetProperty("Name").GetString());
        Assert.Equal("ana.maria@example.com", data.GetProperty("Email").GetString());
        Assert.Equal("frequent-buyer", data.GetProperty("Segment").GetString());
        var order = Assert.Single(data.GetProperty("Orders").EnumerateArray());
        Assert.Equal(12.50m, order.GetProperty("Total").GetDecimal());
        Assert.Equal("the data subject of this export", order.GetProperty("Customer").GetProperty("$omitted").GetString()); // a link back, not the customer written again
        Assert.Single(order.GetProperty("Customer").EnumerateObject());
        Assert.False(data.TryGetProperty("Id", out _));

        using var portability = JsonDocument.Parse(run.Export("portability.json"));
        var portable = portability.RootElement.GetProperty("data");
        Assert.True(portable.TryGetProperty("Email", out _), "consent + provided by the subject is portable");
        Assert.False(portable.TryGetProperty("Segment", out _), "derived data is not portable (Art. 20)");
        Assert.False(portable.TryGetProperty("LastIp", out _), "legitimate interests is not a portability basis");

        foreach (var name in Directory.GetFiles(run.ExportFolder))
        {
            Assert.DoesNotContain("SENTINEL-NOT-ANNOTATED", File.ReadAllText(name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Csv_and_xml_exports_parse_and_neutralise_formulas()
    {
        var run = await RunOnceAsync();
        Assert.True(run.Execution.Succeeded, run.Execution.Describe());

        var csv = run.Export("access.csv").TrimStart('\uFEFF');
        Assert.StartsWith("path,category,value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Email,Contact.Email,ana.maria@example.com\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\"), Strada Lungă 3\"", csv, StringComparison.Ordinal);

        var xml = XDocument.Parse(run.Export("access.xml"));
        var values = xml.Descendants().Where(e => !e.HasElements).Select(e => e.Value).ToList();
        Assert.Contains("Ana-Maria Ștefănescu", values);
        Assert.Contains("192.0.2.10", values);
        var portableXml = XDocument.Parse(run.Export("portability.xml"));
        Assert.DoesNotContain(portableXml.Descendants().Where(e => !e.HasElements), e => e.Value == "frequent-buyer");
    }

    [Fact]
    public async Task GenerateExporters_false_leaves_the_exporter_out_and_keeps_the_inventory_and_privacy_files()
    {
        // Built twice, as a library of the annotated model alone (Program.cs calls the exporter): the default and the opt-out.
        const string Generated = "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>";
        var withExporters = ConsumerProject.Create(package, "exporters-default", ["Annotated/Shop.cs"], projectProperties: Generated);
        var without = ConsumerProject.Create(package, "exporters-off", ["Annotated/Shop.cs"], projectProperties: Generated + "<PrivacyAnalyzersGenerateExporters>false</PrivacyAnalyzersGenerateExporters>");
        foreach (var consumer in new[] { withExporters, without })
        {
            var build = await consumer.BuildAsync();
            Assert.True(build.Succeeded, build.Describe());
            Assert.True(File.Exists(Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", "privacy", "inventory.json")), "no inventory.json in " + consumer.Directory);
        }

        static string[] GeneratedFiles(ConsumerProject consumer) => Directory
            .GetFiles(Path.Combine(consumer.Directory, "generated"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("PrivacyAnalyzers.Generator", StringComparison.Ordinal))
            .Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

        Assert.Contains(GeneratedFiles(withExporters), f => f.EndsWith("CustomerPrivacyExporter.g.cs", StringComparison.Ordinal));
        Assert.Equal(new[] { "PrivacyInventory.g.cs" }, GeneratedFiles(without));
        Assert.Equal(
            File.ReadAllText(Path.Combine(withExporters.Directory, "bin", "Debug", "net10.0", "privacy", "inventory.json")),
            File.ReadAllText(Path.Combine(without.Directory, "bin", "Debug", "net10.0", "privacy", "inventory.json")));
    }
}
