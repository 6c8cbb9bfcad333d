using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Generator.Parsing;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// The generator finds marked declarations by written name and binds only what an edit can change (MarkedDeclarations,
/// ParseCache) instead of Roslyn's ForAttributeWithMetadataName. These tests hold it to the old pipeline, rebuilt here
/// with ForAttributeWithMetadataName (<see cref="ForAttributeReference"/>): on unusual and broken code, and after edits
/// from a warm driver, the inventory model, the exporter models and the generator's diagnostics are the same.
/// </summary>
public sealed class MarkedDeclarationsTests
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    /// <summary>Files written the ways C# lets a marker be written, and ways that must not count.</summary>
    private static readonly Dictionary<string, string> Unusual = new(StringComparer.Ordinal)
    {
        ["/src/Identity.cs"] = """
            namespace Microsoft.AspNetCore.Identity
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public class PersonalDataAttribute : System.Attribute { }
                public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
            }
            """,
        ["/src/GlobalAliases.cs"] = """
            global using GlobalMark = PrivacyAnalyzers.PersonalDataAttribute;
            global using SubjectAttribute = PrivacyAnalyzers.DataSubjectAttribute;
            """,
        ["/src/Customer.cs"] = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;
            using Mark = PrivacyAnalyzers.PersonalDataAttribute;

            namespace Shop
            {
                [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P3Y")]
                public partial class Customer
                {
                    [PersonalData("Contact.Email")] public string? Email { get; set; }
                    [Mark("Identity.Name")] public string? Name { get; set; }
                    [PrivacyAnalyzers.PersonalData("Contact.Phone")] public string? Phone { get; set; }
                    [global::PrivacyAnalyzers.PersonalDataAttribute("Contact.Address")] public string? Street { get; set; }
                    [PersonalData("Contact.Address")] public string? City, Zip;
                    [PersonalData("Contact.Email")] public event System.EventHandler? Changed;
                    [field: PersonalData("Contact.Email")] public string? FieldTargeted { get; set; }
                    [Microsoft.AspNetCore.Identity.PersonalData] public string? IdentityMarked { get; set; }
                    [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Protected { get; set; }
                    public List<Order> Orders { get; } = new();
                #if NEVER
                    [PersonalData("Contact.Email")] public string? Disabled { get; set; }
                #endif
                    public void Handle([PersonalData("Contact.Email")] string parameter) { }

                    public sealed class Nested
                    {
                        [PersonalData("Contact.Email")] public string? NestedEmail { get; set; }
                    }
                }

                public sealed class Order
                {
                    [GlobalMark("Transaction.Note")] public string? Note { get; set; }
                    public Customer? Buyer { get; set; }
                }

                [Subject("Employee", LegalBasis = LegalBasis.Contract, Retention = "P5Y")]
                public sealed record Employee([PersonalData("Identity.Name")] string Name, [property: PersonalData("Contact.Email")] string Email)
                {
                    public Employee(string name) : this(name, "") { }
                }

                public readonly record struct Visit([PersonalData("Network.IpAddress")] string Ip);

                public class Primary([PersonalData("Contact.Email")] string email)
                {
                    public string Email => email;
                }

                public interface IContact
                {
                    [PersonalData("Contact.Email")] string? Email { get; }
                }

                public sealed class Box<T>
                {
                    [PersonalData("Identity.Name")] public T? Value { get; set; }
                }

                file sealed class Hidden
                {
                    [PersonalData("Identity.Name")] public string? Name { get; set; }
                }
            }
            """,
        ["/src/CustomerMore.cs"] = """
            namespace Shop;

            public partial class Customer
            {
                [PrivacyAnalyzers.PersonalData("Identity.DateOfBirth")] public System.DateTime? Born { get; set; }
            }
            """,
        ["/src/Lookalikes.cs"] = """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(string s) { } }
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class DataSubjectAttribute : System.Attribute { public DataSubjectAttribute(string s) { } }

                [DataSubject("Nobody")]
                public sealed class NotOurs
                {
                    [PersonalData("Contact.Email")] public string? Email { get; set; }
                }
            }
            """,
        ["/src/Broken.cs"] = """
            using PrivacyAnalyzers;

            namespace Broken;

            [DataSubject("Patient")]
            public sealed class Patient : MissingBase
            {
                [PersonalData("Health.Diagnosis")] public MissingType? Diagnosis { get; set; }
                [PersonalDta("Contact.Email")] public string? Misspelled { get; set; }
                [PersonalData(Categories.Missing)] public string? UnknownConstant { get; set; }
                [PersonalData("Contact.Email")] public string? Incomplete { get; set
            }
            """,
    };

    [Fact]
    public void Unusual_and_broken_code_gives_what_ForAttributeWithMetadataName_gave()
    {
        var compilation = Compile(Unusual);
        var (ours, reference) = RunBoth(compilation);
        AssertSame(ours, reference);

        // The fixture reaches what it is there for: aliases (local, global, with the suffix), qualified names, fields,
        // records' parameters, partial parts in two files, nested, generic and file-local types; not look-alikes.
        var members = ours.Inventory.Entries.Select(e => e.Type + "." + e.Member).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[] { "Shop.Customer.Email", "Shop.Customer.Name", "Shop.Customer.Phone", "Shop.Customer.Street", "Shop.Customer.City", "Shop.Customer.Zip", "Shop.Customer.Born", "Shop.Customer.IdentityMarked", "Shop.Customer.Protected", "Shop.Order.Note", "Shop.Employee.Name", "Shop.Employee.Email", "Shop.Visit.Ip", "Shop.IContact.Email" })
        {
            Assert.Contains(expected, members);
        }

        Assert.DoesNotContain(members, m => m.StartsWith("Other.", StringComparison.Ordinal) || m.EndsWith(".Disabled", StringComparison.Ordinal) || m.EndsWith(".Misspelled", StringComparison.Ordinal));
        Assert.Contains(ours.Inventory.Subjects, s => s.Name == "Employee");
        Assert.DoesNotContain(ours.Inventory.Subjects, s => s.Name == "Nobody");
    }

    public static TheoryData<string, string, string> Edits => new()
    {
        // path, find, replace
        { "/src/Customer.cs", "public void Handle(", "public int Count() => 1;\n        public void Handle(" },
        { "/src/CustomerMore.cs", "System.DateTime? Born", "System.DateTime? BirthDate" },
        { "/src/CustomerMore.cs", "[PrivacyAnalyzers.PersonalData(\"Identity.DateOfBirth\")]", "" },
        { "/src/GlobalAliases.cs", "global using GlobalMark", "global using OtherMark = PrivacyAnalyzers.PersonalDataAttribute;\nglobal using GlobalMark" },
        { "/src/GlobalAliases.cs", "global using GlobalMark = PrivacyAnalyzers.PersonalDataAttribute;", "global using GlobalMark = Other.PersonalDataAttribute;" },
        { "/src/Lookalikes.cs", "namespace Other", "namespace PrivacyAnalyzers.Other" },
        { "/src/Broken.cs", "public MissingType? Diagnosis", "public string? Diagnosis" },
        { "/src/Customer.cs", "[Mark(\"Identity.Name\")]", "[Mark(\"Identity.FullName\")]" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_a_warm_driver_gives_what_a_fresh_reference_gives(string path, string find, string replace)
    {
        var compilation = Compile(Unusual);
        var generator = new PrivacyGenerator();
        var driver = Driver(generator).RunGenerators(compilation);

        var edited = Edit(compilation, path, find, replace);
        driver = driver.RunGenerators(edited);

        var (_, reference) = RunBoth(edited);
        AssertSame(Observed(driver), reference);
    }

    [Fact]
    public void A_method_body_edit_binds_nothing_again()
    {
        var compilation = Compile(Unusual);
        var generator = new PrivacyGenerator();
        var driver = Driver(generator).RunGenerators(compilation);
        var read = generator.Cache!.FilesRead;

        driver = driver.RunGenerators(Edit(compilation, "/src/Customer.cs", "public string Email => email;", "public string Email => email + \"\";"));

        // The edited file is read again (its nodes are new); no other file is, and no exporter is walked again but the
        // edited file's subjects (their diagnostics' locations may move).
        Assert.Equal(1, generator.Cache.FilesRead - read);
        Assert.True(generator.Cache.FilesReused >= 4, $"Only {generator.Cache.FilesReused} files' readings were reused.");
        _ = driver;
    }

    [Fact]
    public void A_new_global_alias_elsewhere_finds_the_members_written_with_it()
    {
        var files = new Dictionary<string, string>(Unusual, StringComparer.Ordinal)
        {
            ["/src/Late.cs"] = """
                namespace Shop;
                public sealed class Late
                {
                    [LateMark("Contact.Email")] public string? Email { get; set; }
                }
                """,
            ["/src/LateAlias.cs"] = "namespace Shop;\n",
        };
        var compilation = Compile(files);
        var driver = Driver(new PrivacyGenerator()).RunGenerators(compilation);
        Assert.DoesNotContain(Observed(driver).Inventory.Entries, e => e.Type == "Shop.Late");

        var edited = Edit(compilation, "/src/LateAlias.cs", "namespace Shop;", "global using LateMark = PrivacyAnalyzers.PersonalDataAttribute;\nnamespace Shop;");
        driver = driver.RunGenerators(edited);

        var ours = Observed(driver);
        Assert.Contains(ours.Inventory.Entries, e => e.Type == "Shop.Late" && e.Member == "Email");
        AssertSame(ours, RunBoth(edited).Reference);
    }

    [Fact]
    public void An_attribute_added_on_the_other_part_of_a_partial_property_is_read()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/src/A.cs"] = """
                using PrivacyAnalyzers;
                namespace Shop;
                public partial class Account
                {
                    [PersonalData("Contact.Email")] public partial string Email { get; set; }
                }
                """,
            ["/src/B.cs"] = """
                using PrivacyAnalyzers;
                namespace Shop;
                public partial class Account
                {
                    private string _email = "";
                    public partial string Email { get => _email; set => _email = value; }
                }
                """,
        };
        var compilation = Compile(files);
        var driver = Driver(new PrivacyGenerator()).RunGenerators(compilation);
        Assert.Empty(Observed(driver).Inventory.Entries.Single(e => e.Member == "Email").Recipients.Items);

        // B.cs keeps its declarations' skeleton (member attributes are not in it); A.cs is unchanged, so only the
        // partial property's other file tells that A's reading is stale.
        var edited = Edit(compilation, "/src/B.cs", "    public partial string Email", "    [Recipient(\"Mailer\", Kind = RecipientKind.Processor)]\n    public partial string Email");
        driver = driver.RunGenerators(edited);

        var ours = Observed(driver);
        AssertSame(ours, RunBoth(edited).Reference);
        Assert.Equal("Mailer", Assert.Single(ours.Inventory.Entries.Single(e => e.Member == "Email").Recipients.Items).Name);
    }

    [Fact]
    public void One_generator_instance_serving_two_projects_keeps_their_readings_apart()
    {
        // An IDE may hand the same generator instance to the drivers of two projects (one analyzer reference); the second
        // references the first, whose annotated types it sees as metadata and must not list.
        var library = Compile(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/lib/Person.cs"] = """
                using PrivacyAnalyzers;
                namespace Lib;
                [DataSubject("Person")]
                public class Person
                {
                    [PersonalData("Identity.Name")] public string? Name { get; set; }
                    public int Count() { return 1; }
                }
                """,
        }).WithAssemblyName("Lib");
        var app = Compile(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/app/Member.cs"] = """
                using PrivacyAnalyzers;
                namespace App;
                [DataSubject("Member")]
                public class Member : Lib.Person
                {
                    [PersonalData("Contact.Email")] public string? Email { get; set; }
                    public int Count2() { return 2; }
                }
                """,
        }).WithAssemblyName("App").AddReferences(library.ToMetadataReference());

        var shared = new PrivacyGenerator();
        var libraryDriver = Driver(shared).RunGenerators(library);
        var appDriver = Driver(shared).RunGenerators(app);
        var libraryEdited = Edit(library, "/lib/Person.cs", "return 1;", "return 1 + 1;");
        var appEdited = Edit(app, "/app/Member.cs", "return 2;", "return 2 + 2;");
        libraryDriver = libraryDriver.RunGenerators(libraryEdited);
        appDriver = appDriver.RunGenerators(appEdited);

        var libraryOutputs = Observed(libraryDriver);
        var appOutputs = Observed(appDriver);
        AssertSame(libraryOutputs, RunBoth(libraryEdited).Reference);
        AssertSame(appOutputs, RunBoth(appEdited).Reference);
        Assert.Equal(new[] { "Lib.Person.Name" }, libraryOutputs.Inventory.Entries.Select(e => e.Type + "." + e.Member));
        Assert.Equal(new[] { "App.Member.Email" }, appOutputs.Inventory.Entries.Select(e => e.Type + "." + e.Member));
    }

    [Fact]
    public void Written_names_include_aliases_of_aliases_and_both_suffix_forms()
    {
        var names = MarkerNames.Of(new[] { new AliasName("PD", "PersonalDataAttribute"), new AliasName("PD2Attribute", "PD"), new AliasName("Unrelated", "Required") });
        Assert.Contains("PersonalData", names.Member);
        Assert.Contains("PD", names.Member);
        Assert.Contains("PD2Attribute", names.Member);
        Assert.Contains("PD2", names.Member);
        Assert.Contains("ProtectedPersonalData", names.Member);
        Assert.DoesNotContain("Unrelated", names.Member);
        Assert.DoesNotContain("PD", names.Subject);
        Assert.Contains("DataSubject", names.Subject);
        Assert.Equal(MarkerNames.WithoutAliases, MarkerNames.Of(new[] { new AliasName("Unrelated", "Required") }));
    }

    [Theory]
    [InlineData("PrivacyAnalyzers.PersonalDataAttribute", true)]
    [InlineData("PrivacyAnalyzers.DataSubjectAttribute", false)]
    [InlineData("Analyzers.PersonalDataAttribute", false)]
    [InlineData("XPrivacyAnalyzers.PersonalDataAttribute", false)]
    [InlineData("PersonalDataAttribute", false)]
    public void Full_names_are_compared_segment_by_segment(string fullName, bool expected)
    {
        var compilation = GeneratorRunner.Compile(Array.Empty<string>());
        var type = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PersonalDataAttribute")!;
        Assert.Equal(expected, MarkedDeclarations.HasFullName(type, fullName));
    }

    private static CSharpCompilation Compile(Dictionary<string, string> files) =>
        GeneratorRunner.Compile(Array.Empty<string>()).AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Value, Parse, f.Key)));

    private static Compilation Edit(Compilation compilation, string path, string find, string replace)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        Assert.Contains(find, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(find, replace, StringComparison.Ordinal))));
    }

    private static GeneratorDriver Driver(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        parseOptions: Parse,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static (Outputs Ours, Outputs Reference) RunBoth(Compilation compilation)
    {
        var ours = Observed(Driver(new PrivacyGenerator()).RunGenerators(compilation));
        var reference = new ForAttributeReference();
        _ = Driver(reference).RunGenerators(compilation);
        return (ours, new Outputs(reference.Inventory!, reference.Exporters.Select(r => r.Exporter).Where(e => e is not null).Select(e => e!).ToList(), Describe(reference.Exporters.SelectMany(r => r.Diagnostics).Distinct().Select(d => d.ToDiagnostic()))));
    }

    private static Outputs Observed(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var steps = result.Results.Single().TrackedSteps;
        var inventory = (InventoryModel)steps[TrackingNames.Inventory].Single().Outputs.Single().Value;
        var exporters = steps.TryGetValue(TrackingNames.Exporters, out var runs)
            ? runs.SelectMany(s => s.Outputs).Select(o => o.Value).OfType<ExporterModel>().ToList()
            : new List<ExporterModel>();
        return new Outputs(inventory, exporters, Describe(result.Diagnostics.Where(d => d.Id.StartsWith("PRIV", StringComparison.Ordinal))));
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();

    private static void AssertSame(Outputs ours, Outputs reference)
    {
        Assert.Equal(reference.Inventory.Entries.Items.Select(e => e.Type + "." + e.Member), ours.Inventory.Entries.Items.Select(e => e.Type + "." + e.Member));
        Assert.Equal(reference.Inventory, ours.Inventory);
        Assert.Equal(reference.Exporters.Count, ours.Exporters.Count);
        foreach (var exporter in reference.Exporters)
        {
            Assert.Contains(exporter, ours.Exporters);
        }

        Assert.Equal(reference.Diagnostics, ours.Diagnostics);
    }

    private sealed record Outputs(InventoryModel Inventory, List<ExporterModel> Exporters, List<string> Diagnostics);

    /// <summary>The generator's reading as it was before: ForAttributeWithMetadataName for each marker, the same parsers.</summary>
    private sealed class ForAttributeReference : IIncrementalGenerator
    {
        public InventoryModel? Inventory { get; private set; }

        public List<ExporterResult> Exporters { get; } = new();

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var assembly = context.CompilationProvider.Select(static (c, t) => InventoryParser.ParseAssembly(c, t));
            IncrementalValueProvider<ImmutableArray<MemberFacts?>> Members(string name) => context.SyntaxProvider
                .ForAttributeWithMetadataName(name, static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax, static (ctx, _) => InventoryParser.ParseMember(ctx.TargetSymbol, ctx.SemanticModel.Compilation))
                .Collect();
            var members = Members(PrivacyTypes.PersonalDataName).Combine(Members(PrivacyTypes.AspNetPersonalDataName)).Combine(Members(PrivacyTypes.AspNetProtectedPersonalDataName))
                .Select(static (all, _) => all.Left.Left.AddRange(all.Left.Right).AddRange(all.Right).Where(m => m is not null).Select(m => m!).ToImmutableArray());
            var subjects = context.SyntaxProvider
                .ForAttributeWithMetadataName(PrivacyTypes.DataSubjectName, static (node, _) => node is TypeDeclarationSyntax, static (ctx, t) => InventoryParser.ParseSubjectType(ctx.TargetSymbol as INamedTypeSymbol, ctx.SemanticModel.Compilation, t))
                .Collect();
            var exporters = context.SyntaxProvider
                .ForAttributeWithMetadataName(PrivacyTypes.DataSubjectName, static (node, _) => node is TypeDeclarationSyntax, static (ctx, t) => ExporterParser.Parse(ctx.TargetSymbol, ctx.SemanticModel.Compilation, t))
                .Collect();
            context.RegisterSourceOutput(members.Combine(subjects).Combine(assembly).Combine(exporters), (_, input) =>
            {
                Inventory = InventoryParser.Merge(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right);
                Exporters.AddRange(input.Right);
            });
        }
    }
}
