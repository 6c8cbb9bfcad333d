using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>What the generator writes: snapshots, compilation under every language version, determinism, the inventory contract.</summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public void Generated_files_match_the_reviewed_snapshots()
    {
        var run = GeneratorRunner.Run(ShopSources.Model, ShopSources.Records).AssertCompilesClean();
        Assert.Equal(
            new[]
            {
                "PrivacyInventory.g.cs",
                "Shop.CustomerPrivacyErasure.g.cs", "Shop.CustomerPrivacyExporter.g.cs",
                "Shop.EnvelopeOf1PrivacyErasure.g.cs", "Shop.EnvelopeOf1PrivacyExporter.g.cs",
                "Shop.Loyalty.MemberPrivacyErasure.g.cs", "Shop.Loyalty.MemberPrivacyExporter.g.cs",
                "Shop.OuterGuestPrivacyErasure.g.cs", "Shop.OuterGuestPrivacyExporter.g.cs",
            },
            run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var source in run.Sources)
        {
            GoldenFile.AssertMatches(source.Value, source.Key.Replace(".g.cs", ".txt", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The same snapshots through Roslyn's test framework (CSharpSourceGeneratorTest): every generated file, by its
    /// generated path, equals its golden file, none is missing or extra, the generator reports nothing, and the
    /// project with the generated code has no compiler warning or error.
    /// </summary>
    [Fact]
    public async Task Generated_files_match_the_reviewed_snapshots_on_the_test_framework()
    {
        var test = new ShopGeneratorTest
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Warnings,
        };
        test.TestState.Sources.Add(("/src/Test0.cs", ShopSources.Model));
        test.TestState.Sources.Add(("/src/Test1.cs", ShopSources.Records));
        test.TestState.AdditionalReferences.Add(TestReferences.Annotations);
        test.TestState.AdditionalReferences.Add(GeneratorRunner.Runtime);
        test.SolutionTransforms.Add((solution, id) => solution
            .WithProjectParseOptions(id, new CSharpParseOptions(LanguageVersion.Latest))
            
            // As GeneratorRunner and the SDK: every warning level, but no assembly-unification notes (NoWarn 1701;1702).
            .WithProjectCompilationOptions(id, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithWarningLevel(9999)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress })));
        var folder = System.IO.Path.Combine(GoldenFolder(), "Golden");
        // In the generator's output order: the inventory, then an exporter per subject type in declaration order, then the erasers.
        var types = new[] { "Shop.Customer", "Shop.OuterGuest", "Shop.EnvelopeOf1", "Shop.Loyalty.Member" };
        var names = new[] { "PrivacyInventory" }.Concat(types.Select(t => t + "PrivacyExporter")).Concat(types.Select(t => t + "PrivacyErasure"));
        foreach (var name in names)
        {
            var text = System.IO.File.ReadAllText(System.IO.Path.Combine(folder, name + ".txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
            test.TestState.GeneratedSources.Add(($"PrivacyAnalyzers.Generator/{typeof(PrivacyGenerator).FullName}/{name}.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From(text, System.Text.Encoding.UTF8)));
        }

        // What the generator tells about the model (information, as a build shows it): the follow report of each
        // subject's exporter (PRIV033), and the members its exporters or erasers cannot handle.
        static Microsoft.CodeAnalysis.Testing.DiagnosticResult Info(string id, string path, int line, int column, string text) =>
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(id, DiagnosticSeverity.Info).WithSpan(path, line, column, line, column + text.Length);
        test.TestState.ExpectedDiagnostics.AddRange(new[]
        {
            Info("PRIV033", "/src/Test0.cs", 16, 26, "Customer"),
            Info("PRIV030", "/src/Test0.cs", 47, 58, "hidden"), // private: not exported,
            Info("PRIV040", "/src/Test0.cs", 47, 58, "hidden"), // not erased,
            Info("PRIV043", "/src/Test0.cs", 47, 58, "hidden"), // and no anonymised value for a non-null string?
            Info("PRIV040", "/src/Test0.cs", 63, 58, "Product"), // get-only
            Info("PRIV033", "/src/Test0.cs", 81, 22, "Guest"),
            Info("PRIV033", "/src/Test0.cs", 88, 18, "Envelope"),
            Info("PRIV033", "/src/Test1.cs", 6, 26, "Member"),
            Info("PRIV040", "/src/Test1.cs", 6, 82, "Email"), // positional record members and an init-only property
            Info("PRIV040", "/src/Test1.cs", 6, 128, "Name"),
            Info("PRIV040", "/src/Test1.cs", 8, 82, "Points"),
        });
        Assert.Equal(9, test.TestState.GeneratedSources.Count);
        try
        {
            await test.RunAsync();
        }
        catch (InvalidOperationException failure)
        {
            throw new Xunit.Sdk.XunitException("Microsoft.CodeAnalysis.Testing: " + failure.Message);
        }
    }

    /// <summary>The generator on an assembly named Shop, as the snapshots were taken.</summary>
    private sealed class ShopGeneratorTest : Microsoft.CodeAnalysis.CSharp.Testing.CSharpSourceGeneratorTest<PrivacyGenerator, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
    {
        protected override string DefaultTestProjectName => "Shop";
    }

    private static string GoldenFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.Preview)]
    public void Generated_code_compiles_without_warnings_under_every_language_version(LanguageVersion version)
    {
        var sources = version >= LanguageVersion.CSharp9 ? new[] { ShopSources.Model, ShopSources.Records } : new[] { ShopSources.Model };
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(sources, version)).AssertCompilesClean();
        Assert.Contains("Shop.CustomerPrivacyExporter.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_source_order()
    {
        var first = GeneratorRunner.Run(ShopSources.Model, ShopSources.Records).Sources;
        var second = GeneratorRunner.Run(ShopSources.Records, ShopSources.Model).Sources;
        Assert.Equal(first.Keys.OrderBy(k => k, StringComparer.Ordinal), second.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var pair in first)
        {
            Assert.Equal(pair.Value, second[pair.Key]);
        }
    }

    [Fact]
    public void The_inventory_attribute_holds_exactly_what_InventoryJson_writes_and_the_typed_inventory_matches()
    {
        var assembly = GeneratorRunner.Run(ShopSources.Model, ShopSources.Records).AssertCompilesClean().Load();
        var attribute = assembly.GetCustomAttributesData().Single(a => a.AttributeType.FullName == typeof(PrivacyInventoryJsonAttribute).FullName);
        var json = (string)attribute.ConstructorArguments[0].Value!;
        var inventory = InventoryJson.Parse(json);
        Assert.Equal(2, inventory.SchemaVersion);
        Assert.Equal(json, InventoryJson.ToCompactJson(inventory));

        Assert.Equal("Shop", inventory.Assembly);
        Assert.Equal("Exemplu SRL", inventory.Controller!.Name);
        Assert.Equal(new[] { "Customer", "Guest", "Member", "Tenant" }, inventory.Subjects.Select(s => s.Name));
        Assert.Equal("People who buy", inventory.Subjects[0].Description);
        var keys = inventory.Entries.Select(e => e.Type + "." + e.Member).ToList();
        Assert.Equal(keys.OrderBy(k => k, StringComparer.Ordinal), keys);
        Assert.Contains("Shop.Person.Name", keys);
        Assert.Contains("Shop.Customer.hidden", keys); // private members are in the inventory even though exporters cannot read them
        Assert.Contains("Shop.Loyalty.Member.Email", keys);
        Assert.Contains("Shop.Loyalty.Member.Name", keys);
        Assert.Contains("Shop.Outer+Guest.Name", keys);
        Assert.Contains("Shop.Envelope<T>.Payload", keys);
        Assert.DoesNotContain("Shop.Customer.Secret", keys);
        Assert.DoesNotContain("Shop.OrderLine.Quantity", keys);

        var ip = inventory.Entries.Single(e => e.Member == "LastIp");
        Assert.Equal((LegalBasis.LegitimateInterests, DataSource.Observed, "Customer", "string?"), (ip.LegalBasis, ip.Source, ip.DataSubject, ip.MemberType));
        var total = inventory.Entries.Single(e => e.Member == "Total");
        Assert.Equal((LegalBasis.Contract, DataSource.ProvidedBySubject), (total.LegalBasis, total.Source)); // assembly defaults

        var generated = assembly.GetType("PrivacyAnalyzers.Generated.Shop.AssemblyPrivacyInventory")!;
        Assert.Null(generated.GetField("Json")); // no second copy: the property reads the attribute
        Assert.Equal(json, (string)generated.GetProperty("Json")!.GetValue(null)!);
        var typed = generated.GetProperty("Inventory")!.GetValue(null)!;
        Assert.Equal(inventory.Entries.Count, ((PrivacyInventory)typed).Entries.Count);
    }

    [Theory]
    [InlineData("plain ascii")]
    [InlineData("quotes \" and \\ backslash, <html> & 'single' + `tick`")]
    [InlineData("Ștefan Țărănescu, emoji 😀, RTL שלום, control \u0001\u001f, tab\t, newline\n, cr\r, \b\f")]
    [InlineData("lone \uD800 surrogate and \uDFFF too, \u2028\u2029, \u007f")]
    public void Inventory_json_escapes_text_exactly_as_Utf8JsonWriter_does(string text)
    {
        var source = "using PrivacyAnalyzers;\n[assembly: DataController(" + SymbolDisplay.FormatLiteral(text, true) + ", Address = " + SymbolDisplay.FormatLiteral(text, true) + ")]\n" +
            "namespace Shop { public class C { [PersonalData(" + SymbolDisplay.FormatLiteral(text, true) + ", Purpose = " + SymbolDisplay.FormatLiteral(text + ";second", true) + ")] public string? X { get; set; } } }";
        var assembly = GeneratorRunner.Run(source).AssertCompilesClean().Load();
        var json = (string)assembly.GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var inventory = InventoryJson.Parse(json);
        Assert.Equal(InventoryJson.ToCompactJson(inventory), json);
        Assert.Equal(InventoryJson.ToJson(inventory), Utf8JsonWriterRendition(InventoryJson.ToJson(inventory)));
        Assert.Equal(text.Replace('\uD800', '\uFFFD').Replace('\uDFFF', '\uFFFD'), inventory.Controller!.Name);
    }

    /// <summary>The same JSON written again by System.Text.Json's Utf8JsonWriter (indented, default encoder, LF): the readable form must not differ from it.</summary>
    private static string Utf8JsonWriterRendition(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        using var stream = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void The_assembly_holds_the_inventory_once_compact_with_no_UTF16_copy()
    {
        var run = GeneratorRunner.Run(ShopSources.Model, ShopSources.Records).AssertCompilesClean();
        using var image = new System.IO.MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        var bytes = image.ToArray();
        var assembly = System.Reflection.Assembly.Load(bytes);
        var json = (string)assembly.GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;

        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain(": null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Unspecified", json, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(bytes, System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(0, Occurrences(bytes, System.Text.Encoding.Unicode.GetBytes(json.Substring(0, 40))));

        // A type name many entries share is written twice: once in its subject, once in the string table the entries refer to.
        Assert.True(InventoryJson.Parse(json).Entries.Count(e => e.Type == "Shop.Customer") > 2);
        Assert.Equal(2, Occurrences(System.Text.Encoding.UTF8.GetBytes(json), System.Text.Encoding.UTF8.GetBytes("\"Shop.Customer\"")));
    }

    private static int Occurrences(byte[] haystack, byte[] needle)
    {
        var count = 0;
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                count++;
            }
        }

        return count;
    }

    [Fact]
    public void Two_assemblies_with_InternalsVisibleTo_both_get_generated_types_without_CS0436()
    {
        var library = GeneratorRunner.Run(GeneratorRunner.Compile(
            new[] { ShopSources.Model, "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Shop.Tests\")]" }, assemblyName: "Shop")).AssertCompilesClean();
        using var image = new System.IO.MemoryStream();
        Assert.True(library.Output.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        const string tests = """
            using PrivacyAnalyzers;
            namespace Shop.Tests
            {
                [DataSubject("Tester")]
                internal class Tester { [PersonalData("Identity.Name")] public string? Name { get; set; } }

                internal static class UsesBoth
                {
                    public static int Count() =>
                        global::PrivacyAnalyzers.Generated.Shop.AssemblyPrivacyInventory.Inventory.Entries.Count
                        + global::PrivacyAnalyzers.Generated.Shop.Tests.AssemblyPrivacyInventory.Inventory.Entries.Count;
                }
            }
            """;
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { tests }, assemblyName: "Shop.Tests", references: new[] { reference })).AssertCompilesClean();
        Assert.Contains("Shop.Tests.TesterPrivacyExporter.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void An_assembly_without_annotations_gets_nothing()
    {
        var run = GeneratorRunner.Run("namespace Shop { public class Plain { public string? Name { get; set; } } }").AssertCompilesClean();
        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
