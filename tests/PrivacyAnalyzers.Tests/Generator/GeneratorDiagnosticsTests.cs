using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>What the generator reports (only what stops it from generating), interop annotations, and broken code.</summary>
public sealed class GeneratorDiagnosticsTests
{
    private const string Identity = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)] public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public abstract class DataClassificationAttribute : System.Attribute { }
        }
        namespace Shop.Identity
        {
            public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }

            [PrivacyAnalyzers.DataSubject("User")]
            public class AppUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData] public string? UserName { get; set; }
                [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Email { get; set; }
                [PrivateData] public string? Phone { get; set; }
                public string? SecurityStamp { get; set; }
            }
        }
        """;

    [Fact]
    public void A_private_annotated_member_is_reported_as_info_and_left_out()
    {
        var run = GeneratorRunner.Run(ShopSources.Model).AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PRIV030");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("'Shop.Customer.hidden' is personal data, but the generated exporters cannot read it (it is private); it is left out of access and portability exports", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/src/Test0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(47, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain("hidden", run.Source("Shop.CustomerPrivacyExporter.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_nested_subject_type_gets_no_exporter_and_a_warning()
    {
        var run = GeneratorRunner.Run("""
            using PrivacyAnalyzers;
            namespace Shop
            {
                public class Host
                {
                    [DataSubject("Secret")] private class Hidden { [PersonalData("Identity.Name")] public string? Name { get; set; } }
                }
            }
            """).AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("PRIV031", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("'Hidden' is private", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(new[] { "PrivacyInventory.g.cs" }, run.Sources.Keys);
    }

    [Fact]
    public void A_file_local_subject_type_gets_no_exporter_and_a_warning()
    {
        var run = GeneratorRunner.Run("""
            using PrivacyAnalyzers;
            namespace Shop;
            [DataSubject("Local")] file class Local { [PersonalData("Identity.Name")] public string? Name { get; set; } }
            """).AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PRIV031", diagnostic.Id);
        Assert.Contains("file-local", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_runtime_library_nothing_is_generated_and_a_warning_says_why()
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { ShopSources.Model }, withRuntime: false)).AssertCompilesClean();
        Assert.Empty(run.Sources);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PRIV032");
        Assert.Contains("Assembly 'Shop'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Interop_marked_members_enter_the_inventory_and_the_access_export()
    {
        var run = GeneratorRunner.Run(Identity).AssertCompilesClean();
        var assembly = run.Load();
        var json = (string)assembly.GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var entries = InventoryJson.Parse(json).Entries.ToDictionary(e => e.Member, e => e.Origin);
        Assert.Equal(new Dictionary<string, string> { ["Email"] = "AspNetCoreIdentity", ["Phone"] = "DataClassification", ["UserName"] = "AspNetCoreIdentity" }, entries);

        var exporter = run.Source("Shop.Identity.AppUserPrivacyExporter.g.cs");
        Assert.Contains("\"UserName\"", exporter, StringComparison.Ordinal);
        Assert.Contains("\"Email\"", exporter, StringComparison.Ordinal);
        Assert.Contains("\"Phone\"", exporter, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", exporter, StringComparison.Ordinal);
        Assert.Contains("if (writer.IsAccess)", exporter, StringComparison.Ordinal); // no source or basis known: not portable
    }

    public static IEnumerable<object[]> BrokenSources() => new[]
    {
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public class C { [PersonalData(\"X\")] public Missing Value { get; set; } [PersonalData] public List<Nope> Items { get; set; } }" },
        new object[] { "using PrivacyAnalyzers; [DataSubject()] public class C { [PersonalData(LegalBasis = )] public string? A { get; set; } }" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(42)] public class C { [PersonalData(Category = 42)] public string? A; }" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public class C { [PersonalData(\"X\")] public string? A { get; set; " },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public partial class C : MissingBase { [PersonalData] public int" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public class C<T> where T : Missing { [PersonalData] public T? A { get; set; } public C<C<T>>? Self { get; set; } }" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public record C([PersonalData] string A, [PersonalData] Missing B);" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public static class C { [PersonalData] public static string? A; }" },
        new object[] { "using PrivacyAnalyzers; public class C { [PersonalData] public void M([PersonalData] string a) { } [PersonalData] public string this[int i] => \"\"; }" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public class C { [PersonalData] public unsafe int* P; [PersonalData] public System.Action? A; [PersonalData] public System.Span<int> S => default; }" },
        new object[] { "using PrivacyAnalyzers; [DataSubject(\"C\")] public interface IC { [PersonalData] string? Name { get; } } [DataSubject(\"S\")] public struct S { [PersonalData] public string? Name; public IC? Inner; }" },
        new object[] { "[PrivacyAnalyzers.DataSubject(\"C\")] class" },
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public void Broken_code_never_makes_the_generator_fail_and_output_is_stable(string source)
    {
        var first = GeneratorRunner.Run(source);
        Assert.DoesNotContain(first.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.All(first.Result.Results, r => Assert.Null(r.Exception));
        var second = GeneratorRunner.Run(source);
        Assert.Equal(first.Sources, second.Sources);
    }
}
