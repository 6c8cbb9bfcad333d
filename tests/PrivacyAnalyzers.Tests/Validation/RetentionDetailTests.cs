using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>
/// PRIV054: RetentionBound and UnansweredCommunications (issue 15, point 7) that cannot apply are reported with the
/// member and what to do, instead of being dropped from the notice and the record without a word.
/// </summary>
public sealed class RetentionDetailTests
{
    private static AnalyzerTest Test() => ValidationTest.For("PRIV054");

    [Fact]
    public Task PRIV054_reports_a_count_below_one_at_the_argument_naming_the_member() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public class Lead
            {
                [PersonalData("Contact.Email", Retention = "P0D", RetentionFrom = RetentionStart.UnansweredCommunications, UnansweredCommunications = [|-6|])]
                public string Email { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic(
                "'Lead.Email': UnansweredCommunications is -6; state the number of consecutive unanswered communications that ends the retention, a whole number of at least 1 (\"after six unanswered communications\" is 6)",
                DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task PRIV054_reports_a_bound_that_is_not_a_member_of_the_enum_on_a_subject_and_the_defaults() =>
        Test()
            .WithSource("""
                using PrivacyAnalyzers;
                [assembly: PersonalDataDefaults(Retention = "P1Y", RetentionBound = [|(RetentionBound)7|])]
                [DataSubject("Customer", UnansweredCommunications = [|-1|])]
                public class Customer
                {
                }
                """)
            .WithMessages(
                "'[assembly: PersonalDataDefaults]': RetentionBound is 7, which is not a member of RetentionBound; use RetentionBound.Exactly or RetentionBound.AtMost",
                "'Customer': UnansweredCommunications is -1; state the number of consecutive unanswered communications that ends the retention, a whole number of at least 1 (\"after six unanswered communications\" is 6)")
            .RunAsync();

    [Fact]
    public Task PRIV054_reports_an_upper_bound_with_no_retention_to_bound_and_says_where_the_bound_comes_from() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Customer", RetentionBound = RetentionBound.AtMost)]
            public class Customer
            {
                [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = "";
                [[|PersonalData("Contact.Phone", Retention = "P0D", RetentionFrom = RetentionStart.EndOfContract)|]] public string Phone { get; set; } = "";
                [PersonalData("Identity.Name", Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract)] public string Name { get; set; } = "";
            }
            """)
            .WithMessages(
                "'Customer.Email': RetentionBound.AtMost (from its [DataSubject] type) bounds no retention: no Retention is stated; state the longest period the data may be kept (Retention = \"P3Y\") or remove the bound",
                "'Customer.Phone': RetentionBound.AtMost (from its [DataSubject] type) bounds no retention: its Retention is P0D; state the longest period the data may be kept (Retention = \"P3Y\") or remove the bound")
            .RunAsync();

    [Fact]
    public Task PRIV054_reports_a_count_no_retention_runs_from() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(UnansweredCommunications = 6)]
            public class Lead
            {
                [[|PersonalData("Contact.Email", Retention = "P12M", RetentionFrom = RetentionStart.LastActivity)|]] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone", Retention = "P12M", RetentionFrom = RetentionStart.LastActivity,
                    AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.UnansweredCommunications, RetentionCombination = RetentionCombination.WhicheverIsSooner)]
                public string Phone { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic(
                "'Lead.Email': UnansweredCommunications = 6 (from [assembly: PersonalDataDefaults]) counts the communications that end a retention, but neither RetentionFrom nor AlternativeRetentionFrom is RetentionStart.UnansweredCommunications; set one of them to it, or remove the count"))
            .RunAsync();

    [Fact]
    public Task PRIV054_is_silent_for_the_seeds_declarations_and_a_record_parameter() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract, RetentionBound = RetentionBound.AtMost)]
            public class User
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone", RetentionBound = RetentionBound.Exactly, Retention = "P0D")] public string Phone { get; set; } = "";
            }

            [DataSubject("Visitor", Retention = "P12M", RetentionFrom = RetentionStart.LastActivity, AlternativeRetention = "P0D",
                AlternativeRetentionFrom = RetentionStart.UnansweredCommunications, RetentionCombination = RetentionCombination.WhicheverIsSooner, UnansweredCommunications = 6)]
            public record Visit([property: PersonalData("Online.IpAddress")] string Ip);
            """).RunAsync();
}

/// <summary>[RetainedUnder] (issue 15, point 7c): what the analyzers say about it.</summary>
public sealed class RetainedUnderValidationTests
{
    [Fact]
    public Task PRIV054_reports_a_retained_under_with_no_basis_no_retention_or_the_members_own_basis() =>
        ValidationTest.For("PRIV054").WithSource("""
            using PrivacyAnalyzers;
            [assembly: [|RetainedUnder(LegalBasis.Unspecified, Retention = "P1Y")|]]
            [[|RetainedUnder(LegalBasis.LegalObligation)|]]
            public class Order
            {
                [[|PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract)|]]
                [RetainedUnder(LegalBasis.Contract, Retention = "P1Y")]
                public string Email { get; set; } = "";
            }
            """)
            .WithMessages(
                "'[assembly: RetainedUnder]': [RetainedUnder] names no legal basis; name the basis the data is kept on, such as LegalBasis.LegalObligation for a period a law imposes",
                "'Order': [RetainedUnder(LegalBasis.LegalObligation)] states no Retention; state how long the data is kept on that basis (Retention = \"P10Y\", or \"P0D\" with RetentionFrom = RetentionStart.StatutoryPeriodEnd for \"as long as the law requires\")",
                "'Order.Email': [RetainedUnder(LegalBasis.Contract)] names the member's own legal basis; the retention on its own basis is its Retention, and [RetainedUnder] is for another basis (LegalObligation for a period a law imposes)")
            .RunAsync();

    [Fact]
    public Task PRIV010_checks_the_retention_of_a_retained_under() =>
        ValidationTest.For("PRIV010").WithSource("""
            using PrivacyAnalyzers;
            public class Order
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract)]
                [RetainedUnder(LegalBasis.LegalObligation, Retention = [|"10 years"|])]
                public string Email { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic(Severity: Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task PRIV053_is_satisfied_by_the_same_data_retained_under_a_legal_obligation() =>
        ValidationTest.For("PRIV053").WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P1Y", RetentionFrom = RetentionStart.EndOfContract,
                AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd, RetentionCombination = RetentionCombination.WhicheverIsLater)]
            [RetainedUnder(LegalBasis.LegalObligation, Retention = "P10Y", RetentionFrom = RetentionStart.EndOfContract, Purpose = "Accounting records")]
            public class Order
            {
                [PersonalData("Contact.Address")] public string Address { get; set; } = "";
            }
            """).RunAsync();
}
