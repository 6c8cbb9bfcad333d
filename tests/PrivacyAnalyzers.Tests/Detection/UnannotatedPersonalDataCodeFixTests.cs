using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>PRIV001 code fixes: both actions, usings, namespaces, records, multi-variable fields, Fix All.</summary>
public sealed class UnannotatedPersonalDataCodeFixTests
{
    private const string Annotate = UnannotatedPersonalDataCodeFixProvider.AnnotateKey;
    private const string NotPersonal = UnannotatedPersonalDataCodeFixProvider.NotPersonalDataKey;

    private static AnalyzerTest Test(params string[] sources)
    {
        var test = new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>();
        foreach (var source in sources)
        {
            test.WithSource(source);
        }

        return test;
    }

    [Fact]
    public Task Annotates_with_the_inferred_category_and_adds_the_using_in_a_file_scoped_namespace() =>
        Test("""
            using System;

            namespace Shop;

            public class Customer
            {
                public Guid Id { get; set; }

                /// <summary>Where we write.</summary>
                public string [|Email|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            using System;
            using PrivacyAnalyzers;

            namespace Shop;

            public class Customer
            {
                public Guid Id { get; set; }

                /// <summary>Where we write.</summary>
                [PersonalData(Category = "Contact.Email")]
                public string Email { get; set; } = "";
            }
            """)
            .RunAsync();

    [Fact]
    public Task Adds_the_using_in_sorted_position_and_inside_a_block_namespace() =>
        Test("""
            namespace Shop
            {
                using System;
                using Shop.Models;

                public class Customer
                {
                    [Obsolete]
                    public string [|Phone|] { get; set; } = "";
                }
            }
            namespace Shop.Models { public class X { } }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            namespace Shop
            {
                using System;
                using PrivacyAnalyzers;
                using Shop.Models;

                public class Customer
                {
                    [PersonalData(Category = "Contact.Phone")]
                    [Obsolete]
                    public string Phone { get; set; } = "";
                }
            }
            namespace Shop.Models { public class X { } }
            """)
            .RunAsync();

    [Fact]
    public Task Adds_the_using_at_the_top_when_the_file_has_none() =>
        Test("""
            // Copyright header
            public class Customer
            {
                public string [|Cnp|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            // Copyright header
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalData(Category = "Identity.NationalId")]
                public string Cnp { get; set; } = "";
            }
            """)
            .RunAsync();

    [Fact]
    public Task Does_not_add_a_using_that_is_already_there() =>
        Test("""
            using PrivacyAnalyzers;

            public class Customer
            {
                public string [|Iban|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalData(Category = "Financial.BankAccount")]
                public string Iban { get; set; } = "";
            }
            """)
            .RunAsync();

    [Fact]
    public Task Uses_the_qualified_name_when_aspnet_identity_personal_data_is_in_scope() =>
        Test("""
            using Microsoft.AspNetCore.Identity;

            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }

            public class Customer
            {
                public string [|Email|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            using Microsoft.AspNetCore.Identity;

            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }

            public class Customer
            {
                [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")]
                public string Email { get; set; } = "";
            }
            """)
            .RunAsync();

    [Fact]
    public Task Marks_not_personal_data_with_a_reason_to_fill_in() =>
        Test("""
            using PrivacyAnalyzers;

            public class Customer
            {
                public string [|Name|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(NotPersonal)
            .ExpectFixed("""
            using PrivacyAnalyzers;

            public class Customer
            {
                [NotPersonalData("TODO: explain why this is not personal data")]
                public string Name { get; set; } = "";
            }
            """)
            .RunAsync();

    [Fact]
    public Task Record_positional_parameter_gets_the_attribute_inline() =>
        Test("""
            using PrivacyAnalyzers;

            public record Customer(int Id, string [|Email|],
                string [|Name|]);
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            using PrivacyAnalyzers;

            public record Customer(int Id, [PersonalData(Category = "Contact.Email")] string Email,
                [PersonalData(Category = "Identity.Name")] string Name);
            """)
            .RunAsync();

    [Fact]
    public Task Field_with_several_variables_of_one_category_gets_one_attribute() =>
        Test("""
            using PrivacyAnalyzers;

            public class Customer
            {
                public string [|HomePhone|], [|WorkPhone|];
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .WithFixAll(FixAllScope.Document)
            .ExpectBatchFixed("""
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalData(Category = "Contact.Phone")]
                public string HomePhone, WorkPhone;
            }
            """)
            // One at a time, the fix annotates only the variable the user chose: the declaration is split.
            .ExpectFixed("""
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalData(Category = "Contact.Phone")]
                public string HomePhone;
                [PersonalData(Category = "Contact.Phone")]
                public string WorkPhone;
            }
            """)
            .RunAsync();

    [Fact]
    public Task Field_with_variables_of_different_categories_is_split() =>
        Test("""
            using PrivacyAnalyzers;

            public class Customer
            {
                public string [|Email|], Memo, [|Phone|];
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("""
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalData(Category = "Contact.Email")]
                public string Email;
                public string Memo;
                [PersonalData(Category = "Contact.Phone")]
                public string Phone;
            }
            """)
            .RunAsync();

    [Fact]
    public Task Fix_all_in_document_annotates_each_member_with_its_own_category_and_adds_one_using() =>
        Test("""
            namespace Shop;

            public class Client
            {
                public string [|Nume|] { get; set; } = "";
                public string [|Cnp|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .WithFixAll(FixAllScope.Document)
            .ExpectFixed("""
            using PrivacyAnalyzers;

            namespace Shop;

            public class Client
            {
                [PersonalData(Category = "Identity.Name")]
                public string Nume { get; set; } = "";
                [PersonalData(Category = "Identity.NationalId")]
                public string Cnp { get; set; } = "";
                [PersonalData(Category = "Contact.Email")]
                public string Email { get; set; } = "";
            }
            """)
            .RunAsync();

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task Fix_all_in_project_and_solution_fixes_every_file(FixAllScope scope) =>
        Test(
            "public class Customer { public string [|Email|] { get; set; } = \"\"; }\n",
            "using System;\n\npublic class Employee { public DateTime [|BirthDate|] { get; set; } public string [|Phone|] = \"\"; }\n")
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .WithFixAll(scope)
            .ExpectFixed(
                "using PrivacyAnalyzers;\n\npublic class Customer { [PersonalData(Category = \"Contact.Email\")] public string Email { get; set; } = \"\"; }\n",
                "using System;\nusing PrivacyAnalyzers;\n\npublic class Employee { [PersonalData(Category = \"Identity.DateOfBirth\")] public DateTime BirthDate { get; set; } [PersonalData(Category = \"Contact.Phone\")] public string Phone = \"\"; }\n")
            .RunAsync();

    [Fact]
    public Task Fix_all_not_personal_data_marks_every_member() =>
        Test("""
            using PrivacyAnalyzers;

            public class Customer
            {
                public string [|Name|] { get; set; } = "";
                public string [|City|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(NotPersonal)
            .WithFixAll(FixAllScope.Document)
            .ExpectFixed("""
            using PrivacyAnalyzers;

            public class Customer
            {
                [NotPersonalData("TODO: explain why this is not personal data")]
                public string Name { get; set; } = "";
                [NotPersonalData("TODO: explain why this is not personal data")]
                public string City { get; set; } = "";
            }
            """)
            .RunAsync();

    /// <summary>The titles and keys a user sees for a member of <paramref name="source"/> (the first PRIV001): top level, then each menu's choices.</summary>
    private static async Task<(IReadOnlyList<CodeAction> Actions, IReadOnlyList<CodeAction> Choices)> OfferedAsync(string source)
    {
        var test = Test(source);
        using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
        var project = test.CreateProject(workspace, new[] { ("/src/Test0.cs", source.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal)) });
        var document = project.Documents.Single();
        var diagnostic = (await test.GetDiagnosticsAsync(project)).First(d => d.Id == "PRIV001");
        var actions = await CodeFixRunner.RegisterAsync(new UnannotatedPersonalDataCodeFixProvider(), document, diagnostic);
        return (actions, actions[0].NestedActions);
    }

    [Fact]
    public async Task Offers_a_menu_of_legal_bases_and_not_personal_data_with_stable_keys_and_the_category_in_the_title()
    {
        var diagnostics = await Test("public class Customer { public string [|Email|] { get; set; } = \"\"; }").RunAsync();
        var (actions, choices) = await OfferedAsync("public class Customer { public string Email { get; set; } = \"\"; }");

        Assert.Equal(new[] { "Annotate as personal data (Contact.Email)", "Mark as not personal data" }, actions.Select(a => a.Title));
        Assert.Equal(NotPersonal, actions[1].EquivalenceKey);
        Assert.Equal(
            new[]
            {
                "Contact.Email, decide the legal basis later",
                "Contact.Email, legal basis Consent (Art. 6(1)(a))",
                "Contact.Email, legal basis Contract (Art. 6(1)(b))",
                "Contact.Email, legal basis LegalObligation (Art. 6(1)(c))",
                "Contact.Email, legal basis VitalInterests (Art. 6(1)(d))",
                "Contact.Email, legal basis PublicTask (Art. 6(1)(e))",
                "Contact.Email, legal basis LegitimateInterests (Art. 6(1)(f))",
            },
            choices.Select(a => a.Title));
        Assert.Equal(
            new[] { Annotate, Annotate + ".Consent", Annotate + ".Contract", Annotate + ".LegalObligation", Annotate + ".VitalInterests", Annotate + ".PublicTask", Annotate + ".LegitimateInterests" },
            choices.Select(a => a.EquivalenceKey));
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task The_category_only_choice_names_the_type_defaults_it_relies_on()
    {
        var (_, choices) = await OfferedAsync("""
            using PrivacyAnalyzers;

            [DataSubject("Customer", LegalBasis = LegalBasis.Contract)]
            public class Customer { public string Email { get; set; } = ""; }
            """);

        Assert.Equal("Contact.Email, legal basis from Customer's [DataSubject] (Contract)", choices[0].Title);
        Assert.Equal(Annotate, choices[0].EquivalenceKey);
    }

    [Fact]
    public async Task The_category_only_choice_names_the_assembly_defaults_it_relies_on()
    {
        var (_, choices) = await OfferedAsync("""
            using PrivacyAnalyzers;

            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.LegitimateInterests, Retention = "P1Y")]

            public class Customer { public string Email { get; set; } = ""; }
            """);

        Assert.Equal("Contact.Email, legal basis from the assembly's [PersonalDataDefaults] (LegitimateInterests)", choices[0].Title);
    }

    [Fact]
    public Task A_chosen_legal_basis_is_written_after_the_category_and_the_member_is_complete() =>
        Test("""
            namespace Shop;

            public class Customer
            {
                public string [|Email|] { get; set; } = "";
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(UnannotatedPersonalDataCodeFixProvider.AnnotateWithKey(LegalBasisValue.Contract))
            .ExpectFixed("""
            using PrivacyAnalyzers;

            namespace Shop;

            public class Customer
            {
                [PersonalData(Category = "Contact.Email", LegalBasis = LegalBasis.Contract)]
                public string Email { get; set; } = "";
            }
            """)
            .RunAsync();

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task Fix_all_with_a_legal_basis_writes_it_on_every_member_each_with_its_own_category(FixAllScope scope) =>
        Test(
            "public class Customer { public string [|Email|] { get; set; } = \"\"; public string [|Phone|] { get; set; } = \"\"; }\n",
            "public class Employee { public string [|Email|] = \"\"; }\n")
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(UnannotatedPersonalDataCodeFixProvider.AnnotateWithKey(LegalBasisValue.Consent))
            .WithFixAll(scope)
            // Fix All in document fixes one document per application: two here; in project or solution, one for both.
            .WithIterations(fixAllInDocument: 2, fixAllInProject: 1, fixAll: 1)
            .ExpectFixed(
                "using PrivacyAnalyzers;\n\npublic class Customer { [PersonalData(Category = \"Contact.Email\", LegalBasis = LegalBasis.Consent)] public string Email { get; set; } = \"\"; [PersonalData(Category = \"Contact.Phone\", LegalBasis = LegalBasis.Consent)] public string Phone { get; set; } = \"\"; }\n",
                "using PrivacyAnalyzers;\n\npublic class Employee { [PersonalData(Category = \"Contact.Email\", LegalBasis = LegalBasis.Consent)] public string Email = \"\"; }\n")
            .RunAsync();

    [Fact]
    public Task The_legal_basis_is_qualified_when_another_LegalBasis_type_is_in_scope() =>
        Test("""
            using PrivacyAnalyzers;

            namespace Shop
            {
                public enum LegalBasis { Mine }

                public class Customer
                {
                    public string [|Email|] { get; set; } = "";
                }
            }
            """)
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(UnannotatedPersonalDataCodeFixProvider.AnnotateWithKey(LegalBasisValue.LegalObligation))
            .ExpectFixed("""
            using PrivacyAnalyzers;

            namespace Shop
            {
                public enum LegalBasis { Mine }

                public class Customer
                {
                    [PersonalData(Category = "Contact.Email", LegalBasis = PrivacyAnalyzers.LegalBasis.LegalObligation)]
                    public string Email { get; set; } = "";
                }
            }
            """)
            .RunAsync();

    [Fact]
    public Task No_fix_is_offered_without_the_annotations_reference() =>
        Test("public class Customer { public string [|Email|] { get; set; } = \"\"; }")
            .WithoutAnnotationsReference()
            .WithCodeFix<UnannotatedPersonalDataCodeFixProvider>(Annotate)
            .ExpectFixed("public class Customer { public string [|Email|] { get; set; } = \"\"; }")
            .RunAsync();
}
