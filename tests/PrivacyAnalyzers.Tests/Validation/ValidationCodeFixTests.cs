using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Validation;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>The code fixes of PRIV014 (nearest category), PRIV015 (remove one side), PRIV016 (copy the base annotation).</summary>
public sealed class ValidationCodeFixTests
{
    [Fact]
    public Task PRIV014_replaces_the_category_with_the_suggestion() =>
        ValidationTest.For("PRIV014").WithCodeFix<UnknownCategoryCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                public class Customer
                {
                    [PersonalData(Category = [|"Contact.EMail"|])] public string Email { get; set; } = "";
                    [PersonalData([|"IBAN"|])] public string Iban { get; set; } = "";
                    [PersonalData([|"Loyalty.Points"|])] public int Points { get; set; }
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Customer
                {
                    [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";
                    [PersonalData("Financial.BankAccount")] public string Iban { get; set; } = "";
                    [PersonalData([|"Loyalty.Points"|])] public int Points { get; set; }
                }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV014_is_not_offered_for_a_constant() =>
        ValidationTest.For("PRIV014").WithCodeFix<UnknownCategoryCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                static class K { public const string Mail = "Email"; }
                public class Customer { [PersonalData([|K.Mail|])] public string Email { get; set; } = ""; }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                static class K { public const string Mail = "Email"; }
                public class Customer { [PersonalData([|K.Mail|])] public string Email { get; set; } = ""; }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV014_fix_all_in_the_solution() =>
        ValidationTest.For("PRIV014").WithCodeFix<UnknownCategoryCodeFixProvider>().WithFixAll(FixAllScope.Solution)
            .WithSource("""
                using PrivacyAnalyzers;
                public record Customer([PersonalData([|"Phone"|])] string Phone, [PersonalData([|"Contact.Emial"|])] string Email);
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Visitor { [PersonalData(Category = [|"IP"|])] public string Ip { get; set; } = ""; }
                """)
            .ExpectFixed(
                """
                using PrivacyAnalyzers;
                public record Customer([PersonalData("Contact.Phone")] string Phone, [PersonalData("Contact.Email")] string Email);
                """,
                """
                using PrivacyAnalyzers;
                public class Visitor { [PersonalData(Category = "Online.IpAddress")] public string Ip { get; set; } = ""; }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV015_removes_NotPersonalData() =>
        ValidationTest.For("PRIV015").WithCodeFix<ContradictoryAnnotationsCodeFixProvider>(ContradictoryAnnotationsCodeFixProvider.RemoveNotPersonalDataKey)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Customer
                {
                    [[|PersonalData("Contact.Email")|], NotPersonalData("Company mailbox")] public string Email { get; set; } = "";

                    [[|PersonalData("Contact.Phone")|]]
                    [NotPersonalData("Switchboard")]
                    public string Phone { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Customer
                {
                    [PersonalData("Contact.Email")] public string Email { get; set; } = "";

                    [PersonalData("Contact.Phone")]
                    public string Phone { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV015_removes_PersonalData_instead() =>
        ValidationTest.For("PRIV015").WithCodeFix<ContradictoryAnnotationsCodeFixProvider>(ContradictoryAnnotationsCodeFixProvider.RemovePersonalDataKey)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Customer
                {
                    // The shared inbox.
                    [[|PersonalData("Contact.Email")|]] [NotPersonalData("Company mailbox")] public string Email { get; set; } = "";
                }
                public record Lead([[|PersonalData("Contact.Email")|]][property: NotPersonalData("Shared inbox")] string Email);
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Customer
                {
                    // The shared inbox.
                    [NotPersonalData("Company mailbox")] public string Email { get; set; } = "";
                }
                public record Lead([property: NotPersonalData("Shared inbox")] string Email);
                """)
            .RunAsync();

    [Fact]
    public Task PRIV015_type_level_NotPersonalData_can_be_removed_and_fix_all_works() =>
        ValidationTest.For("PRIV015").WithCodeFix<ContradictoryAnnotationsCodeFixProvider>(ContradictoryAnnotationsCodeFixProvider.RemoveNotPersonalDataKey)
            .WithFixAll(FixAllScope.Document)
            .WithSource("""
                using PrivacyAnalyzers;

                [NotPersonalData("Aggregated statistics")]
                public class DailyStats
                {
                    [[|PersonalData("Online.IpAddress")|]] public string TopIp { get; set; } = "";
                    [[|PersonalData("Online.UserAgent")|]] public string TopBrowser { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;

                public class DailyStats
                {
                    [PersonalData("Online.IpAddress")] public string TopIp { get; set; } = "";
                    [PersonalData("Online.UserAgent")] public string TopBrowser { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV015_other_contradictions_have_no_automatic_fix() =>
        ValidationTest.For("PRIV015").WithCodeFix<ContradictoryAnnotationsCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                public class Customer { [PersonalData("Contact.Email", Category = [|"Contact.Phone"|])] public string Contact { get; set; } = ""; }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Customer { [PersonalData("Contact.Email", Category = [|"Contact.Phone"|])] public string Contact { get; set; } = ""; }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV016_copies_the_base_annotation_with_its_arguments_and_adds_the_using() =>
        DroppedAnnotationTests.Test().WithCodeFix<DroppedAnnotationCodeFixProvider>()
            .WithSource("""
                namespace Model
                {
                    using PrivacyAnalyzers;
                    public abstract class Person
                    {
                        [PersonalData("Identity.Name", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                        public abstract string Name { get; set; }
                    }
                }
                """)
            .WithSource("""
                namespace App;

                public class Customer : Model.Person
                {
                    public override string [|Name|] { get; set; } = "";
                }
                """)
            .ExpectFixed(
                """
                namespace Model
                {
                    using PrivacyAnalyzers;
                    public abstract class Person
                    {
                        [PersonalData("Identity.Name", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                        public abstract string Name { get; set; }
                    }
                }
                """,
                """
                using PrivacyAnalyzers;

                namespace App;

                public class Customer : Model.Person
                {
                    [PersonalData("Identity.Name", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                    public override string Name { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV016_copies_from_metadata_onto_implementations_and_record_parameters_with_fix_all() =>
        DroppedAnnotationTests.Test().WithCodeFix<DroppedAnnotationCodeFixProvider>().WithFixAll(FixAllScope.Document)
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                public interface IHasEmail { [PersonalData(Category = "Contact.Email", Purpose = "Login")] string Email { get; } }
                """)
            .WithSource("""
                using PrivacyAnalyzers;

                public record Customer(string [|Email|]) : IHasEmail;

                public class Lead : IHasEmail
                {
                    string IHasEmail.[|Email|] => "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;

                public record Customer([PersonalData(Category = "Contact.Email", Purpose = "Login")] string Email) : IHasEmail;

                public class Lead : IHasEmail
                {
                    [PersonalData(Category = "Contact.Email", Purpose = "Login")]
                    string IHasEmail.Email => "";
                }
                """)
            .RunAsync();
}

/// <summary>The PRIV010 code fix writes the duration a retention certainly meant.</summary>
public sealed class RetentionCodeFixTests
{
    [Fact]
    public Task PRIV010_writes_the_iso_duration_and_leaves_what_is_not_certain() =>
        ValidationTest.For("PRIV010").WithCodeFix<InvalidRetentionCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                [DataSubject("Customer", Retention = [|"12 months"|])]
                public class Customer
                {
                    [PersonalData(Retention = [|"p1y"|])] public string Email { get; set; } = "";
                    [PersonalData(Retention = [|" P7D"|])] public string Phone { get; set; } = "";
                    [PersonalData(Retention = [|"Indefinitely"|])] public string Review { get; set; } = "";
                    [PersonalData(Retention = [|"P1.5Y"|])] public string Name { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                [DataSubject("Customer", Retention = "P12M")]
                public class Customer
                {
                    [PersonalData(Retention = "P1Y")] public string Email { get; set; } = "";
                    [PersonalData(Retention = "P7D")] public string Phone { get; set; } = "";
                    [PersonalData(Retention = [|"Indefinitely"|])] public string Review { get; set; } = "";
                    [PersonalData(Retention = [|"P1.5Y"|])] public string Name { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV010_fix_all_covers_the_assembly_defaults() =>
        ValidationTest.For("PRIV010").WithCodeFix<InvalidRetentionCodeFixProvider>().WithFixAll(FixAllScope.Solution)
            .WithSource("""
                using PrivacyAnalyzers;
                [assembly: PersonalDataDefaults(Retention = [|"3 years"|])]
                public record Customer([PersonalData(Retention = [|"1Y"|])] string Email);
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                [assembly: PersonalDataDefaults(Retention = "P3Y")]
                public record Customer([PersonalData(Retention = "P1Y")] string Email);
                """)
            .RunAsync();
}
