using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV013: personal data processed on consent (after defaults) with no purpose (after defaults).</summary>
public sealed class ConsentPurposeTests
{
    private const string Id = "PRIV013";

    [Fact]
    public Task Consent_without_a_purpose_is_reported_at_the_attribute() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Subscriber
            {
                [[|PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent)|]] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone", LegalBasis = LegalBasis.Consent, Purpose = "SMS offers")] public string Phone { get; set; } = "";
                [PersonalData("Identity.Name", LegalBasis = LegalBasis.Contract)] public string Name { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic("'Subscriber.Email' is processed on consent but states no purpose: set Purpose on the member, on its [DataSubject] type or in [assembly: PersonalDataDefaults], or name the member in a [ProcessingPurpose] of its type", DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task Consent_from_the_DataSubject_type_without_a_purpose_is_reported() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Subscriber", LegalBasis = LegalBasis.Consent)]
            public class Subscriber
            {
                [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone", Purpose = "SMS offers")] public string Phone { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_purpose_from_the_type_or_the_assembly_is_enough() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(Purpose = "Sending the newsletter")]
            [DataSubject("Subscriber", LegalBasis = LegalBasis.Consent, Purpose = "Marketing")]
            public class Subscriber { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            public class Visitor { [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.Consent)] public string Ip { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_purpose_list_with_no_item_is_no_purpose() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Subscriber
            {
                [[|PersonalData(LegalBasis = LegalBasis.Consent, Purpose = " ; ")|]] public string Email { get; set; } = "";
                [PersonalData(LegalBasis = LegalBasis.Consent, Purpose = "Newsletter; Offers")] public string Phone { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_member_legal_basis_other_than_consent_overrides_a_consent_default() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent)]
            public class Customer { [PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract)] public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Constants_records_partial_and_generic_types() =>
        ValidationTest.For(Id)
            .WithSource("""
                using PrivacyAnalyzers;
                public static class P { public const LegalBasis Basis = LegalBasis.Consent; public const string Why = "Newsletter"; }
                public record Subscriber([[|PersonalData(LegalBasis = P.Basis)|]] string Email, [PersonalData(LegalBasis = P.Basis, Purpose = P.Why)] string Phone);
                public partial class Form<T> { [[|PersonalData(LegalBasis = LegalBasis.Consent)|]] public T? Answer; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Form<T> { [PersonalData(LegalBasis = LegalBasis.Consent, Purpose = "Survey")] public T? Comment; }
                """)
            .RunAsync();

    [Fact]
    public Task A_DataSubject_base_type_in_a_referenced_assembly_gives_the_consent() =>
        ValidationTest.For(Id)
            .WithReferencedSource("""
                [PrivacyAnalyzers.DataSubject("Subscriber", LegalBasis = PrivacyAnalyzers.LegalBasis.Consent)]
                public class SubscriberBase { }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Subscriber : SubscriberBase { [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task Broken_syntax_and_missing_types_do_not_throw() =>
        ValidationTest.For(Id).AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public class Subscriber
            {
                [[|PersonalData(LegalBasis = LegalBasis.Consent, Purpose = )|]] public string A { get; set; } = "";
                [[|PersonalData(LegalBasis = LegalBasis.Consent, Purpose = 42)|]] public string B { get; set; } = "";
                [PersonalData(LegalBasis = LegalBasis.Consent, Purpose = "x", Extra = Missing.Value)] public MissingType C { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task Interop_marked_members_are_left_to_PRIV017() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                [assembly: PrivacyAnalyzers.PersonalDataDefaults(LegalBasis = PrivacyAnalyzers.LegalBasis.Consent)]
                public class User { [Microsoft.AspNetCore.Identity.PersonalData] public string Email { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task Without_the_annotations_reference_nothing_is_reported() =>
        ValidationTest.For(Id).WithoutAnnotationsReference().AllowCompilerErrors().WithSource("""
            public class Subscriber { [PersonalData(LegalBasis = LegalBasis.Consent)] public string Email { get; set; } = ""; }
            """).RunAsync();
}
