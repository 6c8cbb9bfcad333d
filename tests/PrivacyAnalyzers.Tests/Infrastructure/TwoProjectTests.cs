using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Tests.Validation;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// Every analyzer rule on a solution of two projects: project A (<see cref="Domain"/>) declares the annotated types, the
/// analysed project B uses them. A is referenced as the IDE references a project of the same solution (a
/// <c>CompilationReference</c>: A's symbols have syntax, in trees B's compilation does not contain) and as the build does
/// (metadata, A's emitted image). Both must give the same diagnostics in B, and no analyzer may throw (AD0001). With a
/// project reference the test framework analyses A as well: A's own diagnostics are then expected in A (<see cref="InA"/>).
/// </summary>
public sealed class TwoProjectTests
{
    public enum ReferenceKind
    {
        /// <summary>A project reference as the IDE sees it: a CompilationReference to A's compilation.</summary>
        Project,

        /// <summary>A project reference as the build sees it: A's emitted assembly.</summary>
        Metadata,
    }

    /// <summary>Project A: data subjects, annotated members, an annotated base, interface and record, an interop attribute.</summary>
    private const string Domain = ValidationTest.Compliance + """

        namespace Shop.Domain
        {
            using PrivacyAnalyzers;

            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P5Y")]
            public class Customer
            {
                public int Id { get; set; }
                [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";
                [PersonalData(Category = "Identity.Name")] public virtual string Name { get; set; } = "";
                public string Reference { get; set; } = "";
            }

            public abstract class Person
            {
                [PersonalData(Category = "Identity.Name", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                public abstract string FullName { get; set; }
            }

            public interface IHasPhone
            {
                [PersonalData(Category = "Contact.Phone", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                string Phone { get; }
            }

            [DataSubject("Subscriber", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
            public class Subscription { }

            [DataSubject("Patient", LegalBasis = LegalBasis.Contract, Retention = "P10Y")]
            public class PatientBase { }

            public record ContactCard([PersonalData(Category = "Contact.Email", LegalBasis = LegalBasis.Contract, Retention = "P1Y")] string Email);
        }
        """;

    public static TheoryData<ReferenceKind> Kinds() => new() { ReferenceKind.Project, ReferenceKind.Metadata };

    /// <summary>A diagnostic A itself has (reported when A is a project of the solution): <paramref name="id"/> on the first <paramref name="text"/> in A.</summary>
    private static AnalyzerTest InA(AnalyzerTest test, ReferenceKind kind, string id, string text)
    {
        if (kind != ReferenceKind.Project)
        {
            return test;
        }

        var start = Domain.IndexOf(text, StringComparison.Ordinal);
        var span = Microsoft.CodeAnalysis.Text.SourceText.From(Domain).Lines.GetLinePositionSpan(new Microsoft.CodeAnalysis.Text.TextSpan(start, text.Length));
        return test.WithDiagnostics(AnalyzerTest.Diagnostic(id).WithSpan(new FileLinePositionSpan("/ReferencedProject/Source0.cs", span)));
    }

    private static AnalyzerTest Test(ReferenceKind kind, string projectB)
    {
        var test = new AnalyzerTest().WithSource(projectB);
        return kind == ReferenceKind.Project ? test.WithReferencedProject(Domain) : test.WithReferencedSource(Domain);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV001_reports_B_members_on_a_subject_declared_in_A(ReferenceKind kind) =>
        Test(kind, """
            namespace Shop.App
            {
                public class Vip : Shop.Domain.Customer
                {
                    public string [|Address|] { get; set; } = "";
                    public override string Name { get; set; } = "";
                    public int Level { get; set; }
                }
            }
            """)
            .WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithMessages(Priv001Messages.Message("Address", "Contact.Address", "the word 'address' in type Vip"))
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV002_reports_a_literal_stored_into_a_member_of_A(ReferenceKind kind) =>
        Test(kind, """
            namespace Shop.App
            {
                public static class Seed
                {
                    public static Shop.Domain.Customer Make() => new() { Email = [|"ana.popescu@gmail.com"|], Reference = "R-1" };
                }
            }
            """)
            .WithAnalyzer<PersonalDataLiteralAnalyzer>()
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV010_PRIV014_report_B_annotations_on_a_type_deriving_from_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                public class Vip : Shop.Domain.Customer
                {
                    [PersonalData(Category = "Contact.Address", Retention = {|PRIV010:"5 years"|})] public string Address { get; set; } = "";
                    [PersonalData(Category = {|PRIV014:"Contact.Mail"|})] public string Mail { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV011_takes_the_legal_basis_of_a_base_subject_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                public class Vip : Shop.Domain.Customer
                {
                    [PersonalData(Category = "Contact.Address")] public string Address { get; set; } = "";
                }

                public class Visitor
                {
                    [[|PersonalData(Category = "Contact.Email")|]] public string Email { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .OnlyIds("PRIV011")
            .WithMessages("Personal data 'Visitor.Email' has no legal basis: set LegalBasis on the member, on its [DataSubject] type or in [assembly: PersonalDataDefaults]")
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV012_PRIV013_report_B_members_of_subjects_declared_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                public class Patient : Shop.Domain.PatientBase
                {
                    [PersonalData(Category = {|PRIV012:"Special.Health"|})] public string Diagnosis { get; set; } = "";
                }

                public class Newsletter : Shop.Domain.Subscription
                {
                    [{|PRIV013:PersonalData(Category = "Contact.Email")|}] public string Email { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV015_PRIV017_report_B_attributes_when_the_interop_attribute_is_declared_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                public class Lead : Shop.Domain.Customer
                {
                    [{|PRIV017:Contoso.Compliance.PrivateData|}] public string Address { get; set; } = "";
                    [{|PRIV015:PersonalData(Category = "Contact.Phone")|}, NotPersonalData("the shop's own line")] public string Phone { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV018_reports_a_B_processing_purpose_that_names_a_member_declared_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                [ProcessingPurpose("Newsletter", {|PRIV018:nameof(Email)|}, nameof(Phone))]
                public class Buyer : Shop.Domain.Customer
                {
                    [PersonalData(Category = "Contact.Phone")] public string Phone { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .OnlyIds("PRIV018")
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV050_PRIV051_PRIV052_PRIV053_report_B_members_on_the_consent_of_a_subject_declared_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                public class Member : Shop.Domain.Subscription
                {
                    [{|PRIV050:PersonalData(Category = "Online.Username", Purpose = "Log in")|}] public string User { get; set; } = "";
                    [{|PRIV051:PersonalData(Category = "Online.CookieId", Purpose = "Shopping cart")|}] public string Cart { get; set; } = "";
                    [{|PRIV052:PersonalData(Category = "Contact.Address", Purpose = "Delivering the order")|}] public string Address { get; set; } = "";
                    [PersonalData(Category = "Contact.Email", Purpose = "Newsletter")] public string Email { get; set; } = "";
                }

                public class Buyer : Shop.Domain.Customer
                {
                    [{|PRIV053:PersonalData(Category = "Contact.Phone", AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd)|}] public string Phone { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .OnlyIds("PRIV050", "PRIV051", "PRIV052", "PRIV053")
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV054_reads_the_retention_B_members_inherit_from_a_subject_declared_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                public class Buyer : Shop.Domain.Customer
                {
                    // The bound applies to the P5Y the Customer of project A declares: nothing to report.
                    [PersonalData(Category = "Contact.Email", RetentionBound = RetentionBound.AtMost)] public string Email { get; set; } = "";
                    [{|PRIV054:PersonalData(Category = "Contact.Phone", UnansweredCommunications = 6)|}] public string Phone { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .OnlyIds("PRIV054")
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV016_reports_B_overrides_and_implementations_of_members_annotated_in_A(ReferenceKind kind) =>
        Test(kind, """
            namespace Shop.App
            {
                public class Employee : Shop.Domain.Person
                {
                    public override string [|FullName|] { get; set; } = "";
                }

                public class Store : Shop.Domain.IHasPhone
                {
                    public string [|Phone|] => "";
                }
            }
            """)
            .WithAnalyzer<DroppedAnnotationAnalyzer>()
            .WithMessages(
                "'Employee.FullName' drops the [PersonalData] annotation of 'Person.FullName'",
                "'Store.Phone' drops the [PersonalData] annotation of 'IHasPhone.Phone'")
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV042_reports_a_B_retention_whose_start_no_member_holds_and_walks_into_A_without_reporting_there(ReferenceKind kind) =>
        Test(kind, """
            namespace Shop.App
            {
                using PrivacyAnalyzers;

                [DataSubject("Member", LegalBasis = LegalBasis.Contract)]
                public class Member
                {
                    [PersonalData(Category = "Contact.Email", Retention = "P1Y", RetentionFrom = RetentionStart.LastActivity)] public string [|Email|] { get; set; } = "";
                    public Shop.Domain.ContactCard? Card { get; set; }
                }
            }
            """)
            .WithAnalyzer<RetentionStartAnalyzer>()
            .WithMessages("The retention of 'Member.Email' runs from last activity, but neither its type nor the data subject type has a member marked [RetentionStartDate(RetentionStart.LastActivity)]; the generated retention schedule cannot tell when it runs out")
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV020_PRIV021_report_members_of_A_logged_or_thrown_in_B(ReferenceKind kind) =>
        Test(kind, """
            namespace Shop.App
            {
                public static class Checkout
                {
                    public static void Run(Shop.Domain.Customer customer)
                    {
                        System.Console.WriteLine({|PRIV020:customer.Email|});
                        System.Console.WriteLine(customer.Id);
                        if (customer.Id == 0)
                        {
                            throw new System.InvalidOperationException("No order for " + {|PRIV021:customer.Name|});
                        }
                    }
                }
            }
            """)
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task PRIV022_reports_a_B_ToString_printing_members_of_A_and_not_records_deriving_from_A(ReferenceKind kind) =>
        Test(kind, """
            namespace Shop.App
            {
                public sealed class Receipt
                {
                    public Shop.Domain.Customer Buyer { get; } = new();
                    public override string ToString() => "Receipt for " + [|Buyer.Email|];
                }

                public record VipCard(int Level) : Shop.Domain.ContactCard("shop@example.com");
            }
            """)
            .WithAnalyzer<PersonalDataToStringAnalyzer>()
            // A's record prints its personal data in its own compiler-generated ToString(): reported in A, on A's record.
            .Also(t => InA(t, kind, "PRIV022", "ContactCard"))
            .RunAsync();

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PRIV023_reports_copies_into_B_members_and_not_into_members_declared_in_A(ReferenceKind kind)
    {
        var diagnostics = await Test(kind, """
            namespace Shop.App
            {
                public class CustomerDto
                {
                    public string Email { get; set; } = "";
                    public string Contact { get; set; } = "";
                }

                public static class Mapper
                {
                    public static CustomerDto Map(Shop.Domain.Customer customer)
                    {
                        customer.Reference = customer.Email;
                        var dto = new CustomerDto { [|Email|] = customer.Email };
                        [|dto.Contact|] = customer.Name;
                        return dto;
                    }
                }
            }
            """)
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithMessages(
                "Personal data 'Customer.Email' is copied into 'CustomerDto.Email', which is not annotated",
                "Personal data 'Customer.Name' is copied into 'CustomerDto.Contact', which is not annotated")
            .RunAsync();

        // The code fix's target, the DTO's declaration, is in B too.
        Assert.All(diagnostics, d => Assert.Equal("/src/Test0.cs", Assert.Single(d.AdditionalLocations).SourceTree?.FilePath));
    }

    /// <summary>All analyzers together on B: no AD0001, and nothing but the one unannotated copy and the log call.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public Task All_analyzers_together_report_B_in_B_and_A_in_A(ReferenceKind kind) =>
        Test(kind, """
            using PrivacyAnalyzers;
            namespace Shop.App
            {
                [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                public record Vip(int Level) : Shop.Domain.ContactCard("x")
                {
                    public void Promote(Shop.Domain.Customer customer)
                    {
                        customer.Reference = customer.Email;
                        {|PRIV023:Memo|} = customer.Name;
                        System.Console.WriteLine({|PRIV020:customer.Name|});
                    }

                    [NotPersonalData("an internal remark")] public string Remark { get; set; } = "";

                    public string Memo { get; set; } = "";
                }
            }
            """)
            .WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithAnalyzer<PersonalDataLiteralAnalyzer>()
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .WithAnalyzer<DroppedAnnotationAnalyzer>()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .WithAnalyzer<PersonalDataToStringAnalyzer>()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            // Analysed as a project, A reports what is A's: its record prints personal data in its generated ToString().
            .Also(t => InA(t, kind, "PRIV022", "ContactCard"))
            .RunAsync();

    /// <summary>A new analyzer rule gets a test here: every id an analyzer reports is named by a test of this class.</summary>
    [Fact]
    public void Every_analyzer_rule_has_a_two_project_test()
    {
        var tested = typeof(TwoProjectTests).GetMethods()
            .SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Name, "PRIV[0-9]{3}").Select(match => match.Value))
            .ToHashSet(StringComparer.Ordinal);
        var untested = RuleCatalogTests.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)
            .Where(id => !tested.Contains(id)).Distinct().ToList();

        Assert.True(untested.Count == 0, "No two-project test names " + string.Join(", ", untested));
    }
}
