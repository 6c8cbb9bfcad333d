using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV011: personal data with no legal basis after the defaults (member, [DataSubject] type, assembly).</summary>
public sealed class LegalBasisTests
{
    private const string Id = "PRIV011";

    [Fact]
    public Task Member_without_any_legal_basis_is_reported_at_its_attribute() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [[|PersonalData("Contact.Email", Retention = "P1Y")|]] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone", LegalBasis = LegalBasis.Contract)] public string Phone { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic("Personal data 'Customer.Email' has no legal basis: set LegalBasis on the member, on its [DataSubject] type or in [assembly: PersonalDataDefaults]", DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task DataSubject_default_supplies_it() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Customer", LegalBasis = LegalBasis.Contract)]
            public class Customer { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            public class Visitor { [[|PersonalData("Online.IpAddress")|]] public string Ip { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Nearest_base_type_with_a_DataSubject_supplies_it() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Person", LegalBasis = LegalBasis.LegitimateInterests)]
            public abstract class Person { }
            public class Employee : Person { [PersonalData("Identity.Name")] public string Name { get; set; } = ""; }
            [DataSubject("Candidate")]
            public class Candidate : Person { [[|PersonalData("Identity.Name")|]] public string Name { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Assembly_defaults_supply_it() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract)]
            public class Customer { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Assembly_defaults_of_another_assembly_do_not_apply_here() =>
        ValidationTest.For(Id)
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract)]
                public class Library { }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Customer { [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task A_DataSubject_base_type_from_a_referenced_assembly_supplies_it() =>
        ValidationTest.For(Id)
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                [DataSubject("Person", LegalBasis = LegalBasis.Contract)]
                public class Person { }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Customer : Person { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task Constants_and_positional_records_partial_and_generic_types() =>
        ValidationTest.For(Id)
            .WithSource("""
                using PrivacyAnalyzers;
                public static class Bases { public const LegalBasis Main = LegalBasis.Contract; }
                public record Customer([PersonalData("Contact.Email", LegalBasis = Bases.Main)] string Email, [[|PersonalData("Contact.Phone")|]] string Phone);
                public partial class Box<T> { [PersonalData] public T? Value; }
                public class Open<T> { [[|PersonalData|]] public T? Value; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                [DataSubject("Boxed", LegalBasis = LegalBasis.Consent, Purpose = "Storage")]
                public partial class Box<T> { [PersonalData] public T? Other; }
                """)
            .RunAsync();

    [Fact]
    public Task Members_without_PersonalData_are_not_reported() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Product
            {
                public string Name { get; set; } = "";
                [NotPersonalData("The product's name")] public string Title { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Broken_attribute_syntax_and_missing_types_do_not_throw() =>
        ValidationTest.For(Id).AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [[|PersonalData(LegalBasis = )|]] public string A { get; set; } = "";
                [[|PersonalData(LegalBasis = "Contract")|]] public string B { get; set; } = "";
                [[|PersonalData(LegalBasis = LegalBasis.Missing)|]] public string C { get; set; } = "";
                [PersonalData(LegalBasis = LegalBasis.Contract, Unknown = 1)] public MissingType D { get; set; }
                [PersonalData(LegalBasis = LegalBasis.Contract
                public string E { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Interop_marked_members_are_left_to_PRIV017() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                public class User { [Microsoft.AspNetCore.Identity.PersonalData] public string Email { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task Without_the_annotations_reference_nothing_is_reported() =>
        ValidationTest.For(Id).WithoutAnnotationsReference().WithSource("""
            public class Customer { public string Email { get; set; } = ""; }
            """).RunAsync();
}
