using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>Reads the inventory from assemblies compiled in the test, carrying the attribute the generator will emit.</summary>
public sealed class AssemblyInventoryReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "privacy-reader-" + Guid.NewGuid().ToString("N"));

    public AssemblyInventoryReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Compile(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.Framework.Add(TestReferences.Of(typeof(PrivacyInventoryJsonAttribute))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(_folder, name + ".dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    [Fact]
    public void The_inventory_is_read_from_the_attribute_in_metadata()
    {
        var json = InventoryJson.ToJson(SeedInventories.SmartCity());
        var path = Compile("CityManager.Web", $"[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson({Literal(json)})]");

        Assert.Equal(json, AssemblyInventoryReader.ReadJson(path));
        var loaded = InventoryLoader.Load(path);
        Assert.Equal(json, InventoryJson.ToJson(loaded));
    }

    [Fact]
    public void Diacritics_survive_the_attribute_blob()
    {
        var inventory = SeedInventories.Single(SeedInventories.CustomerEmail(purposes: SeedInventories.Purposes("Facturare și livrare către clienți țărani")));
        var json = InventoryJson.ToJson(inventory);
        var path = Compile("Shop", $"[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson({Literal(json)})]");

        Assert.Equal("Facturare și livrare către clienți țărani", InventoryLoader.Load(path).Entries[0].Purposes[0]);
    }

    [Fact]
    public void An_attribute_of_the_same_name_in_another_namespace_is_ignored()
    {
        var path = Compile("Other", """
            [assembly: Fake.PrivacyInventoryJson("{}")]
            namespace Fake { public sealed class PrivacyInventoryJsonAttribute : System.Attribute { public PrivacyInventoryJsonAttribute(string json) { } } }
            """);

        Assert.Null(AssemblyInventoryReader.ReadJson(path));
    }

    [Fact]
    public void An_assembly_without_an_inventory_is_named_in_the_error()
    {
        var path = Compile("Plain", "public class C { }");

        Assert.Null(AssemblyInventoryReader.ReadJson(path));
        var error = Assert.Throws<InventoryLoadException>(() => InventoryLoader.Load(path));
        Assert.Equal($"{path}: the assembly has no privacy inventory (no [PersonalData] members, or built without the PrivacyAnalyzers generator).", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_an_error_naming_it()
    {
        var path = Path.Combine(_folder, "notes.dll");
        File.WriteAllText(path, "these are not the bytes of an assembly, but long enough to look at its headers ......................................................");

        var error = Assert.Throws<InventoryLoadException>(() => InventoryLoader.Load(path));
        Assert.StartsWith($"{path}: not a .NET assembly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_native_or_metadata_free_file_is_not_an_assembly()
    {
        var path = Path.Combine(_folder, "empty.dll");
        File.WriteAllBytes(path, System.Array.Empty<byte>());

        Assert.StartsWith($"{path}: not a .NET assembly", Assert.Throws<InventoryLoadException>(() => InventoryLoader.Load(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var path = Path.Combine(_folder, "missing.json");

        Assert.Equal($"{path}: file not found.", Assert.Throws<InventoryLoadException>(() => InventoryLoader.Load(path)).Message);
    }

    [Fact]
    public void A_wrong_schema_version_is_an_error_naming_the_file()
    {
        var path = Path.Combine(_folder, "inventory.json");
        File.WriteAllText(path, InventoryJson.ToJson(SeedInventories.SmartCity()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3", StringComparison.Ordinal));

        var error = Assert.Throws<InventoryLoadException>(() => InventoryLoader.Load(path));
        Assert.Equal($"{path}: schema version 3 is not supported; this version of PrivacyAnalyzers reads schema versions 1 and 2.", error.Message);
    }

    [Fact]
    public void A_wrong_schema_version_inside_an_assembly_is_an_error_naming_the_assembly()
    {
        var json = InventoryJson.ToJson(SeedInventories.SmartCity()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 9", StringComparison.Ordinal);
        var path = Compile("Future", $"[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson({Literal(json)})]");

        Assert.Equal($"{path}: schema version 9 is not supported; this version of PrivacyAnalyzers reads schema versions 1 and 2.", Assert.Throws<InventoryLoadException>(() => InventoryLoader.Load(path)).Message);
    }
}
