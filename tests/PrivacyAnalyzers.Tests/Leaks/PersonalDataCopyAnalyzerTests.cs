using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Leaks;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

public sealed class PersonalDataCopyAnalyzerTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataCopyAnalyzer>()
        .WithSource(LeakSources.Customer)
        .WithSource(source);

    /// <summary>PRIV001 leaves static members alone; a static cache of a person's data is found through the copy.</summary>
    [Fact]
    public Task A_copy_into_a_static_field_or_property_is_reported() =>
        Test("""
            public static class Session
            {
                public static string? CurrentUserEmail;
                public static string CurrentUserPhone { get; set; } = "";

                public static void SignIn(Customer customer)
                {
                    [|CurrentUserEmail|] = customer.Email;
                    [|CurrentUserPhone|] = customer.Phone ?? "";
                }
            }
            """)
            .RunAsync();

    /// <summary>The copy's target declaration travels as the diagnostic's additional location (stated with numbered markup).</summary>
    [Fact]
    public Task The_unannotated_target_declaration_is_the_additional_location() =>
        Test("""
            public class CustomerDto
            {
                {|#1:public string Email { get; set; } = "";|}
            }

            public class Mapper
            {
                public void Map(Customer customer, CustomerDto dto) => {|#0:dto.Email|} = customer.Email;
            }
            """)
            .WithDiagnostics(AnalyzerTest.Diagnostic("PRIV023").WithLocation(0).WithLocation(1)
                .WithMessage("Personal data 'Customer.Email' is copied into 'CustomerDto.Email', which is not annotated"))
            .RunAsync();

    [Fact]
    public async Task Assignments_and_object_initializers_into_unannotated_members_are_reported()
    {
        await Test("""
            public class CustomerDto
            {
                public int Id { get; set; }
                public string Email { get; set; } = "";
                public string? Phone;
            }

            public class Mapper
            {
                public CustomerDto Map(Customer customer)
                {
                    var dto = new CustomerDto { Id = customer.Id, [|Email|] = customer.Email };
                    [|dto.Phone|] = customer.Phone;
                    return dto;
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is copied into 'CustomerDto.Email', which is not annotated",
                "Personal data 'Customer.Phone' is copied into 'CustomerDto.Phone', which is not annotated")
            .RunAsync();
    }

    [Fact]
    public async Task With_expressions_record_constructor_arguments_and_deconstruction_are_reported()
    {
        await Test("""
            public record ContactMessage(int CustomerId, string ReplyTo);
            public class Pair { public string? First; public string? Second; }

            public class Mapper
            {
                public ContactMessage Map(Customer customer, ContactMessage template, Pair pair)
                {
                    (pair.First, [|pair.Second|]) = (customer.Id.ToString(), customer.Phone);
                    var message = new ContactMessage(customer.Id, [|customer.Email|]);
                    return template with { [|ReplyTo|] = customer.Email.ToLowerInvariant() };
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Phone' is copied into 'Pair.Second', which is not annotated",
                "Personal data 'Customer.Email' is copied into 'ContactMessage.ReplyTo', which is not annotated",
                "Personal data 'Customer.Email' is copied into 'ContactMessage.ReplyTo', which is not annotated")
            .RunAsync();
    }

    [Fact]
    public async Task Data_crossing_locals_lambdas_and_async_methods_is_followed()
    {
        await Test("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            public class Cache { public string? LastContact { get; set; } public List<string> Contacts { get; set; } = new(); public string Log = ""; }

            public class Service
            {
                public async Task RememberAsync(Cache cache, Customer customer, List<Customer> customers)
                {
                    var contact = customer.Phone ?? customer.Email;
                    await Task.Delay(1);
                    var normalized = contact.Trim();
                    [|cache.LastContact|] = normalized;
                    customers.ForEach(c => [|cache.Log|] += c.Email + ";");
                    cache.Contacts = customers.Select(c => c.Id.ToString()).ToList();
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Annotated_targets_NotPersonalData_locals_counts_and_redacted_values_are_not_reported()
    {
        await Test("""
            using PrivacyAnalyzers;

            public static class Redaction { public static string Mask(string value) => "***"; }

            [NotPersonalData("Aggregated statistics")]
            public class Stats { public string? Sample { get; set; } }

            public class CustomerDto
            {
                [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";
                [NotPersonalData("Masked for display")] public string MaskedPhone { get; set; } = "";
                public int EmailLength { get; set; }
                public bool HasPhone { get; set; }
                public string Display { get; set; } = "";
                public string Field { get; set; } = "";
            }

            public class Mapper
            {
                public CustomerDto Map(Customer customer, Stats stats)
                {
                    var local = customer.Email;
                    stats.Sample = customer.Email;
                    return new CustomerDto
                    {
                        Email = customer.Email,
                        MaskedPhone = customer.Phone ?? "",
                        EmailLength = customer.Email.Length,
                        HasPhone = customer.Phone != null,
                        Display = Redaction.Mask(customer.Email),
                        Field = nameof(customer.Email),
                    };
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Members_of_referenced_assemblies_and_anonymous_types_are_not_targets()
    {
        await Test("""
            using System.Text;

            public class Mapper
            {
                public object Map(Customer customer)
                {
                    var builder = new StringBuilder();
                    var exception = new System.Exception();
                    exception.Source = customer.Email;
                    return new { customer.Email, Phone = customer.Phone };
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Annotations_from_a_referenced_assembly_are_sources()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                namespace Crm;
                public class Person { [PersonalData(Category = "Identity.NationalId", LegalBasis = LegalBasis.LegalObligation)] public string Cnp { get; set; } = ""; }
                """)
            .WithSource("""
                public class Invoice { public string BuyerCnp { get; set; } = ""; }
                public class Billing { public void Fill(Invoice invoice, Crm.Person person) => [|invoice.BuyerCnp|] = person.Cnp; }
                """)
            .WithMessages("Personal data 'Person.Cnp' is copied into 'Invoice.BuyerCnp', which is not annotated")
            .RunAsync();
    }

    [Fact]
    public async Task Without_annotations_nothing_is_reported_and_broken_code_does_not_crash()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithoutAnnotationsReference()
            .WithSource("""
                public class A { public string Email { get; set; } = ""; }
                public class B { public string Email { get; set; } = ""; public void Copy(A a) => Email = a.Email; }
                """)
            .RunAsync();

        await Test("""
            public class Dto { public string Email { get; set; } = ""; }
            public class Mapper
            {
                public void Map(Customer customer, Dto dto, Missing missing)
                {
                    [|dto.Email|] = customer.Email;
                    missing.Email = customer.Email;
                    dto.Missing = customer.Email;
                    dto.Email = customer.;
                    ([|dto.Email|], ) = (customer.Email, 1);
                    var x = new Dto { Email = };
                }
            """).AllowCompilerErrors().RunAsync();
    }

    [Fact]
    public async Task The_fix_copies_the_annotation_as_written_onto_properties_fields_and_positional_parameters()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithSource(LeakSources.Customer)
            .WithSource("""
                namespace Shop.Messages;

                public record ContactMessage(int CustomerId, string ReplyTo);

                public class CustomerDto
                {
                    /// <summary>The address to write to.</summary>
                    public string Email { get; set; } = "";

                    public string? Phone;
                }

                public class Mapper
                {
                    public void Map(Customer customer, CustomerDto dto)
                    {
                        [|dto.Email|] = customer.Email;
                        [|dto.Phone|] = customer.Phone;
                        var message = new ContactMessage(customer.Id, [|customer.Email|]);
                    }
                }
                """)
            .WithCodeFix<PersonalDataCopyCodeFixProvider>()
            .ExpectFixed(
                LeakSources.Customer,
                """
                using PrivacyAnalyzers;

                namespace Shop.Messages;

                public record ContactMessage(int CustomerId, [PersonalData(Category = "Contact.Email")] string ReplyTo);

                public class CustomerDto
                {
                    /// <summary>The address to write to.</summary>
                    [PersonalData(Category = "Contact.Email")]
                    public string Email { get; set; } = "";

                    [PersonalData(Category = "Contact.Phone")]
                    public string? Phone;
                }

                public class Mapper
                {
                    public void Map(Customer customer, CustomerDto dto)
                    {
                        dto.Email = customer.Email;
                        dto.Phone = customer.Phone;
                        var message = new ContactMessage(customer.Id, customer.Email);
                    }
                }
                """)
            .RunAsync();
    }

    [Fact]
    public async Task Fix_all_annotates_each_target_once_across_documents_and_copies_from_metadata()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                namespace Crm;
                public class Person
                {
                    [PersonalData("Identity.NationalId", LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y")] public string Cnp { get; set; } = "";
                    [PersonalData] public string Name { get; set; } = "";
                }
                """)
            .WithSource("""
                using System;

                public class Invoice
                {
                    public string BuyerCnp { get; set; } = "";
                    [Obsolete("Use BuyerCnp")]
                    public string Buyer { get; set; } = "";
                }
                """)
            .WithSource("""
                public class Billing
                {
                    public void Fill(Invoice invoice, Crm.Person person)
                    {
                        [|invoice.BuyerCnp|] = person.Cnp;
                        [|invoice.BuyerCnp|] = person.Cnp.Trim();
                #pragma warning disable CS0618
                        [|invoice.Buyer|] = person.Name;
                    }
                }
                """)
            .WithCodeFix<PersonalDataCopyCodeFixProvider>()
            .WithFixAll(FixAllScope.Solution)
            .ExpectFixed(
                """
                using System;
                using PrivacyAnalyzers;

                public class Invoice
                {
                    [PersonalData("Identity.NationalId", LegalBasis = PrivacyAnalyzers.LegalBasis.LegalObligation, Retention = "P10Y")]
                    public string BuyerCnp { get; set; } = "";
                    [PersonalData]
                    [Obsolete("Use BuyerCnp")]
                    public string Buyer { get; set; } = "";
                }
                """,
                """
                public class Billing
                {
                    public void Fill(Invoice invoice, Crm.Person person)
                    {
                        invoice.BuyerCnp = person.Cnp;
                        invoice.BuyerCnp = person.Cnp.Trim();
                #pragma warning disable CS0618
                        invoice.Buyer = person.Name;
                    }
                }
                """)
            .RunAsync();
    }

    [Fact]
    public async Task Compound_and_coalescing_assignments_are_reported_and_self_copies_are_not()
    {
        await Test("""
            public class Audit
            {
                public string Trail = "";
                public string? LastPhone { get; set; }
            }

            public class Service
            {
                public void Track(Audit audit, Customer customer, Customer other)
                {
                    [|audit.Trail|] += customer.Email;
                    [|audit.LastPhone|] ??= customer.Phone;
                    other.Email = customer.Email;
                    audit.Trail += customer.Id;
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Interop_marked_sources_are_reported_and_fixed_with_a_plain_PersonalData()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithSource("""
                using PrivacyAnalyzers;

                namespace Microsoft.AspNetCore.Identity
                {
                    [System.AttributeUsage(System.AttributeTargets.Property)]
                    public class PersonalDataAttribute : System.Attribute { }
                }

                public class AppUser { [Microsoft.AspNetCore.Identity.PersonalData] public string UserName { get; set; } = ""; }
                public class UserView
                {
                    public string Name { get; set; } = "";
                }

                public class Mapper { public UserView Map(AppUser user) => new UserView { [|Name|] = user.UserName }; }
                """)
            .WithCodeFix<PersonalDataCopyCodeFixProvider>()
            .ExpectFixed("""
                using PrivacyAnalyzers;

                namespace Microsoft.AspNetCore.Identity
                {
                    [System.AttributeUsage(System.AttributeTargets.Property)]
                    public class PersonalDataAttribute : System.Attribute { }
                }

                public class AppUser { [Microsoft.AspNetCore.Identity.PersonalData] public string UserName { get; set; } = ""; }
                public class UserView
                {
                    [PersonalData]
                    public string Name { get; set; } = "";
                }

                public class Mapper { public UserView Map(AppUser user) => new UserView { Name = user.UserName }; }
                """)
            .RunAsync();
    }
}
