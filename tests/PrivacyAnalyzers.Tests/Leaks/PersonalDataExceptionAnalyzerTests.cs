using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

public sealed class PersonalDataExceptionAnalyzerTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataExceptionAnalyzer>()
        .WithSource(LeakSources.Customer)
        .WithSource(source);

    [Fact]
    public async Task Interpolated_and_concatenated_messages_are_reported_naming_the_exception()
    {
        await Test("""
            using System;

            public class Service
            {
                public void Check(Customer customer)
                {
                    if (customer.Phone is null) throw new InvalidOperationException($"No phone for {[|customer.Email|]}");
                    if (customer.Id == 0) throw new ArgumentException("Unknown customer " + [|customer.Email|], nameof(customer));
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is put in the message of 'InvalidOperationException'",
                "Personal data 'Customer.Email' is put in the message of 'ArgumentException'")
            .RunAsync();
    }

    [Fact]
    public async Task A_message_built_over_several_statements_is_followed()
    {
        await Test("""
            using System;

            public class Service
            {
                public void Check(Customer customer)
                {
                    var who = customer.Phone ?? customer.Email;
                    var message = "Customer ";
                    message += who.Trim();
                    var error = new InvalidOperationException([|message|]);
                    throw error;
                }
            }
            """)
            .WithMessages("Personal data 'Customer.Phone' is put in the message of 'InvalidOperationException'")
            .RunAsync();
    }

    [Fact]
    public async Task Exceptions_in_lambdas_and_async_methods_are_reported()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            public class Service
            {
                public async Task<Customer> FindAsync(IEnumerable<Customer> customers, string email)
                {
                    await Task.Yield();
                    var found = customers.FirstOrDefault(c => c.Email == email);
                    Func<Customer, Exception> fail = c => new KeyNotFoundException($"Customer {[|c.Phone|]} not found");
                    return found ?? throw new InvalidOperationException(string.Concat("Missing ", [|customers.First().Email|]));
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Custom_exception_types_and_all_their_text_parameters_count()
    {
        await Test("""
            using System;

            public class CustomerNotFoundException : Exception
            {
                public CustomerNotFoundException(string email, int attempts) : base("Customer not found: " + email) { }
            }

            public class Service
            {
                public void Find(Customer customer)
                {
                    throw new CustomerNotFoundException([|customer.Email|], customer.Id);
                }

                public void Range(Customer customer) =>
                    throw new ArgumentOutOfRangeException(nameof(customer), [|customer.Phone|], "Bad phone");
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Exception_data_entries_are_reported()
    {
        await Test("""
            using System;

            public class Service
            {
                public void Fail(Customer customer)
                {
                    var error = new InvalidOperationException("Registration failed");
                    error.Data["CustomerId"] = customer.Id;
                    error.Data["Email"] = [|customer.Email|];
                    error.Data.Add("Customer", [|customer|]);
                    throw error;
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is put in 'Exception.Data'",
                "Personal data 'Customer.Email (in a Customer object)' is put in 'Exception.Data'")
            .RunAsync();
    }

    [Fact]
    public async Task Ids_statuses_counts_null_checks_and_nameof_are_not_reported()
    {
        await Test("""
            using System;

            public class Service
            {
                public void Check(Customer customer)
                {
                    if (customer.Email is null) throw new ArgumentNullException(nameof(customer.Email));
                    if (customer.Email.Length > 200) throw new ArgumentException($"Email of customer {customer.Id} has {customer.Email.Length} characters", nameof(customer));
                    if (customer.Status == CustomerStatus.Closed) throw new InvalidOperationException($"Customer {customer.Id} is {customer.Status}");
                    throw new InvalidOperationException($"Customer {customer.Id} has {customer.OrderIds.Count} orders; email set: {customer.Email != null}");
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Redacted_values_are_not_reported()
    {
        await Test("""
            using System;

            public static class Redaction { public static string Mask(string value) => "***"; }

            public class Service
            {
                public void Check(Customer customer) =>
                    throw new InvalidOperationException($"Customer {Redaction.Mask(customer.Email)} is blocked");
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Records_with_generated_ToString_in_a_message_are_reported_plain_classes_are_not()
    {
        await Test("""
            using System;
            using PrivacyAnalyzers;

            public record Subscriber(int Id, [PersonalData] string Email);

            public class Service
            {
                public void Fail(Subscriber subscriber, Customer customer)
                {
                    throw new InvalidOperationException($"Cannot renew {[|subscriber|]}; customer object {customer}");
                }
            }
            """)
            .WithMessages("Personal data 'Subscriber.Email (printed by Subscriber.ToString())' is put in the message of 'InvalidOperationException'")
            .RunAsync();
    }

    [Fact]
    public async Task Non_exception_types_with_a_message_parameter_are_not_reported()
    {
        await Test("""
            public class Notification
            {
                public Notification(string message) { Message = message; }
                public string Message { get; }
            }

            public class Service
            {
                public Notification Notify(Customer customer) => new Notification("Welcome " + customer.Email);
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Without_annotations_nothing_is_reported_and_broken_code_does_not_crash()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .WithoutAnnotationsReference()
            .WithSource("""
                public class Customer { public string Email { get; set; } = ""; }
                public class Service { public void F(Customer c) => throw new System.Exception(c.Email); }
                """)
            .RunAsync();

        await Test("""
            using System;

            public class Service
            {
                public void Fail(Customer customer)
                {
                    throw new InvalidOperationException([|customer.Email|]);
                    throw new MissingException(customer.Email);
                    throw new InvalidOperationException(customer.Email, customer.Phone, );
                    var e = new Exception(customer.);
                    e.Data[] = customer.Email;
                }
            """).AllowCompilerErrors().RunAsync();
    }

    [Fact]
    public async Task Annotations_from_a_referenced_assembly_count()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                namespace Crm;
                public class Person { [PersonalData(Category = "Identity.NationalId")] public string Cnp { get; set; } = ""; public int Id { get; set; } }
                """)
            .WithSource("""
                public class Service
                {
                    public void Fail(Crm.Person person) => throw new System.InvalidOperationException($"Duplicate CNP {[|person.Cnp|]} for {person.Id}");
                }
                """)
            .RunAsync();
    }
}
