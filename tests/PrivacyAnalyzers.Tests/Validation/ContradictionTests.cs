using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV015: annotations that cannot all be true.</summary>
public sealed class ContradictionTests
{
    private const string Id = "PRIV015";

    [Fact]
    public Task PersonalData_and_NotPersonalData_on_one_member() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [[|PersonalData("Contact.Email")|], NotPersonalData("Company mailbox")] public string Email { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic("Contradictory annotations on 'Customer.Email': it is marked both [PersonalData] and [NotPersonalData(\"Company mailbox\")]; remove the one that is wrong", DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task Through_a_record_positional_parameter_and_its_property() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public record Customer([[|PersonalData("Contact.Email")|]][property: NotPersonalData("Shared inbox")] string Email);
            """).RunAsync();

    [Fact]
    public Task Member_marked_personal_data_in_a_type_marked_not_personal_data() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [NotPersonalData("Aggregated statistics")]
            public class DailyStats
            {
                [[|PersonalData("Online.IpAddress")|]] public string TopIp { get; set; } = "";
                public int Visits { get; set; }
            }
            """)
            .WithMessages("Contradictory annotations on 'DailyStats.TopIp': it is marked [PersonalData] but its type 'DailyStats' is marked [NotPersonalData(\"Aggregated statistics\")]; remove the one that is wrong")
            .RunAsync();

    [Fact]
    public Task Interop_marker_and_NotPersonalData() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                public class User
                {
                    [[|Microsoft.AspNetCore.Identity.PersonalData|]]
                    [PrivacyAnalyzers.NotPersonalData("Display only")]
                    public string Email { get; set; } = "";
                }
                """)
            .WithMessages("Contradictory annotations on 'User.Email': it is marked both ASP.NET Core Identity's [PersonalData] and [NotPersonalData(\"Display only\")]; remove the one that is wrong")
            .RunAsync();

    [Fact]
    public Task Two_different_categories_in_one_attribute() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData("Contact.Email", Category = [|"Contact.Phone"|])] public string Contact { get; set; } = "";
                [PersonalData("Contact.Email", Category = "Contact.Email")] public string Email { get; set; } = "";
            }
            """)
            .WithMessages("Contradictory annotations on 'Customer.Contact': its category is given twice, 'Contact.Email' and Category = 'Contact.Phone'; keep one")
            .RunAsync();

    [Fact]
    public Task A_special_or_criminal_condition_on_a_category_that_is_neither() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataCategory("Wellbeing.Mood", IsSpecialCategory = true)]
            public class Patient
            {
                [PersonalData("Contact.Email", SpecialCategoryCondition = [|SpecialCategoryCondition.HealthOrSocialCare|])] public string Email { get; set; } = "";
                [PersonalData("Special.Health", CriminalDataCondition = [|CriminalDataCondition.AuthorisedByLaw|], SpecialCategoryCondition = SpecialCategoryCondition.HealthOrSocialCare)] public string Diagnosis { get; set; } = "";
                [PersonalData("Wellbeing.Mood", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)] public string Mood { get; set; } = "";
                [PersonalData("Criminal", CriminalDataCondition = CriminalDataCondition.OfficialAuthority)] public string Record { get; set; } = "";
                [PersonalData("Unknown.Thing", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)] public string Unknown { get; set; } = "";
            }
            """)
            .WithMessages(
                "Contradictory annotations on 'Patient.Email': SpecialCategoryCondition is set but 'Contact.Email' is not a special category (Art. 9); correct the category or remove the condition",
                "Contradictory annotations on 'Patient.Diagnosis': CriminalDataCondition is set but 'Special.Health' is not criminal-offence data (Art. 10); correct the category or remove the condition")
            .RunAsync();

    [Fact]
    public Task Lawful_combinations_are_not_contradictions() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Patient
            {
                [PersonalData("Special.Health", LegalBasis = LegalBasis.Contract, SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)] public string A { get; set; } = "";
                [PersonalData("Special.Health", LegalBasis = LegalBasis.Consent, Purpose = "Care", SpecialCategoryCondition = SpecialCategoryCondition.HealthOrSocialCare)] public string B { get; set; } = "";
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.LegalObligation, RetentionFrom = RetentionStart.ConsentWithdrawal, Retention = "P3Y")] public string ConsentProof { get; set; } = "";
                [NotPersonalData("Product code")] public string Code { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Constants_partial_and_generic_types() =>
        ValidationTest.For(Id)
            .WithSource("""
                using PrivacyAnalyzers;
                public static class Reasons { public const string Mailbox = "Company mailbox"; }
                public partial class Box<T> { [[|PersonalData|]] public T? Value; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Box<T> { }
                [NotPersonalData(Reasons.Mailbox)] public partial class Box<T> { }
                """)
            .RunAsync();

    [Fact]
    public Task A_NotPersonalData_type_in_a_referenced_assembly_nested_types_and_metadata() =>
        ValidationTest.For(Id)
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                public class Library { [PersonalData, NotPersonalData("x")] public string Both { get; set; } = ""; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                [NotPersonalData("Outer")]
                public class Outer { public class Inner { [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = ""; } }
                public class Derived : Library { }
                """)
            .RunAsync();

    [Fact]
    public Task Broken_syntax_and_missing_types_do_not_throw() =>
        ValidationTest.For(Id).AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [[|PersonalData|], NotPersonalData()] public string A { get; set; } = "";
                [[|PersonalData(Category = )|], NotPersonalData(Missing.Reason)] public MissingType B { get; set; }
                [PersonalData("Contact.Email", Category = )] public string C { get; set; } = "";
                [PersonalData(SpecialCategoryCondition = SpecialCategoryCondition.Missing)] public string D { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Without_the_annotations_reference_nothing_is_reported() =>
        ValidationTest.For(Id).WithoutAnnotationsReference().AllowCompilerErrors().WithSource("""
            public class Customer { [PersonalData, NotPersonalData("x")] public string Email { get; set; } = ""; }
            """).RunAsync();
}
