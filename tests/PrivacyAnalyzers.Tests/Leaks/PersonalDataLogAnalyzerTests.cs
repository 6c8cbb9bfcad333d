using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

public sealed class PersonalDataLogAnalyzerTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataLogAnalyzer>()
        .WithReference(typeof(ILogger))
        .WithSource(LeakSources.Customer)
        .WithSource(source);

    [Fact]
    public async Task Five_ways_of_logging_an_email_are_five_warnings_and_the_id_is_none()
    {
        await Test("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Register(ILogger<Service> logger, Customer customer)
                {
                    logger.LogInformation("Registered {Email}", [|customer.Email|]);
                    logger.LogWarning($"Registered {[|customer.Email|]}");
                    logger.LogError("Registered " + [|customer.Email|]);
                    logger.Log(LogLevel.Debug, "Registered {Email}", [|customer.Email|].ToUpperInvariant());
                    using (logger.BeginScope("Customer {Email}", [|customer.Email|]))
                    {
                        logger.LogInformation("Registered {Id}", customer.Id);
                    }
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogWarning'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogError'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.Log'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.BeginScope'")
            .RunAsync();
    }

    [Fact]
    public async Task Data_crossing_several_locals_and_statements_is_reported_at_the_argument()
    {
        await Test("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Register(ILogger logger, Customer customer)
                {
                    var email = customer.Email;
                    var trimmed = email.Trim();
                    string line;
                    line = "to: " + trimmed.ToLowerInvariant();
                    logger.LogInformation([|line|]);
                }
            }
            """)
            .WithMessages("Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Lambdas_and_async_methods_are_followed()
    {
        await Test("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public async Task NotifyAllAsync(ILogger logger, List<Customer> customers)
                {
                    var phone = customers[0].Phone;
                    await Task.Delay(10);
                    customers.ForEach(c => logger.LogInformation("Notifying {Email}", [|c.Email|]));
                    await Task.Yield();
                    logger.LogInformation("First phone {Phone}", [|phone|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Whole_objects_and_collections_of_them_are_structured_personal_data()
    {
        await Test("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Order { public int Id { get; set; } public Customer Buyer { get; set; } = new(); }

            public class Service
            {
                public void Report(ILogger logger, Customer customer, List<Customer> customers, Order order)
                {
                    logger.LogInformation("Customer {@Customer}", [|customer|]);
                    logger.LogInformation("Customers {@Customers}", [|customers|]);
                    logger.LogInformation("Active {@Customers}", [|customers.Where(c => c.Status == CustomerStatus.Active).ToArray()|]);
                    logger.LogInformation("Order {@Order}", [|order|]);
                    logger.LogInformation("Emails {Emails}", [|customers.Select(c => c.Email)|]);
                    logger.LogInformation("Ids {Ids}", customers.Select(c => c.Id));
                    logger.LogInformation("Contact {@Contact}", new { customer.Id, [|customer.Phone|] });
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email (in a Customer object)' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email (in a collection of Customer)' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email (in a collection of Customer)' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email (in a Order object)' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Ids_counts_statuses_lengths_null_checks_and_nameof_are_not_personal_data()
    {
        await Test("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                private const string Email = "support@shop.example";

                public void Report(ILogger logger, Customer customer, List<Customer> customers)
                {
                    logger.LogInformation("Customer {Id} is {Status}", customer.Id, customer.Status);
                    logger.LogInformation("{Count} customers, {Orders} orders", customers.Count, customer.OrderIds);
                    logger.LogInformation("Email length {Length}", customer.Email.Length);
                    logger.LogInformation("Has email: {HasEmail}", customer.Email != null);
                    logger.LogInformation("Has phone: {HasPhone}", string.IsNullOrEmpty(customer.Phone));
                    logger.LogInformation("Missing {Field}", nameof(customer.Email));
                    logger.LogInformation("Write to {Email}", Email);
                    logger.LogInformation("Gmail users: {Count}", customers.Count(c => c.Email.EndsWith("@gmail.com")));
                    logger.LogInformation("Phone length {Length}", customer.Phone?.Length);
                    logger.LogInformation($"Customer {customer.Id} has {customer.OrderIds.Count} orders");
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Redacted_values_are_not_reported_and_redaction_ends_with_the_call()
    {
        await Test("""
            using Microsoft.Extensions.Logging;

            public static class Privacy
            {
                public static string Mask(string value) => "***";
                public static string HashSha256(string value) => value.GetHashCode().ToString();
                public static string Redact(this string value) => "";
            }

            public class Service
            {
                public void Register(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Registered {Email}", Privacy.Mask(customer.Email));
                    logger.LogInformation("Registered {Email}", Privacy.HashSha256(customer.Email));
                    var redacted = customer.Email.Redact();
                    logger.LogInformation($"Registered {redacted.ToUpperInvariant()}");
                    logger.LogInformation("Registered {Email} {Phone}", Privacy.Mask(customer.Email), [|customer.Phone|]);
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Redaction_methods_are_configurable_in_editorconfig()
    {
        // The scrubbers are in a referenced assembly: a helper of this compilation is summarised, one from elsewhere is not.
        const string scrubbers = """
            namespace MyCompany.Privacy
            {
                public static class Scrubber
                {
                    public static string Scrub(string value) => "";
                    public static string Scramble(string value) => "";
                }
            }
            """;
        const string source = """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Register(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Registered {Email}", MyCompany.Privacy.Scrubber.Scrub(customer.Email));
                    logger.LogInformation("Registered {Email}", MyCompany.Privacy.Scrubber.Scramble(customer.Email));
                }
            }
            """;

        // Without the option, a helper from another assembly that returns text is assumed to keep the data.
        await Test(source.Replace("Scrub(customer.Email)", "Scrub([|customer.Email|])").Replace("Scramble(customer.Email)", "Scramble([|customer.Email|])"))
            .WithReferencedSource(scrubbers)
            .RunAsync();

        await Test(source)
            .WithReferencedSource(scrubbers)
            .WithEditorConfig("privacy_analyzers.redaction_methods", "MyCompany.Privacy.Scrubber.Scrub, Scramble")
            .RunAsync();
    }

    [Fact]
    public async Task Console_debug_and_trace_are_logs()
    {
        await Test("""
            using System;
            using System.Diagnostics;

            public class Service
            {
                public void Print(Customer customer)
                {
                    Console.WriteLine([|customer.Email|]);
                    Console.Write("Phone: {0}", [|customer.Phone|]);
                    Console.Error.WriteLine($"Failed for {[|customer.Email|]}");
                    Debug.WriteLine([|customer.Email|]);
                    Debug.Assert(customer.Id > 0, "Bad customer " + [|customer.Phone|]);
                    Trace.TraceWarning("Address {0}", [|customer.Address|]);
                    Console.WriteLine(customer.Id);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'Console.WriteLine'",
                "Personal data 'Customer.Phone' is written to a log by 'Console.Write'",
                "Personal data 'Customer.Email' is written to a log by 'Console.Error.WriteLine'",
                "Personal data 'Customer.Email' is written to a log by 'Debug.WriteLine'",
                "Personal data 'Customer.Phone' is written to a log by 'Debug.Assert'",
                "Personal data 'Customer.Address' is written to a log by 'Trace.TraceWarning'")
            .RunAsync();
    }

    [Fact]
    public async Task Serilog_and_NLog_are_recognised_by_metadata_name()
    {
        await Test("""
            public class Service
            {
                private static readonly NLog.Logger Nlog = NLog.LogManager.GetCurrentClassLogger();

                public void Register(Serilog.ILogger log, Customer customer)
                {
                    Serilog.Log.Information("Registered {@Customer}", [|customer|]);
                    log.Warning("Phone {Phone}", [|customer.Phone|]);
                    log.ForContext("Email", [|customer.Email|]).Information("Registered");
                    Nlog.Info("Registered {Email}", [|customer.Email|]);
                    Nlog.Warn($"Registered {customer.Id}");
                }
            }
            """)
            .WithSource(LeakSources.LoggingLibraries)
            .WithMessages(
                "Personal data 'Customer.Email (in a Customer object)' is written to a log by 'Serilog.Log.Information'",
                "Personal data 'Customer.Phone' is written to a log by 'Serilog.ILogger.Warning'",
                "Personal data 'Customer.Email' is written to a log by 'Serilog.ILogger.ForContext'",
                "Personal data 'Customer.Email' is written to a log by 'NLog.Logger.Info'")
            .RunAsync();
    }

    [Fact]
    public async Task LoggerMessage_methods_are_checked_at_their_call_sites()
    {
        await Test("""
            using Microsoft.Extensions.Logging;

            public static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registered {Email} ({Id})")]
                public static partial void Registered(ILogger logger, string email, int id);

                public static partial void Registered(ILogger logger, string email, int id) { }
            }

            public class Service
            {
                public void Register(ILogger logger, Customer customer)
                {
                    Log.Registered(logger, [|customer.Email|], customer.Id);
                    Log.Registered(logger, "anonymous", customer.Id);
                }
            }
            """)
            .WithMessages("Personal data 'Customer.Email' is written to a log by 'Log.Registered'")
            .RunAsync();
    }

    [Fact]
    public async Task String_format_and_string_builder_keep_the_data()
    {
        await Test("""
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Register(ILogger logger, Customer customer)
                {
                    logger.LogInformation(string.Format("Registered {0} (customer {1})", [|customer.Email|], customer.Id));
                    var builder = new StringBuilder();
                    builder.Append("Registered ").Append(customer.Id);
                    builder.AppendLine(customer.Phone);
                    logger.LogInformation([|builder.ToString()|]);
                    logger.LogInformation("City {City}", [|customer.Address.City|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Address' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Annotations_from_a_referenced_assembly_and_interop_markers_count()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithReference(typeof(ILogger))
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                namespace Crm;
                public record Contact([PersonalData(Category = "Identity.NationalId")] string Cnp, string Company);
                """)
            .WithSource("""
                namespace Microsoft.AspNetCore.Identity
                {
                    [System.AttributeUsage(System.AttributeTargets.Property)]
                    public class PersonalDataAttribute : System.Attribute { }
                }

                public class AppUser
                {
                    [Microsoft.AspNetCore.Identity.PersonalData] public string UserName { get; set; } = "";
                }

                public class Service
                {
                    public void Log(Microsoft.Extensions.Logging.ILogger logger, Crm.Contact contact, AppUser user)
                    {
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Contact {Cnp} at {Company}", [|contact.Cnp|], contact.Company);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "User {User}", [|user.UserName|]);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, $"Contact {[|contact|]}");
                    }
                }
                """)
            .WithMessages(
                "Personal data 'Contact.Cnp' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'AppUser.UserName' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Contact.Cnp (printed by Contact.ToString())' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Annotated_parameters_are_personal_data_inside_the_method()
    {
        await Test("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public class Mailer
            {
                public void Send(ILogger logger, [PersonalData(Category = "Contact.Email")] string to, string subject)
                {
                    logger.LogInformation("Sending {Subject} to {To}", subject, [|to|]);
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Without_annotations_or_without_a_logging_reference_nothing_is_reported()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithoutAnnotationsReference()
            .WithReference(typeof(ILogger))
            .WithSource("""
                public class Customer { public string Email { get; set; } = ""; }
                public class Service
                {
                    public void Log(Microsoft.Extensions.Logging.ILogger logger, Customer c) =>
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, c.Email);
                }
                """)
            .RunAsync();

        // Annotations but no Microsoft.Extensions.Logging: Console is still watched.
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithSource(LeakSources.Customer)
            .WithSource("""
                public class Service
                {
                    public void Log(Customer c) => System.Console.WriteLine([|c.Email|]);
                }
                """)
            .RunAsync();
    }

    [Fact]
    public async Task Broken_code_does_not_crash_the_analyzer()
    {
        await Test("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Register(ILogger logger, Customer customer, Missing missing)
                {
                    var x = ;
                    logger.LogInformation("Registered {Email}", [|customer.Email|]);
                    logger.LogInformation("Registered {Email}", customer.Email, missing.Value, x, Undefined(customer.Email);
                    logger.LogNothing(customer.Email);
                    Console.WriteLine(customer.Phone
                }
            """).AllowCompilerErrors().RunAsync();
    }

    [Fact]
    public async Task An_unrelated_member_named_Email_is_not_personal_data()
    {
        await Test("""
            using Microsoft.Extensions.Logging;

            public class SmtpSettings { public string Email { get; set; } = ""; public string Host { get; set; } = ""; }

            public class Service
            {
                public void Start(ILogger logger, SmtpSettings settings)
                {
                    logger.LogInformation("Sending as {Email} via {Host}", settings.Email, settings.Host);
                    logger.LogInformation("Settings {@Settings}", settings);
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Records_printed_into_text_report_their_printed_members()
    {
        await Test("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public record Subscriber(int Id, [PersonalData(Category = "Contact.Email")] string Email);
            public class Plain { public int Id { get; set; } [PersonalData] public string Name { get; set; } = ""; }

            public class Service
            {
                public void Log(ILogger logger, Subscriber subscriber, Plain plain)
                {
                    logger.LogInformation($"Subscribed {[|subscriber|]}");
                    logger.LogInformation("Subscribed " + [|subscriber.ToString()|]);
                    logger.LogInformation($"Plain classes print their type name: {plain}");
                }
            }
            """)
            .WithMessages(
                "Personal data 'Subscriber.Email (printed by Subscriber.ToString())' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Subscriber.Email (printed by Subscriber.ToString())' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }
}
