using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

public sealed class PersonalDataToStringAnalyzerTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataToStringAnalyzer>()
        .WithSource(source);

    [Fact]
    public async Task A_positional_record_with_annotated_parameters_is_reported_on_its_name()
    {
        await Test("""
            using PrivacyAnalyzers;

            public record [|Customer|](
                int Id,
                [PersonalData(Category = "Contact.Email")] string Email,
                [property: PersonalData(Category = "Contact.Phone")] string Phone);
            """)
            .WithMessages("ToString() of 'Customer' prints personal data 'Email, Phone'")
            .RunAsync();
    }

    [Fact]
    public async Task Record_structs_nominal_records_and_public_fields_are_reported()
    {
        await Test("""
            using PrivacyAnalyzers;

            public readonly record struct [|Contact|]([PersonalData] string Name, int Age);

            public record [|Account|]
            {
                public int Id { get; init; }
                [PersonalData(Category = "Online.Username")] public string UserName { get; init; } = "";
                [PersonalData(Category = "Credentials.Password")] public string PasswordHash = "";
                [PersonalData] private string Secret { get; init; } = "";
            }
            """)
            .WithMessages(
                "ToString() of 'Contact' prints personal data 'Name'",
                "ToString() of 'Account' prints personal data 'UserName, PasswordHash'")
            .RunAsync();
    }

    [Fact]
    public async Task Records_whose_printed_members_are_not_annotated_or_not_public_are_fine()
    {
        await Test("""
            using PrivacyAnalyzers;

            public record Product(int Id, string Name, decimal Price);

            public record Session
            {
                [PersonalData] private string Token { get; init; } = "";
                [PersonalData] public static string LastUser { get; set; } = "";
                [NotPersonalData("Public company name")] public string Company { get; init; } = "";
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_record_that_overrides_ToString_or_PrintMembers_without_the_data_is_fine()
    {
        await Test("""
            using System.Text;
            using PrivacyAnalyzers;

            public record Customer(int Id, [PersonalData] string Email)
            {
                public override string ToString() => $"Customer {Id}";
            }

            public record Subscriber(int Id, [PersonalData] string Email)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Id = ").Append(Id);
                    return true;
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_written_PrintMembers_or_ToString_that_prints_the_data_is_reported_where_it_reads_it()
    {
        await Test("""
            using System.Text;
            using PrivacyAnalyzers;

            public record Subscriber(int Id, [PersonalData] string Email)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Id = ").Append(Id).Append(", Email = ").Append([|Email|]);
                    return true;
                }
            }

            public record Member(int Id, [PersonalData] string Email)
            {
                public override string ToString()
                {
                    var builder = new StringBuilder("Member { ");
                    [|PrintMembers(builder)|];
                    return builder.Append(" }").ToString();
                }
            }
            """)
            .WithMessages(
                "ToString() of 'Subscriber' prints personal data 'Email'",
                "ToString() of 'Member' prints personal data 'Email'")
            .RunAsync();
    }

    [Fact]
    public async Task A_class_ToString_that_returns_annotated_members_is_reported()
    {
        await Test("""
            using PrivacyAnalyzers;

            public class Customer
            {
                public int Id { get; set; }
                [PersonalData(Category = "Identity.Name")] public string Name { get; set; } = "";
                [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";

                public override string ToString() => $"{Id}: {[|Name|]} <{[|Email|]}>";
            }
            """)
            .WithMessages(
                "ToString() of 'Customer' prints personal data 'Name'",
                "ToString() of 'Customer' prints personal data 'Email'")
            .RunAsync();
    }

    [Fact]
    public async Task Data_crossing_statements_and_builders_in_a_written_ToString_is_followed()
    {
        await Test("""
            using System.Text;
            using PrivacyAnalyzers;

            public struct Patient
            {
                public int Id { get; set; }
                [PersonalData(Category = "Special.Health", SpecialCategoryCondition = SpecialCategoryCondition.HealthOrSocialCare)]
                public string Diagnosis { get; set; }

                public override string ToString()
                {
                    var summary = Diagnosis.Substring(0, 3);
                    var text = new StringBuilder();
                    text.Append(Id).Append(' ');
                    text.Append(summary.ToUpperInvariant());
                    return [|text.ToString()|];
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_written_ToString_that_only_checks_data_or_uses_lambdas_is_fine()
    {
        await Test("""
            using System;
            using System.Linq;
            using PrivacyAnalyzers;

            public class Customer
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
                [PersonalData] public string[] Phones { get; set; } = Array.Empty<string>();

                public override string ToString()
                {
                    Func<string> describe = () => { return Email; };
                    var hasEmail = Email.Length > 0;
                    return $"Customer {Id} (email: {(hasEmail ? "yes" : "no")}, {Phones.Length} phones, {nameof(Email)}, {Phones.Count(p => p.StartsWith("+40"))} Romanian)";
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_records_annotated_collection_prints_its_type_name_and_is_not_reported()
    {
        await Test("""
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public record Household([PersonalData] List<string> MemberNames, [PersonalData] string[] Phones, int Size);
            public record [|Person|]([PersonalData] string Name, [PersonalData] List<string> Aliases);
            """)
            .WithMessages("ToString() of 'Person' prints personal data 'Name'")
            .RunAsync();
    }

    [Fact]
    public async Task A_base_record_reports_its_own_members_and_a_derived_record_only_its_own()
    {
        await Test("""
            using PrivacyAnalyzers;

            public record [|Person|]([PersonalData] string Name);
            public record [|Employee|](string Name, [PersonalData(Category = "Employment")] string Position) : Person(Name);
            public record Contractor(string Name, decimal Rate) : Person(Name);
            """)
            .WithMessages(
                "ToString() of 'Person' prints personal data 'Name'",
                "ToString() of 'Employee' prints personal data 'Position'")
            .RunAsync();
    }

    [Fact]
    public async Task Interop_markers_and_referenced_annotations_count()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataToStringAnalyzer>()
            .WithReferencedSource("""
                namespace Microsoft.AspNetCore.Identity
                {
                    [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Parameter)]
                    public class PersonalDataAttribute : System.Attribute { }
                }
                namespace Crm
                {
                    public class Person { [PrivacyAnalyzers.PersonalData] public string Cnp { get; set; } = ""; }
                }
                """)
            .WithSource("""
                public record [|AppUser|]([property: Microsoft.AspNetCore.Identity.PersonalData] string UserName);

                public class PersonView
                {
                    private readonly Crm.Person _person = new();
                    public override string ToString() => "Person " + [|_person.Cnp|];
                }
                """)
            .RunAsync();
    }

    [Fact]
    public async Task Without_annotations_nothing_is_reported_and_broken_code_does_not_crash()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataToStringAnalyzer>()
            .WithoutAnnotationsReference()
            .WithSource("public record Customer(string Email);")
            .RunAsync();

        await Test("""
            using PrivacyAnalyzers;

            public record Customer([PersonalData] string Email, Missing Other)
            {
                public override string ToString() => $"{[|Email|]} {Other.}";
            }

            public partial record [|Broken|]([PersonalData(Category = )] string Name
            """).AllowCompilerErrors().RunAsync();
    }

    [Fact]
    public async Task Partial_generic_and_nested_records_are_reported_once()
    {
        await Test("""
            using PrivacyAnalyzers;

            public partial record [|Envelope|]<T>(T Payload, [PersonalData] string Recipient);
            public partial record Envelope<T> { public int Attempts { get; init; } }

            public class Outer
            {
                private record [|Inner|]([PersonalData] string Name);
            }

            file record [|Local|]([PersonalData] string Name);
            """).RunAsync();
    }

    // The rule finds a written ToString or PrintMembers from the operation block's owning method (docs/performance.md,
    // round 5): in a nested class, in a record nested in a class, in a partial class whose ToString is in another file
    // than its data, and in a generic struct; an overload that is not the override and a static method named ToString
    // are not what a ToString() call prints, so they are not reported.
    [Fact]
    public async Task Written_ToString_and_PrintMembers_are_found_in_nested_partial_and_generic_types_and_only_there()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataToStringAnalyzer>()
            .WithSource("""
                using System.Text;
                using PrivacyAnalyzers;

                public class Outer
                {
                    public class Inner
                    {
                        [PersonalData] public string Email { get; set; } = "";
                        public override string ToString() => [|Email|];
                    }

                    public record Member([PersonalData] string Phone)
                    {
                        protected virtual bool PrintMembers(StringBuilder builder)
                        {
                            builder.Append([|Phone|]);
                            return true;
                        }
                    }
                }

                public partial class Account
                {
                    [PersonalData] public string Name { get; set; } = "";
                }

                public struct Box<T>
                {
                    [PersonalData] public string Owner { get; set; }
                    public T Value { get; set; }
                    public override string ToString() => "Box of " + [|Owner|];
                }

                public class NotTheOverride
                {
                    [PersonalData] public string Email { get; set; } = "";
                    public string ToString(string format) => Email;
                    public static string ToString(NotTheOverride value) => value.Email;
                }
                """, "Types.cs")
            .WithSource("""
                public partial class Account
                {
                    public override string ToString() => "Account " + [|Name|];
                }
                """, "Account.ToString.cs")
            .WithMessages(
                "ToString() of 'Account' prints personal data 'Name'",
                "ToString() of 'Inner' prints personal data 'Email'",
                "ToString() of 'Member' prints personal data 'Phone'",
                "ToString() of 'Box' prints personal data 'Owner'")
            .RunAsync();
    }
}
