using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// The exporter parse is kept between compilations (ParseCache) and walked again only when an edit can change it.
/// Every case compares the reusing driver's output — generated files, and diagnostics with their messages and
/// locations — with a fresh driver's on the same edited compilation, and states how many subjects were walked again.
/// </summary>
public sealed class ExporterCacheTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["/src/Customer.cs"] = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            namespace Shop;

            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P3Y")]
            public sealed class Customer
            {
                public int Count() { return 1; }

                [PersonalData("Contact.Email")] public string? Email { get; set; }
                public Address? Home { get; set; }
                public List<Order> Orders { get; } = new List<Order>();
            }
            """,
        ["/src/Address.cs"] = """
            using PrivacyAnalyzers;

            namespace Shop;

            public sealed class Address
            {
                [PersonalData(Categories.Street)] public string? Street { get; set; }
                public string? Internal { get; set; }
            }
            """,
        ["/src/Order.cs"] = """
            using PrivacyAnalyzers;

            namespace Shop;

            public sealed class Order
            {
                [PersonalData("Transaction.Note")] public string? Note { get; set; }
                public Customer? Buyer { get; set; }
            }
            """,
        ["/src/Employee.cs"] = """
            using PrivacyAnalyzers;

            namespace Staff;

            [DataSubject("Employee", LegalBasis = LegalBasis.Contract, Retention = "P5Y")]
            public sealed class Employee : Worker
            {
                [PersonalData("Identity.Name")] public string? Name { get; set; }
            }
            """,
        ["/src/Worker.cs"] = """
            using PrivacyAnalyzers;

            namespace Staff;

            public abstract class Worker
            {
                [PersonalData("Contact.Phone")] public string? WorkPhone { get; set; }
            }
            """,
        ["/src/Categories.cs"] = """
            namespace Shop;

            public static class Categories
            {
                public const string Street = "Contact.Address";
            }
            """,
        ["/src/Service.cs"] = """
            namespace Shop.Services;

            public sealed class Service
            {
                public int Count() { return 1; }
            }
            """,
    };

    [Fact]
    public void A_method_body_edit_in_a_file_no_exporter_reads_walks_nothing_again()
    {
        var (generator, edited) = AfterEdit("/src/Service.cs", "return 1;", "return 2 + 40;");
        Assert.Equal((0, 2), edited);
        _ = generator;
    }

    [Fact]
    public void A_new_method_in_a_file_no_exporter_reads_walks_nothing_again()
    {
        var (_, edited) = AfterEdit("/src/Service.cs", "public int Count()", "public static int Two() => 2;\n    public int Count()");
        Assert.Equal((0, 2), edited);
    }

    [Fact]
    public void A_new_annotated_member_of_a_walked_type_walks_that_subject_again_and_only_it()
    {
        var (_, edited) = AfterEdit("/src/Address.cs", "public string? Internal", "[PersonalData(\"Contact.Address\")] public string? City { get; set; }\n    public string? Internal", expectInExporter: ("Shop.CustomerPrivacyExporter.g.cs", "\"City\""));
        Assert.Equal((1, 1), edited);
    }

    [Fact]
    public void An_edit_to_a_base_type_walks_its_subject_again()
    {
        var (_, edited) = AfterEdit("/src/Worker.cs", "public string? WorkPhone", "[PersonalData(\"Contact.Email\")] public string? WorkEmail { get; set; }\n    public string? WorkPhone", expectInExporter: ("Staff.EmployeePrivacyExporter.g.cs", "\"WorkEmail\""));
        Assert.Equal((1, 1), edited);
    }

    [Fact]
    public void A_method_body_edit_above_a_subject_walks_it_again_so_its_diagnostics_move()
    {
        // The subject's own file changed: its PRIV033 location moves with the text, so its result is not reused.
        var (_, edited) = AfterEdit("/src/Customer.cs", "return 1;", "return 1 + 2 + 3 + 4;");
        Assert.Equal((1, 1), edited);
    }

    [Fact]
    public void A_changed_constant_read_by_an_attribute_walks_every_subject_again()
    {
        var (_, edited) = AfterEdit("/src/Categories.cs", "\"Contact.Address\"", "\"Contact.Postal\"", expectInExporter: ("Shop.CustomerPrivacyExporter.g.cs", "Contact.Postal"));
        Assert.Equal((2, 0), edited);
    }

    [Fact]
    public void A_new_type_in_any_file_walks_every_subject_again()
    {
        // A new type name can change what a name in another file binds to.
        var (_, edited) = AfterEdit("/src/Service.cs", "public sealed class Service", "public sealed class Address2 { }\n\npublic sealed class Service");
        Assert.Equal((2, 0), edited);
    }

    [Fact]
    public void A_new_using_in_any_file_walks_every_subject_again()
    {
        var (_, edited) = AfterEdit("/src/Service.cs", "namespace Shop.Services;", "global using System.Text;\nnamespace Shop.Services;");
        Assert.Equal((2, 0), edited);
    }

    [Fact]
    public void An_added_file_walks_every_subject_again()
    {
        var compilation = Compile(Files);
        var generator = new PrivacyGenerator();
        var first = Run(compilation, generator, null);
        var before = (generator.Cache!.Parsed, generator.Cache!.Reused);
        var added = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop; public sealed class Extra { }", Parse, "/src/Extra.cs"));
        var second = Run(added, generator, first);
        AssertSameAsFresh(added, second);
        Assert.Equal((2, 0), (generator.Cache!.Parsed - before.Parsed, generator.Cache!.Reused - before.Reused));
    }

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static CSharpCompilation Compile(Dictionary<string, string> files)
    {
        var baseline = GeneratorRunner.Compile(Array.Empty<string>());
        return baseline.AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Value, Parse, f.Key)));
    }

    private static GeneratorDriver Run(Compilation compilation, PrivacyGenerator generator, GeneratorDriver? driver) =>
        (driver ?? CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: Parse)).RunGenerators(compilation);

    /// <summary>Runs on the files, then on them with one edit; returns (subjects walked again, subjects reused) on the second run.</summary>
    private static (PrivacyGenerator Generator, (int Parsed, int Reused) Edited) AfterEdit(string path, string find, string replace, (string HintName, string Text)? expectInExporter = null)
    {
        var compilation = Compile(Files);
        var generator = new PrivacyGenerator();
        var first = Run(compilation, generator, null);
        Assert.Equal(2, generator.Cache!.Parsed);
        var before = (generator.Cache!.Parsed, generator.Cache!.Reused);

        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        Assert.Contains(find, text, StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(find, replace, StringComparison.Ordinal))));
        var second = Run(edited, generator, first);

        var sources = AssertSameAsFresh(edited, second);
        if (expectInExporter is { } expected)
        {
            Assert.Contains(expected.Text, sources[expected.HintName], StringComparison.Ordinal);
        }

        return (generator, (generator.Cache!.Parsed - before.Parsed, generator.Cache!.Reused - before.Reused));
    }

    /// <summary>The reusing driver's files and diagnostics (id, message, file, span) equal a fresh driver's; returns the files.</summary>
    private static Dictionary<string, string> AssertSameAsFresh(Compilation compilation, GeneratorDriver reusing)
    {
        var fresh = Run(compilation, new PrivacyGenerator(), null).GetRunResult();
        var reused = reusing.GetRunResult();
        var freshSources = fresh.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var reusedSources = reused.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        Assert.Equal(freshSources.Keys.Order(StringComparer.Ordinal), reusedSources.Keys.Order(StringComparer.Ordinal));
        foreach (var (hint, text) in freshSources)
        {
            Assert.Equal(text, reusedSources[hint]);
        }

        static IEnumerable<string> Describe(GeneratorDriverRunResult result) => result.Diagnostics
            .Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} @ {d.Location.GetLineSpan()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Describe(fresh), Describe(reused));
        Assert.NotEmpty(reused.Diagnostics);
        return reusedSources;
    }
}
