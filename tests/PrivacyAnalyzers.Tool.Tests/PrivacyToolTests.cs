using System.IO;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>The <c>privacy</c> tool installed from its packed tool package, run on real inventories and assemblies.</summary>
public sealed class PrivacyToolTests : IClassFixture<InstalledToolFixture>
{
    private readonly InstalledToolFixture _tool;

    public PrivacyToolTests(InstalledToolFixture tool) => _tool = tool;

    private string Folder(string name)
    {
        var folder = Path.Combine(_tool.Work, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string WriteJson(string folder, string name, PrivacyInventory inventory)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, InventoryJson.ToJson(inventory));
        return path;
    }

    [Fact]
    public void Render_reads_the_inventory_from_a_built_assembly()
    {
        var dll = TestAssemblies.Compile(Folder("render-dll"), "Shop", TestAssemblies.Shop());

        var result = _tool.Privacy("render", dll, "--format", "md", "--lang", "ro");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(PrivacyReport.Render(TestAssemblies.Shop(), ReportFormat.Markdown, ReportLanguage.Romanian), result.StandardOutput);
        Assert.Contains("3 ani de la încetarea contractului", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public void Render_merges_several_inputs_whatever_their_order()
    {
        var folder = Folder("merge");
        var dll = TestAssemblies.Compile(folder, "Shop", TestAssemblies.Shop());
        var json = WriteJson(folder, "newsletter.json", TestAssemblies.Newsletter());

        var forward = _tool.Privacy("render", dll, json, "--format", "json");
        var backward = _tool.Privacy("render", json, dll, "--format", "json");

        Assert.True(forward.ExitCode == 0, forward.ToString());
        Assert.Equal(forward.StandardOutput, backward.StandardOutput);
        var merged = InventoryJson.Parse(forward.StandardOutput);
        Assert.Equal("Newsletter; Shop", merged.Assembly);
        Assert.Equal(new[] { "Newsletter.Subscriber.Email", "Shop.Customer.Email", "Shop.Customer.Name" }, merged.Entries.Select(e => e.Type + "." + e.Member));
    }

    [Fact]
    public void Render_writes_csv_with_a_byte_order_mark_and_html_to_files()
    {
        var folder = Folder("files");
        var json = WriteJson(folder, "inventory.json", TestAssemblies.Newsletter());
        var csv = Path.Combine(folder, "out", "record.csv");
        var html = Path.Combine(folder, "out", "policy.html");

        Assert.Equal(0, _tool.Privacy("render", json, "-f", "csv", "-l", "ro", "-o", csv).ExitCode);
        Assert.Equal(0, _tool.Privacy("render", json, "-f", "html", "-o", html).ExitCode);

        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Equal(PrivacyReport.Render(TestAssemblies.Newsletter(), ReportFormat.Csv, ReportLanguage.Romanian), System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_fideslang_yaml_that_parses_into_a_system_and_a_dataset()
    {
        var folder = Folder("fides");
        var dll = TestAssemblies.Compile(folder, "Shop", TestAssemblies.Shop(withPhone: true));
        var map = Path.Combine(folder, "fides-map.json");
        File.WriteAllText(map, """{ "dataUses": { "Delivering orders": "essential.service" } }""");
        var yamlPath = Path.Combine(folder, "out", "shop.fides.yml");

        var result = _tool.Privacy("render", dll, "--format", "fides", "--fides-map", map, "-o", yamlPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(File.ReadAllText(yamlPath)));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)Assert.Single(stream.Documents).RootNode;
        Assert.Equal(new[] { "system", "dataset" }, root.Children.Keys.Select(k => k.ToString()));
        var system = Assert.Single(((YamlDotNet.RepresentationModel.YamlSequenceNode)root["system"]).Children);
        Assert.Equal("Shop", system["fides_key"].ToString());
        Assert.Equal("Application", system["system_type"].ToString());
        var declaration = Assert.Single(((YamlDotNet.RepresentationModel.YamlSequenceNode)system["privacy_declarations"]).Children);
        Assert.Equal("Delivering orders", declaration["name"].ToString());
        Assert.Equal("essential.service", declaration["data_use"].ToString());
        Assert.Equal(new[] { "user.contact.email", "user.contact.phone_number", "user.name" }, ((YamlDotNet.RepresentationModel.YamlSequenceNode)declaration["data_categories"]).Children.Select(c => c.ToString()));
        Assert.Equal(new[] { "customer" }, ((YamlDotNet.RepresentationModel.YamlSequenceNode)declaration["data_subjects"]).Children.Select(c => c.ToString()));
        Assert.Equal("Contract", declaration["legal_basis_for_processing"].ToString());
        Assert.Equal("3 years after the end of the contract", declaration["retention_period"].ToString());
        var dataset = Assert.Single(((YamlDotNet.RepresentationModel.YamlSequenceNode)root["dataset"]).Children);
        var collection = Assert.Single(((YamlDotNet.RepresentationModel.YamlSequenceNode)dataset["collections"]).Children);
        Assert.Equal("Shop.Customer", collection["name"].ToString());
        Assert.Equal(new[] { "Email", "Name", "Phone" }, ((YamlDotNet.RepresentationModel.YamlSequenceNode)collection["fields"]).Children.Select(f => f["name"].ToString()));
    }

    [Fact]
    public void Render_to_fides_without_a_data_use_for_a_purpose_fails_naming_it()
    {
        var folder = Folder("fides-unmapped");
        var dll = TestAssemblies.Compile(folder, "Shop", TestAssemblies.Shop());

        var result = _tool.Privacy("render", dll, "--format", "fides");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no fideslang data use for the purposes \"Delivering orders\"", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void Render_uses_a_translations_file()
    {
        var folder = Folder("texts");
        var json = WriteJson(folder, "inventory.json", TestAssemblies.Shop());
        var texts = Path.Combine(folder, "privacy-texts.ro.json");
        File.WriteAllText(texts, "{ \"Delivering orders\": \"Livrarea comenzilor\", \"Customer\": \"Clienți\" }");

        var result = _tool.Privacy("render", json, "--lang", "ro", "--texts", texts);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("### Clienți", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- **Livrarea comenzilor** — ", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_two_builds_with_a_new_member_exits_1_and_names_it()
    {
        var oldDll = TestAssemblies.Compile(Folder("v1"), "Shop", TestAssemblies.Shop());
        var newDll = TestAssemblies.Compile(Folder("v2"), "Shop", TestAssemblies.Shop(withPhone: true));

        var result = _tool.Privacy("diff", oldDll, newDll);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("## Added (1)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- `Shop.Customer.Phone`: phone number;", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_version_1_and_a_version_2_inventory_of_the_same_code_reports_no_change()
    {
        var folder = Folder("v1-v2");
        var v1Dll = TestAssemblies.Compile(Path.Combine(folder, "old"), "Shop", TestAssemblies.Shop(withPhone: true), compact: false);
        var v2Dll = TestAssemblies.Compile(Path.Combine(folder, "new"), "Shop", TestAssemblies.Shop(withPhone: true));
        var v1Json = WriteJson(folder, "inventory.json", TestAssemblies.Shop(withPhone: true));
        Assert.Contains("\"schemaVersion\": 1", File.ReadAllText(v1Json), StringComparison.Ordinal);

        foreach (var (older, newer) in new[] { (v1Dll, v2Dll), (v1Json, v2Dll), (v2Dll, v1Json) })
        {
            var result = _tool.Privacy("diff", older, newer);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("No differences in personal data.", result.StandardOutput, StringComparison.Ordinal);
        }

        // Rendering either gives the same readable inventory.
        Assert.Equal(_tool.Privacy("render", v1Dll, "--format", "json").StandardOutput, _tool.Privacy("render", v2Dll, "--format", "json").StandardOutput);
    }

    [Fact]
    public void Diff_exit_codes_follow_what_changed()
    {
        var folder = Folder("diff-codes");
        var shop = WriteJson(folder, "shop.json", TestAssemblies.Shop());
        var shorter = WriteJson(folder, "shorter.json", TestAssemblies.Shop(retention: "P1Y"));
        var longer = WriteJson(folder, "longer.json", TestAssemblies.Shop(retention: "P5Y"));

        Assert.Equal(0, _tool.Privacy("diff", shop, shop).ExitCode);
        Assert.Equal(0, _tool.Privacy("diff", shop, shorter).ExitCode);
        var widened = _tool.Privacy("diff", shop, longer, "--format", "json");
        Assert.Equal(1, widened.ExitCode);
        Assert.Contains("\"kind\": \"Widened\"", widened.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"needsReview\": true", widened.StandardOutput, StringComparison.Ordinal);
        var removed = _tool.Privacy("diff", WriteJson(folder, "phone.json", TestAssemblies.Shop(withPhone: true)), shop);
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("## Removed (1)", removed.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_exit_2_with_one_line_naming_the_file()
    {
        var folder = Folder("bad");
        var good = WriteJson(folder, "good.json", TestAssemblies.Shop());
        var missing = Path.Combine(folder, "missing.json");
        var future = Path.Combine(folder, "future.json");
        File.WriteAllText(future, InventoryJson.ToJson(TestAssemblies.Shop()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3", StringComparison.Ordinal));
        var plain = TestAssemblies.Compile(folder, "Plain", null);
        var notAssembly = Path.Combine(folder, "notes.dll");
        File.WriteAllText(notAssembly, "not an assembly");

        AssertError(_tool.Privacy("render", missing), $"privacy: error: {missing}: file not found.");
        AssertError(_tool.Privacy("diff", good, missing), $"privacy: error: {missing}: file not found.");
        AssertError(_tool.Privacy("render", future), $"privacy: error: {future}: schema version 3 is not supported; this version of PrivacyAnalyzers reads schema versions 1 and 2.");
        AssertError(_tool.Privacy("diff", plain, good), $"privacy: error: {plain}: the assembly has no privacy inventory (no [PersonalData] members, or built without the PrivacyAnalyzers generator).");
        var result = _tool.Privacy("render", notAssembly);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"privacy: error: {notAssembly}: not a .NET assembly", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, _tool.Privacy("render", good, "--format", "xml").ExitCode);
    }

    private static void AssertError(ProcessResult result, string line)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(line + Environment.NewLine, result.StandardError);
        Assert.Equal(string.Empty, result.StandardOutput);
    }
}
