using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.CodeFixes.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

/// <summary>
/// Issue 18, the flows real services use: personal data handed to a method of the compilation that logs it, throws it
/// or copies it (method summaries, reported at the call site), a helper's return value, values kept in fields and
/// error objects, logging wrappers, and structured logging of generic or base-typed objects. Each of these was missed
/// (or falsely reported) before the summaries.
/// </summary>
public sealed class CrossMethodFlowTests
{
    private static AnalyzerTest Logs(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataLogAnalyzer>()
        .WithReference(typeof(ILogger))
        .WithSource(LeakSources.Customer)
        .WithSource(source);

    private static AnalyzerTest Exceptions(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataExceptionAnalyzer>()
        .WithReference(typeof(ILogger))
        .WithSource(LeakSources.Customer)
        .WithSource(source);

    private static AnalyzerTest Copies(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataCopyAnalyzer>()
        .WithSource(LeakSources.Customer)
        .WithSource(source);

    [Fact]
    public async Task A_string_parameter_that_a_method_logs_is_reported_where_the_caller_hands_over_the_data()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;

            public class AccountService
            {
                private readonly ILogger<AccountService> _log;

                public AccountService(ILogger<AccountService> log) => _log = log;

                public void Register(Customer customer)
                {
                    Notify([|customer.Email|]);
                    var phone = customer.Phone;
                    Remind([|phone|] ?? "");
                    Notify("support@shop.example");
                    Notify(customer.Id.ToString());
                }

                public void Notify(string address) => _log.LogInformation("Mail sent to {Address}", address);

                private void Remind(string number)
                {
                    var text = "Reminder for " + number;
                    Send(text);
                }

                private void Send(string line) => _log.LogWarning(line);
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation' through 'AccountService.Notify'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogWarning' through 'AccountService.Remind → AccountService.Send'")
            .RunAsync();
    }

    [Fact]
    public async Task A_teams_own_logging_wrapper_is_an_ordinary_summarised_method()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;

            public sealed class AppLog
            {
                private readonly ILogger _inner;
                public AppLog(ILogger inner) => _inner = inner;
                public void Info(string message) => _inner.LogInformation(message);
                public void Event(string name, object? data) => _inner.LogInformation("{Name} {@Data}", name, data);
            }

            public class Checkout
            {
                public void Pay(AppLog log, Customer customer)
                {
                    log.Info($"Paying for {[|customer.Email|]}");
                    log.Event("paid", [|customer|]);
                    log.Event("paid", customer.Id);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation' through 'AppLog.Info'",
                "Personal data 'Customer.Email (in a Customer object)' is written to a log by 'ILogger.LogInformation' through 'AppLog.Event'")
            .RunAsync();
    }

    [Fact]
    public async Task Log_methods_option_names_wrappers_whose_source_is_not_in_the_compilation()
    {
        const string wrapper = """
            namespace Acme.Logging
            {
                public static class AppLog
                {
                    public static void Info(string message) { }
                    public static void Debug(string message) { }
                }
            }
            """;
        const string source = """
            public class Checkout
            {
                public void Pay(Customer customer)
                {
                    Acme.Logging.AppLog.Info("Paying " + customer.Email);
                    Acme.Logging.AppLog.Debug("Paying " + customer.Email);
                }
            }
            """;

        // Without the option nothing is known about a method from another assembly.
        await Logs(source).WithReferencedSource(wrapper).RunAsync();

        await Logs(source.Replace("Info(\"Paying \" + customer.Email)", "Info(\"Paying \" + [|customer.Email|])"))
            .WithReferencedSource(wrapper)
            .WithEditorConfig("privacy_analyzers.log_methods", "Acme.Logging.AppLog.Info")
            .WithMessages("Personal data 'Customer.Email' is written to a log by 'AppLog.Info'")
            .RunAsync();
    }

    [Fact]
    public async Task A_helpers_return_value_carries_what_the_helper_reads()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;

            public static class Describe
            {
                public static string Contact(Customer c) => $"{c.Email} <{c.Phone}>";
                public static string Shout(string text) => text.ToUpperInvariant() + "!";
                public static string TypeName(object value) => value.GetType().Name;
                public static string Label(this Customer c) => "customer " + c.Id;
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation([|Describe.Contact(customer)|]);
                    logger.LogInformation(Describe.Shout([|customer.Phone|] ?? ""));
                    logger.LogInformation("Type {Type}", Describe.TypeName(customer.Email));
                    logger.LogInformation("Label {Label}", customer.Label());
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task A_field_assigned_personal_data_within_its_type_carries_it_field_by_field()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;

            public class LoginTracker
            {
                private readonly ILogger _log;
                private string _lastLogin = "";
                private string _lastId = "";
                public string LastCity { get; private set; } = "";

                public LoginTracker(ILogger log) => _log = log;

                public void Record(Customer customer)
                {
                    _lastLogin = customer.Email;
                    _lastId = customer.Id.ToString();
                    LastCity = customer.Address.City;
                }

                public void Dump()
                {
                    _log.LogInformation("Last login " + [|_lastLogin|]);
                    _log.LogInformation("Last id " + _lastId);
                    _log.LogInformation("Last city {City}", [|LastCity|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Address' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task An_error_objects_message_carries_what_its_constructor_was_given()
    {
        await Logs("""
            using System;
            using Microsoft.Extensions.Logging;

            public sealed class Error
            {
                public Error(string code, string message) { Code = code; Message = message; }
                public string Code { get; }
                public string Message { get; }
            }

            public sealed class AccountLockedException : Exception
            {
                public AccountLockedException(string email, int attempts) : base($"Account {email} locked after {attempts} attempts") { }
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var error = new Error("not_found", "No account for " + customer.Email);
                    logger.LogWarning([|error.Message|]);
                    logger.LogWarning(error.Code);
                    var failure = new InvalidOperationException($"Bad phone {customer.Phone}");
                    logger.LogError([|failure.Message|]);
                    var locked = new AccountLockedException(customer.Email, 3);
                    logger.LogError("{Reason}", [|locked.Message|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogWarning'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogError'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogError'")
            .RunAsync();
    }

    [Fact]
    public async Task Exceptions_thrown_by_a_helper_and_built_in_a_base_constructor_call_are_reported()
    {
        await Exceptions("""
            using System;

            public sealed class AccountLockedException : Exception
            {
                public AccountLockedException(string email) : base($"Account {email} is locked") { }
                public AccountLockedException(Customer customer, bool unused) : base($"Account {[|customer.Phone|]} is locked") { }
                public AccountLockedException(int attempts, string email) : base($"Locked after {attempts} attempts") { Email = email; }
                public string Email { get; } = "";
            }

            public class Service
            {
                public void Run(Customer customer)
                {
                    Guard([|customer.Email|]);
                    throw new AccountLockedException([|customer.Email|]);
                }

                public void Other(Customer customer) => throw new AccountLockedException(3, customer.Email);

                private static void Guard(string email)
                {
                    if (email.Length > 100)
                    {
                        throw new ArgumentException($"Address too long: {email}", nameof(email));
                    }
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Phone' is put in the message of 'AccountLockedException'",
                "Personal data 'Customer.Email' is put in the message of 'ArgumentException' through 'Service.Guard'",
                "Personal data 'Customer.Email' is put in the message of 'AccountLockedException'")
            .RunAsync();
    }

    [Fact]
    public async Task A_parameter_a_method_copies_into_an_unannotated_member_is_reported_at_the_call_site()
    {
        await Copies("""
            public class ContactDto
            {
                public string Mail { get; set; } = "";
                public int Number { get; set; }
            }

            public static class Mapper
            {
                public static void Fill(ContactDto dto, string mail, int number)
                {
                    dto.Mail = mail;
                    dto.Number = number;
                }
            }

            public class Service
            {
                public void Run(Customer customer)
                {
                    Mapper.Fill(new ContactDto(), [|customer.Email|], customer.Id);
                }
            }
            """)
            .WithMessages("Personal data 'Customer.Email' is copied into 'ContactDto.Mail' through 'Mapper.Fill', which is not annotated")
            .RunAsync();
    }

    [Fact]
    public async Task A_constructor_that_stores_its_parameter_is_reported_at_the_creation_and_the_fix_annotates_the_member()
    {
        await Copies("""
            public class Notifier
            {
                private readonly string _address;
                public Notifier(string address) { _address = address; }
                public string Address => _address;
            }

            public class Service
            {
                public Notifier Create(Customer customer) => new Notifier([|customer.Email|]);
            }
            """)
            .WithMessages("Personal data 'Customer.Email' is copied into 'Notifier._address' through 'new Notifier', which is not annotated")
            .WithCodeFix<PersonalDataCopyCodeFixProvider>()
            .ExpectFixed(
                LeakSources.Customer,
                """
                using PrivacyAnalyzers;

                public class Notifier
                {
                    [PersonalData(Category = "Contact.Email")]
                    private readonly string _address;
                    public Notifier(string address) { _address = address; }
                    public string Address => _address;
                }

                public class Service
                {
                    public Notifier Create(Customer customer) => new Notifier(customer.Email);
                }
                """)
            .RunAsync();
    }

    [Fact]
    public async Task Localizers_new_string_and_interface_methods_with_one_implementation_are_followed()
    {
        await Logs("""
            using System.Linq;
            using Microsoft.Extensions.Logging;

            namespace Microsoft.Extensions.Localization
            {
                public class LocalizedString
                {
                    public static implicit operator string(LocalizedString s) => "";
                }

                public interface IStringLocalizer
                {
                    LocalizedString this[string name, params object[] arguments] { get; }
                }
            }

            public delegate Microsoft.Extensions.Localization.LocalizedString Localizer(string text, params object[] arguments);

            public interface INotifier { void Notify(string address); }
            public sealed class SmtpNotifier : INotifier
            {
                private readonly ILogger _log = null!;
                public void Notify(string address) => _log.LogInformation("Sending to {Address}", address);
            }

            public interface IAudit { void Write(string line); }
            public sealed class FileAudit : IAudit { private readonly ILogger _log = null!; public void Write(string line) => _log.LogInformation(line); }
            public sealed class NullAudit : IAudit { public void Write(string line) { } }

            public class Service
            {
                public Localizer T { get; set; } = null!;

                public void Run(ILogger logger, Microsoft.Extensions.Localization.IStringLocalizer s, INotifier notifier, IAudit audit, Customer customer)
                {
                    logger.LogInformation(s["Welcome {0}", [|customer.Email|]]);
                    logger.LogInformation(T("Welcome {0}", [|customer.Phone|] ?? ""));
                    logger.LogInformation(new string([|customer.Email|].Reverse().ToArray()));
                    notifier.Notify([|customer.Email|]);
                    audit.Write(customer.Email);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Phone' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation' through 'SmtpNotifier.Notify'")
            .RunAsync();
    }

    [Fact]
    public async Task Recursion_and_mutual_recursion_are_cut_and_still_followed()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;

            public class Walker
            {
                private readonly ILogger _log;
                public Walker(ILogger log) => _log = log;

                public void Ping(string text, int depth)
                {
                    if (depth > 0) { Pong(text, depth - 1); } else { _log.LogInformation(text); }
                }

                public void Pong(string text, int depth) => Ping(text, depth);

                public string Loop(string text) => text.Length > 3 ? Loop(text.Substring(1)) : text;

                public void Run(Customer customer)
                {
                    Ping([|customer.Email|], 3);
                    Pong([|customer.Email|], 3);
                    _log.LogInformation(Loop([|customer.Email|]));
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation' through 'Walker.Ping'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation' through 'Walker.Pong → Walker.Ping'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task A_method_is_summarised_once_however_many_call_sites_it_has()
    {
        // (compilation, method): the test framework analyses more than one compilation (it re-runs each analyzer test
        // with the diagnostics suppressed by #pragma), so the count is per compilation, told apart by its assembly symbol.
        var computed = new System.Collections.Concurrent.ConcurrentBag<(Microsoft.CodeAnalysis.IAssemblySymbol Assembly, string Method)>();
        void Count(Microsoft.CodeAnalysis.IMethodSymbol method)
        {
            if (method.ContainingType?.Name == "SummaryCounting")
            {
                computed.Add((method.ContainingAssembly, method.Name));
            }
        }

        var calls = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"        public void Caller{i}(Customer c) {{ NotifyOnce([|c.Email|]); }}"));
        MethodSummaries.OnComputed += Count;
        try
        {
            await new AnalyzerTest()
                .WithAnalyzer<PersonalDataLogAnalyzer>()
                .WithAnalyzer<PersonalDataExceptionAnalyzer>()
                .WithAnalyzer<PersonalDataCopyAnalyzer>()
                .WithReference(typeof(ILogger))
                .WithSource(LeakSources.Customer)
                .WithSource($$"""
                    using Microsoft.Extensions.Logging;
                    public class SummaryCounting
                    {
                        private readonly ILogger _log = null!;
                        public void NotifyOnce(string address) => _log.LogInformation(address);
                    {{calls}}
                    }
                    """)
                .OnlyIds("PRIV020")
                .RunAsync();
        }
        finally
        {
            MethodSummaries.OnComputed -= Count;
        }

        // Three analyzers, thirty call sites: one summary of NotifyOnce in each compilation analysed.
        var perCompilation = computed.GroupBy(c => c.Assembly, ReferenceEqualityComparer.Instance).ToList();
        Assert.NotEmpty(perCompilation);
        Assert.All(perCompilation, group => Assert.Equal(new[] { "NotifyOnce" }, group.Select(c => c.Method).ToArray()));
    }

    [Fact]
    public async Task A_method_of_another_project_has_no_summary_no_report_and_no_crash()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithReference(typeof(ILogger))
            .WithReferencedProject("""
                using Microsoft.Extensions.Logging;
                namespace Shared;
                public class Notifier
                {
                    public ILogger Log { get; set; } = null!;
                    public string Last { get; set; } = "";
                    public void Notify(string address) { Log.LogInformation(address); Last = address; throw new System.Exception(address); }
                    public string Echo(string text) => text;
                }
                """)
            .WithSource(LeakSources.Customer)
            .WithSource("""
                using Microsoft.Extensions.Logging;
                public class Service
                {
                    public void Run(Shared.Notifier notifier, ILogger logger, Customer customer)
                    {
                        notifier.Notify(customer.Email);
                        logger.LogInformation(notifier.Echo({|PRIV020:customer.Email|}));
                    }
                }
                """)
            .WithMessages("Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Structured_logging_of_a_type_parameter_checks_the_type_arguments_at_the_call_sites()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public class RegisterCustomer { [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = ""; }
            public class Ping { public int Sequence { get; set; } }

            public class Audit
            {
                private readonly ILogger _log = null!;
                public void Command<TCommand>(TCommand command) => _log.LogInformation("Handling {@Command}", command);
                public void Name<TCommand>(TCommand command) => _log.LogInformation("Handling {Command}", command);

                public void Run(RegisterCustomer register, Ping ping)
                {
                    Command([|register|]);
                    Command(ping);
                    Name(register);
                }
            }
            """)
            .WithMessages("Personal data 'RegisterCustomer.Email (in a RegisterCustomer object)' is written to a log by 'ILogger.LogInformation' through 'Audit.Command'")
            .RunAsync();
    }

    [Fact]
    public async Task Structured_logging_of_a_base_type_or_constrained_type_parameter_checks_the_derived_types()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public interface ICommand { }
            public abstract class CommandBase : ICommand { public string CorrelationId { get; set; } = ""; }
            public class RegisterCustomer : CommandBase { [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = ""; }
            public class Ping : ICommand { public int Sequence { get; set; } }
            public interface IQuery { }
            public class CountQuery : IQuery { public int Count { get; set; } }

            public class LoggingBehavior<TRequest> where TRequest : ICommand
            {
                private readonly ILogger _log = null!;
                public void Handle(TRequest request) => _log.LogInformation("Handling {@Request}", [|request|]);
                public void Named(TRequest request) => _log.LogInformation("Handling {Request}", request);
                public void Base(CommandBase command) => _log.LogInformation("Handling {@Command}", [|command|]);
                public void Query(IQuery query) => _log.LogInformation("Handling {@Query}", query);
            }
            """)
            .WithMessages(
                "Personal data 'RegisterCustomer.Email (in a RegisterCustomer object, one of the types the argument can be)' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'RegisterCustomer.Email (in a RegisterCustomer object, one of the types the argument can be)' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Plain_placeholders_report_an_object_only_when_its_ToString_prints_personal_data()
    {
        await Logs("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public record Contact([PersonalData(Category = "Contact.Email")] string Email, int Id);

            public class Visitor
            {
                [PersonalData(Category = "Online.IpAddress")] public string Ip { get; set; } = "";
                public override string ToString() => "visitor from " + Ip;
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer, List<Customer> customers, Contact contact, Visitor visitor, List<Contact> contacts)
                {
                    logger.LogInformation("Customer {Customer}", customer);
                    logger.LogInformation("Customers {Customers}", customers);
                    logger.LogInformation("Customer {0}", customer);
                    logger.LogInformation("Customer {@Customer}", [|customer|]);
                    logger.LogInformation("Contact {Contact}", [|contact|]);
                    logger.LogInformation("Visitor {Visitor}", [|visitor|]);
                    logger.LogInformation("Contacts {Contacts}", [|contacts|]);
                    System.Console.WriteLine(customer);
                    System.Console.WriteLine([|visitor|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email (in a Customer object)' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Contact.Email (printed by Contact.ToString())' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Visitor.Ip (printed by Visitor.ToString())' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Contact.Email (printed by Contact.ToString())' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Visitor.Ip (printed by Visitor.ToString())' is written to a log by 'Console.WriteLine'")
            .RunAsync();
    }

    [Fact]
    public async Task Guids_counts_and_names_derived_from_personal_data_are_not_reported()
    {
        await Logs("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public class Account
            {
                public Guid Uid { get; set; }
                [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, List<Account> accounts, Customer customer)
                {
                    var duplicates = accounts.GroupBy(a => a.Email).Where(g => g.Count() > 1).Select(g => g.First().Uid).ToList();
                    logger.LogInformation("Duplicates {Ids}", duplicates);
                    logger.LogInformation("Groups {Count}", accounts.GroupBy(a => a.Email).Count());
                    logger.LogInformation("Field {Name} type {Type}", nameof(customer.Email), customer.Email.GetType().Name);
                    logger.LogInformation("Keys {Keys}", [|accounts.GroupBy(a => a.Email).Select(g => g.Key)|]);
                }
            }
            """)
            .WithMessages("Personal data 'Account.Email' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Anonymous_object_members_are_followed_one_by_one()
    {
        await Logs("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var contact = new { Status = customer.Status.ToString(), customer.Email };
                    logger.LogInformation("Status {Status}", contact.Status);
                    logger.LogInformation("Email {Email}", [|contact.Email|]);
                    var pair = (Label: "customer", Mail: customer.Email);
                    logger.LogInformation("Label {Label}", pair.Label);
                    logger.LogInformation("Mail {Mail}", [|pair.Mail|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'Customer.Email' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task A_records_generated_ToString_prints_a_collection_as_its_type_name()
    {
        await Logs("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            public record Household([PersonalData(Category = "Identity.Name")] List<string> MemberNames, int Size);
            public record Person([PersonalData(Category = "Identity.Name")] string Name, [PersonalData(Category = "Identity.Name")] string[] Aliases);

            public class Service
            {
                public void Run(ILogger logger, Household household, Person person)
                {
                    logger.LogInformation($"Household {household}");
                    logger.LogInformation($"Person {[|person|]}");
                }
            }
            """)
            .WithMessages("Personal data 'Person.Name (printed by Person.ToString())' is written to a log by 'ILogger.LogInformation'")
            .RunAsync();
    }

    [Fact]
    public async Task Identifiers_are_not_reported_as_copies_unless_their_category_says_they_are_personal_data()
    {
        await Copies("""
            using System;
            using PrivacyAnalyzers;

            namespace Microsoft.AspNetCore.Identity
            {
                [AttributeUsage(AttributeTargets.Property)]
                public class PersonalDataAttribute : Attribute { }

                public class IdentityUser
                {
                    [PersonalData] public virtual string Id { get; set; } = "";
                    [PersonalData] public virtual string? Email { get; set; }
                }
            }

            public class Citizen
            {
                [PersonalData] public Guid Id { get; set; }
                [PersonalData(Category = "Identity.NationalId")] public string NationalId { get; set; } = "";
            }

            public class AuditEntry
            {
                public string UserId { get; set; } = "";
                public string? Mail { get; set; }
                public Guid CitizenId { get; set; }
                public string Cnp { get; set; } = "";
            }

            public class Service
            {
                public void Run(Microsoft.AspNetCore.Identity.IdentityUser user, Citizen citizen, AuditEntry entry)
                {
                    entry.UserId = user.Id;
                    [|entry.Mail|] = user.Email;
                    entry.CitizenId = citizen.Id;
                    [|entry.Cnp|] = citizen.NationalId;
                }
            }
            """)
            .WithMessages(
                "Personal data 'IdentityUser.Email' is copied into 'AuditEntry.Mail', which is not annotated",
                "Personal data 'Citizen.NationalId' is copied into 'AuditEntry.Cnp', which is not annotated")
            .RunAsync();
    }

    [Fact]
    public async Task An_error_records_message_built_from_its_positional_parameter_in_the_base_record_call_is_followed()
    {
        // bitwarden's error records: record X(string Email) : BadRequestError($"{Email} ...") and Error(string Message).
        await Exceptions("""
            using System;

            public abstract record Error(string Message);
            public abstract record BadRequestError(string Message) : Error(Message);
            public record UserNotCompliant(string Email) : BadRequestError($"{Email} is not compliant with the policy.");
            public record AlreadyActive() : BadRequestError("Already active.");
            public record WithCode(string Code, string Email) : BadRequestError("Code " + Code);

            public class BadRequestException : Exception
            {
                public BadRequestException(string message) : base(message) { }
            }

            public class Service
            {
                public void Restore(Customer customer, bool other)
                {
                    if (other)
                    {
                        throw new BadRequestException([|new UserNotCompliant(customer.Email).Message|]);
                    }

                    var message = other switch
                    {
                        true => new UserNotCompliant(customer.Email).Message,
                        false => new AlreadyActive().Message,
                    };
                    throw new BadRequestException([|message|]);
                }

                public void Other(Customer customer)
                {
                    throw new BadRequestException(new WithCode("E1", customer.Email).Message);
                }

                public void Email(Customer customer)
                {
                    throw new BadRequestException([|new WithCode("E1", customer.Email).Email|]);
                }
            }
            """)
            .WithMessages(
                "Personal data 'Customer.Email' is put in the message of 'BadRequestException'",
                "Personal data 'Customer.Email' is put in the message of 'BadRequestException'",
                "Personal data 'Customer.Email' is put in the message of 'BadRequestException'")
            .RunAsync();
    }

    [Fact]
    public async Task Identifiers_are_not_reported_in_logs_or_exceptions_unless_their_category_says_they_are_personal_data()
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .WithReference(typeof(ILogger))
            .WithSource("""
            using System;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            namespace Microsoft.AspNetCore.Identity
            {
                [AttributeUsage(AttributeTargets.Property)]
                public class PersonalDataAttribute : Attribute { }

                public class IdentityUser
                {
                    [PersonalData] public virtual string Id { get; set; } = "";
                    [PersonalData] public virtual string? Email { get; set; }
                }
            }

            public class Citizen
            {
                [PersonalData] public Guid Id { get; set; }
                [PersonalData(Category = "Identity.NationalId")] public string NationalId { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Microsoft.AspNetCore.Identity.IdentityUser user, Citizen citizen)
                {
                    logger.LogInformation("User {UserId} changed", user.Id);
                    logger.LogInformation("Citizen {Id}", citizen.Id);
                    logger.LogInformation("Citizen {Cnp}", {|PRIV020:citizen.NationalId|});
                    throw new ApplicationException($"Unable to load user with ID '{user.Id}'.");
                }

                public void Mail(Microsoft.AspNetCore.Identity.IdentityUser user) =>
                    throw new ApplicationException($"Unable to load user '{{|PRIV021:user.Email|}}'.");
            }
            """)
            .WithMessages(
                "Personal data 'Citizen.NationalId' is written to a log by 'ILogger.LogInformation'",
                "Personal data 'IdentityUser.Email' is put in the message of 'ApplicationException'")
            .RunAsync();
    }

    [Fact]
    public async Task An_identifier_handed_to_a_method_that_copies_it_is_not_reported_at_the_call_site()
    {
        // btcpayserver's FileService.UploadImage(user.Id, …) storing it in StoredFile.ApplicationUserId: reported on main.
        await Copies("""
            using System;

            namespace Microsoft.AspNetCore.Identity
            {
                [AttributeUsage(AttributeTargets.Property)]
                public class PersonalDataAttribute : Attribute { }

                public class IdentityUser
                {
                    [PersonalData] public virtual string Id { get; set; } = "";
                    [PersonalData] public virtual string? Email { get; set; }
                }
            }

            public class StoredFile
            {
                public string ApplicationUserId { get; set; } = "";
                public string? Uploader { get; set; }
            }

            public class FileService
            {
                public StoredFile Upload(string userId, string? uploader) => new StoredFile { ApplicationUserId = userId, Uploader = uploader };
            }

            public class Controller
            {
                public void Run(FileService files, Microsoft.AspNetCore.Identity.IdentityUser user) => files.Upload(user.Id, [|user.Email|]);
            }
            """)
            .WithMessages("Personal data 'IdentityUser.Email' is copied into 'StoredFile.Uploader' through 'FileService.Upload', which is not annotated")
            .RunAsync();
    }
}
