using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV014: a category id neither built in nor declared, with the nearest built-in id suggested.</summary>
public sealed class UnknownCategoryTests
{
    private const string Id = "PRIV014";

    [Theory]
    [InlineData("Contact.EMail", "Contact.Email")]
    [InlineData("Email", "Contact.Email")]
    [InlineData("IBAN", "Financial.BankAccount")]
    [InlineData("Contact.Emial", "Contact.Email")]
    [InlineData("CNP", "Identity.NationalId")]
    [InlineData("Health", "Special.Health")]
    [InlineData("Identty.Name", "Identity.Name")]
    [InlineData("Contact.E-mail", "Contact.Email")]
    [InlineData("criminal", "Criminal")]
    public Task Unknown_ids_are_reported_with_the_nearest_built_in_id(string written, string suggested) =>
        ValidationTest.For(Id).WithSource($$"""
            using PrivacyAnalyzers;
            public class Customer { [PersonalData(Category = [|"{{written}}"|])] public string Data { get; set; } = ""; }
            """)
            .WithExpected(new ExpectedDiagnostic($"Category '{written}' on 'Customer.Data' is neither built in nor declared with [assembly: PersonalDataCategory]; did you mean '{suggested}'?", DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task Nothing_near_gives_no_suggestion() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer { [PersonalData([|"Loyalty.Points"|])] public int Points { get; set; } }
            """)
            .WithMessages("Category 'Loyalty.Points' on 'Customer.Points' is neither built in nor declared with [assembly: PersonalDataCategory]; use a built-in id such as 'Contact.Email' or declare it")
            .RunAsync();

    [Fact]
    public Task Built_in_leaves_and_top_level_ids_are_known() =>
        ValidationTest.For(Id).WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
                [PersonalData("Contact")] public string Contact { get; set; } = "";
                [PersonalData("Employment")] public string Job { get; set; } = "";
                [PersonalData("Other")] public string Misc { get; set; } = "";
                [PersonalData] public string NoCategory { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Project_categories_declared_here_or_in_a_referenced_assembly_are_known() =>
        ValidationTest.For(Id)
            .WithReferencedSource("""
                [assembly: PrivacyAnalyzers.PersonalDataCategory("Telemetry.Heartbeat")]
                public class Shared { }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                [assembly: PersonalDataCategory("Loyalty.Points")]
                public class Member
                {
                    [PersonalData("Loyalty.Points")] public int Points { get; set; }
                    [PersonalData("Loyalty")] public string Tier { get; set; } = "";
                    [PersonalData("Telemetry.Heartbeat")] public string Beat { get; set; } = "";
                    [PersonalData([|"Loyalty.Point"|])] public int Typo { get; set; }
                }
                """)
            .WithMessages("Category 'Loyalty.Point' on 'Member.Typo' is neither built in nor declared with [assembly: PersonalDataCategory]; did you mean 'Loyalty.Points'?")
            .RunAsync();

    [Fact]
    public Task Constants_named_and_positional_arguments_records_partial_and_generic_types() =>
        ValidationTest.For(Id)
            .WithSource("""
                using PrivacyAnalyzers;
                public static class C { public const string Mail = "Contact.Mail"; }
                public record Customer([PersonalData([|C.Mail|])] string Email, [PersonalData(category: [|"Phone"|])] string Phone);
                public partial class Box<T> { [PersonalData(Category = [|"Adress"|])] public T? Address; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Box<T> { [PersonalData("Contact.Address")] public T? Other; }
                """)
            .RunAsync();

    [Fact]
    public Task Broken_syntax_and_missing_types_do_not_throw() =>
        ValidationTest.For(Id).AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(Category = )] public string A { get; set; } = "";
                [PersonalData(Category = 12)] public string B { get; set; } = "";
                [PersonalData(Category = Missing.Name)] public string C { get; set; } = "";
                [PersonalData([|"Emial"|], Nope = 1)] public MissingType D { get; set; }
                [PersonalData("x", "y")] public string E { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Without_the_annotations_reference_nothing_is_reported() =>
        ValidationTest.For(Id).WithoutAnnotationsReference().AllowCompilerErrors().WithSource("""
            public class Customer { [PersonalData("Emial")] public string Email { get; set; } = ""; }
            """).RunAsync();

    [Theory]
    [InlineData("Phone", "Contact.Phone")]
    [InlineData("ssn", "Identity.NationalId")]
    [InlineData("Passport", "Identity.Document")]
    [InlineData("IpAddress", "Online.IpAddress")]
    [InlineData("Financial.BankAcount", "Financial.BankAccount")]
    [InlineData("Banana", null)]
    [InlineData("Name", "Identity.Name")]
    [InlineData("", null)]
    public void Suggester_picks_the_nearest_id_or_nothing(string written, string? expected) =>
        Assert.Equal(expected, CategorySuggester.Suggest(written, DeclaredCategories.None));
}
