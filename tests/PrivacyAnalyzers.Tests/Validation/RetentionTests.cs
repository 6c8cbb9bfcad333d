using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV010: a Retention that is not a strict ISO 8601 duration, on [PersonalData], [DataSubject] and the assembly defaults.</summary>
public sealed class RetentionTests
{
    private const string Id = "PRIV010";

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P12M")]
    [InlineData("P3Y6M")]
    [InlineData("P7D")]
    [InlineData("P1W")]
    [InlineData("PT24H")]
    [InlineData("P1Y2M3DT4H5M6S")]
    public Task Valid_durations_are_not_reported(string retention) =>
        ValidationTest.For(Id).WithSource($$"""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(Category = "Contact.Email", LegalBasis = LegalBasis.Contract, Retention = "{{retention}}")]
                public string Email { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Words_are_reported_at_the_argument_with_a_suggestion() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(Category = "Contact.Email", LegalBasis = LegalBasis.Contract, Retention = [|"1 year"|])]
                public string Email { get; set; } = "";
            }
            """)
            .WithExpected(new ExpectedDiagnostic("Retention '1 year' on 'Customer.Email' is not a valid ISO 8601 duration: it must start with 'P' followed by numbers and units; write 'P1Y'", DiagnosticSeverity.Error))
            .RunAsync();

    [Theory]
    [InlineData("P", "'P' must be followed by at least one number and unit, such as 'P1Y'")]
    [InlineData("PT", "'T' must be followed by hours (H), minutes (M) or seconds (S); remove it or write 'PT24H'")]
    [InlineData("P1YT", "'T' must be followed by hours (H), minutes (M) or seconds (S); remove it or write 'PT24H'")]
    [InlineData("-P1Y", "a retention cannot be negative or signed; write a positive duration such as 'P1Y'")]
    [InlineData("p1y", "ISO 8601 designators are upper case: write 'P1Y'")]
    [InlineData("P1.5Y", "fractions are not supported; use a smaller unit, as 'P18M' instead of 'P1.5Y'")]
    [InlineData("P99999999999D", "the number 99999999999 is too large")]
    [InlineData("Indefinitely", "personal data cannot be kept indefinitely (GDPR Art. 5(1)(e)); give the longest period it is kept (a legal archive obligation has one, such as 'P10Y'), or mark anonymised data [NotPersonalData(\"Anonymised\")]")]
    [InlineData("banana", "it must start with 'P' followed by numbers and units, such as 'P1Y' (one year), 'P6M' (six months), 'P30D' (thirty days) or 'PT24H' (24 hours)")]
    [InlineData("", "it is empty; write a duration such as 'P1Y' (one year), or remove Retention to inherit the default")]
    public Task Invalid_durations_say_what_is_wrong(string retention, string problem) =>
        ValidationTest.For(Id).WithSource($$"""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract, Retention = [|"{{retention}}"|])]
                public string Email { get; set; } = "";
            }
            """)
            .WithMessages($"Retention '{retention}' on 'Customer.Email' is not a valid ISO 8601 duration: {problem}")
            .RunAsync();

    [Fact]
    public Task A_constant_is_read_and_reported_at_the_constant_name() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                private const string Good = "P1Y";
                private const string Bad = "12 months";
                [PersonalData(Retention = Good)] public string Email { get; set; } = "";
                [PersonalData(Retention = [|Bad|])] public string Phone { get; set; } = "";
                [PersonalData(Retention = "P" + "6M")] public string Name { get; set; } = "";
            }
            """)
            .WithMessages("Retention '12 months' on 'Customer.Phone' is not a valid ISO 8601 duration: it must start with 'P' followed by numbers and units; write 'P12M'")
            .RunAsync();

    [Fact]
    public Task DataSubject_and_assembly_defaults_are_checked() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Retention = [|"3 years"|])]

            [DataSubject("Customer", Retention = [|"P1Y6"|])]
            public class Customer
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
            }
            """)
            .WithMessages(
                "Retention '3 years' on '[assembly: PersonalDataDefaults]' is not a valid ISO 8601 duration: it must start with 'P' followed by numbers and units; write 'P3Y'",
                "Retention 'P1Y6' on 'Customer' is not a valid ISO 8601 duration: the number 6 at the end has no unit; add one, as in 'P6D'")
            .RunAsync();

    [Fact]
    public Task Record_positional_parameters_partial_and_generic_types_are_checked() =>
        ValidationTest.For(Id)
            .WithSource("""
                using PrivacyAnalyzers;
                public record Customer([PersonalData(Retention = [|"P1X"|])] string Email, [PersonalData(Retention = "P1Y")] string Phone);
                public partial class Order<T> { [PersonalData(Retention = [|"PT"|])] public T? Address { get; set; } }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Order<T> { [PersonalData(Retention = [|"P1D1D"|])] public string? Notes; }
                """)
            .RunAsync();

    [Fact]
    public Task Null_retention_inherits_and_is_not_reported() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                private const string? Nothing = null;
                [PersonalData(Retention = null)] public string Email { get; set; } = "";
                [PersonalData(Retention = Nothing)] public string Phone { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Broken_attribute_syntax_does_not_throw_and_only_readable_values_are_checked() =>
        ValidationTest.For(Id).AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(Retention = )] public string A { get; set; } = "";
                [PersonalData(Retention = 5)] public string B { get; set; } = "";
                [PersonalData(Retentoin = "P1Y")] public string C { get; set; } = "";
                [PersonalData(Retention = Missing.Value)] public string D { get; set; } = "";
                [PersonalData(Retention = "P1Y", Retention = "1y")] public string E { get; set; } = "";
                [PersonalData(Retention = [|"x"|]
                public string F { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task An_attribute_referring_to_a_missing_type_does_not_throw() =>
        ValidationTest.For(Id).AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(Retention = [|"forever"|], Source = MissingEnum.Value)] public MissingType Email { get; set; }
                [Missing(Retention = "forever")] public string Phone { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Annotations_of_a_referenced_assembly_are_not_reported_here() =>
        ValidationTest.For(Id)
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                public class Customer { [PersonalData(Retention = "1 year")] public string Email { get; set; } = ""; }
                """)
            .WithSource("public class Vip : Customer { }")
            .RunAsync();

    [Fact]
    public Task Without_the_annotations_reference_nothing_is_reported() =>
        ValidationTest.For(Id).WithoutAnnotationsReference().AllowCompilerErrors().WithSource("""
            public class Customer { [PersonalData(Retention = "1 year")] public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_type_named_like_ours_in_another_namespace_is_ignored() =>
        ValidationTest.For(Id).WithSource("""
            namespace Other { public sealed class PersonalDataAttribute : System.Attribute { public string? Retention { get; set; } } }
            namespace App { public class Customer { [Other.PersonalData(Retention = "1 year")] public string Email { get; set; } = ""; } }
            """).RunAsync();
}

/// <summary>[PersonalData] on parameters: the attribute's content is checked; records are checked once, through their properties.</summary>
public sealed class ParameterAnnotationTests
{
    [Fact]
    public Task Primary_constructor_and_method_parameters_are_checked_once() =>
        new AnalyzerTest().WithAnalyzer<PrivacyAnalyzers.Validation.AnnotationValidationAnalyzer>().OnlyIds("PRIV010", "PRIV014", "PRIV012")
            .WithSource("""
                using PrivacyAnalyzers;
                public class Mailer([PersonalData("Contact.Email", Retention = {|PRIV010:"1 day"|})] string sender)
                {
                    public void Send([PersonalData({|PRIV014:"Contact.Mail"|})] string to, [PersonalData({|PRIV012:"Special.Health"|})] string note) { }
                    public string Sender => sender;
                }
                public record Customer([PersonalData("Contact.Email", Retention = {|PRIV010:"1 day"|})] string Email);
                """)
            .WithMessages(
                "Retention '1 day' on 'Mailer(sender)' is not a valid ISO 8601 duration: it must start with 'P' followed by numbers and units; write 'P1D'",
                "Category 'Contact.Mail' on 'Mailer.Send(to)' is neither built in nor declared with [assembly: PersonalDataCategory]; did you mean 'Contact.Email'?",
                "'Mailer.Send(note)' holds special-category data (Special.Health), which may only be processed under a condition of GDPR Art. 9(2): set SpecialCategoryCondition")
            .RunAsync();
}
