using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeFixes.Validation;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>
/// PRIV018: a [ProcessingPurpose] that links its purpose to nothing (issue 15, point 3); and the purposes it adds count
/// as the member's purposes for the rules that read them (PRIV013 consent without purpose, PRIV050 log-in on consent).
/// </summary>
public sealed class ProcessingPurposeTests
{
    private const string Id = "PRIV018";

    private const string Tail = ": the privacy notice and the record of processing do not list that data under this purpose";

    [Fact]
    public Task Names_that_are_personal_data_members_of_the_type_pass() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Account user")]
            [ProcessingPurpose("Secure log-in", nameof(Username), nameof(PasswordHash))]
            [ProcessingPurpose("Delegate on invoices", "Name")]
            public class AccountUser
            {
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                [PersonalData("Online.Username")] public string Username { get; set; } = "";
                [PersonalData("Credentials.Password")] public string PasswordHash = "";
            }

            [ProcessingPurpose("Answering", nameof(Email))]
            public sealed record Visitor([PersonalData("Contact.Email")] string Email);
            """).RunAsync();

    [Fact]
    public Task A_misspelt_name_is_reported_at_its_argument() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [ProcessingPurpose("Secure log-in to the account", nameof(PasswordHash), [|"Usename"|])]
            public class AccountUser
            {
                [PersonalData("Online.Username")] public string Username { get; set; } = "";
                [PersonalData("Credentials.Password")] public string PasswordHash { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic("[ProcessingPurpose(\"Secure log-in to the account\")] on 'AccountUser' names 'Usename', which 'AccountUser' does not declare (did you mean 'Username'?)" + Tail, DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task A_member_not_marked_personal_data_or_marked_not_personal_data_is_reported() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [ProcessingPurpose("Invoicing", [|nameof(Id)|], [|nameof(Plan)|], [|nameof(Describe)|])]
            public class Subscription
            {
                public int Id { get; set; }
                [NotPersonalData("The name of a plan")] public string Plan { get; set; } = "";
                public string Describe() => Plan;
                [PersonalData("Financial.Transaction")] public decimal Total { get; set; }
            }
            """)
            .WithMessages(
                "[ProcessingPurpose(\"Invoicing\")] on 'Subscription' names 'Id', which is not marked personal data" + Tail,
                "[ProcessingPurpose(\"Invoicing\")] on 'Subscription' names 'Plan', which is marked [NotPersonalData]" + Tail,
                "[ProcessingPurpose(\"Invoicing\")] on 'Subscription' names 'Describe', which is not a property or field" + Tail)
            .RunAsync();

    [Fact]
    public Task A_member_of_a_base_type_is_reported_with_where_to_put_the_attribute() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Person { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            [ProcessingPurpose("Newsletter", [|nameof(Email)|])]
            public class Subscriber : Person { }
            """)
            .WithMessages("[ProcessingPurpose(\"Newsletter\")] on 'Subscriber' names 'Email', which is declared by its base type 'Person' (put the [ProcessingPurpose] on 'Person')" + Tail)
            .RunAsync();

    [Fact]
    public Task No_purpose_text_or_no_member_is_reported_at_the_attribute() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [[|ProcessingPurpose(" ", nameof(Email))|]]
            [[|ProcessingPurpose("Newsletter")|]]
            public class Subscriber { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            """)
            .WithMessages(
                "[ProcessingPurpose(\" \")] on 'Subscriber' states no purpose" + Tail,
                "[ProcessingPurpose(\"Newsletter\")] on 'Subscriber' names no member (a purpose that every member of the type serves goes in [DataSubject(Purpose = …)])" + Tail)
            .RunAsync();

    [Fact]
    public Task Names_given_as_one_array_are_reported_at_the_attribute() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [[|ProcessingPurpose("Newsletter", new[] { "Email", "Mail" })|]]
            public class Subscriber { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            """)
            .WithMessages("[ProcessingPurpose(\"Newsletter\")] on 'Subscriber' names 'Mail', which 'Subscriber' does not declare" + Tail)
            .RunAsync();

    [Fact]
    public Task A_purpose_added_by_a_processing_purpose_satisfies_consent_without_purpose() =>
        ValidationTest.For("PRIV013").WithSource("""
            using PrivacyAnalyzers;
            [ProcessingPurpose("Newsletter", nameof(Email))]
            public class Subscriber
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent)] public string Email { get; set; } = "";
                [[|PersonalData("Contact.Phone", LegalBasis = LegalBasis.Consent)|]] public string Phone { get; set; } = "";
            }
            """)
            .WithMessages("'Subscriber.Phone' is processed on consent but states no purpose: set Purpose on the member, on its [DataSubject] type or in [assembly: PersonalDataDefaults], or name the member in a [ProcessingPurpose] of its type")
            .RunAsync();

    [Fact]
    public Task A_log_in_purpose_added_by_a_processing_purpose_on_consent_is_reported_by_PRIV050() =>
        ValidationTest.For("PRIV050").WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Customer", LegalBasis = LegalBasis.Consent, Purpose = "Newsletter")]
            [ProcessingPurpose("Authentication", nameof(Password))]
            public class Account
            {
                [[|PersonalData("Credentials.Password")|]] public string Password { get; set; } = "";
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
            }
            """)
            .WithMessages("'Account.Password' is processed on consent (from its [DataSubject] type) for 'Authentication', a security purpose ('authentication'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).")
            .RunAsync();

    [Fact]
    public Task The_fix_writes_nameof_the_member_a_misspelt_name_means() =>
        ValidationTest.For(Id).WithCodeFix<ProcessingPurposeMemberCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                [ProcessingPurpose("Secure log-in", nameof(PasswordHash), [|"Usename"|], [|"passwordhash"|])]
                [ProcessingPurpose("Answering", [|"username"|])]
                public class AccountUser
                {
                    [PersonalData("Online.Username")] public string Username { get; set; } = "";
                    [PersonalData("Credentials.Password")] public string PasswordHash { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                [ProcessingPurpose("Secure log-in", nameof(PasswordHash), nameof(Username), [|"passwordhash"|])]
                [ProcessingPurpose("Answering", nameof(Username))]
                public class AccountUser
                {
                    [PersonalData("Online.Username")] public string Username { get; set; } = "";
                    [PersonalData("Credentials.Password")] public string PasswordHash { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task No_member_is_suggested_when_two_are_as_near_when_none_is_near_or_when_it_is_not_personal_data() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [ProcessingPurpose("Contact", [|"Phone"|], [|"Adress"|], [|"Mobil"|])]
            public class Customer
            {
                [PersonalData("Contact.Phone")] public string Phone1 { get; set; } = "";
                [PersonalData("Contact.Phone")] public string Phone2 { get; set; } = "";
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                public string Mobile { get; set; } = "";
            }
            """)
            .WithMessages(
                "[ProcessingPurpose(\"Contact\")] on 'Customer' names 'Phone', which 'Customer' does not declare" + Tail,
                "[ProcessingPurpose(\"Contact\")] on 'Customer' names 'Adress', which 'Customer' does not declare" + Tail,
                "[ProcessingPurpose(\"Contact\")] on 'Customer' names 'Mobil', which 'Customer' does not declare" + Tail)
            .RunAsync();

    [Fact]
    public Task The_fix_reaches_a_record_parameter_and_leaves_a_constant_and_a_base_member_alone() =>
        ValidationTest.For(Id).WithCodeFix<ProcessingPurposeMemberCodeFixProvider>().WithFixAll(Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document)
            .WithSource("""
                using PrivacyAnalyzers;
                static class Names { public const string Mail = "Emial"; }
                [ProcessingPurpose("Answering", [|"Emial"|], [|Names.Mail|])]
                public sealed record Visitor([PersonalData("Contact.Email")] string Email);
                public class Person { [PersonalData("Identity.Name")] public string Name { get; set; } = ""; }
                [ProcessingPurpose("Newsletter", [|"Name"|], [|"Emial"|])]
                public class Subscriber : Person { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                static class Names { public const string Mail = "Emial"; }
                [ProcessingPurpose("Answering", nameof(Email), [|Names.Mail|])]
                public sealed record Visitor([PersonalData("Contact.Email")] string Email);
                public class Person { [PersonalData("Identity.Name")] public string Name { get; set; } = ""; }
                [ProcessingPurpose("Newsletter", [|"Name"|], nameof(Email))]
                public class Subscriber : Person { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
                """)
            .RunAsync();
}
